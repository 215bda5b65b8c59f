package interp

import (
	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/runtime"
)

// ---- calls ----

func (c *compiler) call(x *ast.Call) exprFn {
	if f, ok := c.zeroArgSuper(x); ok {
		return f
	}
	line := x.Pos.Line
	pos := spanOf(x)
	simple := len(x.Keywords) == 0
	for _, a := range x.Args {
		if _, ok := a.(*ast.Starred); ok {
			simple = false
		}
	}
	if hasOwnedArgs(x) {
		if f, ok := c.ownedCall(x); ok {
			return func(fr *Frame) (runtime.Value, error) { return f(fr, ownNone) }
		}
	}
	if simple {
		if attr, ok := x.Func.(*ast.Attribute); ok {
			return c.methodCall(attr, x.Args, line, pos)
		}
		fn := c.expr(x.Func)
		args := c.exprs(x.Args)
		switch len(args) {
		case 0:
			return func(fr *Frame) (runtime.Value, error) {
				f, err := fn(fr)
				if err != nil {
					return nil, err
				}
				fr.Line = line
				if uf, ok := f.(*Function); ok {
					return mark{fr, pos}.ret(uf.callFrom(fr, nil))
				}
				if inst, init, ok := plainInit(f); ok {
					return mark{fr, pos}.ret(callInit(fr, inst, init, nil))
				}
				if inst, call, ok := plainCall(f); ok {
					return mark{fr, pos}.ret(callWithSelf(fr, call, inst, nil))
				}
				if err := callCheckpoint(fr.th, f); err != nil {
					return nil, err
				}
				return mark{fr, pos}.ret(runtime.Call(fr.th, f, nil, nil))
			}
		case 1:
			a0 := args[0]
			return func(fr *Frame) (runtime.Value, error) {
				f, err := fn(fr)
				if err != nil {
					return nil, err
				}
				v0, err := a0(fr)
				if err != nil {
					return nil, err
				}
				fr.Line = line
				if uf, ok := f.(*Function); ok {
					buf := [1]runtime.Value{v0}
					return mark{fr, pos}.ret(uf.callFrom(fr, buf[:]))
				}
				if inst, init, ok := plainInit(f); ok {
					buf := [1]runtime.Value{v0}
					return mark{fr, pos}.ret(callInit(fr, inst, init, buf[:]))
				}
				if inst, call, ok := plainCall(f); ok {
					buf := [1]runtime.Value{v0}
					return mark{fr, pos}.ret(callWithSelf(fr, call, inst, buf[:]))
				}
				if err := callCheckpoint(fr.th, f); err != nil {
					return nil, err
				}
				// len(x), abs(x)...: no argument slice (runtime.NewFunc1).
				if b, ok := f.(*runtime.Builtin); ok && b.Fn1 != nil {
					return mark{fr, pos}.ret(b.Fn1(fr.th, v0))
				}
				return mark{fr, pos}.ret(runtime.Call(fr.th, f, []runtime.Value{v0}, nil))
			}
		}
		return func(fr *Frame) (runtime.Value, error) {
			f, err := fn(fr)
			if err != nil {
				return nil, err
			}
			var buf [6]runtime.Value
			var vs []runtime.Value
			if len(args) <= len(buf) {
				vs = buf[:len(args)]
			} else {
				vs = make([]runtime.Value, len(args))
			}
			for i, a := range args {
				v, err := a(fr)
				if err != nil {
					return nil, err
				}
				vs[i] = v
			}
			fr.Line = line
			if uf, ok := f.(*Function); ok {
				return mark{fr, pos}.ret(uf.callFrom(fr, vs))
			}
			if inst, init, ok := plainInit(f); ok {
				return mark{fr, pos}.ret(callInit(fr, inst, init, vs))
			}
			if inst, call, ok := plainCall(f); ok {
				return mark{fr, pos}.ret(callWithSelf(fr, call, inst, vs))
			}
			if err := callCheckpoint(fr.th, f); err != nil {
				return nil, err
			}
			return mark{fr, pos}.ret(callSlice(fr.th, f, vs))
		}
	}
	if attr, ok := x.Func.(*ast.Attribute); ok {
		return c.methodCallKw(attr, x, line, pos)
	}
	fn := c.expr(x.Func)
	argsFn := c.callArgs(x, 0)
	return func(fr *Frame) (runtime.Value, error) {
		f, err := fn(fr)
		if err != nil {
			return nil, err
		}
		args, kwargs, err := argsFn(fr, f)
		if err != nil {
			return nil, err
		}
		fr.Line = line
		if uf, ok := f.(*Function); ok {
			return mark{fr, pos}.ret(uf.callFromSlow(fr, args, kwargs))
		}
		if err := callCheckpoint(fr.th, f); err != nil {
			return nil, err
		}
		return mark{fr, pos}.ret(runtime.Call(fr.th, f, args, kwargs))
	}
}

