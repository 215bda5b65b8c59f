package runtime

import (
	"math/big"
	"sync"

	"github.com/spindle-lang/spindle/ast"
)

// Big-int temporaries of arithmetic expressions.
//
// In `(q*(7*k+2) + r*l) // (t*l)` every inner result is a big int that
// only the expression itself ever sees: the interpreter marks such a
// result as a temporary, computes the next operator into it where it can
// (BigAddSubInto), and gives it back here once the operator that consumed
// it has produced its own result (ReleaseBigTemp). The next result of
// that kind (BigIntOpInto) is computed into a released temporary's
// storage, so a pidigits-style loop reuses the same few buffers of tens
// of kilobytes instead of allocating, zeroing and collecting a fresh one
// per operator (CPython frees each one at once by reference counting).

// bigTemps holds released temporaries. A sync.Pool: per-P, lock-free in
// the common case, and emptied by the collector, so an idle program does
// not keep large buffers.
var bigTemps = sync.Pool{New: func() any { return &BigInt{v: new(big.Int)} }}

// maxTempWords bounds the size of a buffer kept for reuse (8 MB).
const maxTempWords = 1 << 20

// ReleaseBigTemp gives back z, a temporary of an expression that no one
// else has seen and that is not used again.
func ReleaseBigTemp(z *BigInt) {
	if cap(z.v.Bits()) <= maxTempWords {
		bigTemps.Put(z)
	}
}

// BigIntOpInto computes a op b for two ints (Int or *BigInt, at least
// one big) and op one of * // %, into a temporary's storage. The result
// is a new *BigInt that no one else has seen, or an Int when it fits in
// int64 (each integer keeps one representation). a and b are not
// modified. Errors (ZeroDivisionError, MemoryError) are those of the
// plain operators.
func BigIntOpInto(op ast.Op, a, b Value) (Value, error) {
	var ta, tb big.Int
	x, y := freshOperand(&ta, a), freshOperand(&tb, b)
	z := bigTemps.Get().(*BigInt)
	switch op {
	case ast.Mult:
		if err := checkIntBits(int64(x.BitLen()) + int64(y.BitLen())); err != nil {
			bigTemps.Put(z)
			return nil, err
		}
		reserveWords(z.v, len(x.Bits())+len(y.Bits()))
		z.v.Mul(x, y)
	case ast.FloorDiv, ast.Mod:
		if y.Sign() == 0 {
			bigTemps.Put(z)
			if op == ast.Mod {
				return nil, NewError(ZeroDivisionErrorType, "integer modulo by zero")
			}
			return nil, errIntDivZero()
		}
		w := bigTemps.Get().(*BigInt)
		reserveWords(z.v, len(x.Bits())-len(y.Bits())+1)
		reserveWords(w.v, len(x.Bits())+1)
		z.v.QuoRem(x, y, w.v)
		if w.v.Sign() != 0 && w.v.Sign() != y.Sign() {
			z.v.Sub(z.v, bigOne)
			w.v.Add(w.v, y)
		}
		if op == ast.Mod {
			z, w = w, z
		}
		bigTemps.Put(w)
	default:
		panic("BigIntOpInto: " + op.String())
	}
	if z.v.IsInt64() {
		i := z.v.Int64()
		bigTemps.Put(z)
		return MakeInt(i), nil
	}
	return z, nil
}

// reserveWords gives z (whose value is about to be overwritten) room for
// n words, and a quarter more so that a temporary still fits as the
// numbers of a loop grow. (With a sixteenth, bench/bigint.sp's buffers,
// passed around between q, r, t and the temporaries as the numbers grow
// to 22 KB, were replaced 3.9 MB worth; with a quarter, 1.3 MB.)
func reserveWords(z *big.Int, n int) {
	if cap(z.Bits()) < n {
		z.SetBits(make([]big.Word, 0, n+n/4+4))
	}
}

// BigAddSubNew computes a+b (op ast.Add) or a-b (op ast.Sub) for two
// ints (Int or *BigInt) into a released temporary's
// storage, like BigIntOpInto: the result is a new *BigInt no one else
// has seen, or an Int when it fits in int64.
func BigAddSubNew(op ast.Op, a, b Value) Value {
	z := bigTemps.Get().(*BigInt)
	reserveWords(z.v, max(wordLen(a), wordLen(b))+1)
	v := BigAddSubInto(z, op, a, b)
	if v != Value(z) {
		bigTemps.Put(z)
	}
	return v
}

// wordLen is the length in words of an int (Int or *BigInt).
func wordLen(v Value) int {
	if b, ok := v.(*BigInt); ok {
		return len(b.v.Bits())
	}
	return 1
}

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
