package stdlib

import (
	"os"
	"sync"
	"syscall"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The descriptor table of os.pipe/os.open/os.read/os.write/os.close.
//
// Python code handles raw integer descriptors. Descriptors Spindle
// creates itself (os.pipe, os.open, os.dup) are kept here as the
// *os.File Go made for them, so that a pipe end stays registered with
// the poller and os.read/os.write on it are cancellable (fdio.go).
// open(fd) takes the file out of the table: the file object then owns
// the descriptor. Unknown descriptors (0, 1, 2, inherited ones) are used
// through plain system calls.

var fdTable = struct {
	sync.Mutex
	m map[int]*os.File
}{m: map[int]*os.File{}}

func fdRegister(f *os.File) int {
	fd := rt.RawFd(f)
	fdTable.Lock()
	fdTable.m[fd] = f
	fdTable.Unlock()
	return fd
}

func fdLookup(fd int) *os.File {
	fdTable.Lock()
	defer fdTable.Unlock()
	return fdTable.m[fd]
}

// fdTake removes fd from the table and returns its file (nil if absent).
func fdTake(fd int) *os.File {
	fdTable.Lock()
	defer fdTable.Unlock()
	f := fdTable.m[fd]
	delete(fdTable.m, fd)
	return f
}

// fdFile returns an *os.File for fd: the registered one, or a new
// wrapper that does not own the descriptor (never closed by Go).
func fdFile(fd int) (*os.File, bool) {
	if f := fdLookup(fd); f != nil {
		return f, true
	}
	return nil, false
}

func errBadFd() error {
	return rt.NewOSError(rt.OSErrorType, int(syscall.EBADF), "Bad file descriptor", "")
}
