package interp

import (
	"fmt"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/spindle-lang/spindle/ast"
)

// The resolver runs once over a module's syntax tree before compilation.
// It builds the tree of scopes (module, functions, lambdas, comprehensions,
// class bodies, async: blocks), decides for every name in every scope
// where it lives, and rejects programs CPython rejects at compile time
// (misplaced return/yield/break/continue, bad global/nonlocal) plus the
// Spindle-only rules of async: blocks (LANGUAGE.md §2.3).
//
// It works in two passes, like CPython's symtable:
//
//  1. collect: walk the tree, open a scope for each def/lambda/
//     comprehension/class/async block, and record per scope the names it
//     binds, uses and declares global/nonlocal (with first positions, for
//     the "used prior to global declaration" errors);
//  2. resolve: top-down, classify each name. A name bound in a function
//     scope is local; a name used but not bound is searched in the
//     enclosing function scopes (class bodies are skipped, as in Python):
//     when found there it becomes a cell in its owner and free in every
//     scope between; otherwise it is global (the module dict, then
//     builtins).
//
// Slots: in a function frame, non-captured locals live in Frame.locals
// (parameters first, in declaration order), captured locals in
// Frame.cells[0:ncells], and free variables in Frame.cells[ncells:].
//
// The per-iteration for rule (LANGUAGE.md §1): a loop variable keeps its
// ordinary binding (local slot, cell or global — what code outside the
// body, and closures made outside it, see), and when a closure made in the
// loop body captures it, it also gets an iteration cell in the enclosing
// frame: the loop installs a fresh one for each iteration, stores to the
// variable inside the body update both, and closures made in the body
// capture the iteration cell. The same holds for the for-clauses of a
// comprehension. The resolver records which loop variables are captured
// (resolution.loops) and, for each child scope, the loop variables in
// effect where it is defined (scope.loopVars).

type scopeKind uint8

const (
	scopeModule scopeKind = iota
	scopeFunction
	scopeLambda
	scopeComp
	scopeClass
	scopeAsync
)

type bindKind uint8

const (
	bindGlobal  bindKind = iota // module dict, then builtins
	bindLocal                   // Frame.locals[index]
	bindCell                    // Frame.cells[index], owned by this frame
	bindFree                    // Frame.cells[index], from the closure
	bindClassNS                 // class namespace, then globals (class bodies)
)

// binding says where one name of one scope lives.
type binding struct {
	kind  bindKind
	index int
	name  string
}

// loopVar is a for-loop variable; when a closure in the loop body captures
// it, the enclosing frame keeps a per-iteration cell for it.
type loopVar struct {
	name     string
	captured bool
	cell     int // index in the module frame's cells, when captured
}

// scope is one function-like block of code.
type scope struct {
	kind     scopeKind
	node     ast.Node
	parent   *scope
	name     string
	qualname string
	file     string

	// starLoops is 1 + the resolver's loop count where the innermost
	// except* body being walked in this scope starts; 0 outside one.
	starLoops int

	// pass 1
	bound     map[string]ast.Pos // names bound here (first binding)
	used      map[string]ast.Pos // names read here (first use)
	global    map[string]ast.Pos
	nonlocal  map[string]ast.Pos
	params    []string
	children  []*scope
	generator bool
	// ownedMask caches ownedParams (generator_push.go).
	ownedMask atomic.Uint64
	// loopVars: the loop variables of the enclosing scope's loops whose
	// body contains this scope's definition (innermost wins); viaLoop:
	// the free variables that resolved to such an iteration cell.
	loopVars map[string]*loopVar
	viaLoop  map[string]*loopVar
	// asyncAssigned names assigned inside an async: block (for errors).
	order []string // names in first-seen order, for deterministic slots
	// inPlace: names that are a for loop's target or augmented-assigned
	// here, the locals whose ints may be stored in the frame's mutable
	// int boxes (Frame.setLocalInt); only their reads need to detach.
	// Also the names assigned an arithmetic result, which may own a big
	// int (noteOwnTargets).
	inPlace map[string]bool

	// pass 2
	names     map[string]*binding
	nlocals   int
	ncells    int
	cellNames []string // own cells, index order
	freeNames []string // free variables, index order (cells[ncells+i])
	// captures (async scopes only): parent bindings copied by value at
	// spawn time into this scope's locals.
	captures []capture
	// classCell (class scopes only): index in cellNames of the implicit
	// __class__ cell that methods using super() or __class__ close
	// over; -1 when no method needs it.
	classCell int
}

type capture struct {
	from *binding // in the parent scope
	slot int      // local slot in the async scope
}

// resolution is the resolver's result, consumed by the compiler.
type resolution struct {
	module *scope
	scopes map[ast.Node]*scope
	// loops maps a For (or a comprehension clause) to its variables.
	loops map[ast.Node][]*loopVar
	// futureAnnotations: `from __future__ import annotations` (PEP 563),
	// function annotations are kept as their source text.
	futureAnnotations bool
}

