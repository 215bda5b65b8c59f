package runtime

import (
	"math"
	"math/big"
	"sync"

	"github.com/spindle-lang/spindle/runtime/libm"
)

// PowFloat returns x**y for finite x > 0 and finite y: libm's pow (what
// CPython calls) when the build has cgo, else a Go computation correctly
// rounded in all but astronomically rare cases.
//
// Go's math.Pow is off by an ulp or two on ordinary inputs (1.1**10 gives
// 2.593742460100002 where CPython, using glibc's pow, prints
// 2.5937424601000023), which shows in printed output. So: integral
// exponents use exponentiation by squaring in double-double arithmetic
// (about 2**-97 relative error, a few dozen ns); half-integral exponents
// (x**-1.5 in n-body codes, x**1.5) multiply that by a double-double
// square root; other exponents compute exp(y*ln x) with math/big at 150
// bits (a few µs — slower, but such powers are rare in hot loops).
func PowFloat(x, y float64) float64 {
	switch y {
	case 1:
		return x
	case 2:
		return x * x
	case -1:
		return 1 / x
	case 0.5:
		return math.Sqrt(x)
	case 0:
		return 1
	}
	if x == 1 {
		return 1
	}
	if math.Abs(y) >= 1<<63 {
		if (x > 1) == (y > 0) {
			return math.Inf(1)
		}
		return 0
	}
	if libm.Native {
		return libm.Pow(x, y) // CPython's float ** is libm's pow, bit for bit
	}
	return powGo(x, y)
}

// powGo is PowFloat without libm: x**y for finite x > 0, x != 1 and
// finite y with |y| < 2**63.
func powGo(x, y float64) float64 {
	if y == math.Trunc(y) {
		return powIntDD(x, int64(y))
	}
	if y2 := 2 * y; y2 == math.Trunc(y2) {
		return powHalfDD(x, int64(math.Floor(y)))
	}
	return powBig(x, y)
}

// twoProd returns hi+lo == a*b exactly.
func twoProd(a, b float64) (hi, lo float64) {
	hi = a * b
	return hi, math.FMA(a, b, -hi)
}

// quickTwoSum returns hi+lo == a+b exactly, for |a| >= |b|.
func quickTwoSum(a, b float64) (hi, lo float64) {
	hi = a + b
	return hi, b - (hi - a)
}

// ddMul multiplies two double-double numbers.
func ddMul(ah, al, bh, bl float64) (float64, float64) {
	p, e := twoProd(ah, bh)
	e += ah*bl + al*bh
	return quickTwoSum(p, e)
}

// ddNorm scales a double-double into [0.5, 1) and returns the exponent
// taken out.
func ddNorm(h, l float64) (float64, float64, int) {
	_, k := math.Frexp(h)
	return math.Ldexp(h, -k), math.Ldexp(l, -k), k
}

// powIntDD computes x**n (x > 0, n != 0) by squaring in double-double
// arithmetic, keeping the binary exponent apart so nothing overflows.
func powIntDD(x float64, n int64) float64 {
	rh, rl, re, res, done := powIntParts(x, n)
	if done {
		return res
	}
	return ddLdexp(rh, rl, re)
}

// powHalfDD computes x**(n+0.5) (x > 0) as x**n * sqrt(x), both factors
// in double-double arithmetic, rounding once at the end.
func powHalfDD(x float64, n int64) float64 {
	rh, rl, re, res, done := powIntParts(x, n)
	if done {
		return res
	}
	// sqrt(x) = s + (x - s*s)/(2s); the residual is exact with an FMA.
	s := math.Sqrt(x)
	sl := math.FMA(-s, s, x) / (2 * s)
	sh, sl, k := ddNorm(quickTwoSum(s, sl))
	rh, rl = ddMul(rh, rl, sh, sl)
	rh, rl, k2 := ddNorm(rh, rl)
	return ddLdexp(rh, rl, re+int64(k)+int64(k2))
}

// powIntParts computes x**n (x > 0) as the double-double rh+rl times
// 2**re, or, when the result is hopelessly out of range, returns done and
// the final result (+Inf or 0) in res.
func powIntParts(x float64, n int64) (rh, rl float64, re int64, res float64, done bool) {
	neg := n < 0
	u := uint64(n)
	if neg {
		u = -u
	}
	m, e := math.Frexp(x)
	bh, bl := m, 0.0
	be := int64(e)
	rh, rl, re = 1.0, 0.0, 0
	for {
		if u&1 != 0 {
			rh, rl = ddMul(rh, rl, bh, bl)
			var k int
			rh, rl, k = ddNorm(rh, rl)
			re += be + int64(k)
		}
		u >>= 1
		if u == 0 {
			break
		}
		bh, bl = ddMul(bh, bl, bh, bl)
		var k int
		bh, bl, k = ddNorm(bh, bl)
		be = 2*be + int64(k)
		if be > 1<<40 || be < -1<<40 {
			break // hopeless overflow/underflow; handled below
		}
	}
	if u != 0 {
		if (be > 0) != neg {
			return 0, 0, 0, math.Inf(1), true
		}
		return 0, 0, 0, 0, true
	}
	if neg {
		// 1/(rh+rl) in double-double.
		q1 := 1 / rh
		r := math.FMA(-q1, rh, 1) - q1*rl
		q2 := r * q1
		rh, rl = quickTwoSum(q1, q2)
		var k int
		rh, rl, k = ddNorm(rh, rl)
		re = -re + int64(k)
	}
	return rh, rl, re, 0, false
}

