package interp

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSharingGolden runs the testdata/sharing programs in process, so that
// `go test -race ./interp -run Sharing` sees the interpreter's own accesses
// to shared containers, globals and closure cells (the golden test in
// cmd/spindle runs a binary built without -race).
func TestSharingGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/sharing/*.sp")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			want, err := os.ReadFile(f[:len(f)-3] + ".out")
			require.NoError(t, err)
			out, errs, code := runProgram(t, string(src))
			require.Equal(t, 0, code, "stderr:\n%s", errs)
			require.Equal(t, string(want), out)
		})
	}
}
