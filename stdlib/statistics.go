package stdlib

import (
	"math"
	"math/big"
	"sync"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
	"github.com/spindle-lang/spindle/runtime/libm"
)

// The statistics module, with CPython's exact arithmetic: sums and sums
// of squares are computed on exact rationals and converted back to the
// data's type (ints give an int when the result is integral, else a
// float; Fractions stay Fractions), and stdev/pstdev take the correctly
// rounded square root of the exact variance (_float_sqrt_of_frac).

var statisticsErrorType *rt.Type

type statKind int

const (
	statInt statKind = iota
	statFraction
	statFloat
	statDecimal // statistics_decimal.go
)

func exactRatio(v rt.Value) (*big.Rat, statKind, error) {
	if _, ok := v.(rt.Bool); ok || rt.IsIntValue(v) {
		return new(big.Rat).SetInt(rt.ToBig(v)), statInt, nil
	}
	if f, ok := instBase(v).(*fraction); ok {
		return f.r, statFraction, nil
	}
	if d, ok := instBase(v).(*decimal); ok && !d.isSpecial() {
		return d.rat(), statDecimal, nil
	}
	if x, ok := v.(rt.Float); ok {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return nil, statFloat, nil
		}
		r := new(big.Rat)
		r.SetFloat64(float64(x))
		return r, statFloat, nil
	}
	return nil, 0, rt.NewError(rt.TypeErrorType, "can't convert type '%s' to numerator/denominator", rt.TypeName(v))
}

func statData(th *rt.Thread, data rt.Value) ([]rt.Value, error) {
	return rt.IterateAll(th, data)
}

// statSum is _sum: the exact total, the coerced type and the count; nan
// or inf anywhere makes the float sum the answer (special).
// statMeanSum sums the data points of mean or fmean (name): the exact
// total and its kind, or, when a NaN or infinity decides the result, that
// mean already computed as special.
func statMeanSum(th *rt.Thread, name string, items []rt.Value) (*big.Rat, statKind, rt.Value, error) {
	if len(items) < 1 {
		return nil, 0, nil, statErr(name + " requires at least one data point")
	}
	total, kind, special, err := statSum(th, items)
	if err != nil {
		return nil, 0, nil, err
	}
	if special != nil {
		return nil, 0, rt.Float(*special / float64(len(items))), nil
	}
	return total, kind, nil, nil
}

func statSum(th *rt.Thread, items []rt.Value) (*big.Rat, statKind, *float64, error) {
	total := new(big.Rat)
	kind := statInt
	var special *float64
	for _, v := range items {
		r, k, err := exactRatio(v)
		if err != nil {
			return nil, 0, nil, err
		}
		if k > kind {
			kind = k
		}
		if r == nil {
			f := float64(v.(rt.Float))
			if special == nil {
				special = &f
			} else {
				s := *special + f
				special = &s
			}
			continue
		}
		total.Add(total, r)
	}
	return total, kind, special, nil
}

func statConvert(r *big.Rat, kind statKind) rt.Value {
	switch kind {
	case statInt:
		if r.IsInt() {
			return rt.NewBigInt(new(big.Int).Set(r.Num()))
		}
	case statFraction:
		return newFrac(r)
	case statDecimal:
		return ratToDecimal(r)
	}
	f, _ := r.Float64()
	return rt.Float(f)
}

func statErr(msg string) error { return rt.NewException(statisticsErrorType, rt.Str(msg)) }

