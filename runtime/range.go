package runtime

// Range is range(start, stop, step), with int64 bounds.
type Range struct {
	Start, Stop, Step int64
}

// RangeType is `range`.
var RangeType = NewBuiltinType("range", nil)

// Type returns RangeType.
func (*Range) Type() *Type { return RangeType }

// Len returns the number of items.
func (r *Range) Len() int64 {
	if r.Step > 0 && r.Start < r.Stop {
		return (r.Stop-r.Start-1)/r.Step + 1
	}
	if r.Step < 0 && r.Start > r.Stop {
		return (r.Start-r.Stop-1)/(-r.Step) + 1
	}
	return 0
}

// Slice is a slice object: a[start:stop:step]; absent parts are None.
type Slice struct {
	Start, Stop, Step Value
}

// SliceType is `slice`.
var SliceType = NewBuiltinType("slice", nil)

// Type returns SliceType.
func (*Slice) Type() *Type { return SliceType }