// methodCall compiles obj.name(args...) without allocating a bound
// method for built-in methods.
func (c *compiler) methodCall(attr *ast.Attribute, argEs []ast.Expr, line int, pos runtime.Span) exprFn {
	site := runtime.NewAttrSite(attr.Attr)
	ms := &methodSpans{call: pos, attr: spanOf(attr), name: attr.Attr}
	args := c.exprs(argEs)
	if i, name, ok := c.localIndex(attr.Value); ok {
		// self.m(...): the receiver read from its slot (localIndex).
		npos := spanOf(attr.Value)
		return func(fr *Frame) (runtime.Value, error) {
			o := fr.locals[i]
			if o == nil {
				return nil, fr.at(unboundLocal(name), npos)
			}
			return methodMark{fr, ms}.ret(methodCallOn(fr, o, site, args, line))
		}
	}
	obj := c.expr(attr.Value)
	return func(fr *Frame) (runtime.Value, error) {
		o, err := obj(fr)
		if err != nil {
			return nil, err
		}
		return methodMark{fr, ms}.ret(methodCallOn(fr, o, site, args, line))
	}
}

// methodCallKw compiles obj.name(args...) with keywords, *args or
// **kwargs: the method is found through the site's cache
// (AttrSite.Method) and a def gets self prepended to its arguments, with
// no bound method (o.find(update=True) in pyperf go).
func (c *compiler) methodCallKw(attr *ast.Attribute, x *ast.Call, line int, pos runtime.Span) exprFn {
	site := runtime.NewAttrSite(attr.Attr)
	apos := spanOf(attr)
	obj := c.expr(attr.Value)
	argsFn := c.callArgs(x, 1)
	return func(fr *Frame) (runtime.Value, error) {
		o, err := obj(fr)
		if err != nil {
			return nil, err
		}
		var m, self runtime.Value
		if _, own := o.(runtime.HasAttrs); !own {
			// A str, list, dict...: its type's built-in method from the
			// site's cache, called with o as self.
			if b := site.PlainMethod(o); b != nil {
				m, self = b, o
			}
		}
		if m == nil {
			if m, self, err = site.Method(fr.th, o); err != nil {
				return nil, fr.at(err, apos)
			}
		}
		if uf, ok := m.(*Function); ok && self != nil {
			all, kwargs, err := argsFn(fr, uf)
			if err != nil {
				return nil, err
			}
			all[0] = self
			fr.Line = line
			return mark{fr, pos}.ret(uf.callFromSlow(fr, all, kwargs))
		}
		if b, ok := m.(*runtime.Builtin); ok && self != nil && b.Method && b.Self == nil {
			// A built-in method found unbound (Method's self), called
			// on self as bound would be, with no bound method
			// (l.sort(reverse=True)).
			all, kwargs, err := argsFn(fr, b)
			if err != nil {
				return nil, err
			}
			fr.Line = line
			if err := callCheckpoint(fr.th, b); err != nil {
				return nil, err
			}
			return mark{fr, pos}.ret(b.Fn(fr.th, self, all[1:], kwargs))
		}
		f := m
		if self != nil {
			// A built-in method found unbound (Method's self): bound
			// as o.name would be.
			if f, err = site.Get(fr.th, o); err != nil {
				return nil, fr.at(err, apos)
			}
		}
		all, kwargs, err := argsFn(fr, f)
		if err != nil {
			return nil, err
		}
		fr.Line = line
		if uf, ok := f.(*Function); ok {
			return mark{fr, pos}.ret(uf.callFromSlow(fr, all[1:], kwargs))
		}
		if err := callCheckpoint(fr.th, f); err != nil {
			return nil, err
		}
		return mark{fr, pos}.ret(runtime.Call(fr.th, f, all[1:], kwargs))
	}
}

// methodCallOn is o.name(args...) for the receiver o.
func methodCallOn(fr *Frame, o runtime.Value, site *runtime.AttrSite, args []exprFn, line int) (runtime.Value, error) {
	if _, ok := o.(*runtime.Instance); ok {
		// The common case first: a concrete type check, where
		// the HasAttrs check below is an interface assertion.
		return attrsMethodCall(fr, o, site, args, line)
	}
	if _, own := o.(runtime.HasAttrs); !own {
		switch len(args) {
		case 1:
			return plainMethodCall1(fr, o, site, args[0], line)
		case 2:
			return plainMethodCall2(fr, o, site, args[0], args[1], line)
		}
		var vs []runtime.Value
		if len(args) > 0 {
			vs = make([]runtime.Value, len(args))
			if err := evalArgs(fr, args, vs); err != nil {
				return nil, err
			}
		}
		fr.Line = line
		if err := fr.th.Checkpoint(); err != nil {
			return nil, err
		}
		return site.CallPlain(fr.th, o, vs)
	}
	if len(args) == 1 {
		if mod, ok := o.(*runtime.Module); ok {
			return moduleCall1(fr, mod, site, args[0], line)
		}
	}
	return attrsMethodCall(fr, o, site, args, line)
}