type resolver struct {
	file  string
	lines []string
	res   *resolution
	err   *SyntaxError

	cur *scope
	// loop context within the current scope
	loops int
	// inAsyncLoopBase: loops count at the start of the innermost async
	// block (break/continue may not cross it).
	// loopStack is the stack of for loops of the current scope being
	// walked.
	loopStack     []map[string]*loopVar
	comprehension string // "list comprehension" etc. while in a comp
}

// resolveModule runs both passes over mod.
func resolveModule(mod *ast.Module, file string, src []byte) (*resolution, error) {
	if err := checkNesting(mod); err != nil {
		return nil, err
	}
	r := &resolver{
		file:  file,
		lines: strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n"),
		res: &resolution{
			scopes: map[ast.Node]*scope{},
			loops:  map[ast.Node][]*loopVar{},
		},
	}
	ms := r.newScope(scopeModule, mod, "<module>")
	r.res.module = ms
	r.res.futureAnnotations = hasFutureAnnotations(mod.Body)
	r.cur = ms
	r.stmts(mod.Body)
	if r.err != nil {
		return nil, r.err
	}
	r.resolveScope(ms)
	if r.err != nil {
		return nil, r.err
	}
	return r.res, nil
}

// hasFutureAnnotations reports whether the module's leading __future__
// imports include annotations.
func hasFutureAnnotations(body []ast.Stmt) bool {
	for _, st := range body {
		imp, ok := st.(*ast.ImportFrom)
		if !ok || imp.Module != "__future__" || imp.Level != 0 {
			if _, doc := st.(*ast.ExprStmt); doc {
				continue
			}
			return false
		}
		for _, a := range imp.Names {
			if a.Name == "annotations" {
				return true
			}
		}
	}
	return false
}

func (r *resolver) errorf(pos ast.Pos, format string, args ...any) {
	if r.err != nil {
		return
	}
	r.err = newSyntaxError(r.file, r.lines, pos, fmt.Sprintf(format, args...))
}

// SyntaxError is a compile-time error of the resolver or compiler: an
// *ast.SyntaxError (errors.As finds it) that also knows where the faulty
// construct ends, so the report can underline it as CPython 3.11 does.
type SyntaxError struct {
	*ast.SyntaxError
	EndLine, EndCol int
}

// Unwrap returns the *ast.SyntaxError.
func (e *SyntaxError) Unwrap() error { return e.SyntaxError }

func newSyntaxError(file string, lines []string, pos ast.Pos, msg string) *SyntaxError {
	text := ""
	if pos.Line >= 1 && pos.Line <= len(lines) {
		text = lines[pos.Line-1]
	}
	return &SyntaxError{
		SyntaxError: &ast.SyntaxError{Kind: "SyntaxError", Msg: msg, File: file, Line: pos.Line, Col: pos.Col, Text: text},
		EndLine:     pos.EndLine,
		EndCol:      pos.EndCol,
	}
}

func (r *resolver) newScope(kind scopeKind, node ast.Node, name string) *scope {
	s := &scope{
		kind:      kind,
		node:      node,
		parent:    r.cur,
		name:      name,
		file:      r.file,
		bound:     map[string]ast.Pos{},
		used:      map[string]ast.Pos{},
		global:    map[string]ast.Pos{},
		nonlocal:  map[string]ast.Pos{},
		names:     map[string]*binding{},
		classCell: -1,
	}
	s.qualname = name
	if p := r.cur; p != nil {
		p.children = append(p.children, s)
		switch p.kind {
		case scopeFunction, scopeLambda:
			s.qualname = p.qualname + ".<locals>." + name
		case scopeClass:
			s.qualname = p.qualname + "." + name
		case scopeComp, scopeAsync:
			s.qualname = p.qualname + "." + name
			if p.parent != nil && p.parent.kind != scopeModule {
				s.qualname = p.qualname + ".<locals>." + name
			}
		}
		if len(r.loopStack) > 0 {
			s.loopVars = map[string]*loopVar{}
			for _, m := range r.loopStack {
				for k, v := range m {
					s.loopVars[k] = v
				}
			}
		}
	}
	r.res.scopes[node] = s
	return s
}

// ---- pass 1: collect ----

func (r *resolver) bind(name string, pos ast.Pos) {
	s := r.cur
	if _, ok := s.bound[name]; !ok {
		s.bound[name] = pos
		s.noteOrder(name)
	}
	if s.kind == scopeModule {
		return
	}
	if gp, ok := s.global[name]; ok && posBefore(pos, gp) {
		r.errorf(gp, "name '%s' is assigned to before global declaration", name)
	}
	if np, ok := s.nonlocal[name]; ok && posBefore(pos, np) {
		r.errorf(np, "name '%s' is assigned to before nonlocal declaration", name)
	}
}

