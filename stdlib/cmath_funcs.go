package stdlib

import (
	"math"

	"github.com/spindle-lang/spindle/runtime/libm"
)

// The cmath functions proper, each after its counterpart in CPython
// 3.11's cmathmodule.c. The products are converted to float64 one by one
// so that Go never fuses a multiply and an add (C does not, and a fused
// operation changes the last bit).

var (
	cmInf     = math.Inf(1)
	cmNaN     = math.NaN()
	cmNegZero = math.Copysign(0, -1)

	cmLn2  = 0.6931471805599453094 // M_LN2
	cmLn10 = 2.302585092994045684  // M_LN10

	// cmLarge bounds the arguments handled by the plain formulas: beyond
	// it the scaled ones avoid spurious overflow.
	cmLarge      = math.MaxFloat64 / 4
	cmSqrtLarge  = math.Sqrt(cmLarge)
	cmLogLarge   = libm.Log(cmLarge)
	cmDblMin     = 2.2250738585072014e-308 // smallest normal float64
	cmSqrtDblMin = math.Sqrt(cmDblMin)
	cmMantDig    = 53
	cmScaleUp    = 2*(cmMantDig/2) + 1
	cmScaleDown  = -(cmScaleUp + 1) / 2
	cmMantLn2    = float64(cmMantDig) * cmLn2
)

// cmathClass is the index of x in the special-value tables.
func cmathClass(x float64) int {
	switch {
	case math.IsNaN(x):
		return 6
	case math.IsInf(x, -1):
		return 0
	case math.IsInf(x, 1):
		return 5
	case x == 0:
		if math.Signbit(x) {
			return 2
		}
		return 3
	case x < 0:
		return 1
	}
	return 4
}

// special returns table's result for z when a part of z is not finite.
func special(table *[7][7]complex128, z complex128) (complex128, bool) {
	if isFinite(real(z)) && isFinite(imag(z)) {
		return 0, false
	}
	return table[cmathClass(real(z))][cmathClass(imag(z))], true
}

// viaHyperbolic is f(z) = -i g(iz), for asin, atan, sin and tan through
// asinh, atanh, sinh and tanh.
func viaHyperbolic(g func(complex128) (complex128, cmathErr), z complex128) (complex128, cmathErr) {
	s, e := g(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s)), e
}