// ddLdexp rounds the double-double rh+rl (rh in [0.5, 1)) times 2**re
// once to the nearest float64, overflowing to +Inf and underflowing to 0
// or a subnormal.
func ddLdexp(rh, rl float64, re int64) float64 {
	if re > 2000 {
		return math.Inf(1)
	}
	if re < -2000 {
		return 0
	}
	v := rh + rl
	if re >= -1021 {
		return math.Ldexp(v, int(re))
	}
	// Subnormal result: round once, from the exact double-double value.
	f := new(big.Float).SetPrec(200).SetFloat64(rh)
	f.Add(f, new(big.Float).SetFloat64(rl))
	f.SetMantExp(f, int(re))
	r, _ := f.Float64()
	return r
}

const powPrec = 150

var (
	ln2Once sync.Once
	ln2Big  *big.Float
)

// bigLn2 returns ln 2 to powPrec+20 bits.
func bigLn2() *big.Float {
	ln2Once.Do(func() {
		// ln 2 = 2 atanh(1/3)
		z := new(big.Float).SetPrec(powPrec+20).Quo(big.NewFloat(1), big.NewFloat(3))
		ln2Big = atanh2(z, powPrec+20)
	})
	return ln2Big
}

// atanh2 returns 2*atanh(z) = ln((1+z)/(1-z)) for small |z|.
func atanh2(z *big.Float, prec uint) *big.Float {
	z2 := new(big.Float).SetPrec(prec).Mul(z, z)
	sum := new(big.Float).SetPrec(prec).Set(z)
	term := new(big.Float).SetPrec(prec).Set(z)
	t := new(big.Float).SetPrec(prec)
	limit := new(big.Float).SetMantExp(big.NewFloat(1), -int(prec)-4)
	for k := int64(3); ; k += 2 {
		term.Mul(term, z2)
		t.Quo(term, t.SetInt64(k))
		sum.Add(sum, t)
		if t.Sign() == 0 || new(big.Float).Abs(t).Cmp(limit) < 0 {
			break
		}
	}
	return sum.Mul(sum, big.NewFloat(2))
}

// bigLn returns ln x for finite x > 0.
func bigLn(x float64) *big.Float {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	bm := new(big.Float).SetPrec(powPrec).SetFloat64(m)
	one := big.NewFloat(1)
	num := new(big.Float).SetPrec(powPrec).Sub(bm, one)
	den := new(big.Float).SetPrec(powPrec).Add(bm, one)
	z := num.Quo(num, den)
	r := atanh2(z, powPrec)
	ln2e := new(big.Float).SetPrec(powPrec).Mul(bigLn2(), new(big.Float).SetInt64(int64(e)))
	return r.Add(r, ln2e)
}

// powBig computes exp(y * ln x) at high precision.
func powBig(x, y float64) float64 {
	t := bigLn(x)
	t.Mul(t, new(big.Float).SetFloat64(y))
	tf, _ := t.Float64()
	if tf > 1000 {
		return math.Inf(1)
	}
	if tf < -1000 {
		return 0
	}
	// t = k ln2 + r, |r| <= ln2/2.
	ln2 := bigLn2()
	k := math.Round(tf / math.Ln2)
	r := new(big.Float).SetPrec(powPrec).Mul(ln2, big.NewFloat(k))
	r.Sub(t, r)
	// exp(r) = exp(r/2**10)**(2**10).
	const halvings = 10
	r.SetMantExp(r, -halvings)
	sum := new(big.Float).SetPrec(powPrec).SetInt64(1)
	term := new(big.Float).SetPrec(powPrec).SetInt64(1)
	tmp := new(big.Float).SetPrec(powPrec)
	for n := int64(1); n < 40; n++ {
		term.Mul(term, r)
		term.Quo(term, tmp.SetInt64(n))
		if term.Sign() == 0 || term.MantExp(nil) < -powPrec-4 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < halvings; i++ {
		sum.Mul(sum, sum)
	}
	sum.SetMantExp(sum, int(k))
	f, _ := sum.Float64()
	return f
}
