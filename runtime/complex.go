package runtime

import (
	"math"
)

// Complex is a Python complex number. Its parts are float64s, stored as a
// Go complex128; the arithmetic (complex_ops.go) is written out part by
// part after CPython's complexobject.c rather than left to Go's operators,
// whose division algorithm and fused multiply-adds give different last
// bits than CPython.
type Complex complex128

// ComplexType is `complex`.
var ComplexType = NewBuiltinType("complex", nil)

var (
	_ HasRepr   = Complex(0)
	_ HasHash   = Complex(0)
	_ HasTruth  = Complex(0)
	_ HasAttrs  = Complex(0)
	_ HasFormat = Complex(0)
)

// Type returns ComplexType.
func (Complex) Type() *Type { return ComplexType }

// NewComplex makes the complex number re + im*j.
func NewComplex(re, im float64) Complex { return Complex(complex(re, im)) }

// Real is the real part.
func (c Complex) Real() float64 { return real(complex128(c)) }

// Imag is the imaginary part.
func (c Complex) Imag() float64 { return imag(complex128(c)) }

// Truth implements bool(): false only for 0j.
func (c Complex) Truth(th *Thread) (bool, error) { return c != 0, nil }

// hashImag is CPython's _PyHASH_IMAG, the multiplier of the imaginary
// part's hash.
const hashImag = 1000003

// Hash implements hash(): a complex with a zero imaginary part hashes like
// its real part (hash(1+0j) == hash(1)).
func (c Complex) Hash(th *Thread) (int64, error) {
	h := uint64(FloatHash(c.Real())) + hashImag*uint64(FloatHash(c.Imag()))
	if int64(h) == -1 {
		return -2, nil
	}
	return int64(h), nil
}

// Repr implements repr() and str() as CPython's complex_repr: the parts
// in repr form without a forced ".0", parentheses unless the real part
// is +0.
func (c Complex) Repr(th *Thread) (string, error) {
	re, im := c.Real(), c.Imag()
	if re == 0 && !math.Signbit(re) {
		return string(appendComplexPart(nil, im, false)) + "j", nil
	}
	b := make([]byte, 0, 48)
	b = append(b, '(')
	b = appendComplexPart(b, re, false)
	b = appendComplexPart(b, im, true)
	return string(append(b, "j)"...)), nil
}

// appendComplexPart appends one part in repr('r') form without ".0"
// (1, 2.5, 1e+16, inf, nan), with a '+' before non-negative values when
// sign is set (CPython's Py_DTSF_SIGN).
func appendComplexPart(b []byte, f float64, sign bool) []byte {
	if math.IsNaN(f) {
		if sign {
			b = append(b, '+')
		}
		return append(b, "nan"...)
	}
	if math.Signbit(f) {
		b = append(b, '-')
		f = -f
	} else if sign {
		b = append(b, '+')
	}
	if math.IsInf(f, 0) {
		return append(b, "inf"...)
	}
	return appendShortRepr(b, f, false)
}

// appendShortRepr appends f >= 0 (finite) in repr form without a forced
// ".0" (CPython's 'r' format code without Py_DTSF_ADD_DOT_0); alt is the
// '#' flag (a decimal point always).
func appendShortRepr(b []byte, f float64, alt bool) []byte {
	var dbuf [32]byte
	digits, decpt := floatDigits(dbuf[:0], f, -1)
	return appendFloatLayout(b, digits, decpt, decpt <= -4 || decpt > 16, 0, false, alt, 'e')
}

// GetAttr provides real and imag.
func (c Complex) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "real":
		return Float(c.Real()), nil
	case "imag":
		return Float(c.Imag()), nil
	}
	return nil, nil
}

// complexOf returns the complex value of a complex or of an instance of
// a subclass of complex.
func complexOf(v Value) (Complex, bool) {
	switch x := v.(type) {
	case Complex:
		return x, true
	case *Instance:
		if c, ok := x.BaseValue().(Complex); ok {
			return c, true
		}
	}
	return 0, false
}

// complexSelf is the receiver of a complex method.
func complexSelf(v Value) Complex {
	c, _ := complexOf(v)
	return c
}

// isComplex reports whether v is a complex number.
func isComplex(v Value) bool {
	_, ok := v.(Complex)
	return ok
}

// isComplexOperand reports whether v converts to complex in arithmetic
// with a complex: int, bool, float or complex.
func isComplexOperand(v Value) bool { return isComplex(v) || isNumber(v) }

// toComplex converts an int, bool, float or complex to complex128 (an int
// too large for a float is CPython's OverflowError).
func toComplex(v Value) (complex128, error) {
	if c, ok := v.(Complex); ok {
		return complex128(c), nil
	}
	f, err := toFloat(v)
	return complex(f, 0), err
}

func init() {
	ComplexType.New = newComplex
	ComplexType.AddMethods(
		NewMethod("conjugate", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := methNoArgs("conjugate", args, kwargs); err != nil {
				return nil, err
			}
			c := complexSelf(self)
			return NewComplex(c.Real(), -c.Imag()), nil
		}),
		NewMethod("__complex__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := methNoArgs("__complex__", args, kwargs); err != nil {
				return nil, err
			}
			return complexSelf(self), nil
		}),
		NewMethod("__getnewargs__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := methNoArgs("__getnewargs__", args, kwargs); err != nil {
				return nil, err
			}
			c := complexSelf(self)
			return NewTuple([]Value{Float(c.Real()), Float(c.Imag())}), nil
		}),
		NewMethod("__format__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var spec string
			if err := UnpackArgs("__format__", args, kwargs, "format_spec", &spec); err != nil {
				return nil, err
			}
			s, err := complexSelf(self).Format(th, spec)
			return Str(s), err
		}),
	)
}
