package interp

import (
	"errors"
	"strings"

	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/parser"
	"github.com/spindle-lang/spindle/runtime"
)

// Running code for an interpreter of its own (runtime.Env): what the
// embedding package (spindle/) builds on. Everything here takes the
// thread to run on; the thread's Env decides the builtins, the module
// registry and the standard streams.

// NewEnv makes the state of a new interpreter writing to stdout and
// stderr and reading stdin (see runtime.NewEnv), with the interpreter's
// builtins (globals(), locals()) in its builtins dict.
func NewEnv(stdout, stderr, stdin *runtime.File) *runtime.Env {
	registerIntrospection()
	return runtime.NewEnv(stdout, stderr, stdin)
}

// NewMainModule makes the __main__ module of interpreter e (__file__
// set when filename is not "") and registers it in e's sys.modules.
func NewMainModule(e *runtime.Env, filename string) *runtime.Module {
	m := runtime.NewModule("__main__")
	m.Dict.SetStr("__doc__", runtime.None)
	m.Dict.SetStr("__package__", runtime.None)
	if filename != "" {
		m.File = filename
		m.Dict.SetStr("__file__", runtime.Str(filename))
	}
	registerModuleIn(e, "__main__", m)
	setMainBuiltins(e, m)
	return m
}

// envGlobals is the compiled code's view of module m of th's interpreter.
func envGlobals(th *runtime.Thread, m *runtime.Module) *Globals {
	g := newGlobals(m, "")
	g.builtins = th.Env().Builtins
	return g
}

// Exec compiles src (tracebacks show filename) and runs it on th in the
// namespace of module m. It returns the uncaught exception as a
// *runtime.Exception (a SyntaxError included), or nil; a Go panic in
// the interpreter becomes a SystemError.
func Exec(th *runtime.Thread, m *runtime.Module, filename string, src []byte) error {
	g := envGlobals(th, m)
	code, err := compileModule(filename, src, g)
	if err != nil {
		return syntaxException(err)
	}
	return runProtected(th, func() error { return runModuleCode(th, code, g) })
}

// resultName is the hidden name of Eval's result hook ('$' cannot
// appear in an identifier).
const resultName = "$result"

// Eval evaluates the expression src on th in the namespace of module m.
// Anything but a single expression is a SyntaxError.
func Eval(th *runtime.Thread, m *runtime.Module, filename string, src []byte) (runtime.Value, error) {
	mod, err := parser.ParseFile(filename, src)
	if err != nil {
		return nil, syntaxException(err)
	}
	if len(mod.Body) != 1 {
		return nil, evalSyntaxError(filename, src, mod.Body)
	}
	st, ok := mod.Body[0].(*ast.ExprStmt)
	if !ok {
		return nil, evalSyntaxError(filename, src, mod.Body)
	}
	// The expression becomes a call of a private hook that keeps its
	// value, as Session's echo does.
	var result runtime.Value = runtime.None
	hm := runtime.NewModule("$eval")
	hm.Dict.SetStr(resultName, runtime.NewFunc(resultName, func(_ *runtime.Thread, args []runtime.Value, _ []runtime.KwArg) (runtime.Value, error) {
		result = args[0]
		return runtime.None, nil
	}))
	p := st.Value.Position()
	st.Value = &ast.Call{Pos: p, Func: &ast.Name{Pos: p, Id: resultName}, Args: []ast.Expr{st.Value}}
	g := envGlobals(th, m)
	code, err := compileAST(filename, src, mod, g, map[string]*globalRef{resultName: newGlobalRef(resultName, newGlobals(hm, ""))})
	if err != nil {
		return nil, syntaxException(err)
	}
	if err := runProtected(th, func() error { return runModuleCode(th, code, g) }); err != nil {
		return nil, err
	}
	return result, nil
}

