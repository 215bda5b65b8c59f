package interp

import (
	"fmt"

	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/runtime"
)

// The compiler turns each resolved node, once, into a Go closure.
// Expressions compile to exprFn, statements to stmtFn, which return a
// control code instead of panicking for break/continue/return. Names are
// compiled against the resolver's bindings: a local is a slot index, a
// captured variable a cell index, a global a globalRef bound to the
// module's namespace at compile time (a module is compiled once per run).

// ctrl is how a statement ended.
type ctrl uint8

const (
	ctrlNone ctrl = iota
	ctrlBreak
	ctrlContinue
	ctrlReturn
)

// stmtFn is a compiled statement.
type stmtFn func(fr *Frame) (ctrl, error)

type compiler struct {
	res   *resolution
	file  string
	lines []string
	g     *Globals
	scope *scope
	grefs map[string]*globalRef
	err   *SyntaxError

	// loopCells: in a loop body (or comprehension), the captured loop
	// variables and their iteration cell indices (innermost last).
	loopCells []map[string]int
	// funcName for code info of the scope being compiled.
	loopDepth int
}

func (c *compiler) syntaxError(pos ast.Pos, format string, args ...any) {
	if c.err != nil {
		return
	}
	c.err = newSyntaxError(c.file, c.lines, pos, fmt.Sprintf(format, args...))
}

func (c *compiler) gref(name string) *globalRef {
	if r, ok := c.grefs[name]; ok {
		return r
	}
	r := newGlobalRef(name, c.g)
	c.grefs[name] = r
	return r
}

func (c *compiler) binding(name string) *binding {
	if b := c.scope.names[name]; b != nil {
		return b
	}
	return &binding{kind: bindGlobal, name: name}
}

// ---- names ----

