package parser

import (
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/ast"
	"github.com/stretchr/testify/require"
)

// TestSpindleErrors covers the Python features Spindle leaves out: each
// gets a SyntaxError saying so, at the keyword.
func TestSpindleErrors(t *testing.T) {
	tests := []struct {
		src       string
		msg       string
		line, col int
	}{
		{"match x:\n    case 1:\n        pass\n", msgMatch, 1, 1},
		{"def f(p):\n    if p:\n        match p:\n            case _: pass\n", msgMatch, 3, 9},
		{"match (a, b):\n    case _: pass\n", msgMatch, 1, 1},
		{"async def f():\n    pass\n", msgAsyncDef, 1, 1},
		{"class C:\n    async def m(self): pass\n", msgAsyncDef, 2, 5},
		{"@dec\nasync def f():\n    pass\n", msgAsyncDef, 2, 1},
		{"async for x in y: pass\n", msgAsyncFor, 1, 1},
		{"async with a: pass\n", msgAsyncWith, 1, 1},
		{"x = [i async for i in y]\n", msgAsyncFor, 1, 8},
		{"await f()\n", msgAwaitExpr, 1, 1},
		{"await\n", msgAwaitExpr, 1, 1},
		{"def g():\n    data = await fetch('x')\n", msgAwaitExpr, 2, 12},
		{"print(1 + await f())\n", msgAwaitExpr, 1, 11},
		{"f(await)\n", msgAwaitExpr, 1, 3},
	}
	for _, tt := range tests {
		checkError(t, tt.src, "", tt.msg, tt.line, tt.col, false)
	}
}

// TestSpindleBlocks: the soft keywords and the await:/async: blocks in
// their various positions.
func TestSpindleBlocks(t *testing.T) {
	src := `def download_all(urls):
    results = {}
    await:
        for url in urls:
            async:
                results[url] = fetch_url(url)
    return results
async: print(1)
await: x = 1; y = 2
`
	require.Equal(t,
		"(Def download_all (args urls) (body (Assign (Name results) (Dict)) "+
			"(Await (For (Name url) (Name urls) (body (Async (Assign (Sub (Name results) (Name url)) (Call (Name fetch_url) (Name url))))))) "+
			"(Return (Name results)))) "+
			"(Async (Expr (Call (Name print) (Int 1)))) "+
			"(Await (Assign (Name x) (Int 1)) (Assign (Name y) (Int 2)))",
		parseDump(t, src))
	checkError(t, "await:\nx = 1\n", "IndentationError", "expected an indented block after 'await' statement on line 1", 2, 1, false)
	checkError(t, "async:", "IndentationError", "expected an indented block after 'async' statement on line 1", 1, 7, true)
	checkError(t, "async x", "", "invalid syntax", 1, 7, false)
}