func (r *resolver) use(name string, pos ast.Pos) {
	s := r.cur
	if _, ok := s.used[name]; !ok {
		s.used[name] = pos
		s.noteOrder(name)
	}
}

func (s *scope) noteInPlace(name string) {
	if s.inPlace == nil {
		s.inPlace = map[string]bool{}
	}
	s.inPlace[name] = true
}

func (s *scope) noteOrder(name string) {
	for _, n := range s.order {
		if n == name {
			return
		}
	}
	s.order = append(s.order, name)
}

func posBefore(a, b ast.Pos) bool {
	return a.Line < b.Line || (a.Line == b.Line && a.Col < b.Col)
}

func (r *resolver) stmts(ss []ast.Stmt) {
	for _, s := range ss {
		if r.err != nil {
			return
		}
		r.stmt(s)
	}
}

func (r *resolver) inFunction() bool {
	for s := r.cur; s != nil; s = s.parent {
		switch s.kind {
		case scopeFunction, scopeLambda:
			return true
		case scopeAsync:
			return false
		case scopeModule, scopeClass:
			return false
		}
	}
	return false
}

// leavesExceptStar reports (as a SyntaxError at pos) a break or continue
// (loop: true) aimed at a loop outside the except* body it is in, or a
// return from one: CPython forbids leaving an except* block that way.
func (r *resolver) leavesExceptStar(pos ast.Pos, loop bool) bool {
	in := r.cur.starLoops
	if in == 0 || (loop && r.loops >= in) {
		return false
	}
	r.errorf(pos, "'break', 'continue' and 'return' cannot appear in an except* block")
	return true
}