// attrsMethodCall is o.name(*args) for an o with attributes of its own
// (instances, modules, types). Its argument buffer is kept out of
// methodCall's closure, whose frame is on the stack of every call made
// through it (see moduleCall1).
func attrsMethodCall(fr *Frame, o runtime.Value, site *runtime.AttrSite, args []exprFn, line int) (runtime.Value, error) {
	// all[0] is reserved for self (methods of user classes). The
	// buffer stays on the stack: callFrom does not retain its
	// arguments, and other callables get a copy.
	var buf [6]runtime.Value
	var all []runtime.Value
	if len(args) < len(buf) {
		all = buf[:len(args)+1]
	} else {
		all = make([]runtime.Value, len(args)+1)
	}
	if err := evalArgs(fr, args, all[1:]); err != nil {
		return nil, err
	}
	fr.Line = line
	if err := fr.th.Checkpoint(); err != nil {
		return nil, err
	}
	// The site's inline cache: no bound method for a plain method of
	// a user-class instance (self != nil: call fn(self, args)).
	var m, self runtime.Value
	var err error
	if sup, ok := o.(*runtime.Super); ok {
		m, self, err = sup.Method(fr.th, site.Name)
	} else {
		m, self, err = site.Method(fr.th, o)
	}
	if err != nil {
		return nil, err
	}
	return callFound(fr, m, self, all)
}

// moduleCall1 is mod.name(arg), a module's function called with one
// argument (time.sleep(x), math.sqrt(x)): a function made by
// runtime.NewFunc1 is called directly, with no argument slice and no
// runtime.Call → Builtin.Call → wrapper frames. Measured on
// bench/spawn_sleep.sp: with those frames and attrsMethodCall's buffer
// on the way down to time.sleep, every sleeping thread outgrew Go's
// initial 2 KB goroutine stack and had it copied (copystack 15% of the
// CPU) and its argument slice allocated.
func moduleCall1(fr *Frame, mod *runtime.Module, site *runtime.AttrSite, arg exprFn, line int) (runtime.Value, error) {
	var buf [2]runtime.Value
	v, err := arg(fr)
	if err != nil {
		return nil, err
	}
	fr.Line = line
	if err := fr.th.Checkpoint(); err != nil {
		return nil, err
	}
	m, found := site.ModuleAttr(mod)
	var self runtime.Value
	if found {
		if b, ok := m.(*runtime.Builtin); ok && b.Fn1 != nil {
			return b.Fn1(fr.th, v)
		}
	} else if m, self, err = site.Method(fr.th, mod); err != nil {
		return nil, err
	}
	buf[1] = v
	return callFound(fr, m, self, buf[:])
}

// plainMethodCall1 is o.name(arg) for a value without attributes of its
// own (list, dict, str, set, generator...): a built-in method with
// Builtin.M1 gets the argument without a slice.
func plainMethodCall1(fr *Frame, o runtime.Value, site *runtime.AttrSite, arg exprFn, line int) (runtime.Value, error) {
	v, err := arg(fr)
	if err != nil {
		return nil, err
	}
	fr.Line = line
	if err := fr.th.Checkpoint(); err != nil {
		return nil, err
	}
	return site.CallPlain1(fr.th, o, v)
}

// plainMethodCall2 is plainMethodCall1 with two arguments
// (AttrSite.CallPlain2: d.get(k, 0) makes no argument slice).
func plainMethodCall2(fr *Frame, o runtime.Value, site *runtime.AttrSite, arg0, arg1 exprFn, line int) (runtime.Value, error) {
	a, err := arg0(fr)
	if err != nil {
		return nil, err
	}
	b, err := arg1(fr)
	if err != nil {
		return nil, err
	}
	fr.Line = line
	if err := fr.th.Checkpoint(); err != nil {
		return nil, err
	}
	return site.CallPlain2(fr.th, o, a, b)
}

// callFound calls m, found by AttrSite.Method with self (nil: none),
// with the arguments all[1:]; all[0] is free for a receiver.
func callFound(fr *Frame, m, self runtime.Value, all []runtime.Value) (runtime.Value, error) {
	vs := all[1:]
	if self != nil {
		if b, ok := m.(*runtime.Builtin); ok && b.Method && b.Self == nil {
			return callBuiltinMethod(fr.th, b, self, vs)
		}
		all[0] = self
		vs = all
	} else if bm, ok := m.(*runtime.BoundMethod); ok {
		if uf, ok := bm.Fn.(*Function); ok {
			all[0] = bm.Self
			return uf.callFrom(fr, all)
		}
	}
	if uf, ok := m.(*Function); ok {
		return uf.callFrom(fr, vs)
	}
	return callSlice(fr.th, m, vs)
}

