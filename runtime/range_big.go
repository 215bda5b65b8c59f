package runtime

import (
	"math/big"
)

// BigRange is a range whose start, stop or step lies outside int64
// (range(2**64), range(2**70, 2**71, 5)). It behaves as a Range in every
// way; only len() overflows past ssize_t, as in CPython. Ranges whose
// bounds all fit int64 are always a *Range (newRangeValue normalises).
type BigRange struct {
	start, stop, step, length *big.Int
}

// LongRangeIteratorType is CPython's iterator type for such ranges.
var LongRangeIteratorType = NewBuiltinType("longrange_iterator", nil)

func init() { AddIteratorMethods(LongRangeIteratorType) }

var (
	_ HasRepr     = (*BigRange)(nil)
	_ HasHash     = (*BigRange)(nil)
	_ HasTruth    = (*BigRange)(nil)
	_ HasEqual    = (*BigRange)(nil)
	_ Indexable   = (*BigRange)(nil)
	_ Sized       = (*BigRange)(nil)
	_ HasContains = (*BigRange)(nil)
	_ Iterable    = (*BigRange)(nil)
	_ HasAttrs    = (*BigRange)(nil)
	_ rangeObj    = (*BigRange)(nil)
	_ rangeObj    = (*Range)(nil)
)

// rangeObj is what the range methods (range_ops.go) need of both kinds.
type rangeObj interface {
	Value
	Len(th *Thread) (int, error)
	Contains(th *Thread, x Value) (bool, error)
	GetItem(th *Thread, key Value) (Value, error)
	Iter(th *Thread) (Iterator, error)
	Reversed() Value
	position(x Value) Value // index of int x, which the range contains
}

// Type returns RangeType.
func (*BigRange) Type() *Type { return RangeType }

// newRangeValue makes range(start, stop, step) (step != 0): a *Range when
// every bound fits int64, else a *BigRange. It owns its arguments.
func newRangeValue(start, stop, step *big.Int) Value {
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() {
		return &Range{Start: start.Int64(), Stop: stop.Int64(), Step: step.Int64()}
	}
	return &BigRange{start: start, stop: stop, step: step, length: bigRangeLength(start, stop, step)}
}

// bigRangeLength is the number of items of range(start, stop, step).
func bigRangeLength(start, stop, step *big.Int) *big.Int {
	n := new(big.Int)
	switch {
	case step.Sign() > 0 && start.Cmp(stop) < 0:
		n.Sub(stop, start)
		n.Sub(n, big.NewInt(1))
		n.Quo(n, step)
	case step.Sign() < 0 && start.Cmp(stop) > 0:
		n.Sub(start, stop)
		n.Sub(n, big.NewInt(1))
		n.Quo(n, new(big.Int).Neg(step))
	default:
		return n
	}
	return n.Add(n, big.NewInt(1))
}

// toBig returns r as a BigRange (not normalised: for the big paths).
func (r *Range) toBig() *BigRange {
	start, stop, step := big.NewInt(r.Start), big.NewInt(r.Stop), big.NewInt(r.Step)
	return &BigRange{start: start, stop: stop, step: step, length: bigRangeLength(start, stop, step)}
}

// exactIndex returns v's integer value (int, bool or __index__) without
// clamping; ok is false when v has no __index__.
func exactIndex(v Value) (Value, bool, error) {
	switch x := v.(type) {
	case Int, *BigInt:
		return x, true, nil
	case Bool:
		return MakeInt(boolToInt64(x)), true, nil
	case HasIndex:
		r, err := x.Index()
		if err != nil || !IsIntValue(r) {
			return nil, err == nil, err
		}
		return exactIndex(r)
	}
	return indexIfInstance(v)
}

// at returns item i (0 <= i < length).
func (r *BigRange) at(i *big.Int) *big.Int {
	v := new(big.Int).Mul(i, r.step)
	return v.Add(v, r.start)
}

// Repr is range(start, stop) or range(start, stop, step).
func (r *BigRange) Repr(th *Thread) (string, error) {
	if r.step.Cmp(big.NewInt(1)) == 0 {
		return "range(" + r.start.String() + ", " + r.stop.String() + ")", nil
	}
	return "range(" + r.start.String() + ", " + r.stop.String() + ", " + r.step.String() + ")", nil
}

