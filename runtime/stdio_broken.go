package runtime

import (
	"errors"
	"os"
	"sync/atomic"
	"syscall"
)

// A broken pipe on the standard streams (`spindle prog.sp | head -1`).
//
// The interpreter catches SIGPIPE (interp.watchInterrupts), so a write to
// a pipe whose reader has gone fails with EPIPE instead of killing the
// process. The write raises BrokenPipeError in the writing thread, as in
// CPython, so finally blocks run and a program may catch it; the error
// sticks to the stream's buffer, so further writes raise again at once
// and cannot grow it.
// An uncaught BrokenPipeError caused by sys.stdout ends the program
// quietly with status 1 — CPython's documented recipe for this case
// (redirect stdout to devnull, exit 1) — instead of CPython's default
// traceback, which is noise in a pipeline. Once stdout has broken the
// exit status of the spindle command is never 0 (a program that caught
// the error, or whose background thread it ended, exits 1): output was
// lost. The final flush at exit ignores the error, as every flush at exit
// does.

var stdoutBroken atomic.Bool

// noteWriteError records an EPIPE on the process's standard output.
func (f *File) noteWriteError(err error) {
	if f.f == os.Stdout && errors.Is(err, syscall.EPIPE) {
		stdoutBroken.Store(true)
	}
}

// QuietExit reports whether exc, uncaught, ends the program without a
// traceback: SystemExit, and BrokenPipeError once sys.stdout's pipe has
// broken.
func QuietExit(exc *Exception) bool {
	return exc.Class.IsSubtype(SystemExitType) || BrokenStdout(exc)
}

// BrokenStdout reports whether exc is a BrokenPipeError and sys.stdout's
// reader has gone.
func BrokenStdout(exc *Exception) bool {
	return stdoutBroken.Load() && exc.Class.IsSubtype(BrokenPipeErrorType)
}

// StdoutBroken reports whether a write to sys.stdout met a broken pipe.
func StdoutBroken() bool { return stdoutBroken.Load() }

// termWatched is set while the interpreter turns SIGTERM into structured
// cancellation: the signal module then leaves SIGTERM's OS disposition
// alone and the interpreter consults the program's handler instead.
var termWatched atomic.Bool

// SetTermWatched records whether the interpreter is watching SIGTERM.
func SetTermWatched(on bool) { termWatched.Store(on) }

// TermWatched reports whether the interpreter is watching SIGTERM.
func TermWatched() bool { return termWatched.Load() }