func cmAcos(z complex128) (complex128, cmathErr) {
	if r, ok := special(&cmAcosSpecial, z); ok {
		return r, cmOK
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > cmLarge || math.Abs(y) > cmLarge {
		re := libm.Atan2(math.Abs(y), x)
		im := -math.Copysign(libm.Log(libm.Hypot(x/2, y/2))+cmLn2*2, y)
		return complex(re, im), cmOK
	}
	s1, _ := cmSqrt(complex(1-x, -y))
	s2, _ := cmSqrt(complex(1+x, y))
	re := 2 * libm.Atan2(real(s1), real(s2))
	im := libm.Asinh(float64(real(s2)*imag(s1)) - float64(imag(s2)*real(s1)))
	return complex(re, im), cmOK
}

func cmAcosh(z complex128) (complex128, cmathErr) {
	if r, ok := special(&cmAcoshSpecial, z); ok {
		return r, cmOK
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > cmLarge || math.Abs(y) > cmLarge {
		return complex(libm.Log(libm.Hypot(x/2, y/2))+cmLn2*2, libm.Atan2(y, x)), cmOK
	}
	s1, _ := cmSqrt(complex(x-1, y))
	s2, _ := cmSqrt(complex(x+1, y))
	re := libm.Asinh(float64(real(s1)*real(s2)) + float64(imag(s1)*imag(s2)))
	im := 2 * libm.Atan2(imag(s1), real(s2))
	return complex(re, im), cmOK
}

func cmAsin(z complex128) (complex128, cmathErr) { return viaHyperbolic(cmAsinh, z) }

func cmAsinh(z complex128) (complex128, cmathErr) {
	if r, ok := special(&cmAsinhSpecial, z); ok {
		return r, cmOK
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > cmLarge || math.Abs(y) > cmLarge {
		l := libm.Log(libm.Hypot(x/2, y/2)) + cmLn2*2
		re := math.Copysign(l, x)
		if y < 0 {
			re = -math.Copysign(l, -x)
		}
		return complex(re, libm.Atan2(y, math.Abs(x))), cmOK
	}
	s1, _ := cmSqrt(complex(1+y, -x))
	s2, _ := cmSqrt(complex(1-y, x))
	re := libm.Asinh(float64(real(s1)*imag(s2)) - float64(real(s2)*imag(s1)))
	im := libm.Atan2(y, float64(real(s1)*real(s2))-float64(imag(s1)*imag(s2)))
	return complex(re, im), cmOK
}

func cmAtan(z complex128) (complex128, cmathErr) { return viaHyperbolic(cmAtanh, z) }

func cmAtanh(z complex128) (complex128, cmathErr) {
	if r, ok := special(&cmAtanhSpecial, z); ok {
		return r, cmOK
	}
	x, y := real(z), imag(z)
	if x < 0 {
		r, e := cmAtanh(complex(-x, -y))
		return complex(-real(r), -imag(r)), e
	}
	ay := math.Abs(y)
	switch {
	case x > cmSqrtLarge || ay > cmSqrtLarge:
		// atanh(z) ~ 1/z +/- i*pi/2 for large |z|.
		h := libm.Hypot(x/2, y/2)
		return complex(x/4/h/h, math.Copysign(math.Pi/2, y)), cmOK
	case x == 1 && ay < cmSqrtDblMin:
		if ay == 0 {
			return complex(cmInf, y), cmDomain
		}
		re := -libm.Log(math.Sqrt(ay) / math.Sqrt(libm.Hypot(ay, 2)))
		return complex(re, math.Copysign(libm.Atan2(2, -ay)/2, y)), cmOK
	}
	re := libm.Log1p(4*x/(float64((1-x)*(1-x))+float64(ay*ay))) / 4
	im := -libm.Atan2(-2*y, float64((1-x)*(1+x))-float64(ay*ay)) / 2
	return complex(re, im), cmOK
}

func cmCos(z complex128) (complex128, cmathErr) {
	return cmCosh(complex(-imag(z), real(z)))
}

// infinite returns the parts for f(±inf + iy), y finite and nonzero,
// of exp, cosh and sinh: infinities with the signs of cos(y) and sin(y)
// (negated as the flags say).
func infinite(y float64, negRe, negIm bool) complex128 {
	re, im := math.Copysign(cmInf, libm.Cos(y)), math.Copysign(cmInf, libm.Sin(y))
	if negRe {
		re = -re
	}
	if negIm {
		im = -im
	}
	return complex(re, im)
}

// overflow is ERANGE when a part of r is infinite.
func overflow(r complex128) cmathErr {
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return cmRange
	}
	return cmOK
}

func cmCosh(z complex128) (complex128, cmathErr) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		var r complex128
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			r = infinite(y, false, x < 0)
		} else {
			r, _ = special(&cmCoshSpecial, z)
		}
		if math.IsInf(y, 0) && !math.IsNaN(x) {
			return r, cmDomain
		}
		return r, cmOK
	}
	var r complex128
	if math.Abs(x) > cmLogLarge {
		// cosh(x) overflows although cosh(z) may not.
		xm1 := x - math.Copysign(1, x)
		r = complex(float64(libm.Cos(y)*libm.Cosh(xm1))*math.E, float64(libm.Sin(y)*libm.Sinh(xm1))*math.E)
	} else {
		r = complex(libm.Cos(y)*libm.Cosh(x), libm.Sin(y)*libm.Sinh(x))
	}
	return r, overflow(r)
}

func cmExp(z complex128) (complex128, cmathErr) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		var r complex128
		switch {
		case math.IsInf(x, 1) && isFinite(y) && y != 0:
			r = infinite(y, false, false)
		case math.IsInf(x, -1) && isFinite(y) && y != 0:
			r = complex(math.Copysign(0, libm.Cos(y)), math.Copysign(0, libm.Sin(y)))
		default:
			r, _ = special(&cmExpSpecial, z)
		}
		if math.IsInf(y, 0) && (isFinite(x) || math.IsInf(x, 1)) {
			return r, cmDomain
		}
		return r, cmOK
	}
	var r complex128
	if x > cmLogLarge {
		l := libm.Exp(x - 1)
		r = complex(float64(l*libm.Cos(y))*math.E, float64(l*libm.Sin(y))*math.E)
	} else {
		l := libm.Exp(x)
		r = complex(l*libm.Cos(y), l*libm.Sin(y))
	}
	return r, overflow(r)
}

// cmLog is c_log: log|z| computed with rescaling for tiny and huge |z|
// and through log1p when |z| is near 1.
func cmLog(z complex128) (complex128, cmathErr) {
	if r, ok := special(&cmLogSpecial, z); ok {
		return r, cmOK
	}
	x, y := real(z), imag(z)
	ax, ay := math.Abs(x), math.Abs(y)
	var re float64
	switch {
	case ax > cmLarge || ay > cmLarge:
		re = libm.Log(libm.Hypot(ax/2, ay/2)) + cmLn2
	case ax < cmDblMin && ay < cmDblMin:
		if ax == 0 && ay == 0 {
			return complex(-cmInf, libm.Atan2(y, x)), cmDomain
		}
		re = libm.Log(libm.Hypot(math.Ldexp(ax, cmMantDig), math.Ldexp(ay, cmMantDig))) - cmMantLn2
	default:
		h := libm.Hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := max(ax, ay), min(ax, ay)
			re = libm.Log1p(float64((am-1)*(am+1))+float64(an*an)) / 2
		} else {
			re = libm.Log(h)
		}
	}
	return complex(re, libm.Atan2(y, x)), cmOK
}