// Len is len(r): OverflowError beyond ssize_t.
func (r *BigRange) Len(th *Thread) (int, error) {
	if !r.length.IsInt64() {
		return 0, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(r.length.Int64()), nil
}

// Truth is bool(r).
func (r *BigRange) Truth(th *Thread) (bool, error) { return r.length.Sign() != 0, nil }

// GetItem is r[i] or r[slice].
func (r *BigRange) GetItem(th *Thread, key Value) (Value, error) {
	if s, ok := key.(*Slice); ok {
		return rangeSlice(r.start, r.step, r.length, s)
	}
	iv, ok, err := exactIndex(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, NewError(TypeErrorType, "range indices must be integers or slices, not %s", TypeName(key))
	}
	i := ToBig(iv)
	if i.Sign() < 0 {
		i.Add(i, r.length)
	}
	if i.Sign() < 0 || i.Cmp(r.length) >= 0 {
		return nil, NewError(IndexErrorType, "range object index out of range")
	}
	return NewBigInt(r.at(i)), nil
}

// rangeSlice is range[slice] for the range of the given start, step and
// length, computed exactly (CPython's compute_slice).
func rangeSlice(start, step, length *big.Int, s *Slice) (Value, error) {
	part := func(v Value) (*big.Int, error) {
		iv, ok, err := exactIndex(v)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewError(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		return ToBig(iv), nil
	}
	sstep := big.NewInt(1)
	if s.Step != nil && s.Step != None {
		var err error
		if sstep, err = part(s.Step); err != nil {
			return nil, err
		}
		if sstep.Sign() == 0 {
			return nil, NewError(ValueErrorType, "slice step cannot be zero")
		}
	}
	lower, upper := big.NewInt(0), new(big.Int).Set(length)
	if sstep.Sign() < 0 {
		lower.SetInt64(-1)
		upper.Sub(upper, big.NewInt(1))
	}
	bound := func(v Value, dflt *big.Int) (*big.Int, error) {
		if v == nil || v == None {
			return dflt, nil
		}
		i, err := part(v)
		if err != nil {
			return nil, err
		}
		if i.Sign() < 0 {
			i.Add(i, length)
			if i.Cmp(lower) < 0 {
				i.Set(lower)
			}
		} else if i.Cmp(upper) > 0 {
			i.Set(upper)
		}
		return i, nil
	}
	dStart, dStop := lower, upper
	if sstep.Sign() < 0 {
		dStart, dStop = upper, lower
	}
	i, err := bound(s.Start, dStart)
	if err != nil {
		return nil, err
	}
	j, err := bound(s.Stop, dStop)
	if err != nil {
		return nil, err
	}
	at := func(k *big.Int) *big.Int {
		v := new(big.Int).Mul(k, step)
		return v.Add(v, start)
	}
	return newRangeValue(at(i), at(j), new(big.Int).Mul(sstep, step)), nil
}

// Contains is `x in r`: exact for ints, else an equality scan.
func (r *BigRange) Contains(th *Thread, x Value) (bool, error) {
	if IsIntValue(x) {
		return r.position(x) != nil, nil
	}
	return rangeHas(th, r, x)
}

// position returns the index of int x in r, or nil when r lacks it.
func (r *BigRange) position(x Value) Value {
	v := ToBig(x)
	d := v.Sub(v, r.start)
	q, m := new(big.Int).QuoRem(d, r.step, new(big.Int))
	if m.Sign() != 0 || q.Sign() < 0 || q.Cmp(r.length) >= 0 {
		return nil
	}
	return NewBigInt(q)
}

// Iter returns a longrange_iterator.
func (r *BigRange) Iter(th *Thread) (Iterator, error) {
	return &BigRangeIterator{next: new(big.Int).Set(r.start), step: r.step, left: new(big.Int).Set(r.length)}, nil
}

// Reversed returns reversed(r).
func (r *BigRange) Reversed() Value {
	if r.length.Sign() == 0 {
		return &BigRangeIterator{next: new(big.Int), step: r.step, left: new(big.Int)}
	}
	last := r.at(new(big.Int).Sub(r.length, big.NewInt(1)))
	return &BigRangeIterator{next: last, step: new(big.Int).Neg(r.step), left: new(big.Int).Set(r.length)}
}

// Equal compares ranges as sequences (a *Range equal to r is compared
// here too).
func (r *BigRange) Equal(th *Thread, other Value) (bool, bool, error) {
	var o *BigRange
	switch x := other.(type) {
	case *BigRange:
		o = x
	case *Range:
		o = x.toBig()
	default:
		return false, false, nil
	}
	if r.length.Cmp(o.length) != 0 {
		return false, true, nil
	}
	if r.length.Sign() == 0 {
		return true, true, nil
	}
	if r.start.Cmp(o.start) != 0 {
		return false, true, nil
	}
	return r.length.Cmp(big.NewInt(1)) == 0 || r.step.Cmp(o.step) == 0, true, nil
}

// Hash is hash((len, start, step)) as Range.Hash.
func (r *BigRange) Hash(th *Thread) (int64, error) {
	items := []Value{NewBigInt(new(big.Int).Set(r.length)), None, None}
	if r.length.Sign() > 0 {
		items[1] = NewBigInt(new(big.Int).Set(r.start))
		if r.length.Cmp(big.NewInt(1)) > 0 {
			items[2] = NewBigInt(new(big.Int).Set(r.step))
		}
	}
	return NewTuple(items).Hash(th)
}

// GetAttr provides start, stop and step.
func (r *BigRange) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "start":
		return NewBigInt(new(big.Int).Set(r.start)), nil
	case "stop":
		return NewBigInt(new(big.Int).Set(r.stop)), nil
	case "step":
		return NewBigInt(new(big.Int).Set(r.step)), nil
	}
	return nil, nil
}

// AttrNames lists the data attributes for dir().
func (r *BigRange) AttrNames() []string { return []string{"start", "step", "stop"} }

// checkAlloc is checkRangeAlloc for a BigRange.
func (r *BigRange) checkAlloc() error {
	if _, err := r.Len(nil); err != nil {
		return err
	}
	return CheckAlloc(int(r.length.Int64()), valueSize)
}

// BigRangeIterator iterates a BigRange.
type BigRangeIterator struct {
	mu         iterLock
	next, step *big.Int
	left       *big.Int
	n          uint64 // items taken, for IterCheckpoint
}

// Type returns longrange_iterator.
func (*BigRangeIterator) Type() *Type { return LongRangeIteratorType }

// Iter returns the iterator itself.
func (it *BigRangeIterator) Iter(th *Thread) (Iterator, error) { return it, nil }

// Next returns the next int.
func (it *BigRangeIterator) Next(th *Thread) (Value, bool, error) {
	k := it.mu.lock()
	if it.left.Sign() == 0 {
		it.mu.unlock(k)
		return iterDone()
	}
	v := NewBigInt(new(big.Int).Set(it.next))
	it.left.Sub(it.left, big.NewInt(1))
	it.next.Add(it.next, it.step)
	it.n++
	n := it.n
	it.mu.unlock(k)
	// a checkpoint every 256 items, as RangeIterator
	if err := IterCheckpoint(th, n); err != nil {
		return nil, false, err
	}
	return v, true, nil
}
