package runtime

import (
	"strings"

	"github.com/spindle-lang/spindle/ast"
)

// The capability interfaces of list: repr, comparison, operators,
// indexing, slicing, membership and iteration. Int indexing of lists is
// also inlined by the generic GetItem/SetItem; these methods handle the
// rest (slices, __index__ objects) and direct callers.

var (
	_ HasRepr     = (*List)(nil)
	_ HasHash     = (*List)(nil)
	_ HasEqual    = (*List)(nil)
	_ HasCompare  = (*List)(nil)
	_ HasBinary   = (*List)(nil)
	_ HasInplace  = (*List)(nil)
	_ Indexable   = (*List)(nil)
	_ HasSetItem  = (*List)(nil)
	_ HasContains = (*List)(nil)
	_ Iterable    = (*List)(nil)
)

// Repr is repr(l); a list inside itself shows as [...].
func (l *List) Repr(th *Thread) (string, error) {
	th, ok := reprEnter(th, l)
	if !ok {
		return "[...]", nil
	}
	defer reprLeave(th, l)
	var b strings.Builder
	b.WriteByte('[')
	for i := 0; ; i++ {
		v, ok := l.get(i)
		if !ok {
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(th, v)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteByte(']')
	return b.String(), nil
}

// Hash fails: lists are unhashable.
func (l *List) Hash(th *Thread) (int64, error) {
	return 0, NewError(TypeErrorType, "unhashable type: 'list'")
}

// Equal is l == other for another list.
func (l *List) Equal(th *Thread, other Value) (bool, bool, error) {
	o, ok := other.(*List)
	if !ok {
		return false, false, nil
	}
	if l == o {
		return true, true, nil
	}
	var buf1, buf2 [16]Value
	a, b := l.search(buf1[:]), o.search(buf2[:])
	if a.len(l) != b.len(o) {
		return false, true, nil
	}
	r, err := seqCompare(th, ast.Eq,
		func(i int) (Value, bool) { return a.at(l, i) },
		func(i int) (Value, bool) { return b.at(o, i) })
	if err != nil {
		return false, true, err
	}
	t, err := Truth(th, r)
	return t, true, err
}

// Compare is the lexicographic rich comparison with another list.
func (l *List) Compare(th *Thread, op ast.Op, other Value) (Value, error) {
	o, ok := other.(*List)
	if !ok {
		return NotImplemented, nil
	}
	var buf1, buf2 [16]Value
	a, b := l.search(buf1[:]), o.search(buf2[:])
	if (op == ast.Eq || op == ast.NotEq) && a.len(l) != b.len(o) {
		return Bool(op == ast.NotEq), nil
	}
	return seqCompare(th, op,
		func(i int) (Value, bool) { return a.at(l, i) },
		func(i int) (Value, bool) { return b.at(o, i) })
}

// seqCompare compares two sequences given by accessor functions (which
// re-read the sequence each time, so a sequence mutated by an __eq__
// cannot be read out of range), as CPython's list_richcompare: skip the
// equal prefix, then compare lengths or the first differing items.
func seqCompare(th *Thread, op ast.Op, a, b func(int) (Value, bool)) (Value, error) {
	i := 0
	for ; ; i++ {
		x, ok1 := a(i)
		y, ok2 := b(i)
		if !ok1 || !ok2 {
			break
		}
		eq, err := sameOrEqual(th, x, y)
		if err != nil {
			return nil, err
		}
		if !eq {
			switch op {
			case ast.Eq:
				return False, nil
			case ast.NotEq:
				return True, nil
			}
			return Compare(th, op, x, y)
		}
	}
	_, more1 := a(i)
	_, more2 := b(i)
	// The shorter sequence is a prefix of the longer: compare "lengths".
	c := 0
	if more1 && !more2 {
		c = 1
	} else if !more1 && more2 {
		c = -1
	}
	return Bool(seqCmpResult(op, c)), nil
}

// seqCmpResult applies op to a three-way comparison result.
func seqCmpResult(op ast.Op, c int) bool {
	switch op {
	case ast.Eq:
		return c == 0
	case ast.NotEq:
		return c != 0
	case ast.Lt:
		return c < 0
	case ast.LtE:
		return c <= 0
	case ast.Gt:
		return c > 0
	case ast.GtE:
		return c >= 0
	}
	return false
}

// Binary implements list + list and list * int (either side).
func (l *List) Binary(th *Thread, op ast.Op, other Value, right bool) (Value, error) {
	switch op {
	case ast.Add:
		if right {
			return NotImplemented, nil
		}
		o, ok := other.(*List)
		if !ok {
			return seqReflectedOr(th, op, l, other, func() error {
				return NewError(TypeErrorType, "can only concatenate list (not \"%s\") to list", TypeName(other))
			})
		}
		a, b := l.Snapshot(), o.Snapshot()
		out := make([]Value, 0, len(a)+len(b))
		return NewList(append(append(out, a...), b...)), nil
	case ast.Mult:
		n, ok, err := seqRepeatCount(th, op, l, other, right)
		if !ok || err != nil {
			return n, err
		}
		items := l.Snapshot()
		if err := checkRepeat(len(items), int(n.(Int)), valueSize); err != nil {
			return nil, err
		}
		return NewList(seqRepeatItems(items, int(n.(Int)))), nil
	}
	return NotImplemented, nil
}

// seqReflectedOr gives the right operand's reflected dunder a chance before a
// sequence raises its own TypeError (CPython tries nb_add/nb_multiply of
// the other operand before sq_concat/sq_repeat).
func seqReflectedOr(th *Thread, op ast.Op, self, other Value, fail func() error) (Value, error) {
	switch other.(type) {
	case Str, Bytes, *List, *Tuple, *ByteArray:
		// Built-in sequences have no numeric slot: CPython goes straight
		// to the left operand's sequence error.
		return nil, fail()
	}
	if o, ok := other.(HasBinary); ok {
		r, err := o.Binary(th, op, self, true)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, fail()
}

// seqRepeatCount checks the int operand of seq * n. It returns the count as
// an Int and ok; or ok false with the result to return (NotImplemented or
// the reflected operand's answer) or the error.
func seqRepeatCount(th *Thread, op ast.Op, self, other Value, right bool) (Value, bool, error) {
	if iv, ok, err := repeatIndex(other); ok {
		if err != nil {
			return nil, false, err
		}
		other = iv
	}
	var n int
	switch x := other.(type) {
	case Int:
		n = int(x)
	case Bool:
		n, _ = IndexInt(x)
	case *BigInt:
		return nil, false, NewError(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	case HasIndex:
		i, err := IndexInt(other)
		if err != nil {
			return nil, false, err
		}
		n = i
	default:
		if right {
			return NotImplemented, false, nil
		}
		r, err := seqReflectedOr(th, op, self, other, func() error {
			return NewError(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeName(other))
		})
		return r, false, err
	}
	if n < 0 {
		n = 0
	}
	return Int(n), true, nil
}

// seqRepeatItems returns items repeated n times. Callers check the size
// first with checkRepeat (CPython's list and tuple repeat raise
// MemoryError for any count that is too large, never OverflowError).
func seqRepeatItems(items []Value, n int) []Value {
	if n <= 0 || len(items) == 0 {
		return nil
	}
	out := make([]Value, 0, len(items)*n)
	for range n {
		out = append(out, items...)
	}
	return out
}

// Inplace implements l += iterable and l *= n.
func (l *List) Inplace(th *Thread, op ast.Op, other Value) (Value, error) {
	switch op {
	case ast.Add:
		if err := l.extend(th, other); err != nil {
			return nil, err
		}
		return l, nil
	case ast.Mult:
		n, ok, err := seqRepeatCount(th, op, l, other, false)
		if !ok || err != nil {
			return n, err
		}
		if err := checkRepeat(l.Len(), int(n.(Int)), valueSize); err != nil {
			return nil, err
		}
		l.repeat(int(n.(Int)))
		return l, nil
	}
	return NotImplemented, nil
}

// extend appends the items of any iterable.
func (l *List) extend(th *Thread, other Value) error {
	if items, ok := containerSnapshot(other); ok {
		l.AppendAll(items)
		return nil
	}
	switch o := other.(type) {
	case *Tuple:
		l.AppendAll(o.Items)
		return nil
	case *Range:
		// CPython sizes the list from the range's length first.
		if err := checkRangeAlloc(o); err != nil {
			return err
		}
	case *BigRange:
		if err := o.checkAlloc(); err != nil {
			return err
		}
	}
	it, err := Iter(th, other)
	if err != nil {
		return err
	}
	for {
		v, ok, err := it.Next(th)
		if err != nil || !ok {
			return err
		}
		l.Append(v)
	}
}

// GetItem is l[i] or l[slice].
func (l *List) GetItem(th *Thread, key Value) (Value, error) {
	if s, ok := key.(*Slice); ok {
		var items []Value
		var err error
		if plainSlice(s) {
			// No Python code runs: select under the lock, one copy.
			k := l.lock()
			items, err = seqSliceSelect(th, s, l.items)
			l.unlock(k)
		} else {
			items, err = seqSliceSelect(th, s, l.Snapshot())
		}
		if err != nil {
			return nil, err
		}
		return NewList(items), nil
	}
	i, err := seqIndexArg("list", key)
	if err != nil {
		return nil, err
	}
	v, ok := l.GetIndex(i)
	if !ok {
		return nil, NewError(IndexErrorType, "list index out of range")
	}
	return v, nil
}

// GetSlice is l[lo:hi:st] without a Slice value on the heap (compiled
// code calls it for a slice written in the subscript).
func (l *List) GetSlice(th *Thread, lo, hi, st Value) (Value, error) {
	s := Slice{Start: lo, Stop: hi, Step: st}
	if !plainSlice(&s) {
		return l.GetItem(th, &Slice{Start: lo, Stop: hi, Step: st})
	}
	k := l.lock()
	items, err := seqSliceSelect(th, &s, l.items)
	l.unlock(k)
	if err != nil {
		return nil, err
	}
	return NewList(items), nil
}

// SetSlice is l[lo:hi:st] = v without a Slice value on the heap.
func (l *List) SetSlice(th *Thread, lo, hi, st, v Value) error {
	s := Slice{Start: lo, Stop: hi, Step: st}
	return l.assignSlice(th, &s, v)
}

// plainSlice reports whether s's bounds are all None or ints, so that
// SliceIndices runs no Python code (it may then run under a lock).
func plainSlice(s *Slice) bool {
	return plainSliceBound(s.Start) && plainSliceBound(s.Stop) && plainSliceBound(s.Step)
}

func plainSliceBound(v Value) bool {
	if v == nil || v == None {
		return true
	}
	_, ok := v.(Int)
	return ok
}

// seqSliceSelect returns a fresh slice of the items selected by s.
func seqSliceSelect(th *Thread, s *Slice, items []Value) ([]Value, error) {
	start, stop, step, err := SliceIndices(th, s, len(items))
	if err != nil {
		return nil, err
	}
	n := SliceLen(start, stop, step)
	if n == 0 {
		return nil, nil
	}
	if step == 1 {
		return append([]Value(nil), items[start:stop]...), nil
	}
	out := make([]Value, n)
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		out[i] = items[j]
	}
	return out, nil
}

// SetItem is l[k] = v, or del l[k] when v is nil.
func (l *List) SetItem(th *Thread, key, v Value) error {
	if s, ok := key.(*Slice); ok {
		if v == nil {
			return l.deleteSlice(th, s)
		}
		return l.assignSlice(th, s, v)
	}
	i, err := seqIndexArg("list", key)
	if err != nil {
		return err
	}
	var ok bool
	if v == nil {
		_, ok = l.Pop(i)
	} else {
		ok = l.SetIndex(i, v)
	}
	if !ok {
		return NewError(IndexErrorType, "list assignment index out of range")
	}
	return nil
}

// seqIterableItems collects the items of v for a slice assignment, failing
// with msg when v is not iterable.
func seqIterableItems(th *Thread, v Value, msg string) ([]Value, error) {
	items, err := IterateAll(th, v)
	if err != nil {
		if _, isIter := v.(Iterable); !isIter && IsExc(err, TypeErrorType) {
			return nil, NewError(TypeErrorType, "%s", msg)
		}
		return nil, err
	}
	return items, nil
}

func (l *List) assignSlice(th *Thread, s *Slice, v Value) error {
	start, stop, step, err := SliceIndices(th, s, l.Len())
	if err != nil {
		return err
	}
	var vs []Value
	var buf [16]Value // a small list's items, copied on the stack
	if src, ok := v.(*List); ok {
		vs = src.SnapshotInto(buf[:])
	} else {
		msg := "must assign iterable to extended slice"
		if step == 1 {
			msg = "can only assign an iterable"
		}
		if vs, err = seqIterableItems(th, v, msg); err != nil {
			return err
		}
	}
	return l.assignItems(start, stop, step, vs)
}

// assignItems is the end of a slice assignment: the items vs (a copy the
// list does not share) replace the slice's resolved indices.
func (l *List) assignItems(start, stop, step int, vs []Value) error {
	if step == 1 {
		l.replace(start, stop, vs)
		return nil
	}
	n := SliceLen(start, stop, step)
	if len(vs) != n {
		return NewError(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(vs), n)
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		l.SetAt(j, vs[i]) // ignores an index the list lost meanwhile
	}
	return nil
}

// GetSliceInto appends the items of l[lo:hi:st] to dst when the bounds
// are ints or None (ok=false otherwise: nothing appended, the caller
// slices the general way). With SetSliceItems it copies a slice of one
// list into another (`perm[:k+1] = perm[k::-1]`) without making the
// intermediate list.
func (l *List) GetSliceInto(th *Thread, lo, hi, st Value, dst []Value) (items []Value, ok bool, err error) {
	s := Slice{Start: lo, Stop: hi, Step: st}
	if !plainSlice(&s) {
		return dst, false, nil
	}
	k := l.lock()
	start, stop, step, err := SliceIndices(th, &s, len(l.items))
	if err == nil {
		n := SliceLen(start, stop, step)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			dst = append(dst, l.items[j])
		}
	}
	l.unlock(k)
	return dst, true, err
}

// SetSliceItems is l[lo:hi:st] = a list of items (vs: a copy that no one
// else holds), without making that list.
func (l *List) SetSliceItems(th *Thread, lo, hi, st Value, vs []Value) error {
	s := Slice{Start: lo, Stop: hi, Step: st}
	start, stop, step, err := SliceIndices(th, &s, l.Len())
	if err != nil {
		return err
	}
	return l.assignItems(start, stop, step, vs)
}

func (l *List) deleteSlice(th *Thread, s *Slice) error {
	items := l.Snapshot()
	start, stop, step, err := SliceIndices(th, s, len(items))
	if err != nil {
		return err
	}
	n := SliceLen(start, stop, step)
	if n == 0 {
		return nil
	}
	if step == 1 {
		l.replace(start, stop, nil)
		return nil
	}
	if step < 0 {
		// Visit the same items in ascending order.
		start += (n - 1) * step
		step = -step
	}
	out := make([]Value, 0, len(items)-n)
	next := start
	for i, v := range items {
		if i == next && n > 0 {
			next += step
			n--
			continue
		}
		out = append(out, v)
	}
	l.SetItems(out)
	return nil
}

// Contains is `item in l`.
func (l *List) Contains(th *Thread, item Value) (bool, error) {
	var buf [16]Value
	items := l.search(buf[:])
	for i := 0; ; i++ {
		v, ok := items.at(l, i)
		if !ok {
			return false, nil
		}
		eq, err := sameOrEqual(th, v, item)
		if err != nil || eq {
			return eq, err
		}
	}
}

// Iter returns a list_iterator.
func (l *List) Iter(th *Thread) (Iterator, error) { return &ListIterator{l: l}, nil }
