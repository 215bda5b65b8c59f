package interp

import (
	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/runtime"
)

// Assignments of arithmetic results to locals that own their big ints.
//
// `q, r, t = q*k, (2*q + r)*l, t*l` in a loop: each right-hand side is a
// fresh big int (the arithmetic trees of compile_num.go compute it into
// a released temporary's storage), and the old q, r and t are dropped.
// When the variable is one whose reads detach (scope.inPlace, made so
// for the targets of such assignments by noteOwnTargets), the store
// marks the fresh int as owned by the variable, and the next such store
// gives the old one's storage back for reuse (runtime/int_owned.go): the
// loop computes into the same few buffers instead of making tens of
// kilobytes of garbage per iteration.
//
// An augmented assignment to such a local (`f *= i`: names that are
// augmented-assigned are in scope.inPlace already) computes a big result
// of two ints into a released temporary (inplace), and the variable
// owns it the same way.
//
// Only unpacking assignments of a tuple display are compiled so (the
// pidigits shape): with a single target, `x = a + b` of small ints went
// ~10 % slower through the numFn path (a call per statement on a
// micro-benchmark of bench/spectral_norm's `ij = i + j`), while the
// unpacking also saves the tuple the plain path builds.

// noteOwnTargets makes the names that s assigns an arithmetic result to
// (an item of `x, y = a*b, c`, with a tuple display on the right) detach
// on their reads, so that they may own big ints.
func (s *scope) noteOwnTargets(a *ast.Assign) {
	if len(a.Targets) != 1 {
		return
	}
	targets, values := ownPairs(a.Targets[0], a.Value)
	for i, t := range targets {
		if n, ok := t.(*ast.Name); ok && isNumNode(values[i]) {
			s.noteInPlace(n.Id)
		}
	}
}

// ownPairs pairs the targets of `target = value` with their values by
// position: the items of a tuple or list target with those of a tuple
// display of the same length (at most ownMax, no starred item). nil
// otherwise.
func ownPairs(target, value ast.Expr) (targets, values []ast.Expr) {
	var elts []ast.Expr
	switch t := target.(type) {
	case *ast.Tuple:
		elts = t.Elts
	case *ast.List:
		elts = t.Elts
	default:
		return nil, nil
	}
	v, ok := value.(*ast.Tuple)
	if !ok || len(v.Elts) != len(elts) || len(elts) > ownMax {
		return nil, nil
	}
	for i := range elts {
		_, s1 := elts[i].(*ast.Starred)
		_, s2 := v.Elts[i].(*ast.Starred)
		if s1 || s2 {
			return nil, nil
		}
	}
	return elts, v.Elts
}

// ownMax bounds the items of an unpacking compiled by ownAssign (its
// values are held in arrays on the stack).
const ownMax = 8

// ownSlot reports the frame slot of the name t when a store to it may
// make the variable own a big int: a plain local with a mutable int box
// whose reads detach.
func (c *compiler) ownSlot(t ast.Expr) (int, bool) {
	n, ok := t.(*ast.Name)
	if !ok || c.scope.kind == scopeClass || !c.scope.inPlace[n.Id] || c.inLoopCells(n.Id) {
		return 0, false
	}
	if b := c.binding(n.Id); b.kind == bindLocal && b.index < runtime.IntSlotsLen {
		return b.index, true
	}
	return 0, false
}

// ownAssign compiles s when at least one of its targets is an owning
// local (ownSlot) given an arithmetic tree; nil otherwise. The values are
// evaluated left to right, then stored left to right, as the plain
// unpacking of a tuple does.
func (c *compiler) ownAssign(s *ast.Assign) stmtFn {
	if len(s.Targets) != 1 {
		return nil
	}
	targets, values := ownPairs(s.Targets[0], s.Value)
	n := len(targets)
	slots := make([]int, n)
	nums := make([]numFn, n)
	own := false
	for i, t := range targets {
		slots[i] = -1
		if k, ok := c.ownSlot(t); ok && c.isUnfoldedNumNode(values[i]) {
			slots[i], own = k, true
		}
	}
	if !own {
		return nil
	}
	vals := make([]exprFn, n)
	stores := make([]storeFn, n)
	for i, t := range targets {
		if slots[i] >= 0 {
			nums[i] = c.numExpr(values[i])
		} else {
			vals[i] = c.expr(values[i])
			stores[i] = c.store(t, false)
		}
	}
	return func(fr *Frame) (ctrl, error) {
		var fs [ownMax]float64
		var vs [ownMax]runtime.Value
		for i := 0; i < n; i++ {
			var err error
			if nums[i] != nil {
				fs[i], vs[i], err = nums[i](fr)
			} else {
				vs[i], err = vals[i](fr)
			}
			if err != nil {
				return 0, err
			}
		}
		for i := 0; i < n; i++ {
			if k := slots[i]; k >= 0 {
				fr.storeOwned(k, fs[i], vs[i])
			} else if err := stores[i](fr, vs[i]); err != nil {
				return 0, err
			}
		}
		return 0, nil
	}
}

// storeOwned stores a numFn result in local k (an ownSlot): an int or a
// float in the variable's mutable box, a fresh big int as owned by the
// variable.
// The big int the variable owned before is released.
func (fr *Frame) storeOwned(k int, f float64, v runtime.Value) {
	old := fr.locals[k]
	switch {
	case v == intTag:
		i, _ := intOf(f, v)
		fr.setLocalInt(k, i)
	case freshBig(f, v) != nil:
		if fr.islots == nil {
			fr.islots = new(runtime.IntSlots) // (so that reads detach)
		}
		v.(*runtime.BigInt).Own()
		fr.locals[k] = v
	case v == nil:
		fr.setLocalFloat(k, f)
	default:
		fr.locals[k] = v
	}
	if b, ok := old.(*runtime.BigInt); ok && runtime.Value(b) != fr.locals[k] {
		runtime.ReleaseOwned(b)
	}
}

// disownUnlessInts ends a local's ownership of the operands of an
// operator (compile_num.go's trees read owning locals directly) unless
// both are ints, the one case where no user code sees them.
func disownUnlessInts(xv, yv runtime.Value) {
	if !isIntValue(xv) || !isIntValue(yv) {
		runtime.Disown(xv)
		runtime.Disown(yv)
	}
}

// freshOpInts reports whether a op b is one that freshIntOp computes
// (two ints, + - * // %): the result is then a new big int or an Int.
func freshOpInts(op ast.Op, a, b runtime.Value) bool {
	switch op {
	case ast.Add, ast.Sub, ast.Mult, ast.FloorDiv, ast.Mod:
		return isIntValue(a) && isIntValue(b)
	}
	return false
}
