package parser

import (
	"errors"
	"strings"
	"sync"

	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"
	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/lexer"
)

var (
	buildOnce  sync.Once
	stmtParser *participle.Parser[stmt]
)

// theParser returns the participle parser of one statement, built on first
// use (building reflects over the whole grammar, which costs about a
// millisecond).
func theParser() *participle.Parser[stmt] {
	buildOnce.Do(func() {
		opts := []participle.Option{participle.Lexer(lexer.Def), participle.UseLookahead(0)}
		stmtParser = participle.MustBuild[stmt](append(opts, hookOptions()...)...)
	})
	return stmtParser
}

// ParseFile parses a whole source file. The error, if any, is an
// *ast.SyntaxError.
func ParseFile(filename string, src []byte) (*ast.Module, error) {
	s := &source{filename: filename, src: src}
	toks, lexErr := lexer.Tokenize(filename, src)
	if lexErr != nil {
		return nil, s.syntaxError(s.lexerError(toks, lexErr))
	}
	body, err := parseStmts(toks)
	if err != nil {
		return nil, s.syntaxError(err)
	}
	mod := &ast.Module{Pos: ast.Pos{Line: 1, Col: 1, EndLine: 1, EndCol: 1}, File: filename, Body: body}
	if len(body) > 0 {
		mod.Pos = span(mod.Pos, body[len(body)-1].Position())
	}
	return mod, nil
}

// parseStmts parses the statements of a token stream ending with EOF, one
// top-level statement at a time, converting each before parsing the next
// so that the first error in the source is the one reported.
func parseStmts(toks []plex.Token) (body []ast.Stmt, err error) {
	defer catch(&err)
	lex := newPeekingLexer(toks)
	p := theParser()
	for {
		t := lex.Peek()
		if t.EOF() {
			return body, nil
		}
		if t.Type == lexer.Indent {
			return nil, &participle.UnexpectedTokenError{Unexpected: *t}
		}
		st, err := p.ParseFromLexer(lex, participle.AllowTrailing(true))
		if err != nil {
			return nil, err
		}
		body = append(body, convStmt(st)...)
	}
}

// lexerError decides which error to report when the lexer stopped with
// lexErr after producing toks. CPython tokenizes lazily, so a syntax error
// on a line before the lexer's error wins, unless it is a plain "invalid
// syntax": CPython then scans the rest of the file and prefers a
// tokenizer error, or an unclosed bracket opened on an earlier line.
func (s *source) lexerError(toks []plex.Token, lexErr error) error {
	var le *lexer.Error
	if !errors.As(lexErr, &le) || len(toks) == 0 {
		return lexErr
	}
	// End the partial stream where the lexer stopped.
	last := toks[len(toks)-1]
	el, ec := tokEnd(&last)
	if last.Type == lexer.Newline {
		el, ec = last.Pos.Line+1, 1
	}
	// The EOF token stands one column past the last token's end, so that
	// a parse that read the EOF (ran out of input) is told apart from one
	// that failed on the last real token (a genuine error: `def f(:`).
	ec++
	toks = append(toks[:len(toks):len(toks)], plex.Token{Type: lexer.EOF, Pos: plex.Position{Filename: s.filename, Line: el, Column: ec}})
	_, err := parseStmts(toks)
	var pe *parseError
	if err == nil {
		return lexErr
	}
	if !errors.As(err, &pe) {
		var ute *participle.UnexpectedTokenError
		if !errors.As(err, &ute) || ute.Unexpected.EOF() {
			return lexErr
		}
		pe = s.unexpected(&ute.Unexpected)
	}
	eofPos := &parseError{line: el, col: ec}
	readTo := &parseError{line: pe.readLine, col: pe.readCol}
	if readTo.line == 0 {
		readTo.line, readTo.col = pe.endLine, pe.endCol
	}
	if pe.incomplete || !after(eofPos, pe) || !after(eofPos, readTo) {
		return lexErr // the parse ran into the end of the partial stream
	}
	// An unclosed bracket is found at the end of the file, where CPython
	// blames it unless the syntax error was found before the parser read
	// past the bracket's line.
	if strings.HasSuffix(le.Msg, "was never closed") {
		if max(pe.line, readTo.line) > le.Pos.Line {
			return lexErr
		}
		return pe
	}
	// Indentation errors do not override a syntax error before them
	// (CPython's tokenizer reports those lazily). Other lexer errors win
	// when they are on the same line as the syntax error (CPython has
	// scanned that line already), and over a plain "invalid syntax"
	// anywhere (CPython then scans the rest of the file).
	if le.Kind != "SyntaxError" || le.Msg == "unexpected EOF while parsing" {
		return pe
	}
	if pe.line >= le.Pos.Line || pe.msg == "invalid syntax" {
		return lexErr
	}
	return pe
}

// ParseExpr parses a single expression (or a bare tuple), as eval() does:
// leading whitespace is ignored. The error, if any, is an
// *ast.SyntaxError.
func ParseExpr(filename string, src []byte) (ast.Expr, error) {
	s := &source{filename: filename, src: src}
	toks, lexErr := lexer.Tokenize(filename, src)
	if lexErr != nil {
		return nil, s.syntaxError(lexErr)
	}
	// eval() strips leading spaces and tabs: drop the indentation tokens.
	kept := toks[:0:0]
	for _, t := range toks {
		if t.Type != lexer.Indent && t.Type != lexer.Dedent {
			kept = append(kept, t)
		}
	}
	e, err := parseExprTokens(kept)
	if err != nil {
		return nil, s.syntaxError(err)
	}
	return e, nil
}

func parseExprTokens(toks []plex.Token) (e ast.Expr, err error) {
	defer catch(&err)
	p := newExprParser(newPeekingLexer(toks))
	if !yieldStart(p.peek()) {
		invalidSyntax(p.peek())
	}
	e = p.starExprsOrYield()
	if p.peek().Type == lexer.Newline {
		p.next()
	}
	if !p.peek().EOF() {
		p.expectSep(e)
	}
	return e, nil
}
