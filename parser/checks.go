package parser

import (
	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"
	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/lexer"
)

// This file holds the structural checks of the grammar: small types that
// consume (or only look at) one token and report CPython's message when it
// is not what the grammar needs. They are participle.Parseable types
// rather than ParseTypeWith hooks: participle calls a ParseTypeWith
// function through reflect.Value.Call (several allocations per call) and
// a Parseable through an interface method, and allocating the zero-size
// ones is free (measured: 5% fewer allocations on BenchmarkParse10kLines).
type (
	colon         struct{} // ':' ("expected ':'" only before a newline)
	forcedColon   struct{} // ':' ("expected ':'" before anything)
	indentTok     struct{} // INDENT of a block
	tryCheck      struct{} // 'except' or 'finally' must follow a try body
	awaitColon    struct{} // ':' of 'await:'
	asyncColon    struct{} // ':' of 'async:'
	trailingComma struct{} // a ',' ending an unparenthesized import list
	simpleGuard   struct{} // a line of simple statements may start here (consumes nothing)
	semicolon     struct{} // the ';' between two simple statements
	assignOp      struct{} // '=', an augmented assignment operator or ':'
)

// Parse consumes the ':' ending a compound statement header. Like
// CPython, it says "expected ':'" only before the end of the line.
func (*colon) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	if isOpTok(t, ":") {
		lex.Next()
		return nil
	}
	if t.Type == lexer.Newline || t.Type == lexer.EOF {
		bailAt(t, "expected ':'")
	}
	invalidSyntax(t)
	return nil
}

// Parse consumes the ':' after 'def ...', 'try', 'else' or 'finally',
// which CPython requires with "expected ':'" whatever follows.
func (*forcedColon) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	if !isOpTok(t, ":") {
		bailAt(t, "expected ':'")
	}
	lex.Next()
	return nil
}

// Parse consumes the INDENT that starts a block, or reports the
// missing block after the header the block belongs to.
func (*indentTok) Parse(lex *plex.PeekingLexer) error {
	if lex.Peek().Type == lexer.Indent {
		lex.Next()
		return nil
	}
	// The header is the logical line ending with the NEWLINE just consumed.
	toks := lex.Range(0, lex.RawCursor())
	nl := &toks[len(toks)-1]
	i := len(toks) - 2
	for i > 0 && !isLineStart(toks[i-1].Type) {
		i--
	}
	head := &toks[max(i, 0)]
	msg := "expected an indented block"
	switch head.Value {
	case "def":
		msg = sprintf("expected an indented block after function definition on line %d", head.Pos.Line)
	case "class":
		msg = sprintf("expected an indented block after class definition on line %d", head.Pos.Line)
	case "if", "elif", "else", "for", "while", "try", "except", "finally", "with", "await", "async":
		kw := head.Value
		if kw == "except" && i+1 < len(toks) && isOpTok(&toks[i+1], "*") {
			kw = "except*"
		}
		msg = sprintf("expected an indented block after '%s' statement on line %d", kw, head.Pos.Line)
	}
	next, atEOF := nextSignificant(lex)
	err := &parseError{kind: "IndentationError", msg: msg, line: next.Pos.Line, col: next.Pos.Column}
	if lex.Peek().Type == lexer.Dedent {
		err.col = 0 // CPython's column for a line that dedents
	}
	if atEOF {
		err.line, err.col, err.incomplete = nl.Pos.Line, nl.Pos.Column, true
	}
	bail(err)
	return nil
}

func isLineStart(t plex.TokenType) bool {
	return t == lexer.Newline || t == lexer.Indent || t == lexer.Dedent
}

// nextSignificant returns the next token that is not a DEDENT, and
// whether it is EOF.
func nextSignificant(lex *plex.PeekingLexer) (*plex.Token, bool) {
	cp := lex.MakeCheckpoint()
	defer lex.LoadCheckpoint(cp)
	for lex.Peek().Type == lexer.Dedent {
		lex.Next()
	}
	t := lex.Peek()
	return t, t.Type == lexer.EOF
}

// exceptStar is the '*' of an except* clause (end: its span).
type exceptStar struct{ end ast.Pos }

// Parse consumes the '*' of an except* clause; like CPython, a missing
// exception type after it is "expected one or more exception types".
func (s *exceptStar) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	if !isOpTok(t, "*") {
		return participle.NextMatch
	}
	s.end = tokPos(lex.Next())
	if next := lex.Peek(); !exprStart(next) {
		bailAt(next, "expected one or more exception types")
	}
	return nil
}