func (r *resolver) stmt(st ast.Stmt) {
	switch s := st.(type) {
	case *ast.ExprStmt:
		r.expr(s.Value)
	case *ast.Assign:
		r.expr(s.Value)
		for _, t := range s.Targets {
			r.target(t)
		}
		r.cur.noteOwnTargets(s)
	case *ast.AugAssign:
		r.expr(s.Value)
		if n, ok := s.Target.(*ast.Name); ok {
			r.use(n.Id, n.Pos)
			r.bind(n.Id, n.Pos)
			r.cur.noteInPlace(n.Id)
		} else {
			r.target(s.Target)
		}
	case *ast.AnnAssign:
		if s.Value != nil {
			r.expr(s.Value)
		}
		r.expr(s.Annotation)
		if n, ok := s.Target.(*ast.Name); ok {
			if s.Value != nil || r.cur.kind != scopeModule {
				r.bind(n.Id, n.Pos)
			}
		} else {
			r.target(s.Target)
		}
	case *ast.Delete:
		for _, t := range s.Targets {
			r.target(t)
		}
	case *ast.Pass:
	case *ast.Break:
		if r.leavesExceptStar(s.Pos, true) {
			return
		}
		if r.loops == 0 {
			if r.cur.kind == scopeAsync {
				r.errorf(s.Pos, "'break' cannot leave an async: block (it runs on its own thread)")
			} else {
				r.errorf(s.Pos, "'break' outside loop")
			}
		}
	case *ast.Continue:
		if r.leavesExceptStar(s.Pos, true) {
			return
		}
		if r.loops == 0 {
			if r.cur.kind == scopeAsync {
				r.errorf(s.Pos, "'continue' cannot leave an async: block (it runs on its own thread)")
			} else {
				r.errorf(s.Pos, "'continue' not properly in loop")
			}
		}
	case *ast.Return:
		switch r.cur.kind {
		case scopeAsync:
			r.errorf(s.Pos, "'return' not allowed in an async: block (it runs on its own thread; store results in a dict or list, or use spawn() and a Future)")
		case scopeFunction, scopeLambda:
		default:
			r.errorf(s.Pos, "'return' outside function")
		}
		if s.Value != nil {
			r.expr(s.Value)
		}
		// CPython reports a returned literal at the literal, anything
		// else at the whole statement.
		pos := s.Pos
		switch s.Value.(type) {
		case *ast.Constant, *ast.Int, *ast.Float, *ast.Str, *ast.Bytes:
			pos = s.Value.Position()
		}
		r.leavesExceptStar(pos, false)
	case *ast.Raise:
		if s.Exc != nil {
			r.expr(s.Exc)
		}
		if s.Cause != nil {
			r.expr(s.Cause)
		}
	case *ast.Global:
		r.declare(s.Pos, s.Names, true)
	case *ast.Nonlocal:
		r.declare(s.Pos, s.Names, false)
	case *ast.Assert:
		r.expr(s.Test)
		if s.Msg != nil {
			r.expr(s.Msg)
		}
	case *ast.If:
		r.expr(s.Test)
		r.stmts(s.Body)
		r.stmts(s.Orelse)
	case *ast.While:
		r.expr(s.Test)
		r.loops++
		r.stmts(s.Body)
		r.loops--
		r.stmts(s.Orelse)
	case *ast.For:
		r.expr(s.Iter)
		r.target(s.Target)
		if n, ok := s.Target.(*ast.Name); ok {
			r.cur.noteInPlace(n.Id)
		}
		r.pushLoop(s, s.Target)
		r.loops++
		r.stmts(s.Body)
		r.loops--
		r.loopStack = r.loopStack[:len(r.loopStack)-1]
		r.stmts(s.Orelse)
	case *ast.FunctionDef:
		for _, d := range s.Decorators {
			r.expr(d)
		}
		r.argDefaults(s.Args)
		if s.Returns != nil {
			r.expr(s.Returns)
		}
		r.bind(s.Name, s.Pos)
		r.function(scopeFunction, s, s.Name, s.Args, func() { r.stmts(s.Body) })
	case *ast.ClassDef:
		for _, d := range s.Decorators {
			r.expr(d)
		}
		for _, b := range s.Bases {
			r.expr(b)
		}
		for _, k := range s.Keywords {
			r.expr(k.Value)
		}
		r.bind(s.Name, s.Pos)
		saved, savedLoops, savedStack := r.cur, r.loops, r.loopStack
		r.cur = r.newScope(scopeClass, s, s.Name)
		r.loops, r.loopStack = 0, nil
		r.stmts(s.Body)
		r.cur, r.loops, r.loopStack = saved, savedLoops, savedStack
	case *ast.Try:
		r.stmts(s.Body)
		for _, h := range s.Handlers {
			if h.Type != nil {
				r.expr(h.Type)
			}
			if h.Name != "" {
				r.bind(h.Name, h.Pos)
			}
			saved := r.cur.starLoops
			if s.Star {
				r.cur.starLoops = r.loops + 1
			}
			r.stmts(h.Body)
			r.cur.starLoops = saved
		}
		r.stmts(s.Orelse)
		r.stmts(s.Finalbody)
	case *ast.With:
		for _, it := range s.Items {
			r.expr(it.Context)
			if it.Vars != nil {
				r.target(it.Vars)
			}
		}
		r.stmts(s.Body)
	case *ast.Import:
		for _, a := range s.Names {
			name := a.AsName
			if name == "" {
				name = strings.SplitN(a.Name, ".", 2)[0]
			}
			r.bind(name, a.Pos)
		}
	case *ast.ImportFrom:
		for _, a := range s.Names {
			if a.Name == "*" {
				if r.cur.kind != scopeModule {
					r.errorf(s.Pos, "import * only allowed at module level")
				}
				continue
			}
			name := a.AsName
			if name == "" {
				name = a.Name
			}
			r.bind(name, a.Pos)
		}
	case *ast.AwaitBlock:
		r.stmts(s.Body)
	case *ast.AsyncBlock:
		saved, savedLoops, savedStack := r.cur, r.loops, r.loopStack
		r.cur = r.newScope(scopeAsync, s, "<async>")
		r.loops, r.loopStack = 0, nil
		r.stmts(s.Body)
		r.cur, r.loops, r.loopStack = saved, savedLoops, savedStack
	default:
		r.errorf(st.Position(), "unsupported statement %T", st)
	}
}

// pushLoop opens the loop region of node's target variables.
func (r *resolver) pushLoop(node ast.Node, target ast.Expr) {
	vars := map[string]*loopVar{}
	var lvs []*loopVar
	for _, n := range targetNames(target) {
		if _, dup := vars[n]; dup {
			continue
		}
		lv := &loopVar{name: n}
		vars[n] = lv
		lvs = append(lvs, lv)
	}
	r.res.loops[node] = lvs
	r.loopStack = append(r.loopStack, vars)
}

func (r *resolver) declare(pos ast.Pos, names []string, global bool) {
	s := r.cur
	kw := "nonlocal"
	if global {
		kw = "global"
	}
	if !global && s.kind == scopeModule {
		r.errorf(pos, "nonlocal declaration not allowed at module level")
		return
	}
	for _, n := range names {
		if global {
			if _, ok := s.nonlocal[n]; ok {
				r.errorf(pos, "name '%s' is nonlocal and global", n)
				return
			}
		} else if _, ok := s.global[n]; ok {
			r.errorf(pos, "name '%s' is nonlocal and global", n)
			return
		}
		for _, p := range s.params {
			if p == n {
				r.errorf(pos, "name '%s' is parameter and %s", n, kw)
				return
			}
		}
		if up, ok := s.used[n]; ok && posBefore(up, pos) {
			r.errorf(pos, "name '%s' is used prior to %s declaration", n, kw)
			return
		}
		if bp, ok := s.bound[n]; ok && posBefore(bp, pos) {
			r.errorf(pos, "name '%s' is assigned to before %s declaration", n, kw)
			return
		}
		if global {
			if _, ok := s.global[n]; !ok {
				s.global[n] = pos
			}
		} else if _, ok := s.nonlocal[n]; !ok {
			s.nonlocal[n] = pos
		}
		s.noteOrder(n)
	}
}

