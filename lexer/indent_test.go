package lexer

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestIndentation(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"if a:\n    b\n", "if a : NL IN b NL DE EOF"},
		{"if a:\n    b", "if a : NL IN b NL DE EOF"},
		{"if a:\n    b\nc\n", "if a : NL IN b NL DE c NL EOF"},
		// Nested blocks, closed several at once.
		{"if a:\n  if b:\n    if c:\n      d\ne\n", "if a : NL IN if b : NL IN if c : NL IN d NL DE DE DE e NL EOF"},
		{"if a:\n  if b:\n    if c:\n      d\n  e\nf", "if a : NL IN if b : NL IN if c : NL IN d NL DE DE e NL DE f NL EOF"},
		// EOF closes every open block.
		{"def f():\n    if x:\n        return 1", "def f ( ) : NL IN if x : NL IN return 1 NL DE DE EOF"},
		{"def f():\n    if x:\n        return 1\n\n\n", "def f ( ) : NL IN if x : NL IN return 1 NL DE DE EOF"},
		// Blank, whitespace-only and comment lines change nothing.
		{"if a:\n\n    b\n  \n# c\n        # d\n    c\n", "if a : NL IN b NL c NL DE EOF"},
		// Tabs go to the next multiple of 8.
		{"if a:\n\tif b:\n\t    c\n\td\n", "if a : NL IN if b : NL IN c NL DE d NL DE EOF"},
		{"if a:\n\tb\n\tc\n", "if a : NL IN b NL c NL DE EOF"},
		// A form feed resets the column.
		{"if a:\n    b\n\f\n    c\n", "if a : NL IN b NL c NL DE EOF"},
		{"x = 1\n\f  y = 2\n", "x = 1 NL IN y = 2 NL DE EOF"},
		{"x\n  \fy\n", "x NL y NL EOF"},
		// Brackets suspend indentation.
		{"if a:\n    x = [\n1,\n        2]\n    y\n", "if a : NL IN x = [ 1 , 2 ] NL y NL DE EOF"},
		// The lexer reports an unexpected indent as a plain Indent.
		{"  x\n", "IN x NL DE EOF"},
		{"x\n    y\n", "x NL IN y NL DE EOF"},
	} {
		require.Equal(t, c.want, lexRender(t, c.src), "%q", c.src)
	}
}

func TestIndentPositions(t *testing.T) {
	toks := lex(t, "if a:\n    if b:\n        c\nd\n")
	// if a : NL IN if b : NL IN c NL DE DE d NL EOF
	require.Equal(t, Indent, toks[4].Type)
	require.Equal(t, 2, toks[4].Pos.Line)
	require.Equal(t, 5, toks[4].Pos.Column)
	require.Equal(t, Dedent, toks[12].Type)
	require.Equal(t, Dedent, toks[13].Type)
	for _, tk := range toks[12:14] {
		require.Equal(t, 4, tk.Pos.Line)
		require.Equal(t, 1, tk.Pos.Column)
		require.Equal(t, "", tk.Value)
	}
	// At EOF, Newline, Dedents and EOF sit at the end of the source.
	toks = lex(t, "if a:\n  b")
	n := len(toks)
	for _, tk := range toks[n-3:] {
		require.Equal(t, 2, tk.Pos.Line)
		require.Equal(t, 4, tk.Pos.Column)
		require.Equal(t, 9, tk.Pos.Offset)
	}
	require.Equal(t, "\n", toks[n-3].Value)
}
