package lexer

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The expected kinds, messages and positions were produced by CPython
// 3.11 (compile(src, "x", "exec")), the oracle.
var errorCases = []struct {
	src       string
	kind, msg string
	line, col int
}{
	{"x = 1_", "SyntaxError", "invalid decimal literal", 1, 6},
	{"0_", "SyntaxError", "invalid decimal literal", 1, 2},
	{"1__0", "SyntaxError", "invalid decimal literal", 1, 2},
	{"0x", "SyntaxError", "invalid hexadecimal literal", 1, 2},
	{"0xg", "SyntaxError", "invalid hexadecimal literal", 1, 2},
	{"0x_", "SyntaxError", "invalid hexadecimal literal", 1, 3},
	{"0b2", "SyntaxError", "invalid digit '2' in binary literal", 1, 3},
	{"0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 3},
	{"0o", "SyntaxError", "invalid octal literal", 1, 2},
	{"0b", "SyntaxError", "invalid binary literal", 1, 2},
	{"0b1_", "SyntaxError", "invalid binary literal", 1, 4},
	{"012", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1},
	{"0_1", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1},
	{"09", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1},
	{"1a", "SyntaxError", "invalid decimal literal", 1, 1},
	{"1e", "SyntaxError", "invalid decimal literal", 1, 1},
	{"1e+", "SyntaxError", "invalid decimal literal", 1, 3},
	{"1.5_", "SyntaxError", "invalid decimal literal", 1, 4},
	{"1e5_", "SyntaxError", "invalid decimal literal", 1, 4},
	{"1.__class__", "SyntaxError", "invalid decimal literal", 1, 2},
	{"x = 0o17f", "SyntaxError", "invalid octal literal", 1, 8},
	{"a $ b", "SyntaxError", "invalid syntax", 1, 3},
	{"a ! b", "SyntaxError", "invalid syntax", 1, 3},
	{"a ?", "SyntaxError", "invalid syntax", 1, 3},
	{"`", "SyntaxError", "invalid syntax", 1, 1},
	{"\u20ac", "SyntaxError", "invalid character '\u20ac' (U+20AC)", 1, 1},
	{"x = a\u20ac", "SyntaxError", "invalid character '\u20ac' (U+20AC)", 1, 6},
	{"a\u00a0b", "SyntaxError", "invalid non-printable character U+00A0", 1, 2},
	{"a\u200bb", "SyntaxError", "invalid non-printable character U+200B", 1, 2},
	{"\u00b0", "SyntaxError", "invalid character '\u00b0' (U+00B0)", 1, 1},
	{"x = \u0001", "SyntaxError", "invalid non-printable character U+0001", 1, 5},
	{"x = (1,\n 2", "SyntaxError", "'(' was never closed", 1, 5},
	{"foo(1,\n[2,\n", "SyntaxError", "'[' was never closed", 2, 1},
	{"(\n", "SyntaxError", "'(' was never closed", 1, 1},
	{"x = {1: [2, (3,\n", "SyntaxError", "'(' was never closed", 1, 13},
	{"x)", "SyntaxError", "unmatched ')'", 1, 2},
	{"x = [1, 2]]", "SyntaxError", "unmatched ']'", 1, 11},
	{"(]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 2},
	{"foo(1,\n2]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2},
	{"{)", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '{'", 1, 2},
	{"'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1},
	{"x = 'abc\ny", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
	{"x = 'abc\\\ny", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 5},
	{"x = '''abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
	{"x = '''abc\n\nd", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5},
	{"x = \"\"\"\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5},
	{"s = rb'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
	{"x = \\", "SyntaxError", "unexpected EOF while parsing", 1, 6},
	{"x = \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 6},
	{"\\\n", "SyntaxError", "unexpected EOF while parsing", 1, 2},
	{"x = 1 \\ 2", "SyntaxError", "unexpected character after line continuation character", 1, 8},
	{"x = 1 \\# c\n", "SyntaxError", "unexpected character after line continuation character", 1, 8},
	{"if 1:\n    x\n  yyy = 1\n", "IndentationError", "unindent does not match any outer indentation level", 3, 10},
	{"if 1:\n    x\n  yyy = 1", "IndentationError", "unindent does not match any outer indentation level", 3, 10},
	{"if 1:\n\tx\n        y\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1},
	{"if 1:\n        x\n\ty\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1},
	{"if 1:\n    if 2:\n        x\n      y\n", "IndentationError", "unindent does not match any outer indentation level", 4, 8},
}

func TestErrorsMatchCPython(t *testing.T) {
	for _, c := range errorCases {
		e := lexErr(t, c.src)
		require.Equal(t, c.kind, e.Kind, "%q", c.src)
		require.Equal(t, c.msg, e.Msg, "%q", c.src)
		require.Equal(t, c.line, e.Pos.Line, "line of %q", c.src)
		require.Equal(t, c.col, e.Pos.Column, "column of %q", c.src)
		require.Equal(t, "t.sp", e.Pos.Filename)
	}
}

func TestErrorsIncomplete(t *testing.T) {
	for src, incomplete := range map[string]bool{
		"x = (1,\n":           true,
		"f(\n  [1,\n":         true,
		"s = '''abc\n":        true,
		"x = 1 + \\\n":        true,
		"x = \\":              true,
		"s = 'abc\n":          false,
		"x)":                  false,
		"x = 1 \\ 2":          false,
		"if 1:\n  x\n y\n":    false,
		"s = '''abc''' + (\n": true,
	} {
		require.Equal(t, incomplete, lexErr(t, src).Incomplete, "%q", src)
	}
}

func TestErrorsSpindle(t *testing.T) {
	for src, want := range map[string]string{
		"x = 1\x00":                "t.sp:1:6: SyntaxError: source code cannot contain null bytes",
		"x = 1\n'\xff'":            "t.sp:2:1: SyntaxError: Non-UTF-8 code starting with '\\xff' in file t.sp on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
		"x = (" + repeat("(", 200): "t.sp:1:205: SyntaxError: too many nested parentheses",
	} {
		require.EqualError(t, lexErr(t, src), want, "%q", src)
	}
}

func TestTooDeep(t *testing.T) {
	src := ""
	for i := 0; i < 100; i++ {
		src += repeat(" ", i) + "if x:\n"
	}
	e := lexErr(t, src+repeat(" ", 100)+"pass\n")
	require.Equal(t, "IndentationError", e.Kind)
	require.Equal(t, "too many levels of indentation", e.Msg)
	require.Equal(t, 101, e.Pos.Line)
	require.Equal(t, 1, e.Pos.Column)
}

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}
