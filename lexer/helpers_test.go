package lexer

import (
	"strings"
	"testing"

	plexer "github.com/alecthomas/participle/v2/lexer"
	"github.com/stretchr/testify/require"
)

// render shows a token stream compactly: values for Name, Keyword, Op
// and literals, NL, IN, DE and EOF for the layout tokens.
func render(toks []plexer.Token) string {
	out := make([]string, len(toks))
	for i, t := range toks {
		switch t.Type {
		case Newline:
			out[i] = "NL"
		case Indent:
			out[i] = "IN"
		case Dedent:
			out[i] = "DE"
		case EOF:
			out[i] = "EOF"
		default:
			out[i] = t.Value
		}
	}
	return strings.Join(out, " ")
}

// lex tokenizes src, requiring success.
func lex(t *testing.T, src string) []plexer.Token {
	t.Helper()
	toks, err := TokenizeString("t.sp", src)
	require.NoError(t, err, "source %q", src)
	require.NotEmpty(t, toks)
	require.Equal(t, EOF, toks[len(toks)-1].Type)
	return toks
}

func lexRender(t *testing.T, src string) string {
	t.Helper()
	return render(lex(t, src))
}

// lexErr tokenizes src, requiring an *Error.
func lexErr(t *testing.T, src string) *Error {
	t.Helper()
	_, err := TokenizeString("t.sp", src)
	require.Error(t, err, "source %q", src)
	e, ok := err.(*Error)
	require.True(t, ok, "%T", err)
	return e
}
