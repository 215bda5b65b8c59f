package interp

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"sync"

	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/parser"
	"github.com/spindle-lang/spindle/runtime"
)

// Session is a persistent interactive session: the engine of the REPL.
//
// It owns a __main__ module and the main thread. Each input (one
// statement, or a block of them) is compiled on its own against the same
// module namespace and run on the main thread, so definitions persist
// from one input to the next, as in CPython's interactive mode.
//
// # Echo
//
// As in CPython's 'single' compilation mode, every expression statement
// of an input that is not inside a def, class or async: block echoes the
// repr of its value (unless None) and stores it in builtins._ — so
// `for i in range(3): i` echoes 0, 1 and 2. The compiler is not told
// about it: before resolving, the input's syntax tree is rewritten so
// that such a statement `e` becomes `$echo(e)`, where the name `$echo`
// (which no source text can spell) is bound, through a pre-seeded
// global reference, to Session.display in a private namespace; nothing
// is added to __main__.
//
// # Interrupts
//
// Each input runs in its own cancel scope on the main thread. Interrupt
// (Ctrl-C, from another goroutine) posts KeyboardInterrupt to the main
// thread: its next checkpoint or blocking call raises it, an enclosing
// `await:` cancels its threads and waits for them (their finally blocks
// run), and the traceback ends in KeyboardInterrupt. A second Interrupt
// while the input still runs cancels its scope (level-triggered) and
// posts KeyboardInterrupt again. When an interrupted input has ended,
// its scope is cancelled too: threads it spawned into the background
// group inherited that scope and stop as well. Threads spawned by
// earlier inputs keep running.
type Session struct {
	th   *runtime.Thread
	mod  *runtime.Module
	g    *Globals
	hook *Globals // private namespace of $echo

	// Display shows the value of an expression statement. The default
	// writes its repr and a newline to sys.stdout.
	Display func(th *runtime.Thread, v runtime.Value) error

	mu         sync.Mutex
	running    bool                 // an input (or Close's join) is running
	scope      *runtime.CancelScope // the running input's scope
	interrupts int                  // Interrupt calls for the running input
}

// echoName is the hidden name of the echo hook; '$' cannot appear in an
// identifier, so no program can shadow or reach it.
const echoName = "$echo"

// NewSession starts a session whose sys.argv is argv (argv[0] is "" for
// a plain REPL, the script for `spindle -i FILE`). Modules are imported
// from dir ("" for the current folder) and SPINDLEPATH. Only one session
// (or program) may run in a process at a time.
func NewSession(argv []string, dir string) *Session {
	debug.SetMaxStack(4 << 30)
	resetLoader(dir)
	registerIntrospection()
	if SetupHook != nil {
		SetupHook(argv, searchPath(), runtime.LoadedModules)
	}
	s := &Session{th: runtime.NewMainThread("MainThread")}
	s.mod = runtime.NewModule("__main__")
	s.mod.Dict.SetStr("__doc__", runtime.None)
	s.mod.Dict.SetStr("__package__", runtime.None)
	s.g = newGlobals(s.mod, "")
	registerModule("__main__", s.mod)
	setMainBuiltins(runtime.DefaultEnv(), s.mod)

	hm := runtime.NewModule("$session")
	hm.Dict.SetStr(echoName, runtime.NewFunc(echoName, s.echo))
	s.hook = newGlobals(hm, "")
	s.Display = defaultDisplay
	return s
}

// Thread returns the session's main thread.
func (s *Session) Thread() *runtime.Thread { return s.th }

// Globals returns the __main__ namespace.
func (s *Session) Globals() *runtime.Dict { return s.mod.Dict }

// echo is the $echo hook: display v unless it is None, then bind _.
func (s *Session) echo(th *runtime.Thread, args []runtime.Value, _ []runtime.KwArg) (runtime.Value, error) {
	if len(args) != 1 || args[0] == runtime.None {
		return runtime.None, nil
	}
	v := args[0]
	runtime.Builtins.SetStr("_", runtime.None) // as sys.displayhook
	if err := s.Display(th, v); err != nil {
		return nil, err
	}
	runtime.Builtins.SetStr("_", v)
	return runtime.None, nil
}

func defaultDisplay(th *runtime.Thread, v runtime.Value) error {
	r, err := runtime.Repr(th, v)
	if err != nil {
		return err
	}
	return runtime.Stdout.WriteString(r + "\n")
}

// ErrCannotOpen is returned by RunFile when the file cannot be read (the
// message is printed already; the process should exit 2).
var ErrCannotOpen = errors.New("spindle: can't open file")

// RunFile runs the file at path in the session's __main__ namespace
// (`spindle -i FILE`), with __file__ set. It returns the uncaught
// exception, if any, for Report.
func (s *Session) RunFile(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprint(os.Stderr, CantOpenMessage(path, err))
		return ErrCannotOpen
	}
	s.mod.File = path
	s.g.file = path
	s.mod.Dict.SetStr("__file__", runtime.Str(path))
	runtime.RegisterSource(path, src)
	mod, err := parser.ParseFile(path, src)
	if err != nil {
		return syntaxException(err)
	}
	return s.run(path, src, mod)
}

