package stdlib

import (
	"math/big"

	rt "github.com/spindle-lang/spindle/runtime"
)

// Decimal's comparison, sign and classification methods (compare, max,
// min, copy_abs, copy_negate, copy_sign, is_nan, is_infinite, is_finite,
// is_qnan, is_snan), the integer conversions behind math.floor/ceil/trunc,
// and the from_float classmethod; added to the type by initDecimalTypes.

type decMethod = func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)

// decimalExtraMethods returns the methods, made with initDecimalTypes'
// dm (which checks the receiver).
func decimalExtraMethods(dm func(string, decMethod) *rt.Builtin) []*rt.Builtin {
	is := func(name string, f func(d *decimal) bool) *rt.Builtin {
		return dm(name, func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Bool(f(d)), nil
		})
	}
	return []*rt.Builtin{
		dm("compare", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			o, err := decArg(th, "compare", args, kwargs)
			if err != nil {
				return nil, err
			}
			if r, ok, err := nanOperand(d, o); ok {
				return r, err
			}
			c := decCmpTotal(d, o)
			return &decimal{neg: c < 0, lo: uint64(c * c)}, nil
		}),
		dm("max", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return decMinMax(th, "max", d, args, kwargs, 1)
		}),
		dm("min", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return decMinMax(th, "min", d, args, kwargs, -1)
		}),
		dm("copy_abs", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			c := *d
			c.neg = false
			return &c, nil
		}),
		dm("copy_negate", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			c := *d
			c.neg = !d.neg
			return &c, nil
		}),
		dm("copy_sign", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			o, err := decArg(th, "copy_sign", args, kwargs)
			if err != nil {
				return nil, err
			}
			c := *d
			c.neg = o.neg
			return &c, nil
		}),
		is("is_nan", (*decimal).isNaN),
		is("is_infinite", (*decimal).isInf),
		is("is_finite", func(d *decimal) bool { return !d.isSpecial() }),
		is("is_qnan", func(d *decimal) bool { return d.special == decQNaN }),
		is("is_snan", func(d *decimal) bool { return d.special == decSNaN }),
		dm("__floor__", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return decToInt(d, "ROUND_FLOOR")
		}),
		dm("__ceil__", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return decToInt(d, "ROUND_CEILING")
		}),
		dm("__trunc__", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return decToInt(d, "ROUND_DOWN")
		}),
	}
}

// decimalFromFloat is Decimal.from_float(f): the exact value of a float
// or an int, as cls(f).
func decimalFromFloat() rt.Value {
	return classMeth("from_float", func(th *rt.Thread, cls rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var f rt.Value
		if err := rt.UnpackArgs("from_float", args, kwargs, "f", &f); err != nil {
			return nil, err
		}
		switch f.(type) {
		case rt.Float, rt.Int, *rt.BigInt, rt.Bool:
		default:
			return nil, rt.NewError(rt.TypeErrorType, "argument must be int or float")
		}
		return rt.Call(th, cls, []rt.Value{f}, nil)
	})
}

// decArg is the one Decimal (or int) argument of a method.
func decArg(th *rt.Thread, name string, args []rt.Value, kwargs []rt.KwArg) (*decimal, error) {
	var v rt.Value
	if err := rt.UnpackArgs(name, args, kwargs, "other", &v, "context?", new(rt.Value)); err != nil {
		return nil, err
	}
	o, ok := toDecimal(v)
	if !ok {
		return nil, rt.NewError(rt.TypeErrorType, "conversion from %s to Decimal is not supported", rt.TypeName(v))
	}
	return o, nil
}

// decMinMax is d.max(other) (want 1) or d.min(other) (want -1): a quiet
// NaN loses to a number; equal values are ordered by sign, then by
// exponent (CPython's compare_total), and the result is rounded to the
// context.
func decMinMax(th *rt.Thread, name string, d *decimal, args []rt.Value, kwargs []rt.KwArg, want int) (rt.Value, error) {
	o, err := decArg(th, name, args, kwargs)
	if err != nil {
		return nil, err
	}
	if d.special == decSNaN || o.special == decSNaN {
		return nil, invalidOp()
	}
	switch {
	case d.isNaN() && o.isNaN():
		return d, nil
	case d.isNaN():
		return o.fix(), nil
	case o.isNaN():
		return d.fix(), nil
	}
	c := decCmpTotal(d, o)
	if c == 0 {
		c = decCmpRepr(d, o)
	}
	if c == want || c == 0 {
		return d.fix(), nil
	}
	return o.fix(), nil
}

// decCmpRepr orders two equal finite values as compare_total does: a
// negative sign first, then (for positives) the smaller exponent first.
func decCmpRepr(a, b *decimal) int {
	if a.neg != b.neg {
		if a.neg {
			return -1
		}
		return 1
	}
	c := 0
	switch {
	case a.exp < b.exp:
		c = -1
	case a.exp > b.exp:
		c = 1
	}
	if a.neg {
		c = -c
	}
	return c
}

// decToInt is d rounded to an integer with mode, as an int.
func decToInt(d *decimal, mode string) (rt.Value, error) {
	if d.isSpecial() {
		return nil, specialToInt(d)
	}
	q := d
	if d.exp < 0 {
		q = d.quantize(0, mode)
	}
	r := q.rat()
	return rt.NewBigInt(new(big.Int).Quo(r.Num(), r.Denom())), nil
}
