package stdlib

import (
	"math/big"

	rt "github.com/spindle-lang/spindle/runtime"
)

// Decimal data in statistics: exact sums as for every other type, then
// the result converted as CPython's _convert does (Decimal(numerator) /
// Decimal(denominator), rounded to the context), and stdev/pstdev as the
// context's square root of that quotient. Mixing Decimal with floats or
// Fractions gives a Decimal here (CPython raises TypeError).

// ratToDecimal is Decimal(r.numerator) / Decimal(r.denominator).
func ratToDecimal(r *big.Rat) rt.Value {
	num := r.Num()
	// A big.Rat's denominator is positive: the division cannot fail.
	d, _ := decDiv(mkDec(num.Sign() < 0, new(big.Int).Abs(num), 0), mkDec(false, new(big.Int).Set(r.Denom()), 0))
	return d
}

// decimalSqrtOfFrac is CPython's _decimal_sqrt_of_frac: the context's
// square root of Decimal(n) / Decimal(m), moved one unit in the last
// place up or down when that is nearer the exact root of r
// (Decimal('0.0') for 0).
func decimalSqrtOfFrac(th *rt.Thread, r *big.Rat) (rt.Value, error) {
	if r.Sign() == 0 {
		return &decimal{exp: -1}, nil
	}
	v, err := rt.CallMethod(th, ratToDecimal(r), "sqrt", nil, nil)
	if err != nil {
		return nil, err
	}
	root, ok := v.(*decimal)
	if !ok || root.isSpecial() {
		return v, nil
	}
	prec, _ := decimalContext.get()
	ulpExp := root.exp + root.ndigits() - prec // one unit of the prec-th digit
	ulp := new(big.Rat).SetInt(pow10(max(ulpExp, -ulpExp)))
	if ulpExp < 0 {
		ulp.Inv(ulp)
	}
	rr := root.rat()
	mid := func(sign int) *big.Rat { // ((root + neighbour) / 2) ** 2
		h := new(big.Rat).Mul(ulp, big.NewRat(int64(sign), 2))
		h.Add(h, rr)
		return h.Mul(h, h)
	}
	c := new(big.Int).Mul(root.c(), pow10(root.exp-ulpExp))
	switch {
	case r.Cmp(mid(1)) > 0:
		c.Add(c, big.NewInt(1))
	case r.Cmp(mid(-1)) < 0:
		c.Sub(c, big.NewInt(1))
	default:
		return root, nil
	}
	return mkDec(false, c, ulpExp), nil
}
