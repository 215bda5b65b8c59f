package spindle_test

import (
	"os"
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestEmbeddingDoc keeps docs/EMBEDDING.md honest: every Go block in it
// must be a verbatim copy of code in example_test.go, whose examples
// are compiled and whose output is checked.
func TestEmbeddingDoc(t *testing.T) {
	doc, err := os.ReadFile("../docs/EMBEDDING.md")
	require.NoError(t, err)
	examples, err := os.ReadFile("example_test.go")
	require.NoError(t, err)
	blocks := regexp.MustCompile("(?s)```go\n(.*?)```").FindAllSubmatch(doc, -1)
	require.NotEmpty(t, blocks)
	for _, b := range blocks {
		require.Contains(t, string(examples), string(b[1]), "a Go block of docs/EMBEDDING.md is not in example_test.go")
	}
}
