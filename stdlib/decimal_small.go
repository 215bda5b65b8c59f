package stdlib

import "math/bits"

// Decimal arithmetic on uint64 coefficients: the exact results of
// decimal.go's math/big paths, computed without allocating big.Ints
// whenever the operands' coefficients (and the exact result) fit a
// uint64. Each function reports ok=false when they do not, and the caller
// falls back to math/big.

// roundsUp is the rounding decision of every mode: q is the kept
// quotient (only its last digit matters), cmpHalf compares the dropped
// remainder (non-zero) with half a unit of the last kept digit.
func roundsUp(mode string, cmpHalf int, qLast uint, neg bool) bool {
	switch mode {
	case "ROUND_UP":
		return true
	case "ROUND_HALF_UP":
		return cmpHalf >= 0
	case "ROUND_HALF_DOWN":
		return cmpHalf > 0
	case "ROUND_HALF_EVEN":
		return cmpHalf > 0 || (cmpHalf == 0 && qLast%2 == 1)
	case "ROUND_CEILING":
		return !neg
	case "ROUND_FLOOR":
		return neg
	case "ROUND_05UP":
		return qLast == 0 || qLast == 5
	}
	return false // ROUND_DOWN
}

// scaleSmall is c * 10**n for n >= 0.
func scaleSmall(c uint64, n int) (uint64, bool) {
	if n >= len(pow10u) {
		return 0, c == 0
	}
	hi, lo := bits.Mul64(c, pow10u[n])
	return lo, hi == 0
}

// roundSmall drops n >= 1 low digits of c with the rounding mode.
func roundSmall(c uint64, n int, neg bool, mode string) uint64 {
	if n >= len(pow10u) {
		// 10**n > c: everything is dropped, and c < 2**64 < 10**n / 2.
		if c != 0 && roundsUp(mode, -1, 0, neg) {
			return 1
		}
		return 0
	}
	p := pow10u[n]
	q, rem := c/p, c%p
	if rem == 0 {
		return q
	}
	cmpHalf := 0 // rem vs p/2, as rem vs p-rem (no overflow)
	if rem < p-rem {
		cmpHalf = -1
	} else if rem > p-rem {
		cmpHalf = 1
	}
	if roundsUp(mode, cmpHalf, uint(q%10), neg) {
		q++ // q <= c/10: no overflow
	}
	return q
}

// decAddSmall is decAdd on uint64 coefficients (before fix).
func decAddSmall(a, b *decimal, bneg bool) (*decimal, bool) {
	if a.hi != nil || b.hi != nil {
		return nil, false
	}
	e := min(a.exp, b.exp)
	ac, ok1 := scaleSmall(a.lo, a.exp-e)
	bc, ok2 := scaleSmall(b.lo, b.exp-e)
	if !ok1 || !ok2 {
		return nil, false
	}
	neg := a.neg
	var s uint64
	if a.neg == bneg {
		var carry uint64
		s, carry = bits.Add64(ac, bc, 0)
		if carry != 0 {
			return nil, false
		}
	} else if ac >= bc {
		s = ac - bc
	} else {
		s = bc - ac
		neg = !neg
	}
	if s == 0 {
		_, mode := decimalContext.get()
		neg = (a.neg && bneg) || (mode == "ROUND_FLOOR" && a.neg != bneg)
	}
	return &decimal{neg: neg, lo: s, exp: e}, true
}

// decMulSmall is a*b on uint64 coefficients (before fix).
func decMulSmall(a, b *decimal) (*decimal, bool) {
	if a.hi != nil || b.hi != nil {
		return nil, false
	}
	hi, lo := bits.Mul64(a.lo, b.lo)
	if hi != 0 {
		return nil, false
	}
	return &decimal{neg: a.neg != b.neg, lo: lo, exp: a.exp + b.exp}, true
}

// quantizeSmall is quantize on a uint64 coefficient.
func (d *decimal) quantizeSmall(exp int, mode string) (*decimal, bool) {
	if d.hi != nil {
		return nil, false
	}
	if d.exp >= exp {
		c, ok := scaleSmall(d.lo, d.exp-exp)
		if !ok {
			return nil, false
		}
		return &decimal{neg: d.neg, lo: c, exp: exp}, true
	}
	return &decimal{neg: d.neg, lo: roundSmall(d.lo, exp-d.exp, d.neg, mode), exp: exp}, true
}
