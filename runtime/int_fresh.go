package runtime

import (
	"math/big"

	"github.com/spindle-lang/spindle/ast"
)

// BigAddSubInto computes a+b (op ast.Add) or a-b (op ast.Sub) for two
// ints (Int or *BigInt) into z's storage and returns the result: z itself,
// or an Int when the result fits in int64 (so each integer keeps one
// representation). z must be a temporary that nothing else can see yet —
// the interpreter uses it for the inner results of an arithmetic
// expression, as in `4*q + r - t`, where big ints of tens of kilobytes
// would otherwise be allocated (and zeroed) once per operator. a or b may
// be z itself: math/big allows the aliasing, and adds in place when z has
// the capacity.
func BigAddSubInto(z *BigInt, op ast.Op, a, b Value) Value {
	var ta, tb big.Int
	x, y := freshOperand(&ta, a), freshOperand(&tb, b)
	if op == ast.Sub {
		z.v.Sub(x, y)
	} else {
		z.v.Add(x, y)
	}
	if z.v.IsInt64() {
		return MakeInt(z.v.Int64())
	}
	return z
}

// freshOperand is v (an Int or *BigInt) as a *big.Int, using tmp for an
// Int so that no small big.Int is allocated.
func freshOperand(tmp *big.Int, v Value) *big.Int {
	if b, ok := v.(*BigInt); ok {
		return b.v
	}
	i, _ := v.(Int)
	return tmp.SetInt64(int64(i))
}
