package runtime

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"sync/atomic"

	"github.com/spindle-lang/spindle/ast"
)

// Integer arithmetic.
//
// Int (int64) is the fast path: every operation first tries int64
// arithmetic with a cheap overflow test (sign tricks for + and -, a
// 32-bit range test then math/bits.Mul64 for *) and only on overflow
// recomputes with math/big. *BigInt operands always take the big path;
// results go through NewBigInt so a value in int64 range is always an Int.
// Bool is an int (True == 1) everywhere except repr and & | ^ between two
// bools, which give a bool.

var (
	_ HasBinary  = Int(0)
	_ HasUnary   = Int(0)
	_ HasCompare = Int(0)
	_ HasEqual   = Int(0)
	_ HasHash    = Int(0)
	_ HasRepr    = Int(0)
	_ HasBinary  = (*BigInt)(nil)
	_ HasUnary   = (*BigInt)(nil)
	_ HasCompare = (*BigInt)(nil)
	_ HasEqual   = (*BigInt)(nil)
	_ HasHash    = (*BigInt)(nil)
	_ HasRepr    = (*BigInt)(nil)
)

// intMaxStrDigits is sys.get_int_max_str_digits(): the longest decimal
// string int() parses and str() produces (CPython 3.11's DoS guard); 0
// disables the limit.
var intMaxStrDigits atomic.Int64

func init() { intMaxStrDigits.Store(4300) }

// IntMaxStrDigits returns the current limit (sys.get_int_max_str_digits).
func IntMaxStrDigits() int { return int(intMaxStrDigits.Load()) }

// SetIntMaxStrDigits sets the limit (sys.set_int_max_str_digits); the
// caller validates n (0 or >= 640).
func SetIntMaxStrDigits(n int) { intMaxStrDigits.Store(int64(n)) }

// isNumber reports whether v is an int, bool or float (the operands the
// numeric Binary methods accept).
func isNumber(v Value) bool {
	switch v.(type) {
	case Int, Bool, *BigInt, Float:
		return true
	}
	return false
}

// numberOperand is the right operand inst of self op inst as the number
// self's own operator works on: the built-in value of an int or float
// subclass (1.5 + IntSub(2) is 3.5 even when IntSub defines __radd__,
// as float.__add__ accepts any int). ok is false when self's operator
// does not take it (int + FloatSub: float's reflected operator answers).
// first is set when inst's class is a subclass of self's type that
// overrides the reflected method: CPython tries that one first.
func numberOperand(op ast.Op, self Value, inst *Instance) (num Value, ok, first bool) {
	base := inst.BaseValue()
	if !isNumber(base) {
		return nil, false, false
	}
	if _, isFloat := base.(Float); isFloat {
		if _, selfFloat := self.(Float); !selfFloat {
			return nil, false, false
		}
	}
	if isBinOp(op) && inst.info().t.IsSubtype(self.Type()) {
		if e := inst.dunderAt(binSlot(op) + 1); e != nil && e.user() {
			return base, true, true
		}
	}
	return base, true, false
}

