package runtime

import (
	"errors"
	"io"
	"net"
	"os"
	"syscall"
	"time"
)

// Cancellable I/O on file descriptors (LANGUAGE.md §2.5: no blocking call
// may be uncancellable).
//
// Pipes, FIFOs, terminals opened by path and sockets are registered with
// Go's network poller: a Read parks the goroutine (not an OS thread) and
// can be woken by a deadline. A blocking I/O call runs inside th.Block;
// a small watcher goroutine waits for the thread's cancel channel and, if
// it closes first, sets a deadline in the past, which makes the pending
// Read/Write return os.ErrDeadlineExceeded at once; Block then turns the
// error into Cancelled. Other threads blocked on the same fd are not
// disturbed (fdwait.go). Regular files never block indefinitely and are
// read directly.
//
// The watcher costs one goroutine per blocking call that actually reaches
// the fd (buffered reads do not); with 10k echo connections that is ~2KB
// each, far below the connection's own buffers.
//
// Descriptors Go cannot poll (a terminal or pipe inherited as stdin) are
// read by a helper goroutine (bgReader): the caller waits for its result
// or for cancellation; a result that arrives after the caller gave up is
// kept for the next read, so no input is lost.

// Deadliner is an fd that supports deadlines (os.File of a pollable fd,
// net.Conn, net.Listener wrappers).
type Deadliner interface {
	SetReadDeadline(t time.Time) error
	SetWriteDeadline(t time.Time) error
}

// IsPollable reports whether f is registered with the poller (deadlines
// work on it).
func IsPollable(f *os.File) bool {
	return f.SetReadDeadline(time.Time{}) == nil
}

var pastTime = time.Unix(1, 0)

// DoCancellable runs op, a blocking call on one direction of a pollable
// fd, as a cancellation checkpoint; deadline (zero: none) is the call's
// own time limit (a socket timeout), after which op fails with
// os.ErrDeadlineExceeded. The fd's deadline is shared with the other
// threads blocked on it (fdwait.go): on cancellation it is set in the
// past, which wakes them too; they call op again. what names the wait
// for threads.dump().
func DoCancellable(th *Thread, what string, obj Value, dir FdDir, deadline time.Time, op func() error) error {
	e := fdJoin(dir, &deadline)
	defer e.leave(&deadline)
	if th == nil {
		return retrySpurious(e, nil, deadline, op)
	}
	return th.Block(what, obj, func(cancel <-chan struct{}) error {
		return retrySpurious(e, cancel, deadline, func() error {
			// A watcher wakes op on cancellation. op's result stands
			// when it succeeded anyway (no data is lost: the next
			// checkpoint raises Cancelled); its deadline error becomes
			// Cancelled in Block.
			done, left := make(chan struct{}), make(chan struct{})
			go func() {
				defer close(left)
				select {
				case <-cancel:
					e.wake()
					<-done
					e.unwake()
				case <-done:
				}
			}()
			err := op()
			close(done)
			<-left
			return err
		})
	})
}

// retrySpurious calls op until it ends otherwise than by a deadline that
// was neither its own nor its thread's cancellation (closing cancel).
func retrySpurious(e *fdWaiters, cancel <-chan struct{}, deadline time.Time, op func() error) error {
	for {
		err := op()
		if !errors.Is(err, os.ErrDeadlineExceeded) || chanClosed(cancel) {
			return err
		}
		if !deadline.IsZero() && !time.Now().Before(deadline) {
			return err
		}
		e.spurious(cancel)
	}
}

// ReadCancellable reads from a deadline-capable fd, cancellably.
func ReadCancellable(th *Thread, d Deadliner, r io.Reader, p []byte, deadline time.Time, what string, obj Value) (n int, err error) {
	err = DoCancellable(th, what, obj, ReadDir(d), deadline, func() error {
		var e error
		n, e = r.Read(p)
		return e
	})
	return n, err
}

// WriteCancellable writes all of p to a deadline-capable fd, cancellably.
// A call woken by another thread's deadline resumes after the part
// already written.
func WriteCancellable(th *Thread, d Deadliner, w io.Writer, p []byte, deadline time.Time, what string, obj Value) (n int, err error) {
	err = DoCancellable(th, what, obj, WriteDir(d), deadline, func() error {
		m, e := w.Write(p[n:])
		n += m
		return e
	})
	return n, err
}

// bgReader reads a non-pollable stream on a helper goroutine so that the
// caller's wait is cancellable.
type bgReader struct {
	r       io.Reader
	pending chan bgResult // in-flight read's result (nil: none)
	left    []byte        // data of an earlier result not yet returned
	leftErr error
	exact   bool // read no more than asked (os.read: the rest stays in the fd)
}

type bgResult struct {
	data []byte
	err  error
}

func newBgReader(r io.Reader) *bgReader { return &bgReader{r: r} }

