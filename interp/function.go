package interp

import (
	"fmt"
	"sort"
	"strings"
	"sync/atomic"
	"unsafe"

	"github.com/spindle-lang/spindle/runtime"
)

// Code is compiled code: a function, lambda, comprehension or module body.
type Code struct {
	info      runtime.CodeInfo
	scope     *scope
	nlocals   int
	ncells    int
	freeNames []string

	// Parameters, in slot order: positional-only, positional,
	// keyword-only, *args, **kwargs.
	params     []string
	nposonly   int
	npos       int // positional parameters, positional-only included
	nkwonly    int
	varargs    bool
	varkw      bool
	cellParams [][2]int // (parameter slot, cell index) moved at entry
	generator  bool
	// simple: positional parameters only (a call with exactly npos
	// positional arguments binds them by copying).
	simple bool

	body stmtFn

	// tbRef is what traceback entries record of frames running this
	// code (interp/frameobj.go), made once per globals.
	tbRef atomic.Pointer[codeGlobals]
}

// Function is a user-defined function (def or lambda).
type Function struct {
	code    *Code
	globals *Globals
	closure []*Cell
	// defaults points at the defaults of the last positional parameters
	// (nil: none). __defaults__ assignment swaps in a new slice while
	// other threads may be calling f: each call reads the pointer once
	// (defaultValues), so it binds from one whole tuple (a slice header
	// read while written could pair one tuple's length with another's
	// items).
	defaults  atomic.Pointer[[]runtime.Value]
	defaults0 []runtime.Value // what defaults points at after the def (no allocation of its own)
	// kwdefaults is the same for the keyword-only parameters: one value
	// per parameter, nil where it is required (__kwdefaults__).
	kwdefaults  atomic.Pointer[[]runtime.Value]
	kwdefaults0 []runtime.Value
	// names holds __name__, __qualname__, __doc__ and __module__, which
	// a thread may assign while others call f or print it: setters swap
	// in a new funcNames, so a reader never sees a torn string or
	// interface. It points at names0 after the def.
	names  atomic.Pointer[funcNames]
	names0 funcNames
	dict   atomic.Pointer[runtime.Dict] // arbitrary attributes; made on first use (attrDict)
	// annotations is __annotations__ (nil until the def has annotations
	// or the attribute is read).
	annotations atomic.Pointer[runtime.Dict]
}

var (
	_ runtime.Callable   = (*Function)(nil)
	_ runtime.HasAttrs   = (*Function)(nil)
	_ runtime.HasSetAttr = (*Function)(nil)
	_ runtime.HasRepr    = (*Function)(nil)
)

// Type returns runtime.FunctionType.
func (*Function) Type() *runtime.Type { return runtime.FunctionType }

// funcNames are the descriptive attributes of a function (see names).
type funcNames struct {
	name, qualname string
	doc, module    runtime.Value
}

// initNames sets the names of a new function (not yet shared).
func (f *Function) initNames(name, qualname string, doc, module runtime.Value) {
	f.names0 = funcNames{name: name, qualname: qualname, doc: doc, module: module}
	f.names.Store(&f.names0)
}

// meta returns the function's current names.
func (f *Function) meta() *funcNames { return f.names.Load() }

// updateNames replaces the names with edit applied to a copy (a CAS loop:
// two threads setting different attributes both keep theirs).
func (f *Function) updateNames(edit func(*funcNames)) {
	for {
		old := f.names.Load()
		m := *old
		edit(&m)
		if f.names.CompareAndSwap(old, &m) {
			return
		}
	}
}

// defaultValues returns the positional parameters' defaults (read once
// per use, see defaults).
func (f *Function) defaultValues() []runtime.Value {
	if p := f.defaults.Load(); p != nil {
		return *p
	}
	return nil
}

// kwDefaultValues returns the keyword-only parameters' defaults (read
// once per use).
func (f *Function) kwDefaultValues() []runtime.Value {
	if p := f.kwdefaults.Load(); p != nil {
		return *p
	}
	return nil
}

// setKwDefaults is f.__kwdefaults__ = v (None or a dict; nil: del).
func (f *Function) setKwDefaults(v runtime.Value) error {
	if v == nil || v == runtime.None {
		f.kwdefaults.Store(nil)
		return nil
	}
	d, ok := v.(*runtime.Dict)
	if !ok {
		return runtime.NewError(runtime.TypeErrorType, "__kwdefaults__ must be set to a dict object")
	}
	c := f.code
	defs := make([]runtime.Value, c.nkwonly)
	for i := range defs {
		defs[i], _ = d.GetStr(c.params[c.npos+i])
	}
	f.kwdefaults.Store(&defs)
	return nil
}

