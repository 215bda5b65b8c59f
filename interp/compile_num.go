package interp

import (
	"math"

	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/runtime"
)

// Unboxed arithmetic trees.
//
// A runtime.Float (and an Int outside the small-int cache) in a Value
// costs one heap allocation. In `dx*dx + dy*dy + dz*dz` only the final sum
// is ever seen by the program, so a tree of arithmetic operators (+ - * /
// and float **) is compiled as one unit: its inner nodes pass numbers
// around unboxed (numVal) and only the root boxes its result. Anything a
// node cannot do exactly as the runtime would (other types, overflow,
// division by zero, a negative base) boxes its operands and calls
// runtime.BinaryOp, so the semantics (results, exceptions, messages,
// evaluation order) are those of the plain path.

// numFn evaluates an expression to a float that may not have been boxed:
// v == nil means the value is the float f; otherwise v is the value, and
// f == freshMark says that v is a *runtime.BigInt this tree made and no
// one else has seen (a later node may compute into it: freshIntOp).
// Three register results: no struct is copied per node.
type numFn func(fr *Frame) (f float64, v runtime.Value, err error)

// v == intTag means the value is an int64 kept in f's bits (an int
// outside the small-int cache would otherwise be boxed per operator).

// unboxedInt is the type of intTag, a marker no program ever sees.
type unboxedInt struct{ _ byte }

func (*unboxedInt) Type() *runtime.Type { return runtime.IntType }

var intTag runtime.Value = &unboxedInt{}

// intBits is an int64 carried in a numFn's float result.
func intBits(i int64) float64 { return math.Float64frombits(uint64(i)) }

// intOf returns a numFn result as an int64 when it is an int (unboxed or
// a boxed Int).
func intOf(f float64, v runtime.Value) (int64, bool) {
	if v == intTag {
		return int64(math.Float64bits(f)), true
	}
	if i, ok := v.(runtime.Int); ok {
		return int64(i), true
	}
	return 0, false
}

// boxNum boxes a numFn result.
func boxNum(f float64, v runtime.Value) runtime.Value {
	if v == nil {
		return runtime.Float(f)
	}
	if v == intTag {
		return runtime.MakeInt(int64(math.Float64bits(f)))
	}
	return v
}

// boxNum boxes a numFn result, a float or an int in the frame's slabs.
func (fr *Frame) boxNum(f float64, v runtime.Value) runtime.Value {
	if v == nil {
		return fr.floats.Box(f)
	}
	if v == intTag {
		return fr.ints.Box(int64(math.Float64bits(f)))
	}
	return v
}

// unboxNum is the numFn view of a boxed value.
func unboxNum(v runtime.Value) (float64, runtime.Value) {
	if x, ok := v.(runtime.Float); ok {
		return float64(x), nil
	}
	return 0, v
}

// numTreeOp reports whether op can be an inner node of an unboxed tree.
func numTreeOp(op ast.Op) bool {
	switch op {
	case ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow, ast.FloorDiv, ast.Mod:
		return true
	}
	return false
}

// isNumTree reports whether e is an arithmetic node with at least one
// arithmetic node below it: a tree worth compiling unboxed.
func isNumTree(e ast.Expr) bool {
	b, ok := e.(*ast.BinOp)
	if !ok || !numTreeOp(b.Op) {
		return false
	}
	return isNumNode(b.Left) || isNumNode(b.Right)
}

func isNumNode(e ast.Expr) bool {
	b, ok := e.(*ast.BinOp)
	return ok && numTreeOp(b.Op)
}

// numExpr compiles e to a numFn.
func (c *compiler) numExpr(e ast.Expr) numFn {
	if b, ok := e.(*ast.BinOp); ok && numTreeOp(b.Op) {
		if _, isConst := c.constFolded(b); !isConst {
			return c.numBinOp(b)
		}
	}
	if v, ok := constValue(e); ok {
		f, bv := unboxNum(v)
		return func(*Frame) (float64, runtime.Value, error) { return f, bv, nil }
	}
	if p := c.peekLocalNum(e); p != nil {
		return p
	}
	g := c.expr(e)
	return func(fr *Frame) (float64, runtime.Value, error) {
		v, err := g(fr)
		if err != nil {
			return 0, nil, err
		}
		if x, ok := v.(runtime.Float); ok {
			return float64(x), nil, nil
		}
		return 0, v, nil
	}
}

