package runtime

import (
	"math"
	"math/big"
	"strconv"

	"github.com/spindle-lang/spindle/ast"
)

// Numeric helpers behind the builtins divmod(), pow() and round().

// DivMod is divmod(a, b) for numbers; other operands give CPython's
// TypeError (user types with __divmod__ are the caller's business).
func DivMod(th *Thread, a, b Value) (Value, error) {
	if !isNumber(a) || !isNumber(b) {
		return nil, NewError(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", TypeName(a), TypeName(b))
	}
	_, af := a.(Float)
	_, bf := b.(Float)
	if af || bf {
		x, err := toFloat(a)
		if err != nil {
			return nil, err
		}
		y, err := toFloat(b)
		if err != nil {
			return nil, err
		}
		if y == 0 {
			return nil, NewError(ZeroDivisionErrorType, "float divmod()")
		}
		q, r := floatDivMod(x, y)
		return NewTuple([]Value{Float(q), Float(r)}), nil
	}
	x, xok := AsInt64(a)
	y, yok := AsInt64(b)
	if xok && yok {
		if y == 0 {
			return nil, errIntDivZero()
		}
		if q, r, ok := floorDivMod(x, y); ok {
			return NewTuple([]Value{MakeInt(q), MakeInt(r)}), nil
		}
	}
	bb := asBig(b)
	if bb.Sign() == 0 {
		return nil, errIntDivZero()
	}
	q, r := bigFloorDivMod(asBig(a), bb)
	return NewTuple([]Value{NewBigInt(q), NewBigInt(r)}), nil
}

// Pow is pow(base, exp, mod). With mod nil or None it is base ** exp for
// numbers (the builtin should use BinaryOp(ast.Pow) for other types);
// with a modulus every argument must be an int.
func Pow(th *Thread, base, exp, mod Value) (Value, error) {
	if mod == nil || mod == None {
		if !isNumber(base) || !isNumber(exp) {
			return nil, NewError(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", TypeName(base), TypeName(exp))
		}
		return numBinary(ast.Pow, base, exp)
	}
	if complexModulo(base, exp, mod) {
		return nil, NewError(ValueErrorType, "complex modulo")
	}
	if !isNumber(base) || !isNumber(exp) || !isNumber(mod) {
		return nil, NewError(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", TypeName(base), TypeName(exp), TypeName(mod))
	}
	if !IsIntValue(base) || !IsIntValue(exp) || !IsIntValue(mod) {
		return nil, NewError(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	m := asBig(mod)
	if m.Sign() == 0 {
		return nil, NewError(ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	am := new(big.Int).Abs(m)
	if am.Cmp(bigOne) == 0 {
		return MakeInt(0), nil
	}
	b := new(big.Int).Mod(asBig(base), am) // Mod is Euclidean: 0 <= b < |m|
	e := asBig(exp)
	if e.Sign() < 0 {
		inv := new(big.Int).ModInverse(b, am)
		if inv == nil {
			return nil, NewError(ValueErrorType, "base is not invertible for the given modulus")
		}
		b = inv
		e = new(big.Int).Neg(e)
	}
	r := new(big.Int).Exp(b, e, am)
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return NewBigInt(r), nil
}

// RoundValue is round(v, ndigits) for numbers; ndigits nil or None rounds
// to an int. Ties go to even; float rounding is exact (decided on the
// float's exact binary value, like CPython's dtoa-based round).
func RoundValue(th *Thread, v Value, ndigits Value) (Value, error) {
	if !isNumber(v) {
		return nil, NewError(TypeErrorType, "type %s doesn't define __round__ method", TypeName(v))
	}
	if ndigits == nil || ndigits == None {
		switch x := v.(type) {
		case Float:
			return floatToInt(math.RoundToEven(float64(x)))
		case Bool:
			return MakeInt(boolToInt64(x)), nil
		}
		return v, nil
	}
	var nd int
	switch n := ndigits.(type) {
	case *BigInt:
		if n.v.Sign() > 0 {
			nd = math.MaxInt32
		} else {
			nd = math.MinInt32
		}
	default:
		var err error
		if nd, err = IndexInt(ndigits); err != nil {
			return nil, err
		}
	}
	if f, ok := v.(Float); ok {
		r, err := roundFloat(float64(f), nd)
		return Float(r), err
	}
	if b, ok := v.(Bool); ok {
		v = MakeInt(boolToInt64(b))
	}
	if nd >= 0 {
		return v, nil
	}
	return roundIntDigits(asBig(v), -nd), nil
}

// roundIntDigits rounds x to a multiple of 10**k, ties to even.
func roundIntDigits(x *big.Int, k int) Value {
	if k > 100000 {
		return MakeInt(0)
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
	q, r := bigFloorDivMod(x, p)
	r2 := new(big.Int).Lsh(r, 1)
	if c := r2.Cmp(p); c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, bigOne)
	}
	return NewBigInt(q.Mul(q, p))
}

// roundFloat is round(x, nd) for floats.
func roundFloat(x float64, nd int) (float64, error) {
	if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
		return x, nil
	}
	if nd > 323 {
		return x, nil
	}
	if nd < -308 {
		return math.Copysign(0, x), nil
	}
	var r float64
	if nd >= 0 {
		var buf [400]byte
		s := strconv.AppendFloat(buf[:0], x, 'f', nd, 64)
		r, _ = strconv.ParseFloat(string(s), 64)
	} else {
		// Exact: x / 10**-nd rounded half-even, times 10**-nd.
		rat := new(big.Rat).SetFloat64(x)
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-nd)), nil)
		rat.Quo(rat, new(big.Rat).SetInt(p))
		q, rem := new(big.Int).QuoRem(rat.Num(), rat.Denom(), new(big.Int))
		rem.Abs(rem).Lsh(rem, 1)
		if c := rem.Cmp(rat.Denom()); c > 0 || (c == 0 && q.Bit(0) == 1) {
			if x < 0 {
				q.Sub(q, bigOne)
			} else {
				q.Add(q, bigOne)
			}
		}
		q.Mul(q, p)
		r, _ = new(big.Float).SetInt(q).Float64()
	}
	if math.IsInf(r, 0) {
		return 0, NewError(OverflowErrorType, "rounded value too large to represent")
	}
	return math.Copysign(r, x), nil
}

func init() {
	round := func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
		var nd Value
		if err := UnpackArgs("__round__", args, kwargs, "ndigits?", &nd); err != nil {
			return nil, err
		}
		return RoundValue(th, self, nd)
	}
	format := func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
		var spec string
		if err := UnpackArgs("__format__", args, kwargs, "format_spec", &spec); err != nil {
			return nil, err
		}
		s, err := FormatSpec(th, self, spec)
		return Str(s), err
	}
	IntType.AddMethods(NewMethod("__round__", round), NewMethod("__format__", format))
	FloatType.AddMethods(NewMethod("__round__", round), NewMethod("__format__", format))
}