// Name is the function's __name__.
func (f *Function) Name() string { return f.meta().name }

// Repr is <function f at 0x...>.
func (f *Function) Repr(th *runtime.Thread) (string, error) {
	return fmt.Sprintf("<function %s at 0x%x>", f.meta().qualname, runtime.Id(f)), nil
}

// GetAttr serves the function attributes.
func (f *Function) GetAttr(th *runtime.Thread, name string) (runtime.Value, error) {
	switch name {
	case "__name__":
		return runtime.Str(f.meta().name), nil
	case "__qualname__":
		return runtime.Str(f.meta().qualname), nil
	case "__doc__":
		return f.meta().doc, nil
	case "__module__":
		return f.meta().module, nil
	case "__defaults__":
		defs := f.defaultValues()
		if len(defs) == 0 {
			return runtime.None, nil
		}
		return runtime.NewTuple(append([]runtime.Value(nil), defs...)), nil
	case "__closure__":
		if len(f.closure) == 0 {
			return runtime.None, nil
		}
		order := f.code.freeOrder()
		items := make([]runtime.Value, len(order))
		for i, j := range order {
			items[i] = f.closure[j]
		}
		return runtime.NewTuple(items), nil
	case "__kwdefaults__":
		d := runtime.NewDict()
		for i, v := range f.kwDefaultValues() {
			if v != nil {
				d.SetStr(f.code.params[f.code.npos+i], v)
			}
		}
		if d.Len() == 0 {
			return runtime.None, nil
		}
		return d, nil
	case "__dict__":
		return f.attrDict(), nil
	case "__globals__":
		return f.globals.dict, nil
	case "__code__":
		return &codeValue{f.code}, nil
	case "__annotations__":
		if d := f.annotations.Load(); d != nil {
			return d, nil
		}
		f.annotations.CompareAndSwap(nil, runtime.NewDict())
		return f.annotations.Load(), nil
	}
	if d := f.dict.Load(); d != nil {
		if v, ok := d.GetStr(name); ok {
			return v, nil
		}
	}
	return nil, nil
}

// SetAttr sets a function attribute.
func (f *Function) SetAttr(th *runtime.Thread, name string, v runtime.Value) error {
	switch name {
	case "__name__", "__qualname__":
		s, ok := v.(runtime.Str)
		if !ok || v == nil {
			return runtime.NewError(runtime.TypeErrorType, "%s must be set to a string object", name)
		}
		f.updateNames(func(m *funcNames) {
			if name == "__name__" {
				m.name = string(s)
			} else {
				m.qualname = string(s)
			}
		})
		return nil
	case "__doc__":
		if v == nil {
			v = runtime.None
		}
		f.updateNames(func(m *funcNames) { m.doc = v })
		return nil
	case "__module__":
		if v == nil {
			v = runtime.None
		}
		f.updateNames(func(m *funcNames) { m.module = v })
		return nil
	case "__annotations__":
		switch d := v.(type) {
		case nil:
			f.annotations.Store(nil)
		case *runtime.Dict:
			f.annotations.Store(d)
		default:
			if v != runtime.None {
				return runtime.NewError(runtime.TypeErrorType, "__annotations__ must be set to a dict object")
			}
			f.annotations.Store(nil)
		}
		return nil
	case "__kwdefaults__":
		return f.setKwDefaults(v)
	case "__defaults__":
		if v == nil || v == runtime.None {
			f.defaults.Store(nil)
			return nil
		}
		t, ok := v.(*runtime.Tuple)
		if !ok {
			return runtime.NewError(runtime.TypeErrorType, "__defaults__ must be set to a tuple object")
		}
		defs := append([]runtime.Value(nil), t.Items...)
		f.defaults.Store(&defs)
		return nil
	}
	d := f.attrDict()
	if v == nil {
		if _, ok := d.DeleteStr(name); !ok {
			return runtime.NewError(runtime.AttributeErrorType, "'function' object has no attribute '%s'", name)
		}
		return nil
	}
	d.SetStr(name, v)
	return nil
}

// attrDict returns the function's attribute dict, making it on first use
// (threads setting a function's first attribute at once share one dict).
func (f *Function) attrDict() *runtime.Dict {
	if d := f.dict.Load(); d != nil {
		return d
	}
	f.dict.CompareAndSwap(nil, runtime.NewDict())
	return f.dict.Load()
}

