package interp

import (
	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/runtime"
)

// Class definitions.
//
// `class C(bases, **kw): body` compiles, as in CPython, to: evaluate the
// decorators, the bases and the keywords in the enclosing scope; run the
// body as its own code block (a frame named after the class, so
// tracebacks show `in C`) whose namespace is a fresh dict pre-filled with
// __module__ and __qualname__; call runtime.BuildClass with that dict;
// fill the implicit __class__ cell; apply the decorators bottom-up; bind
// the name.
//
// Class-body frames: the resolver gives class-bound names bindClassNS;
// the namespace dict lives in the frame's one local slot (index
// scope.nlocals, past the scope's own locals, of which a class body has
// none). Name reads in a class body look in the namespace first, then in
// the globals and builtins (LOAD_NAME), or, for names free from an
// enclosing function, in the namespace and then the cell
// (LOAD_CLASSDEREF). Functions defined in the body do not see the class
// namespace: the resolver skips class scopes when it resolves their free
// variables.
//
// Zero-argument super(): a function that mentions `super` uses the
// implicit `__class__` variable (resolve.go), which the class body
// provides as a cell (scope.classCell). `super()` with no arguments, when
// `super` is the builtin, compiles to newSuper(th, __class__, first
// argument of the running function).

// classNSSlot is the local slot of a class-body frame holding the
// namespace dict.
func classNSSlot(s *scope) int { return s.nlocals }

// classNS returns the namespace dict of a class-body frame.
func classNS(fr *Frame) *runtime.Dict {
	return fr.locals[classNSSlot(fr.code.scope)].(*runtime.Dict)
}

// classLoadName compiles a name read in a class body.
func (c *compiler) classLoadName(name string) exprFn {
	b := c.binding(name)
	key := runtime.Str(name)
	switch b.kind {
	case bindFree:
		i := b.index
		return func(fr *Frame) (runtime.Value, error) {
			if v, ok := classNS(fr).GetStr(string(key)); ok {
				return v, nil
			}
			if v := fr.cells[i].get(); v != nil {
				return v, nil
			}
			return nil, unboundFree(name)
		}
	case bindGlobal:
		if _, declared := c.scope.global[name]; declared {
			return nil // the ordinary global load
		}
	case bindClassNS:
	default:
		return nil
	}
	r := c.gref(name)
	return func(fr *Frame) (runtime.Value, error) {
		if v, ok := classNS(fr).GetStr(name); ok {
			return v, nil
		}
		if v, ok := r.get(); ok {
			return v, nil
		}
		e := nameNotDefined(name).(*runtime.Exception)
		suggestName(e, fr, name)
		return nil, e
	}
}

// classStoreName compiles a store to a class-namespace name (nil for the
// other bindings of a class body, which store as usual).
func (c *compiler) classStoreName(name string) storeFn {
	if c.binding(name).kind != bindClassNS {
		return nil
	}
	return func(fr *Frame, v runtime.Value) error {
		classNS(fr).SetStr(name, v)
		return nil
	}
}

// classDeleteName compiles `del name` of a class-namespace name.
func (c *compiler) classDeleteName(name string) stmtFn {
	if c.binding(name).kind != bindClassNS {
		return nil
	}
	return func(fr *Frame) (ctrl, error) {
		if _, ok := classNS(fr).DeleteStr(name); !ok {
			return 0, nameNotDefined(name)
		}
		return 0, nil
	}
}

// classClosureSources is closureSources for a scope defined in a class
// body (the current scope): its free variables come from the class
// body's own __class__ cell or pass through the class body's free
// variables (never from class-namespace names, which share their names).
func (c *compiler) classClosureSources(s *scope) []int {
	p := c.scope
	srcs := make([]int, len(s.freeNames))
	for i, n := range s.freeNames {
		if n == "__class__" && p.classCell >= 0 {
			srcs[i] = p.classCell
			continue
		}
		j := indexOf(p.freeNames, n)
		if j < 0 {
			c.syntaxError(ast.Pos{}, "internal error: no cell for free variable '%s' of a class body", n)
			continue
		}
		srcs[i] = p.ncells + j
	}
	return srcs
}