// constFolded reports whether binOp would fold b to a constant.
func (c *compiler) constFolded(b *ast.BinOp) (runtime.Value, bool) {
	lv, ok := constValue(b.Left)
	if !ok {
		return nil, false
	}
	rv, ok := constValue(b.Right)
	if !ok {
		return nil, false
	}
	return foldBinary(b.Op, lv, rv)
}

// numChildren compiles b's operands: a child that is itself a tree node
// yields an unboxed float (numFn); a leaf is called as a plain exprFn (one
// closure call, as in binOp).
func (c *compiler) numChildren(b *ast.BinOp) (ln numFn, le exprFn, rn numFn, re exprFn) {
	if isNumNode(b.Left) {
		ln = c.numExpr(b.Left)
	} else if ln = c.peekLocalNum(b.Left); ln == nil {
		le = c.expr(b.Left)
	}
	if isNumNode(b.Right) {
		rn = c.numExpr(b.Right)
	} else if rn = c.peekLocalNum(b.Right); rn == nil {
		re = c.expr(b.Right)
	}
	return
}

// peekLocalNum compiles a read of e, when it is a local variable with a
// mutable int box (runtime.IntSlots), as a leaf of an unboxed tree: the
// tree consumes the number, so the box is not detached. nil otherwise.
func (c *compiler) peekLocalNum(e ast.Expr) numFn {
	i, name, ok := c.peekableLocal(e)
	if !ok {
		return nil
	}
	return func(fr *Frame) (float64, runtime.Value, error) {
		switch v := fr.locals[i].(type) {
		case runtime.Int:
			return intBits(int64(v)), intTag, nil
		case runtime.Float:
			return float64(v), nil, nil
		case nil:
			return 0, nil, unboundLocal(name)
		default:
			return 0, v, nil
		}
	}
}

// peekableLocal reports whether e is a local variable with a mutable int
// box, and its slot.
func (c *compiler) peekableLocal(e ast.Expr) (int, string, bool) {
	n, ok := e.(*ast.Name)
	if !ok || c.scope.kind == scopeClass {
		return 0, "", false
	}
	if b := c.binding(n.Id); b.kind == bindLocal && b.index < runtime.IntSlotsLen {
		return b.index, n.Id, true
	}
	return 0, "", false
}

func (c *compiler) numBinOp(b *ast.BinOp) numFn {
	op, pos := b.Op, spanOf(b)
	ln, le, rn, re := c.numChildren(b)
	return func(fr *Frame) (float64, runtime.Value, error) {
		var x, y float64
		var xv, yv runtime.Value
		var err error
		if ln != nil {
			x, xv, err = ln(fr)
		} else {
			xv, err = le(fr)
		}
		if err != nil {
			return 0, nil, err
		}
		if rn != nil {
			y, yv, err = rn(fr)
		} else {
			yv, err = re(fr)
		}
		if err != nil {
			return 0, nil, err
		}
		if a, ok := intOf(x, xv); ok {
			if b, ok := intOf(y, yv); ok {
				if r, ok := intNum(op, a, b); ok {
					return intBits(r), intTag, nil
				}
			}
		}
		x, xv, err = numOp(fr.th, op, x, xv, y, yv)
		if err != nil {
			return 0, nil, fr.at(err, pos)
		}
		return x, xv, nil
	}
}

// numTree compiles an arithmetic tree (isNumTree) as an exprFn: the root
// boxes, the inner nodes do not. (numBinOp's body, returning a Value, so
// that the root costs no extra call.)
func (c *compiler) numTree(b *ast.BinOp) exprFn {
	op, pos := b.Op, spanOf(b)
	ln, le, rn, re := c.numChildren(b)
	return func(fr *Frame) (runtime.Value, error) {
		var x, y float64
		var xv, yv runtime.Value
		var err error
		if ln != nil {
			x, xv, err = ln(fr)
		} else {
			xv, err = le(fr)
		}
		if err != nil {
			return nil, err
		}
		if rn != nil {
			y, yv, err = rn(fr)
		} else {
			yv, err = re(fr)
		}
		if err != nil {
			return nil, err
		}
		if a, ok := intOf(x, xv); ok {
			if b, ok := intOf(y, yv); ok {
				if r, ok := intNum(op, a, b); ok {
					return fr.ints.Box(r), nil
				}
			}
		}
		x, xv, err = numOp(fr.th, op, x, xv, y, yv)
		if err != nil {
			return nil, fr.at(err, pos)
		}
		return fr.boxNum(x, xv), nil
	}
}