func (r *resolver) argDefaults(a *ast.Arguments) {
	if a == nil {
		return
	}
	for _, group := range [][]*ast.Arg{a.PosOnly, a.Args, {a.Vararg}, a.KwOnly, {a.Kwarg}} {
		for _, x := range group {
			if x == nil {
				continue
			}
			if x.Default != nil {
				r.expr(x.Default)
			}
			if x.Annotation != nil {
				r.expr(x.Annotation)
			}
		}
	}
}

// paramNames lists the parameters in slot order: positional-only,
// positional, *args, keyword-only, **kwargs.
func paramNames(a *ast.Arguments) []string {
	if a == nil {
		return nil
	}
	var out []string
	for _, x := range a.PosOnly {
		out = append(out, x.Name)
	}
	for _, x := range a.Args {
		out = append(out, x.Name)
	}
	for _, x := range a.KwOnly {
		out = append(out, x.Name)
	}
	if a.Vararg != nil {
		out = append(out, a.Vararg.Name)
	}
	if a.Kwarg != nil {
		out = append(out, a.Kwarg.Name)
	}
	return out
}

func (r *resolver) function(kind scopeKind, node ast.Node, name string, args *ast.Arguments, body func()) {
	saved, savedLoops, savedComp, savedStack := r.cur, r.loops, r.comprehension, r.loopStack
	s := r.newScope(kind, node, name)
	r.cur, r.loops, r.comprehension, r.loopStack = s, 0, "", nil
	seen := map[string]bool{}
	for _, p := range paramNames(args) {
		if seen[p] {
			r.errorf(node.Position(), "duplicate argument '%s' in function definition", p)
		}
		seen[p] = true
		s.params = append(s.params, p)
		s.bound[p] = node.Position()
		s.noteOrder(p)
	}
	body()
	r.cur, r.loops, r.comprehension, r.loopStack = saved, savedLoops, savedComp, savedStack
}

func targetNames(t ast.Expr) []string {
	switch x := t.(type) {
	case *ast.Name:
		return []string{x.Id}
	case *ast.Tuple:
		var out []string
		for _, e := range x.Elts {
			out = append(out, targetNames(e)...)
		}
		return out
	case *ast.List:
		var out []string
		for _, e := range x.Elts {
			out = append(out, targetNames(e)...)
		}
		return out
	case *ast.Starred:
		return targetNames(x.Value)
	}
	return nil
}

func (r *resolver) target(t ast.Expr) {
	switch x := t.(type) {
	case *ast.Name:
		r.bind(x.Id, x.Pos)
	case *ast.Tuple:
		r.targets(x.Pos, x.Elts)
	case *ast.List:
		r.targets(x.Pos, x.Elts)
	case *ast.Starred:
		r.target(x.Value)
	case *ast.Attribute:
		r.expr(x.Value)
	case *ast.Subscript:
		r.expr(x.Value)
		r.expr(x.Index)
	default:
		r.errorf(t.Position(), "cannot assign to %s", exprDescription(t))
	}
}

func (r *resolver) targets(pos ast.Pos, es []ast.Expr) {
	starred := 0
	for _, e := range es {
		if _, ok := e.(*ast.Starred); ok {
			starred++
			if starred > 1 {
				r.errorf(pos, "multiple starred expressions in assignment")
			}
		}
		r.target(e)
	}
}

func exprDescription(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Call:
		return "function call"
	case *ast.Constant:
		switch x.Kind {
		case ast.ConstNone:
			return "None"
		case ast.ConstTrue:
			return "True"
		case ast.ConstFalse:
			return "False"
		}
		return "ellipsis"
	case *ast.Int, *ast.Float, *ast.Str, *ast.Bytes:
		return "literal"
	case *ast.JoinedStr:
		return "f-string expression"
	case *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.BoolOp:
		return "expression"
	case *ast.Compare:
		return "comparison"
	case *ast.Lambda:
		return "lambda"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	}
	return "expression"
}

func (r *resolver) exprs(es []ast.Expr) {
	for _, e := range es {
		r.expr(e)
	}
}

