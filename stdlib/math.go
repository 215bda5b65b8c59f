package stdlib

import (
	"math"
	"math/big"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
	"github.com/spindle-lang/spindle/runtime/libm"
)

// The math module: libm (the C library's functions, as CPython calls
// them; package libm) and Go's math package behind CPython's argument
// conversions and error rules (math_1 in mathmodule.c: a NaN result from
// a non-NaN argument is "math domain error"; an infinite result from a
// finite argument is "math range error" for functions that can overflow
// and a domain error otherwise). floor/ceil/trunc/factorial/gcd/... are
// exact on big ints.

// setMathConstants gives a module the float constants math and cmath
// share: pi, e, tau, inf, nan.
func setMathConstants(m *rt.Module) {
	m.Dict.SetStr("pi", rt.Float(math.Pi))
	m.Dict.SetStr("e", rt.Float(math.E))
	m.Dict.SetStr("tau", rt.Float(2*math.Pi))
	m.Dict.SetStr("inf", rt.Float(math.Inf(1)))
	m.Dict.SetStr("nan", rt.Float(math.NaN()))
}

func newMathModule() *rt.Module {
	m := rt.NewModule("math")
	setMathConstants(m)
	add := func(fns ...*rt.Builtin) {
		for _, f := range fns {
			m.Dict.SetStr(f.Name, f)
		}
	}
	add(
		math1("sqrt", math.Sqrt, false),
		math1("exp", libm.Exp, true),
		math1("exp2", libm.Exp2, true),
		math1("expm1", libm.Expm1, true),
		math1("log1p", libm.Log1p, false),
		math1("sin", libm.Sin, false),
		math1("cos", libm.Cos, false),
		math1("tan", libm.Tan, false),
		math1("asin", libm.Asin, false),
		math1("acos", libm.Acos, false),
		math1("atan", libm.Atan, false),
		math1("sinh", libm.Sinh, true),
		math1("cosh", libm.Cosh, true),
		math1("tanh", libm.Tanh, false),
		math1("asinh", libm.Asinh, false),
		math1("acosh", libm.Acosh, false),
		math1("atanh", libm.Atanh, false),
		math1("erf", libm.Erf, false),
		math1("erfc", libm.Erfc, false),
		math1("cbrt", libm.Cbrt, false),
		math1("fabs", math.Abs, false),
		math1("degrees", func(x float64) float64 { return x * (180 / math.Pi) }, true),
		math1("radians", func(x float64) float64 { return x * (math.Pi / 180) }, false),
		math1("gamma", mathGamma, true),
		math1("lgamma", mathLgamma, true),
		math1("ulp", mathUlp, false),
		math2("atan2", libm.Atan2),
		math2("copysign", math.Copysign),
		math2("fmod", mathFmod),
		math2("remainder", mathRemainder),
		math2("nextafter", math.Nextafter),
		math2("pow", mathPow),
		rt.NewFunc("log", mathLog),
		logFunc("log2", libm.Log2, math.Log2E),
		logFunc("log10", libm.Log10, 1/math.Ln10),
		rt.NewFunc("floor", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return roundToInt(th, "floor", math.Floor, args, kwargs)
		}),
		rt.NewFunc("ceil", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return roundToInt(th, "ceil", math.Ceil, args, kwargs)
		}),
		rt.NewFunc("trunc", mathTrunc),
		rt.NewFunc("factorial", mathFactorial),
		rt.NewFunc("gcd", mathGcd),
		rt.NewFunc("lcm", mathLcm),
		rt.NewFunc("comb", mathComb),
		rt.NewFunc("perm", mathPerm),
		rt.NewFunc("isqrt", mathIsqrt),
		rt.NewFunc("isclose", mathIsclose),
		rt.NewFunc("isfinite", mathPredicate("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) })),
		rt.NewFunc("isinf", mathPredicate("isinf", func(x float64) bool { return math.IsInf(x, 0) })),
		rt.NewFunc("isnan", mathPredicate("isnan", math.IsNaN)),
		rt.NewFunc("prod", mathProd),
		rt.NewFunc("fsum", mathFsum),
		rt.NewFunc("modf", mathModf),
		rt.NewFunc("frexp", mathFrexp),
		rt.NewFunc("ldexp", mathLdexp),
		rt.NewFunc("hypot", mathHypot),
		rt.NewFunc("dist", mathDist),
	)
	return m
}

