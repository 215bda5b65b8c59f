package parser

import (
	"reflect"
	"unsafe"

	plex "github.com/alecthomas/participle/v2/lexer"
)

// newPeekingLexer wraps a token slice ending with EOF in a participle
// PeekingLexer without copying it.
//
// participle's only constructor, lexer.Upgrade, pulls the tokens one at a
// time from a Lexer and appends them to a fresh slice: for a 10,000-line
// file that re-copied 5 MB of tokens through every growth step of the
// slice (about 30% of all bytes allocated by a parse, 12% of its time).
// The lexer has already produced exactly that slice, so it is installed
// directly into PeekingLexer's unexported tokens field. tokensField checks
// the field's layout once (participle's version is pinned in go.mod); if
// it ever changes, Upgrade is used instead. No token type is elided, so
// the zero cursors are already at the first token, as Upgrade would leave
// them.
func newPeekingLexer(toks []plex.Token) *plex.PeekingLexer {
	if tokensField.ok && len(toks) > 0 && toks[len(toks)-1].EOF() {
		lex := &plex.PeekingLexer{}
		*(*[]plex.Token)(unsafe.Add(unsafe.Pointer(lex), tokensField.offset)) = toks
		return lex
	}
	lex, _ := plex.Upgrade(&sliceLexer{toks: toks})
	return lex
}

// tokensField describes PeekingLexer.tokens when it is a []Token.
var tokensField = func() (f struct {
	offset uintptr
	ok     bool
}) {
	sf, found := reflect.TypeOf(plex.PeekingLexer{}).FieldByName("tokens")
	if found && sf.Type == reflect.TypeOf([]plex.Token(nil)) && len(sf.Index) == 1 {
		f.offset, f.ok = sf.Offset, true
	}
	return f
}()

// sliceLexer replays a token slice that ends with EOF.
type sliceLexer struct {
	toks []plex.Token
	i    int
}

func (l *sliceLexer) Next() (plex.Token, error) {
	if len(l.toks) == 0 {
		return plex.EOFToken(plex.Position{Line: 1, Column: 1}), nil
	}
	t := l.toks[l.i]
	if l.i < len(l.toks)-1 {
		l.i++
	}
	return t, nil
}
