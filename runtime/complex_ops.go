package runtime

import (
	"math"

	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/runtime/libm"
)

// Complex arithmetic follows CPython 3.11's complexobject.c: an int, bool
// or float operand becomes complex(x, 0.0) first; _Py_c_quot's scaled
// division; _Py_c_pow and c_powi (repeated squaring for integral
// exponents up to 100); _Py_c_abs. //, % and divmod() are not defined
// (TypeError), and neither is ordering.

var (
	_ HasBinary  = Complex(0)
	_ HasUnary   = Complex(0)
	_ HasEqual   = Complex(0)
	_ HasCompare = Complex(0)
)

// Binary implements + - * / ** with ints, bools, floats and complexes.
func (c Complex) Binary(th *Thread, op ast.Op, other Value, right bool) (Value, error) {
	if !isComplexOperand(other) {
		return NotImplemented, nil
	}
	o, err := toComplex(other)
	if err != nil {
		return nil, err
	}
	a, b := complex128(c), o
	if right {
		a, b = b, a
	}
	return complexBinary(op, a, b)
}

// complexBinary applies an arithmetic operator to two complex numbers.
func complexBinary(op ast.Op, a, b complex128) (Value, error) {
	switch op {
	case ast.Add:
		return NewComplex(real(a)+real(b), imag(a)+imag(b)), nil
	case ast.Sub:
		return NewComplex(real(a)-real(b), imag(a)-imag(b)), nil
	case ast.Mult:
		return Complex(cProd(a, b)), nil
	case ast.Div:
		q, ok := ComplexQuot(a, b)
		if !ok {
			return nil, NewError(ZeroDivisionErrorType, "complex division by zero")
		}
		return Complex(q), nil
	case ast.Pow:
		return ComplexPow(a, b)
	}
	return NotImplemented, nil
}

// cProd is _Py_c_prod. The explicit float64 conversions keep Go from
// fusing the multiplies and adds (CPython's C does not fuse them).
func cProd(a, b complex128) complex128 {
	re := float64(real(a)*real(b)) - float64(imag(a)*imag(b))
	im := float64(real(a)*imag(b)) + float64(imag(a)*real(b))
	return complex(re, im)
}

// ComplexQuot is _Py_c_quot, a / b; ok is false for a zero divisor.
func ComplexQuot(a, b complex128) (complex128, bool) {
	absRe, absIm := math.Abs(real(b)), math.Abs(imag(b))
	switch {
	case absRe >= absIm:
		if absRe == 0 {
			return 0, false
		}
		ratio := imag(b) / real(b)
		denom := real(b) + float64(imag(b)*ratio)
		return complex((real(a)+float64(imag(a)*ratio))/denom, (imag(a)-float64(real(a)*ratio))/denom), true
	case absIm >= absRe:
		ratio := real(b) / imag(b)
		denom := float64(real(b)*ratio) + imag(b)
		return complex((float64(real(a)*ratio)+imag(a))/denom, (float64(imag(a)*ratio)-real(a))/denom), true
	}
	nan := math.NaN()
	return complex(nan, nan), true
}

// ComplexPow is complex_pow: a ** b with CPython's ZeroDivisionError for
// 0 to a negative or complex power and OverflowError for an infinite
// result.
func ComplexPow(a, b complex128) (Value, error) {
	var p complex128
	zeroDiv := false
	if n := real(b); imag(b) == 0 && n == math.Trunc(n) && math.Abs(n) <= 100 {
		p, zeroDiv = cPowi(a, int(n))
	} else {
		p, zeroDiv = cPow(a, b)
	}
	if zeroDiv {
		return nil, NewError(ZeroDivisionErrorType, "0.0 to a negative or complex power")
	}
	if math.IsInf(real(p), 0) || math.IsInf(imag(p), 0) {
		return nil, NewError(OverflowErrorType, "complex exponentiation")
	}
	return Complex(p), nil
}