func unboundLocal(name string) error {
	return runtime.NewError(runtime.UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
}

func nameNotDefined(name string) error {
	e := runtime.NewError(runtime.NameErrorType, "name '%s' is not defined", name)
	e.Attrs = runtime.NewDict()
	e.Attrs.SetStr("name", runtime.Str(name))
	return e
}

func unboundFree(name string) error {
	return runtime.NewError(runtime.NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

// localIndex reports the frame slot of e when e is a name that is a
// plain local of a function (not a class-body name, not an in-place int
// local): obj.attr loads, stores and method calls on such a receiver
// (self.x) read the slot directly instead of calling a name-load closure
// (one indirect call fewer per attribute access).
func (c *compiler) localIndex(e ast.Expr) (int, string, bool) {
	n, ok := e.(*ast.Name)
	if !ok || c.scope.kind == scopeClass {
		return 0, "", false
	}
	b := c.binding(n.Id)
	if b.kind != bindLocal || c.scope.inPlace[n.Id] {
		return 0, "", false
	}
	return b.index, n.Id, true
}

func (c *compiler) loadName(name string, pos runtime.Span) exprFn {
	if c.scope.kind == scopeClass {
		if f := c.classLoadName(name); f != nil {
			return f
		}
	}
	b := c.binding(name)
	switch b.kind {
	case bindLocal:
		i := b.index
		if i < runtime.IntSlotsLen && c.scope.inPlace[name] {
			return func(fr *Frame) (runtime.Value, error) {
				if v := fr.locals[i]; v != nil {
					return fr.detach(v), nil
				}
				return nil, fr.at(unboundLocal(name), pos)
			}
		}
		return func(fr *Frame) (runtime.Value, error) {
			if v := fr.locals[i]; v != nil {
				return v, nil
			}
			return nil, fr.at(unboundLocal(name), pos)
		}
	case bindCell:
		i := b.index
		return func(fr *Frame) (runtime.Value, error) {
			if v := fr.cells[i].get(); v != nil {
				return v, nil
			}
			return nil, fr.at(unboundLocal(name), pos)
		}
	case bindFree:
		i := b.index
		return func(fr *Frame) (runtime.Value, error) {
			if v := fr.cells[i].get(); v != nil {
				return v, nil
			}
			return nil, fr.at(unboundFree(name), pos)
		}
	}
	r := c.gref(name)
	return func(fr *Frame) (runtime.Value, error) {
		if v, ok := r.get(); ok {
			return v, nil
		}
		e := nameNotDefined(name).(*runtime.Exception)
		suggestName(e, fr, name)
		return nil, fr.at(e, pos)
	}
}

// storeFn stores a value into an assignment target.
type storeFn func(fr *Frame, v runtime.Value) error

// storeHome compiles a store to a name's ordinary binding.
func (c *compiler) storeHome(name string) storeFn {
	if c.scope.kind == scopeClass {
		if f := c.classStoreName(name); f != nil {
			return f
		}
	}
	b := c.binding(name)
	switch b.kind {
	case bindLocal:
		i := b.index
		return func(fr *Frame, v runtime.Value) error {
			fr.locals[i] = v
			return nil
		}
	case bindCell:
		i := b.index
		return func(fr *Frame, v runtime.Value) error {
			fr.cells[i].set(v)
			return nil
		}
	case bindFree:
		i := b.index
		return func(fr *Frame, v runtime.Value) error {
			fr.cells[i].set(v)
			return nil
		}
	}
	r := c.gref(name)
	return func(fr *Frame, v runtime.Value) error {
		r.set(v)
		return nil
	}
}

// storeName compiles a store to a name. Inside a loop body whose variable
// name is captured by closures made in the body, the store also updates
// the iteration cell; fresh (the loop's own target store) makes a new
// iteration cell.
func (c *compiler) storeName(name string, fresh bool) storeFn {
	base := c.storeHome(name)
	for i := len(c.loopCells) - 1; i >= 0; i-- {
		ci, ok := c.loopCells[i][name]
		if !ok {
			continue
		}
		if fresh {
			return func(fr *Frame, v runtime.Value) error {
				fr.cells[ci] = &Cell{v: v}
				return base(fr, v)
			}
		}
		return func(fr *Frame, v runtime.Value) error {
			fr.cells[ci].set(v)
			return base(fr, v)
		}
	}
	return base
}

func (c *compiler) deleteName(name string) stmtFn {
	if c.scope.kind == scopeClass {
		if f := c.classDeleteName(name); f != nil {
			return f
		}
	}
	b := c.binding(name)
	switch b.kind {
	case bindLocal:
		i := b.index
		return func(fr *Frame) (ctrl, error) {
			if fr.locals[i] == nil {
				return 0, unboundLocal(name)
			}
			fr.locals[i] = nil
			return 0, nil
		}
	case bindCell, bindFree:
		i := b.index
		free := b.kind == bindFree
		return func(fr *Frame) (ctrl, error) {
			if fr.cells[i].get() == nil {
				if free {
					return 0, unboundFree(name)
				}
				return 0, unboundLocal(name)
			}
			fr.cells[i].set(nil)
			return 0, nil
		}
	}
	r := c.gref(name)
	return func(fr *Frame) (ctrl, error) {
		if !r.del() {
			return 0, nameNotDefined(name)
		}
		return 0, nil
	}
}

// ---- assignment targets ----

func (c *compiler) store(t ast.Expr, fresh bool) storeFn {
	switch x := t.(type) {
	case *ast.Name:
		return c.storeName(x.Id, fresh)
	case *ast.Attribute:
		site := runtime.NewAttrSite(x.Attr)
		pos := spanOf(x)
		if i, name, ok := c.localIndex(x.Value); ok {
			npos := spanOf(x.Value)
			return func(fr *Frame, v runtime.Value) error {
				o := fr.locals[i]
				if o == nil {
					return fr.at(unboundLocal(name), npos)
				}
				if err := site.Set(fr.th, o, v); err != nil {
					return fr.at(err, pos)
				}
				return nil
			}
		}
		obj := c.expr(x.Value)
		return func(fr *Frame, v runtime.Value) error {
			o, err := obj(fr)
			if err != nil {
				return err
			}
			if err := site.Set(fr.th, o, v); err != nil {
				return fr.at(err, pos)
			}
			return nil
		}
	case *ast.Subscript:
		obj := c.expr(x.Value)
		pos := spanOf(x)
		if sl, ok := x.Index.(*ast.Slice); ok {
			return c.storeSlice(obj, sl, pos)
		}
		key := c.expr(x.Index)
		return func(fr *Frame, v runtime.Value) error {
			o, err := obj(fr)
			if err != nil {
				return err
			}
			k, err := key(fr)
			if err != nil {
				return err
			}
			if l, ok := o.(*runtime.List); ok {
				if i, ok := k.(runtime.Int); ok && l.SetIndex(int(i), v) {
					return nil
				}
			}
			if err := runtime.SetItem(fr.th, o, k, v); err != nil {
				return fr.at(err, pos)
			}
			return nil
		}
	case *ast.Tuple:
		return c.unpack(x.Elts, fresh, spanOf(x))
	case *ast.List:
		return c.unpack(x.Elts, fresh, spanOf(x))
	case *ast.Starred:
		c.syntaxError(x.Pos, "starred assignment target must be in a list or tuple")
	default:
		c.syntaxError(t.Position(), "cannot assign to %s", exprDescription(t))
	}
	return func(*Frame, runtime.Value) error { return nil }
}

// unpack compiles a tuple or list target at pos: a failure to unpack
// marks the target, as CPython's UNPACK_SEQUENCE.
func (c *compiler) unpack(elts []ast.Expr, fresh bool, pos runtime.Span) storeFn {
	starAt := -1
	stores := make([]storeFn, len(elts))
	for i, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			starAt = i
			stores[i] = c.store(s.Value, fresh)
		} else {
			stores[i] = c.store(e, fresh)
		}
	}
	n := len(elts)
	if slots := c.localSlots(elts); slots != nil {
		return unpackLocals(slots, pos)
	}
	return func(fr *Frame, v runtime.Value) error {
		var items []runtime.Value
		var buf [4]runtime.Value // a small list's snapshot, on the stack
		switch x := v.(type) {
		case *runtime.Tuple:
			items = x.Items
		case *runtime.List:
			items = x.SnapshotInto(buf[:])
		default:
			if _, ok := v.(runtime.Iterable); !ok {
				return fr.at(runtime.NewError(runtime.TypeErrorType, "cannot unpack non-iterable %s object", runtime.TypeName(v)), pos)
			}
			var err error
			if starAt < 0 {
				items, err = readAtMost(fr.th, v, n+1)
			} else {
				items, err = runtime.IterateAll(fr.th, v)
			}
			if err != nil {
				return fr.at(err, pos)
			}
		}
		if starAt < 0 {
			if len(items) != n {
				return fr.at(unpackCountError(n, len(items)), pos)
			}
			for i, s := range stores {
				if err := s(fr, items[i]); err != nil {
					return err
				}
			}
			return nil
		}
		if len(items) < n-1 {
			return fr.at(runtime.NewError(runtime.ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", n-1, len(items)), pos)
		}
		after := n - 1 - starAt
		for i := 0; i < starAt; i++ {
			if err := stores[i](fr, items[i]); err != nil {
				return err
			}
		}
		mid := append([]runtime.Value(nil), items[starAt:len(items)-after]...)
		if err := stores[starAt](fr, runtime.NewList(mid)); err != nil {
			return err
		}
		for i := 0; i < after; i++ {
			if err := stores[starAt+1+i](fr, items[len(items)-after+i]); err != nil {
				return err
			}
		}
		return nil
	}
}

// localSlots returns the local slots of targets when every one is a
// plain local name (no star, no cell, not a loop cell), else nil.
func (c *compiler) localSlots(targets []ast.Expr) []int {
	if c.scope.kind == scopeClass || len(targets) > maxUnpackLocals {
		return nil
	}
	slots := make([]int, len(targets))
	for i, t := range targets {
		n, ok := t.(*ast.Name)
		if !ok {
			return nil
		}
		b := c.binding(n.Id)
		if b.kind != bindLocal || c.inLoopCells(n.Id) {
			return nil
		}
		slots[i] = b.index
	}
	return slots
}

// maxUnpackLocals bounds unpackLocals' stack buffer.
const maxUnpackLocals = 16

// unpackLocals is `a, b, ... = v` into local slots: a tuple's items go
// straight into the slots, a list's through one copy on the stack (the
// list may change under another thread), with no store closure per
// target. Measured on the unpack-sequence shape (ten names, tuple and
// list sources): 0.66 -> 0.2 s CPU for 6.4 M unpackings; the old path
// grew a heap snapshot of every list longer than four items.
func unpackLocals(slots []int, pos runtime.Span) storeFn {
	n := len(slots)
	return func(fr *Frame, v runtime.Value) error {
		var items []runtime.Value
		var buf [maxUnpackLocals]runtime.Value
		switch x := v.(type) {
		case *runtime.Tuple:
			items = x.Items
		case *runtime.List:
			if x.Len() <= len(buf) {
				items = x.SnapshotInto(buf[:0])
			} else {
				items = x.Snapshot()
			}
		default:
			return fr.at(unpackIterable(fr, v, n, slots), pos)
		}
		if len(items) != n {
			return fr.at(unpackCountError(n, len(items)), pos)
		}
		locals := fr.locals
		for i, s := range slots {
			locals[s] = items[i]
		}
		return nil
	}
}

// unpackIterable is unpackLocals for any other iterable: at most n+1
// items are read, as in CPython.
func unpackIterable(fr *Frame, v runtime.Value, n int, slots []int) error {
	if _, ok := v.(runtime.Iterable); !ok {
		return runtime.NewError(runtime.TypeErrorType, "cannot unpack non-iterable %s object", runtime.TypeName(v))
	}
	items, err := readAtMost(fr.th, v, n+1)
	if err != nil {
		return err
	}
	if len(items) != n {
		return unpackCountError(n, len(items))
	}
	for i, s := range slots {
		fr.locals[s] = items[i]
	}
	return nil
}

// readAtMost reads up to max items of the iterable v: an unpacking into
// n targets stops after n+1, as CPython does.
func readAtMost(th *runtime.Thread, v runtime.Value, max int) ([]runtime.Value, error) {
	it, err := runtime.Iter(th, v)
	if err != nil {
		return nil, err
	}
	var items []runtime.Value
	for len(items) < max {
		item, ok, err := it.Next(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		items = append(items, item)
	}
	return items, nil
}

// unpackCountError is the ValueError of an unpacking into n targets
// (no starred one) of got items.
func unpackCountError(n, got int) error {
	if got < n {
		return runtime.NewError(runtime.ValueErrorType, "not enough values to unpack (expected %d, got %d)", n, got)
	}
	return runtime.NewError(runtime.ValueErrorType, "too many values to unpack (expected %d)", n)
}

func (c *compiler) deleteTarget(t ast.Expr) stmtFn {
	switch x := t.(type) {
	case *ast.Name:
		del, pos := c.deleteName(x.Id), spanOf(x)
		return func(fr *Frame) (ctrl, error) {
			ct, err := del(fr)
			return ct, fr.at(err, pos)
		}
	case *ast.Attribute:
		obj := c.expr(x.Value)
		name, pos := x.Attr, spanOf(x)
		return func(fr *Frame) (ctrl, error) {
			o, err := obj(fr)
			if err != nil {
				return 0, err
			}
			return 0, fr.at(runtime.DelAttr(fr.th, o, name), pos)
		}
	case *ast.Subscript:
		obj := c.expr(x.Value)
		key := c.expr(x.Index)
		pos := spanOf(x)
		return func(fr *Frame) (ctrl, error) {
			o, err := obj(fr)
			if err != nil {
				return 0, err
			}
			k, err := key(fr)
			if err != nil {
				return 0, err
			}
			return 0, fr.at(runtime.DelItem(fr.th, o, k), pos)
		}
	case *ast.Tuple:
		return c.deleteAll(x.Elts)
	case *ast.List:
		return c.deleteAll(x.Elts)
	}
	c.syntaxError(t.Position(), "cannot delete %s", exprDescription(t))
	return func(*Frame) (ctrl, error) { return 0, nil }
}

func (c *compiler) deleteAll(ts []ast.Expr) stmtFn {
	fns := make([]stmtFn, len(ts))
	for i, t := range ts {
		fns[i] = c.deleteTarget(t)
	}
	return func(fr *Frame) (ctrl, error) {
		for _, f := range fns {
			if _, err := f(fr); err != nil {
				return 0, err
			}
		}
		return 0, nil
	}
}
