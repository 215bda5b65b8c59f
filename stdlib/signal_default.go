package stdlib

import (
	"os"
	ossignal "os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The default action of the signals that end a process but that the Go
// runtime catches and drops when no one asked for them (SIGUSR1,
// SIGUSR2, SIGALRM, ...: os/signal's "other signals will be caught but no
// action will be taken"). CPython leaves them at SIG_DFL: `kill -USR1`
// kills the process, status 128+N in a shell. WatchDefaultSignals
// listens for them while their disposition is SIG_DFL (setHandler
// listens again, restoreDefault, when a program sets SIG_DFL back) and
// ends the process by the signal itself (dieFromSignal), after flushing
// the open files as every other exit does. SIGHUP, SIGINT and SIGTERM are
// not here: the Go runtime ends the process on SIGHUP by itself, and
// SIGINT and SIGTERM are the interpreter's (interp/interrupt.go). SIGPIPE
// and SIGXFSZ are not either: CPython ignores them.

var (
	fatalOnce    sync.Once
	fatalWatched atomic.Bool
	fatalCh      = make(chan os.Signal, 1)
)

// fatalByDefault reports whether sig is one of those signals.
func fatalByDefault(sig int) bool {
	switch syscall.Signal(sig) {
	case syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGALRM, syscall.SIGVTALRM, syscall.SIGXCPU, syscall.SIGIO:
		return true
	}
	return sigFatalPlatform(sig)
}

// WatchDefaultSignals gives the signals of fatalByDefault their default
// action (the command calls it once at start).
func WatchDefaultSignals() {
	fatalOnce.Do(func() {
		fatalWatched.Store(true)
		for sig := 1; sig < 65; sig++ {
			if fatalByDefault(sig) {
				ossignal.Notify(fatalCh, syscall.Signal(sig))
			}
		}
		go func() {
			for s := range fatalCh {
				sig := int(s.(syscall.Signal))
				if !SignalOverridden(sig) { // else the signal module's
					dieFromSignal(sig)
				}
			}
		}()
	})
}

// restoreDefault puts sig back to its default action after a handler or
// SIG_IGN (signal.signal(sig, SIG_DFL)).
func restoreDefault(sig int) {
	ossignal.Reset(syscall.Signal(sig))
	if fatalByDefault(sig) && fatalWatched.Load() {
		ossignal.Notify(fatalCh, syscall.Signal(sig))
	}
}

// dieFromSignal ends the process as sig's default action does: the open
// files are flushed (giving up after 2 s), sig's disposition is set to
// SIG_DFL and the process sends it to itself; where that cannot be done
// (or the signal does not end it at once), it exits with 128+sig.
func dieFromSignal(sig int) {
	rt.FlushAtExitWithin(2 * time.Second)
	if sigSetDefault(sig) {
		syscall.Kill(os.Getpid(), syscall.Signal(sig))
		time.Sleep(time.Second)
	}
	os.Exit(128 + sig)
}

// defaultKills reports whether sig's default action ends the process
// (a core dump included) and is Spindle's to take (dieFromSignal): every
// signal but those the kernel ignores or that stop the process, SIGKILL
// (the kernel's alone), SIGINT, SIGTERM and SIGQUIT (the interpreter's:
// SIGQUIT prints threads.dump(), LANGUAGE.md §2.9), and SIGPIPE and
// SIGXFSZ, which CPython ignores.
func defaultKills(sig int) bool {
	switch syscall.Signal(sig) {
	case syscall.SIGCHLD, syscall.SIGCONT, syscall.SIGURG, syscall.SIGWINCH,
		syscall.SIGSTOP, syscall.SIGTSTP, syscall.SIGTTIN, syscall.SIGTTOU,
		syscall.SIGKILL, syscall.SIGINT, syscall.SIGTERM, syscall.SIGQUIT, syscall.SIGPIPE, syscall.SIGXFSZ:
		return false
	}
	return sig > 0 && sig < 65 && sig != 32 && sig != 33
}

// defaultAction takes sig's default action (SIG_DFL; not for SIGINT and
// SIGTERM, the interpreter's): end the process, stop it (the Go runtime
// leaves the stop signals at the system's default), or nothing.
func defaultAction(sig int) {
	switch syscall.Signal(sig) {
	case syscall.SIGTSTP, syscall.SIGTTIN, syscall.SIGTTOU, syscall.SIGSTOP:
		syscall.Kill(os.Getpid(), syscall.Signal(sig))
		return
	}
	if defaultKills(sig) {
		dieFromSignal(sig)
	}
}