// statSS is _ss: the exact sum of squared deviations, the kind, the count.
func statSS(th *rt.Thread, items []rt.Value, c rt.Value) (*big.Rat, statKind, int, error) {
	n := len(items)
	kind := statInt
	if c != nil && c != rt.None {
		ss := new(big.Rat)
		for _, x := range items {
			d, err := rt.BinaryOp(th, ast.Sub, x, c)
			if err != nil {
				return nil, 0, 0, err
			}
			r, k, err := exactRatio(d)
			if err != nil {
				return nil, 0, 0, err
			}
			if k > kind {
				kind = k
			}
			if r != nil {
				ss.Add(ss, new(big.Rat).Mul(r, r))
			}
		}
		return ss, kind, n, nil
	}
	sx, sxx := new(big.Rat), new(big.Rat)
	for _, x := range items {
		r, k, err := exactRatio(x)
		if err != nil {
			return nil, 0, 0, err
		}
		if k > kind {
			kind = k
		}
		if r == nil {
			return nil, statFloat, n, nil
		}
		sx.Add(sx, r)
		sxx.Add(sxx, new(big.Rat).Mul(r, r))
	}
	if n == 0 {
		return new(big.Rat), kind, 0, nil
	}
	cnt := new(big.Rat).SetInt64(int64(n))
	ss := new(big.Rat).Mul(cnt, sxx)
	ss.Sub(ss, new(big.Rat).Mul(sx, sx))
	ss.Quo(ss, cnt)
	return ss, kind, n, nil
}

// floatSqrtOfFrac is CPython's _float_sqrt_of_frac(n, m).
func floatSqrtOfFrac(r *big.Rat) float64 {
	n, m := r.Num(), r.Denom()
	const width = 2*53 + 3
	q := (n.BitLen() - m.BitLen() - width) / 2
	if n.BitLen()-m.BitLen()-width < 0 && (n.BitLen()-m.BitLen()-width)%2 != 0 {
		q-- // floor division
	}
	rto := func(n, m *big.Int) *big.Int {
		a := new(big.Int).Sqrt(new(big.Int).Quo(n, m))
		chk := new(big.Int).Mul(a, a)
		chk.Mul(chk, m)
		if chk.Cmp(n) != 0 {
			a.SetBit(a, 0, 1)
		}
		return a
	}
	var num, den *big.Int
	if q >= 0 {
		num = new(big.Int).Lsh(rto(n, new(big.Int).Lsh(m, uint(2*q))), uint(q))
		den = big.NewInt(1)
	} else {
		num = rto(new(big.Int).Lsh(n, uint(-2*q)), m)
		den = new(big.Int).Lsh(big.NewInt(1), uint(-q))
	}
	f, _ := new(big.Rat).SetFrac(num, den).Float64()
	return f
}

func sortedData(th *rt.Thread, data rt.Value) ([]rt.Value, error) {
	items, err := statData(th, data)
	if err != nil {
		return nil, err
	}
	if err := rt.SortValues(th, items, nil, false); err != nil {
		return nil, err
	}
	return items, nil
}

// varianceFn is statistics.variance / pvariance (the sample's or the
// population's variance, in the data's type) or, with root, stdev /
// pstdev (its square root, a float).
func varianceFn(name string, population, root bool) *rt.Builtin {
	return statFn(name, func(th *rt.Thread, items []rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if root && population && len(items) < 1 {
			return nil, statErr(name + " requires at least one data point")
		}
		if root && !population && len(items) < 2 {
			return nil, statErr(name + " requires at least two data points")
		}
		v, kind, err := variance(th, items, args, population)
		if err != nil || v == nil {
			return rt.Float(math.NaN()), err
		}
		if root && kind == statDecimal {
			return decimalSqrtOfFrac(th, v)
		}
		if root {
			return rt.Float(floatSqrtOfFrac(v)), nil
		}
		return statConvert(v, kind), nil
	})
}

func statFn(name string, fn func(th *rt.Thread, items []rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(args) < 1 {
			return nil, rt.NewError(rt.TypeErrorType, "%s() missing 1 required positional argument: 'data'", name)
		}
		items, err := statData(th, args[0])
		if err != nil {
			return nil, err
		}
		return fn(th, items, args[1:], kwargs)
	})
}