// classDef compiles a class statement.
func (c *compiler) classDef(s *ast.ClassDef) stmtFn {
	decorators := c.exprs(s.Decorators)
	type arg struct {
		fn   exprFn
		star bool
	}
	var bases []arg
	for _, b := range s.Bases {
		if st, ok := b.(*ast.Starred); ok {
			bases = append(bases, arg{c.expr(st.Value), true})
		} else {
			bases = append(bases, arg{c.expr(b), false})
		}
	}
	type kw struct {
		name string
		fn   exprFn
	}
	var kws []kw
	for _, k := range s.Keywords {
		kws = append(kws, kw{k.Name, c.expr(k.Value)})
	}

	sc := c.res.scopes[s]
	doc := docstring(s.Body)
	hasDoc := doc != runtime.None
	anns := hasAnnotations(s.Body)
	code := c.newCode(sc, s.Name, s.Pos.Line, nil, func() stmtFn { return c.block(s.Body) })
	code.nlocals = sc.nlocals + 1 // + the namespace slot
	code.npos = 0
	code.simple = false
	srcs := c.closureSources(sc)
	store := c.storeName(s.Name, false)
	g := c.g
	modName := ""
	if m, ok := c.moduleName().(runtime.Str); ok {
		modName = string(m)
	}
	name, qualname := s.Name, sc.qualname
	line := s.Pos.Line
	nsSlot := classNSSlot(sc)
	classCell := sc.classCell

	return func(fr *Frame) (ctrl, error) {
		th := fr.th
		decs := make([]runtime.Value, len(decorators))
		for i, d := range decorators {
			v, err := d(fr)
			if err != nil {
				return 0, err
			}
			decs[i] = v
		}
		bs := make([]runtime.Value, 0, len(bases))
		for _, b := range bases {
			v, err := b.fn(fr)
			if err != nil {
				return 0, err
			}
			if !b.star {
				bs = append(bs, v)
				continue
			}
			items, err := iterateAll(th, v, "")
			if err != nil {
				return 0, err
			}
			bs = append(bs, items...)
		}
		var kwargs []runtime.KwArg
		for _, k := range kws {
			v, err := k.fn(fr)
			if err != nil {
				return 0, err
			}
			if k.name != "" {
				kwargs = append(kwargs, runtime.KwArg{Name: k.name, Value: v})
				continue
			}
			d := runtime.NewDict()
			if err := mergeMapping(th, d, v, nil); err != nil {
				return 0, err
			}
			for _, kv := range d.Items() {
				ks, ok := kv[0].(runtime.Str)
				if !ok {
					return 0, runtime.NewError(runtime.TypeErrorType, "keywords must be strings")
				}
				kwargs = append(kwargs, runtime.KwArg{Name: string(ks), Value: kv[1]})
			}
		}

		// Run the body into a fresh namespace.
		ns, perr := runtime.PrepareNamespace(th, name, bs, kwargs)
		if perr != nil {
			return 0, perr
		}
		ns.SetStr("__module__", runtime.Str(modName))
		ns.SetStr("__qualname__", runtime.Str(qualname))
		if anns {
			ns.SetStr("__annotations__", runtime.NewDict())
		}
		if hasDoc {
			ns.SetStr("__doc__", doc)
		}
		fr.Line = line
		cf := fr.newChild()
		cf.setupClosure(code, g, makeClosure(fr, srcs))
		cf.locals[nsSlot] = ns
		var cell *Cell
		if classCell >= 0 {
			cell = cf.cells[classCell]
		}
		if err := th.Enter(&cf.StackFrame); err != nil {
			cf.release()
			return 0, err
		}
		_, err := code.body(cf)
		th.Leave(&cf.StackFrame)
		if err != nil {
			cf.addTraceback(err)
			cf.release()
			return 0, err
		}
		cf.release()

		fr.Line = line
		cls, err := buildClass(th, name, qualname, modName, bs, ns, kwargs)
		if err != nil {
			return 0, err
		}
		if cell != nil {
			cell.set(cls)
		}
		v := cls
		for i := len(decs) - 1; i >= 0; i-- {
			fr.Line = s.Decorators[i].Position().Line
			r, err := runtime.Call(th, decs[i], []runtime.Value{v}, nil)
			if err != nil {
				return 0, fr.at(err, spanOf(s.Decorators[i]))
			}
			v = r
		}
		fr.Line = line
		return 0, store(fr, v)
	}
}

// hasAnnotations reports whether a class body has annotated assignments
// to simple names (CPython then creates __annotations__ at its start).
func hasAnnotations(body []ast.Stmt) bool {
	for _, st := range body {
		switch s := st.(type) {
		case *ast.AnnAssign:
			if _, ok := s.Target.(*ast.Name); ok {
				return true
			}
		case *ast.If:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *ast.While:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *ast.For:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *ast.With:
			if hasAnnotations(s.Body) {
				return true
			}
		case *ast.Try:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) || hasAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if hasAnnotations(h.Body) {
					return true
				}
			}
		}
	}
	return false
}