func errDomain() error { return rt.NewError(rt.ValueErrorType, "math domain error") }
func errRange() error  { return rt.NewError(rt.OverflowErrorType, "math range error") }

// toFloat converts a real number argument (int, float, or an object with
// __float__ or __index__) to float64.
func toFloat(th *rt.Thread, v rt.Value) (float64, error) {
	switch x := v.(type) {
	case rt.Float:
		return float64(x), nil
	case rt.Int:
		return float64(x), nil
	case rt.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *rt.BigInt:
		f, _ := new(big.Float).SetInt(x.Big()).Float64()
		if math.IsInf(f, 0) {
			return 0, rt.NewError(rt.OverflowErrorType, "int too large to convert to float")
		}
		return f, nil
	}
	for _, name := range []string{"__float__", "__index__"} {
		if v.Type().Lookup(name) != nil {
			r, err := rt.CallMethod(th, v, name, nil, nil)
			if err != nil {
				return 0, err
			}
			if name == "__float__" {
				f, ok := r.(rt.Float)
				if !ok {
					return 0, rt.NewError(rt.TypeErrorType, "%s.__float__ returned non-float (type %s)", rt.TypeName(v), rt.TypeName(r))
				}
				return float64(f), nil
			}
			return toFloat(th, r)
		}
	}
	return 0, rt.NewError(rt.TypeErrorType, "must be real number, not %s", rt.TypeName(v))
}

// math1 wraps a one-argument float function with CPython's error rules.
//
// It is made by NewFunc1, so math.sqrt(x) from compiled code passes x with
// no argument slice; the argument errors name it "math.sqrt", as CPython
// does. (The qualified name was concatenated on every call: 5% of pyperf
// float's CPU.)
func math1(name string, fn func(float64) float64, canOverflow bool) *rt.Builtin {
	b := rt.NewFunc1("math."+name, func(th *rt.Thread, a rt.Value) (rt.Value, error) {
		x, err := toFloat(th, a)
		if err != nil {
			return nil, err
		}
		return checkResult(fn(x), x, canOverflow)
	})
	b.Name = name
	return b
}

func checkResult(r, x float64, canOverflow bool) (rt.Value, error) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return nil, errDomain()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			return nil, errRange()
		}
		return nil, errDomain()
	}
	return rt.Float(r), nil
}

// floatArgs converts exactly n positional arguments.
func floatArgs(th *rt.Thread, name string, n int, args []rt.Value, kwargs []rt.KwArg) ([]float64, error) {
	if len(kwargs) > 0 {
		return nil, rt.NewError(rt.TypeErrorType, "math.%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		return nil, rt.NewError(rt.TypeErrorType, "%s expected %d arguments, got %d", name, n, len(args))
	}
	out := make([]float64, n)
	for i, a := range args {
		f, err := toFloat(th, a)
		if err != nil {
			return nil, err
		}
		out[i] = f
	}
	return out, nil
}

// math2 wraps a two-argument float function; fn may itself return the
// CPython error through a NaN/Inf result checked like math_2 does.
func math2(name string, fn func(x, y float64) float64) *rt.Builtin {
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		xy, err := floatArgs(th, name, 2, args, kwargs)
		if err != nil {
			return nil, err
		}
		x, y := xy[0], xy[1]
		if name == "pow" {
			return mathPowChecked(x, y)
		}
		r := fn(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return nil, errDomain()
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) && !math.IsNaN(x) && !math.IsNaN(y) {
			return nil, errRange()
		}
		return rt.Float(r), nil
	})
}

func mathFmod(x, y float64) float64 {
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return x
	}
	return math.Mod(x, y)
}

func mathRemainder(x, y float64) float64 { return math.Remainder(x, y) }

func mathPow(x, y float64) float64 { return rt.PowFloat(x, y) }

// mathPowChecked is math.pow: float semantics with C99 special cases.
func mathPowChecked(x, y float64) (rt.Value, error) {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) {
		return rt.Float(math.Pow(x, y)), nil
	}
	if x == 0 && y < 0 {
		return nil, errDomain()
	}
	if x < 0 && y != math.Trunc(y) {
		return nil, errDomain()
	}
	r := rt.PowFloat(x, y)
	if math.IsInf(r, 0) {
		return nil, errRange()
	}
	return rt.Float(r), nil
}