// TestMoreErrors covers errors beyond the CPython-generated table: their
// messages follow CPython's wording.
func TestMoreErrors(t *testing.T) {
	tests := []struct {
		src, kind, msg string
		line, col      int
		incomplete     bool
	}{
		// Incomplete input, as the REPL sees it.
		{"@dec\n", "", "invalid syntax", 1, 5, true},
		{"@dec\nasync: pass\n", "", "invalid syntax", 2, 1, false},
		{"if x:\n    pass\nelse:\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 3, 6, true},
		{"def f(\n", "", "'(' was never closed", 1, 6, true},
		{"def f(:\n", "", "invalid syntax", 1, 7, false},        // a genuine error before the open bracket's end
		{"x = [1, 2\n", "", "'[' was never closed", 1, 5, true}, // only the end of input is missing
		{"s = '''abc\n", "", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, true},
		{"x = 1 +\n", "", "invalid syntax", 1, 8, false},
		{"for x in y:\n    for z in x:\n", "IndentationError", "expected an indented block after 'for' statement on line 2", 2, 16, true},
		// Errors on a later line of a multi-line construct.
		{"x = f(\n    a,\n    b c)\n", "", "invalid syntax. Perhaps you forgot a comma?", 3, 5, false},
		{"x = [\n    1,\n    2 +\n]\n", "", "invalid syntax", 4, 1, false},
		{"if x:\n    y = 1\n    f() = 2\n", "", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 3, 5, false},
		// The first error in the file wins.
		{"f() = 1\nx = = 2\n", "", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, false},
		{"x = = 2\nf() = 1\n", "", "invalid syntax", 1, 5, false},
		// Calls and parameters.
		{"f(a=1, a=2)\n", "", "keyword argument repeated: a", 1, 8, false},
		{"f(**a, *b)\n", "", "iterable argument unpacking follows keyword argument unpacking", 1, 8, false},
		{"f(x for x in y, 1)\n", "", "Generator expression must be parenthesized", 1, 3, false},
		{"class A(x for x in y): pass\n", "", "invalid syntax", 1, 11, false},
		{"def f(a, a): pass\n", "", "duplicate argument 'a' in function definition", 1, 10, false},
		{"lambda a, *a: 0\n", "", "duplicate argument 'a' in function definition", 1, 12, false},
		{"def f(*): pass\n", "", "named arguments must follow bare *", 1, 7, false},
		{"def f(**k, a): pass\n", "", "arguments cannot follow var-keyword argument", 1, 12, false},
		// Targets.
		{"for f() in x: pass\n", "", "cannot assign to function call", 1, 5, false},
		{"[x for f() in y]\n", "", "cannot assign to function call", 1, 8, false},
		{"with a as (b, c()): pass\n", "", "cannot assign to function call", 1, 15, false},
		{"del f()\n", "", "cannot delete function call", 1, 5, false},
		{"del [a, 1]\n", "", "cannot delete literal", 1, 9, false},
		{"a, *b, *c = d\n", "", "multiple starred expressions in assignment", 1, 1, false},
		{"[*a, (*b, *c)] = d\n", "", "multiple starred expressions in assignment", 1, 6, false},
		{"*a = b\n", "", "starred assignment target must be in a list or tuple", 1, 1, false},
		{"x = *a\n", "", "can't use starred expression here", 1, 5, false},
		{"return *a\n", "", "can't use starred expression here", 1, 8, false},
		{"print(*a for a in b)\n", "", "iterable unpacking cannot be used in comprehension", 1, 7, false},
		{"{**a for a in b}\n", "", "dict unpacking cannot be used in dict comprehension", 1, 2, false},
		{"(yield) = 1\n", "", "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2, false},
		{"x = yield = 1\n", "", "assignment to yield expression not possible", 1, 5, false},
		// Strings.
		{"x = 'a' b'b'\n", "", "cannot mix bytes and nonbytes literals", 1, 13, false},
		{"x = f'{a b}'\n", "", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 8, false},
		{"x = f'{a +}'\n", "", "f-string: invalid syntax", 1, 11, false},
		{"x = f'{}'\n", "", "f-string: empty expression not allowed", 1, 10, false},
		// Indentation.
		{"x = 1\n    y = 2\n", "IndentationError", "unexpected indent", 2, 4, false},
		{"if x:\n    a\n        b\n", "IndentationError", "unexpected indent", 3, 8, false},
		{"if x:\n        a\n    b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 6, false},
		{"try:\n    pass\nx = 1\n", "", "expected 'except' or 'finally' block", 3, 1, false},
		{"def f():\n    try:\n        pass\nx = 1\n", "", "expected 'except' or 'finally' block", 4, 1, false},
		{"try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", "", "default 'except:' must be last", 3, 1, false},
		{"try: pass\nexcept as e: pass\n", "", "invalid syntax", 2, 8, false},
		// Statements.
		{"x = 1 y = 2\n", "", "invalid syntax", 1, 7, false},
		{"x = 1;; y = 2\n", "", "invalid syntax", 1, 7, false},
		{"x += 1 = 2\n", "", "invalid syntax", 1, 8, false},
		{"x: int: str\n", "", "invalid syntax", 1, 7, false},
		{"x: a, b\n", "", "invalid syntax", 1, 5, false},
		{"from x import a,\n", "", "trailing comma not allowed without surrounding parentheses", 1, 17, false},
		{"print 'hello'\n", "", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, false},
		// Checked against CPython 3.11 too.
		{"def f(a) -> :\n    return a\n", "", "expected ':'", 1, 10, false},
		{"with (a as b b, c as d,): pass\n", "", "invalid syntax. Perhaps you forgot a comma?", 1, 12, false},
		{"with (a as b) c: pass\n", "", "invalid syntax", 1, 15, false},
		{"x = {k: v for k, v v in d.items()}\n", "", "invalid syntax. Perhaps you forgot a comma?", 1, 18, false},
		{"x = {v : for v in s}\n", "", "invalid syntax", 1, 10, false},
		{"x = {**a a, 'b': 1, **c}\n", "", "invalid syntax", 1, 10, false},
		{"f(*a, *b b, **c, **d)\n", "", "invalid syntax. Perhaps you forgot a comma?", 1, 8, false},
		{"if (n := len(a)1 ) > 10: pass\n", "", "invalid syntax. Perhaps you forgot a comma?", 1, 10, false},
		{"print(match(x) case[0], _)\n", "", "invalid syntax", 1, 16, false},
		{"f() = 1; s = \"abc\n", "", "unterminated string literal (detected at line 1)", 1, 14, false},
		{"def f() x: )\n", "", "unmatched ')'", 1, 12, false},
		{"x = = 1\ny = (\n", "", "invalid syntax", 1, 5, false},
		{"x = = 1\ny = \"abc\n", "", "unterminated string literal (detected at line 2)", 2, 5, false},
		{"x = [i for i in range(3)\ny = 1\n", "", "'[' was never closed", 1, 5, true},
		{"class A(: pass\n", "", "invalid syntax", 1, 9, false},
		{"try:\n    x = 1\n    ( except E:\n        pass\n", "", "invalid syntax", 3, 7, false},
		{"print(f(1, 2, 3, d=4), f( (1, 2, c=3, d=4, e=6))\n", "", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 34, false},
		{"print(hash(frozenset( ([1])))\nfor x in y: pass\n", "", "'(' was never closed", 1, 6, true},
		{"print(list(chunks(range(7)lambda 3)))\n", "", "invalid syntax", 1, 27, false},
		{"print([x for x x in range(20) if x % 3 == 0 if x % 2 == 0])\n", "", "invalid syntax. Perhaps you forgot a comma?", 1, 14, false},
		{"x = [1, 2.5= , 3]\n", "", "invalid syntax", 1, 12, false},
		{"for x in [lambda: []pop()]: pass\n", "", "invalid syntax. Perhaps you forgot a comma?", 1, 19, false},
		{"next(x for x in y if x x * x > 50)\n", "", "invalid syntax", 1, 24, false},
		{"def g():\n    yield Fmt:\n", "", "invalid syntax", 2, 14, false},
		{"def g():\n    yield  * 2\n", "", "can't use starred expression here", 2, 12, false},
		{"f(c c)\n", "", "invalid syntax", 1, 5, false},
		{"f(m m.group(2))\n", "", "invalid syntax", 1, 5, false},
		{"f(mat x)\n", "", "invalid syntax", 1, 7, false},
		{"f(ca.x y)\n", "", "invalid syntax", 1, 8, false},
		{"print(str(True=))\n", "", "cannot assign to True", 1, 11, false},
		{"def f(n):\n    if n < 2:\nreturn n\n", "IndentationError", "expected an indented block after 'if' statement on line 2", 3, 0, false},
		{"print(next(h, 'finished'1)\n", "", "invalid syntax. Perhaps you forgot a comma?", 1, 15, false},
		{"foo(a b\n", "", "'(' was never closed", 1, 4, true},
	}
	for _, tt := range tests {
		checkError(t, tt.src, tt.kind, tt.msg, tt.line, tt.col, tt.incomplete)
	}
}

// TestErrorType: every error is an *ast.SyntaxError carrying the file name.
func TestErrorType(t *testing.T) {
	for _, src := range []string{"x = = 1", "'abc", "\tif x:\n  y", "\x00", "x = (", "f(**)"} {
		_, err := ParseFile("f.sp", []byte(src))
		require.Error(t, err)
		se, ok := err.(*ast.SyntaxError)
		require.True(t, ok, "%q: %T", src, err)
		require.Equal(t, "f.sp", se.File)
		require.GreaterOrEqual(t, se.Line, 1, "%q", src)
	}
}

// TestParseExpr covers the eval-style entry point.
func TestParseExpr(t *testing.T) {
	tests := []struct{ src, want string }{
		{"1 + 2", "(BinOp + (Int 1) (Int 2))"},
		{"  x", "(Name x)"},
		{"a, b", "(Tuple (Name a) (Name b))"},
		{"[x for x in y]\n", "(ListComp (Name x) (for (Name x) (Name y)))"},
		{"f(\n  a)", "(Call (Name f) (Name a))"},
		{"lambda: 0", "(Lambda (args) (Int 0))"},
	}
	for _, tt := range tests {
		e, err := ParseExpr("<string>", []byte(tt.src))
		require.NoError(t, err, "%q", tt.src)
		require.Equal(t, tt.want, dump(e), "%q", tt.src)
	}
	for _, src := range []string{"", "x = 1", "1 2", "if x: y", "1\n2"} {
		_, err := ParseExpr("<string>", []byte(src))
		require.Error(t, err, "%q", src)
		_, ok := err.(*ast.SyntaxError)
		require.True(t, ok)
	}
}

// TestNesting: deep nesting parses as far as CPython does (1,000 levels),
// and much deeper input is an error rather than a stack overflow.
func TestNesting(t *testing.T) {
	for _, unit := range []string{"-", "lambda: ", "not ", "+~"} {
		_, err := ParseExpr("x", []byte(strings.Repeat(unit, 1000)+"1"))
		require.NoError(t, err, "%q", unit)
	}
	_, err := ParseExpr("x", []byte(strings.Repeat("-", 5000)+"1"))
	require.Error(t, err)
}

// TestErrorRanges checks the end of the range CPython blames (its
// end_lineno and end_offset; 0 for a single caret), as python3 3.11
// reports it.
func TestErrorRanges(t *testing.T) {
	tests := []struct {
		src             string
		endLine, endCol int
	}{
		{"f() = 1", 1, 4},
		{"x = 1 if y", 1, 11},
		{"if x = 1: pass", 1, 9},
		{"f(a=1, b)", 1, 10},
		{"[1 2]", 1, 5},
		{"a, *b, *c = d", 1, 10},
		{"del f()", 1, 8},
		{"print 'hello'", 1, 14},
		{"try:\n    pass\nexcept:\n    pass\nexcept A:\n    pass", 4, 9},
		{"x = 1 +", 0, 0},
		{"else: pass", 1, 5},
		{"f(a.b=1)", 1, 7},
		{"{**a for a in b}", 1, 4},
		{"try:\n    pass\nexcept A, B:\n    pass\n", 3, 12},
		{"if x:\npass\n", 0, 0}, // IndentationError: CPython shows one caret
	}
	for _, tt := range tests {
		_, err := ParseFile("x.py", []byte(tt.src))
		require.Error(t, err, "%q", tt.src)
		se := err.(*ast.SyntaxError)
		require.Equal(t, [2]int{tt.endLine, tt.endCol}, [2]int{se.EndLine, se.EndCol}, "%q", tt.src)
	}
}
