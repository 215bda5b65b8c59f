package runtime

import (
	"sync"
	"sync/atomic"
	"time"
)

// Env is the state that the threads of one interpreter share and that
// two interpreters in the same process must not: the standard streams,
// the builtins, sys.modules, the built-in modules the program may import,
// the recursion limit and the background group (§2.7).
//
// Every Thread belongs to one Env: NewThread gives it the process's
// default Env (DefaultEnv, whose fields are the package-level Stdout,
// Stderr, Stdin, Builtins and LoadedModules — what the REPL and the
// runtime's own tests use), SetEnv moves a new thread to another, and a
// spawned thread inherits its spawner's. So code that holds the current
// *Thread — every builtin and every compiled function does — reaches its
// interpreter with th.Env(), and nothing needs goroutine-local state.
//
// Packages above the runtime keep their own per-interpreter state in the
// Env with Local (the importer's registry, the atexit callbacks).
//
// Process-wide still: the deadlock detector watches one registered main
// thread (ClaimMainThread), daemon threads share one group, and the
// source lines shown in tracebacks are cached by file name.
type Env struct {
	// Stdout, Stderr and Stdin are the file objects sys.stdout,
	// sys.stderr and sys.stdin start as.
	Stdout, Stderr, Stdin *File
	// Builtins is the dict of built-in names compiled code resolves
	// after a module's globals.
	Builtins *Dict
	// Modules is sys.modules.
	Modules *Dict
	// Sys is the interpreter's sys module (set by the stdlib).
	Sys *Module
	// AllowModule reports whether the registered built-in module name
	// may be imported (nil: all of them).
	AllowModule func(name string) bool
	// ExtraModules are modules of this interpreter only (the embedding
	// API's RegisterModule), found before the built-in ones.
	ExtraModules map[string]func() *Module

	recursionLimit atomic.Int64
	background     *ThreadGroup
	daemons        *ThreadGroup
	bgFailed       atomic.Bool

	mu     sync.Mutex
	locals map[any]any

	hookMu        sync.Mutex
	shutdownHooks []func(th *Thread)
	shuttingDown  bool
}

// defaultEnv is the Env of threads made with NewThread.
var defaultEnv = func() *Env {
	e := &Env{Stdout: Stdout, Stderr: Stderr, Stdin: Stdin, Builtins: Builtins, Modules: LoadedModules, background: background, daemons: daemons}
	e.recursionLimit.Store(1000)
	return e
}()

// DefaultEnv returns the process's default Env.
func DefaultEnv() *Env { return defaultEnv }

// NewEnv makes an Env with the given streams, an empty sys.modules, a
// copy of the process's builtins (which the caller may then change
// without affecting other interpreters), a recursion limit of 1000 and
// its own background group.
func NewEnv(stdout, stderr, stdin *File) *Env {
	e := &Env{Stdout: stdout, Stderr: stderr, Stdin: stdin, Builtins: NewDict(), Modules: NewDict(), background: newBackgroundGroup(), daemons: newDaemonGroup()}
	for _, kv := range Builtins.Items() {
		e.Builtins.SetItem(nil, kv[0], kv[1])
	}
	e.recursionLimit.Store(1000)
	return e
}

// Env returns the interpreter state th belongs to.
func (th *Thread) Env() *Env {
	if th.env == nil {
		return defaultEnv
	}
	return th.env
}

// SetEnv moves th, a thread that has not started running code, to e.
func (th *Thread) SetEnv(e *Env) { th.env = e }

// RecursionLimit returns the interpreter's recursion limit
// (sys.getrecursionlimit()).
func (e *Env) RecursionLimit() int { return int(e.recursionLimit.Load()) }

// SetRecursionLimit sets the recursion limit of every thread of the
// interpreter (sys.setrecursionlimit).
func (e *Env) SetRecursionLimit(n int) { e.recursionLimit.Store(int64(n)) }

// Background returns the interpreter's background group: the threads
// spawned with no group around them.
func (e *Env) Background() *ThreadGroup { return e.background }

// Daemons returns the interpreter's group of daemon threads
// (threading.Thread(daemon=True)).
func (e *Env) Daemons() *ThreadGroup { return e.daemons }