func mathUlp(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return x
	}
	next := math.Nextafter(x, math.Inf(1))
	if math.IsInf(next, 0) {
		return x - math.Nextafter(x, 0)
	}
	return next - x
}

// logOf is the natural log of a positive real, exact in range for big
// ints (log(2**10000) works as in CPython).
func logOf(th *rt.Thread, v rt.Value) (float64, error) {
	if b, ok := v.(*rt.BigInt); ok {
		if b.Big().Sign() <= 0 {
			return 0, errDomain()
		}
		// x = m * 2**e with 0.5 <= m < 1.
		e := b.Big().BitLen()
		m, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(b.Big()), -e).Float64()
		return libm.Log(m) + float64(e)*math.Ln2, nil
	}
	x, err := toFloat(th, v)
	if err != nil {
		return 0, err
	}
	if x <= 0 || math.IsNaN(x) {
		if math.IsNaN(x) {
			return x, nil
		}
		return 0, errDomain()
	}
	return libm.Log(x), nil
}

func mathLog(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := checkArgCount("log", args, kwargs, 1, 2); err != nil {
		return nil, err
	}
	num, err := logOf(th, args[0])
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return rt.Float(num), nil
	}
	den, err := logOf(th, args[1])
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, rt.NewError(rt.ZeroDivisionErrorType, "float division by zero")
	}
	return rt.Float(num / den), nil
}

// logFunc is log2/log10: fn on floats, and through the natural log (times
// scale) for big ints.
func logFunc(name string, fn func(float64) float64, scale float64) *rt.Builtin {
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		a, err := oneArg("math."+name, args, kwargs)
		if err != nil {
			return nil, err
		}
		if _, ok := a.(*rt.BigInt); ok {
			l, err := logOf(th, a)
			if err != nil {
				return nil, err
			}
			return rt.Float(l * scale), nil
		}
		x, err := toFloat(th, a)
		if err != nil {
			return nil, err
		}
		if x <= 0 {
			return nil, errDomain()
		}
		return rt.Float(fn(x)), nil
	})
}

// floatToIntValue converts an integral float to an int value (big when
// needed); inf and nan fail as in int(x).
func floatToIntValue(f float64) (rt.Value, error) {
	if math.IsNaN(f) {
		return nil, rt.NewError(rt.ValueErrorType, "cannot convert float NaN to integer")
	}
	if math.IsInf(f, 0) {
		return nil, rt.NewError(rt.OverflowErrorType, "cannot convert float infinity to integer")
	}
	if f >= -(1<<63) && f < 1<<63 {
		return rt.MakeInt(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return rt.NewBigInt(b), nil
}

// intValue returns v itself when it is an int (bool becomes int).
func intValue(v rt.Value) (rt.Value, bool) {
	switch x := v.(type) {
	case rt.Int, *rt.BigInt:
		return x, true
	case rt.Bool:
		if x {
			return rt.MakeInt(1), true
		}
		return rt.MakeInt(0), true
	}
	return nil, false
}

// roundToInt is floor and ceil: ints unchanged, __floor__/__ceil__
// honoured, floats rounded and converted to (possibly big) ints.
func roundToInt(th *rt.Thread, name string, fn func(float64) float64, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	a, err := oneArg("math."+name, args, kwargs)
	if err != nil {
		return nil, err
	}
	if i, ok := intValue(a); ok {
		return i, nil
	}
	if _, ok := a.(rt.Float); !ok && a.Type().Lookup("__"+name+"__") != nil {
		return rt.CallMethod(th, a, "__"+name+"__", nil, nil)
	}
	x, err := toFloat(th, a)
	if err != nil {
		return nil, err
	}
	return floatToIntValue(fn(x))
}

func mathTrunc(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	a, err := oneArg("math.trunc", args, kwargs)
	if err != nil {
		return nil, err
	}
	if i, ok := intValue(a); ok {
		return i, nil
	}
	if f, ok := a.(rt.Float); ok {
		return floatToIntValue(math.Trunc(float64(f)))
	}
	if a.Type().Lookup("__trunc__") != nil {
		return rt.CallMethod(th, a, "__trunc__", nil, nil)
	}
	return nil, rt.NewError(rt.TypeErrorType, "type %s doesn't define __trunc__ method", rt.TypeName(a))
}

// bigArg converts an integer argument (int, bool or __index__) to a new
// big.Int.
func bigArg(th *rt.Thread, v rt.Value) (*big.Int, error) {
	if b := rt.ToBig(v); b != nil {
		return b, nil
	}
	if v.Type().Lookup("__index__") != nil {
		r, err := rt.CallMethod(th, v, "__index__", nil, nil)
		if err != nil {
			return nil, err
		}
		if b := rt.ToBig(r); b != nil {
			return b, nil
		}
	}
	if x, ok := v.(rt.HasIndex); ok {
		r, err := x.Index()
		if err != nil {
			return nil, err
		}
		if b := rt.ToBig(r); b != nil {
			return b, nil
		}
	}
	return nil, rt.NewError(rt.TypeErrorType, "'%s' object cannot be interpreted as an integer", rt.TypeName(v))
}

// smallArg is bigArg limited to int64 (factorial, comb, perm arguments).
func smallArg(th *rt.Thread, v rt.Value, what string) (int64, error) {
	b, err := bigArg(th, v)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		if b.Sign() < 0 {
			return -1, nil
		}
		return 0, rt.NewError(rt.OverflowErrorType, "%s must not exceed %d", what, int64(math.MaxInt64))
	}
	return b.Int64(), nil
}

func mathFactorial(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	a, err := oneArg("math.factorial", args, kwargs)
	if err != nil {
		return nil, err
	}
	n, err := smallArg(th, a, "factorial() argument")
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, rt.NewError(rt.ValueErrorType, "factorial() not defined for negative values")
	}
	if n < 2 {
		return rt.MakeInt(1), nil
	}
	return rt.NewBigInt(new(big.Int).MulRange(1, n)), nil
}

