package parser

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/ast"
	"github.com/stretchr/testify/require"
)

// resolverErrors are the SyntaxErrors of testdata that the interpreter's
// resolver reports, not the parser: the parser must accept those programs.
var resolverErrors = []string{
	"outside loop",
	"not properly in loop",
	"before global declaration",
	"before nonlocal declaration",
	"nonlocal declaration not allowed at module level",
	"no binding for nonlocal",
	"'return' outside function",
	"'yield' outside function",
	"'await' outside",
	"is parameter and global",
	"is parameter and nonlocal",
	"async: block", // Spindle's rules for async: blocks (LANGUAGE.md §2.3)
	"cannot appear in an except* block",
}

var fileLine = regexp.MustCompile(`^  File "[^"]*", line (\d+)$`)

// TestTestdataPrograms parses every program of the repository's golden
// tests (testdata/**/*.sp). Programs whose expected stderr is a
// SyntaxError must fail with that kind, message, line and caret column;
// all others must parse.
func TestTestdataPrograms(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*/*.sp")
	more, _ := filepath.Glob("../testdata/*/*/*.sp")
	files = append(files, more...)
	if len(files) == 0 {
		t.Skip("no testdata programs")
	}
	for _, f := range files {
		if strings.Contains(f, "/fuzz/") {
			continue
		}
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		errText, _ := os.ReadFile(strings.TrimSuffix(f, ".sp") + ".err")
		want := expectedSyntaxError(string(errText))
		if want != nil && want.Col != 0 {
			fixCol(want, string(src))
		}
		_, perr := ParseFile(filepath.Base(f), src)
		if want == nil || isResolverError(want.Msg) {
			if perr != nil {
				t.Errorf("%s: unexpected error %v", f, perr)
			}
			continue
		}
		if perr == nil {
			t.Errorf("%s: parsed, want %s: %s", f, want.Kind, want.Msg)
			continue
		}
		got := perr.(*ast.SyntaxError)
		if want.Col == 0 {
			got.Col = 0 // no caret shown
		}
		if got.Kind != want.Kind || got.Msg != want.Msg || got.Line != want.Line || got.Col != want.Col {
			t.Errorf("%s:\n  got  %s %q %d:%d\n  want %s %q %d:%d", f,
				got.Kind, got.Msg, got.Line, got.Col, want.Kind, want.Msg, want.Line, want.Col)
		}
	}
}

// expectedSyntaxError reads a CPython-style SyntaxError report:
//
//	  File "x.sp", line 3
//	    f() = 5
//	    ^^^
//	SyntaxError: cannot assign to function call ...
//
// It returns nil when text is not one.
func expectedSyntaxError(text string) *ast.SyntaxError {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	if len(lines) < 2 {
		return nil
	}
	m := fileLine.FindStringSubmatch(lines[0])
	if m == nil {
		return nil
	}
	last := lines[len(lines)-1]
	kind, msg, ok := strings.Cut(last, ": ")
	if !ok || !strings.HasSuffix(kind, "Error") {
		return nil
	}
	e := &ast.SyntaxError{Kind: kind, Msg: msg}
	e.Line, _ = strconv.Atoi(m[1])
	if len(lines) == 4 {
		// The source line is shown without its indentation, indented by 4.
		caret := strings.IndexByte(lines[2], '^')
		e.Col = caret - 4 + 1
	}
	return e
}

// fixCol adds the indentation CPython strips from the shown line.
func fixCol(e *ast.SyntaxError, src string) {
	line := strings.Split(src, "\n")[e.Line-1]
	e.Col += len(line) - len(strings.TrimLeft(line, " \t\f"))
}

func isResolverError(msg string) bool {
	for _, s := range resolverErrors {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
