package stdlib

import (
	"math"
	"math/big"
	"strings"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// Decimal's special values: Infinity, NaN and sNaN (a decimal whose
// special field is set; a NaN keeps its diagnostic payload in the
// coefficient, an infinity has coefficient 0). Each operation of
// decimal.go hands a special operand to the functions here first, which
// follow CPython's _decimal with the default context's traps
// (InvalidOperation, DivisionByZero and Overflow raise): a quiet NaN
// propagates, a signaling NaN or an undefined operation (Infinity -
// Infinity, 0 * Infinity, Infinity / Infinity) raises InvalidOperation,
// ordering a NaN raises InvalidOperation and == is False.

// decSpecial says which special value a decimal is (0: a finite number).
type decSpecial uint8

const (
	decFinite decSpecial = iota
	decInf
	decQNaN
	decSNaN
)

func (d *decimal) isSpecial() bool { return d.special != decFinite }
func (d *decimal) isNaN() bool     { return d.special >= decQNaN }
func (d *decimal) isInf() bool     { return d.special == decInf }

// decInfinity is +-Infinity.
func decInfinity(neg bool) *decimal { return &decimal{neg: neg, special: decInf} }

// parseSpecial parses Inf, Infinity, NaN[digits] and sNaN[digits] (any
// case, with a sign): CPython's spellings of the special values.
func parseSpecial(s string) (*decimal, bool) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	low := strings.ToLower(s)
	if low == "inf" || low == "infinity" {
		return decInfinity(neg), true
	}
	kind := decQNaN
	switch {
	case strings.HasPrefix(low, "nan"):
		low = low[3:]
	case strings.HasPrefix(low, "snan"):
		kind, low = decSNaN, low[4:]
	default:
		return nil, false
	}
	payload := new(big.Int)
	if low != "" {
		for _, c := range low {
			if c < '0' || c > '9' {
				return nil, false
			}
		}
		payload.SetString(low, 10)
	}
	d := mkDec(neg, payload, 0)
	d.special = kind
	return d, true
}

// appendSpecial appends the to-sci-string form of a special value.
func (d *decimal) appendSpecial(b []byte) []byte {
	if d.neg {
		b = append(b, '-')
	}
	switch d.special {
	case decInf:
		return append(b, "Infinity"...)
	case decSNaN:
		b = append(b, 's')
	}
	b = append(b, "NaN"...)
	if !(d.hi == nil && d.lo == 0) {
		b = append(b, d.digits()...)
	}
	return b
}

// invalidOp is the InvalidOperation signal, raised (trapped) as the
// default context does.
func invalidOp() error { return decErr(decInvalidOp, decInvalidOp) }

// nanOperand is the result of an operation with a NaN operand: the first
// signaling NaN raises InvalidOperation, else the first quiet NaN is the
// result; ok is false when neither operand is a NaN.
func nanOperand(a, b *decimal) (*decimal, bool, error) {
	for _, x := range []*decimal{a, b} {
		if x != nil && x.special == decSNaN {
			return nil, true, invalidOp()
		}
	}
	for _, x := range []*decimal{a, b} {
		if x != nil && x.special == decQNaN {
			return x, true, nil
		}
	}
	return nil, false, nil
}

// specialBinary is a op b when either is special.
func specialBinary(op ast.Op, a, b *decimal) (rt.Value, error) {
	if r, ok, err := nanOperand(a, b); ok {
		return r, err
	}
	sign := a.neg != b.neg
	switch op {
	case ast.Add, ast.Sub:
		bneg := b.neg != (op == ast.Sub)
		if a.isInf() && b.isInf() && a.neg != bneg {
			return nil, invalidOp()
		}
		if a.isInf() {
			return decInfinity(a.neg), nil
		}
		return decInfinity(bneg), nil
	case ast.Mult:
		if a.isZero() || b.isZero() {
			return nil, invalidOp()
		}
		return decInfinity(sign), nil
	case ast.Div:
		if a.isInf() && b.isInf() {
			return nil, invalidOp()
		}
		if a.isInf() {
			return decInfinity(sign), nil
		}
		// finite / Infinity: zero at the context's smallest exponent.
		prec, _ := decimalContext.get()
		return &decimal{neg: sign, exp: decEtiny(prec)}, nil
	case ast.FloorDiv:
		if a.isInf() && b.isInf() {
			return nil, invalidOp()
		}
		if a.isInf() {
			return decInfinity(sign), nil
		}
		return &decimal{neg: sign}, nil
	case ast.Mod:
		if a.isInf() {
			return nil, invalidOp()
		}
		return a.fix(), nil
	case ast.Pow:
		return specialPow(a, b)
	}
	return rt.NotImplemented, nil
}

// decEtiny is the smallest exponent of a subnormal result (Emin - prec +
// 1 with the default Emin of -999999).
func decEtiny(prec int) int { return -999999 - prec + 1 }

