package interp

import (
	"fmt"
	"strings"

	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/parser"
	"github.com/spindle-lang/spindle/runtime"
)

// The eval(), exec() and compile() builtins.
//
// Source runs as a module body compiled against a namespace: the
// caller's globals by default, or the dict given as globals. Spindle
// compiles module-level names straight to one dict, so a separate
// locals mapping is approximated: the code runs in a fresh dict holding
// the globals overlaid with the locals, and the names it binds or
// rebinds are copied back into the locals dict afterwards. eval/exec
// without arguments inside a function see its local variables that way
// (writes to them are not seen by the function, as in CPython).
//
// compile() checks the syntax at once and returns a code object holding
// the source; eval/exec compile it for the namespace they run it in.

// sourceCode is a code object made by compile().
type sourceCode struct {
	src      string
	filename string
	mode     string // "exec", "eval", "single"
}

func (*sourceCode) Type() *runtime.Type { return codeType }

func (c *sourceCode) GetAttr(th *runtime.Thread, name string) (runtime.Value, error) {
	switch name {
	case "co_name", "co_qualname":
		return runtime.Str("<module>"), nil
	case "co_filename":
		return runtime.Str(c.filename), nil
	case "co_firstlineno":
		return runtime.MakeInt(1), nil
	}
	return nil, nil
}

func (c *sourceCode) Repr(th *runtime.Thread) (string, error) {
	return fmt.Sprintf("<code object <module> at %p, file \"%s\", line 1>", c, c.filename), nil
}

// evalHook is the hidden name of eval's result hook; single mode's
// expression statements call the same hook under the REPL's echo name
// (addEcho).
const evalHook = "$evalhook"

// registerEvalExec adds eval, exec and compile to the builtins.
func registerEvalExec() {
	runtime.Builtins.SetStr("eval", runtime.NewFunc("eval", func(th *runtime.Thread, args []runtime.Value, kw []runtime.KwArg) (runtime.Value, error) {
		return evalExec(th, "eval", args, kw)
	}))
	runtime.Builtins.SetStr("exec", runtime.NewFunc("exec", func(th *runtime.Thread, args []runtime.Value, kw []runtime.KwArg) (runtime.Value, error) {
		return evalExec(th, "exec", args, kw)
	}))
	runtime.Builtins.SetStr("compile", runtime.NewFunc("compile", builtinCompile))
}

// sourceArg returns the source text of eval/exec/compile's first
// argument (str, bytes) and whether it was a code object.
func sourceArg(fname string, v runtime.Value) (string, error) {
	switch s := v.(type) {
	case runtime.Str:
		return string(s), nil
	case runtime.Bytes:
		return string(s), nil
	}
	if fname == "compile" {
		return "", runtime.NewError(runtime.TypeErrorType, "compile() arg 1 must be a string, bytes or AST object")
	}
	return "", runtime.NewError(runtime.TypeErrorType, "%s() arg 1 must be a string, bytes or code object", fname)
}

