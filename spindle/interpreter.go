package spindle

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/runtime"
	"github.com/spindle-lang/spindle/stdlib"
)

func init() {
	// The stdlib reaches the interpreter through these links (the
	// stdlib cannot import interp); they are the same for every
	// interpreter.
	stdlib.Locals = interp.Locals
	stdlib.Import = interp.Import
	interp.ExitHook = stdlib.RunAtexit
	interp.SignalOverridden = stdlib.SignalOverridden
}

// Options configure an Interpreter. The zero value is an interpreter
// with every built-in module, no output (Stdout and Stderr discard) and
// an empty stdin.
type Options struct {
	// Stdout and Stderr receive what the script writes to sys.stdout
	// (print) and sys.stderr, from any of its threads; nil discards it.
	// Each write is passed on at once. os.Stdout and os.Stderr are used
	// through the same buffered, terminal-aware streams the spindle
	// command uses (flushed at the end of each call).
	Stdout, Stderr io.Writer
	// Stdin is what sys.stdin and input() read; nil is empty.
	Stdin io.Reader
	// Argv is sys.argv (nil: [""]).
	Argv []string
	// Modules lists the built-in modules the script may import (nil:
	// all of them, or SafeModules when Sandbox is set). Modules given to
	// RegisterModule are always importable.
	Modules []string
	// Sandbox runs untrusted code: Modules defaults to SafeModules and
	// the builtins of UnsafeBuiltins (open) are removed.
	Sandbox bool
	// ImportPath lists the folders where `import name` looks for
	// name.sp, name.py or a package folder; nil imports no module files.
	ImportPath []string
	// RecursionLimit is sys.getrecursionlimit() (0: 1000).
	RecursionLimit int
	// CatchInterrupts makes SIGINT (Ctrl-C) raise KeyboardInterrupt in
	// the main thread while a call runs, and a second SIGINT end the
	// process with status 130, as the spindle command does (SIGTERM
	// becomes SystemExit(143)). Leave it unset in a program that handles
	// signals itself.
	CatchInterrupts bool
}

// SafeModules are the built-in modules Options.Sandbox allows by
// default: computation, data formats and structured concurrency, but
// nothing that reaches files, processes, the network, signals, the
// interpreter's own state (sys) or the terminal. Allowing more with
// Options.Modules opens what those modules open: io (io.open), os,
// pathlib, shutil and tempfile reach files whether or not the open
// builtin is there.
var SafeModules = []string{
	"__future__", "abc", "array", "atexit", "binascii", "bisect", "calendar", "collections", "collections.abc",
	"concurrent", "concurrent.futures", "contextlib", "contextvars", "copy", "csv", "dataclasses", "datetime",
	"decimal", "difflib", "enum", "errno", "fnmatch", "fractions", "functools", "getopt", "graphlib", "hashlib",
	"heapq", "hmac", "html", "itertools", "json", "keyword", "math", "numbers", "operator", "pprint", "queue",
	"random", "re", "reprlib", "secrets", "shlex", "stat", "statistics", "string", "struct", "textwrap", "threading",
	"threads", "time", "timeit", "typing",
	"uuid", "warnings",
}

// UnsafeBuiltins are the builtins Options.Sandbox removes.
var UnsafeBuiltins = []string{"open"}

// An Interpreter runs Spindle code: it owns a main module (__main__) and
// the state listed in the package comment. Its methods may be called
// from any goroutine; calls that run code (Exec, ExecFile, Eval, Call)
// run one at a time. Global, SetGlobal and RegisterModule must not be
// called while a call runs, except from a Go function the running code
// called.
type Interpreter struct {
	env  *runtime.Env
	main *runtime.Module
	th   *runtime.Thread // the main thread
	opts Options

	mu     sync.Mutex                      // held by the running call
	runCtx atomic.Pointer[context.Context] // context of the running call
	closed bool
}

type interpKey struct{}

// New makes an interpreter.
func New(opts Options) *Interpreter {
	debug.SetMaxStack(4 << 30) // deep recursion needs big goroutine stacks
	env := interp.NewEnv(outFile("<stdout>", opts.Stdout), outFile("<stderr>", opts.Stderr), inFile(opts.Stdin))
	allowed := opts.Modules
	if allowed == nil && opts.Sandbox {
		allowed = SafeModules
	}
	if allowed != nil {
		set := make(map[string]bool, len(allowed))
		for _, m := range allowed {
			set[m] = true
		}
		env.AllowModule = func(name string) bool { return set[name] }
	}
	if opts.Sandbox {
		for _, name := range UnsafeBuiltins {
			env.Builtins.DeleteStr(name)
		}
	}
	if opts.RecursionLimit > 0 {
		env.SetRecursionLimit(opts.RecursionLimit)
	}
	argv := opts.Argv
	if argv == nil {
		argv = []string{""}
	}
	interp.SetImportPath(env, opts.ImportPath)
	stdlib.SetupEnv(env, argv, opts.ImportPath)
	th := runtime.NewThread("MainThread")
	th.SetEnv(env)
	it := &Interpreter{env: env, th: th, opts: opts, main: interp.NewMainModule(env, "")}
	env.Local(interpKey{}, func() any { return it })
	return it
}

