package lexer

import (
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2"
	plexer "github.com/alecthomas/participle/v2/lexer"
	"github.com/stretchr/testify/require"
)

func TestSymbols(t *testing.T) {
	syms := Def.Symbols()
	want := map[string]plexer.TokenType{
		"EOF": EOF, "Name": Name, "Keyword": Keyword, "Int": Int, "Float": Float,
		"String": String, "Op": Op, "Newline": Newline, "Indent": Indent, "Dedent": Dedent,
	}
	require.Equal(t, want, syms)
	require.Equal(t, plexer.EOF, EOF)
	seen := map[plexer.TokenType]bool{}
	for name, tt := range syms {
		require.False(t, seen[tt], "duplicate type for %s", name)
		seen[tt] = true
		require.Equal(t, name, TypeName(tt))
	}
}

func TestTokenKinds(t *testing.T) {
	toks := lex(t, "def f(x): return x.y + 1 * 2.5 - 'a' # comment\n")
	type tv struct {
		typ plexer.TokenType
		val string
	}
	var got []tv
	for _, tk := range toks {
		got = append(got, tv{tk.Type, tk.Value})
	}
	require.Equal(t, []tv{
		{Keyword, "def"}, {Name, "f"}, {Op, "("}, {Name, "x"}, {Op, ")"}, {Op, ":"},
		{Keyword, "return"}, {Name, "x"}, {Op, "."}, {Name, "y"}, {Op, "+"}, {Int, "1"},
		{Op, "*"}, {Float, "2.5"}, {Op, "-"}, {String, "'a'"}, {Newline, "\n"}, {EOF, ""},
	}, got)
}

func TestPositions(t *testing.T) {
	toks := lex(t, "é = 'ü'  + x\n\n  # c\nif y:\n\tz\n")
	type lc struct{ off, line, col int }
	var got []lc
	for _, tk := range toks {
		got = append(got, lc{tk.Pos.Offset, tk.Pos.Line, tk.Pos.Column})
		require.Equal(t, "t.sp", tk.Pos.Filename)
	}
	require.Equal(t, []lc{
		{0, 1, 1},   // é
		{3, 1, 3},   // =
		{5, 1, 5},   // 'ü'
		{11, 1, 10}, // +
		{13, 1, 12}, // x
		{14, 1, 13}, // NL
		{22, 4, 1},  // if
		{25, 4, 4},  // y
		{26, 4, 5},  // :
		{27, 4, 6},  // NL
		{29, 5, 2},  // IN
		{29, 5, 2},  // z
		{30, 5, 3},  // NL
		{31, 6, 1},  // DE
		{31, 6, 1},  // EOF
	}, got)
}

func TestKeywordsAndNames(t *testing.T) {
	for _, kw := range Keywords {
		toks := lex(t, kw)
		require.Equal(t, Keyword, toks[0].Type, kw)
		require.Equal(t, kw, toks[0].Value)
		require.True(t, IsKeyword(kw))
	}
	for _, name := range []string{"match", "case", "_", "__init__", "x1", "Truex", "none", "é", "ñandú", "x·y", "Δt", "变量", "r", "rb", "f", "u", "br", "bu"} {
		toks := lex(t, name)
		require.Equal(t, Name, toks[0].Type, name)
		require.Equal(t, name, toks[0].Value)
		require.False(t, IsKeyword(name))
	}
}

func TestOperators(t *testing.T) {
	ops := strings.Fields("**= //= >>= <<= ... -> := ** // << >> <= >= == != += -= *= /= %= &= |= ^= @= + - * / % @ & | ^ ~ < > ( ) [ ] { } , : . ; =")
	for _, op := range ops {
		src := op
		switch op {
		case "(", "[", "{":
			src = op + map[string]string{"(": ")", "[": "]", "{": "}"}[op]
		case ")", "]", "}":
			src = map[string]string{")": "(", "]": "[", "}": "{"}[op] + op
		}
		toks := lex(t, src)
		i := 0
		if strings.Contains(")]}", op) {
			i = 1
		}
		require.Equal(t, Op, toks[i].Type, op)
		require.Equal(t, op, toks[i].Value)
	}
	require.Equal(t, "a **= b // c ... d -> e := f < > g NL EOF", lexRender(t, "a**=b//c...d->e:=f<>g"))
	require.Equal(t, "x . . y NL EOF", lexRender(t, "x..y"))
	require.Equal(t, "x = - 1 NL EOF", lexRender(t, "x=-1"))
	require.Equal(t, "a != b NL EOF", lexRender(t, "a!=b"))
}

func TestNewlines(t *testing.T) {
	require.Equal(t, "EOF", lexRender(t, ""))
	require.Equal(t, "EOF", lexRender(t, "\n\n  \n# only a comment\n   # indented comment"))
	require.Equal(t, "x NL EOF", lexRender(t, "x"))
	require.Equal(t, "x NL EOF", lexRender(t, "x # c"))
	require.Equal(t, "x NL y NL EOF", lexRender(t, "x\n\n\ny\n"))
	require.Equal(t, "x NL y NL EOF", lexRender(t, "x\r\ny\r\n"))
	require.Equal(t, "x NL y NL EOF", lexRender(t, "x\ry"))
	require.Equal(t, "x ; y NL EOF", lexRender(t, "x; y"))
	require.Equal(t, "x NL EOF", lexRender(t, "\uFEFFx"))
}