func (r *resolver) expr(e ast.Expr) {
	if e == nil || r.err != nil {
		return
	}
	switch x := e.(type) {
	case *ast.Name:
		r.use(x.Id, x.Pos)
		if x.Id == "super" {
			// As in CPython, a function that mentions super uses the
			// implicit __class__ cell (zero-argument super()).
			switch r.cur.kind {
			case scopeFunction, scopeLambda, scopeComp:
				r.use("__class__", x.Pos)
			}
		}
	case *ast.Constant, *ast.Int, *ast.Float, *ast.Str, *ast.Bytes:
	case *ast.JoinedStr:
		r.exprs(x.Values)
	case *ast.FormattedValue:
		r.expr(x.Value)
		r.expr(x.FormatSpec)
	case *ast.BinOp:
		r.expr(x.Left)
		r.expr(x.Right)
	case *ast.UnaryOp:
		r.expr(x.Operand)
	case *ast.BoolOp:
		r.exprs(x.Values)
	case *ast.Compare:
		r.expr(x.Left)
		r.exprs(x.Comparators)
	case *ast.Call:
		r.expr(x.Func)
		r.exprs(x.Args)
		for _, k := range x.Keywords {
			r.expr(k.Value)
		}
	case *ast.Attribute:
		r.expr(x.Value)
	case *ast.Subscript:
		r.expr(x.Value)
		r.expr(x.Index)
	case *ast.Slice:
		r.expr(x.Lower)
		r.expr(x.Upper)
		r.expr(x.Step)
	case *ast.Starred:
		r.expr(x.Value)
	case *ast.List:
		r.exprs(x.Elts)
	case *ast.Tuple:
		r.exprs(x.Elts)
	case *ast.Set:
		r.exprs(x.Elts)
	case *ast.Dict:
		for i := range x.Values {
			if x.Keys[i] != nil {
				r.expr(x.Keys[i])
			}
			r.expr(x.Values[i])
		}
	case *ast.IfExp:
		r.expr(x.Test)
		r.expr(x.Body)
		r.expr(x.Orelse)
	case *ast.NamedExpr:
		r.expr(x.Value)
		r.namedTarget(x.Target)
	case *ast.Lambda:
		r.argDefaults(x.Args)
		r.function(scopeLambda, x, "<lambda>", x.Args, func() { r.expr(x.Body) })
	case *ast.ListComp:
		r.comp(x, "<listcomp>", "list comprehension", x.Generators, func() { r.expr(x.Elt) })
	case *ast.SetComp:
		r.comp(x, "<setcomp>", "set comprehension", x.Generators, func() { r.expr(x.Elt) })
	case *ast.DictComp:
		r.comp(x, "<dictcomp>", "dict comprehension", x.Generators, func() { r.expr(x.Key); r.expr(x.Value) })
	case *ast.GeneratorExp:
		r.comp(x, "<genexpr>", "generator expression", x.Generators, func() { r.expr(x.Elt) })
	case *ast.Yield:
		r.yield(x.Pos)
		r.expr(x.Value)
	case *ast.YieldFrom:
		r.yield(x.Pos)
		r.expr(x.Value)
	default:
		r.errorf(e.Position(), "unsupported expression %T", e)
	}
}

func (r *resolver) yield(pos ast.Pos) {
	switch r.cur.kind {
	case scopeFunction, scopeLambda:
		r.cur.generator = true
	case scopeComp:
		r.errorf(pos, "'yield' inside %s", r.comprehension)
	case scopeAsync:
		r.errorf(pos, "'yield' not allowed in an async: block (it runs on its own thread)")
	default:
		r.errorf(pos, "'yield' outside function")
	}
}

// namedTarget binds the target of `:=`: in a comprehension it binds in the
// nearest enclosing non-comprehension scope.
func (r *resolver) namedTarget(n *ast.Name) {
	if r.cur.kind != scopeComp {
		r.bind(n.Id, n.Pos)
		return
	}
	owner := r.cur
	var chain []*scope
	for owner.kind == scopeComp {
		chain = append(chain, owner)
		owner = owner.parent
	}
	if owner.kind == scopeClass {
		r.errorf(n.Pos, "assignment expression within a comprehension cannot be used in a class body")
		return
	}
	saved := r.cur
	r.cur = owner
	r.bind(n.Id, n.Pos)
	r.cur = saved
	for _, c := range chain {
		if owner.kind == scopeModule {
			if _, ok := c.global[n.Id]; !ok {
				c.global[n.Id] = n.Pos
			}
		} else if _, ok := c.nonlocal[n.Id]; !ok {
			c.nonlocal[n.Id] = n.Pos
		}
		c.noteOrder(n.Id)
	}
}

func (r *resolver) comp(node ast.Expr, name, desc string, gens []*ast.Comprehension, elt func()) {
	// The first iterable is evaluated in the enclosing scope.
	r.expr(gens[0].Iter)
	saved, savedLoops, savedComp, savedStack := r.cur, r.loops, r.comprehension, r.loopStack
	s := r.newScope(scopeComp, node, name)
	r.cur, r.loops, r.comprehension, r.loopStack = s, 0, desc, nil
	s.params = []string{".0"}
	s.bound[".0"] = node.Position()
	s.noteOrder(".0")
	if name == "<genexpr>" {
		s.generator = true
	}
	for i, g := range gens {
		if i > 0 {
			r.expr(g.Iter)
		}
		r.compTarget(g.Target)
		r.pushLoop(g, g.Target)
		r.exprs(g.Ifs)
	}
	elt()
	r.cur, r.loops, r.comprehension, r.loopStack = saved, savedLoops, savedComp, savedStack
}

