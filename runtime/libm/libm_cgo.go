//go:build cgo

package libm

// #cgo LDFLAGS: -lm
// #include <math.h>
import "C"

// Exp is exp(x).
func Exp(x float64) float64 { return float64(C.exp(C.double(x))) }

// Exp2 is exp2(x).
func Exp2(x float64) float64 { return float64(C.exp2(C.double(x))) }

// Expm1 is expm1(x).
func Expm1(x float64) float64 { return float64(C.expm1(C.double(x))) }

// Log is log(x).
func Log(x float64) float64 { return float64(C.log(C.double(x))) }

// Log2 is log2(x).
func Log2(x float64) float64 { return float64(C.log2(C.double(x))) }

// Log10 is log10(x).
func Log10(x float64) float64 { return float64(C.log10(C.double(x))) }

// Log1p is log1p(x).
func Log1p(x float64) float64 { return float64(C.log1p(C.double(x))) }

// Sin is sin(x).
func Sin(x float64) float64 { return float64(C.sin(C.double(x))) }

// Cos is cos(x).
func Cos(x float64) float64 { return float64(C.cos(C.double(x))) }

// Tan is tan(x).
func Tan(x float64) float64 { return float64(C.tan(C.double(x))) }

// Asin is asin(x).
func Asin(x float64) float64 { return float64(C.asin(C.double(x))) }

// Acos is acos(x).
func Acos(x float64) float64 { return float64(C.acos(C.double(x))) }

// Atan is atan(x).
func Atan(x float64) float64 { return float64(C.atan(C.double(x))) }

// Atan2 is atan2(y, x).
func Atan2(y, x float64) float64 { return float64(C.atan2(C.double(y), C.double(x))) }

// Sinh is sinh(x).
func Sinh(x float64) float64 { return float64(C.sinh(C.double(x))) }

// Cosh is cosh(x).
func Cosh(x float64) float64 { return float64(C.cosh(C.double(x))) }

// Tanh is tanh(x).
func Tanh(x float64) float64 { return float64(C.tanh(C.double(x))) }

// Asinh is asinh(x).
func Asinh(x float64) float64 { return float64(C.asinh(C.double(x))) }

// Acosh is acosh(x).
func Acosh(x float64) float64 { return float64(C.acosh(C.double(x))) }

// Atanh is atanh(x).
func Atanh(x float64) float64 { return float64(C.atanh(C.double(x))) }

// Erf is erf(x).
func Erf(x float64) float64 { return float64(C.erf(C.double(x))) }

// Erfc is erfc(x).
func Erfc(x float64) float64 { return float64(C.erfc(C.double(x))) }

// Cbrt is cbrt(x).
func Cbrt(x float64) float64 { return float64(C.cbrt(C.double(x))) }

// Hypot is hypot(x, y) (what CPython's abs() of a complex and cmath
// call; math.hypot has its own algorithm).
func Hypot(x, y float64) float64 { return float64(C.hypot(C.double(x), C.double(y))) }

// Pow is pow(x, y).
func Pow(x, y float64) float64 { return float64(C.pow(C.double(x), C.double(y))) }

// Native reports that the functions of this package are the C library's.
const Native = true