// Parse checks that an except or finally clause follows a try
// body; it consumes nothing.
func (*tryCheck) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	if t.Type == lexer.Keyword && (t.Value == "except" || t.Value == "finally") {
		return nil
	}
	next, atEOF := nextSignificant(lex)
	err := errAtToken(next, "expected 'except' or 'finally' block")
	if atEOF {
		// CPython points at the end of the body's last line.
		toks := lex.Range(0, lex.RawCursor())
		for i := len(toks) - 1; i >= 0; i-- {
			if toks[i].Type == lexer.Newline {
				err.line, err.col = toks[i].Pos.Line, toks[i].Pos.Column
				break
			}
		}
		err.incomplete = true
	}
	bail(err)
	return nil
}

// prevToken is the token just consumed (the first token if none was).
func prevToken(lex *plex.PeekingLexer) *plex.Token {
	cur := lex.RawCursor()
	if cur == 0 {
		return &lex.Range(0, 1)[0]
	}
	return &lex.Range(cur-1, cur)[0]
}

// Parse consumes the ':' of an 'await:' block; 'await' followed by
// anything else is Python's await expression, which Spindle leaves out.
func (*awaitColon) Parse(lex *plex.PeekingLexer) error {
	if isOpTok(lex.Peek(), ":") {
		lex.Next()
		return nil
	}
	bailAt(prevToken(lex), msgAwaitExpr)
	return nil
}

// Parse consumes the ':' of an 'async:' block and reports Python's
// 'async def', 'async for' and 'async with'.
func (*asyncColon) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	if isOpTok(t, ":") {
		lex.Next()
		return nil
	}
	if t.Type == lexer.Keyword {
		switch t.Value {
		case "def":
			bailAt(prevToken(lex), msgAsyncDef)
		case "for":
			bailAt(prevToken(lex), msgAsyncFor)
		case "with":
			bailAt(prevToken(lex), msgAsyncWith)
		}
	}
	if t.Type == lexer.Newline || t.Type == lexer.EOF {
		bailAt(t, "expected ':'")
	}
	invalidSyntax(t)
	return nil
}

// Parse reports `from m import a, b,` (only matches a ',' at
// the end of the statement).
func (*trailingComma) Parse(lex *plex.PeekingLexer) error {
	if !isOpTok(lex.Peek(), ",") {
		return participle.NextMatch
	}
	cp := lex.MakeCheckpoint()
	lex.Next()
	t := lex.Peek()
	lex.LoadCheckpoint(cp)
	if t.Type == lexer.Newline || t.Type == lexer.EOF || isOpTok(t, ";") {
		bailAt(t, "trailing comma not allowed without surrounding parentheses")
	}
	return participle.NextMatch
}

// Parse lets a line of simple statements start, unless the next token
// starts a compound statement or cannot start any statement.
func (*simpleGuard) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	switch t.Type {
	case lexer.Keyword:
		switch t.Value {
		case "if", "for", "while", "def", "class", "try", "with", "await", "async":
			return participle.NextMatch
		}
	case lexer.Newline, lexer.Indent, lexer.Dedent, lexer.EOF:
		return participle.NextMatch
	case lexer.Op:
		if t.Value == "@" {
			return participle.NextMatch
		}
	}
	return nil
}

// Parse consumes a ';' followed by another statement; a ';' ending the
// line is left to the grammar, and ";;" is CPython's "invalid syntax" at
// the second one.
func (*semicolon) Parse(lex *plex.PeekingLexer) error {
	if !isOpTok(lex.Peek(), ";") {
		return participle.NextMatch
	}
	cp := lex.MakeCheckpoint()
	lex.Next()
	switch next := lex.Peek(); {
	case next.Type == lexer.Newline || next.Type == lexer.EOF:
		lex.LoadCheckpoint(cp)
		return participle.NextMatch
	case isOpTok(next, ";"):
		invalidSyntax(next)
	}
	return nil
}

// Parse consumes an assignment operator.
func (*assignOp) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	if t.Type != lexer.Op {
		return participle.NextMatch
	}
	switch t.Value {
	case "=", ":":
	default:
		if _, ok := ast.BinaryOpFromText(t.Value); !ok || t.Value[len(t.Value)-1] != '=' {
			return participle.NextMatch
		}
	}
	lex.Next()
	return nil
}
