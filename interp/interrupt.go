package interp

import (
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/spindle-lang/spindle/runtime"
)

// SignalOverridden, when set (by the command, which links the signal
// module), reports whether the program installed its own disposition
// (a handler or SIG_IGN) for sig; the interpreter then leaves the signal
// to the signal module.
var SignalOverridden func(sig int) bool

var catchSIGPIPE sync.Once

// watchInterrupts turns Ctrl-C into KeyboardInterrupt in the main thread
// (LANGUAGE.md §2.5) and SIGTERM into SystemExit(143). The first signal
// is posted to th: its next checkpoint or blocking call raises the
// exception, and the groups it unwinds through cancel their threads in a
// structured way (every finally runs); the exit status is 130 (after the
// KeyboardInterrupt traceback) or 143 (quietly, as for any SystemExit).
// A second SIGINT or SIGTERM ends the process at once with 130 / 143,
// after flushing the open files and the standard streams (giving up on
// that after 2 s: a thread may be stuck writing to a full pipe).
//
// SIGPIPE is also caught (and dropped), for the rest of the process's
// life, so that the final flush cannot be killed by it: without a Go
// handler the Go runtime kills the process when a write to fd 1 or 2 hits
// a closed pipe; with it the write fails with EPIPE and becomes
// BrokenPipeError (runtime/stdio_broken.go). Children started by
// subprocess get the default disposition back, since exec resets caught
// signals. The returned function restores the default handling of
// SIGINT and SIGTERM.
func watchInterrupts(th *runtime.Thread) (stop func()) {
	catchSIGPIPE.Do(func() { signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE) })
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	runtime.SetTermWatched(true)
	done := make(chan struct{})
	go func() {
		interrupted := false
		for {
			select {
			case s := <-sigs:
				var exc *runtime.Exception
				code := 130
				switch s {
				case syscall.SIGTERM:
					if SignalOverridden != nil && SignalOverridden(int(syscall.SIGTERM)) {
						continue // the signal module delivers (or ignores) it
					}
					exc, code = runtime.NewException(runtime.SystemExitType, runtime.MakeInt(143)), 143
				default:
					if SignalOverridden != nil && SignalOverridden(int(syscall.SIGINT)) {
						continue // the signal module delivers (or ignores) it
					}
					exc = runtime.NewException(runtime.KeyboardInterruptType)
				}
				if interrupted {
					runtime.FlushAtExitWithin(2 * time.Second)
					os.Exit(code)
				}
				interrupted = true
				th.Interrupt(exc)
			case <-done:
				return
			}
		}
	}()
	return func() {
		runtime.SetTermWatched(false)
		signal.Stop(sigs)
		close(done)
	}
}
