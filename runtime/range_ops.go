package runtime

import (
	"fmt"
	"math"
	"math/big"
)

// The behaviour of range objects.

var (
	_ HasRepr     = (*Range)(nil)
	_ HasHash     = (*Range)(nil)
	_ HasTruth    = (*Range)(nil)
	_ HasEqual    = (*Range)(nil)
	_ Indexable   = (*Range)(nil)
	_ Sized       = (*Range)(nil)
	_ HasContains = (*Range)(nil)
	_ Iterable    = (*Range)(nil)
	_ HasAttrs    = (*Range)(nil)
)

func init() {
	RangeType.New = rangeNew
	m := func(name string, fn func(th *Thread, r rangeObj, args []Value, kwargs []KwArg) (Value, error)) *Builtin {
		return typedMethod("range", name, fn)
	}
	RangeType.AddMethods(
		m("count", func(th *Thread, r rangeObj, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg("range.count", args, kwargs); err != nil {
				return nil, err
			}
			if IsIntValue(args[0]) {
				if r.position(args[0]) != nil {
					return MakeInt(1), nil
				}
				return MakeInt(0), nil
			}
			n := 0
			err := rangeScan(th, r, args[0], func(int64) bool { n++; return false })
			return MakeInt(int64(n)), err
		}),
		m("index", func(th *Thread, r rangeObj, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg("range.index", args, kwargs); err != nil {
				return nil, err
			}
			if IsIntValue(args[0]) {
				if i := r.position(args[0]); i != nil {
					return i, nil
				}
			} else {
				found := int64(-1)
				err := rangeScan(th, r, args[0], func(i int64) bool { found = i; return true })
				if err != nil || found >= 0 {
					return MakeInt(found), err
				}
				return nil, NewError(ValueErrorType, "sequence.index(x): x not in sequence")
			}
			s, err := Repr(th, args[0])
			if err != nil {
				return nil, err
			}
			return nil, NewError(ValueErrorType, "%s is not in range", s)
		}),
		m("__reversed__", func(th *Thread, r rangeObj, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("range.__reversed__", args, kwargs); err != nil {
				return nil, err
			}
			return r.Reversed(), nil
		}),
		m("__iter__", func(th *Thread, r rangeObj, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("range.__iter__", args, kwargs); err != nil {
				return nil, err
			}
			it, err := r.Iter(th)
			return it.(Value), err
		}),
		m("__len__", func(th *Thread, r rangeObj, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("range.__len__", args, kwargs); err != nil {
				return nil, err
			}
			n, err := r.Len(th)
			return MakeInt(int64(n)), err
		}),
		m("__contains__", func(th *Thread, r rangeObj, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg("range.__contains__", args, kwargs); err != nil {
				return nil, err
			}
			ok, err := r.Contains(th, args[0])
			return Bool(ok), err
		}),
		m("__getitem__", func(th *Thread, r rangeObj, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg("range.__getitem__", args, kwargs); err != nil {
				return nil, err
			}
			return r.GetItem(th, args[0])
		}),
	)
}

func rangeNew(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
	if err := cArgCount("range", "range", args, kwargs, 1, 3); err != nil {
		return nil, err
	}
	small := [3]int64{0, 0, 1}
	var vals [3]Value
	for i, a := range args {
		v, ok, err := exactIndex(a)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(a))
		}
		if len(args) == 1 {
			i = 1
		}
		vals[i] = v
	}
	allSmall := true
	for i, v := range vals {
		if v == nil {
			continue
		}
		n, ok := v.(Int)
		allSmall = allSmall && ok
		small[i] = int64(n)
	}
	if vals[2] == Int(0) { // a *BigInt is never zero
		return nil, NewError(ValueErrorType, "range() arg 3 must not be zero")
	}
	if allSmall {
		return &Range{Start: small[0], Stop: small[1], Step: small[2]}, nil
	}
	b := [3]*big.Int{big.NewInt(0), nil, big.NewInt(1)}
	for i, v := range vals {
		if v != nil {
			b[i] = ToBig(v)
		}
	}
	return newRangeValue(b[0], b[1], b[2]), nil
}

// NewRange makes range(start, stop, step); step must not be zero.
func NewRange(start, stop, step int64) *Range { return &Range{Start: start, Stop: stop, Step: step} }

// Repr is range(0, 10) or range(0, 10, 2).
func (r *Range) Repr(th *Thread) (string, error) {
	if r.Step == 1 {
		return fmt.Sprintf("range(%d, %d)", r.Start, r.Stop), nil
	}
	return fmt.Sprintf("range(%d, %d, %d)", r.Start, r.Stop, r.Step), nil
}

