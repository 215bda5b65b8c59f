package repl

import (
	"errors"
	"strings"

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
// The parser decides which error wins when a bracket is still open: it
// reports as CPython does for a file, so `def f(:` is "'(' was never
// closed" (Incomplete) and the REPL waits for more lines, where
// CPython's REPL reports "invalid syntax" at once.
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
		if _, err := lexer.Tokenize("<stdin>", []byte(src)); errors.As(err, &le) && le.Incomplete {
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