// callSlice calls f, not a def, with the arguments vs, which stay the
// caller's (a stack buffer): a built-in with the two-argument fast path
// gets them as values, other callables a copy.
func callSlice(th *runtime.Thread, f runtime.Value, vs []runtime.Value) (runtime.Value, error) {
	if b, ok := f.(*runtime.Builtin); ok && len(vs) == 2 && b.Fn2 != nil {
		return b.Fn2(th, vs[0], vs[1])
	}
	return runtime.Call(th, f, append([]runtime.Value(nil), vs...), nil)
}

// callBuiltinMethod calls the unbound built-in method b (b.Method, no
// b.Self) on self with
// args (not retained: b gets a copy when it needs a slice), as calling
// b bound to self would.
func callBuiltinMethod(th *runtime.Thread, b *runtime.Builtin, self runtime.Value, args []runtime.Value) (runtime.Value, error) {
	switch {
	case len(args) == 0:
		return b.Fn(th, self, nil, nil)
	case len(args) == 1 && b.M1 != nil:
		return b.M1(th, self, args[0])
	case len(args) == 2 && b.M2 != nil:
		return b.M2(th, self, args[0], args[1])
	}
	return b.Fn(th, self, append([]runtime.Value(nil), args...), nil)
}

// evalArgs evaluates args into dst (len(dst) == len(args)).
func evalArgs(fr *Frame, args []exprFn, dst []runtime.Value) error {
	for i, a := range args {
		v, err := a(fr)
		if err != nil {
			return err
		}
		dst[i] = v
	}
	return nil
}

// callArgs compiles the general argument list (with *args, keywords and
// **kwargs) of a call. The positional arguments come after reserve free
// slots at the start of the slice (a receiver's).
func (c *compiler) callArgs(x *ast.Call, reserve int) func(fr *Frame, f runtime.Value) ([]runtime.Value, []runtime.KwArg, error) {
	type arg struct {
		fn   exprFn
		star bool
	}
	type kw struct {
		name string
		fn   exprFn
	}
	var args []arg
	for _, a := range x.Args {
		if s, ok := a.(*ast.Starred); ok {
			args = append(args, arg{c.expr(s.Value), true})
		} else {
			args = append(args, arg{c.expr(a), false})
		}
	}
	var kws []kw
	for _, k := range x.Keywords {
		kws = append(kws, kw{k.Name, c.expr(k.Value)})
	}
	return func(fr *Frame, f runtime.Value) ([]runtime.Value, []runtime.KwArg, error) {
		th := fr.th
		vs := make([]runtime.Value, reserve, reserve+len(args))
		for _, a := range args {
			v, err := a.fn(fr)
			if err != nil {
				return nil, nil, err
			}
			if a.star {
				if _, ok := v.(runtime.Iterable); !ok {
					return nil, nil, runtime.NewError(runtime.TypeErrorType, "%s argument after * must be an iterable, not %s", callableName(f), runtime.TypeName(v))
				}
				items, err := runtime.IterateAll(th, v)
				if err != nil {
					return nil, nil, err
				}
				vs = append(vs, items...)
			} else {
				vs = append(vs, v)
			}
		}
		var out []runtime.KwArg
		for _, k := range kws {
			v, err := k.fn(fr)
			if err != nil {
				return nil, nil, err
			}
			if k.name != "" {
				for _, o := range out {
					if o.Name == k.name {
						return nil, nil, runtime.NewError(runtime.TypeErrorType, "%s got multiple values for keyword argument '%s'", callableName(f), k.name)
					}
				}
				out = append(out, runtime.KwArg{Name: k.name, Value: v})
				continue
			}
			d := runtime.NewDict()
			if _, isDict := v.(*runtime.Dict); !isDict {
				if _, err := runtime.GetAttr(th, v, "keys"); err != nil {
					return nil, nil, runtime.NewError(runtime.TypeErrorType, "%s argument after ** must be a mapping, not %s", callableName(f), runtime.TypeName(v))
				}
			}
			if err := mergeMapping(th, d, v, nil); err != nil {
				return nil, nil, err
			}
			for _, kv := range d.Items() {
				ks, ok := kv[0].(runtime.Str)
				if !ok {
					return nil, nil, runtime.NewError(runtime.TypeErrorType, "keywords must be strings")
				}
				for _, o := range out {
					if o.Name == string(ks) {
						return nil, nil, runtime.NewError(runtime.TypeErrorType, "%s got multiple values for keyword argument '%s'", callableName(f), ks)
					}
				}
				out = append(out, runtime.KwArg{Name: string(ks), Value: kv[1]})
			}
		}
		return vs, out, nil
	}
}