func (r *resolver) compTarget(t ast.Expr) {
	r.target(t)
}

// ---- pass 2: resolve ----

func (r *resolver) resolveScope(s *scope) {
	if r.err != nil {
		return
	}
	switch s.kind {
	case scopeModule:
		for _, n := range s.order {
			s.names[n] = &binding{kind: bindGlobal, name: n}
		}
	case scopeClass:
		for _, n := range s.order {
			if _, ok := s.global[n]; ok {
				s.names[n] = &binding{kind: bindGlobal, name: n}
				continue
			}
			if _, ok := s.nonlocal[n]; ok {
				r.lookupFree(s, n, s.nonlocal[n], true)
				continue
			}
			if _, ok := s.bound[n]; ok {
				s.names[n] = &binding{kind: bindClassNS, name: n}
				continue
			}
			// A name only read in a class body may come from an
			// enclosing function.
			r.lookupFree(s, n, s.used[n], false)
		}
	default:
		// Locals first, so that children can find them.
		for _, n := range s.order {
			if _, ok := s.global[n]; ok {
				s.names[n] = &binding{kind: bindGlobal, name: n}
				continue
			}
			if _, ok := s.nonlocal[n]; ok {
				continue
			}
			if _, ok := s.bound[n]; ok {
				s.names[n] = &binding{kind: bindLocal, name: n}
			}
		}
		if s.kind == scopeAsync {
			r.checkAsyncAssignments(s)
		}
		for _, n := range s.order {
			if r.err != nil {
				return
			}
			if _, ok := s.names[n]; ok {
				continue
			}
			if p, ok := s.nonlocal[n]; ok {
				r.lookupFree(s, n, p, true)
				continue
			}
			r.lookupFree(s, n, s.used[n], false)
		}
	}
	for _, c := range s.children {
		r.resolveScope(c)
	}
	r.assignSlots(s)
}

// checkAsyncAssignments rejects an async: block that assigns a name of the
// enclosing scope without declaring it nonlocal/global (LANGUAGE.md §2.3).
func (r *resolver) checkAsyncAssignments(s *scope) {
	p := s.parent
	for _, n := range s.order {
		pos, assigned := s.bound[n]
		if !assigned {
			continue
		}
		if _, ok := s.global[n]; ok {
			continue
		}
		if _, ok := s.nonlocal[n]; ok {
			continue
		}
		if p.kind == scopeModule {
			if _, ok := p.bound[n]; !ok {
				continue
			}
		} else if b := p.names[n]; b == nil || (b.kind != bindLocal && b.kind != bindCell) {
			if _, ok := p.bound[n]; !ok {
				continue
			}
		}
		r.errorf(pos, "cannot assign to '%s' inside an async: block: it belongs to the enclosing scope and the block runs on its own thread; use a Mutex, a dict or a list instead (or declare it nonlocal/global to share the variable)", n)
		return
	}
}

// lookupFree classifies name n, not bound in s: free from an enclosing
// function scope, captured by value (async: blocks), a per-iteration
// module loop cell, or global.
func (r *resolver) lookupFree(s *scope, n string, pos ast.Pos, isNonlocal bool) {
	b := r.findEnclosing(s, n, isNonlocal)
	if b == nil {
		if isNonlocal {
			r.errorf(pos, "no binding for nonlocal '%s' found", n)
			return
		}
		s.names[n] = &binding{kind: bindGlobal, name: n}
		return
	}
	s.names[n] = b
}