func TestContinuation(t *testing.T) {
	// Brackets join lines; blank and comment lines inside them vanish.
	require.Equal(t, "x = [ 1 , 2 , ( 3 , { 4 : 5 } ) ] NL y NL EOF",
		lexRender(t, "x = [1,\n\n  # c\n        2, (3,\n {4:\n5})]\ny\n"))
	// A backslash joins lines, indentation of the next line is ignored.
	require.Equal(t, "x = 1 + 2 NL y NL EOF", lexRender(t, "x = 1 + \\\n        2\ny\n"))
	require.Equal(t, "if a : NL IN x = 1 + 2 NL DE y NL EOF", lexRender(t, "if a:\n    x = 1 + \\\n2\ny\n"))
	// A backslash line followed by an empty line ends the statement there.
	toks := lex(t, "x = \\\n\ny")
	require.Equal(t, "x = NL y NL EOF", render(toks))
	require.Equal(t, 2, toks[2].Pos.Line)
	// Backslash in the indentation: the first one sets the column.
	require.Equal(t, "IN x NL DE EOF", lexRender(t, "  \\\nx\n"))
	require.Equal(t, "x NL EOF", lexRender(t, "\\\nx\n"))
	// A backslash inside brackets is harmless.
	require.Equal(t, "( 1 , 2 ) NL EOF", lexRender(t, "(1, \\\n 2)"))
}

func TestLexInterface(t *testing.T) {
	l, err := Def.Lex("t.sp", strings.NewReader("x = 1\n"))
	require.NoError(t, err)
	toks, err := plexer.ConsumeAll(l)
	require.NoError(t, err)
	require.Equal(t, "x = 1 NL EOF", render(toks))

	bl, err := Def.(plexer.BytesDefinition).LexBytes("t.sp", []byte("y"))
	require.NoError(t, err)
	tok, err := bl.Next()
	require.NoError(t, err)
	require.Equal(t, "y", tok.Value)

	// The error comes after the tokens that precede it.
	l, err = Def.Lex("t.sp", strings.NewReader("x = $"))
	require.NoError(t, err)
	for _, want := range []string{"x", "="} {
		tok, err := l.Next()
		require.NoError(t, err)
		require.Equal(t, want, tok.Value)
	}
	_, err = l.Next()
	require.EqualError(t, err, "t.sp:1:5: SyntaxError: invalid syntax")

	// Tokenize returns the prefix too.
	toks, err = Tokenize("t.sp", []byte("a b\n'x"))
	require.Error(t, err)
	require.Equal(t, "a b NL", render(toks))
}

// A tiny participle grammar over Def, as the parser uses it.
type miniFile struct {
	Stmts []*miniStmt `parser:"@@*"`
}

type miniStmt struct {
	If     *miniIf  `parser:"  @@"`
	Assign *miniAsg `parser:"| @@ Newline"`
}

type miniIf struct {
	Cond string      `parser:"'if' @Name ':' Newline Indent"`
	Body []*miniStmt `parser:"@@+ Dedent"`
}

type miniAsg struct {
	Target string `parser:"@Name '='"`
	Value  string `parser:"@(Int | Float | String | Name)"`
}

func TestParticiple(t *testing.T) {
	p := participle.MustBuild[miniFile](participle.Lexer(Def))
	f, err := p.ParseString("t.sp", "x = 1\nif x:\n    y = 'a'\n    if y:\n        z = 2.5\nw = x")
	require.NoError(t, err)
	require.Len(t, f.Stmts, 3)
	require.Equal(t, "1", f.Stmts[0].Assign.Value)
	require.Equal(t, "x", f.Stmts[1].If.Cond)
	require.Equal(t, "2.5", f.Stmts[1].If.Body[1].If.Body[0].Assign.Value)
	require.Equal(t, "x", f.Stmts[2].Assign.Value)

	_, err = p.ParseString("t.sp", "x = (")
	require.Error(t, err)
	require.Contains(t, err.Error(), "'(' was never closed")
}

func TestTokenizeExpr(t *testing.T) {
	base := plexer.Position{Offset: 10, Line: 3, Column: 7}
	toks, err := TokenizeExpr("t.sp", "a +\n  b[1]", base)
	require.NoError(t, err)
	require.Equal(t, "a + b [ 1 ] EOF", render(toks))
	require.Equal(t, plexer.Position{Filename: "t.sp", Offset: 10, Line: 3, Column: 7}, toks[0].Pos)
	require.Equal(t, plexer.Position{Filename: "t.sp", Offset: 12, Line: 3, Column: 9}, toks[1].Pos)
	require.Equal(t, plexer.Position{Filename: "t.sp", Offset: 16, Line: 4, Column: 3}, toks[2].Pos)

	_, err = TokenizeExpr("t.sp", "a)", base)
	require.EqualError(t, err, "t.sp:3:8: SyntaxError: unmatched ')'")
}
