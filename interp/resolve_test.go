package interp

import (
	"errors"
	"testing"

	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/parser"
	"github.com/stretchr/testify/require"
)

func resolveSrc(t *testing.T, src string) (*resolution, error) {
	t.Helper()
	src = dedent(src)
	mod, err := parser.ParseFile("r.sp", []byte(src))
	require.NoError(t, err)
	return resolveModule(mod, "r.sp", []byte(src))
}

// scopeNamed finds the scope of the function (or lambda, ...) called name.
func scopeNamed(res *resolution, name string) *scope {
	var find func(s *scope) *scope
	find = func(s *scope) *scope {
		if s.name == name {
			return s
		}
		for _, c := range s.children {
			if f := find(c); f != nil {
				return f
			}
		}
		return nil
	}
	return find(res.module)
}

func TestResolveClassification(t *testing.T) {
	res, err := resolveSrc(t, `
		g = 1
		def outer(p):
		    a = 1
		    b = 2
		    def inner():
		        nonlocal b
		        b = 3
		        return a + g + len([])
		    return inner
		def gen():
		    yield 1
		`)
	require.NoError(t, err)
	outer := scopeNamed(res, "outer")
	inner := scopeNamed(res, "inner")
	require.Equal(t, bindLocal, outer.names["p"].kind)
	require.Equal(t, 0, outer.names["p"].index)
	require.Equal(t, bindCell, outer.names["a"].kind)
	require.Equal(t, bindCell, outer.names["b"].kind)
	require.Equal(t, bindLocal, outer.names["inner"].kind)
	require.Equal(t, bindFree, inner.names["a"].kind)
	require.Equal(t, bindFree, inner.names["b"].kind)
	require.Equal(t, bindGlobal, inner.names["g"].kind)
	require.Equal(t, bindGlobal, inner.names["len"].kind)
	require.ElementsMatch(t, []string{"a", "b"}, inner.freeNames)
	require.True(t, scopeNamed(res, "gen").generator)
	require.False(t, outer.generator)
}

func TestResolveComprehensionScope(t *testing.T) {
	res, err := resolveSrc(t, `
		def f(xs):
		    return [x + y for x in xs for y in range(x)]
		`)
	require.NoError(t, err)
	comp := scopeNamed(res, "<listcomp>")
	require.Equal(t, bindLocal, comp.names["x"].kind)
	require.Equal(t, bindLocal, comp.names["y"].kind)
	require.Equal(t, bindGlobal, comp.names["range"].kind)
	// xs is evaluated in f, so it is not free in the comprehension.
	_, ok := comp.names["xs"]
	require.False(t, ok)
	require.Equal(t, bindLocal, scopeNamed(res, "f").names["xs"].kind)
}

func TestResolveLoopCells(t *testing.T) {
	res, err := resolveSrc(t, `
		def f():
		    fs = []
		    for i in range(3):
		        fs.append(lambda: i)
		    return i
		`)
	require.NoError(t, err)
	f := scopeNamed(res, "f")
	// i stays a plain local of f; the lambda captures the iteration cell.
	require.Equal(t, bindLocal, f.names["i"].kind)
	lam := scopeNamed(res, "<lambda>")
	require.Equal(t, bindFree, lam.names["i"].kind)
	require.NotNil(t, lam.viaLoop["i"])
	require.True(t, lam.viaLoop["i"].captured)
}

func TestResolveSyntaxErrors(t *testing.T) {
	cases := []struct {
		src  string
		msg  string
		line int
	}{
		{"return 1", "'return' outside function", 1},
		{"x = 1\nbreak", "'break' outside loop", 2},
		{"def f():\n    continue", "'continue' not properly in loop", 2},
		{"yield 1", "'yield' outside function", 1},
		{"nonlocal x", "nonlocal declaration not allowed at module level", 1},
		{"def f():\n    nonlocal x", "no binding for nonlocal 'x' found", 2},
		{"def f():\n    print(x)\n    global x", "name 'x' is used prior to global declaration", 3},
		{"def f():\n    x = 1\n    global x", "name 'x' is assigned to before global declaration", 3},
		{"def f(x):\n    global x", "name 'x' is parameter and global", 2},
		{"def f():\n    def g(x):\n        nonlocal x", "name 'x' is parameter and nonlocal", 3},
		{"def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x", "name 'x' is used prior to nonlocal declaration", 5},
		{"while True:\n    def f():\n        break", "'break' outside loop", 3},
		{"[(yield x) for x in y]", "'yield' inside list comprehension", 1},
		{"def f():\n    x = 1\n    async:\n        x = 2", "cannot assign to 'x' inside an async: block", 4},
		{"def f():\n    async:\n        return 1", "'return' not allowed in an async: block", 3},
		{"for i in x:\n    async:\n        break", "'break' cannot leave an async: block", 3},
		{"def f():\n    async:\n        yield 1", "'yield' not allowed in an async: block", 3},
	}
	for _, c := range cases {
		t.Run(c.src, func(t *testing.T) {
			_, err := resolveSrc(t, c.src)
			require.Error(t, err)
			var se *ast.SyntaxError
			require.True(t, errors.As(err, &se))
			require.Contains(t, se.Msg, c.msg)
			require.Equal(t, c.line, se.Line)
			require.Equal(t, "r.sp", se.File)
			require.NotEmpty(t, se.Text)
		})
	}
}

func TestResolveAsyncCaptures(t *testing.T) {
	res, err := resolveSrc(t, `
		def f(urls):
		    results = {}
		    total = 0
		    await:
		        for u in urls:
		            async:
		                results[u] = len(u)
		                n = total
		    def g():
		        nonlocal total
		        async:
		            nonlocal total
		            total = 1
		    return results
		`)
	require.NoError(t, err)
	var async *scope
	for _, c := range scopeNamed(res, "f").children {
		if c.kind == scopeAsync {
			async = c
		}
	}
	require.NotNil(t, async)
	// results, u and total are captured by value; n is the block's own.
	require.Len(t, async.captures, 3)
	require.Equal(t, bindLocal, async.names["n"].kind)
	require.Equal(t, bindGlobal, async.names["len"].kind)
}
