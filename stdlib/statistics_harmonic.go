package stdlib

import (
	"math/big"

	rt "github.com/spindle-lang/spindle/runtime"
)

// harmonicMean is statistics.harmonic_mean(data, weights=None):
// sum(weights) / sum(w/x), exact until the final conversion to the
// data's type (a float for ints). A single unweighted point is returned
// as is; a zero data point makes the result 0.
func harmonicMean(th *rt.Thread, items []rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	const negMsg = "harmonic mean does not support negative values"
	var weightsArg rt.Value = rt.None
	if len(args) > 0 {
		weightsArg = args[0]
	}
	for _, kw := range kwargs {
		if kw.Name != "weights" || len(args) > 0 {
			return nil, rt.NewError(rt.TypeErrorType, "harmonic_mean() got an unexpected keyword argument '%s'", kw.Name)
		}
		weightsArg = kw.Value
	}
	n := len(items)
	if n < 1 {
		return nil, statErr("harmonic_mean requires at least one data point")
	}
	if n == 1 && weightsArg == rt.None {
		r, _, err := exactRatio(items[0])
		if err != nil {
			return nil, err
		}
		if r.Sign() < 0 {
			return nil, statErr(negMsg)
		}
		return items[0], nil
	}
	weights := make([]*big.Rat, n)
	sumW := new(big.Rat)
	kind := statInt
	if weightsArg == rt.None {
		for i := range weights {
			weights[i] = big.NewRat(1, 1)
		}
		sumW.SetInt64(int64(n))
	} else {
		ws, err := rt.IterateAll(th, weightsArg)
		if err != nil {
			return nil, err
		}
		if len(ws) != n {
			return nil, statErr("Number of weights does not match data size")
		}
		for i, w := range ws {
			r, k, err := exactRatio(w)
			if err != nil {
				return nil, err
			}
			if r.Sign() < 0 {
				return nil, statErr(negMsg)
			}
			if k > kind {
				kind = k
			}
			weights[i] = r
			sumW.Add(sumW, r)
		}
	}
	total := new(big.Rat)
	for i, v := range items {
		r, k, err := exactRatio(v)
		if err != nil {
			return nil, err
		}
		if r.Sign() < 0 {
			return nil, statErr(negMsg)
		}
		if weights[i].Sign() == 0 {
			continue
		}
		if r.Sign() == 0 {
			return rt.MakeInt(0), nil
		}
		if k > kind {
			kind = k
		}
		total.Add(total, new(big.Rat).Quo(weights[i], r))
	}
	if total.Sign() <= 0 {
		return nil, statErr("Weighted sum must be positive")
	}
	if kind == statInt {
		kind = statFloat // w/x of ints is a float
	}
	return statConvert(new(big.Rat).Quo(sumW, total), kind), nil
}