// evalSyntaxError is eval()'s error for source that is not one
// expression.
func evalSyntaxError(filename string, src []byte, body []ast.Stmt) error {
	line := 1
	if len(body) > 0 {
		line = body[0].Position().Line
	}
	text := ""
	if lines := strings.Split(string(src), "\n"); line-1 < len(lines) {
		text = lines[line-1]
	}
	return runtime.FromSyntaxError(&ast.SyntaxError{Kind: "SyntaxError", Msg: "invalid syntax", File: filename, Line: line, Col: 1, Text: text})
}

// compileAST resolves and compiles a parsed module for globals g; grefs
// pre-binds hidden names (the REPL's echo, Eval's result hook).
//
// Its SyntaxErrors ('return' outside function) are the compiler's, which
// in CPython rereads the source line from the file: a pseudo-file such as
// "<stdin>" (the prompt, a piped program) or "<string>" (spindle -c,
// exec) shows none.
func compileAST(filename string, src []byte, mod *ast.Module, g *Globals, grefs map[string]*globalRef) (code *Code, err error) {
	defer func() { err = stringSourceError(filename, err) }()
	res, err := resolveModule(mod, filename, src)
	if err != nil {
		return nil, err
	}
	if grefs == nil {
		grefs = map[string]*globalRef{}
	}
	c := &compiler{
		res:   res,
		file:  filename,
		lines: strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n"),
		g:     g,
		scope: res.module,
		grefs: grefs,
	}
	code = &Code{
		info:  runtime.CodeInfo{Name: "<module>", Qualname: "<module>", File: filename, Line: 1},
		scope: res.module,
	}
	code.body = c.block(mod.Body)
	code.ncells = res.module.ncells
	registerCode(code)
	if c.err != nil {
		return nil, c.err
	}
	return code, nil
}

// stringSourceError drops the source line of a SyntaxError found after
// parsing code that has no file ("<string>"), as CPython leaves the text
// of its symtable errors out for such code.
func stringSourceError(filename string, err error) error {
	var se *ast.SyntaxError
	if strings.HasPrefix(filename, "<") && errors.As(err, &se) {
		se.Text = ""
	}
	return err
}

// RunMain runs src as a program's main module on th, in module m, the
// way the spindle command does: an uncaught exception's traceback (or a
// SyntaxError) goes to th's sys.stderr, the background group is joined,
// the exit hook (atexit) runs, and the result is the process exit
// status (SystemExit's code, 1 for an uncaught exception or a failed
// background thread, 130 for KeyboardInterrupt).
func RunMain(th *runtime.Thread, m *runtime.Module, filename string, src []byte) (code int) {
	env := th.Env()
	defer env.FlushStdio()
	g := envGlobals(th, m)
	compiled, err := compileModule(filename, src, g)
	if err != nil {
		env.FlushStdio()
		runtime.PrintTraceback(th, env.ErrFile(), syntaxException(err))
		return 1
	}
	err = runProtected(th, func() error { return runModuleCode(th, compiled, g) })
	// As in CPython, the main thread's uncaught exception is reported
	// first; then the background group (§2.7) is joined — its threads
	// run until done — and a failure there makes the exit status 1.
	code = exitCode(th, err)
	if runtime.IsExc(err, runtime.KeyboardInterruptType) {
		runtime.CancelBackground(th) // §2.5: Ctrl-C cancels the whole tree
	}
	if jerr := runtime.JoinBackground(th); jerr != nil && code == 0 {
		code = exitCode(th, jerr)
	}
	if code == 0 && env.BackgroundFailed() {
		code = 1
	}
	if ExitHook != nil {
		ExitHook(th)
	}
	if code == 0 && env.Stdout == runtime.Stdout && runtime.StdoutBroken() {
		code = 1 // output was lost (runtime/stdio_broken.go)
	}
	return code
}

// WatchInterrupts makes SIGINT (Ctrl-C) raise KeyboardInterrupt in th, a
// program's main thread, until the returned function is called; a second
// SIGINT ends the process with status 130 (LANGUAGE.md §2.5).
func WatchInterrupts(th *runtime.Thread) (stop func()) { return watchInterrupts(th) }