func builtinCompile(th *runtime.Thread, args []runtime.Value, kw []runtime.KwArg) (runtime.Value, error) {
	var source, flags, dontInherit, optimize runtime.Value
	var filename, mode string
	if err := runtime.UnpackArgs("compile", args, kw, "source", &source, "filename", &filename, "mode", &mode,
		"flags?", &flags, "dont_inherit?", &dontInherit, "optimize?", &optimize); err != nil {
		return nil, err
	}
	src, err := sourceArg("compile", source)
	if err != nil {
		return nil, err
	}
	if mode != "exec" && mode != "eval" && mode != "single" {
		return nil, runtime.NewError(runtime.ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	c := &sourceCode{src: src, filename: filename, mode: mode}
	mod, err := c.parse()
	if err != nil {
		return nil, err
	}
	// The errors the resolver finds (break outside a loop, rebinding
	// from an async: block, nonlocal without a binding) are raised by
	// compile() itself, as CPython's symtable errors are; exec parses
	// again (parse's hooks rewrite the tree).
	if _, err := resolveModule(mod, filename, []byte(src)); err != nil {
		return nil, syntaxException(stringSourceError(filename, err))
	}
	return c, nil
}

// parse parses the code's source for its mode (eval: one expression,
// leading blanks ignored; single: one statement), with the hooks in
// place: eval's expression is passed to the hook, single's expression
// statements are displayed by it.
func (c *sourceCode) parse() (*ast.Module, error) {
	src := c.src
	if c.mode == "eval" {
		src = strings.TrimLeft(src, " \t")
	}
	if strings.IndexByte(src, 0) >= 0 {
		return nil, runtime.NewError(runtime.SyntaxErrorType, "source code string cannot contain null bytes")
	}
	mod, err := parser.ParseFile(c.filename, []byte(src))
	if err != nil {
		return nil, syntaxException(err)
	}
	switch c.mode {
	case "eval":
		st, ok := singleExpr(mod)
		if !ok {
			return nil, evalSyntaxError(c.filename, []byte(src), mod.Body)
		}
		p := st.Value.Position()
		st.Value = &ast.Call{Pos: p, Func: &ast.Name{Pos: p, Id: evalHook}, Args: []ast.Expr{st.Value}}
	case "single":
		if len(mod.Body) > 1 {
			line := mod.Body[1].Position().Line
			text := ""
			if lines := strings.Split(src, "\n"); line-1 < len(lines) {
				text = lines[line-1]
			}
			return nil, runtime.FromSyntaxError(&ast.SyntaxError{Kind: "SyntaxError", Msg: "multiple statements found while compiling a single statement",
				File: c.filename, Line: line, Col: 1, Text: text})
		}
		addEcho(mod.Body)
	}
	return mod, nil
}

func singleExpr(mod *ast.Module) (*ast.ExprStmt, bool) {
	if len(mod.Body) != 1 {
		return nil, false
	}
	st, ok := mod.Body[0].(*ast.ExprStmt)
	return st, ok
}

// evalExec is eval(source, globals=None, locals=None) and
// exec(source, globals=None, locals=None).
func evalExec(th *runtime.Thread, fname string, args []runtime.Value, kw []runtime.KwArg) (runtime.Value, error) {
	if len(kw) > 0 {
		return nil, runtime.NewError(runtime.TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	if len(args) == 0 {
		return nil, runtime.NewError(runtime.TypeErrorType, "%s expected at least 1 argument, got 0", fname)
	}
	if len(args) > 3 {
		return nil, runtime.NewError(runtime.TypeErrorType, "%s expected at most 3 arguments, got %d", fname, len(args))
	}
	source, globals, locals := args[0], runtime.Value(runtime.None), runtime.Value(runtime.None)
	if len(args) > 1 {
		globals = args[1]
	}
	if len(args) > 2 {
		locals = args[2]
	}
	var code *sourceCode
	if c, ok := source.(*sourceCode); ok {
		code = c // eval() of an exec code object runs it and returns None
	} else {
		src, err := sourceArg(fname, source)
		if err != nil {
			return nil, err
		}
		code = &sourceCode{src: src, filename: "<string>", mode: fname}
	}
	gd, isDict := globals.(*runtime.Dict)
	if globals != runtime.None && !isDict {
		if fname == "exec" {
			return nil, runtime.NewError(runtime.TypeErrorType, "exec() globals must be a dict, not %s", runtime.TypeName(globals))
		}
		if locals == runtime.None {
			return nil, runtime.NewError(runtime.TypeErrorType, "globals must be a real dict; try eval(expr, {}, mapping)")
		}
		return nil, runtime.NewError(runtime.TypeErrorType, "globals must be a dict")
	}
	ld, _ := locals.(*runtime.Dict)
	if locals != runtime.None && ld == nil {
		if fname == "exec" {
			return nil, runtime.NewError(runtime.TypeErrorType, "locals must be a mapping")
		}
		return nil, runtime.NewError(runtime.TypeErrorType, "locals must be a mapping")
	}
	mod, err := code.parse()
	if err != nil {
		return nil, err
	}

	// The namespace: g runs the code; back, when not nil, receives the
	// names it bound (the separate locals dict).
	caller := currentFrame(th)
	var g *Globals
	var back *runtime.Dict
	switch {
	case gd == nil && caller == nil:
		g = &Globals{module: runtime.NewModule("__main__"), dict: runtime.NewDict(), builtins: th.Env().Builtins}
	case gd == nil:
		g = caller.globals
		if ld == nil && caller.code.scope != nil && caller.code.scope.kind != scopeModule {
			fl, _ := Locals(th)
			ld, _ = fl.(*runtime.Dict)
		}
		if ld != nil && ld == g.dict {
			ld = nil
		}
	default:
		if _, ok := gd.GetStr("__builtins__"); !ok {
			b := th.Env().Builtins
			if b == nil {
				b = runtime.Builtins
			}
			gd.SetStr("__builtins__", b)
		}
		g = &Globals{module: runtime.NewModule("__main__"), dict: gd, builtins: th.Env().Builtins}
		if caller != nil {
			g.pkg = caller.globals.pkg
		}
	}
	if ld != nil && ld != g.dict {
		back = ld
		merged := g.dict.Copy()
		for _, kv := range ld.Items() {
			if err := merged.SetItem(th, kv[0], kv[1]); err != nil {
				return nil, err
			}
		}
		g = &Globals{module: g.module, dict: merged, builtins: g.builtins, pkg: g.pkg, file: g.file}
	}

	var result runtime.Value = runtime.None
	hook := runtime.NewModule("$eval")
	hook.Dict.SetStr(evalHook, runtime.NewFunc(evalHook, func(th *runtime.Thread, args []runtime.Value, _ []runtime.KwArg) (runtime.Value, error) {
		if code.mode == "single" {
			return runtime.None, displayValue(th, args[0])
		}
		result = args[0]
		return runtime.None, nil
	}))
	var before map[string]runtime.Value
	if back != nil {
		before = map[string]runtime.Value{}
		for _, kv := range g.dict.Items() {
			if k, ok := kv[0].(runtime.Str); ok {
				before[string(k)] = kv[1]
			}
		}
	}
	hookRef := newGlobalRef(evalHook, newGlobals(hook, ""))
	compiled, err := compileAST(code.filename, []byte(code.src), mod, g, map[string]*globalRef{evalHook: hookRef, echoName: hookRef})
	if err != nil {
		return nil, syntaxException(err)
	}
	err = runModuleCode(th, compiled, g)
	if back != nil {
		for _, kv := range g.dict.Items() {
			k, ok := kv[0].(runtime.Str)
			if !ok {
				continue
			}
			if old, seen := before[string(k)]; !seen || old != kv[1] {
				back.SetStr(string(k), kv[1])
			}
		}
	}
	if err != nil {
		return nil, err
	}
	if fname == "exec" {
		return runtime.None, nil
	}
	return result, nil
}

// displayValue is sys.displayhook for compile(..., "single"): the repr
// of a value other than None on stdout, bound to builtins._.
func displayValue(th *runtime.Thread, v runtime.Value) error {
	if v == runtime.None {
		return nil
	}
	r, err := runtime.Repr(th, v)
	if err != nil {
		return err
	}
	if err := th.Env().Stdout.WriteString(r + "\n"); err != nil {
		return err
	}
	th.Env().Builtins.SetStr("_", v)
	return nil
}