// interpreterOf returns the Interpreter th belongs to, or nil.
func interpreterOf(th *runtime.Thread) *Interpreter {
	it, _ := th.Env().Local(interpKey{}, func() any { return (*Interpreter)(nil) }).(*Interpreter)
	return it
}

func outFile(name string, w io.Writer) *runtime.File {
	if w == nil {
		w = io.Discard
	}
	if f, ok := w.(*os.File); ok {
		switch f {
		case runtime.Stdout.OSFile():
			return runtime.Stdout
		case runtime.Stderr.OSFile():
			return runtime.Stderr
		}
	}
	return runtime.NewWriterFile(name, w, true)
}

func inFile(r io.Reader) *runtime.File {
	if r == nil {
		r = strings.NewReader("")
	}
	if f, ok := r.(*os.File); ok && f == runtime.Stdin.OSFile() {
		return runtime.Stdin
	}
	return runtime.NewReaderFile("<stdin>", r)
}

// Exec runs src as a module body in the interpreter's main module;
// filename is what tracebacks show. It returns nil, an *Error for an
// uncaught exception (a SyntaxError included), or, when ctx was
// cancelled, an error wrapping ctx's error.
func (it *Interpreter) Exec(ctx context.Context, filename, src string) error {
	return it.run(ctx, func(th *runtime.Thread) error {
		return interp.Exec(th, it.main, filename, []byte(src))
	})
}

// ExecFile runs the file at path as Exec does.
func (it *Interpreter) ExecFile(ctx context.Context, path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return it.Exec(ctx, path, string(src))
}

// Eval evaluates one expression in the main module's namespace and
// returns its value. Errors are as for Exec; a statement is a
// SyntaxError.
func (it *Interpreter) Eval(ctx context.Context, expr string) (Value, error) {
	var v Value
	err := it.run(ctx, func(th *runtime.Thread) error {
		var err error
		v, err = interp.Eval(th, it.main, "<string>", []byte(expr))
		return err
	})
	if err != nil {
		return nil, err
	}
	return v, nil
}

// Call calls fn (a Spindle function, or any callable value) with args
// and returns its result. Errors are as for Exec.
func (it *Interpreter) Call(ctx context.Context, fn Value, args ...Value) (Value, error) {
	if fn == nil {
		return nil, fmt.Errorf("spindle: Call of a nil Value")
	}
	for _, a := range args {
		if a == nil {
			return nil, fmt.Errorf("spindle: Call with a nil argument (use None)")
		}
	}
	var v Value
	err := it.run(ctx, func(th *runtime.Thread) error {
		var err error
		v, err = runtime.Call(th, fn, args, nil)
		return err
	})
	if err != nil {
		return nil, err
	}
	return v, nil
}

// Main runs src as a program, the way the spindle command runs a file
// or -c code: __main__.__file__ is filename (left undefined for
// filename "<string>", -c code, as in CPython), an uncaught exception's
// traceback (or SyntaxError) is printed to Stderr, the background
// threads are joined, the atexit callbacks run, and the result is the
// process exit status (0; 1 for an uncaught exception or a failed
// background thread; SystemExit's code; 130 for KeyboardInterrupt).
// Cancelling ctx cancels the program's threads as for Exec.
func (it *Interpreter) Main(ctx context.Context, filename string, src []byte) int {
	code := 0
	it.main.File = filename
	if filename != "<string>" {
		it.main.Dict.SetStr("__file__", runtime.Str(filename))
	}
	it.run(ctx, func(th *runtime.Thread) error {
		code = interp.RunMain(th, it.main, filename, src)
		return nil
	})
	runtime.FlushOpenFiles()
	return code
}

// daemonGrace is how long Close waits for the interpreter's cancelled
// daemon threads to end.
const daemonGrace = time.Second