func mathGcd(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(kwargs) > 0 {
		return nil, rt.NewError(rt.TypeErrorType, "gcd() takes no keyword arguments")
	}
	g := new(big.Int)
	for _, a := range args {
		b, err := bigArg(th, a)
		if err != nil {
			return nil, err
		}
		g.GCD(nil, nil, g.Abs(g), b.Abs(b))
	}
	return rt.NewBigInt(g), nil
}

func mathLcm(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(kwargs) > 0 {
		return nil, rt.NewError(rt.TypeErrorType, "lcm() takes no keyword arguments")
	}
	l := big.NewInt(1)
	for _, a := range args {
		b, err := bigArg(th, a)
		if err != nil {
			return nil, err
		}
		b.Abs(b)
		if b.Sign() == 0 || l.Sign() == 0 {
			l.SetInt64(0)
			continue
		}
		g := new(big.Int).GCD(nil, nil, l, b)
		l.Mul(l, b.Quo(b, g))
	}
	return rt.NewBigInt(l), nil
}

// combArgs reads the n and k of comb/perm (k may be None for perm).
func combArgs(th *rt.Thread, name string, args []rt.Value, kwargs []rt.KwArg, kOptional bool) (n, k int64, kNone bool, err error) {
	min := 2
	if kOptional {
		min = 1
	}
	if err := checkArgCount(name, args, kwargs, min, 2); err != nil {
		return 0, 0, false, err
	}
	if n, err = smallArg(th, args[0], "n"); err != nil {
		return 0, 0, false, err
	}
	if len(args) == 1 || args[1] == rt.None {
		kNone = true
	} else if k, err = smallArg(th, args[1], "k"); err != nil {
		return 0, 0, false, err
	}
	if n < 0 {
		return 0, 0, false, rt.NewError(rt.ValueErrorType, "n must be a non-negative integer")
	}
	if k < 0 {
		return 0, 0, false, rt.NewError(rt.ValueErrorType, "k must be a non-negative integer")
	}
	return n, k, kNone, nil
}

func mathComb(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	n, k, _, err := combArgs(th, "comb", args, kwargs, false)
	if err != nil {
		return nil, err
	}
	if k > n {
		return rt.MakeInt(0), nil
	}
	return rt.NewBigInt(new(big.Int).Binomial(n, k)), nil
}

func mathPerm(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	n, k, kNone, err := combArgs(th, "perm", args, kwargs, true)
	if err != nil {
		return nil, err
	}
	if kNone {
		k = n
	}
	if k > n {
		return rt.MakeInt(0), nil
	}
	if k == 0 {
		return rt.MakeInt(1), nil
	}
	return rt.NewBigInt(new(big.Int).MulRange(n-k+1, n)), nil
}

