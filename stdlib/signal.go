package stdlib

import (
	"os"
	ossignal "os/signal"
	"sort"
	"strings"
	"sync"
	"syscall"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The signal module: signal.signal stores a handler (a callable, SIG_IGN
// or SIG_DFL) and returns the previous one; getsignal. A Python handler
// runs in the main thread, as in CPython: the signal is delivered by
// queueing a call for the main thread (Thread.PostCall), which runs it at
// its next checkpoint, or inside the wait it is blocked in (time.sleep,
// Event.wait, join, a lock) before that wait goes on — unless the handler
// raises (KeyboardInterrupt, sys.exit()), which then ends the wait.
// Signals come from the OS (SIGINT, SIGTERM, SIGHUP, SIGUSR1/2, ... as
// sent by kill), from alarm(), or from raise_signal / os.kill of the own
// process, which queue the call at once (so the handler has run when
// they return to the main thread, as CPython's next-bytecode check
// does). While a handler is installed the deadlock detector expects
// wake-ups from outside (a program may wait for its signal). The
// defaults of SIGINT (KeyboardInterrupt) and SIGTERM (SystemExit(143))
// are the interpreter's (interp/interrupt.go); SIG_IGN and handlers
// override them, the OS disposition staying the interpreter's while it
// watches them. signal.Signals and signal.Handlers are IntEnums, as in
// CPython.

var sigState struct {
	sync.Mutex
	handlers map[int]rt.Value
	notify   map[int]chan os.Signal
	expect   map[int]func()  // the deadlock detector's wake-up expectation per handled signal
	pausers  []chan struct{} // pause() calls waiting for a handler to run
	itimer   sigTimer        // ITIMER_REAL (alarm, setitimer)
}

type sigName struct {
	name string
	sig  syscall.Signal
}

// sigValid reports whether sig is a signal number of signal.Signals.
func sigValid(sig int) bool {
	for _, n := range sigNames {
		if int(n.sig) == sig {
			return true
		}
	}
	return false
}

var (
	sigDfl = rt.MakeInt(0)
	sigIgn = rt.MakeInt(1)
	// sigNames are the signals of signal.Signals in value order (an
	// alias after its signal), with the platform's extras (signal_*.go).
	sigNames = append([]sigName{
		{"SIGHUP", syscall.SIGHUP}, {"SIGINT", syscall.SIGINT}, {"SIGQUIT", syscall.SIGQUIT},
		{"SIGILL", syscall.SIGILL}, {"SIGTRAP", syscall.SIGTRAP}, {"SIGABRT", syscall.SIGABRT},
		{"SIGBUS", syscall.SIGBUS}, {"SIGFPE", syscall.SIGFPE}, {"SIGKILL", syscall.SIGKILL},
		{"SIGUSR1", syscall.SIGUSR1}, {"SIGSEGV", syscall.SIGSEGV}, {"SIGUSR2", syscall.SIGUSR2},
		{"SIGPIPE", syscall.SIGPIPE}, {"SIGALRM", syscall.SIGALRM}, {"SIGTERM", syscall.SIGTERM},
		{"SIGCHLD", syscall.SIGCHLD}, {"SIGCONT", syscall.SIGCONT}, {"SIGSTOP", syscall.SIGSTOP},
		{"SIGTSTP", syscall.SIGTSTP}, {"SIGTTIN", syscall.SIGTTIN}, {"SIGTTOU", syscall.SIGTTOU},
		{"SIGURG", syscall.SIGURG}, {"SIGXCPU", syscall.SIGXCPU}, {"SIGXFSZ", syscall.SIGXFSZ},
		{"SIGVTALRM", syscall.SIGVTALRM}, {"SIGPROF", syscall.SIGPROF}, {"SIGWINCH", syscall.SIGWINCH},
		{"SIGIO", syscall.SIGIO}, {"SIGSYS", syscall.SIGSYS}, {"SIGIOT", syscall.SIGABRT},
	}, sigPlatformNames...)
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
		defaultAction(sig)
		return nil
	}
	_, err := rt.Call(th, h, []rt.Value{rt.MakeInt(int64(sig)), rt.None}, nil)
	return err
}

// deliverSignal runs sig's handler in the main thread (see the top of
// the file); without a registered main thread (an embedded interpreter
// that did not claim it), on a thread of its own, an exception it raises
// printed.
func deliverSignal(th *rt.Thread, sig int) {
	call := func(th *rt.Thread) error {
		err := runSignalHandler(th, sig)
		wakePausers()
		return err
	}
	if main := rt.MainThread(); main != nil {
		main.PostCall(call)
		return
	}
	if err := call(th); err != nil {
		if exc := rt.AsException(err); exc != nil {
			writeStream(th, "stderr", rt.FormatTraceback(th, exc))
		}
	}
}

// signalSelf is raise_signal(sig) (and os.kill of the own process with a
// handler in place): the handler runs now when th is the main thread,
// else the main thread runs it at its next checkpoint.
func signalSelf(th *rt.Thread, sig int) error {
	if main := rt.MainThread(); main != nil && main != th {
		deliverSignal(th, sig)
		return nil
	}
	err := runSignalHandler(th, sig)
	wakePausers()
	return err
}

// handledInProcess reports whether sig sent to the own process is the
// signal module's to deliver (a Python handler, SIG_IGN, SIGINT's
// KeyboardInterrupt, the interpreter's SIGTERM, or a default action that
// ends the process, taken before os.kill returns as in CPython) rather
// than the OS's.
func handledInProcess(sig int) bool {
	sigState.Lock()
	defer sigState.Unlock()
	h := currentHandler(sig)
	switch {
	case h != sigDfl || sig == int(syscall.SIGINT):
		return true
	case sig == int(syscall.SIGTERM):
		return rt.TermWatched()
	}
	return defaultKills(sig) // at once, as the kernel would
}

// wakePausers ends the pause() calls waiting for a handler.
func wakePausers() {
	sigState.Lock()
	ps := sigState.pausers
	sigState.pausers = nil
	sigState.Unlock()
	for _, ch := range ps {
		close(ch)
	}
}

// setHandler installs handler (a callable, sigDfl or sigIgn) for sig and
// returns the previous one.
func setHandler(sig int, handler rt.Value) rt.Value {
	sigState.Lock()
	defer sigState.Unlock()
	old := currentHandler(sig)
	if sigState.handlers == nil {
		sigState.handlers = map[int]rt.Value{}
		sigState.notify = map[int]chan os.Signal{}
		sigState.expect = map[int]func(){}
	}
	sigState.handlers[sig] = handler
	if ch, ok := sigState.notify[sig]; ok {
		ossignal.Stop(ch)
		close(ch)
		delete(sigState.notify, sig)
	}
	if done, ok := sigState.expect[sig]; ok {
		done()
		delete(sigState.expect, sig)
	}
	// While the interpreter watches SIGTERM (structured cancellation,
	// exit 143), SIG_DFL means that and SIG_IGN is honoured by the
	// interpreter (SignalOverridden): the OS disposition stays the
	// interpreter's.
	interp := (sig == int(syscall.SIGTERM) || sig == int(syscall.SIGINT)) && rt.TermWatched()
	switch {
	case handler == sigIgn && !interp:
		ossignal.Ignore(syscall.Signal(sig))
	case handler == sigDfl && !interp:
		restoreDefault(sig)
	case handler == sigIgn || handler == sigDfl:
	default:
		// The handler will run Python code delivered from another
		// goroutine: turn the shared-data locks on now, from the
		// program's thread (runtime/sharing.go).
		rt.EnableSharing()
		sigState.expect[sig] = rt.ExpectWakeups()
		ch := make(chan os.Signal, 1)
		sigState.notify[sig] = ch
		ossignal.Notify(ch, syscall.Signal(sig))
		go func() {
			th := rt.NewThread("signal-handler")
			for range ch {
				deliverSignal(th, sig)
			}
		}()
	}
	return old
}

// sigPause is pause(): wait until a signal handler has run. Waiting for
// a signal from outside is the point of pause(), not a deadlock: while
// it waits, the deadlock detector counts a possible wake-up (with no
// handler installed, Ctrl-C still ends it).
func sigPause(th *rt.Thread) error {
	ch := make(chan struct{})
	sigState.Lock()
	sigState.pausers = append(sigState.pausers, ch)
	sigState.Unlock()
	defer rt.ExpectWakeups()()
	return th.Wait(ch, "signal.pause", nil)
}

// sigEnums makes signal.Signals and signal.Handlers (IntEnums).
func sigEnums(th *rt.Thread) (signals, handlers *rt.Type, err error) {
	setupEnumTypes()
	names := append([]sigName(nil), sigNames...)
	sort.SliceStable(names, func(i, j int) bool {
		if names[i].sig != names[j].sig {
			return names[i].sig < names[j].sig
		}
		return names[i].name < names[j].name
	})
	members := rt.NewDict()
	for _, n := range names {
		members.SetStr(n.name, rt.MakeInt(int64(n.sig)))
	}
	mk := func(name string, members *rt.Dict) (*rt.Type, error) {
		cls, err := enumFunctional(th, intEnumType, []rt.Value{rt.Str(name), members}, []rt.KwArg{{Name: "module", Value: rt.Str("signal")}})
		if err != nil {
			return nil, err
		}
		return cls.(*rt.Type), nil
	}
	if signals, err = mk("Signals", members); err != nil {
		return nil, nil, err
	}
	hm := rt.NewDict()
	hm.SetStr("SIG_DFL", sigDfl)
	hm.SetStr("SIG_IGN", sigIgn)
	handlers, err = mk("Handlers", hm)
	return signals, handlers, err
}

// sigArg is a signal number argument (an int or a Signals member).
func sigArg(fname string, args []rt.Value, kwargs []rt.KwArg, extra ...any) (int, error) {
	var sig int
	err := rt.UnpackArgs(fname, args, kwargs, append([]any{"signalnum", &sig}, extra...)...)
	return sig, err
}

// loadSignalModule makes the signal module (registered in modules.go).
func loadSignalModule() *rt.Module {
	m := rt.NewModule("signal")
	th := rt.NewThread("")
	signals, handlers, err := sigEnums(th)
	if err != nil {
		panic("signal.Signals: " + err.Error())
	}
	m.Dict.SetStr("Signals", signals)
	m.Dict.SetStr("Handlers", handlers)
	for _, n := range sigNames {
		v, err := rt.GetAttr(th, signals, n.name)
		if err != nil {
			panic("signal." + n.name + ": " + err.Error())
		}
		m.Dict.SetStr(n.name, v)
	}
	dfl, _ := rt.GetAttr(th, handlers, "SIG_DFL")
	ign, _ := rt.GetAttr(th, handlers, "SIG_IGN")
	m.Dict.SetStr("SIG_DFL", dfl)
	m.Dict.SetStr("SIG_IGN", ign)
	// show is a handler as Python sees it: SIG_DFL and SIG_IGN are the
	// Handlers members.
	show := func(h rt.Value) rt.Value {
		switch h {
		case sigDfl:
			return dfl
		case sigIgn:
			return ign
		}
		return h
	}
	m.Dict.SetStr("NSIG", rt.MakeInt(65))
	m.Dict.SetStr("default_int_handler", defaultIntHandler)
	m.Dict.SetStr("signal", rt.NewFunc("signal", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var handler rt.Value
		sig, err := sigArg("signal", args, kwargs, "handler", &handler, "/")
		if err != nil {
			return nil, err
		}
		if !sigValid(sig) || sig == int(syscall.SIGKILL) || sig == int(syscall.SIGSTOP) {
			if sigValid(sig) {
				return nil, rt.IOError(syscall.EINVAL, "")
			}
			return nil, rt.NewError(rt.ValueErrorType, "signal number out of range")
		}
		if main := rt.MainThread(); main != nil && main != th {
			return nil, rt.NewError(rt.ValueErrorType, "signal only works in main thread of the main interpreter")
		}
		if !isCallable(handler) {
			if eq, _ := rt.Equal(th, handler, sigDfl); eq {
				handler = sigDfl
			} else if eq, _ := rt.Equal(th, handler, sigIgn); eq {
				handler = sigIgn
			} else {
				return nil, rt.NewError(rt.TypeErrorType, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
			}
		}
		return show(setHandler(sig, handler)), nil
	}))
	m.Dict.SetStr("getsignal", rt.NewFunc("getsignal", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		sig, err := sigArg("getsignal", args, kwargs, "/")
		if err != nil {
			return nil, err
		}
		if !sigValid(sig) {
			return nil, rt.NewError(rt.ValueErrorType, "signal number out of range")
		}
		sigState.Lock()
		defer sigState.Unlock()
		return show(currentHandler(sig)), nil
	}))
	m.Dict.SetStr("raise_signal", rt.NewFunc("raise_signal", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		sig, err := sigArg("raise_signal", args, kwargs, "/")
		if err != nil {
			return nil, err
		}
		if !sigValid(sig) {
			return nil, rt.NewError(rt.ValueErrorType, "signal number out of range")
		}
		return rt.None, signalSelf(th, sig)
	}))
	m.Dict.SetStr("strsignal", rt.NewFunc("strsignal", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		sig, err := sigArg("strsignal", args, kwargs, "/")
		if err != nil {
			return nil, err
		}
		if sig < 1 || sig >= 65 {
			return nil, rt.NewError(rt.ValueErrorType, "signal number out of range")
		}
		d := syscall.Signal(sig).String() // glibc's description, lower-cased
		return rt.Str(strings.ToUpper(d[:1]) + d[1:]), nil
	}))
	addITimerFuncs(m)
	m.Dict.SetStr("pause", rt.NewFunc("pause", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := rt.UnpackArgs("pause", args, kwargs); err != nil {
			return nil, err
		}
		return rt.None, sigPause(th)
	}))
	m.Dict.SetStr("valid_signals", rt.NewFunc("valid_signals", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := rt.UnpackArgs("valid_signals", args, kwargs); err != nil {
			return nil, err
		}
		out := rt.NewSet()
		for sig := 1; sig < 65; sig++ {
			if sig == 32 || sig == 33 { // glibc's own real-time signals
				continue
			}
			v := rt.Value(rt.MakeInt(int64(sig)))
			if sigValid(sig) {
				v, _ = rt.Call(th, signals, []rt.Value{v}, nil)
			}
			if err := out.Add(th, v); err != nil {
				return nil, err
			}
		}
		return out, nil
	}))
	return m
}