// callableName is how CPython names a callable in argument errors:
// "f()" for functions.
func callableName(f runtime.Value) string {
	switch x := f.(type) {
	case *Function:
		names := x.meta()
		if m, ok := names.module.(runtime.Str); ok && m != "builtins" {
			return string(m) + "." + names.qualname + "()"
		}
		return names.qualname + "()"
	case *runtime.Builtin:
		return x.Name + "()"
	case *runtime.Type:
		return x.Name() + "()"
	}
	return runtime.TypeName(f) + " object"
}

// ---- function definitions ----

// newCode compiles the body of a function-like scope.
func (c *compiler) newCode(s *scope, name string, line int, args *ast.Arguments, compileBody func() stmtFn) *Code {
	code := &Code{
		info:      runtime.CodeInfo{Name: name, Qualname: s.qualname, File: c.file, Line: line},
		scope:     s,
		params:    s.params,
		generator: s.generator,
	}
	if args != nil {
		code.nposonly = len(args.PosOnly)
		code.npos = len(args.PosOnly) + len(args.Args)
		code.nkwonly = len(args.KwOnly)
		code.varargs = args.Vararg != nil
		code.varkw = args.Kwarg != nil
	} else {
		code.npos = len(s.params) // comprehensions: .0
	}
	code.simple = !code.varargs && !code.varkw && code.nkwonly == 0
	for i := range s.params {
		if ci, ok := s.paramCell(i); ok {
			code.cellParams = append(code.cellParams, [2]int{i, ci})
		}
	}
	saved, savedLoops := c.scope, c.loopCells
	c.scope, c.loopCells = s, nil
	code.body = compileBody()
	c.scope, c.loopCells = saved, savedLoops
	code.nlocals = s.nlocals
	code.ncells = s.ncells
	code.freeNames = s.freeNames
	registerCode(code)
	return code
}

// closureSources returns, for each free variable of child scope s, the
// index of the cell in the current (parent) frame that provides it.
func (c *compiler) closureSources(s *scope) []int {
	if c.scope.kind == scopeClass {
		return c.classClosureSources(s)
	}
	srcs := make([]int, len(s.freeNames))
	p := c.scope
	for i, n := range s.freeNames {
		if lv := s.viaLoop[n]; lv != nil {
			srcs[i] = lv.cell
			continue
		}
		b := p.names[n]
		if b == nil || (b.kind != bindCell && b.kind != bindFree) {
			c.syntaxError(ast.Pos{}, "internal error: no cell for free variable '%s'", n)
			continue
		}
		srcs[i] = b.index
	}
	return srcs
}

func makeClosure(fr *Frame, srcs []int) []*Cell {
	if len(srcs) == 0 {
		return nil
	}
	cl := make([]*Cell, len(srcs))
	for i, s := range srcs {
		cl[i] = fr.cells[s]
	}
	return cl
}

// defaultsFn compiles a parameter list's defaults (evaluated at def time).
func (c *compiler) defaultsFn(args *ast.Arguments) func(fr *Frame, f *Function) error {
	if args == nil {
		return func(*Frame, *Function) error { return nil }
	}
	var pos []exprFn
	for _, a := range append(append([]*ast.Arg(nil), args.PosOnly...), args.Args...) {
		if a.Default != nil {
			pos = append(pos, c.expr(a.Default))
		}
	}
	kw := make([]exprFn, len(args.KwOnly))
	hasKw := false
	for i, a := range args.KwOnly {
		if a.Default != nil {
			kw[i] = c.expr(a.Default)
			hasKw = true
		}
	}
	return func(fr *Frame, f *Function) error {
		if len(pos) > 0 {
			f.defaults0 = make([]runtime.Value, len(pos))
			for i, d := range pos {
				v, err := d(fr)
				if err != nil {
					return err
				}
				f.defaults0[i] = v
			}
			f.defaults.Store(&f.defaults0)
		}
		if hasKw {
			f.kwdefaults0 = make([]runtime.Value, len(kw))
			for i, d := range kw {
				if d == nil {
					continue
				}
				v, err := d(fr)
				if err != nil {
					return err
				}
				f.kwdefaults0[i] = v
			}
			f.kwdefaults.Store(&f.kwdefaults0)
		}
		return nil
	}
}