func variance(th *rt.Thread, items []rt.Value, args []rt.Value, pop bool) (*big.Rat, statKind, error) {
	var c rt.Value
	if len(args) > 0 {
		c = args[0]
	}
	n := len(items)
	if pop && n < 1 {
		return nil, 0, statErr("pvariance requires at least one data point")
	}
	if !pop && n < 2 {
		return nil, 0, statErr("variance requires at least two data points")
	}
	ss, kind, _, err := statSS(th, items, c)
	if err != nil {
		return nil, 0, err
	}
	if ss == nil {
		return nil, statFloat, nil
	}
	d := int64(n - 1)
	if pop {
		d = int64(n)
	}
	return new(big.Rat).Quo(ss, new(big.Rat).SetInt64(d)), kind, nil
}

// loadStatisticsModule makes the _statistics module (registered in
// modules.go), which the statistics module (pysrc/statistics.py) imports
// everything from.
func loadStatisticsModule() *rt.Module {
	setupStatisticsTypes()
	m := rt.NewModule("_statistics")
	m.Dict.SetStr("StatisticsError", statisticsErrorType)
	m.Dict.SetStr("LinearRegression", linearRegressionType)
	m.Dict.SetStr("covariance", rt.NewFunc("covariance", statCovariance))
	m.Dict.SetStr("correlation", rt.NewFunc("correlation", statCorrelation))
	m.Dict.SetStr("linear_regression", rt.NewFunc("linear_regression", statLinearRegression))
	for _, f := range []*rt.Builtin{
		statFn("mean", func(th *rt.Thread, items []rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			total, kind, special, err := statMeanSum(th, "mean", items)
			if err != nil || special != nil {
				return special, err
			}
			return statConvert(total.Quo(total, new(big.Rat).SetInt64(int64(len(items)))), kind), nil
		}),
		statFn("fmean", func(th *rt.Thread, items []rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			total, _, special, err := statMeanSum(th, "fmean", items)
			if err != nil || special != nil {
				return special, err
			}
			f, _ := total.Float64()
			return rt.Float(f / float64(len(items))), nil
		}),
		statFn("geometric_mean", func(th *rt.Thread, items []rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(items) < 1 {
				return nil, statErr("geometric mean requires a non-empty dataset containing positive numbers")
			}
			logs := new(big.Rat)
			for _, v := range items {
				f, ok := rt.AsFloat(v)
				if !ok {
					if fr, isF := instBase(v).(*fraction); isF {
						f = fr.float()
					}
				}
				if f <= 0 {
					return nil, statErr("geometric mean requires a non-empty dataset containing positive numbers")
				}
				r := new(big.Rat)
				r.SetFloat64(libm.Log(f))
				logs.Add(logs, r)
			}
			lf, _ := logs.Float64()
			return rt.Float(libm.Exp(lf / float64(len(items)))), nil
		}),
		statFn("harmonic_mean", harmonicMean),
		statFn("median", func(th *rt.Thread, items []rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.SortValues(th, items, nil, false); err != nil {
				return nil, err
			}
			n := len(items)
			if n == 0 {
				return nil, statErr("no median for empty data")
			}
			if n%2 == 1 {
				return items[n/2], nil
			}
			s, err := rt.BinaryOp(th, ast.Add, items[n/2-1], items[n/2])
			if err != nil {
				return nil, err
			}
			return rt.BinaryOp(th, ast.Div, s, rt.MakeInt(2))
		}),
		statFn("median_low", func(th *rt.Thread, items []rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.SortValues(th, items, nil, false); err != nil {
				return nil, err
			}
			n := len(items)
			if n == 0 {
				return nil, statErr("no median for empty data")
			}
			if n%2 == 1 {
				return items[n/2], nil
			}
			return items[n/2-1], nil
		}),
		statFn("median_grouped", medianGrouped),
		statFn("median_high", func(th *rt.Thread, items []rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.SortValues(th, items, nil, false); err != nil {
				return nil, err
			}
			if len(items) == 0 {
				return nil, statErr("no median for empty data")
			}
			return items[len(items)/2], nil
		}),
		statFn("mode", func(th *rt.Thread, items []rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			modes, err := multimode(th, items)
			if err != nil {
				return nil, err
			}
			if len(modes) == 0 {
				return nil, statErr("no mode for empty data")
			}
			return modes[0], nil
		}),
		statFn("multimode", func(th *rt.Thread, items []rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			modes, err := multimode(th, items)
			return rt.NewList(modes), err
		}),
		varianceFn("variance", false, false),
		varianceFn("pvariance", true, false),
		varianceFn("stdev", false, true),
		varianceFn("pstdev", true, true),
		statFn("quantiles", func(th *rt.Thread, items []rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			n := 4
			method := "exclusive"
			if err := rt.UnpackArgs("quantiles", args, kwargs, "*", "n?", &n, "method?", &method); err != nil {
				return nil, err
			}
			if n < 1 {
				return nil, statErr("n must be at least 1")
			}
			if err := rt.SortValues(th, items, nil, false); err != nil {
				return nil, err
			}
			ld := len(items)
			if ld < 2 {
				return nil, statErr("must have at least two data points")
			}
			interp := func(lo, hi rt.Value, wlo, whi int) (rt.Value, error) {
				a, err := rt.BinaryOp(th, ast.Mult, lo, rt.MakeInt(int64(wlo)))
				if err != nil {
					return nil, err
				}
				b, err := rt.BinaryOp(th, ast.Mult, hi, rt.MakeInt(int64(whi)))
				if err != nil {
					return nil, err
				}
				s, err := rt.BinaryOp(th, ast.Add, a, b)
				if err != nil {
					return nil, err
				}
				return rt.BinaryOp(th, ast.Div, s, rt.MakeInt(int64(n)))
			}
			var out []rt.Value
			switch method {
			case "inclusive":
				m := ld - 1
				for i := 1; i < n; i++ {
					j, delta := i*m/n, i*m%n
					v, err := interp(items[j], items[min(j+1, ld-1)], n-delta, delta)
					if err != nil {
						return nil, err
					}
					out = append(out, v)
				}
			case "exclusive":
				m := ld + 1
				for i := 1; i < n; i++ {
					j := i * m / n
					if j < 1 {
						j = 1
					} else if j > ld-1 {
						j = ld - 1
					}
					delta := i*m - j*n
					v, err := interp(items[j-1], items[j], n-delta, delta)
					if err != nil {
						return nil, err
					}
					out = append(out, v)
				}
			default:
				return nil, rt.NewError(rt.ValueErrorType, "Unknown method: %s", pyQuote(method))
			}
			return rt.NewList(out), nil
		}),
	} {
		m.Dict.SetStr(f.Name, f)
	}
	return m
}

// statisticsSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var statisticsSetup sync.Once

func setupStatisticsTypes() { statisticsSetup.Do(initStatisticsTypes) }

func initStatisticsTypes() {
	setupFractionsTypes() // statistics returns Fractions
	statisticsErrorType = goClass("StatisticsError", "statistics", []*rt.Type{rt.ValueErrorType})
}

func multimode(th *rt.Thread, items []rt.Value) ([]rt.Value, error) {
	counts := rt.NewDict()
	for _, v := range items {
		c, ok, err := counts.Get(th, v)
		if err != nil {
			return nil, err
		}
		n := int64(0)
		if ok {
			n, _ = rt.AsInt64(c)
		}
		if err := counts.Set(th, v, rt.MakeInt(n+1)); err != nil {
			return nil, err
		}
	}
	best := int64(0)
	for _, c := range counts.Values() {
		if n, _ := rt.AsInt64(c); n > best {
			best = n
		}
	}
	var out []rt.Value
	for _, kv := range counts.Items() {
		if n, _ := rt.AsInt64(kv[1]); n == best {
			out = append(out, kv[0])
		}
	}
	return out, nil
}
