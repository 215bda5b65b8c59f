package runtime

import (
	"math"

	"github.com/spindle-lang/spindle/ast"
)

// Float arithmetic follows CPython's floatobject.c: the same zero-division
// messages, Python's sign rules for // and %, and float_pow's special
// cases. A negative float raised to a non-integral power is a complex
// number, as in CPython (floatBinary hands it to ComplexPow; FloatPow
// itself, for callers that need a float, raises ValueError).

var (
	_ HasBinary  = Float(0)
	_ HasUnary   = Float(0)
	_ HasCompare = Float(0)
	_ HasEqual   = Float(0)
	_ HasHash    = Float(0)
	_ HasRepr    = Float(0)
)

// floatBinary applies an arithmetic operator to two floats.
func floatBinary(op ast.Op, a, b float64) (Value, error) {
	switch op {
	case ast.Add:
		return Float(a + b), nil
	case ast.Sub:
		return Float(a - b), nil
	case ast.Mult:
		return Float(a * b), nil
	case ast.Div:
		if b == 0 {
			return nil, NewError(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(a / b), nil
	case ast.FloorDiv:
		if b == 0 {
			return nil, NewError(ZeroDivisionErrorType, "float floor division by zero")
		}
		q, _ := floatDivMod(a, b)
		return Float(q), nil
	case ast.Mod:
		if b == 0 {
			return nil, NewError(ZeroDivisionErrorType, "float modulo")
		}
		return Float(floatMod(a, b)), nil
	case ast.Pow:
		if negativeFractionalPow(a, b) {
			return ComplexPow(complex(a, 0), complex(b, 0))
		}
		r, err := FloatPow(a, b)
		if err != nil {
			return nil, err
		}
		return Float(r), nil
	}
	return NotImplemented, nil
}

// floatMod is Python's a % b for floats (b != 0): the result has b's sign.
func floatMod(a, b float64) float64 {
	mod := math.Mod(a, b)
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
		}
	} else {
		mod = math.Copysign(0, b)
	}
	return mod
}

// floatDivMod is CPython's float_divmod (b != 0).
func floatDivMod(a, b float64) (div, mod float64) {
	mod = math.Mod(a, b)
	div = (a - mod) / b
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, b)
	}
	if div != 0 {
		floordiv := math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
		div = floordiv
	} else {
		div = math.Copysign(0, a/b)
	}
	return div, mod
}

// negativeFractionalPow reports whether a ** b has a complex result: a
// finite negative base and a finite non-integral exponent.
func negativeFractionalPow(a, b float64) bool {
	return a < 0 && !math.IsInf(a, 0) && !math.IsInf(b, 0) && !math.IsNaN(b) && b != math.Floor(b)
}

func isOddInteger(f float64) bool {
	return math.Mod(math.Abs(f), 2) == 1
}

// FloatPow is CPython's float_pow: x ** y on two floats, with its
// ZeroDivisionError, ValueError and OverflowError.
func FloatPow(iv, iw float64) (float64, error) {
	if iw == 0 {
		return 1, nil
	}
	if math.IsNaN(iv) {
		return iv, nil
	}
	if math.IsNaN(iw) {
		if iv == 1 {
			return 1, nil
		}
		return iw, nil
	}
	if math.IsInf(iw, 0) {
		iv = math.Abs(iv)
		if iv == 1 {
			return 1, nil
		}
		if (iw > 0) == (iv > 1) {
			return math.Abs(iw), nil
		}
		return 0, nil
	}
	if math.IsInf(iv, 0) {
		odd := isOddInteger(iw)
		if iw > 0 {
			if odd {
				return iv, nil
			}
			return math.Abs(iv), nil
		}
		if odd {
			return math.Copysign(0, iv), nil
		}
		return 0, nil
	}
	if iv == 0 {
		odd := isOddInteger(iw)
		if iw < 0 {
			return 0, NewError(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		if odd {
			return iv, nil
		}
		return 0, nil
	}
	negate := false
	if iv < 0 {
		if iw != math.Floor(iw) {
			return 0, NewError(ValueErrorType, "negative number cannot be raised to a fractional power")
		}
		iv = -iv
		negate = isOddInteger(iw)
	}
	if iv == 1 {
		if negate {
			return -1, nil
		}
		return 1, nil
	}
	r := PowFloat(iv, iw)
	if math.IsInf(r, 0) {
		return 0, NewException(OverflowErrorType, Int(34), Str("Numerical result out of range"))
	}
	if negate {
		r = -r
	}
	return r, nil
}

// Binary implements the arithmetic operators with ints, bools and floats.
func (f Float) Binary(th *Thread, op ast.Op, other Value, right bool) (Value, error) {
	if o, ok := other.(Float); ok {
		if right {
			return floatBinary(op, float64(o), float64(f))
		}
		return floatBinary(op, float64(f), float64(o))
	}
	return numBinaryOrdered(th, op, f, other, right)
}

// Unary implements -x and +x.
func (f Float) Unary(th *Thread, op ast.Op) (Value, error) {
	switch op {
	case ast.USub:
		return -f, nil
	case ast.UAdd:
		return f, nil
	}
	return nil, errBadUnary(op, f)
}

// Compare implements the rich comparisons (exact against ints).
func (f Float) Compare(th *Thread, op ast.Op, other Value) (Value, error) {
	return numCompareOp(op, f, other), nil
}

// Equal implements ==.
func (f Float) Equal(th *Thread, other Value) (bool, bool, error) {
	if o, ok := other.(Float); ok {
		return f == o, true, nil
	}
	eq, ok := numEqual(f, other)
	return eq, ok, nil
}

// Hash implements hash(): integral floats hash like the equal int.
func (f Float) Hash(th *Thread) (int64, error) { return FloatHash(float64(f)), nil }

// Repr implements repr() and str(): the shortest string that round-trips.
func (f Float) Repr(th *Thread) (string, error) { return FloatRepr(float64(f)), nil }