// annotationsFn compiles a def's annotations into the function's
// __annotations__ dict, evaluated at def time in CPython's order
// (parameters, then "return"); under `from __future__ import
// annotations` each is its source text.
func (c *compiler) annotationsFn(args *ast.Arguments, returns ast.Expr) func(fr *Frame, f *Function) error {
	type ann struct {
		name string
		expr exprFn
		text string
	}
	var anns []ann
	add := func(name string, e ast.Expr) {
		if e == nil {
			return
		}
		if c.res.futureAnnotations {
			anns = append(anns, ann{name: name, text: c.sourceText(e)})
		} else {
			anns = append(anns, ann{name: name, expr: c.expr(e)})
		}
	}
	if args != nil {
		for _, group := range [][]*ast.Arg{args.PosOnly, args.Args, {args.Vararg}, args.KwOnly, {args.Kwarg}} {
			for _, a := range group {
				if a != nil {
					add(a.Name, a.Annotation)
				}
			}
		}
	}
	add("return", returns)
	if len(anns) == 0 {
		return nil
	}
	return func(fr *Frame, f *Function) error {
		d := runtime.NewDict()
		for _, a := range anns {
			if a.expr == nil {
				d.SetStr(a.name, runtime.Str(a.text))
				continue
			}
			v, err := a.expr(fr)
			if err != nil {
				return err
			}
			d.SetStr(a.name, v)
		}
		f.annotations.Store(d)
		return nil
	}
}

// annotation compiles an annotation: its value, or its source text under
// `from __future__ import annotations`.
func (c *compiler) annotation(e ast.Expr) exprFn {
	if !c.res.futureAnnotations {
		return c.expr(e)
	}
	text := runtime.Str(c.sourceText(e))
	return func(*Frame) (runtime.Value, error) { return text, nil }
}

// sourceText is the source of expression e (one line; PEP 563's
// stringified annotation).
func (c *compiler) sourceText(e ast.Expr) string {
	p := e.Position()
	if p.Line < 1 || p.Line > len(c.lines) {
		return ""
	}
	line := []rune(c.lines[p.Line-1])
	end := len(line)
	if p.EndLine == p.Line && p.EndCol-1 <= end && p.EndCol > p.Col {
		end = p.EndCol - 1
	}
	if p.Col < 1 || p.Col-1 > end {
		return ""
	}
	return string(line[p.Col-1 : end])
}

func docstring(body []ast.Stmt) runtime.Value {
	if len(body) > 0 {
		if es, ok := body[0].(*ast.ExprStmt); ok {
			if s, ok := es.Value.(*ast.Str); ok {
				return runtime.Str(s.Value)
			}
		}
	}
	return runtime.None
}

func (c *compiler) funcDef(s *ast.FunctionDef) stmtFn {
	decorators := c.exprs(s.Decorators)
	defaults := c.defaultsFn(s.Args)
	annotations := c.annotationsFn(s.Args, s.Returns)
	sc := c.res.scopes[s]
	code := c.newCode(sc, s.Name, s.Pos.Line, s.Args, func() stmtFn { return c.block(s.Body) })
	if len(s.Decorators) > 0 {
		code.info.Line = s.Decorators[0].Position().Line
		code.info.Line = s.Pos.Line
	}
	srcs := c.closureSources(sc)
	doc := docstring(s.Body)
	store := c.storeName(s.Name, false)
	g := c.g
	modName := c.moduleName()
	line := s.Pos.Line
	return func(fr *Frame) (ctrl, error) {
		decs := make([]runtime.Value, len(decorators))
		for i, d := range decorators {
			v, err := d(fr)
			if err != nil {
				return 0, err
			}
			decs[i] = v
		}
		f := &Function{code: code, globals: g}
		f.initNames(s.Name, sc.qualname, doc, modName)
		if err := defaults(fr, f); err != nil {
			return 0, err
		}
		if annotations != nil {
			if err := annotations(fr, f); err != nil {
				return 0, err
			}
		}
		f.closure = makeClosure(fr, srcs)
		var v runtime.Value = f
		for i := len(decs) - 1; i >= 0; i-- {
			fr.Line = s.Decorators[i].Position().Line
			r, err := runtime.Call(fr.th, decs[i], []runtime.Value{v}, nil)
			if err != nil {
				return 0, fr.at(err, spanOf(s.Decorators[i]))
			}
			v = r
		}
		fr.Line = line
		return 0, store(fr, v)
	}
}

func (c *compiler) moduleName() runtime.Value {
	if v, ok := c.g.dict.GetStr("__name__"); ok {
		return v
	}
	return runtime.None
}

func (c *compiler) lambda(x *ast.Lambda) exprFn {
	defaults := c.defaultsFn(x.Args)
	sc := c.res.scopes[x]
	code := c.newCode(sc, "<lambda>", x.Pos.Line, x.Args, func() stmtFn {
		body := c.expr(x.Body)
		if sc.generator {
			return func(fr *Frame) (ctrl, error) {
				_, err := body(fr)
				return 0, err
			}
		}
		return func(fr *Frame) (ctrl, error) {
			v, err := body(fr)
			if err != nil {
				return 0, err
			}
			fr.ret = v
			return ctrlReturn, nil
		}
	})
	srcs := c.closureSources(sc)
	g := c.g
	modName := c.moduleName()
	return func(fr *Frame) (runtime.Value, error) {
		f := &Function{code: code, globals: g}
		f.initNames("<lambda>", sc.qualname, runtime.None, modName)
		if err := defaults(fr, f); err != nil {
			return nil, err
		}
		f.closure = makeClosure(fr, srcs)
		return f, nil
	}
}