// read reads into p, waiting cancellably (th nil: not cancellable).
func (b *bgReader) read(th *Thread, p []byte, what string, obj Value) (int, error) {
	if len(b.left) > 0 || b.leftErr != nil {
		return b.takeLeft(p)
	}
	if b.pending == nil {
		if th == nil {
			return b.r.Read(p)
		}
		ch := make(chan bgResult, 1)
		b.pending = ch
		size := len(p)
		if size < 4096 && !b.exact {
			size = 4096
		}
		go func() {
			buf := make([]byte, size)
			n, err := b.r.Read(buf)
			ch <- bgResult{buf[:n], err}
		}()
	}
	var res bgResult
	err := th.Block(what, obj, func(cancel <-chan struct{}) error {
		select {
		case res = <-b.pending:
			return nil
		case <-cancel:
			return NewCancelled()
		}
	})
	if err != nil {
		return 0, err
	}
	b.pending = nil
	b.left, b.leftErr = res.data, res.err
	return b.takeLeft(p)
}

func (b *bgReader) takeLeft(p []byte) (int, error) {
	n := copy(p, b.left)
	b.left = b.left[n:]
	if len(b.left) == 0 {
		err := b.leftErr
		b.leftErr = nil
		b.left = nil
		if n > 0 && err == io.EOF {
			return n, nil
		}
		return n, err
	}
	return n, nil
}

// FdReader reads a descriptor that is not registered with the poller
// (os.read of an inherited pipe, of fd 0) through a bgReader, so that a
// read cancelled while waiting loses no data: what the helper read
// after its reader gave up is returned by the next read. Threads reading
// at once take turns, waiting for their turn cancellably.
type FdReader struct {
	turn chan struct{} // holds a token while a thread reads
	bg   *bgReader
}

// NewFdReader makes an FdReader over r.
func NewFdReader(r io.Reader) *FdReader {
	bg := newBgReader(r)
	bg.exact = true
	return &FdReader{turn: make(chan struct{}, 1), bg: bg}
}

// Read reads up to len(p) bytes as a cancellable checkpoint of th.
func (f *FdReader) Read(th *Thread, p []byte, what string) (int, error) {
	select {
	case f.turn <- struct{}{}:
	default:
		err := th.Block(what, None, func(cancel <-chan struct{}) error {
			select {
			case f.turn <- struct{}{}:
				return nil
			case <-cancel:
				return NewCancelled() // Block returns the real error
			}
		})
		if err != nil {
			return 0, err
		}
	}
	defer func() { <-f.turn }()
	return f.bg.read(th, p, what, None)
}

// Extra OSError subclasses that the I/O modules raise.
var (
	ConnectionRefusedErrorType = newExcType("ConnectionRefusedError", ConnectionErrorType)
	ConnectionResetErrorType   = newExcType("ConnectionResetError", ConnectionErrorType)
	ConnectionAbortedErrorType = newExcType("ConnectionAbortedError", ConnectionErrorType)
	BlockingIOErrorType        = newExcType("BlockingIOError", OSErrorType)
	ChildProcessErrorType      = newExcType("ChildProcessError", OSErrorType)
	ProcessLookupErrorType     = newExcType("ProcessLookupError", OSErrorType)
)

// IOError converts an error of an I/O call on a file, pipe or socket into
// the OSError subclass CPython raises: the connection errors get their
// own classes, deadlines become TimeoutError('timed out') (socket
// timeouts), Spindle exceptions (Cancelled) pass through.
func IOError(err error, filename string) error {
	if err == nil {
		return nil
	}
	if e, ok := err.(*Exception); ok {
		return e
	}
	if errors.Is(err, os.ErrDeadlineExceeded) {
		return NewError(TimeoutErrorType, "timed out")
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		var cls *Type
		switch errno {
		case syscall.ECONNREFUSED:
			cls = ConnectionRefusedErrorType
		case syscall.ECONNRESET:
			cls = ConnectionResetErrorType
		case syscall.ECONNABORTED:
			cls = ConnectionAbortedErrorType
		case syscall.EAGAIN:
			cls = BlockingIOErrorType
		case syscall.ECHILD:
			cls = ChildProcessErrorType
		case syscall.ESRCH:
			cls = ProcessLookupErrorType
		}
		if cls != nil {
			e := OSErrorFromGo(err, filename)
			e.Class = cls
			return e
		}
		return OSErrorFromGo(err, filename)
	}
	if errors.Is(err, net.ErrClosed) || errors.Is(err, os.ErrClosed) {
		return NewOSError(OSErrorType, int(syscall.EBADF), "Bad file descriptor", filename)
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return NewOSError(OSErrorType, -2, "Name or service not known", "")
	}
	return OSErrorFromGo(err, filename)
}

// RawFd returns f's descriptor without switching it to blocking mode
// (os.File.Fd does, which would disable deadlines on a pollable fd).
func RawFd(f *os.File) int {
	sc, err := f.SyscallConn()
	if err != nil {
		return int(f.Fd())
	}
	fd := -1
	sc.Control(func(u uintptr) { fd = int(u) })
	return fd
}
