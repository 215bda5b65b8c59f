package lexer

import (
	"fmt"
	"strings"
	"unicode/utf8"

	plexer "github.com/alecthomas/participle/v2/lexer"
)

// Error is a scanning error, reported to the user as a Python exception.
type Error struct {
	Kind string          // "SyntaxError", "IndentationError" or "TabError"
	Msg  string          // CPython 3.11's message
	Pos  plexer.Position // where CPython points (1-based line and column)
	// Incomplete is true when more input could make the source valid
	// (an open bracket or triple-quoted string, a backslash at EOF); the
	// REPL then asks for a continuation line.
	Incomplete bool

	place place // for literal errors: where AtToken puts them
}

// place says where CPython 3.11 reports an error found inside a literal.
type place uint8

const (
	placeStart place = iota // at the literal's first character
	placeLast               // at its last character (the closing quote)
	placeEnd                // just past its end (f-string syntax errors)
)

func (e *Error) at(p place) *Error {
	e.place = p
	return e
}

func (e *Error) Error() string {
	if e.Pos.Line == 0 {
		return fmt.Sprintf("%s: %s", e.Kind, e.Msg)
	}
	return fmt.Sprintf("%s: %s: %s", e.Pos, e.Kind, e.Msg)
}

func syntaxError(pos plexer.Position, format string, args ...any) *Error {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return &Error{Kind: "SyntaxError", Msg: msg, Pos: pos}
}

// literalError is an error found inside a literal by DecodeString or
// ParseFString: Pos.Line is 0 and Pos.Offset is the byte offset in the
// literal's text. AtToken turns it into a file position; the default
// place is placeEnd, where CPython reports f-string errors.
func literalError(offset int, format string, args ...any) *Error {
	e := syntaxError(plexer.Position{}, format, args...)
	e.Pos.Offset = offset
	e.place = placeEnd
	return e
}

// AtToken places an error returned by DecodeString or ParseFString for
// the String token tok where CPython 3.11 reports it: a bad escape at the
// literal's closing quote, non-ASCII bytes at its start, f-string syntax
// errors just past its end. Other errors are returned unchanged.
func AtToken(err error, tok plexer.Token) error {
	e, ok := err.(*Error)
	if !ok || e.Pos.Line != 0 {
		return err
	}
	c := *e
	switch e.place {
	case placeStart:
		c.Pos = tok.Pos
	case placeLast:
		c.Pos = PosIn(tok, max(len(tok.Value)-1, 0))
	default:
		c.Pos = EndPos(tok)
	}
	return &c
}

// EndPos returns the position just past the end of tok.
func EndPos(tok plexer.Token) plexer.Position {
	return PosIn(tok, len(tok.Value))
}

// PosIn returns the file position of byte offset off inside tok.Value
// (for example FPart.ExprOffset), counting lines and runes.
func PosIn(tok plexer.Token, off int) plexer.Position {
	p := tok.Pos
	text := tok.Value[:off]
	p.Offset += off
	if nl := strings.LastIndexAny(text, "\n\r"); nl >= 0 {
		p.Line += lineBreaks(text)
		p.Column = 1 + utf8.RuneCountInString(text[nl+1:])
	} else {
		p.Column += utf8.RuneCountInString(text)
	}
	return p
}

// lineBreaks counts line ends ("\n", "\r\n" or a lone "\r") in text.
func lineBreaks(text string) int {
	n := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			n++
		case '\r':
			if i+1 >= len(text) || text[i+1] != '\n' {
				n++
			}
		}
	}
	return n
}
