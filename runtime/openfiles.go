package runtime

import (
	"errors"
	"io"
	goruntime "runtime"
	"sync"
	"syscall"
	"time"
	"weak"
)

// The registry of open buffered files (data safety, issue #10).
//
// CPython flushes a file's buffer when the file object is deallocated
// and, at interpreter exit, through the finalizers of the files still
// alive. Spindle does the same in two ways:
//
//   - Every writable file over an OS descriptor (open(), os.fdopen,
//     tempfile, subprocess pipes) is entered in a registry when it is
//     made and removed when it is closed. FlushOpenFiles, called by the
//     interpreter on every exit path that runs Go code (normal end,
//     uncaught exception, SystemExit from any thread, Ctrl-C, SIGTERM, a
//     second Ctrl-C), flushes each file still open.
//   - A file dropped without close() is flushed and closed by a cleanup
//     (runtime.AddCleanup) when the garbage collector frees it, so a
//     loop of open(p, "a").write(x) neither loses data nor runs out of
//     descriptors.
//
// The registry holds each file weakly (the File is collectable) and its
// write buffer and closer strongly (openFile): at exit, a file already
// collected but whose cleanup has not run yet is still flushed. An entry
// is removed by close() or by the cleanup, so the registry does not grow
// with dropped files. The cleanup's argument (openFile) never refers to
// the File: the buffer's writer (fdWriter) holds it weakly.
//
// os._exit skips all of this, as in CPython.
type openFile struct {
	mu      sync.Mutex
	file    weak.Pointer[File]
	w       *writeBuf
	c       io.Closer
	done    bool // closed or cleaned up
	cleanup goruntime.Cleanup
}

var openFiles struct {
	sync.Mutex
	set map[*openFile]struct{}
}

// registerOpenFile enters a new writable OS file in the registry and
// arranges its flush-and-close when it is dropped without close().
func registerOpenFile(f *File) {
	if f.w == nil || f.f == nil {
		return
	}
	o := &openFile{file: weak.Make(f), w: f.w, c: f.c}
	f.open = o
	openFiles.Lock()
	if openFiles.set == nil {
		openFiles.set = map[*openFile]struct{}{}
	}
	openFiles.set[o] = struct{}{}
	openFiles.Unlock()
	o.cleanup = goruntime.AddCleanup(f, (*openFile).dropped, o)
}

// closed removes the entry of a file closed by close() (f.mu held).
func (o *openFile) closed() {
	if o == nil {
		return
	}
	o.cleanup.Stop()
	o.mu.Lock()
	o.done = true
	o.mu.Unlock()
	o.unregister()
}

func (o *openFile) unregister() {
	openFiles.Lock()
	delete(openFiles.set, o)
	openFiles.Unlock()
}

// dropped is the cleanup of a File that became unreachable while open:
// nothing else can use its buffer any more.
func (o *openFile) dropped() {
	o.mu.Lock()
	if !o.done {
		o.done = true
		o.w.Flush()
		if o.c != nil {
			o.c.Close()
		}
	}
	o.mu.Unlock()
	o.unregister()
}

// FlushOpenFiles flushes every buffered file the program opened and has
// not closed; the interpreter calls it when the process ends. Errors are
// ignored, as CPython ignores them in finalizers at exit.
func FlushOpenFiles() {
	openFiles.Lock()
	list := make([]*openFile, 0, len(openFiles.set))
	for o := range openFiles.set {
		list = append(list, o)
	}
	openFiles.Unlock()
	for _, o := range list {
		if f := o.file.Value(); f != nil {
			f.Flush()
			continue
		}
		o.mu.Lock()
		if !o.done {
			o.w.Flush()
		}
		o.mu.Unlock()
	}
}

// OpenFileCount returns the number of registered open files (tests).
func OpenFileCount() int {
	openFiles.Lock()
	defer openFiles.Unlock()
	return len(openFiles.set)
}

// FlushAtExit flushes every open buffered file, then sys.stdout and
// sys.stderr: the interpreter calls it on each exit path.
func FlushAtExit() {
	FlushOpenFiles()
	FlushStdio()
}

// RetryOpen runs open, an OS call that creates a descriptor; when it
// fails because the process is out of descriptors (EMFILE, ENFILE), it
// collects garbage — files dropped without close() give their
// descriptors back through their cleanups — and tries again a few times,
// as CPython would have closed those files already (reference counting).
func RetryOpen[T any](open func() (T, error)) (T, error) {
	v, err := open()
	for wait := time.Millisecond; err != nil && isOutOfFds(err) && wait <= 64*time.Millisecond; wait *= 2 {
		goruntime.GC()
		time.Sleep(wait) // cleanups run on their own goroutine
		v, err = open()
	}
	return v, err
}

func isOutOfFds(err error) bool {
	return errors.Is(err, syscall.EMFILE) || errors.Is(err, syscall.ENFILE)
}

// FlushAtExitWithin is FlushAtExit for an emergency exit (a second
// Ctrl-C or SIGTERM, a fatal signal): it gives up after d, since a
// thread may be stuck writing to a full pipe while holding a stream's
// lock, and the process must end anyway.
func FlushAtExitWithin(d time.Duration) {
	done := make(chan struct{})
	go func() {
		FlushAtExit()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(d):
	}
}
