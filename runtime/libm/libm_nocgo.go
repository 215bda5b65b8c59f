//go:build !cgo

package libm

import "math"

// Without cgo, Go's math package stands in for libm (see the package
// comment: results may differ from CPython's in the last ulp).

var (
	Exp   = math.Exp
	Exp2  = math.Exp2
	Expm1 = math.Expm1
	Log   = math.Log
	Log2  = math.Log2
	Log10 = math.Log10
	Log1p = math.Log1p
	Sin   = math.Sin
	Cos   = math.Cos
	Tan   = math.Tan
	Asin  = math.Asin
	Acos  = math.Acos
	Atan  = math.Atan
	Atan2 = math.Atan2
	Sinh  = math.Sinh
	Cosh  = math.Cosh
	Tanh  = math.Tanh
	Asinh = math.Asinh
	Acosh = math.Acosh
	Atanh = math.Atanh
	Erf   = math.Erf
	Erfc  = math.Erfc
	Cbrt  = math.Cbrt
	Pow   = math.Pow
	Hypot = math.Hypot
)

// Native reports that the functions of this package are the C library's.
const Native = false