// AttrNames lists the function's own attributes for dir().
func (f *Function) AttrNames() []string {
	out := []string{"__name__", "__qualname__", "__doc__", "__module__", "__defaults__", "__dict__", "__globals__", "__code__", "__annotations__"}
	if d := f.dict.Load(); d != nil {
		for _, k := range d.Keys() {
			if s, ok := k.(runtime.Str); ok {
				out = append(out, string(s))
			}
		}
	}
	return out
}

// freeOrder gives the indexes of the free variables (and of the
// closure's cells) sorted by name, CPython's co_freevars order.
func (c *Code) freeOrder() []int {
	order := make([]int, len(c.freeNames))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return c.freeNames[order[a]] < c.freeNames[order[b]] })
	return order
}

// GetAttr gives a closure cell its cell_contents (f.__closure__[i]).
func (c *Cell) GetAttr(th *runtime.Thread, name string) (runtime.Value, error) {
	if name != "cell_contents" {
		return nil, nil
	}
	if v := c.get(); v != nil {
		return v, nil
	}
	return nil, runtime.NewError(runtime.ValueErrorType, "Cell is empty")
}

// codeValue exposes a few attributes of a code object (co_name, ...).
type codeValue struct{ c *Code }

var codeType = runtime.NewBuiltinType("code", nil)

func (*codeValue) Type() *runtime.Type { return codeType }

func (c *codeValue) GetAttr(th *runtime.Thread, name string) (runtime.Value, error) {
	switch name {
	case "co_name":
		return runtime.Str(c.c.info.Name), nil
	case "co_qualname":
		return runtime.Str(c.c.info.Qualname), nil
	case "co_filename":
		return runtime.Str(c.c.info.File), nil
	case "co_firstlineno":
		return runtime.MakeInt(int64(c.c.info.Line)), nil
	case "co_freevars":
		order := c.c.freeOrder()
		items := make([]runtime.Value, len(order))
		for i, j := range order {
			items[i] = runtime.Str(c.c.freeNames[j])
		}
		return runtime.NewTuple(items), nil
	case "co_argcount":
		return runtime.MakeInt(int64(c.c.npos)), nil
	case "co_posonlyargcount":
		return runtime.MakeInt(int64(c.c.nposonly)), nil
	case "co_kwonlyargcount":
		return runtime.MakeInt(int64(c.c.nkwonly)), nil
	case "co_flags":
		// CO_OPTIMIZED | CO_NEWLOCALS, and CO_VARARGS, CO_VARKEYWORDS,
		// CO_GENERATOR as CPython sets them (inspect reads them).
		flags := int64(0x01 | 0x02)
		if c.c.varargs {
			flags |= 0x04
		}
		if c.c.varkw {
			flags |= 0x08
		}
		if c.c.generator {
			flags |= 0x20
		}
		return runtime.MakeInt(flags), nil
	case "co_varnames":
		items := make([]runtime.Value, len(c.c.params))
		for i, p := range c.c.params {
			items[i] = runtime.Str(p)
		}
		return runtime.NewTuple(items), nil
	}
	return nil, nil
}

// Call calls the function from Go (builtins, runtime.Call): map/filter/
// sorted keys, special methods of user classes, callbacks. A plain
// function runs in the pooled child of the thread's innermost frame, as
// a call from compiled code does (this allocated a fresh 350-byte Frame
// per call: 18 MB in bench/closures' map and sorted calls).
func (f *Function) Call(th *runtime.Thread, args []runtime.Value, kwargs []runtime.KwArg) (runtime.Value, error) {
	var fr *Frame
	pooled := false
	if caller := frameOf(th); caller != nil {
		if !f.code.generator {
			fr, pooled = caller.newChild(), true
		} else {
			fr = &Frame{th: th, busy: true, StackFrame: runtime.StackFrame{Handling: caller.Handling}}
		}
	} else {
		fr = &Frame{th: th, busy: true}
	}
	fr.setup(f.code, f, f.globals)
	if code := f.code; code.simple && kwargs == nil && len(args) == code.npos {
		copy(fr.locals, args)
	} else if err := f.bind(fr, args, kwargs); err != nil {
		if pooled {
			fr.release()
		}
		return nil, err
	}
	return f.invoke(fr, pooled)
}

