package runtime

import "math"

// sliceBound converts one part of a slice (already known not None) to an
// int, clamping huge ints the way CPython's _PyEval_SliceIndex does.
func sliceBound(v Value) (int, error) {
	switch x := v.(type) {
	case Int:
		return int(x), nil
	case Bool:
		return int(boolToInt64(x)), nil
	case *BigInt:
		if x.v.Sign() < 0 {
			return math.MinInt, nil
		}
		return math.MaxInt, nil
	case HasIndex:
		r, err := x.Index()
		if err != nil {
			return 0, err
		}
		if IsIntValue(r) {
			return sliceBound(r)
		}
	}
	if iv, ok, err := indexIfInstance(v); ok {
		if err != nil {
			return 0, err
		}
		return sliceBound(iv)
	}
	return 0, NewError(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
}

// SliceIndices resolves a slice against a sequence of the given length,
// as CPython's slice.indices(): the returned start/stop are clamped so
// that iterating `for i := start; step > 0 ? i < stop : i > stop; i +=
// step` visits exactly the selected items (use SliceLen for the count).
func SliceIndices(th *Thread, s *Slice, length int) (start, stop, step int, err error) {
	step = 1
	if s.Step != nil && s.Step != None {
		if step, err = sliceBound(s.Step); err != nil {
			return
		}
		if step == 0 {
			err = NewError(ValueErrorType, "slice step cannot be zero")
			return
		}
		if step == math.MinInt {
			step = -math.MaxInt
		}
	}
	lower, upper := 0, length
	if step < 0 {
		lower, upper = -1, length-1
	}
	start, stop = lower, upper
	if step < 0 {
		start, stop = upper, lower
	}
	if s.Start != nil && s.Start != None {
		if start, err = sliceBound(s.Start); err != nil {
			return
		}
		start = clampSliceIndex(start, length, lower, upper)
	}
	if s.Stop != nil && s.Stop != None {
		if stop, err = sliceBound(s.Stop); err != nil {
			return
		}
		stop = clampSliceIndex(stop, length, lower, upper)
	}
	return start, stop, step, nil
}

func clampSliceIndex(i, length, lower, upper int) int {
	if i < 0 {
		if i < -length {
			return lower
		}
		i += length
		if i < lower {
			return lower
		}
		return i
	}
	if i > upper {
		return upper
	}
	return i
}

// SliceLen is the number of items SliceIndices' result selects.
func SliceLen(start, stop, step int) int {
	if step < 0 {
		if stop < start {
			return (start-stop-1)/(-step) + 1
		}
		return 0
	}
	if start < stop {
		return (stop-start-1)/step + 1
	}
	return 0
}