// instBinary is self op inst for a number self and an instance inst:
// inst's overriding reflected method first when it has one (numberOperand),
// then self's operator on inst's number.
func instBinary(th *Thread, op ast.Op, self Value, inst *Instance) (Value, error) {
	num, ok, first := numberOperand(op, self, inst)
	if !ok {
		return NotImplemented, nil
	}
	if first {
		r, err := inst.Binary(th, op, self, true)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return numBinary(op, self, num)
}

func boolToInt64(b Bool) int64 {
	if b {
		return 1
	}
	return 0
}

// asBig returns an int value as a *big.Int. For a *BigInt it is the
// value's own big.Int: callers must not modify it.
func asBig(v Value) *big.Int {
	switch x := v.(type) {
	case *BigInt:
		return x.v
	case Int:
		return big.NewInt(int64(x))
	case Bool:
		return big.NewInt(boolToInt64(x))
	}
	return nil
}

// toFloat converts a number to float64, failing with OverflowError for an
// int too large.
func toFloat(v Value) (float64, error) {
	switch x := v.(type) {
	case Float:
		return float64(x), nil
	case Int:
		return float64(x), nil
	case Bool:
		return float64(boolToInt64(x)), nil
	case *BigInt:
		f, _ := new(big.Float).SetInt(x.v).Float64()
		if math.IsInf(f, 0) {
			return 0, NewError(OverflowErrorType, "int too large to convert to float")
		}
		return f, nil
	}
	return 0, NewError(TypeErrorType, "must be real number, not %s", TypeName(v))
}

// numBinary applies a binary operator to two numbers (Int, Bool, *BigInt
// or Float). It returns NotImplemented for operators numbers lack (@).
func numBinary(op ast.Op, a, b Value) (Value, error) {
	_, af := a.(Float)
	_, bf := b.(Float)
	if af || bf {
		if op >= ast.LShift && op <= ast.BitAnd {
			return NotImplemented, nil
		}
		x, err := toFloat(a)
		if err != nil {
			return nil, err
		}
		y, err := toFloat(b)
		if err != nil {
			return nil, err
		}
		return floatBinary(op, x, y)
	}
	x, xok := AsInt64(a)
	y, yok := AsInt64(b)
	if xok && yok {
		return intBinary(op, x, y)
	}
	return bigBinary(op, asBig(a), asBig(b))
}

// addInt64 returns a+b and whether it overflowed.
func addInt64(a, b int64) (int64, bool) {
	s := a + b
	return s, (a^s)&(b^s) < 0
}

// subInt64 returns a-b and whether it overflowed.
func subInt64(a, b int64) (int64, bool) {
	d := a - b
	return d, (a^b)&(a^d) < 0
}

// mulInt64 returns a*b and whether it overflowed.
func mulInt64(a, b int64) (int64, bool) {
	// Both in int32 range: the product fits (the common case).
	if uint64(a+1<<31) < 1<<32 && uint64(b+1<<31) < 1<<32 {
		return a * b, false
	}
	neg := (a < 0) != (b < 0)
	ua, ub := uint64(a), uint64(b)
	if a < 0 {
		ua = -ua
	}
	if b < 0 {
		ub = -ub
	}
	hi, lo := bits.Mul64(ua, ub)
	if hi != 0 {
		return 0, true
	}
	if neg {
		if lo > 1<<63 {
			return 0, true
		}
		return int64(-lo), false
	}
	if lo >= 1<<63 {
		return 0, true
	}
	return int64(lo), false
}

// floorDivMod returns Python's a//b and a%b (b != 0), ok=false when the
// result overflows (MinInt64 // -1).
func floorDivMod(a, b int64) (q, r int64, ok bool) {
	if b == -1 {
		if a == math.MinInt64 {
			return 0, 0, false
		}
		return -a, 0, true
	}
	q, r = a/b, a%b
	if r != 0 && (r < 0) != (b < 0) {
		q--
		r += b
	}
	return q, r, true
}

// intBinary applies op to two int64s.
func intBinary(op ast.Op, a, b int64) (Value, error) {
	switch op {
	case ast.Add:
		if s, o := addInt64(a, b); !o {
			return MakeInt(s), nil
		}
	case ast.Sub:
		if d, o := subInt64(a, b); !o {
			return MakeInt(d), nil
		}
	case ast.Mult:
		if p, o := mulInt64(a, b); !o {
			return MakeInt(p), nil
		}
	case ast.Div:
		return intTrueDiv(a, b)
	case ast.FloorDiv:
		if b == 0 {
			return nil, errIntDivZero()
		}
		if q, _, ok := floorDivMod(a, b); ok {
			return MakeInt(q), nil
		}
	case ast.Mod:
		if b == 0 {
			return nil, NewError(ZeroDivisionErrorType, "integer modulo by zero")
		}
		_, r, _ := floorDivMod(a, b)
		return MakeInt(r), nil
	case ast.Pow:
		if b < 0 {
			return intNegPow(float64(a), float64(b))
		}
		if p, ok := powInt64(a, b); ok {
			return MakeInt(p), nil
		}
	case ast.LShift:
		if b < 0 {
			return nil, errNegShift()
		}
		if a == 0 {
			return MakeInt(0), nil
		}
		if b < 63 {
			if s := a << uint(b); s>>uint(b) == a {
				return MakeInt(s), nil
			}
		}
	case ast.RShift:
		if b < 0 {
			return nil, errNegShift()
		}
		if b > 63 {
			b = 63
		}
		return MakeInt(a >> uint(b)), nil
	case ast.BitAnd:
		return MakeInt(a & b), nil
	case ast.BitOr:
		return MakeInt(a | b), nil
	case ast.BitXor:
		return MakeInt(a ^ b), nil
	default:
		return NotImplemented, nil
	}
	return bigBinary(op, big.NewInt(a), big.NewInt(b))
}

func errIntDivZero() error {
	return NewError(ZeroDivisionErrorType, "integer division or modulo by zero")
}

func errNegShift() error { return NewError(ValueErrorType, "negative shift count") }

// intNegPow is int ** negative int, which CPython computes in floats.
func intNegPow(a, b float64) (Value, error) {
	if a == 0 {
		return nil, NewError(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
	}
	return floatBinary(ast.Pow, a, b)
}

// powInt64 computes a**b (b >= 0) by squaring; ok=false on overflow.
func powInt64(a, b int64) (int64, bool) {
	switch a {
	case 0:
		if b == 0 {
			return 1, true
		}
		return 0, true
	case 1:
		return 1, true
	case -1:
		if b&1 == 0 {
			return 1, true
		}
		return -1, true
	}
	if b >= 64 {
		return 0, false
	}
	result := int64(1)
	var o bool
	for {
		if b&1 != 0 {
			if result, o = mulInt64(result, a); o {
				return 0, false
			}
		}
		b >>= 1
		if b == 0 {
			return result, true
		}
		if a, o = mulInt64(a, a); o {
			return 0, false
		}
	}
}

// intTrueDiv is int / int: the correctly rounded float quotient.
func intTrueDiv(a, b int64) (Value, error) {
	if b == 0 {
		return nil, NewError(ZeroDivisionErrorType, "division by zero")
	}
	const exact = 1 << 53
	if a >= -exact && a <= exact && b >= -exact && b <= exact {
		return Float(float64(a) / float64(b)), nil
	}
	return bigTrueDiv(big.NewInt(a), big.NewInt(b))
}

func bigTrueDiv(a, b *big.Int) (Value, error) {
	if b.Sign() == 0 {
		return nil, NewError(ZeroDivisionErrorType, "division by zero")
	}
	if a.Sign() == 0 {
		return Float(math.Copysign(0, float64(b.Sign()))), nil
	}
	f, _ := new(big.Rat).SetFrac(a, b).Float64()
	if math.IsInf(f, 0) {
		return nil, NewError(OverflowErrorType, "integer division result too large for a float")
	}
	return Float(f), nil
}

// bigFloorDivMod returns Python's a//b and a%b (b != 0).
func bigFloorDivMod(a, b *big.Int) (q, r *big.Int) {
	q, r = new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 && r.Sign() != b.Sign() {
		q.Sub(q, bigOne)
		r.Add(r, b)
	}
	return q, r
}

var bigOne = big.NewInt(1)

// bigBinary applies op to two big ints (not modified).
func bigBinary(op ast.Op, a, b *big.Int) (Value, error) {
	switch op {
	case ast.Add:
		return NewBigInt(new(big.Int).Add(a, b)), nil
	case ast.Sub:
		return NewBigInt(new(big.Int).Sub(a, b)), nil
	case ast.Mult:
		if err := checkIntBits(int64(a.BitLen()) + int64(b.BitLen())); err != nil {
			return nil, err
		}
		return NewBigInt(new(big.Int).Mul(a, b)), nil
	case ast.Div:
		return bigTrueDiv(a, b)
	case ast.FloorDiv:
		if b.Sign() == 0 {
			return nil, errIntDivZero()
		}
		q, _ := bigFloorDivMod(a, b)
		return NewBigInt(q), nil
	case ast.Mod:
		if b.Sign() == 0 {
			return nil, NewError(ZeroDivisionErrorType, "integer modulo by zero")
		}
		_, r := bigFloorDivMod(a, b)
		return NewBigInt(r), nil
	case ast.Pow:
		if b.Sign() < 0 {
			x, err := toFloat(NewBigInt(new(big.Int).Set(a)))
			if err != nil {
				return nil, err
			}
			y, _ := new(big.Float).SetInt(b).Float64()
			return intNegPow(x, y)
		}
		if a.IsInt64() {
			switch a.Int64() {
			case 0, 1:
				return NewBigInt(new(big.Int).Set(a)), nil
			case -1:
				if b.Bit(0) == 0 {
					return MakeInt(1), nil
				}
				return MakeInt(-1), nil
			}
		}
		if err := checkPowBits(a, b); err != nil {
			return nil, err
		}
		return NewBigInt(new(big.Int).Exp(a, b, nil)), nil
	case ast.LShift, ast.RShift:
		if b.Sign() < 0 {
			return nil, errNegShift()
		}
		if op == ast.RShift {
			if !b.IsInt64() || b.Int64() > int64(a.BitLen()) {
				if a.Sign() < 0 {
					return MakeInt(-1), nil
				}
				return MakeInt(0), nil
			}
			return NewBigInt(new(big.Int).Rsh(a, uint(b.Int64()))), nil
		}
		if a.Sign() == 0 {
			return MakeInt(0), nil
		}
		if err := checkShiftBits(a, b); err != nil {
			return nil, err
		}
		return NewBigInt(new(big.Int).Lsh(a, uint(b.Int64()))), nil
	case ast.BitAnd:
		return NewBigInt(new(big.Int).And(a, b)), nil
	case ast.BitOr:
		return NewBigInt(new(big.Int).Or(a, b)), nil
	case ast.BitXor:
		return NewBigInt(new(big.Int).Xor(a, b)), nil
	}
	return NotImplemented, nil
}

// Binary implements the arithmetic operators for int.
func (i Int) Binary(th *Thread, op ast.Op, other Value, right bool) (Value, error) {
	if o, ok := other.(Int); ok {
		if right {
			return intBinary(op, int64(o), int64(i))
		}
		return intBinary(op, int64(i), int64(o))
	}
	return numBinaryOrdered(th, op, i, other, right)
}

// numBinaryOrdered is the shared tail of the numeric Binary methods.
func numBinaryOrdered(th *Thread, op ast.Op, self, other Value, right bool) (Value, error) {
	if inst, ok := other.(*Instance); ok && !right {
		return instBinary(th, op, self, inst)
	}
	if !isNumber(other) {
		return NotImplemented, nil
	}
	if right {
		return numBinary(op, other, self)
	}
	return numBinary(op, self, other)
}

// Binary implements the arithmetic operators for big ints.
func (b *BigInt) Binary(th *Thread, op ast.Op, other Value, right bool) (Value, error) {
	return numBinaryOrdered(th, op, b, other, right)
}

// Unary implements -x, +x and ~x.
func (i Int) Unary(th *Thread, op ast.Op) (Value, error) {
	switch op {
	case ast.USub:
		if i == math.MinInt64 {
			return NewBigInt(new(big.Int).Neg(big.NewInt(int64(i)))), nil
		}
		return MakeInt(-int64(i)), nil
	case ast.UAdd:
		return i, nil
	case ast.Invert:
		return MakeInt(^int64(i)), nil
	}
	return nil, errBadUnary(op, i)
}

// Unary implements -x, +x and ~x.
func (b *BigInt) Unary(th *Thread, op ast.Op) (Value, error) {
	switch op {
	case ast.USub:
		return NewBigInt(new(big.Int).Neg(b.v)), nil
	case ast.UAdd:
		return b, nil
	case ast.Invert:
		return NewBigInt(new(big.Int).Not(b.v)), nil
	}
	return nil, errBadUnary(op, b)
}

// cmpBool turns a three-way comparison result into the Bool for op.
func cmpBool(op ast.Op, c int) Value {
	switch op {
	case ast.Eq:
		return Bool(c == 0)
	case ast.NotEq:
		return Bool(c != 0)
	case ast.Lt:
		return Bool(c < 0)
	case ast.LtE:
		return Bool(c <= 0)
	case ast.Gt:
		return Bool(c > 0)
	case ast.GtE:
		return Bool(c >= 0)
	}
	return NotImplemented
}

func cmpInt64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// numCompare compares two numbers exactly (an int against a float
// compares the exact values, as CPython does). ok is false when a NaN
// makes them unordered.
func numCompare(a, b Value) (c int, ok bool) {
	x, xok := AsInt64(a)
	y, yok := AsInt64(b)
	if xok && yok {
		return cmpInt64(x, y), true
	}
	fa, aIsF := a.(Float)
	fb, bIsF := b.(Float)
	switch {
	case aIsF && bIsF:
		return cmpFloat(float64(fa), float64(fb))
	case aIsF:
		c, ok := cmpIntFloat(b, float64(fa))
		return -c, ok
	case bIsF:
		return cmpIntFloat(a, float64(fb))
	}
	return asBig(a).Cmp(asBig(b)), true
}

func cmpFloat(a, b float64) (int, bool) {
	switch {
	case a < b:
		return -1, true
	case a > b:
		return 1, true
	case a == b:
		return 0, true
	}
	return 0, false
}

// cmpIntFloat compares an int value with a float exactly.
func cmpIntFloat(i Value, f float64) (int, bool) {
	if math.IsNaN(f) {
		return 0, false
	}
	if math.IsInf(f, 0) {
		if f > 0 {
			return -1, true
		}
		return 1, true
	}
	if x, ok := AsInt64(i); ok && x >= -1<<53 && x <= 1<<53 {
		return cmpFloat(float64(x), f)
	}
	bf := new(big.Float).SetInt(asBig(i))
	return bf.Cmp(new(big.Float).SetFloat64(f)), true
}

// numCompareOp is the shared body of the numeric Compare methods.
func numCompareOp(op ast.Op, a, b Value) Value {
	if !isNumber(b) {
		return NotImplemented
	}
	c, ok := numCompare(a, b)
	if !ok {
		return Bool(op == ast.NotEq)
	}
	return cmpBool(op, c)
}

// Compare implements the rich comparisons with ints, bools and floats.
func (i Int) Compare(th *Thread, op ast.Op, other Value) (Value, error) {
	if o, ok := other.(Int); ok {
		return cmpBool(op, cmpInt64(int64(i), int64(o))), nil
	}
	return numCompareOp(op, i, other), nil
}

// Compare implements the rich comparisons with ints, bools and floats.
func (b *BigInt) Compare(th *Thread, op ast.Op, other Value) (Value, error) {
	return numCompareOp(op, b, other), nil
}

// numEqual is == between a number and anything (ok=false: not a number).
func numEqual(a, b Value) (eq, ok bool) {
	if !isNumber(b) {
		return false, false
	}
	c, ok := numCompare(a, b)
	return ok && c == 0, true
}

// Equal implements ==.
func (i Int) Equal(th *Thread, other Value) (bool, bool, error) {
	if o, ok := other.(Int); ok {
		return i == o, true, nil
	}
	eq, ok := numEqual(i, other)
	return eq, ok, nil
}

// Equal implements ==.
func (b *BigInt) Equal(th *Thread, other Value) (bool, bool, error) {
	eq, ok := numEqual(b, other)
	return eq, ok, nil
}

// Hash implements hash().
func (i Int) Hash(th *Thread) (int64, error) { return IntHash(int64(i)), nil }

// Hash implements hash().
func (b *BigInt) Hash(th *Thread) (int64, error) { return BigHash(b.v), nil }

// Repr implements repr() and str().
func (i Int) Repr(th *Thread) (string, error) { return strconv.FormatInt(int64(i), 10), nil }

// Repr implements repr() and str(); like CPython 3.11 it refuses to
// produce more than IntMaxStrDigits() digits.
func (b *BigInt) Repr(th *Thread) (string, error) {
	return bigDecimal(b.v)
}

// bigDecimal converts a big int to decimal, enforcing the digit limit.
func bigDecimal(v *big.Int) (string, error) {
	limit := IntMaxStrDigits()
	// A value of n bits has at least floor((n-1)*log10(2))+1 digits.
	if limit > 0 && float64(v.BitLen()-1)*0.30102999566398120 >= float64(limit) {
		return "", errStrDigits()
	}
	s := v.String()
	if limit > 0 {
		n := len(s)
		if v.Sign() < 0 {
			n--
		}
		if n > limit {
			return "", errStrDigits()
		}
	}
	return s, nil
}

func errStrDigits() error {
	return NewError(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", IntMaxStrDigits())
}

// errBadUnary is the TypeError for a unary operator a type lacks.
func errBadUnary(op ast.Op, v Value) error {
	return NewError(TypeErrorType, "bad operand type for unary %s: '%s'", op.String(), TypeName(v))
}
