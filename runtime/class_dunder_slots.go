package runtime

import "github.com/spindle-lang/spindle/ast"

// Per-class cached special methods. The operators on instances of user
// classes (a + b, a != b, len(a), a[i], ...) find their dunder through a
// slot of the class's current generation (classGen) instead of a lookup
// by name in the class's attribute table: the first use resolves the
// entry, later uses cost an atomic load. A change of the class (or of a
// class in its MRO) starts a new generation with empty slots, so a
// dunder set or reassigned on the class after creation is seen, as the
// attribute-site caches see it.

// dunderSlot numbers the cached special methods.
type dunderSlot uint8

const (
	// Binary operators: the method, its reflection and its in-place
	// form, in ast.Op order from ast.Add (binSlot).
	dAdd dunderSlot = iota
	dRAdd
	dIAdd
	// 12 more triples, one per binary operator after Add.
	dBinEnd = dAdd + 3*13
)

const (
	dEq dunderSlot = dBinEnd + iota
	dNe
	dLt
	dLe
	dGt
	dGe
	dLen
	dBool
	dHash
	dGetItem
	dSetItem
	dDelItem
	dContains
	dNeg
	dPos
	dInvert
	dNew
	dInit
	dCall
	numDunderSlots
)

// dunderNames gives each slot's method name.
var dunderNames = func() [numDunderSlots]string {
	var n [numDunderSlots]string
	for op, names := range binDunders {
		s := binSlot(op)
		n[s], n[s+1], n[s+2] = names[0], names[1], names[2]
	}
	for op, name := range cmpDunders {
		n[cmpSlot(op)] = name
	}
	rest := []string{"__len__", "__bool__", "__hash__", "__getitem__", "__setitem__", "__delitem__",
		"__contains__", "__neg__", "__pos__", "__invert__", "__new__", "__init__", "__call__"}
	copy(n[dLen:], rest)
	for _, s := range n {
		if s == "" {
			panic("runtime: a dunder slot without a name")
		}
	}
	return n
}()

// binSlot is the slot of the method of binary operator op (ast.Add ..
// ast.BitAnd); +1 is its reflection, +2 its in-place form.
func binSlot(op ast.Op) dunderSlot { return dAdd + dunderSlot(3*(op-ast.Add)) }

// isBinOp reports whether op has binary-operator dunders.
func isBinOp(op ast.Op) bool { return op >= ast.Add && op <= ast.BitAnd }

// cmpSlot is the slot of comparison op (ast.Eq .. ast.GtE).
func cmpSlot(op ast.Op) dunderSlot { return dEq + dunderSlot(op-ast.Eq) }

// reflectedCmpOp is reflectedCmp without the map lookup.
func reflectedCmpOp(op ast.Op) ast.Op {
	switch op {
	case ast.Lt:
		return ast.Gt
	case ast.LtE:
		return ast.GtE
	case ast.Gt:
		return ast.Lt
	case ast.GtE:
		return ast.LtE
	}
	return op
}

// dunderEntry returns the class's current attribute entry for the
// special method of slot d (its value is nil when no class defines it).
func (c *classInfo) dunderEntry(d dunderSlot) *attrEntry {
	g := c.gen.Load()
	if e := g.dunders[d].Load(); e != nil {
		return e
	}
	e := c.entry(dunderNames[d])
	if e.gen == g {
		g.dunders[d].Store(e)
	}
	return e
}

// dunderAt is dunder for a cached slot: the entry of a special method
// defined by a user class of the instance's MRO, or nil.
func (inst *Instance) dunderAt(d dunderSlot) *attrEntry {
	if e := inst.info().dunderEntry(d); e.user() {
		return e
	}
	return nil
}

// identityEq reports whether == and != between x and y are identity:
// neither class defines __eq__ or __ne__ and neither derives from a
// built-in type (deltablue's `self.strength == Strength.REQUIRED`, with
// no comparison guard and no NotImplemented round trip).
func identityEq(x, y *Instance) bool {
	return x.BaseValue() == nil && y.BaseValue() == nil &&
		x.dunderAt(dEq) == nil && x.dunderAt(dNe) == nil &&
		(y.info() == x.info() || y.dunderAt(dEq) == nil && y.dunderAt(dNe) == nil)
}

// SelfCaller is implemented by the interpreter's functions: a call
// f(self) or f(self, a) with no argument slice and no bound method, for
// special methods of user classes.
type SelfCaller interface {
	CallSelf0(th *Thread, self Value) (Value, error)
	CallSelf1(th *Thread, self, a Value) (Value, error)
}

// call0 calls the special method of e with no argument.
func (inst *Instance) call0(th *Thread, e *attrEntry) (Value, error) {
	if e.kind == kindFunction && th != nil {
		if f, ok := e.value.(SelfCaller); ok {
			return f.CallSelf0(th, inst)
		}
	}
	return callEntry(th, e, inst, nil, nil)
}

// call1 calls the special method of e with one argument.
func (inst *Instance) call1(th *Thread, e *attrEntry, a Value) (Value, error) {
	if e.kind == kindFunction && th != nil {
		if f, ok := e.value.(SelfCaller); ok {
			return f.CallSelf1(th, inst, a)
		}
	}
	return callEntry(th, e, inst, []Value{a}, nil)
}