// classAnnAssign compiles an annotated assignment in a class body:
// `x: T = v` stores v and then records __annotations__['x'] = T;
// `x: T` only records the annotation.
func (c *compiler) classAnnAssign(s *ast.AnnAssign) stmtFn {
	n, ok := s.Target.(*ast.Name)
	if !ok {
		return nil
	}
	ann := c.annotation(s.Annotation)
	var val exprFn
	var store storeFn
	if s.Value != nil {
		val = c.expr(s.Value)
		store = c.store(s.Target, false)
	}
	key := runtime.Str(n.Id)
	return func(fr *Frame) (ctrl, error) {
		if val != nil {
			v, err := val(fr)
			if err != nil {
				return 0, err
			}
			if err := store(fr, v); err != nil {
				return 0, err
			}
		}
		a, err := ann(fr)
		if err != nil {
			return 0, err
		}
		d, ok := classNS(fr).GetStr("__annotations__")
		if !ok {
			return 0, nameNotDefined("__annotations__")
		}
		if dd, ok := d.(*runtime.Dict); ok {
			dd.SetStr(string(key), a)
			return 0, nil
		}
		return 0, runtime.SetItem(fr.th, d, key, a)
	}
}

// ---- zero-argument super() ----

// zeroArgSuper compiles `super()` (no arguments) to a super object for
// the implicit __class__ cell and the running function's first argument,
// when super is the builtin; ok is false for any other call.
func (c *compiler) zeroArgSuper(x *ast.Call) (exprFn, bool) {
	n, isName := x.Func.(*ast.Name)
	if !isName || n.Id != "super" || len(x.Args) != 0 || len(x.Keywords) != 0 {
		return nil, false
	}
	if b := c.binding("super"); b.kind != bindGlobal {
		return nil, false
	}
	if _, declared := c.scope.global["super"]; c.scope.kind == scopeClass && !declared {
		return nil, false // class bodies may bind super in their namespace
	}
	superRef := c.gref("super")
	plain := c.call0(n)
	line := x.Pos.Line

	// The __class__ cell.
	classIdx := -1
	if b := c.binding("__class__"); b.kind == bindFree {
		classIdx = b.index
	}
	// The first argument.
	s := c.scope
	var first func(fr *Frame) runtime.Value
	npos := 0
	switch node := s.node.(type) {
	case *ast.FunctionDef:
		if node.Args != nil {
			npos = len(node.Args.PosOnly) + len(node.Args.Args)
		}
	case *ast.Lambda:
		if node.Args != nil {
			npos = len(node.Args.PosOnly) + len(node.Args.Args)
		}
	}
	if npos > 0 {
		if ci, ok := s.paramCell(0); ok {
			first = func(fr *Frame) runtime.Value { return fr.cells[ci].get() }
		} else {
			first = func(fr *Frame) runtime.Value { return fr.detach(fr.locals[0]) }
		}
	}
	return func(fr *Frame) (runtime.Value, error) {
		if v, ok := superRef.get(); !ok || !isBuiltinSuper(v) {
			return plain(fr)
		}
		fr.Line = line
		// CPython looks at the arguments first.
		if first == nil {
			return nil, runtime.NewError(runtime.RuntimeErrorType, "super(): no arguments")
		}
		if classIdx < 0 {
			return nil, runtime.NewError(runtime.RuntimeErrorType, "super(): __class__ cell not found")
		}
		obj := first(fr)
		if obj == nil {
			return nil, runtime.NewError(runtime.RuntimeErrorType, "super(): arg[0] deleted")
		}
		cv := fr.cells[classIdx].get()
		if cv == nil {
			return nil, runtime.NewError(runtime.RuntimeErrorType, "super(): empty __class__ cell")
		}
		cls, ok := cv.(*runtime.Type)
		if !ok {
			return nil, runtime.NewError(runtime.RuntimeErrorType, "super(): __class__ is not a type (%s)", runtime.TypeName(cv))
		}
		return newSuper(fr.th, cls, obj)
	}, true
}

// call0 compiles an ordinary call of name with no arguments.
func (c *compiler) call0(n *ast.Name) exprFn {
	fn := c.expr(n)
	return func(fr *Frame) (runtime.Value, error) {
		f, err := fn(fr)
		if err != nil {
			return nil, err
		}
		fr.Line = n.Pos.Line
		return runtime.Call(fr.th, f, nil, nil)
	}
}

// isBuiltinSuper reports whether v is the builtins' super.
func isBuiltinSuper(v runtime.Value) bool {
	b, ok := runtime.Builtins.GetStr("super")
	return ok && b == v
}