// findEnclosing returns s's binding for a name n found in an enclosing
// scope (adding free entries along the way), or nil when n is global.
func (r *resolver) findEnclosing(s *scope, n string, isNonlocal bool) *binding {
	p := s.parent
	if p == nil {
		return nil
	}
	if s.kind == scopeAsync && !isNonlocal {
		// Names read from the directly enclosing scope are captured
		// by value at spawn time.
		var from *binding
		switch p.kind {
		case scopeModule:
			if _, ok := p.bound[n]; ok {
				from = &binding{kind: bindGlobal, name: n}
			}
		default:
			if b := p.names[n]; b != nil && (b.kind == bindLocal || b.kind == bindCell || b.kind == bindClassNS) {
				from = b
			}
		}
		if from != nil {
			b := &binding{kind: bindLocal, name: n}
			s.captures = append(s.captures, capture{from: from})
			s.names[n] = b
			return b
		}
	}
	if lv := s.loopVars[n]; lv != nil && !(isNonlocal && p.kind == scopeModule) && p.kind != scopeClass {
		if b := p.names[n]; p.kind == scopeModule || (b != nil && b.kind != bindGlobal) || isGlobalDecl(p, n) {
			if !lv.captured {
				lv.captured = true
				lv.cell = len(p.cellNames)
				p.cellNames = append(p.cellNames, n)
			}
			if s.viaLoop == nil {
				s.viaLoop = map[string]*loopVar{}
			}
			s.viaLoop[n] = lv
			return r.passFree(s, n)
		}
	}
	if p.kind == scopeModule {
		return nil
	}
	if p.kind == scopeClass {
		if n == "__class__" && !isNonlocal {
			// The class body provides the implicit __class__ cell,
			// set to the class once it is built.
			if p.classCell < 0 {
				p.classCell = len(p.cellNames)
				p.cellNames = append(p.cellNames, n)
			}
			return r.passFree(s, n)
		}
		// Class bodies are invisible to nested scopes.
		if b := r.findEnclosing(p, n, isNonlocal); b != nil {
			return r.passFree(s, n)
		}
		return nil
	}
	if b := p.names[n]; b != nil {
		switch b.kind {
		case bindGlobal:
			if _, declared := p.global[n]; declared {
				return nil
			}
			// p resolved it as an implicit global: keep looking is
			// pointless (same answer).
			return nil
		case bindLocal:
			b.kind = bindCell
			return r.passFree(s, n)
		case bindCell, bindFree:
			return r.passFree(s, n)
		}
	}
	if _, ok := p.global[n]; ok {
		return nil
	}
	if _, ok := p.nonlocal[n]; ok {
		// p's own nonlocal not resolved yet (we resolve p before
		// children, so this is unreachable) — resolve through p.
		return nil
	}
	// Not known in p: look further out, then pass through p.
	if b := r.findEnclosing(p, n, isNonlocal); b != nil {
		p.names[n] = b
		if b.kind == bindLocal {
			// p is an async: block that has just captured n by
			// value (a local of p).
			if s.kind == scopeAsync && !isNonlocal {
				// An async: block in it captures p's copy by value.
				nb := &binding{kind: bindLocal, name: n}
				s.captures = append(s.captures, capture{from: b})
				s.names[n] = nb
				return nb
			}
			// Any other nested scope closes over p's copy.
			b.kind = bindCell
		}
		return r.passFree(s, n)
	}
	return nil
}

func isGlobalDecl(s *scope, n string) bool {
	_, ok := s.global[n]
	return ok
}

func (r *resolver) passFree(s *scope, n string) *binding {
	s.freeNames = append(s.freeNames, n)
	return &binding{kind: bindFree, name: n, index: -1}
}

// assignSlots numbers locals, cells and free variables of s.
func (r *resolver) assignSlots(s *scope) {
	if s.kind == scopeModule {
		s.ncells = len(s.cellNames)
		return
	}
	// Parameters take the first local slots (the call binds them there;
	// a captured parameter is moved into its cell by the prologue).
	params := map[string]bool{}
	for i, p := range s.params {
		params[p] = true
		_ = i
	}
	s.nlocals = len(s.params)
	names := make([]string, 0, len(s.names))
	for n := range s.names {
		names = append(names, n)
	}
	sort.SliceStable(names, func(i, j int) bool { return orderIndex(s, names[i]) < orderIndex(s, names[j]) })
	for _, n := range names {
		b := s.names[n]
		switch b.kind {
		case bindLocal:
			if params[n] {
				b.index = indexOf(s.params, n)
			} else {
				b.index = s.nlocals
				s.nlocals++
			}
		case bindCell:
			b.index = len(s.cellNames)
			s.cellNames = append(s.cellNames, n)
		}
	}
	for _, c := range s.captures {
		_ = c
	}
	for i := range s.captures {
		s.captures[i].slot = s.names[s.captures[i].from.name].index
	}
	s.ncells = len(s.cellNames)
	// dedupe free names, keep order
	var frees []string
	seen := map[string]bool{}
	for _, n := range s.freeNames {
		if !seen[n] {
			seen[n] = true
			frees = append(frees, n)
		}
	}
	s.freeNames = frees
	for i, n := range frees {
		if b := s.names[n]; b != nil && b.kind == bindFree {
			b.index = s.ncells + i
		}
	}
}

func orderIndex(s *scope, n string) int {
	for i, x := range s.order {
		if x == n {
			return i
		}
	}
	return len(s.order)
}

func indexOf(ss []string, n string) int {
	for i, x := range ss {
		if x == n {
			return i
		}
	}
	return -1
}

// isParamCell reports whether parameter i of s lives in a cell.
func (s *scope) paramCell(i int) (cell int, ok bool) {
	b := s.names[s.params[i]]
	if b != nil && b.kind == bindCell {
		return b.index, true
	}
	return 0, false
}