// Close runs the atexit callbacks the code registered and releases the
// interpreter: the globals of its modules are cleared (Global returns
// nil afterwards), so that what they held can be freed. It waits for a
// running call to end first. The interpreter's daemon threads are
// cancelled, and waited for up to daemonGrace.
func (it *Interpreter) Close() error {
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.closed {
		return nil
	}
	it.closed = true
	if interp.ExitHook != nil {
		interp.ExitHook(it.th)
	}
	it.env.StopDaemons(daemonGrace)
	it.env.FlushStdio()
	it.clearModules()
	interp.CloseGenerators(it.env)
	return nil
}

// clearModules empties the globals of every module the interpreter
// loaded, as CPython's finalization does. A suspended generator's
// coroutine keeps its frame, and so its module's globals, alive; when a
// global refers to the generator itself, nothing else would ever let the
// collector free it and end the coroutine's goroutine.
func (it *Interpreter) clearModules() {
	for _, m := range it.env.Modules.Values() {
		if mod, ok := m.(*runtime.Module); ok {
			mod.Dict.Clear()
		}
	}
	it.main.Dict.Clear()
}

// Global returns the value of a global of the main module, or nil when
// it is not set.
func (it *Interpreter) Global(name string) Value {
	v, ok := it.main.Dict.GetStr(name)
	if !ok {
		return nil
	}
	return v
}

// SetGlobal sets a global of the main module (v nil deletes it).
func (it *Interpreter) SetGlobal(name string, v Value) {
	if v == nil {
		it.main.Dict.DeleteStr(name)
		return
	}
	it.main.Dict.SetStr(name, v)
}

// Globals returns the names of the main module's globals, in the order
// they were first set.
func (it *Interpreter) Globals() []string {
	var names []string
	for _, k := range it.main.Dict.Keys() {
		if s, ok := k.(runtime.Str); ok {
			names = append(names, string(s))
		}
	}
	return names
}

// RegisterModule makes a module of the given members importable by
// `import name` in this interpreter (and only in it), whatever
// Options.Modules says. A later registration of the same name replaces
// it for imports that have not happened yet.
func (it *Interpreter) RegisterModule(name string, members map[string]Value) {
	copied := make(map[string]Value, len(members))
	for k, v := range members {
		copied[k] = v
	}
	if it.env.ExtraModules == nil {
		it.env.ExtraModules = map[string]func() *runtime.Module{}
	}
	it.env.ExtraModules[name] = func() *runtime.Module {
		m := runtime.NewModule(name)
		for k, v := range copied {
			m.Dict.SetStr(k, v)
		}
		return m
	}
}

// threadKey is the context key of the Spindle thread calling a Go
// function.
type threadKey struct{}

// run runs fn on the interpreter's main thread in a cancel scope tied
// to ctx, then joins the background group. Called from a Go function
// of this interpreter (ctx carries its thread), it runs fn on that
// thread instead.
func (it *Interpreter) run(ctx context.Context, fn func(th *runtime.Thread) error) error {
	if th, ok := ctx.Value(threadKey{}).(*runtime.Thread); ok && th.Env() == it.env {
		return wrapError(th, fn(th), nil)
	}
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.closed {
		return fmt.Errorf("spindle: interpreter is closed")
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("spindle: %w", err)
	}
	th := it.th
	if runtime.ClaimMainThread(th) {
		defer runtime.ReleaseMainThread(th)
	}
	if it.opts.CatchInterrupts {
		defer interp.WatchInterrupts(th)()
	}
	it.runCtx.Store(&ctx)
	defer it.runCtx.Store(nil)

	scope := runtime.NewCancelScope(0, false)
	scope.Enter(th)
	// The program's threads all stop with it: its background threads
	// too, which would otherwise keep the join below waiting (a worker
	// looping until the cancelled main thread sets an Event).
	stop := context.AfterFunc(ctx, func() {
		scope.Cancel()
		runtime.CancelBackground(th)
	})
	err := fn(th)
	if runtime.IsExc(err, runtime.KeyboardInterruptType) {
		runtime.CancelBackground(th) // §2.5: Ctrl-C cancels the whole tree
	}
	if jerr := runtime.JoinBackground(th); err == nil {
		err = jerr
	}
	err = scope.Exit(th, err)
	stop()
	th.ClearInterrupt()
	it.env.FlushStdio()
	var cause error
	if ctx.Err() != nil {
		cause = context.Cause(ctx)
		if err == nil || runtime.IsCancelled(err) {
			return fmt.Errorf("spindle: %w", cause)
		}
	}
	return wrapError(th, err, cause)
}

// context returns the context of the running call (Background when
// none runs).
func (it *Interpreter) context() context.Context {
	if p := it.runCtx.Load(); p != nil {
		return *p
	}
	return context.Background()
}