// cPow is _Py_c_pow; zeroDiv reports 0 raised to a negative or complex
// power.
func cPow(a, b complex128) (r complex128, zeroDiv bool) {
	if b == 0 {
		return 1, false
	}
	if a == 0 {
		return 0, imag(b) != 0 || real(b) < 0
	}
	vabs := libm.Hypot(real(a), imag(a))
	length := libm.Pow(vabs, real(b))
	at := libm.Atan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		length /= libm.Exp(at * imag(b))
		phase += float64(imag(b) * libm.Log(vabs))
	}
	return complex(length*libm.Cos(phase), length*libm.Sin(phase)), false
}

// cPowi is c_powi for |n| <= 100: repeated squaring, and 1/x**-n for a
// negative n.
func cPowi(x complex128, n int) (complex128, bool) {
	if n > 0 {
		return cPowu(x, n), false
	}
	q, ok := ComplexQuot(1, cPowu(x, -n))
	return q, !ok
}

// cPowu is c_powu: x**n for n >= 0.
func cPowu(x complex128, n int) complex128 {
	r, p := complex128(1), x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = cProd(r, p)
		}
		p = cProd(p, p)
	}
	return r
}

// ComplexAbs is abs() of a complex (_Py_c_abs), with CPython's
// OverflowError when the finite parts give an infinite modulus.
func ComplexAbs(c Complex) (Value, error) {
	re, im := c.Real(), c.Imag()
	switch {
	case math.IsInf(re, 0):
		return Float(math.Abs(re)), nil
	case math.IsInf(im, 0):
		return Float(math.Abs(im)), nil
	case math.IsNaN(re) || math.IsNaN(im):
		return Float(math.NaN()), nil
	}
	r := libm.Hypot(re, im)
	if math.IsInf(r, 0) {
		return nil, NewError(OverflowErrorType, "absolute value too large")
	}
	return Float(r), nil
}

// Unary implements -x and +x.
func (c Complex) Unary(th *Thread, op ast.Op) (Value, error) {
	switch op {
	case ast.USub:
		return NewComplex(-c.Real(), -c.Imag()), nil
	case ast.UAdd:
		return c, nil
	}
	return nil, errBadUnary(op, c)
}

// Equal implements == with ints, floats and complexes (an int compares
// exactly with the real part).
func (c Complex) Equal(th *Thread, other Value) (bool, bool, error) {
	if o, ok := other.(Complex); ok {
		return c == o, true, nil
	}
	if !isNumber(other) {
		return false, false, nil
	}
	if c.Imag() != 0 {
		return false, true, nil
	}
	eq, _ := numEqual(Float(c.Real()), other)
	return eq, true, nil
}

// Compare implements == and != (the ordering operators are not defined
// for complex numbers: NotImplemented gives CPython's TypeError).
func (c Complex) Compare(th *Thread, op ast.Op, other Value) (Value, error) {
	if op != ast.Eq && op != ast.NotEq {
		return NotImplemented, nil
	}
	eq, ok, err := c.Equal(th, other)
	if err != nil || !ok {
		return NotImplemented, err
	}
	return Bool(eq == (op == ast.Eq)), nil
}

// complexModulo reports whether pow(base, exp, mod) reaches complex's
// power (one argument is complex) with a base and exponent it converts:
// CPython's complex_pow then refuses the modulus with ValueError.
func complexModulo(base, exp, mod Value) bool {
	_, bc := base.(Complex)
	_, ec := exp.(Complex)
	_, mc := mod.(Complex)
	return (bc || ec || mc) && isComplexOperand(base) && isComplexOperand(exp)
}

// lacksComplexOp reports whether v is a complex and op one of the
// operators complex does not define (no (1j).__floordiv__).
func lacksComplexOp(v Value, op ast.Op) bool {
	if !isComplex(v) {
		return false
	}
	switch op {
	case ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow:
		return false
	}
	return true
}