// numOp is one node of an unboxed tree after the int fast path of its
// caller: floats (and a float with an int) without boxing, everything
// else through the runtime. Either operand may be unboxed or boxed.
func numOp(th *runtime.Thread, op ast.Op, x float64, xv runtime.Value, y float64, yv runtime.Value) (float64, runtime.Value, error) {
	if xf, ok := xv.(runtime.Float); ok {
		x, xv = float64(xf), nil
	}
	if yf, ok := yv.(runtime.Float); ok {
		y, yv = float64(yf), nil
	}
	xi, xInt := intOf(x, xv)
	yi, yInt := intOf(y, yv)
	if xv == nil {
		if yv == nil {
			if r, ok := floatNum(op, x, y); ok {
				return r, nil, nil
			}
		} else if yInt {
			if r, ok := floatNum(op, x, float64(yi)); ok {
				return r, nil, nil
			}
		}
	} else if yv == nil && xInt {
		if r, ok := floatNum(op, float64(xi), y); ok {
			return r, nil, nil
		}
	}
	if xv == intTag {
		xv = runtime.MakeInt(xi)
	}
	if yv == intTag {
		yv = runtime.MakeInt(yi)
	}
	if op != ast.Div && op != ast.Pow {
		if isIntValue(xv) && isIntValue(yv) {
			return freshIntOp(th, op, x, xv, y, yv)
		}
	}
	disownUnlessInts(xv, yv)
	a, b := boxNum(x, xv), boxNum(y, yv)
	var ints runtime.IntSlab // (int results do not come here: freshIntOp)
	v, ok := fastBinary(&ints, op, a, b)
	if !ok {
		var err error
		if v, err = runtime.BinaryOp(th, op, a, b); err != nil {
			return 0, nil, err
		}
	}
	if f, ok := v.(runtime.Float); ok {
		return float64(f), nil, nil
	}
	return 0, v, nil
}

// inplaceFn applies `a op= value` to a: the result is r, or the int ri
// (not boxed yet) when r is nil, or the float whose bits are ri when r
// is floatResult; ri is freshMark when r is a big int the
// operator made, that no one else has seen (the variable may own it:
// Frame.storeOwned). a may be one of the frame's mutable int
// boxes: it is consumed, or detached before it is handed on.
type inplaceFn func(fr *Frame, a runtime.Value) (r runtime.Value, ri int64, err error)

// floatResult is the r of an inplaceFn whose result is a float not
// boxed yet (its bits in ri), a marker no program ever sees.
var floatResult runtime.Value = &unboxedInt{}

// unboxedFloat returns an inplaceFn's float result.
func unboxedFloat(f float64) (runtime.Value, int64, error) {
	return floatResult, int64(math.Float64bits(f)), nil
}

// inplaceNum compiles the right-hand side of `a op= value` together with
// the operation: when value is an arithmetic tree and a is a float, the
// tree's result is never boxed; an int result of two ints is returned
// unboxed.
func (c *compiler) inplaceNum(op ast.Op, value ast.Expr) inplaceFn {
	if op != ast.Pow && numTreeOp(op) && isNumNode(value) {
		if _, isConst := c.constFolded(value.(*ast.BinOp)); !isConst {
			val := c.numBinOp(value.(*ast.BinOp))
			return func(fr *Frame, a runtime.Value) (runtime.Value, int64, error) {
				y, yv, err := val(fr)
				if err != nil {
					return nil, 0, err
				}
				if yv == nil {
					if x, ok := a.(runtime.Float); ok {
						if r, ok := floatNum(op, float64(x), y); ok {
							return unboxedFloat(r)
						}
					}
				} else if x, ok := a.(runtime.Int); ok {
					if b, ok := intOf(y, yv); ok {
						if r, ok := intNum(op, int64(x), b); ok {
							return nil, r, nil
						}
					}
				}
				return inplace(fr, op, a, fr.boxNum(y, yv))
			}
		}
	}
	val := c.expr(value)
	return func(fr *Frame, a runtime.Value) (runtime.Value, int64, error) {
		v, err := val(fr)
		if err != nil {
			return nil, 0, err
		}
		if x, ok := a.(runtime.Int); ok {
			if y, ok := v.(runtime.Int); ok {
				if r, ok := intNum(op, int64(x), int64(y)); ok {
					return nil, r, nil
				}
			}
		}
		if x, y, ok := floatOperands(a, v); ok {
			if r, ok := floatNum(op, x, y); ok {
				return unboxedFloat(r)
			}
		}
		return inplace(fr, op, a, v)
	}
}