func mathIsqrt(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	a, err := oneArg("math.isqrt", args, kwargs)
	if err != nil {
		return nil, err
	}
	b, err := bigArg(th, a)
	if err != nil {
		return nil, err
	}
	if b.Sign() < 0 {
		return nil, rt.NewError(rt.ValueErrorType, "isqrt() argument must be nonnegative")
	}
	return rt.NewBigInt(b.Sqrt(b)), nil
}

func mathIsclose(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var av, bv rt.Value
	relTol, absTol := 1e-9, 0.0
	var relV, absV rt.Value
	if err := rt.UnpackArgs("isclose", args, kwargs, "a", &av, "b", &bv, "*", "rel_tol?", &relV, "abs_tol?", &absV); err != nil {
		return nil, err
	}
	a, err := toFloat(th, av)
	if err != nil {
		return nil, err
	}
	b, err := toFloat(th, bv)
	if err != nil {
		return nil, err
	}
	if relV != nil {
		if relTol, err = toFloat(th, relV); err != nil {
			return nil, err
		}
	}
	if absV != nil {
		if absTol, err = toFloat(th, absV); err != nil {
			return nil, err
		}
	}
	if relTol < 0 || absTol < 0 {
		return nil, rt.NewError(rt.ValueErrorType, "tolerances must be non-negative")
	}
	if a == b {
		return rt.True, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return rt.False, nil
	}
	diff := math.Abs(b - a)
	return rt.Bool(diff <= math.Abs(relTol*b) || diff <= math.Abs(relTol*a) || diff <= absTol), nil
}

func mathPredicate(name string, fn func(float64) bool) func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	return func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		a, err := oneArg("math."+name, args, kwargs)
		if err != nil {
			return nil, err
		}
		if _, ok := intValue(a); ok {
			return rt.Bool(fn(0)), nil
		}
		x, err := toFloat(th, a)
		if err != nil {
			return nil, err
		}
		return rt.Bool(fn(x)), nil
	}
}

func mathProd(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var iterable rt.Value
	var start rt.Value = rt.MakeInt(1)
	if err := rt.UnpackArgs("prod", args, kwargs, "iterable", &iterable, "/", "*", "start?", &start); err != nil {
		return nil, err
	}
	acc := start
	err := forEach(th, iterable, func(v rt.Value) (bool, error) {
		var err error
		acc, err = rt.BinaryOp(th, ast.Mult, acc, v)
		return err != nil, err
	})
	if err != nil {
		return nil, err
	}
	return acc, nil
}