// ---- comprehensions ----

// comprehension compiles a list/set/dict comprehension or generator
// expression: its own scope and frame (`<listcomp>` in tracebacks), called
// with the iterator of the first iterable, which is evaluated in the
// enclosing scope.
func (c *compiler) comprehension(node ast.Expr, gens []*ast.Comprehension) exprFn {
	f := c.comprehensionOwned(node, gens)
	return func(fr *Frame) (runtime.Value, error) { return f(fr, ownNone) }
}

// comprehensionOwned is comprehension; with own != ownNone a generator
// expression is returned as a *pushIter (generator_push.go), whose frame
// is borrowed from fr's pool when its consumer runs it before fr makes
// another call (ownDelegate, ownBuiltinArg).
func (c *compiler) comprehensionOwned(node ast.Expr, gens []*ast.Comprehension) func(fr *Frame, own ownMode) (runtime.Value, error) {
	sc := c.res.scopes[node]
	first := c.ownedExpr(gens[0].Iter, ownPush)
	var kind string
	code := c.newCode(sc, sc.name, node.Position().Line, nil, func() stmtFn {
		var emit stmtFn
		switch x := node.(type) {
		case *ast.ListComp:
			kind = "list"
			elt := c.expr(x.Elt)
			emit = func(fr *Frame) (ctrl, error) {
				v, err := elt(fr)
				if err != nil {
					return 0, err
				}
				fr.ret.(*runtime.List).AppendOwned(v)
				return 0, nil
			}
		case *ast.SetComp:
			kind = "set"
			elt := c.expr(x.Elt)
			emit = func(fr *Frame) (ctrl, error) {
				v, err := elt(fr)
				if err != nil {
					return 0, err
				}
				return 0, fr.ret.(*runtime.Set).Add(fr.th, v)
			}
		case *ast.DictComp:
			kind = "dict"
			key, val := c.expr(x.Key), c.expr(x.Value)
			emit = func(fr *Frame) (ctrl, error) {
				k, err := key(fr)
				if err != nil {
					return 0, err
				}
				v, err := val(fr)
				if err != nil {
					return 0, err
				}
				return 0, fr.ret.(*runtime.Dict).Set(fr.th, k, v)
			}
		case *ast.GeneratorExp:
			kind = "gen"
			elt := c.expr(x.Elt)
			emit = func(fr *Frame) (ctrl, error) {
				v, err := elt(fr)
				if err != nil {
					return 0, err
				}
				_, err = fr.gen.yield(fr, v)
				return 0, err
			}
		}
		for _, g := range gens {
			c.pushLoopCells(g)
		}
		loop := emit
		for i := len(gens) - 1; i >= 0; i-- {
			loop = c.compClause(gens[i], i == 0, loop)
		}
		return loop
	})
	srcs := c.closureSources(sc)
	g := c.g
	line, pos := node.Position().Line, spanOf(node)
	// A list comprehension with one clause and no condition makes one
	// item per item of its iterable: when that has a known length the
	// list is made with that capacity (lists kernel: 1600 bytes per
	// 100-item list, was 4 KB of doubling appends).
	sized := kind == "list" && len(gens) == 1 && len(gens[0].Ifs) == 0
	return func(fr *Frame, own ownMode) (runtime.Value, error) {
		iterable, err := first(fr)
		if err != nil {
			return nil, err
		}
		th := fr.th
		// A range is iterated in place by the first clause (compClause):
		// iter(range) can neither fail nor run user code, and the loop
		// then reads no iterator under its lock.
		var it any = iterable
		if _, ok := iterable.(*runtime.Range); !ok {
			it, err = ownedIterator(fr, iterable)
			if err != nil {
				return nil, err
			}
		}
		fr.Line = line
		if kind == "gen" {
			pooled := own == ownDelegate || own == ownBuiltinArg
			var cf *Frame
			if pooled {
				cf = fr.newChild()
			} else {
				cf = &Frame{th: th, busy: true, StackFrame: runtime.StackFrame{Handling: fr.Handling}}
			}
			cf.setupFrom(code, g, fr, srcs)
			cf.iter0 = it
			switch own {
			case ownNone:
			case ownBuiltinArg:
				return newArgPushIter(cf), nil
			default:
				p := newPushIter(cf)
				p.pooled = pooled
				return p, nil
			}
			return newGenerator(cf), nil
		}
		cf := fr.newChild()
		cf.setupFrom(code, g, fr, srcs)
		cf.iter0 = it
		switch kind {
		case "list":
			var items []runtime.Value
			if n := sizeHint(iterable); sized && n > 0 {
				items = make([]runtime.Value, 0, n)
			}
			cf.ret = runtime.NewList(items)
		case "set":
			cf.ret = runtime.NewSet()
		default:
			cf.ret = runtime.NewDict()
		}
		if err := th.Enter(&cf.StackFrame); err != nil {
			cf.release()
			return nil, err
		}
		_, err = code.body(cf)
		th.Leave(&cf.StackFrame)
		result := cf.ret
		if err != nil {
			cf.addTraceback(err)
			fr.at(err, pos)
			result = nil
		}
		cf.iter0 = nil
		cf.release()
		return result, err
	}
}

