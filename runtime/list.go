package runtime

// List is a mutable sequence. Access goes through methods so that the
// sharing work (LANGUAGE.md §2.6) can make every operation atomic with a
// per-list lock without touching callers. The Python-visible behaviour
// (methods, operators, slicing) is in list_ops.go and list_methods.go.
type List struct {
	items []Value
}

// ListType is `list`.
var ListType = NewBuiltinType("list", nil)

// NewList makes a list that takes ownership of items.
func NewList(items []Value) *List { return &List{items: items} }

// Type returns ListType.
func (*List) Type() *Type { return ListType }

// Len returns the number of items.
func (l *List) Len() int { return len(l.items) }

// At returns item i (0 <= i < Len()).
func (l *List) At(i int) Value { return l.items[i] }

// SetAt replaces item i (0 <= i < Len()).
func (l *List) SetAt(i int, v Value) { l.items[i] = v }

// Append adds v at the end.
func (l *List) Append(v Value) { l.items = append(l.items, v) }

// Snapshot returns a copy of the items, safe to iterate while the list
// changes.
func (l *List) Snapshot() []Value { return append([]Value(nil), l.items...) }

// Items returns the backing slice without copying. Only for code that
// owns the list (e.g. building it before it is shared).
func (l *List) Items() []Value { return l.items }

// SetItems replaces the whole contents (takes ownership of items).
func (l *List) SetItems(items []Value) { l.items = items }

// get returns item i, ok false when i is out of [0, Len()).
func (l *List) get(i int) (Value, bool) {
	if i < 0 || i >= len(l.items) {
		return nil, false
	}
	return l.items[i], true
}

// AppendAll adds vs at the end.
func (l *List) AppendAll(vs []Value) { l.items = append(l.items, vs...) }

// Insert inserts v before index i (clamped like list.insert).
func (l *List) Insert(i int, v Value) {
	n := len(l.items)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	l.items = append(l.items, nil)
	copy(l.items[i+1:], l.items[i:])
	l.items[i] = v
}

// Pop removes and returns item i (negative counts from the end); ok is
// false when i is out of range.
func (l *List) Pop(i int) (Value, bool) {
	n := len(l.items)
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, false
	}
	v := l.items[i]
	copy(l.items[i:], l.items[i+1:])
	l.items[n-1] = nil
	l.items = l.items[:n-1]
	return v, true
}

// Clear removes every item.
func (l *List) Clear() { l.items = nil }

// Reverse reverses the list in place.
func (l *List) Reverse() {
	s := l.items
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// replace replaces items [lo, hi) with vs (a slice assignment with step
// 1; vs must not alias the list).
func (l *List) replace(lo, hi int, vs []Value) {
	n := len(l.items)
	if lo > n {
		lo = n
	}
	if hi < lo {
		hi = lo
	}
	if hi > n {
		hi = n
	}
	tail := n - hi
	newLen := lo + len(vs) + tail
	if newLen <= cap(l.items) {
		s := l.items[:max(n, newLen)]
		copy(s[lo+len(vs):], l.items[hi:n])
		copy(s[lo:], vs)
		clear(s[newLen:])
		l.items = s[:newLen]
		return
	}
	s := make([]Value, newLen, newLen+newLen/8)
	copy(s, l.items[:lo])
	copy(s[lo:], vs)
	copy(s[lo+len(vs):], l.items[hi:])
	l.items = s
}

// Reversed returns reversed(l), a list_reverseiterator.
func (l *List) Reversed() Value {
	return &ListReverseIterator{l: l, i: len(l.items) - 1}
}
