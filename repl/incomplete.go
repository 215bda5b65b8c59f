package repl

import (
	"errors"
	"strings"
	"unicode/utf8"

	plexer "github.com/alecthomas/participle/v2/lexer"

	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/lexer"
	"github.com/spindle-lang/spindle/parser"
)

// inputState says what the REPL does with the lines typed so far.
type inputState int

const (
	stateRun  inputState = iota // run the input (or report its error)
	stateMore                   // ask for another line ("... ")
	stateSkip                   // nothing but blanks and comments
)

// checkInput decides, with the real lexer and parser, whether the lines
// typed so far (without their newlines) form a whole input. The rules
// are CPython's:
//
//   - an open bracket, an unterminated triple-quoted string or a
//     trailing backslash continue, even across blank lines (the lexer
//     reports them as Incomplete);
//   - a block header with no block yet, a decorator with no def, a try
//     with no handler continue (the parser reports Incomplete) — but a
//     blank line ends the input, which then reports its error;
//   - a compound statement (def, class, if, for, while, try, with,
//     await:, async:), even on one line, continues until a blank line,
//     since more clauses or statements may follow;
//   - anything else runs at once, a syntax error included.
//
// An open bracket continues only while the input has no syntax error so
// far: `[1 2` and `foo(a b` are reported at once (with the file's message,
// "'[' was never closed", as CPython's REPL does).
func checkInput(lines []string) inputState {
	src := strings.Join(lines, "\n") + "\n"
	if isBlank(src) {
		return stateSkip
	}
	ended := len(lines) > 1 && strings.TrimSpace(lines[len(lines)-1]) == ""
	mod, err := parser.ParseFile("<stdin>", []byte(src))
	if err != nil {
		var se *ast.SyntaxError
		if !errors.As(err, &se) || !se.Incomplete {
			return stateRun // a real error: report it now
		}
		var le *lexer.Error
		if toks, err := lexer.Tokenize("<stdin>", []byte(src)); errors.As(err, &le) && le.Incomplete {
			if strings.HasSuffix(le.Msg, "was never closed") && errorBeforeEnd(src, toks) {
				return stateRun // `[1 2`: reported now, as CPython's REPL does
			}
			return stateMore // open bracket or string: blank lines too
		}
		if ended {
			return stateRun
		}
		return stateMore
	}
	if n := len(mod.Body); n > 0 && isCompound(mod.Body[n-1]) && !ended {
		return stateMore
	}
	return stateRun
}

// isBlank reports whether src holds only whitespace and comments.
func isBlank(src string) bool {
	for _, l := range strings.Split(src, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			return false
		}
	}
	return true
}

// isCompound reports whether st is a compound statement, which an
// interactive input ends with a blank line.
func isCompound(st ast.Stmt) bool {
	switch st.(type) {
	case *ast.If, *ast.While, *ast.For, *ast.FunctionDef, *ast.ClassDef,
		*ast.Try, *ast.With, *ast.AwaitBlock, *ast.AsyncBlock:
		return true
	}
	return false
}

// errorBeforeEnd reports whether src, whose brackets toks leave open,
// has a syntax error before its end: src with the open brackets closed
// fails to parse at a place before the closing brackets (a failure at
// them, or after, means more input could still fit).
func errorBeforeEnd(src string, toks []plexer.Token) bool {
	var open []byte
	for _, t := range toks {
		if t.Type != lexer.Op || len(t.Value) != 1 {
			continue
		}
		switch c := t.Value[0]; c {
		case '(', '[', '{':
			open = append(open, c)
		case ')', ']', '}':
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		}
	}
	if len(open) == 0 {
		return false
	}
	body := strings.TrimRight(src, "\n")
	var b strings.Builder
	b.WriteString(body)
	for i := len(open) - 1; i >= 0; i-- {
		b.WriteByte(map[byte]byte{'(': ')', '[': ']', '{': '}'}[open[i]])
	}
	b.WriteByte('\n')
	_, err := parser.ParseFile("<stdin>", []byte(b.String()))
	var se *ast.SyntaxError
	if err == nil || !errors.As(err, &se) || se.Incomplete {
		return false
	}
	lines := strings.Split(body, "\n")
	endLine, endCol := len(lines), utf8.RuneCountInString(lines[len(lines)-1])+1
	return se.Line < endLine || (se.Line == endLine && se.Col < endCol)
}
