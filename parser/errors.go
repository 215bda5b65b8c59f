package parser

import (
	"errors"
	"fmt"
	"strings"

	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"
	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/lexer"
)

// parseError is a syntax error found by the parser. The hand-written parts
// report it by panicking (see bail); ParseFile recovers it and turns it
// into an *ast.SyntaxError.
type parseError struct {
	kind      string // "" means "SyntaxError"
	msg       string
	line, col int
	// endLine and endCol end the range blamed (ast.SyntaxError's); 0 when
	// unknown.
	endLine, endCol int
	// readLine and readCol end what the parser read to find the error
	// (lexerError compares them with the lexer's error); 0: the range.
	readLine, readCol int
	incomplete        bool
}

func (e *parseError) Error() string {
	return fmt.Sprintf("%d:%d: %s", e.line, e.col, e.msg)
}

// Message and Position make parseError a participle.Error.
func (e *parseError) Message() string { return e.msg }
func (e *parseError) Position() plex.Position {
	return plex.Position{Line: e.line, Column: e.col}
}

// bail aborts the parse with err.
func bail(err *parseError) {
	panic(err)
}

// bailAt aborts the parse with a SyntaxError at the start of token t.
func bailAt(t *plex.Token, format string, args ...any) {
	bail(errAtToken(t, format, args...))
}

// errAtToken is a SyntaxError blaming token t.
func errAtToken(t *plex.Token, format string, args ...any) *parseError {
	e := &parseError{msg: sprintf(format, args...), line: t.Pos.Line, col: t.Pos.Column}
	switch t.Type {
	case lexer.EOF, lexer.Newline, lexer.Indent, lexer.Dedent:
		// CPython shows a single caret there.
	default:
		e.endLine, e.endCol = tokEnd(t)
	}
	return e
}

// bailPos aborts the parse with a SyntaxError at the start of p.
func bailPos(p ast.Pos, format string, args ...any) {
	bail(&parseError{msg: sprintf(format, args...), line: p.Line, col: p.Col, endLine: p.EndLine, endCol: p.EndCol})
}

// bailStart aborts the parse with a SyntaxError at the start of p with no
// range (CPython shows a single caret).
func bailStart(p ast.Pos, format string, args ...any) {
	bail(&parseError{msg: sprintf(format, args...), line: p.Line, col: p.Col})
}

// invalidSyntax aborts with CPython's generic message at token t.
func invalidSyntax(t *plex.Token) {
	bailAt(t, "invalid syntax")
}

func sprintf(format string, args ...any) string {
	if len(args) == 0 {
		return format
	}
	return fmt.Sprintf(format, args...)
}

// catch recovers a bailout into *err; other panics go on.
func catch(err *error) {
	if r := recover(); r != nil {
		pe, ok := r.(*parseError)
		if !ok {
			panic(r)
		}
		*err = pe
	}
}

// fromLexerError converts a lexer error (placed with lexer.AtToken when it
// concerns a literal) into a parseError.
func fromLexerError(err error) *parseError {
	var le *lexer.Error
	if errors.As(err, &le) {
		kind := le.Kind
		if kind == "SyntaxError" {
			kind = ""
		}
		return &parseError{kind: kind, msg: le.Msg, line: le.Pos.Line, col: le.Pos.Column, incomplete: le.Incomplete}
	}
	return &parseError{msg: err.Error()}
}

// source is what error reporting needs to know about the file being parsed.
type source struct {
	filename string
	src      []byte
}

// syntaxError converts any error of a parse into an *ast.SyntaxError.
func (s *source) syntaxError(err error) *ast.SyntaxError {
	var pe *parseError
	var ute *participle.UnexpectedTokenError
	var le *lexer.Error
	switch {
	case errors.As(err, &pe):
	case errors.As(err, &le):
		pe = fromLexerError(le)
	case errors.As(err, &ute):
		pe = s.unexpected(&ute.Unexpected)
	default:
		pe = &parseError{msg: "invalid syntax"}
		var perr participle.Error
		if errors.As(err, &perr) {
			pe.line, pe.col = perr.Position().Line, perr.Position().Column
		}
	}
	kind := pe.kind
	if kind == "" {
		kind = "SyntaxError"
	}
	line, col := pe.line, pe.col
	endLine, endCol := pe.endLine, pe.endCol
	if n := s.lineCount(); line > n {
		// At the end of the file: point just past the last line.
		line = n
		col = runeLen(s.line(n)) + 1
		endLine, endCol = 0, 0
	}
	if kind == "IndentationError" || endLine < line || (endLine == line && endCol <= col) {
		endLine, endCol = 0, 0 // a single caret, as CPython shows these
	}
	return &ast.SyntaxError{
		Kind:       kind,
		Msg:        pe.msg,
		File:       s.filename,
		Line:       line,
		Col:        col,
		EndLine:    endLine,
		EndCol:     endCol,
		Text:       s.line(line),
		Incomplete: pe.incomplete,
	}
}

// unexpected describes a token participle did not expect.
func (s *source) unexpected(t *plex.Token) *parseError {
	switch t.Type {
	case lexer.Indent:
		// CPython points at the last character of the indentation.
		col := t.Pos.Column - 1
		if col < 1 {
			col = 1
		}
		return &parseError{kind: "IndentationError", msg: "unexpected indent", line: t.Pos.Line, col: col}
	case lexer.EOF:
		return &parseError{msg: "invalid syntax", line: t.Pos.Line, col: t.Pos.Column, incomplete: true}
	}
	return errAtToken(t, "invalid syntax")
}

// line returns source line n (1-based) without its line end.
func (s *source) line(n int) string {
	src := s.src
	for i := 1; i < n; i++ {
		j := indexLineEnd(src)
		if j < 0 {
			return ""
		}
		if src[j] == '\r' && j+1 < len(src) && src[j+1] == '\n' {
			j++
		}
		src = src[j+1:]
	}
	if j := indexLineEnd(src); j >= 0 {
		src = src[:j]
	}
	return strings.TrimPrefix(string(src), "\uFEFF")
}

// lineCount is the number of lines of the source (at least 1).
func (s *source) lineCount() int {
	n := 1
	src := s.src
	for {
		j := indexLineEnd(src)
		if j < 0 || j == len(src)-1 || (src[j] == '\r' && j+2 == len(src) && src[j+1] == '\n') {
			return n
		}
		if src[j] == '\r' && src[j+1] == '\n' {
			j++
		}
		src = src[j+1:]
		n++
	}
}

func indexLineEnd(b []byte) int {
	for i, c := range b {
		if c == '\n' || c == '\r' {
			return i
		}
	}
	return -1
}