// sizeHint is the number of items iterating v gives, when v is a range,
// list or tuple (0 otherwise), capped at maxSizeHint.
func sizeHint(v runtime.Value) int {
	n := 0
	switch x := v.(type) {
	case *runtime.Range:
		n = int(min(x.Length(), maxSizeHint))
	case *runtime.List:
		n = x.Len()
	case *runtime.Tuple:
		n = len(x.Items)
	}
	return min(n, maxSizeHint)
}

// maxSizeHint caps the capacity sizeHint gives: beyond it a list grows
// as it is filled (a comprehension over range(10**12) fails with
// MemoryError as it runs, not before its first item).
const maxSizeHint = 1 << 16

// setupFrom is setup for a comprehension's code, whose free variables
// are the cells srcs of the enclosing frame parent (no closure slice).
func (fr *Frame) setupFrom(code *Code, g *Globals, parent *Frame, srcs []int) {
	fr.setup(code, nil, g)
	for i, s := range srcs {
		fr.cells[code.ncells+i] = parent.cells[s]
	}
}

// setupClosure is setup for code run with an explicit closure (no
// Function object).
func (fr *Frame) setupClosure(code *Code, g *Globals, closure []*Cell) {
	fr.setup(code, nil, g)
	if len(closure) > 0 {
		copy(fr.cells[code.ncells:], closure)
	}
}

// compClause compiles one `for target in iter if ...` clause around inner.
func (c *compiler) compClause(g *ast.Comprehension, first bool, inner stmtFn) stmtFn {
	var iterE exprFn
	if !first {
		iterE = c.expr(g.Iter)
	}
	store := c.store(g.Target, true)
	ifs := make([]condFn, len(g.Ifs))
	for i, e := range g.Ifs {
		ifs[i] = c.cond(e)
	}
	body := func(fr *Frame, item runtime.Value) error {
		if err := store(fr, item); err != nil {
			return err
		}
		for _, f := range ifs {
			t, err := f(fr)
			if err != nil {
				return err
			}
			if !t {
				return nil
			}
		}
		_, err := inner(fr)
		return err
	}
	return func(fr *Frame) (ctrl, error) {
		th := fr.th
		var v any
		if first {
			v = fr.iter0
		} else {
			var err error
			if v, err = iterE(fr); err != nil {
				return 0, err
			}
		}
		switch x := v.(type) {
		case *pushIter: // (first clause only)
			return 0, x.run(th, func(item runtime.Value) error {
				if err := body(fr, item); err != nil {
					return err
				}
				return th.Checkpoint()
			})
		case *runtime.Range:
			n := rangeLen(x)
			cur := x.Start
			for k := int64(0); k < n; k++ {
				if err := body(fr, fr.ints.Box(cur)); err != nil {
					return 0, err
				}
				if err := th.Checkpoint(); err != nil {
					return 0, err
				}
				cur += x.Step
			}
			return 0, nil
		case *runtime.List: // (later clauses only: the first has its iterator)
			for i := 0; ; i++ {
				item, ok := x.GetIndex(i)
				if !ok {
					break
				}
				if err := body(fr, item); err != nil {
					return 0, err
				}
				if err := th.Checkpoint(); err != nil {
					return 0, err
				}
			}
			return 0, nil
		}
		var it runtime.Iterator
		if first {
			it = v.(runtime.Iterator)
		} else {
			var err error
			if it, err = runtime.Iter(th, v.(runtime.Value)); err != nil {
				return 0, err
			}
		}
		for {
			item, ok, err := it.Next(th)
			if err != nil {
				return 0, err
			}
			if !ok {
				return 0, nil
			}
			if err := body(fr, item); err != nil {
				return 0, err
			}
			if err := th.Checkpoint(); err != nil {
				return 0, err
			}
		}
	}
}

// callCheckpoint is the cancellation checkpoint taken before calling
// anything that is not a Spindle function (those check on entry). Scope
// constructors such as shield() are exempt, so that `with shield():`
// still works in the finally block of a cancelled thread.
func callCheckpoint(th *runtime.Thread, f runtime.Value) error {
	if b, ok := f.(*runtime.Builtin); ok && b.NoCheckpoint {
		return nil
	}
	return th.Checkpoint()
}