// StopDaemons cancels the interpreter's daemon threads and waits up to
// grace for them to end: an embedded interpreter being closed takes its
// daemons with it (a process that exits simply ends them, as CPython
// does). A daemon that keeps catching Cancelled past grace is left
// running.
func (e *Env) StopDaemons(grace time.Duration) {
	for _, c := range e.daemons.Threads() {
		c.root.Cancel()
	}
	for deadline := time.Now().Add(grace); e.daemons.Running() > 0 && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
	}
}

// BackgroundFailed reports whether a background thread of the
// interpreter ended with an exception (a program then exits with 1).
func (e *Env) BackgroundFailed() bool { return e.bgFailed.Load() }

// AtShutdown registers fn to run on the main thread each time the
// interpreter joins its background group (JoinBackground: at the end of
// a program, of a REPL session, of an embedding call), before the join:
// CPython's threading._register_atexit, by which concurrent.futures
// wakes its idle workers so that they end. Hooks run last-registered
// first and stay registered.
func (e *Env) AtShutdown(fn func(th *Thread)) {
	e.hookMu.Lock()
	defer e.hookMu.Unlock()
	e.shutdownHooks = append(e.shutdownHooks, fn)
}

// ShuttingDown reports whether the interpreter is joining its
// background group (CPython: the interpreter is shutting down; an
// executor then refuses new work).
func (e *Env) ShuttingDown() bool {
	e.hookMu.Lock()
	defer e.hookMu.Unlock()
	return e.shuttingDown
}

// beginShutdown marks the interpreter shutting down and runs the
// AtShutdown hooks; the returned function ends the shutdown (an embedded
// interpreter runs again).
func (e *Env) beginShutdown(th *Thread) (end func()) {
	e.hookMu.Lock()
	e.shuttingDown = true
	hooks := append([]func(th *Thread){}, e.shutdownHooks...)
	e.hookMu.Unlock()
	for i := len(hooks) - 1; i >= 0; i-- {
		hooks[i](th)
	}
	return func() {
		e.hookMu.Lock()
		e.shuttingDown = false
		e.hookMu.Unlock()
	}
}

// Local returns the value stored in e under key, making it with mk on
// first use. Packages keep their per-interpreter state here, under a
// key of an unexported type.
func (e *Env) Local(key any, mk func() any) any {
	e.mu.Lock()
	defer e.mu.Unlock()
	if v, ok := e.locals[key]; ok {
		return v
	}
	if e.locals == nil {
		e.locals = map[any]any{}
	}
	v := mk()
	e.locals[key] = v
	return v
}

// EnvModules are built-in modules whose object belongs to one
// interpreter (sys): the importer makes them with the importing
// thread's Env. They are registered like BuiltinModules, at init.
var EnvModules = map[string]func(e *Env) *Module{}

// RegisterEnvModule makes a per-interpreter built-in module importable.
func RegisterEnvModule(name string, make func(e *Env) *Module) { EnvModules[name] = make }

// ClaimMainThread registers th as the main thread the deadlock detector
// and SIGQUIT dumps watch, unless another is registered; it reports
// whether th got it. An embedded interpreter that did not get it runs
// without deadlock detection.
func ClaimMainThread(th *Thread) bool {
	th.ID()
	if !mainThread.CompareAndSwap(nil, th) {
		return false
	}
	th.counted = true
	liveThreads.Add(1)
	return true
}

// ReleaseMainThread unregisters th if it is the registered main thread.
func ReleaseMainThread(th *Thread) {
	if mainThread.CompareAndSwap(th, nil) {
		th.counted = false
		liveThreads.Add(-1)
	}
}

// FlushStdio flushes the interpreter's standard output and error
// streams.
func (e *Env) FlushStdio() {
	if e == defaultEnv {
		FlushStdio()
		return
	}
	e.Stdout.Flush()
	e.Stderr.Flush()
}

// ErrFile returns the file the interpreter reports errors to: Stderr,
// or for the default Env the package's Stderr as currently set (tests
// replace it).
func (e *Env) ErrFile() *File {
	if e == defaultEnv {
		return Stderr
	}
	return e.Stderr
}