// Exec compiles and runs one input (filename is what tracebacks show,
// "<stdin>" for the REPL). It returns the uncaught exception (a
// *runtime.Exception, a SyntaxError included), or nil; pass it to
// Report.
func (s *Session) Exec(filename string, src []byte) error {
	mod, err := parser.ParseFile(filename, src)
	if err != nil {
		return syntaxException(err)
	}
	addEcho(mod.Body)
	return s.run(filename, src, mod)
}

// run resolves, compiles and runs mod in its own cancel scope.
func (s *Session) run(filename string, src []byte, mod *ast.Module) error {
	code, err := s.compile(filename, src, mod)
	if err != nil {
		return syntaxException(err)
	}
	scope := runtime.NewCancelScope(0, false)
	s.mu.Lock()
	s.running, s.scope, s.interrupts = true, scope, 0
	s.th.ClearInterrupt() // one that came after the previous input ended
	s.mu.Unlock()

	scope.Enter(s.th)
	err = runProtected(s.th, func() error { return runModuleCode(s.th, code, s.g) })
	err = scope.Exit(s.th, err)

	s.mu.Lock()
	interrupted := s.interrupts > 0
	s.running, s.scope = false, nil
	s.mu.Unlock()
	if interrupted {
		scope.Cancel() // threads this input left in the background group
		// A KeyboardInterrupt the input caught is not reported; one that
		// came too late to be raised in it is.
		pending := s.th.ClearInterrupt()
		if (err == nil && pending) || runtime.IsCancelled(err) {
			err = runtime.NewKeyboardInterrupt()
		}
	}
	return err
}

// compile is compileModule for an already parsed (and rewritten) input,
// with the $echo hook bound.
func (s *Session) compile(filename string, src []byte, mod *ast.Module) (*Code, error) {
	return compileAST(filename, src, mod, s.g, map[string]*globalRef{echoName: newGlobalRef(echoName, s.hook)})
}

// addEcho rewrites the expression statements of an interactive input
// that run at module level (not in a def, class or async: block) into
// calls of the echo hook.
func addEcho(body []ast.Stmt) {
	for _, st := range body {
		switch n := st.(type) {
		case *ast.ExprStmt:
			p := n.Value.Position()
			n.Value = &ast.Call{Pos: p, Func: &ast.Name{Pos: p, Id: echoName}, Args: []ast.Expr{n.Value}}
		case *ast.If:
			addEcho(n.Body)
			addEcho(n.Orelse)
		case *ast.While:
			addEcho(n.Body)
			addEcho(n.Orelse)
		case *ast.For:
			addEcho(n.Body)
			addEcho(n.Orelse)
		case *ast.Try:
			addEcho(n.Body)
			for _, h := range n.Handlers {
				addEcho(h.Body)
			}
			addEcho(n.Orelse)
			addEcho(n.Finalbody)
		case *ast.With:
			addEcho(n.Body)
		case *ast.AwaitBlock:
			addEcho(n.Body)
		}
	}
}

// Interrupt is Ctrl-C, callable from any goroutine: it interrupts the
// running input (see the type's comment) and returns how many times the
// running input has been interrupted, this time included (0: nothing
// runs). During Close's join, the first call cancels the background
// threads and the second stops waiting for them.
func (s *Session) Interrupt() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.running {
		return 0
	}
	s.interrupts++
	if s.interrupts > 1 && s.scope != nil {
		s.scope.Cancel()
	}
	s.th.Interrupt(runtime.NewKeyboardInterrupt())
	return s.interrupts
}

// Report prints err as the REPL shows an uncaught exception (a
// traceback, or a SyntaxError with its caret) to sys.stderr. For
// SystemExit (exit(), quit(), sys.exit()) it prints nothing but the
// message of a non-integer code and returns exit = true with the exit
// status.
func (s *Session) Report(err error) (exit bool, code int) {
	if err == nil {
		return false, 0
	}
	if exc, ok := err.(*runtime.Exception); ok && exc.Class.IsSubtype(runtime.SystemExitType) {
		return true, systemExitCode(s.th, exc)
	}
	exitCode(s.th, err)
	return false, 0
}

// Close ends the session as a script ends: the background group is
// joined (Interrupt cancels it, a second Interrupt stops waiting) and
// the main thread is unregistered. It returns the exit status: code
// when it is not 0, else 130 when Ctrl-C cancelled the background
// threads, 1 when one of them failed, else 0.
func (s *Session) Close(code int) int {
	s.mu.Lock()
	s.running, s.scope, s.interrupts = true, nil, 0
	s.th.ClearInterrupt()
	s.mu.Unlock()
	jerr := runtime.JoinBackground(s.th)
	s.mu.Lock()
	s.running = false
	s.mu.Unlock()
	switch {
	case jerr == nil || code != 0:
	case runtime.IsExc(jerr, runtime.KeyboardInterruptType):
		code = 130 // Ctrl-C cancelled the background threads
	default:
		code = exitCode(s.th, jerr)
	}
	if code == 0 && s.th.Env().BackgroundFailed() {
		code = 1
	}
	runtime.FlushAtExit()
	runtime.ClearMainThread()
	return code
}

// BackgroundThreads returns the number of live threads of the
// session's background group (its Env's, where its spawns go — not the
// process default's).
func (s *Session) BackgroundThreads() int { return s.th.Env().Background().Running() }
