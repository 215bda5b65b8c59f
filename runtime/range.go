package runtime

// Range is range(start, stop, step), with int64 bounds. Its behaviour
// (len, indexing, slicing, membership, iteration, ==, hash) is in
// range_ops.go.
type Range struct {
	Start, Stop, Step int64
}

// RangeType is `range`.
var RangeType = NewBuiltinType("range", nil)

// Type returns RangeType.
func (*Range) Type() *Type { return RangeType }

// Length returns the number of items. It is exact for every int64 range
// (a range spanning more than MaxInt64 items has a length above it, which
// len() reports as OverflowError).
func (r *Range) Length() uint64 {
	if r.Step > 0 && r.Start < r.Stop {
		return (uint64(r.Stop)-uint64(r.Start)-1)/uint64(r.Step) + 1
	}
	if r.Step < 0 && r.Start > r.Stop {
		return (uint64(r.Start)-uint64(r.Stop)-1)/(uint64(-r.Step)) + 1
	}
	return 0
}

// Slice is a slice object: a[start:stop:step]; absent parts are None (a
// nil part is treated as None too).
type Slice struct {
	Start, Stop, Step Value
}

// SliceType is `slice`.
var SliceType = NewBuiltinType("slice", nil)

// Type returns SliceType.
func (*Slice) Type() *Type { return SliceType }
