package parser

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/spindle-lang/spindle/ast"
	"github.com/stretchr/testify/require"
)

// TestCPythonDifferential parses Python files with both CPython
// (testdata/pydump.py) and this parser and compares the trees, positions
// included, statement by statement. It needs python3 and is opt-in:
//
//	SPINDLE_CPYTHON_DIFF=/usr/lib/python3.11 go test ./parser -run CPython
//
// Files CPython rejects are skipped, and so are files this parser rejects
// for a feature Spindle leaves out (async def, match...).
// Positions are compared for ASCII files only (CPython counts bytes).
func TestCPythonDifferential(t *testing.T) {
	root := os.Getenv("SPINDLE_CPYTHON_DIFF")
	if root == "" {
		t.Skip("set SPINDLE_CPYTHON_DIFF to a folder of .py files to compare with CPython")
	}
	var files []string
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	require.NoError(t, err)
	for _, withPos := range []bool{false, true} {
		args := append([]string{"testdata/pydump.py", "-json"}, files...)
		if withPos {
			args = append(args, "-pos")
		}
		out, err := exec.Command("python3", args...).Output()
		require.NoError(t, err)
		var want map[string][]string
		require.NoError(t, json.Unmarshal(out, &want))
		compared, mismatched := 0, 0
		for _, f := range files {
			lines := want[f]
			if lines == nil {
				continue
			}
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			if withPos && !isASCII(src) {
				continue
			}
			mod, err := ParseFile(f, src)
			if err != nil {
				if se := err.(*ast.SyntaxError); !strings.Contains(se.Msg, "Spindle") && !strings.Contains(se.Msg, "complex") {
					t.Errorf("%s:%d:%d: %s", f, se.Line, se.Col, se.Msg)
				}
				continue
			}
			compared++
			d := dumper{exact: true, pos: withPos}
			got := make([]string, len(mod.Body))
			for i, s := range mod.Body {
				got[i] = d.sub(s)
			}
			if diff := firstDiff(lines, got); diff != "" {
				if strings.Contains(diff, "efbfbd") {
					// Escapes of lone surrogates decode to U+FFFD: a Go string
					// cannot hold them (see lexer.DecodeString).
					t.Logf("%s: lone surrogate (known difference)", f)
					continue
				}
				mismatched++
				t.Errorf("%s (pos=%v): %s", f, withPos, diff)
			}
		}
		t.Logf("pos=%v: compared %d files, %d mismatched", withPos, compared, mismatched)
	}
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// firstDiff describes the first statement where want and got differ.
func firstDiff(want, got []string) string {
	for i := 0; i < len(want) || i < len(got); i++ {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			j := 0
			for j < len(w) && j < len(g) && w[j] == g[j] {
				j++
			}
			from := max(j-80, 0)
			return "statement " + itoa(i+1) + ":\n  want ..." + clip(w[from:]) + "\n  got  ..." + clip(g[from:])
		}
	}
	return ""
}

func clip(s string) string {
	if len(s) > 240 {
		return s[:240] + "..."
	}
	return s
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}
