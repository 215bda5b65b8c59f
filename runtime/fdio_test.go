package runtime

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// A read of an empty pipe is woken by the thread's cancellation (here a
// timeout scope) and returns promptly; the pipe stays usable.
func TestReadCancellablePipe(t *testing.T) {
	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close()
	defer w.Close()
	require.True(t, IsPollable(r))
	th := NewThread("reader")
	s := NewCancelScope(50*time.Millisecond, false)
	s.Enter(th)
	start := time.Now()
	_, err = ReadCancellable(th, r, r, make([]byte, 10), time.Time{}, "pipe", None)
	err = s.Exit(th, err)
	require.True(t, IsExc(err, TimeoutErrorType), "got %v", err)
	require.Less(t, time.Since(start), 2*time.Second)

	_, err = w.Write([]byte("x"))
	require.NoError(t, err)
	buf := make([]byte, 10)
	n, err := ReadCancellable(th, r, r, buf, time.Time{}, "pipe", None)
	require.NoError(t, err)
	require.Equal(t, "x", string(buf[:n]))
}

// A File over a pipe: readline is cancellable, and text decoding applies
// the errors policy.
func TestFileOverPipe(t *testing.T) {
	r, w, err := os.Pipe()
	require.NoError(t, err)
	f := NewFileWith(r, Str("p"), "r", FileOptions{Buffering: -1, Errors: "replace"})
	defer f.Close()
	th := NewThread("reader")
	s := NewCancelScope(50*time.Millisecond, false)
	s.Enter(th)
	_, err = f.ReadLineTh(th, -1)
	require.True(t, IsExc(s.Exit(th, err), TimeoutErrorType))

	w.Write([]byte("a\xffb\r\nc"))
	w.Close()
	v, err := f.ReadLineTh(th, -1)
	require.NoError(t, err)
	require.Equal(t, Str("a\ufffdb\n"), v)
	v, err = f.ReadTh(th, -1)
	require.NoError(t, err)
	require.Equal(t, Str("c"), v)
}

func TestEncodeErrors(t *testing.T) {
	f := &File{enc: "latin-1", errs: "strict", newline: nlUniversal}
	_, err := f.encode("a\u20ac")
	require.Error(t, err)
	require.True(t, strings.Contains(err.Error(), "ordinal not in range(256)"), err.Error())
	f.errs = "replace"
	s, err := f.encode("a\u20ac\u00e9")
	require.NoError(t, err)
	require.Equal(t, "a?\xe9", s)
}