// frameOf returns the innermost interpreter frame of th, if any. Every
// StackFrame on a thread's stack (th.Top and its parents) is the first
// field of an interp Frame: only this package calls Thread.Enter, always
// with &fr.StackFrame (function.go, generator*.go, run.go,
// compile_func.go, compile_async.go).
//
// The conversion needs StackFrame at offset 0 of Frame; the array below
// fails to compile otherwise.
func frameOf(th *runtime.Thread) *Frame {
	if th == nil || th.Top == nil {
		return nil
	}
	return (*Frame)(unsafe.Pointer(th.Top))
}

var _ = [1]struct{}{}[unsafe.Offsetof(Frame{}.StackFrame)]

// callFrom is the fast call path of compiled code: a call from frame
// caller with positional arguments only. args is not retained.
func (f *Function) callFrom(caller *Frame, args []runtime.Value) (runtime.Value, error) {
	code := f.code
	if code.simple && len(args) == code.npos {
		var fr *Frame
		if code.generator {
			fr = &Frame{th: caller.th, busy: true, StackFrame: runtime.StackFrame{Handling: caller.Handling}}
		} else {
			fr = caller.newChild()
		}
		fr.setup(code, f, f.globals)
		for i, a := range args {
			fr.locals[i] = a
		}
		return f.invoke(fr, !code.generator)
	}
	if code.simple && !code.generator && len(args) < code.npos {
		// Trailing parameters left to their defaults (lambda x, i=i: ...).
		defs := f.defaultValues()
		if first := code.npos - len(defs); len(args) >= first {
			fr := caller.newChild()
			fr.setup(code, f, f.globals)
			for i, a := range args {
				fr.locals[i] = a
			}
			for i, d := range defs[len(args)-first:] {
				fr.locals[len(args)+i] = d
			}
			return f.invoke(fr, true)
		}
	}
	return f.callFromSlow(caller, append([]runtime.Value(nil), args...), nil)
}

// CallSelf0 is f(self) for a special method of a user class
// (runtime.SelfCaller): no argument slice, no bound method.
func (f *Function) CallSelf0(th *runtime.Thread, self runtime.Value) (runtime.Value, error) {
	if code := f.code; code.simple && !code.generator && code.npos == 1 {
		if caller := frameOf(th); caller != nil {
			fr := caller.newChild()
			fr.setup(code, f, f.globals)
			fr.locals[0] = self
			return f.invoke(fr, true)
		}
	}
	return f.Call(th, []runtime.Value{self}, nil)
}

// CallSelf1 is f(self, a) for a special method of a user class (a + b,
// a == b, a[i]): runtime.SelfCaller.
func (f *Function) CallSelf1(th *runtime.Thread, self, a runtime.Value) (runtime.Value, error) {
	if code := f.code; code.simple && !code.generator && code.npos == 2 {
		if caller := frameOf(th); caller != nil {
			fr := caller.newChild()
			fr.setup(code, f, f.globals)
			fr.locals[0], fr.locals[1] = self, a
			return f.invoke(fr, true)
		}
	}
	return f.Call(th, []runtime.Value{self, a}, nil)
}

var _ runtime.SelfCaller = (*Function)(nil)

// callFromSlow binds arbitrary arguments.
func (f *Function) callFromSlow(caller *Frame, args []runtime.Value, kwargs []runtime.KwArg) (runtime.Value, error) {
	var fr *Frame
	pooled := !f.code.generator
	if pooled {
		fr = caller.newChild()
	} else {
		fr = &Frame{th: caller.th, busy: true, StackFrame: runtime.StackFrame{Handling: caller.Handling}}
	}
	fr.setup(f.code, f, f.globals)
	if err := f.bind(fr, args, kwargs); err != nil {
		if pooled {
			fr.release()
		}
		return nil, err
	}
	return f.invoke(fr, pooled)
}

// invoke runs a bound frame. pooled frames are released afterwards.
func (f *Function) invoke(fr *Frame, pooled bool) (runtime.Value, error) {
	code := f.code
	for _, cp := range code.cellParams {
		fr.cells[cp[1]].v = fr.locals[cp[0]]
		fr.locals[cp[0]] = nil
	}
	if code.generator {
		return newGenerator(fr), nil
	}
	th := fr.th
	if err := th.Checkpoint(); err != nil {
		if pooled {
			fr.release()
		}
		return nil, err
	}
	if err := th.Enter(&fr.StackFrame); err != nil {
		if pooled {
			fr.release()
		}
		return nil, err
	}
	c, err := code.body(fr)
	th.Leave(&fr.StackFrame)
	var ret runtime.Value = runtime.None
	if err != nil {
		fr.addTraceback(err)
		ret = nil
	} else if c == ctrlReturn {
		ret = fr.ret
	}
	if pooled {
		fr.release()
	}
	return ret, err
}

