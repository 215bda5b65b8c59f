package interp

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/parser"
	"github.com/spindle-lang/spindle/runtime"
)

// Version is the interpreter version printed by `spindle --version`.
const Version = "0.1.0"

// SetupHook, when set (by the command, which links the stdlib), is
// called before a program starts with sys.argv, sys.path and the module
// registry (sys.modules).
var SetupHook func(argv, path []string, modules *runtime.Dict)

// ExitHook, when set (by the command: atexit), runs on the main thread
// when a program ends, after the background group has been joined.
var ExitHook func(th *runtime.Thread)

// compileModule parses, resolves and compiles src for module globals g.
func compileModule(filename string, src []byte, g *Globals) (*Code, error) {
	if !strings.HasPrefix(filename, "<") {
		// Like CPython's linecache, pseudo-files such as "<string>"
		// (spindle -c) show no source lines in tracebacks.
		runtime.RegisterSource(filename, src)
	}
	mod, err := parser.ParseFile(filename, src)
	if err != nil {
		return nil, err
	}
	return compileAST(filename, src, mod, g, nil)
}

// runModuleCode runs a compiled module body on th.
func runModuleCode(th *runtime.Thread, code *Code, g *Globals) error {
	fr := &Frame{th: th, busy: true}
	fr.setup(code, nil, g)
	if err := th.Enter(&fr.StackFrame); err != nil {
		return err
	}
	_, err := code.body(fr)
	th.Leave(&fr.StackFrame)
	if err != nil {
		fr.addTraceback(err)
	}
	return err
}

func newGlobals(m *runtime.Module, pkg string) *Globals {
	return &Globals{module: m, dict: m.Dict, pkg: pkg, file: m.File}
}

// RunFile runs the program in path with sys.argv = [path] + args and
// returns the process exit code.
func RunFile(path string, args []string) int {
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprint(os.Stderr, CantOpenMessage(path, err))
		return 2
	}
	// Module files are shown relative to the script's folder as given
	// (CPython shows absolute paths; the golden files strip them).
	dir := filepath.Dir(path)
	if dir == "." {
		dir = ""
	}
	return run(path, src, append([]string{path}, args...), dir)
}

// CantOpenMessage is the spindle command's message (a line) for a
// program file it cannot read.
func CantOpenMessage(path string, err error) string {
	abs, _ := filepath.Abs(path)
	msg := err.Error()
	var pe *os.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	errno := 2
	if os.IsPermission(err) {
		errno = 13
	}
	return fmt.Sprintf("spindle: can't open file '%s': [Errno %d] %s\n", abs, errno, capitalize(msg))
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return strings.ToUpper(string(r)) + s[n:]
}

// RunSource runs src as the main program (used by `spindle -c`); args is
// the whole sys.argv.
func RunSource(filename string, src []byte, args []string) int {
	return run(filename, src, args, "")
}

func run(filename string, src []byte, argv []string, dir string) (code int) {
	debug.SetMaxStack(4 << 30)
	resetLoader(dir)
	registerIntrospection()
	if SetupHook != nil {
		SetupHook(argv, searchPath(), runtime.LoadedModules)
	}
	th := runtime.NewMainThread("MainThread")
	defer runtime.ClearMainThread()
	defer runtime.FlushAtExit()
	defer watchInterrupts(th)()

	return RunMain(th, NewMainModule(runtime.DefaultEnv(), filename), filename, src)
}

// runProtected runs fn, turning a Go panic into a SystemError.
func runProtected(th *runtime.Thread, fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			exc := runtime.NewError(runtime.SystemErrorType, "internal interpreter error: %v (this is a Spindle bug)", p)
			for f := th.Top; f != nil; f = f.Parent {
				if f.Code != nil {
					exc.AddTraceback(f.Code.File, f.Line, f.Code.Name, 0)
				}
			}
			if os.Getenv("SPINDLE_DEBUG") != "" {
				fmt.Fprintf(os.Stderr, "%v\n%s", p, debug.Stack())
			}
			th.Top, th.Depth = nil, 0
			err = exc
		}
	}()
	return fn()
}

