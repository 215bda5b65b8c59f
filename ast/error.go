package ast

import "fmt"

// SyntaxError is a compile-time error found by the lexer, the parser or the
// interpreter's resolver. Kind is "SyntaxError" or "IndentationError" (the
// Python exception class to raise). Line and Col are 1-based (Col counts
// runes; 0 when unknown). EndLine and EndCol end the offending range, just
// past its last character like Pos.EndCol (CPython's end_lineno and
// end_offset: a caret under each character of the range); 0 when unknown
// (a single caret). Text is the source line, without its newline.
// Incomplete is true when more input could make the program valid (EOF in
// an open bracket, string or block): the REPL uses it to ask for another
// line.
type SyntaxError struct {
	Kind            string
	Msg             string
	File            string
	Line, Col       int
	EndLine, EndCol int
	Text            string
	Incomplete      bool
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.File, e.Line, e.Col, e.Kind, e.Msg)
}
