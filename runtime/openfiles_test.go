package runtime

import (
	"os"
	"path/filepath"
	goruntime "runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// openAndWrite opens path for writing, writes s and drops the File.
func openAndWrite(t *testing.T, path, s string) {
	f, err := os.Create(path)
	require.NoError(t, err)
	file := NewFile(f, Str(path), "w")
	require.NoError(t, file.WriteString(s))
}

// TestOpenFilesFlushedAtExit: FlushOpenFiles writes the buffers of files
// still open; a closed file leaves the registry.
func TestOpenFilesFlushedAtExit(t *testing.T) {
	dir := t.TempDir()
	before := OpenFileCount()
	f, err := os.Create(filepath.Join(dir, "a"))
	require.NoError(t, err)
	file := NewFile(f, Str("a"), "w")
	require.NoError(t, file.WriteString("buffered"))
	require.Equal(t, before+1, OpenFileCount())
	b, _ := os.ReadFile(filepath.Join(dir, "a"))
	require.Empty(t, b, "still buffered")
	FlushOpenFiles()
	b, _ = os.ReadFile(filepath.Join(dir, "a"))
	require.Equal(t, "buffered", string(b))
	require.NoError(t, file.Close())
	require.Equal(t, before, OpenFileCount())
}

// TestDroppedFileFlushedAndClosed: a File that becomes unreachable while
// open is flushed and closed by its cleanup, and leaves the registry.
func TestDroppedFileFlushedAndClosed(t *testing.T) {
	dir := t.TempDir()
	before := OpenFileCount()
	for i := 0; i < 50; i++ {
		openAndWrite(t, filepath.Join(dir, "f"+fdItoa(int64(i))), "data")
	}
	deadline := time.Now().Add(10 * time.Second)
	for OpenFileCount() > before && time.Now().Before(deadline) {
		goruntime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	require.Equal(t, before, OpenFileCount(), "dropped files leave the registry")
	for i := 0; i < 50; i++ {
		b, err := os.ReadFile(filepath.Join(dir, "f"+fdItoa(int64(i))))
		require.NoError(t, err)
		require.Equal(t, "data", string(b))
	}
}
