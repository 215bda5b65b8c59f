package lexer

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Expected values come from CPython 3.11 (eval of the literal).
var decodeCases = []struct {
	lit     string
	value   string
	isBytes bool
}{
	{"'abc'", "abc", false},
	{"\"abc\"", "abc", false},
	{"''", "", false},
	{"\"\"", "", false},
	{"''''''", "", false},
	{"'''a'b''c'''", "a'b''c", false},
	{"\"\"\"x\ny\"\"\"", "x\x0ay", false},
	{"'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r'", "\x0a\x09\\'\"\x07\x08\x0c\x0b\x0d", false},
	{"'\\0\\7\\77\\101\\1234\\777'", "\x00\x07?AS4\u01ff", false},
	{"'\\x41\\xff\\xFf'", "A\u00ff\u00ff", false},
	{"'\\u00e9\\u20AC'", "\u00e9\u20ac", false},
	{"'\\U0001F600\\U00000041'", "\U0001f600A", false},
	{"'\\N{BULLET}\\N{em dash}\\N{GREEK SMALL LETTER ALPHA}'", "\u2022\u2014\u03b1", false},
	{"'\\q\\d\\w\\ \\é'", "\\q\\d\\w\\ \\\u00e9", false},
	{"'a\\\nb'", "ab", false},
	{"'''a\\\r\nb'''", "ab", false},
	{"'''a\r\nb\rc'''", "a\x0ab\x0ac", false},
	{"r'\\n\\x'", "\\n\\x", false},
	{"R'\\''", "\\'", false},
	{"r'''a\\\nb'''", "a\\\x0ab", false},
	{"u'é'", "\u00e9", false},
	{"U'\\x41'", "A", false},
	{"b'abc'", "abc", true},
	{"B'\\x00\\xff\\n'", "\x00\xff\x0a", true},
	{"b'\\777\\101'", "\xffA", true},
	{"b'\\u1234\\N{BULLET}\\q'", "\\u1234\\N{BULLET}\\q", true},
	{"rb'\\n'", "\\n", true},
	{"Rb'\\x'", "\\x", true},
	{"bR'a'", "a", true},
	{"BR'a'", "a", true},
	{"br'\\''", "\\'", true},
	{"'é€😀'", "\u00e9\u20ac\U0001f600", false},
	{"'\\\\N{x}'", "\\N{x}", false},
}

func TestDecodeString(t *testing.T) {
	for _, c := range decodeCases {
		// The scanner yields the literal as one token.
		toks := lex(t, c.lit)
		require.Equal(t, String, toks[0].Type, c.lit)
		require.Equal(t, c.lit, toks[0].Value)
		require.False(t, IsFString(c.lit))
		require.Equal(t, c.isBytes, IsBytes(c.lit))

		v, isBytes, err := DecodeString(c.lit)
		require.NoError(t, err, c.lit)
		require.Equal(t, c.value, v, c.lit)
		require.Equal(t, c.isBytes, isBytes, c.lit)
	}
}

func TestStringTokens(t *testing.T) {
	// Adjacent literals stay separate tokens; prefixes are part of them.
	require.Equal(t, `'a' "b" rb'c' F'{d}' NL EOF`, lexRender(t, `'a' "b" rb'c' F'{d}'`))
	for _, p := range []string{"r", "u", "R", "U", "f", "F", "b", "B", "br", "Br", "bR", "BR", "rb", "rB", "Rb", "RB", "fr", "Fr", "fR", "FR", "rf", "rF", "Rf", "RF"} {
		for _, q := range []string{`'x'`, `"x"`, `'''x'''`, `"""x"""`} {
			toks := lex(t, p+q)
			require.Equal(t, String, toks[0].Type, p+q)
			require.Equal(t, p+q, toks[0].Value)
		}
	}
	// Not prefixes: the word is a Name.
	require.Equal(t, `ub 'x' NL EOF`, lexRender(t, `ub'x'`))
	require.Equal(t, `bf 'x' NL EOF`, lexRender(t, `bf'x'`))
	require.Equal(t, `rr 'x' NL EOF`, lexRender(t, `rr'x'`))
	// Quotes, escapes and newlines inside literals.
	require.Equal(t, `'it\'s' NL EOF`, lexRender(t, `'it\'s'`))
	require.Equal(t, `"a\\" b NL EOF`, lexRender(t, `"a\\" b`))
	require.Equal(t, `'''a''b''' NL EOF`, lexRender(t, `'''a''b'''`))
	toks := lex(t, "x = '''a\nb\n''' + 'c\\\nd'\ny")
	require.Equal(t, "x = '''a\nb\n''' + 'c\\\nd' NL y NL EOF", render(toks))
	require.Equal(t, 3, toks[3].Pos.Line) // +
	require.Equal(t, 5, toks[3].Pos.Column)
	require.Equal(t, "y", toks[6].Value)
	require.Equal(t, 5, toks[6].Pos.Line)
}

func TestDecodeStringErrors(t *testing.T) {
	// Messages and positions from CPython 3.11 (token at column 1).
	for _, c := range []struct {
		lit, msg string
		col      int
	}{
		{`'\x4'`, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape`, 5},
		{`'ab\x4g'`, `(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \xXX escape`, 8},
		{`b'\x4'`, `(value error) invalid \x escape at position 0`, 6},
		{`b'ab\xg'`, `(value error) invalid \x escape at position 2`, 8},
		{`'\u12'`, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape`, 6},
		{`'\U0011ffff'`, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character`, 12},
		{`'\U12'`, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \UXXXXXXXX escape`, 6},
		{`'\N{nope}'`, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name`, 10},
		{`'\N'`, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape`, 4},
		{`'\N{abc'`, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: malformed \N character escape`, 8},
		{`b'é'`, `bytes can only contain ASCII literal characters`, 1},
		{`b'\é'`, `bytes can only contain ASCII literal characters`, 1},
		{`rb'é'`, `bytes can only contain ASCII literal characters`, 1},
	} {
		toks := lex(t, c.lit)
		_, _, err := DecodeString(c.lit)
		require.Error(t, err, c.lit)
		err = AtToken(err, toks[0])
		e := err.(*Error)
		require.Equal(t, "SyntaxError", e.Kind)
		require.Equal(t, c.msg, e.Msg, c.lit)
		require.Equal(t, 1, e.Pos.Line, c.lit)
		require.Equal(t, c.col, e.Pos.Column, c.lit)
	}
}