// Len is len(r); OverflowError beyond MaxInt64 items.
func (r *Range) Len(th *Thread) (int, error) {
	n := r.Length()
	if n > math.MaxInt64 {
		return 0, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// Truth is bool(r) (never overflows).
func (r *Range) Truth(th *Thread) (bool, error) { return r.Length() != 0, nil }

// at returns item i (0 <= i < Length()); int64 wraparound keeps the
// result exact.
func (r *Range) at(i uint64) int64 { return r.Start + int64(i)*r.Step }

// GetItem is r[i] (an int) or r[slice] (a range).
func (r *Range) GetItem(th *Thread, key Value) (Value, error) {
	if s, ok := key.(*Slice); ok {
		b := r.toBig()
		return rangeSlice(b.start, b.step, b.length, s)
	}
	var i int64
	switch k := key.(type) {
	case Int:
		i = int64(k)
	case *BigInt:
		return r.toBig().GetItem(th, key)
	default:
		iv, ok, err := exactIndex(key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewError(TypeErrorType, "range indices must be integers or slices, not %s", TypeName(key))
		}
		if _, big := iv.(*BigInt); big {
			return r.toBig().GetItem(th, iv)
		}
		i = int64(iv.(Int))
	}
	n := r.Length()
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || uint64(i) >= n {
		return nil, NewError(IndexErrorType, "range object index out of range")
	}
	return MakeInt(r.at(uint64(i))), nil
}

// rangeIntArg returns x as an int64 when it is an int or bool.
func rangeIntArg(x Value) (int64, bool) {
	return AsInt64(x)
}

// Contains is `x in r`: O(1) for ints, else an equality scan.
func (r *Range) Contains(th *Thread, x Value) (bool, error) {
	if v, ok := rangeIntArg(x); ok {
		if r.Step > 0 {
			if v < r.Start || v >= r.Stop {
				return false, nil
			}
			return (uint64(v)-uint64(r.Start))%uint64(r.Step) == 0, nil
		}
		if v > r.Start || v <= r.Stop {
			return false, nil
		}
		return (uint64(r.Start)-uint64(v))%uint64(-r.Step) == 0, nil
	}
	if _, big := x.(*BigInt); big {
		return false, nil
	}
	return rangeHas(th, r, x)
}

// position returns the index of int x in r, or nil when r lacks it.
func (r *Range) position(x Value) Value {
	v, ok := rangeIntArg(x)
	if !ok {
		return nil // a big int: outside every int64 range
	}
	if in, _ := r.Contains(nil, x); !in {
		return nil
	}
	return MakeInt(int64((uint64(v) - uint64(r.Start)) / uint64(r.Step)))
}

// rangeHas is `x in r` for x not an int: an identity-or-equality scan.
func rangeHas(th *Thread, r rangeObj, x Value) (bool, error) {
	in := false
	err := rangeScan(th, r, x, func(int64) bool { in = true; return true })
	return in, err
}

// rangeScan calls found(i) for each item i equal to x (not an int),
// until found returns true.
func rangeScan(th *Thread, r rangeObj, x Value, found func(i int64) bool) error {
	it, err := r.Iter(th)
	if err != nil {
		return err
	}
	for i := int64(0); ; i++ {
		v, ok, err := it.Next(th)
		if err != nil || !ok {
			return err
		}
		eq, err := sameOrEqual(th, v, x)
		if err != nil {
			return err
		}
		if eq && found(i) {
			return nil
		}
	}
}

func (r *Range) iter() *RangeIterator {
	return &RangeIterator{next: r.Start, step: r.Step, left: r.Length()}
}

// Iter returns a range_iterator.
func (r *Range) Iter(th *Thread) (Iterator, error) { return r.iter(), nil }

// Reversed returns reversed(r), a range_iterator counting down.
func (r *Range) Reversed() Value {
	n := r.Length()
	if n == 0 {
		return &RangeIterator{}
	}
	return &RangeIterator{next: r.at(n - 1), step: -r.Step, left: n}
}

// Equal compares ranges as sequences: range(0) == range(2, 2).
func (r *Range) Equal(th *Thread, other Value) (bool, bool, error) {
	if b, isBig := other.(*BigRange); isBig {
		return b.Equal(th, r)
	}
	o, ok := other.(*Range)
	if !ok {
		return false, false, nil
	}
	n := r.Length()
	if n != o.Length() {
		return false, true, nil
	}
	if n == 0 {
		return true, true, nil
	}
	if r.Start != o.Start {
		return false, true, nil
	}
	return n == 1 || r.Step == o.Step, true, nil
}

// Hash is hash((len, start, step)) with start/step None when they do not
// matter (as CPython's range_hash).
func (r *Range) Hash(th *Thread) (int64, error) {
	n := r.Length()
	items := []Value{MakeInt(int64(n)), None, None}
	if n > 0 {
		items[1] = MakeInt(r.Start)
		if n > 1 {
			items[2] = MakeInt(r.Step)
		}
	}
	return NewTuple(items).Hash(th)
}

// GetAttr provides start, stop and step.
func (r *Range) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "start":
		return MakeInt(r.Start), nil
	case "stop":
		return MakeInt(r.Stop), nil
	case "step":
		return MakeInt(r.Step), nil
	}
	return nil, nil
}

// AttrNames lists the data attributes for dir().
func (r *Range) AttrNames() []string { return []string{"start", "step", "stop"} }
