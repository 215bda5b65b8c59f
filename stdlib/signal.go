package stdlib

import (
	"os"
	ossignal "os/signal"
	"sync"
	"syscall"
	"time"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The signal module: signal.signal stores a handler (a callable, SIG_IGN
// or SIG_DFL) and returns the previous one; getsignal; raise_signal and
// os.kill of the own process run the handler synchronously on the
// calling thread. For SIGINT, SIGTERM, SIGHUP and SIGUSR1/2 a Python
// handler is also delivered when the OS sends the signal: it runs on a fresh
// virtual thread, because running it on the main thread needs the
// interpreter's help; an exception it raises (sys.exit()) is posted to
// the main thread, whose next checkpoint raises it, as CPython raises it
// there. The defaults of SIGINT (KeyboardInterrupt) and SIGTERM
// (SystemExit(143)) are the interpreter's (interp/interrupt.go); SIG_IGN
// and handlers override them, the OS disposition staying the
// interpreter's while it watches them.

var sigState struct {
	sync.Mutex
	handlers map[int]rt.Value
	notify   map[int]chan os.Signal
}

var (
	sigDfl   = rt.MakeInt(0)
	sigIgn   = rt.MakeInt(1)
	sigNames = map[int]string{
		int(syscall.SIGHUP): "SIGHUP", int(syscall.SIGINT): "SIGINT", int(syscall.SIGQUIT): "SIGQUIT",
		int(syscall.SIGILL): "SIGILL", int(syscall.SIGABRT): "SIGABRT", int(syscall.SIGFPE): "SIGFPE",
		int(syscall.SIGKILL): "SIGKILL", int(syscall.SIGSEGV): "SIGSEGV", int(syscall.SIGPIPE): "SIGPIPE",
		int(syscall.SIGALRM): "SIGALRM", int(syscall.SIGTERM): "SIGTERM", int(syscall.SIGUSR1): "SIGUSR1",
		int(syscall.SIGUSR2): "SIGUSR2", int(syscall.SIGCHLD): "SIGCHLD", int(syscall.SIGCONT): "SIGCONT",
		int(syscall.SIGSTOP): "SIGSTOP", int(syscall.SIGTSTP): "SIGTSTP", int(syscall.SIGWINCH): "SIGWINCH",
	}
	defaultIntHandler = rt.NewFunc("default_int_handler", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return nil, rt.NewException(rt.KeyboardInterruptType)
	})
)

// SignalOverridden reports whether the program set sig's disposition to
// a handler or SIG_IGN (for the interpreter's own SIGTERM handling).
func SignalOverridden(sig int) bool {
	sigState.Lock()
	defer sigState.Unlock()
	h, ok := sigState.handlers[sig]
	return ok && h != sigDfl
}

// SignalHandler returns the program's handler for sig (nil when it is the
// default or ignored), for the interpreter's delivery on the main thread.
func SignalHandler(sig int) rt.Value {
	sigState.Lock()
	defer sigState.Unlock()
	h := sigState.handlers[sig]
	if h == nil || h == sigDfl || h == sigIgn || h == defaultIntHandler {
		return nil
	}
	return h
}

func currentHandler(sig int) rt.Value {
	if h, ok := sigState.handlers[sig]; ok {
		return h
	}
	if sig == int(syscall.SIGINT) {
		return defaultIntHandler
	}
	return sigDfl
}

func runSignalHandler(th *rt.Thread, sig int) error {
	sigState.Lock()
	h := currentHandler(sig)
	sigState.Unlock()
	switch h {
	case sigIgn:
		return nil
	case sigDfl:
		if sig == int(syscall.SIGINT) {
			return rt.NewException(rt.KeyboardInterruptType)
		}
		if sig == int(syscall.SIGTERM) && rt.TermWatched() {
			// The interpreter's SIGTERM: structured exit with 143.
			return rt.NewException(rt.SystemExitType, rt.MakeInt(143))
		}
		FlushAndExit(128 + sig)
		return nil
	}
	_, err := rt.Call(th, h, []rt.Value{rt.MakeInt(int64(sig)), rt.None}, nil)
	return err
}

// FlushAndExit ends the process as an unhandled fatal signal does.
func FlushAndExit(code int) {
	rt.FlushAtExitWithin(2 * time.Second)
	os.Exit(code)
}

// loadSignalModule makes the signal module (registered in modules.go).
func loadSignalModule() *rt.Module {
	m := rt.NewModule("signal")
	for n, name := range sigNames {
		m.Dict.SetStr(name, rt.MakeInt(int64(n)))
	}
	m.Dict.SetStr("SIG_DFL", sigDfl)
	m.Dict.SetStr("SIG_IGN", sigIgn)
	m.Dict.SetStr("NSIG", rt.MakeInt(65))
	m.Dict.SetStr("default_int_handler", defaultIntHandler)
	m.Dict.SetStr("signal", rt.NewFunc("signal", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var sig int
		var handler rt.Value
		if err := rt.UnpackArgs("signal", args, kwargs, "signalnum", &sig, "handler", &handler, "/"); err != nil {
			return nil, err
		}
		if _, ok := sigNames[sig]; !ok || sig == int(syscall.SIGKILL) || sig == int(syscall.SIGSTOP) {
			return nil, rt.NewError(rt.ValueErrorType, "signal number out of range")
		}
		if handler != sigDfl && handler != sigIgn && !isCallable(handler) {
			if eq, _ := rt.Equal(th, handler, sigDfl); eq {
				handler = sigDfl
			} else if eq, _ := rt.Equal(th, handler, sigIgn); eq {
				handler = sigIgn
			} else {
				return nil, rt.NewError(rt.TypeErrorType, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
			}
		}
		sigState.Lock()
		old := currentHandler(sig)
		if sigState.handlers == nil {
			sigState.handlers = map[int]rt.Value{}
			sigState.notify = map[int]chan os.Signal{}
		}
		sigState.handlers[sig] = handler
		if ch, ok := sigState.notify[sig]; ok {
			ossignal.Stop(ch)
			delete(sigState.notify, sig)
		}
		// While the interpreter watches SIGTERM (structured
		// cancellation, exit 143), SIG_DFL means that and SIG_IGN
		// is honoured by the interpreter (SignalOverridden): the
		// OS disposition stays the interpreter's.
		interp := (sig == int(syscall.SIGTERM) || sig == int(syscall.SIGINT)) && rt.TermWatched()
		switch {
		case handler == sigIgn && !interp:
			ossignal.Ignore(syscall.Signal(sig))
		case handler == sigDfl && !interp:
			ossignal.Reset(syscall.Signal(sig))
		case handler == sigIgn || handler == sigDfl:
		default:
			// The handler will run Python code on another goroutine:
			// turn the shared-data locks on now, from the program's
			// thread (runtime/sharing.go).
			rt.EnableSharing()
			ch := make(chan os.Signal, 1)
			sigState.notify[sig] = ch
			ossignal.Notify(ch, syscall.Signal(sig))
			go func() {
				for range ch {
					hth := rt.NewThread("signal-handler")
					if err := runSignalHandler(hth, sig); err != nil {
						if exc := rt.AsException(err); exc != nil {
							// As in CPython, an exception the handler
							// raises (sys.exit(), KeyboardInterrupt)
							// is raised in the main thread.
							if main := rt.MainThread(); main != nil {
								main.Interrupt(exc)
							} else {
								writeStream(hth, "stderr", rt.FormatTraceback(hth, exc))
							}
						}
					}
				}
			}()
		}
		sigState.Unlock()
		return old, nil
	}))
	m.Dict.SetStr("getsignal", rt.NewFunc("getsignal", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var sig int
		if err := rt.UnpackArgs("getsignal", args, kwargs, "signalnum", &sig); err != nil {
			return nil, err
		}
		sigState.Lock()
		defer sigState.Unlock()
		return currentHandler(sig), nil
	}))
	m.Dict.SetStr("raise_signal", rt.NewFunc("raise_signal", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var sig int
		if err := rt.UnpackArgs("raise_signal", args, kwargs, "signalnum", &sig); err != nil {
			return nil, err
		}
		return rt.None, runSignalHandler(th, sig)
	}))
	m.Dict.SetStr("strsignal", rt.NewFunc("strsignal", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var sig int
		if err := rt.UnpackArgs("strsignal", args, kwargs, "signalnum", &sig); err != nil {
			return nil, err
		}
		return rt.Str(syscall.Signal(sig).String()), nil
	}))
	m.Dict.SetStr("alarm", rt.NewFunc("alarm", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return rt.MakeInt(0), nil
	}))
	return m
}
