package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// statistics.median_grouped(data, interval=1.0): the median of grouped
// continuous data, interpolated within the median's class interval, as
// CPython 3.11.7 computes it: the midpoint value and the interval go
// through float() (a ValueError there becomes "Value cannot be converted
// to a float"), then L + interval * (n/2 - cf) / f in floats.

func medianGrouped(th *rt.Thread, items []rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var interval rt.Value = rt.Float(1)
	if err := rt.UnpackArgs("median_grouped", args, kwargs, "interval?", &interval); err != nil {
		return nil, err
	}
	if err := rt.SortValues(th, items, nil, false); err != nil {
		return nil, err
	}
	n := len(items)
	if n == 0 {
		return nil, statErr("no median for empty data")
	}
	x := items[n/2]
	// cf: the items before the first x; f: the items equal to x.
	cf, f := 0, 0
	for _, v := range items {
		eq, err := rt.Equal(th, v, x)
		if err != nil {
			return nil, err
		}
		if eq {
			f++
		} else if f == 0 {
			cf++
		}
	}
	w, err := floatOrTypeError(th, interval)
	if err != nil {
		return nil, err
	}
	xf, err := floatOrTypeError(th, x)
	if err != nil {
		return nil, err
	}
	L := xf - w/2.0
	return rt.Float(L + w*(float64(n)/2-float64(cf))/float64(f)), nil
}

// floatOrTypeError is float(v), its ValueError turned into median_grouped's
// TypeError.
func floatOrTypeError(th *rt.Thread, v rt.Value) (float64, error) {
	r, err := rt.Call(th, rt.FloatType, []rt.Value{v}, nil)
	if err != nil {
		if rt.IsExc(err, rt.ValueErrorType) {
			return 0, rt.NewError(rt.TypeErrorType, "Value cannot be converted to a float")
		}
		return 0, err
	}
	return toFloat(th, r)
}