// bind binds call arguments to the frame's parameter slots, with
// CPython's error messages.
func (f *Function) bind(fr *Frame, args []runtime.Value, kwargs []runtime.KwArg) error {
	c := f.code
	locals := fr.locals
	n := len(args)
	npos := c.npos
	if n <= npos {
		copy(locals, args)
	} else {
		copy(locals, args[:npos])
	}
	slot := npos + c.nkwonly
	if c.varargs {
		if n > npos {
			locals[slot] = runtime.NewTuple(append([]runtime.Value(nil), args[npos:]...))
		} else {
			locals[slot] = runtime.EmptyTuple
		}
		slot++
	}
	var kwd *runtime.Dict
	if c.varkw {
		kwd = runtime.NewDict()
		locals[slot] = kwd
	}
	var posonlyAsKw []string
	for _, kw := range kwargs {
		idx := -1
		for i := c.nposonly; i < npos+c.nkwonly; i++ {
			if c.params[i] == kw.Name {
				idx = i
				break
			}
		}
		if idx < 0 {
			if kwd != nil {
				kwd.SetStr(kw.Name, kw.Value)
				continue
			}
			isPosonly := false
			for i := 0; i < c.nposonly; i++ {
				if c.params[i] == kw.Name {
					isPosonly = true
				}
			}
			if isPosonly {
				posonlyAsKw = append(posonlyAsKw, kw.Name)
				continue
			}
			return runtime.NewError(runtime.TypeErrorType, "%s() got an unexpected keyword argument '%s'", f.meta().qualname, kw.Name)
		}
		if locals[idx] != nil {
			return runtime.NewError(runtime.TypeErrorType, "%s() got multiple values for argument '%s'", f.meta().qualname, kw.Name)
		}
		locals[idx] = kw.Value
	}
	if len(posonlyAsKw) > 0 {
		return runtime.NewError(runtime.TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", f.meta().qualname, strings.Join(posonlyAsKw, ", "))
	}
	if n > npos && !c.varargs {
		return f.tooManyPositional(n, fr)
	}
	if n < npos {
		defs := f.defaultValues()
		firstDefault := npos - len(defs)
		var missing []string
		for i := n; i < npos; i++ {
			if locals[i] != nil {
				continue
			}
			if i >= firstDefault {
				locals[i] = defs[i-firstDefault]
				continue
			}
			missing = append(missing, c.params[i])
		}
		if len(missing) > 0 {
			return runtime.MissingArgsError(f.meta().qualname, "positional", missing)
		}
	}
	if c.nkwonly > 0 {
		var missing []string
		kwdefs := f.kwDefaultValues()
		for i := 0; i < c.nkwonly; i++ {
			if locals[npos+i] != nil {
				continue
			}
			if i < len(kwdefs) && kwdefs[i] != nil {
				locals[npos+i] = kwdefs[i]
				continue
			}
			missing = append(missing, c.params[npos+i])
		}
		if len(missing) > 0 {
			return runtime.MissingArgsError(f.meta().qualname, "keyword-only", missing)
		}
	}
	return nil
}

func (f *Function) tooManyPositional(given int, fr *Frame) error {
	c := f.code
	kwonlyGiven := 0
	for i := 0; i < c.nkwonly; i++ {
		if fr.locals[c.npos+i] != nil {
			kwonlyGiven++
		}
	}
	var sig string
	if defs := f.defaultValues(); len(defs) > 0 {
		sig = fmt.Sprintf("from %d to %d", c.npos-len(defs), c.npos)
	} else {
		sig = fmt.Sprintf("%d", c.npos)
	}
	plural := "s"
	if c.npos == 1 && len(f.defaultValues()) == 0 {
		plural = ""
	}
	kwSig := ""
	if kwonlyGiven > 0 {
		kwSig = fmt.Sprintf(" positional argument%s (and %d keyword-only argument%s)", pl(given), kwonlyGiven, pl(kwonlyGiven))
	}
	was := "were"
	if given == 1 && kwonlyGiven == 0 {
		was = "was"
	}
	return runtime.NewError(runtime.TypeErrorType, "%s() takes %s positional argument%s but %d%s %s given", f.meta().qualname, sig, plural, given, kwSig, was)
}

func pl(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
