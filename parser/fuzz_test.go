package parser

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/spindle-lang/spindle/ast"
)

// fuzzSeeds are inline samples for FuzzParse, besides the programs of the
// repository's testdata.
var fuzzSeeds = []string{
	"x = a + b * c\n",
	"def f(a, b=1, /, c=2, *d, e, f=3, **g) -> int:\n    return (yield from g(a))\n",
	"class C(B, metaclass=M):\n    @property\n    def x(self): return self._x\n",
	"for i, (a, b) in enumerate(x):\n    if a: continue\n    elif b: break\nelse:\n    pass\n",
	"try:\n    f()\nexcept (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    g()\n",
	"with open(p) as f, (a as b):\n    pass\nwith (a, b) as c: pass\n",
	"await:\n    for u in urls:\n        async:\n            r[u] = fetch(u)\nasync: x = 1\n",
	"x = [i for i in range(10) if i % 2 for j in i]\ny = {k: v for k, v in d.items()}\n",
	"s = f'{x!r:>{w}} {y=} {z:.2f}' 'plain' f'''{a\n}'''\n",
	"b = b'abc' rb'\\x00'\nr = r'\\d+'\n",
	"a[1:2, ::3, ...] = *b, c\ndel a[0], b.c\n",
	"x: int = 1; y += 2; z @= w\nglobal g; nonlocal n\n",
	"from ..a.b import (c as d, e,)\nimport x.y as z\nfrom . import *\n",
	"lambda: (yield)\nlambda *a, **k: a\n",
	"if (n := len(a)) > 10 and not b or c if d else e: pass\n",
	"print(*a, **b, sep='')\nf(x for x in y)\n",
	"match x:\n    case 1: pass\n",
	"async def f(): await g()\n",
	"x = (\n  1,\n  2\n",
	"if x:\npass\n",
	"  x = 1\n",
	"f() = 1\n",
	"x = 1 if y\n",
	"def f(*): pass\n",
	"'abc' b'd'\n",
	"((((((((((((((((((((x))))))))))))))))))))\n",
	"- - - - - - - - - - - - - - - - x ** - - - y\n",
}

// FuzzParse checks that the parser never panics or hangs, that every
// error is an *ast.SyntaxError with a position, and that every node of a
// successful parse has a sane span. Its seeds run in plain `go test`.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, pattern := range []string{"../testdata/*/*.sp", "../testdata/*/*/*.sp"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if src, err := os.ReadFile(file); err == nil {
				f.Add(string(src))
			}
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		mod, err := ParseFile("fuzz.sp", []byte(src))
		if err != nil {
			se, ok := err.(*ast.SyntaxError)
			if !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			if se.Line < 1 || se.Col < 0 || se.Msg == "" {
				t.Fatalf("bad error %#v", se)
			}
		} else {
			ast.Walk(mod, func(n ast.Node) bool {
				p := n.Position()
				if p.Line < 1 || p.Col < 1 || p.EndLine < p.Line || (p.EndLine == p.Line && p.EndCol < p.Col) {
					t.Fatalf("bad span %+v of %T", p, n)
				}
				return true
			})
		}
		if e, err := ParseExpr("fuzz.sp", []byte(src)); err == nil && e == nil {
			t.Fatal("ParseExpr returned neither expression nor error")
		} else if err != nil {
			if _, ok := err.(*ast.SyntaxError); !ok {
				t.Fatalf("ParseExpr error of type %T: %v", err, err)
			}
		}
	})
}
