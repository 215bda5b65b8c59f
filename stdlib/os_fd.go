package stdlib

import (
	"io"
	"os"
	"sync"
	"syscall"
	"time"

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
	m   map[int]*os.File
	raw map[int]*rt.FdReader // readers of unknown descriptors (rawReader)
}{m: map[int]*os.File{}, raw: map[int]*rt.FdReader{}}

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

// rawReader returns the reader of an unknown descriptor, made at its
// first os.read and kept until os.close, so that data a cancelled read
// left behind goes to the next read.
func rawReader(fd int) *rt.FdReader {
	fdTable.Lock()
	defer fdTable.Unlock()
	r := fdTable.raw[fd]
	if r == nil {
		r = rt.NewFdReader(rawFd(fd))
		fdTable.raw[fd] = r
	}
	return r
}

func dropRawReader(fd int) {
	fdTable.Lock()
	delete(fdTable.raw, fd)
	fdTable.Unlock()
}

// rawFd reads a descriptor with read(2), on the FdReader's helper
// goroutine. A descriptor in non-blocking mode (a pipe end Go made, now
// owned by a file object) is retried until data comes, every few
// milliseconds: that costs the helper a wake-up per retry, not the
// waiting thread.
type rawFd int

const rawRetryMax = 20 * time.Millisecond

func (fd rawFd) Read(p []byte) (int, error) {
	pause := time.Millisecond
	for {
		n, err := syscall.Read(int(fd), p)
		if err == syscall.EINTR {
			continue
		}
		if err == syscall.EAGAIN {
			time.Sleep(pause)
			pause = min(2*pause, rawRetryMax)
			continue
		}
		if err != nil {
			return 0, err
		}
		if n == 0 && len(p) > 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}