// floatBinary is a op b when both are floats, or a float and an int, and
// floatNum can compute it, boxed in the frame's slab. (An int64 converts
// to the nearest float, as Python's int-to-float conversion does.)
func (fr *Frame) floatBinary(op ast.Op, a, b runtime.Value) (runtime.Value, bool) {
	if x, y, ok := floatOperands(a, b); ok {
		if r, ok := floatNum(op, x, y); ok {
			return fr.floats.Box(r), true
		}
	}
	return nil, false
}

// floatOperands returns a and b as floats when both are floats, or a
// float and an int.
func floatOperands(a, b runtime.Value) (x, y float64, ok bool) {
	switch av := a.(type) {
	case runtime.Float:
		switch bv := b.(type) {
		case runtime.Float:
			return float64(av), float64(bv), true
		case runtime.Int:
			return float64(av), float64(bv), true
		}
	case runtime.Int:
		if bv, ok := b.(runtime.Float); ok {
			return float64(av), float64(bv), true
		}
	}
	return 0, 0, false
}

// floatNum computes a op b on two floats when the result is exactly
// what float's operators give and no exception is possible.
func floatNum(op ast.Op, a, b float64) (float64, bool) {
	switch op {
	case ast.Add:
		return a + b, true
	case ast.Sub:
		return a - b, true
	case ast.Mult:
		return a * b, true
	case ast.Div:
		if b != 0 {
			return a / b, true
		}
	case ast.Pow:
		// float_pow itself; its errors are raised by the runtime.
		if r, err := runtime.FloatPow(a, b); err == nil {
			return r, true
		}
	}
	return 0, false
}

// freshMark in a numFn's f marks its *runtime.BigInt v as a temporary.
const freshMark = 1

func isIntValue(v runtime.Value) bool {
	switch v.(type) {
	case runtime.Int, *runtime.BigInt:
		return true
	}
	return false
}

// freshIntOp is + - * // % on two ints (Int or *BigInt) that did not fit
// the int64 fast path. A sum or difference is computed into an operand
// that is a temporary of this tree, so `4*q + r - t` allocates one big
// int, not three; a product, quotient or remainder, and a sum or
// difference of two operands that are not, is computed into a released
// temporary's storage (runtime.BigIntOpInto, BigAddSubNew). Every big result
// is new, so it is marked fresh for the next node, and a fresh operand
// that the result does not reuse is released: nothing else has seen it.
func freshIntOp(th *runtime.Thread, op ast.Op, x float64, xv runtime.Value, y float64, yv runtime.Value) (float64, runtime.Value, error) {
	xb, yb := freshBig(x, xv), freshBig(y, yv)
	var v runtime.Value
	if op == ast.Add || op == ast.Sub {
		z := xb
		if z == nil {
			z = yb
		}
		if z == nil {
			return markFresh(runtime.BigAddSubNew(op, xv, yv))
		}
		v = runtime.BigAddSubInto(z, op, xv, yv)
	} else {
		var err error
		if v, err = runtime.BigIntOpInto(op, xv, yv); err != nil {
			return 0, nil, err
		}
	}
	releaseUnless(xb, v)
	releaseUnless(yb, v)
	return markFresh(v)
}

// freshBig is a numFn result as a fresh temporary big int, or nil.
func freshBig(f float64, v runtime.Value) *runtime.BigInt {
	if b, ok := v.(*runtime.BigInt); ok && f == freshMark {
		return b
	}
	return nil
}

// releaseUnless releases the temporary b (if any) unless it is v.
func releaseUnless(b *runtime.BigInt, v runtime.Value) {
	if b != nil && runtime.Value(b) != v {
		runtime.ReleaseBigTemp(b)
	}
}

