package stdlib

import (
	"math"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The two-variable statistics of Python 3.10+: covariance, correlation
// and linear_regression, computed as CPython's statistics.py does (fsum
// of float deviations from the fsum means).

var linearRegressionType = func() *rt.Type {
	t := rt.NewBuiltinType("LinearRegression", rt.TupleType)
	t.SetModule("statistics")
	return t
}()

// bivariate reads x and y as floats, checking equal lengths >= 2 with
// CPython's messages (what names the function in them).
func bivariate(th *rt.Thread, what string, args []rt.Value) (xs, ys []float64, err error) {
	if len(args) != 2 {
		return nil, nil, rt.NewError(rt.TypeErrorType, "expected 2 arguments, got %d", len(args))
	}
	var cols [2][]float64
	for i, a := range args {
		items, err := rt.IterateAll(th, a)
		if err != nil {
			return nil, nil, err
		}
		for _, it := range items {
			f, err := toFloat(th, it)
			if err != nil {
				return nil, nil, err
			}
			cols[i] = append(cols[i], f)
		}
	}
	if len(cols[0]) != len(cols[1]) {
		return nil, nil, statErr(what + " requires that both inputs have same number of data points")
	}
	if len(cols[0]) < 2 {
		return nil, nil, statErr(what + " requires at least two data points")
	}
	return cols[0], cols[1], nil
}

// fsumOf is math.fsum over Go floats.
func fsumOf(th *rt.Thread, fs []float64) (float64, error) {
	vals := make([]rt.Value, len(fs))
	for i, f := range fs {
		vals[i] = rt.Float(f)
	}
	r, err := mathFsum(th, []rt.Value{rt.NewList(vals)}, nil)
	if err != nil {
		return 0, err
	}
	return float64(r.(rt.Float)), nil
}

// fsumProducts is fsum((a[i] - da) * (b[i] - db)).
func fsumProducts(th *rt.Thread, a []float64, da float64, b []float64, db float64) (float64, error) {
	ps := make([]float64, len(a))
	for i := range a {
		ps[i] = (a[i] - da) * (b[i] - db)
	}
	return fsumOf(th, ps)
}

func means(th *rt.Thread, xs, ys []float64) (float64, float64, error) {
	sx, err := fsumOf(th, xs)
	if err != nil {
		return 0, 0, err
	}
	sy, err := fsumOf(th, ys)
	n := float64(len(xs))
	return sx / n, sy / n, err
}

// centredProducts checks the arguments of covariance and correlation and
// returns the two samples, their means and the sum of the products of
// their deviations from the means.
func centredProducts(th *rt.Thread, name string, args []rt.Value, kwargs []rt.KwArg) (xs, ys []float64, xbar, ybar, sxy float64, err error) {
	if err = noKwargs(name, kwargs); err != nil {
		return
	}
	if xs, ys, err = bivariate(th, name, args); err != nil {
		return
	}
	if xbar, ybar, err = means(th, xs, ys); err != nil {
		return
	}
	sxy, err = fsumProducts(th, xs, xbar, ys, ybar)
	return
}

func statCovariance(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	xs, _, _, _, sxy, err := centredProducts(th, "covariance", args, kwargs)
	if err != nil {
		return nil, err
	}
	return rt.Float(sxy / float64(len(xs)-1)), nil
}

func statCorrelation(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	xs, ys, xbar, ybar, sxy, err := centredProducts(th, "correlation", args, kwargs)
	if err != nil {
		return nil, err
	}
	sxx, err := fsumProducts(th, xs, xbar, xs, xbar)
	if err != nil {
		return nil, err
	}
	syy, err := fsumProducts(th, ys, ybar, ys, ybar)
	if err != nil {
		return nil, err
	}
	d := math.Sqrt(sxx * syy)
	if d == 0 {
		return nil, statErr("at least one of the inputs is constant")
	}
	return rt.Float(sxy / d), nil
}

func statLinearRegression(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	proportional := false
	for _, kw := range kwargs {
		if kw.Name != "proportional" {
			return nil, rt.NewError(rt.TypeErrorType, "linear_regression() got an unexpected keyword argument '%s'", kw.Name)
		}
		t, err := rt.Truth(th, kw.Value)
		if err != nil {
			return nil, err
		}
		proportional = t
	}
	xs, ys, err := bivariate(th, "linear regression", args)
	if err != nil {
		return nil, err
	}
	var xbar, ybar float64
	if !proportional {
		if xbar, ybar, err = means(th, xs, ys); err != nil {
			return nil, err
		}
	}
	sxy, err := fsumProducts(th, xs, xbar, ys, ybar)
	if err != nil {
		return nil, err
	}
	sxx, err := fsumProducts(th, xs, xbar, xs, xbar)
	if err != nil {
		return nil, err
	}
	if sxx == 0 {
		return nil, statErr("x is constant")
	}
	slope := sxy / sxx
	intercept := 0.0
	if !proportional {
		intercept = ybar - slope*xbar
	}
	return newNamedTuple(linearRegressionType, []string{"slope", "intercept"}, []rt.Value{rt.Float(slope), rt.Float(intercept)}), nil
}
