package lexer

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func lit(s string) FPart { return FPart{Literal: s} }

// field builds a field part; off is the offset of expr in the literal.
func field(expr string, off int) FPart { return FPart{Expr: expr, ExprOffset: off} }

func TestParseFString(t *testing.T) {
	spec := func(f FPart, parts ...FPart) FPart { f.Spec, f.HasSpec = parts, true; return f }
	conv := func(f FPart, c rune) FPart { f.Conversion = c; return f }
	debug := func(f FPart, text string) FPart { f.Debug, f.DebugText = true, text; return f }

	// Expected structures follow CPython 3.11's ast.JoinedStr.
	for _, c := range []struct {
		text string
		want []FPart
	}{
		{`f''`, nil},
		{`f'abc'`, []FPart{lit("abc")}},
		{`f'{x}'`, []FPart{field("x", 3)}},
		{`f'{x!r:>10.3f}'`, []FPart{spec(conv(field("x", 3), 'r'), lit(">10.3f"))}},
		{`f'a{{b}}c{x}'`, []FPart{lit("a{b}c"), field("x", 10)}},
		{`f'{{}}'`, []FPart{lit("{}")}},
		{`f'{x=}'`, []FPart{conv(debug(field("x", 3), "x="), 'r')}},
		{`f'{ x = !s:>5}'`, []FPart{spec(conv(debug(field(" x ", 3), " x = "), 's'), lit(">5"))}},
		{`f'{x=:>5}'`, []FPart{spec(debug(field("x", 3), "x="), lit(">5"))}},
		{`f'{x:{w}.{p}f}'`, []FPart{spec(field("x", 3), field("w", 6), lit("."), field("p", 10), lit("f"))}},
		{`f'{x:{w!r}}'`, []FPart{spec(field("x", 3), conv(field("w", 6), 'r'))}},
		{`f'{a["}"]!r}'`, []FPart{conv(field(`a["}"]`, 3), 'r')}},
		{`f"{a['''}''']}"`, []FPart{field(`a['''}''']`, 3)}},
		{`f'{a!=b}'`, []FPart{field("a!=b", 3)}},
		{`f'{a==b}'`, []FPart{field("a==b", 3)}},
		{`f'{a<b}'`, []FPart{field("a<b", 3)}},
		{`f'{a>=b}'`, []FPart{field("a>=b", 3)}},
		{`f'{a:=1}'`, []FPart{spec(field("a", 3), lit("=1"))}},
		{`f'{(a:=1)}'`, []FPart{field("(a:=1)", 3)}},
		{`f'{d[1:2]}'`, []FPart{field("d[1:2]", 3)}},
		{`f'{x:}'`, []FPart{spec(field("x", 3))}},
		{`f'{x:%H:%M}'`, []FPart{spec(field("x", 3), lit("%H:%M"))}},
		{`f'{x:{{}}}'`, []FPart{spec(field("x", 3), field("{}", 6))}},
		{`f'\N{BULLET}{x}'`, []FPart{lit("•"), field("x", 13)}},
		{`f'\{x}'`, []FPart{lit(`\`), field("x", 4)}},
		{`f'\n\t{x}\x41'`, []FPart{lit("\n\t"), field("x", 7), lit("A")}},
		{`rf'\n{x}'`, []FPart{lit(`\n`), field("x", 6)}},
		{`F'{x}'`, []FPart{field("x", 3)}},
		{"f'''{\na\n}'''", []FPart{field("\na\n", 5)}},
		{"f'''a\r\nb{x}'''", []FPart{lit("a\nb"), field("x", 9)}},
	} {
		got, err := ParseFString(c.text)
		require.NoError(t, err, c.text)
		require.Equal(t, c.want, got, c.text)
		require.True(t, IsFString(c.text))
		require.Equal(t, String, lex(t, c.text)[0].Type)
	}
}

func TestParseFStringErrors(t *testing.T) {
	// Messages and columns from CPython 3.11 (which points just past the
	// literal for f-string syntax errors).
	for _, c := range []struct {
		text, msg string
		col       int
	}{
		{`f'{'`, "f-string: expecting '}'", 5},
		{`f'}'`, "f-string: single '}' is not allowed", 5},
		{`f'{}'`, "f-string: empty expression not allowed", 6},
		{`f'{ }'`, "f-string: empty expression not allowed", 7},
		{`f'{a\n}'`, "f-string expression part cannot include a backslash", 9},
		{`f'{a!x}'`, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 9},
		{`f'{a!}'`, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 8},
		{`f'{a:{b:{c}}}'`, "f-string: expressions nested too deeply", 15},
		{`f'{)}'`, "f-string: unmatched ')'", 7},
		{`f'{(}'`, "f-string: closing parenthesis '}' does not match opening parenthesis '('", 7},
		{`f'{a#}'`, "f-string expression part cannot include '#'", 8},
		{`f'{a!r }'`, "f-string: expecting '}'", 10},
		{`f'{a:}}'`, "f-string: single '}' is not allowed", 9},
		{`f'{a:{b}}}'`, "f-string: single '}' is not allowed", 12},
		{`f"{a['x]}"`, "f-string: unterminated string", 11},
		{`f'{a[}'`, "f-string: closing parenthesis '}' does not match opening parenthesis '['", 8},
		{`f'{a['`, "f-string: unmatched '['", 7},
		{`f'{a='`, "f-string: expecting '}'", 7},
		{`f'{a!'`, "f-string: expecting '}'", 7},
		{`f'{a:'`, "f-string: expecting '}'", 7},
		{`f'{a:x'`, "f-string: expecting '}'", 8},
		{`f'{a}\x4'`, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape`, 10},
	} {
		_, err := ParseFString(c.text)
		require.Error(t, err, c.text)
		toks, _ := TokenizeString("t.sp", c.text)
		e := AtToken(err, toks[0]).(*Error)
		require.Equal(t, c.msg, e.Msg, c.text)
		require.Equal(t, c.col, e.Pos.Column, c.text)
		require.Equal(t, 1, e.Pos.Line, c.text)
	}
}

func TestFStringExprPositions(t *testing.T) {
	toks := lex(t, "x = 1\ny = f'''a\n {b + c!r:>{w}}'''\n")
	tok := toks[6]
	parts, err := ParseFString(tok.Value)
	require.NoError(t, err)
	require.Len(t, parts, 2)
	f := parts[1]
	require.Equal(t, "b + c", f.Expr)
	pos := PosIn(tok, f.ExprOffset)
	require.Equal(t, 3, pos.Line)
	require.Equal(t, 3, pos.Column)
	etoks, err := TokenizeExpr("t.sp", f.Expr, pos)
	require.NoError(t, err)
	require.Equal(t, "b + c EOF", render(etoks))
	require.Equal(t, 7, etoks[2].Pos.Column)
	require.Equal(t, 3, etoks[2].Pos.Line)
	w := f.Spec[1]
	require.Equal(t, "w", w.Expr)
	require.Equal(t, 13, PosIn(tok, w.ExprOffset).Column)
}