func markFresh(v runtime.Value) (float64, runtime.Value, error) {
	if _, ok := v.(*runtime.BigInt); ok {
		return freshMark, v, nil
	}
	return 0, v, nil
}

// intNum computes a op b on two int64s when the result fits in int64
// (Python's floor division and modulo: the sign of the divisor; shifts
// by a negative count are left to the runtime, which raises).
func intNum(op ast.Op, a, b int64) (int64, bool) {
	switch op {
	case ast.Add:
		return addInt(a, b)
	case ast.Sub:
		return subInt(a, b)
	case ast.Mult:
		return mulInt(a, b)
	case ast.FloorDiv:
		if b != 0 && !(b == -1 && a == math.MinInt64) {
			q := a / b
			if a%b != 0 && (a < 0) != (b < 0) {
				q--
			}
			return q, true
		}
	case ast.Mod:
		if b != 0 && b != -1 {
			r := a % b
			if r != 0 && (r < 0) != (b < 0) {
				r += b
			}
			return r, true
		}
	case ast.BitAnd:
		return a & b, true
	case ast.BitOr:
		return a | b, true
	case ast.BitXor:
		return a ^ b, true
	case ast.LShift:
		if b >= 0 && b < 63 {
			if r := a << uint(b); r>>uint(b) == a {
				return r, true
			}
		}
	case ast.RShift:
		if b >= 0 {
			return a >> uint64(b), true // (b >= 64: 0 or -1, as Python)
		}
	}
	return 0, false
}

// numCompare compiles a single ordering or equality comparison with an
// arithmetic tree on either side (nil otherwise): `x*x + y*y < 4.0`
// compares two floats without boxing either, and the big-int temporaries
// of `4*q + r - t < n*t` are released once compared.
func (c *compiler) numCompare(x *ast.Compare) *cmp1 {
	op := x.Ops[0]
	switch op {
	case ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Eq, ast.NotEq:
	default:
		return nil
	}
	if !c.isUnfoldedNumNode(x.Left) && !c.isUnfoldedNumNode(x.Comparators[0]) {
		return nil
	}
	l, r := c.numExpr(x.Left), c.numExpr(x.Comparators[0])
	pos := spanOf(x)
	cond := func(fr *Frame) (bool, error) {
		x, xv, err := l(fr)
		if err != nil {
			return false, err
		}
		y, yv, err := r(fr)
		if err != nil {
			return false, err
		}
		if xv == nil && yv == nil {
			return runtime.CmpOrdered(op, x, y), nil
		}
		if a, ok := intOf(x, xv); ok {
			if b, ok := intOf(y, yv); ok {
				return runtime.CmpOrdered(op, a, b), nil
			}
		}
		xb, yb := freshBig(x, xv), freshBig(y, yv)
		disownUnlessInts(xv, yv)
		res, err := compareOp(fr.th, op, fr.boxNum(x, xv), fr.boxNum(y, yv))
		if err != nil {
			return false, fr.at(err, pos)
		}
		if b, ok := res.(runtime.Bool); ok {
			if isIntValue(xv) && isIntValue(yv) {
				// int against int: no user code saw the temporaries.
				releaseUnless(xb, nil)
				releaseUnless(yb, nil)
			}
			return bool(b), nil
		}
		return runtime.Truth(fr.th, res)
	}
	value := func(fr *Frame) (runtime.Value, error) {
		x, xv, err := l(fr)
		if err != nil {
			return nil, err
		}
		y, yv, err := r(fr)
		if err != nil {
			return nil, err
		}
		if xv == nil && yv == nil {
			return runtime.Bool(runtime.CmpOrdered(op, x, y)), nil
		}
		disownUnlessInts(xv, yv)
		return mark{fr, pos}.ret(compareOp(fr.th, op, fr.boxNum(x, xv), fr.boxNum(y, yv)))
	}
	return &cmp1{value: value, cond: cond}
}

// isUnfoldedNumNode reports whether e is an arithmetic node that constant
// folding leaves in place.
func (c *compiler) isUnfoldedNumNode(e ast.Expr) bool {
	if !isNumNode(e) {
		return false
	}
	_, isConst := c.constFolded(e.(*ast.BinOp))
	return !isConst
}