func cmLog10(z complex128) (complex128, cmathErr) {
	r, e := cmLog(z)
	return complex(real(r)/cmLn10, imag(r)/cmLn10), e
}

func cmSin(z complex128) (complex128, cmathErr) { return viaHyperbolic(cmSinh, z) }

func cmSinh(z complex128) (complex128, cmathErr) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		var r complex128
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			r = infinite(y, x < 0, false)
		} else {
			r, _ = special(&cmSinhSpecial, z)
		}
		if math.IsInf(y, 0) && !math.IsNaN(x) {
			return r, cmDomain
		}
		return r, cmOK
	}
	var r complex128
	if math.Abs(x) > cmLogLarge {
		xm1 := x - math.Copysign(1, x)
		r = complex(float64(libm.Cos(y)*libm.Sinh(xm1))*math.E, float64(libm.Sin(y)*libm.Cosh(xm1))*math.E)
	} else {
		r = complex(libm.Cos(y)*libm.Sinh(x), libm.Sin(y)*libm.Cosh(x))
	}
	return r, overflow(r)
}

// cmSqrt works on |x|, |y|: s = sqrt((|x| + hypot(x, y))/2) computed as
// 2*sqrt(|x|/8 + hypot(x/8, y/8)) against overflow, with subnormal
// arguments scaled up first; d = |y|/(2s).
func cmSqrt(z complex128) (complex128, cmathErr) {
	if r, ok := special(&cmSqrtSpecial, z); ok {
		return r, cmOK
	}
	x, y := real(z), imag(z)
	if x == 0 && y == 0 {
		return complex(0, y), cmOK
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var s float64
	if ax < cmDblMin && ay < cmDblMin {
		ax = math.Ldexp(ax, cmScaleUp)
		s = math.Ldexp(math.Sqrt(ax+libm.Hypot(ax, math.Ldexp(ay, cmScaleUp))), cmScaleDown)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+libm.Hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if x >= 0 {
		return complex(s, math.Copysign(d, y)), cmOK
	}
	return complex(d, math.Copysign(s, y)), cmOK
}

func cmTan(z complex128) (complex128, cmathErr) { return viaHyperbolic(cmTanh, z) }

// cmTanh is (tanh(x)(1+tan(y)^2) + i tan(y)(1-tanh(x)^2)) /
// (1+tan(y)^2 tanh(x)^2), with 1-tanh(x)^2 as 1/cosh(x)^2 (and as
// 4 exp(-2|x|) for large |x|).
func cmTanh(z complex128) (complex128, cmathErr) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		var r complex128
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			r = complex(math.Copysign(1, x), math.Copysign(0, float64(2*libm.Sin(y))*libm.Cos(y)))
		} else {
			r, _ = special(&cmTanhSpecial, z)
		}
		if math.IsInf(y, 0) && isFinite(x) {
			return r, cmDomain
		}
		return r, cmOK
	}
	if math.Abs(x) > cmLogLarge {
		return complex(math.Copysign(1, x), float64(float64(4*libm.Sin(y))*libm.Cos(y))*libm.Exp(-2*math.Abs(x))), cmOK
	}
	tx := libm.Tanh(x)
	ty := libm.Tan(y)
	cx := 1 / libm.Cosh(x)
	txty := tx * ty
	denom := 1 + float64(txty*txty)
	return complex(tx*(1+float64(ty*ty))/denom, ((ty/denom)*cx)*cx), cmOK
}

// cmRect is rect(r, phi): r*cos(phi) + i r*sin(phi), with the special
// values of exp(log(r) + i phi).
func cmRect(r, phi float64) (complex128, cmathErr) {
	switch {
	case !isFinite(r) || !isFinite(phi):
		var z complex128
		if math.IsInf(r, 0) && isFinite(phi) && phi != 0 {
			z = infinite(phi, r < 0, r < 0)
		} else {
			z = cmRectSpecial[cmathClass(r)][cmathClass(phi)]
		}
		if r != 0 && !math.IsNaN(r) && math.IsInf(phi, 0) {
			return z, cmDomain
		}
		return z, cmOK
	case phi == 0:
		return complex(r, r*phi), cmOK
	}
	return complex(r*libm.Cos(phi), r*libm.Sin(phi)), cmOK
}