// specialPow is a ** b with an infinite operand (NaNs are handled).
func specialPow(a, b *decimal) (rt.Value, error) {
	if a.isInf() {
		switch {
		case b.isInf() && !b.neg, !b.isInf() && !b.neg && !b.isZero():
			odd := !b.isInf() && b.isOddInteger()
			return decInfinity(a.neg && odd), nil
		case b.isZero():
			return &decimal{lo: 1}, nil
		}
		odd := !b.isInf() && b.isOddInteger()
		return &decimal{neg: a.neg && odd}, nil
	}
	// finite ** +-Infinity
	if a.neg {
		return nil, invalidOp()
	}
	cmp := a.rat().Cmp(big.NewRat(1, 1))
	prec, _ := decimalContext.get()
	switch {
	case cmp == 0:
		return mkDec(false, pow10(prec-1), 1-prec), nil
	case (cmp > 0) != b.neg:
		return decInfinity(false), nil
	}
	return &decimal{}, nil
}

// isOddInteger reports whether a finite d is an odd integer.
func (d *decimal) isOddInteger() bool {
	r := d.rat()
	return r.IsInt() && r.Num().Bit(0) == 1
}

// specialCompare compares when either operand is special: == and != are
// False/True with a NaN (a signaling NaN raises), ordering a NaN raises
// InvalidOperation, infinities compare by sign.
func specialCompare(op ast.Op, a, b *decimal) (rt.Value, error) {
	if a.special == decSNaN || b.special == decSNaN {
		return nil, invalidOp()
	}
	if a.isNaN() || b.isNaN() {
		switch op {
		case ast.Eq:
			return rt.False, nil
		case ast.NotEq:
			return rt.True, nil
		}
		return nil, invalidOp()
	}
	return rt.Bool(cmpOp(op, decCmpTotal(a, b))), nil
}

// decCmpTotal compares two non-NaN decimals, infinities included.
func decCmpTotal(a, b *decimal) int {
	rank := func(d *decimal) int {
		if !d.isInf() {
			return 0
		}
		if d.neg {
			return -1
		}
		return 1
	}
	ra, rb := rank(a), rank(b)
	if ra != 0 || rb != 0 {
		switch {
		case ra < rb:
			return -1
		case ra > rb:
			return 1
		}
		return 0
	}
	return a.rat().Cmp(b.rat())
}

// decFromSpecialFloat is the decimal of an infinite or NaN float.
func decFromSpecialFloat(f float64) *decimal {
	if math.IsInf(f, 0) {
		return decInfinity(f < 0)
	}
	return &decimal{neg: math.Signbit(f), special: decQNaN}
}

// specialUnary is -d, +d or abs(d) for a special d; a quiet NaN is
// returned as it is.
func specialUnary(op ast.Op, d *decimal) (rt.Value, error) {
	if r, ok, err := nanOperand(d, nil); ok {
		return r, err // a NaN keeps its sign
	}
	r := *d
	switch op {
	case ast.USub:
		r.neg = !d.neg
	case ast.UAdd:
	default: // abs
		r.neg = false
	}
	return &r, nil
}

// specialToFloat is float(d) for a special d.
func specialToFloat(d *decimal) (rt.Value, error) {
	switch d.special {
	case decSNaN:
		return nil, rt.NewError(rt.ValueErrorType, "cannot convert signaling NaN to float")
	case decQNaN:
		if d.neg {
			return rt.Float(math.Copysign(math.NaN(), -1)), nil
		}
		return rt.Float(math.NaN()), nil
	}
	return rt.Float(math.Inf(map[bool]int{false: 1, true: -1}[d.neg])), nil
}

// specialToInt is the error of int(d), round(d), math.floor(d) ... for a
// special d.
func specialToInt(d *decimal) error {
	if d.isNaN() {
		return rt.NewError(rt.ValueErrorType, "cannot convert NaN to integer")
	}
	return rt.NewError(rt.OverflowErrorType, "cannot convert Infinity to integer")
}

// specialHash is hash(d) for a special d: a float's hash for the same
// value; a signaling NaN is unhashable.
func specialHash(d *decimal) (int64, error) {
	switch d.special {
	case decSNaN:
		return 0, rt.NewError(rt.TypeErrorType, "Cannot hash a signaling NaN value")
	case decQNaN:
		return rt.FloatHash(math.NaN()), nil
	}
	if d.neg {
		return rt.FloatHash(math.Inf(-1)), nil
	}
	return rt.FloatHash(math.Inf(1)), nil
}

// specialTuple is d.as_tuple()'s digits and exponent for a special d:
// (0,) and 'F' for an infinity, the payload's digits and 'n' or 'N' for a
// NaN.
func specialTuple(d *decimal) ([]rt.Value, rt.Value) {
	if d.isInf() {
		return []rt.Value{rt.MakeInt(0)}, rt.Str("F")
	}
	var ds []rt.Value
	if !(d.hi == nil && d.lo == 0) {
		for _, c := range d.digits() {
			ds = append(ds, rt.MakeInt(int64(c-'0')))
		}
	}
	if d.special == decSNaN {
		return ds, rt.Str("N")
	}
	return ds, rt.Str("n")
}
