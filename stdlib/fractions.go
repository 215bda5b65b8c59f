package stdlib

import (
	"math"
	"math/big"
	"regexp"
	"strings"
	"sync"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// The fractions module: Fraction is a Go value holding a normalised
// big.Rat, with CPython's constructor forms (ints, a pair, float, str,
// another Fraction), arithmetic (Fraction with int stays exact, with float
// becomes float), comparisons, the hash that agrees with int and float,
// limit_denominator and str/repr.

var fractionType = newModuleType("Fraction", "fractions")

type fraction struct{ r *big.Rat }

func (*fraction) Type() *rt.Type { return fractionType }

func newFrac(r *big.Rat) *fraction { return &fraction{r: r} }

func fracOf(v rt.Value) (*big.Rat, bool) {
	switch x := instBase(v).(type) {
	case *fraction:
		return x.r, true
	}
	if rt.IsIntValue(v) {
		return new(big.Rat).SetInt(rt.ToBig(v)), true
	}
	return nil, false
}

// fracRE is compiled on first use, not at process start (bench/README.md,
// lazy init of stdlib).
var fracRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*([-+]?)(?:(\d[\d_]*)(?:/(\d[\d_]*))?|(\d[\d_]*)?\.(\d[\d_]*)?|(\d[\d_]*))?(?:[eE]([-+]?\d[\d_]*))?\s*$`)
})

func parseFraction(s string) (*big.Rat, bool) {
	t := strings.TrimSpace(s)
	if t == "" {
		return nil, false
	}
	m := fracRE().FindStringSubmatch(s)
	if m == nil {
		return nil, false
	}
	clean := func(x string) string { return strings.ReplaceAll(x, "_", "") }
	r := new(big.Rat)
	switch {
	case m[2] != "":
		num, _ := new(big.Int).SetString(clean(m[2]), 10)
		den := big.NewInt(1)
		if m[3] != "" {
			den, _ = new(big.Int).SetString(clean(m[3]), 10)
			if den.Sign() == 0 {
				return nil, false
			}
			if m[7] != "" {
				return nil, false
			}
		}
		r.SetFrac(num, den)
	case m[4] != "" || m[5] != "":
		if m[4] == "" && m[5] == "" {
			return nil, false
		}
		digits := clean(m[4]) + clean(m[5])
		num, _ := new(big.Int).SetString(digits, 10)
		den := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(len(clean(m[5])))), nil)
		r.SetFrac(num, den)
	default:
		return nil, false
	}
	if m[7] != "" {
		e, ok := new(big.Int).SetString(clean(m[7]), 10)
		if !ok {
			return nil, false
		}
		p := new(big.Int).Exp(big.NewInt(10), new(big.Int).Abs(e), nil)
		if e.Sign() >= 0 {
			r.Mul(r, new(big.Rat).SetInt(p))
		} else {
			r.Quo(r, new(big.Rat).SetInt(p))
		}
	}
	if m[1] == "-" {
		r.Neg(r)
	}
	return r, true
}

func newFraction(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var num, den rt.Value = rt.MakeInt(0), rt.None
	if err := rt.UnpackArgs("Fraction", args, kwargs, "numerator?", &num, "denominator?", &den); err != nil {
		return nil, err
	}
	if den == rt.None {
		if r, ok := fracOf(num); ok {
			return newFrac(new(big.Rat).Set(r)), nil
		}
		switch x := num.(type) {
		case rt.Float:
			f := float64(x)
			if math.IsNaN(f) || math.IsInf(f, 0) {
				return nil, rt.NewError(rt.ValueErrorType, "cannot convert %s to integer ratio", rt.FloatRepr(f))
			}
			r := new(big.Rat)
			r.SetFloat64(f)
			return newFrac(r), nil
		case rt.Str:
			r, ok := parseFraction(string(x))
			if !ok {
				if strings.Contains(string(x), "/0") {
					return nil, rt.NewError(rt.ZeroDivisionErrorType, "Fraction(%s, 0)", strings.TrimSpace(strings.Split(string(x), "/")[0]))
				}
				return nil, rt.NewError(rt.ValueErrorType, "Invalid literal for Fraction: %s", pyQuote(string(x)))
			}
			return newFrac(r), nil
		}
		if f, ok := rt.AsFloat(num); ok && num.Type() == rt.FloatType {
			r := new(big.Rat)
			r.SetFloat64(f)
			return newFrac(r), nil
		}
		return nil, rt.NewError(rt.TypeErrorType, "argument should be a string or a Rational instance")
	}
	a, ok1 := fracOf(num)
	b, ok2 := fracOf(den)
	if !ok1 || !ok2 {
		return nil, rt.NewError(rt.TypeErrorType, "both arguments should be Rational instances")
	}
	if b.Sign() == 0 {
		return nil, rt.NewError(rt.ZeroDivisionErrorType, "Fraction(%s, 0)", a.RatString())
	}
	return newFrac(new(big.Rat).Quo(a, b)), nil
}

func (f *fraction) Repr(th *rt.Thread) (string, error) {
	return "Fraction(" + f.r.Num().String() + ", " + f.r.Denom().String() + ")", nil
}

func (f *fraction) Str(th *rt.Thread) (string, error) {
	if f.r.IsInt() {
		return f.r.Num().String(), nil
	}
	return f.r.Num().String() + "/" + f.r.Denom().String(), nil
}

func (f *fraction) Truth(th *rt.Thread) (bool, error) { return f.r.Sign() != 0, nil }

// Hash is CPython's Fraction.__hash__ (consistent with int and float).
func (f *fraction) Hash(th *rt.Thread) (int64, error) {
	P := new(big.Int).SetUint64((1 << 61) - 1)
	den := f.r.Denom()
	inv := new(big.Int).Exp(den, new(big.Int).Sub(P, big.NewInt(2)), P)
	var h *big.Int
	if inv.Sign() == 0 {
		h = new(big.Int).SetUint64((1 << 61) - 1) // _PyHASH_INF
		h = big.NewInt(314159)
	} else {
		h = new(big.Int).Mul(new(big.Int).Abs(f.r.Num()), inv)
		h.Mod(h, P)
	}
	r := h.Int64()
	if f.r.Sign() < 0 {
		r = -r
	}
	if r == -1 {
		r = -2
	}
	return r, nil
}

func (f *fraction) float() float64 {
	v, _ := f.r.Float64()
	return v
}

func (f *fraction) Compare(th *rt.Thread, op ast.Op, other rt.Value) (rt.Value, error) {
	other, ok := complexAsReal(op, other)
	if !ok {
		return rt.NotImplemented, nil
	}
	if o, ok := fracOf(other); ok {
		return rt.Bool(cmpOp(op, f.r.Cmp(o))), nil
	}
	if x, ok := other.(rt.Float); ok {
		xf := float64(x)
		if math.IsNaN(xf) {
			return rt.Bool(op == ast.NotEq), nil
		}
		if math.IsInf(xf, 0) {
			c := -1
			if xf < 0 {
				c = 1
			}
			return rt.Bool(cmpOp(op, c)), nil
		}
		o := new(big.Rat)
		o.SetFloat64(xf)
		return rt.Bool(cmpOp(op, f.r.Cmp(o))), nil
	}
	return rt.NotImplemented, nil
}

func floorRat(r *big.Rat) *big.Int {
	q, m := new(big.Int).DivMod(r.Num(), r.Denom(), new(big.Int))
	_ = m
	return q // Euclidean with positive denominator == floor
}

func (f *fraction) Binary(th *rt.Thread, op ast.Op, other rt.Value, right bool) (rt.Value, error) {
	if c, ok := other.(rt.Complex); ok {
		return f.complexBinary(th, op, c, right)
	}
	if x, ok := other.(rt.Float); ok {
		a, b := f.float(), float64(x)
		if right {
			a, b = b, a
		}
		return rt.BinaryOp(th, op, rt.Float(a), rt.Float(b))
	}
	o, ok := fracOf(other)
	if !ok {
		return rt.NotImplemented, nil
	}
	a, b := f.r, o
	if right {
		a, b = b, a
	}
	switch op {
	case ast.Add:
		return newFrac(new(big.Rat).Add(a, b)), nil
	case ast.Sub:
		return newFrac(new(big.Rat).Sub(a, b)), nil
	case ast.Mult:
		return newFrac(new(big.Rat).Mul(a, b)), nil
	case ast.Div:
		if b.Sign() == 0 {
			return nil, rt.NewError(rt.ZeroDivisionErrorType, "Fraction(%d, 0)", a.Num().Sign())
		}
		return newFrac(new(big.Rat).Quo(a, b)), nil
	case ast.FloorDiv, ast.Mod:
		if b.Sign() == 0 {
			return nil, rt.NewError(rt.ZeroDivisionErrorType, "Fraction(%s, 0)", a.Num().String())
		}
		q := floorRat(new(big.Rat).Quo(a, b))
		if op == ast.FloorDiv {
			return rt.NewBigInt(q), nil
		}
		return newFrac(new(big.Rat).Sub(a, new(big.Rat).Mul(b, new(big.Rat).SetInt(q)))), nil
	case ast.Pow:
		if b.IsInt() {
			e := b.Num()
			if !e.IsInt64() {
				return nil, rt.NewError(rt.OverflowErrorType, "exponent too large")
			}
			n := e.Int64()
			neg := n < 0
			if neg {
				n = -n
				if a.Sign() == 0 {
					return nil, rt.NewError(rt.ZeroDivisionErrorType, "Fraction(1, 0)")
				}
			}
			num := new(big.Int).Exp(a.Num(), big.NewInt(n), nil)
			den := new(big.Int).Exp(a.Denom(), big.NewInt(n), nil)
			r := new(big.Rat).SetFrac(num, den)
			if neg {
				r.Inv(r)
			}
			return newFrac(r), nil
		}
		af, _ := a.Float64()
		bf, _ := b.Float64()
		return rt.BinaryOp(th, ast.Pow, rt.Float(af), rt.Float(bf))
	}
	return rt.NotImplemented, nil
}

// complexBinary is the numbers.Complex fallback of Fraction's operators
// (_operator_fallbacks): complex(a) op b; a ** b as float(a) ** b, and
// b ** a with an integral a as an int power, else a float one.
func (f *fraction) complexBinary(th *rt.Thread, op ast.Op, c rt.Complex, right bool) (rt.Value, error) {
	switch op {
	case ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod:
	case ast.Pow:
		if !right {
			return rt.BinaryOp(th, op, rt.Float(f.float()), c)
		}
		if f.r.IsInt() {
			return rt.BinaryOp(th, op, c, rt.NewBigInt(new(big.Int).Set(f.r.Num())))
		}
		return rt.BinaryOp(th, op, c, rt.Float(f.float()))
	default:
		return rt.NotImplemented, nil
	}
	a, b := rt.Value(rt.NewComplex(f.float(), 0)), rt.Value(c)
	if right {
		a, b = b, a
	}
	return rt.BinaryOp(th, op, a, b)
}

func (f *fraction) Unary(th *rt.Thread, op ast.Op) (rt.Value, error) {
	switch op {
	case ast.USub:
		return newFrac(new(big.Rat).Neg(f.r)), nil
	case ast.UAdd:
		return f, nil
	}
	return rt.NotImplemented, nil
}

func (f *fraction) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "numerator":
		return rt.NewBigInt(new(big.Int).Set(f.r.Num())), nil
	case "denominator":
		return rt.NewBigInt(new(big.Int).Set(f.r.Denom())), nil
	}
	return nil, nil
}

func (f *fraction) limitDenominator(maxDen *big.Int) *big.Rat {
	if f.r.Denom().Cmp(maxDen) <= 0 {
		return new(big.Rat).Set(f.r)
	}
	p0, q0, p1, q1 := big.NewInt(0), big.NewInt(1), big.NewInt(1), big.NewInt(0)
	n, d := new(big.Int).Set(f.r.Num()), new(big.Int).Set(f.r.Denom())
	for {
		a := new(big.Int).Div(n, d)
		if d.Sign() < 0 {
			a = floorRat(new(big.Rat).SetFrac(n, d))
		}
		a = floorRat(new(big.Rat).SetFrac(n, d))
		q2 := new(big.Int).Add(q0, new(big.Int).Mul(a, q1))
		if q2.Cmp(maxDen) > 0 {
			break
		}
		p0, q0, p1, q1 = p1, q1, new(big.Int).Add(p0, new(big.Int).Mul(a, p1)), q2
		n, d = d, new(big.Int).Sub(n, new(big.Int).Mul(a, d))
	}
	k := new(big.Int).Div(new(big.Int).Sub(maxDen, q0), q1)
	b1 := new(big.Rat).SetFrac(new(big.Int).Add(p0, new(big.Int).Mul(k, p1)), new(big.Int).Add(q0, new(big.Int).Mul(k, q1)))
	b2 := new(big.Rat).SetFrac(p1, q1)
	d1 := new(big.Rat).Abs(new(big.Rat).Sub(b1, f.r))
	d2 := new(big.Rat).Abs(new(big.Rat).Sub(b2, f.r))
	if d2.Cmp(d1) <= 0 {
		return b2
	}
	return b1
}

func roundHalfEvenRat(r *big.Rat) *big.Int {
	fl := floorRat(r)
	rem := new(big.Rat).Sub(r, new(big.Rat).SetInt(fl))
	c := rem.Cmp(big.NewRat(1, 2))
	if c > 0 || (c == 0 && fl.Bit(0) == 1) {
		return fl.Add(fl, big.NewInt(1))
	}
	return fl
}

// loadFractionsModule makes the fractions module (registered in modules.go).
func loadFractionsModule() *rt.Module {
	setupFractionsTypes()
	m := rt.NewModule("fractions")
	m.Dict.SetStr("Fraction", fractionType)
	return m
}

// fractionsSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var fractionsSetup sync.Once

func setupFractionsTypes() { fractionsSetup.Do(initFractionsTypes) }

func initFractionsTypes() {
	fractionType.New = newFraction
	fm := func(name string, fn func(th *rt.Thread, f *fraction, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
		return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			f, ok := instBase(self).(*fraction)
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "descriptor '%s' requires a 'Fraction' object", name)
			}
			return fn(th, f, args, kwargs)
		})
	}
	fractionType.AddMethods(
		fm("limit_denominator", func(th *rt.Thread, f *fraction, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var m rt.Value = rt.MakeInt(1000000)
			if err := rt.UnpackArgs("limit_denominator", args, kwargs, "max_denominator?", &m); err != nil {
				return nil, err
			}
			md := rt.ToBig(m)
			if md.Sign() < 1 {
				return nil, rt.NewError(rt.ValueErrorType, "max_denominator should be at least 1")
			}
			return newFrac(f.limitDenominator(md)), nil
		}),
		fm("as_integer_ratio", func(th *rt.Thread, f *fraction, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.NewTuple([]rt.Value{rt.NewBigInt(new(big.Int).Set(f.r.Num())), rt.NewBigInt(new(big.Int).Set(f.r.Denom()))}), nil
		}),
		fm("is_integer", func(th *rt.Thread, f *fraction, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Bool(f.r.IsInt()), nil
		}),
		fm("__float__", func(th *rt.Thread, f *fraction, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Float(f.float()), nil
		}),
		fm("__int__", func(th *rt.Thread, f *fraction, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.NewBigInt(new(big.Int).Quo(f.r.Num(), f.r.Denom())), nil
		}),
		fm("__trunc__", func(th *rt.Thread, f *fraction, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.NewBigInt(new(big.Int).Quo(f.r.Num(), f.r.Denom())), nil
		}),
		fm("__floor__", func(th *rt.Thread, f *fraction, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.NewBigInt(floorRat(f.r)), nil
		}),
		fm("__ceil__", func(th *rt.Thread, f *fraction, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.NewBigInt(new(big.Int).Neg(floorRat(new(big.Rat).Neg(f.r)))), nil
		}),
		fm("__abs__", func(th *rt.Thread, f *fraction, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return newFrac(new(big.Rat).Abs(f.r)), nil
		}),
		fm("__round__", func(th *rt.Thread, f *fraction, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var nd rt.Value = rt.None
			if err := rt.UnpackArgs("__round__", args, kwargs, "ndigits?", &nd); err != nil {
				return nil, err
			}
			if nd == rt.None {
				return rt.NewBigInt(roundHalfEvenRat(f.r)), nil
			}
			n, _ := rt.AsInt64(nd)
			shift := new(big.Int).Exp(big.NewInt(10), big.NewInt(abs64(n)), nil)
			sr := new(big.Rat).SetInt(shift)
			if n >= 0 {
				x := roundHalfEvenRat(new(big.Rat).Mul(f.r, sr))
				return newFrac(new(big.Rat).SetFrac(x, shift)), nil
			}
			x := roundHalfEvenRat(new(big.Rat).Quo(f.r, sr))
			return newFrac(new(big.Rat).SetInt(x.Mul(x, shift))), nil
		}),
		fm("__copy__", func(th *rt.Thread, f *fraction, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) { return f, nil }),
		fm("__deepcopy__", func(th *rt.Thread, f *fraction, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) { return f, nil }),
	)
	fractionType.Dict.SetStr("from_float", rt.NewFunc("from_float", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return newFraction(th, fractionType, args, kwargs)
	}))
	fractionType.Dict.SetStr("from_decimal", rt.NewFunc("from_decimal", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(args) == 1 {
			s, err := rt.ToStr(th, args[0])
			if err != nil {
				return nil, err
			}
			return newFraction(th, fractionType, []rt.Value{rt.Str(s)}, nil)
		}
		return newFraction(th, fractionType, args, kwargs)
	}))
}

func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}