// mathFsum is CPython's math_fsum: Shewchuk's exact summation with
// partials, then correct rounding of the total.
func mathFsum(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	a, err := oneArg("math.fsum", args, kwargs)
	if err != nil {
		return nil, err
	}
	var partials []float64
	specialSum, infSum := 0.0, 0.0
	err = forEach(th, a, func(v rt.Value) (bool, error) {
		x, err := toFloat(th, v)
		if err != nil {
			return true, err
		}
		xsave := x
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x != 0 {
			if math.IsInf(x, 0) || math.IsNaN(x) {
				// A non-finite x comes from an overflow, or from a nan
				// or inf among the summands.
				if !math.IsInf(xsave, 0) && !math.IsNaN(xsave) {
					return true, rt.NewError(rt.OverflowErrorType, "intermediate overflow in fsum")
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				partials = partials[:0]
			} else {
				partials = append(partials, x)
			}
		}
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	if specialSum != 0 {
		if math.IsNaN(infSum) {
			return nil, rt.NewError(rt.ValueErrorType, "-inf + inf in fsum")
		}
		return rt.Float(specialSum), nil
	}
	hi := 0.0
	n := len(partials)
	if n > 0 {
		n--
		hi = partials[n]
		lo := 0.0
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		// Make half-even rounding work across multiple partials.
		if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return rt.Float(hi), nil
}

func mathModf(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	a, err := oneArg("math.modf", args, kwargs)
	if err != nil {
		return nil, err
	}
	x, err := toFloat(th, a)
	if err != nil {
		return nil, err
	}
	if math.IsInf(x, 0) {
		return tuple2(rt.Float(math.Copysign(0, x)), rt.Float(x)), nil
	}
	i, f := math.Modf(x)
	return tuple2(rt.Float(f), rt.Float(i)), nil
}

func mathFrexp(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	a, err := oneArg("math.frexp", args, kwargs)
	if err != nil {
		return nil, err
	}
	x, err := toFloat(th, a)
	if err != nil {
		return nil, err
	}
	m, e := math.Frexp(x)
	return tuple2(rt.Float(m), rt.MakeInt(int64(e))), nil
}

func mathLdexp(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := checkArgCount("ldexp", args, kwargs, 2, 2); err != nil {
		return nil, err
	}
	x, err := toFloat(th, args[0])
	if err != nil {
		return nil, err
	}
	if _, ok := intValue(args[1]); !ok {
		return nil, rt.NewError(rt.TypeErrorType, "Expected an int as second argument to ldexp.")
	}
	eb := rt.ToBig(args[1])
	var e int
	switch {
	case eb.Cmp(big.NewInt(100000)) > 0:
		e = 100000
	case eb.Cmp(big.NewInt(-100000)) < 0:
		e = -100000
	default:
		e = int(eb.Int64())
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return rt.Float(x), nil
	}
	r := math.Ldexp(x, e)
	if math.IsInf(r, 0) {
		return nil, errRange()
	}
	return rt.Float(r), nil
}

// vectorNorm is sqrt(sum(x*x)) as CPython's vector_norm computes it, so
// hypot and dist print the same last digit: the elements are scaled by a
// power of two so the largest lies in [0.5, 1), squared exactly (FMA
// gives the low part), summed with Neumaier compensation over an initial
// 1.0, and the square root gets one differential (Newton) correction.
// Go's math.Hypot differed from CPython in a third of random 2-argument
// calls.
func vectorNorm(xs []float64) float64 {
	max := 0.0
	for _, x := range xs {
		x = math.Abs(x)
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
		if x > max || math.IsNaN(x) {
			max = x
		}
	}
	if math.IsNaN(max) {
		return max
	}
	if max == 0 || len(xs) <= 1 {
		return max
	}
	_, maxE := math.Frexp(max)
	if maxE < -1023 {
		// ldexp(1, -maxE) would overflow: make the subnormals normal first.
		const minNormal = 0x1p-1022
		for i := range xs {
			xs[i] /= minNormal
		}
		return minNormal * vectorNorm(xs)
	}
	scale := math.Ldexp(1, -maxE)
	csum, frac1, frac2 := 1.0, 0.0, 0.0
	// addProduct adds a*b to csum+frac1+frac2 without losing bits: the
	// product's rounding error goes to frac1, the sum's to frac2 (|csum|
	// stays >= |a*b|, so the fast two-sum is exact).
	addProduct := func(a, b float64) {
		hi := a * b
		lo := math.FMA(a, b, -hi)
		sum := csum + hi
		frac2 += hi - (sum - csum)
		csum = sum
		frac1 += lo
	}
	for _, x := range xs {
		x *= scale
		addProduct(x, x)
	}
	h := math.Sqrt(csum - 1.0 + (frac1 + frac2))
	addProduct(-h, h)
	x := csum - 1.0 + (frac1 + frac2)
	h += x / (2.0 * h)
	return h / scale
}

func mathHypot(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(kwargs) > 0 {
		return nil, rt.NewError(rt.TypeErrorType, "math.hypot() takes no keyword arguments")
	}
	xs := make([]float64, len(args))
	for i, a := range args {
		x, err := toFloat(th, a)
		if err != nil {
			return nil, err
		}
		xs[i] = x
	}
	return rt.Float(vectorNorm(xs)), nil
}

func mathDist(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := checkArgCount("dist", args, kwargs, 2, 2); err != nil {
		return nil, err
	}
	p, err := rt.IterateAll(th, args[0])
	if err != nil {
		return nil, err
	}
	q, err := rt.IterateAll(th, args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, rt.NewError(rt.ValueErrorType, "both points must have the same number of dimensions")
	}
	xs := make([]float64, len(p))
	for i := range p {
		a, err := toFloat(th, p[i])
		if err != nil {
			return nil, err
		}
		b, err := toFloat(th, q[i])
		if err != nil {
			return nil, err
		}
		xs[i] = a - b
	}
	return rt.Float(vectorNorm(xs)), nil
}
