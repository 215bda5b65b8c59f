package lexer

import (
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	plexer "github.com/alecthomas/participle/v2/lexer"
	"github.com/stretchr/testify/require"
)

// samples seed the fuzzer (and run in plain go test) together with every
// testdata/**/*.sp program.
var samples = []string{
	"def fib(n):\n    if n < 2:\n        return n\n    return fib(n-1) + fib(n-2)\n\nprint(fib(10))\n",
	"class A(B, metaclass=M):\n    '''doc'''\n    x: int = 0x_ff\n    @property\n    def f(self, *a, **k) -> None:\n        return [i ** 2 for i in range(10) if i % 2]\n",
	"await:\n    async:\n        x = f'{a!r:>{w}.{p}f} {b=}'\n    async:\n        y = rb'\\x00' + b\"\"\"\nz\"\"\"\n",
	"try:\n\tpass\nexcept (E, F) as e:\n\traise X from e\nfinally:\n\tdel a[1:2, ::3]\n",
	"x = (1,\n  2,  # c\n  3)\ny = 1 + \\\n    2\nlambda a, /, b=1, *, c: a @ b\n",
	"s = 'a' \"b\" '''c''' r'\\d' u'é' F'''{\nx\n}'''\nz := 1.5e-3 ; w = .5j",
	"if x:\n    y\n  z\n", "'''", "f'{'", "(", ")", "\\", "\t\f \\\n", "0b102", "1_", "€", "x\x00",
}

func FuzzTokenize(f *testing.F) {
	for _, s := range samples {
		f.Add(s)
	}
	files, _ := filepath.Glob("../testdata/*/*.sp")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		toks, err := TokenizeString("f.sp", src)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
		} else if len(toks) == 0 || toks[len(toks)-1].Type != EOF {
			t.Fatalf("no final EOF")
		}
		checkTokens(t, src, toks)
	})
}

// checkTokens checks the invariants of a token stream and exercises the
// literal decoders on it.
func checkTokens(t *testing.T, src string, toks []plexer.Token) {
	last := 0
	depth := 0
	line, counted := 1, 0 // line at offset counted
	for _, tk := range toks {
		p := tk.Pos
		if p.Offset < last || p.Offset > len(src) || p.Line < 1 || p.Column < 1 {
			t.Fatalf("bad position %v for %q (previous offset %d)", p, tk.Value, last)
		}
		last = p.Offset
		switch tk.Type {
		case Newline, Indent, Dedent, EOF:
			continue
		case Int:
			digits, base := IntDigits(tk.Value)
			if _, ok := new(big.Int).SetString(digits, base); !ok {
				t.Fatalf("bad Int %q", tk.Value)
			}
		case Float:
			if _, err := ParseFloat(tk.Value); err != nil {
				t.Fatalf("bad Float %q: %v", tk.Value, err)
			}
		case String:
			checkString(t, tk)
		case Op:
			if strings.Contains("([{", tk.Value) {
				depth++
			} else if strings.Contains(")]}", tk.Value) {
				depth--
			}
		}
		if !strings.HasPrefix(src[p.Offset:], tk.Value) {
			t.Fatalf("token %q does not match the source at %v", tk.Value, p)
		}
		line += lineBreaks(src[counted:p.Offset])
		counted = p.Offset
		if line != p.Line {
			t.Fatalf("token %q at line %d, want %d", tk.Value, p.Line, line)
		}
		last = p.Offset + len(tk.Value)
	}
	if depth < 0 {
		t.Fatalf("unbalanced brackets accepted")
	}
}

func checkString(t *testing.T, tk plexer.Token) {
	if !IsFString(tk.Value) {
		if _, _, err := DecodeString(tk.Value); err != nil {
			_ = AtToken(err, tk).Error()
		}
		return
	}
	parts, err := ParseFString(tk.Value)
	if err != nil {
		_ = AtToken(err, tk).Error()
		return
	}
	checkParts(t, tk, parts)
}

func checkParts(t *testing.T, tk plexer.Token, parts []FPart) {
	for _, part := range parts {
		if part.Expr == "" {
			continue
		}
		if !strings.HasPrefix(tk.Value[part.ExprOffset:], part.Expr) {
			t.Fatalf("field %q not at offset %d of %q", part.Expr, part.ExprOffset, tk.Value)
		}
		// PosIn is tested elsewhere; it would make this loop quadratic.
		toks, _ := TokenizeExpr("f.sp", part.Expr, tk.Pos)
		for _, et := range toks {
			if et.Type == Newline || et.Type == Indent || et.Type == Dedent {
				t.Fatalf("layout token in expression %q", part.Expr)
			}
		}
		checkParts(t, tk, part.Spec)
	}
}

// TestPathological runs inputs built to expose quadratic behaviour; each
// is a few hundred KB and must scan (and decode) in linear time.
func TestPathological(t *testing.T) {
	const n = 100000
	for name, src := range map[string]string{
		"braces":       "f'" + strings.Repeat("{{", n) + "'",
		"fields":       "f'" + strings.Repeat("{x}", n) + "'",
		"specs":        "f'" + strings.Repeat("{x:{y}}", n) + "'",
		"escapes":      "'" + strings.Repeat(`\N{BULLET}\x41`, n) + "'",
		"parens":       strings.Repeat("(", 199) + strings.Repeat("x,", n) + strings.Repeat(")", 199),
		"lines":        strings.Repeat("x\n", n),
		"continuation": "x = 1" + strings.Repeat(" + \\\n1", n),
		"blocks":       strings.Repeat("if x:\n if y:\n  z\n", n/3),
		"unicode":      strings.Repeat("é = ü + 变量\n", n/4),
		"longline":     strings.Repeat("é+", n) + "é",
		"triple":       "'''" + strings.Repeat("a\n", n) + "'''",
		"comments":     strings.Repeat("# comment é\n\n", n/4),
	} {
		start := time.Now()
		toks, err := TokenizeString("p.sp", src)
		require.NoError(t, err, name)
		checkTokens(t, src, toks)
		require.Less(t, time.Since(start), 5*time.Second, name)
	}
}