// exitCode reports an uncaught exception (or SystemExit) and returns the
// process exit code.
func exitCode(th *runtime.Thread, err error) int {
	if err == nil {
		return 0
	}
	exc, ok := err.(*runtime.Exception)
	if !ok {
		th.Env().FlushStdio()
		fmt.Fprintf(th.Env().ErrFile(), "SystemError: internal interpreter error: %v (this is a Spindle bug)\n", err)
		return 1
	}
	if exc.Class.IsSubtype(runtime.SystemExitType) {
		return systemExitCode(th, exc)
	}
	if runtime.BrokenStdout(exc) {
		return 1 // quietly: stdout's reader has gone (stdio_broken.go)
	}
	th.Env().FlushStdio()
	if se := runtime.ReportUncaught(th, th.Env().ErrFile(), exc); se != nil {
		return systemExitCode(th, se)
	}
	if exc.Class.IsSubtype(runtime.KeyboardInterruptType) {
		return 130
	}
	return 1
}

func systemExitCode(th *runtime.Thread, exc *runtime.Exception) int {
	// exc.code: an assigned attribute, else derived from the arguments
	// (Attrs may hold other attributes, such as __suppressed__ when the
	// SystemExit came from a thread group).
	code, err := exc.GetAttr(th, "code")
	if err != nil || code == nil {
		code = runtime.None
	}
	switch v := code.(type) {
	case *runtime.NoneValue:
		return 0
	case runtime.Int:
		return int(v) & 0xff
	case runtime.Bool:
		if v {
			return 1
		}
		return 0
	}
	s, err := runtime.ToStr(th, code)
	if err != nil {
		s = "<exception str() failed>"
	}
	th.Env().FlushStdio()
	io.WriteString(th.Env().ErrFile(), s+"\n")
	return 1
}

// syntaxException converts a compile error into the Python exception,
// with the end of the faulty construct when known.
func syntaxException(err error) *runtime.Exception {
	var se *ast.SyntaxError
	if !errors.As(err, &se) {
		return runtime.AsException(err)
	}
	exc := runtime.FromSyntaxError(se)
	var re *SyntaxError
	if errors.As(err, &re) && re.EndCol > 0 && len(exc.Args) == 2 {
		if info, ok := exc.Args[1].(*runtime.Tuple); ok && len(info.Items) == 6 {
			items := append([]runtime.Value(nil), info.Items...)
			items[4] = runtime.MakeInt(int64(re.EndLine))
			items[5] = runtime.MakeInt(int64(re.EndCol))
			exc.Args[1] = runtime.NewTuple(items)
		}
	}
	return exc
}

// FormatSyntaxError formats a compile-time error as CPython prints it:
//
//	  File "x.sp", line 3
//	    if x
//	        ^
//	SyntaxError: expected ':'
func FormatSyntaxError(se *ast.SyntaxError) string {
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", se.File, se.Line)
	text := strings.TrimRight(se.Text, "\r\n")
	if text != "" {
		stripped := strings.TrimLeft(text, " \t\f")
		indent := utf8.RuneCountInString(text) - utf8.RuneCountInString(stripped)
		stripped = strings.TrimRight(stripped, " \t\f")
		b.WriteString("    " + stripped + "\n")
		if se.Col > 0 {
			col := se.Col - 1 - indent
			if col < 0 {
				col = 0
			}
			if n := utf8.RuneCountInString(stripped); col > n {
				col = n
			}
			b.WriteString("    " + strings.Repeat(" ", col) + "^\n")
		}
	}
	kind := se.Kind
	if kind == "" {
		kind = "SyntaxError"
	}
	fmt.Fprintf(&b, "%s: %s\n", kind, se.Msg)
	return b.String()
}
