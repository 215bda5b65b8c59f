package runtime

import "slices"

// List is a mutable sequence. Access goes through methods, each of which
// is atomic: it holds the list's lock (see sharing.go) for one short
// critical section that never runs user code. Operations that compare
// items (index, count, remove, in, ==) call Equal unlocked; once threads
// share data they search a snapshot of the items (listSearch), so that
// another thread's changes cannot make them skip an item. The Python-visible
// behaviour (methods, operators, slicing) is in list_ops.go and
// list_methods.go.
type List struct {
	mu    objMutex
	items []Value
}

// ListType is `list`.
var ListType = NewBuiltinType("list", nil)

// NewList makes a list that takes ownership of items.
func NewList(items []Value) *List { return &List{items: items} }

// Type returns ListType.
func (*List) Type() *Type { return ListType }

// lock takes l's lock once the process shares values between threads; it
// reports whether it did, for unlock.
func (l *List) lock() bool {
	if sharing.Load() == 0 {
		return false
	}
	return l.lockShared()
}

// lockShared is lock's slow path, out of line so that lock inlines.
func (l *List) lockShared() bool {
	l.mu.Lock()
	return true
}

func (l *List) unlock(locked bool) {
	if locked {
		l.mu.Unlock()
	}
}

// Len returns the number of items.
func (l *List) Len() int {
	if sharing.Load() == 0 {
		return len(l.items)
	}
	l.mu.Lock()
	n := len(l.items)
	l.mu.Unlock()
	return n
}

// At returns item i. Callers check 0 <= i < Len() first; when another
// thread shrank the list in between, At returns None rather than fail
// (prefer GetIndex, which checks under the lock).
func (l *List) At(i int) Value {
	v, ok := l.get(i)
	if !ok {
		return None
	}
	return v
}

// GetIndex returns item i, a negative i counting from the end; ok is
// false when it is out of range.
func (l *List) GetIndex(i int) (Value, bool) {
	if sharing.Load() == 0 {
		return l.getIndex(i)
	}
	l.mu.Lock()
	v, ok := l.getIndex(i)
	l.mu.Unlock()
	return v, ok
}

// getIndex is GetIndex with the lock held (or not needed).
func (l *List) getIndex(i int) (Value, bool) {
	n := len(l.items)
	if i < 0 {
		i += n
	}
	if uint(i) >= uint(n) {
		return nil, false
	}
	return l.items[i], true
}

// SetAt replaces item i (0 <= i < Len()); out of range (the list shrank
// meanwhile) it does nothing.
func (l *List) SetAt(i int, v Value) {
	k := l.lock()
	if i >= 0 && i < len(l.items) {
		l.items[i] = v
	}
	l.unlock(k)
}

// SetIndex replaces item i, a negative i counting from the end; it
// reports false when i is out of range.
func (l *List) SetIndex(i int, v Value) bool {
	if sharing.Load() == 0 {
		return l.setIndex(i, v)
	}
	l.mu.Lock()
	ok := l.setIndex(i, v)
	l.mu.Unlock()
	return ok
}

// setIndex is SetIndex with the lock held (or not needed).
func (l *List) setIndex(i int, v Value) bool {
	n := len(l.items)
	if i < 0 {
		i += n
	}
	if uint(i) >= uint(n) {
		return false
	}
	l.items[i] = v
	return true
}

// Append adds v at the end.
func (l *List) Append(v Value) {
	if sharing.Load() == 0 {
		l.items = append(listRoom(l.items, 1), v)
		return
	}
	l.mu.Lock()
	l.items = append(listRoom(l.items, 1), v)
	l.mu.Unlock()
}

// AppendOwned is Append for the code that builds a list no other thread
// can reach yet (a list comprehension filling its result): it takes no
// lock. In the lists kernel with a second thread started, the lock of
// each append cost ~15% of the CPU time.
func (l *List) AppendOwned(v Value) { l.items = append(listRoom(l.items, 1), v) }

// Snapshot returns a copy of the items, safe to iterate while the list
// changes.
func (l *List) Snapshot() []Value {
	k := l.lock()
	s := append([]Value(nil), l.items...)
	l.unlock(k)
	return s
}

// SnapshotInto is Snapshot appending to buf[:0]: with a buf on the
// caller's stack that is large enough, taking the copy does not allocate.
func (l *List) SnapshotInto(buf []Value) []Value {
	k := l.lock()
	s := append(buf[:0], l.items...)
	l.unlock(k)
	return s
}

// Items returns the backing slice without copying. Only for code that
// owns the list (e.g. building it before it is shared): another thread
// may change the slice while the caller reads it. Use Snapshot otherwise.
func (l *List) Items() []Value { return l.items }

// SetItems replaces the whole contents (takes ownership of items).
func (l *List) SetItems(items []Value) {
	k := l.lock()
	l.items = items
	l.unlock(k)
}

// get returns item i, ok false when i is out of [0, Len()).
func (l *List) get(i int) (Value, bool) {
	if sharing.Load() == 0 {
		return l.getAt(i)
	}
	l.mu.Lock()
	v, ok := l.getAt(i)
	l.mu.Unlock()
	return v, ok
}

func (l *List) getAt(i int) (Value, bool) {
	if uint(i) >= uint(len(l.items)) {
		return nil, false
	}
	return l.items[i], true
}

// listSearch is what a search of a list (index, count, in, ==, <) reads
// the items through. With one thread it re-reads the list by index, so
// an __eq__ that changes the list is seen as in CPython. Once threads
// share data it reads a snapshot taken when the search starts: read by
// index, a concurrent insert, remove or reverse could move an item that
// is in the list the whole time past the search and make it miss it.
// The snapshot goes into buf (on the caller's stack) when it fits. The
// list is passed to each call rather than kept in the struct, so that
// the snapshot's buffer does not escape with it.
type listSearch struct {
	items []Value
	snap  bool
}

func (l *List) search(buf []Value) listSearch {
	if sharing.Load() == 0 {
		return listSearch{}
	}
	return listSearch{items: l.SnapshotInto(buf), snap: true}
}

// at returns item i of the search of l, ok false past its end.
func (s *listSearch) at(l *List, i int) (Value, bool) {
	if !s.snap {
		return l.get(i)
	}
	if uint(i) >= uint(len(s.items)) {
		return nil, false
	}
	return s.items[i], true
}

// len is the number of items the search of l sees now.
func (s *listSearch) len(l *List) int {
	if !s.snap {
		return l.Len()
	}
	return len(s.items)
}

// AppendAll adds vs at the end.
func (l *List) AppendAll(vs []Value) {
	k := l.lock()
	l.items = append(listRoom(l.items, len(vs)), vs...)
	l.unlock(k)
}

// Insert inserts v before index i (clamped like list.insert).
func (l *List) Insert(i int, v Value) {
	k := l.lock()
	defer l.unlock(k)
	i, _ = ClampRange(i, 0, len(l.items))
	l.items = append(listRoom(l.items, 1), nil)
	copy(l.items[i+1:], l.items[i:])
	l.items[i] = v
}

// Pop removes and returns item i (negative counts from the end); ok is
// false when i is out of range.
func (l *List) Pop(i int) (Value, bool) {
	k := l.lock()
	defer l.unlock(k)
	return l.popLocked(i)
}

func (l *List) popLocked(i int) (Value, bool) {
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

// removeAt removes item i if it is still v (the same object): list.remove
// compares unlocked, then removes only what it compared. It reports
// whether it removed it.
func (l *List) removeAt(i int, v Value) bool {
	k := l.lock()
	defer l.unlock(k)
	if i < 0 || i >= len(l.items) || !sameObj(l.items[i], v) {
		return false
	}
	l.popLocked(i)
	return true
}

// Clear removes every item.
func (l *List) Clear() {
	k := l.lock()
	l.items = nil
	l.unlock(k)
}

// Reverse reverses the list in place.
func (l *List) Reverse() {
	k := l.lock()
	s := l.items
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	l.unlock(k)
}

// repeat is l *= n.
func (l *List) repeat(n int) {
	k := l.lock()
	l.items = seqRepeatItems(l.items, n)
	l.unlock(k)
}

// replace replaces items [lo, hi) with vs (a slice assignment with step
// 1; vs must not alias the list).
func (l *List) replace(lo, hi int, vs []Value) {
	k := l.lock()
	defer l.unlock(k)
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
	return &ListReverseIterator{l: l, i: l.Len() - 1}
}

// swapOut empties the list and returns its items (list.sort runs on them
// unlocked); swapIn puts sorted items back and reports whether the list
// was changed meanwhile.
func (l *List) swapOut() []Value {
	k := l.lock()
	items := l.items
	l.items = nil
	l.unlock(k)
	return items
}

func (l *List) swapIn(items []Value) (modified bool) {
	k := l.lock()
	modified = l.items != nil
	l.items = items
	l.unlock(k)
	return modified
}

// listRoom returns items with room for k more. A list of listGrowFrom
// items or more that must grow doubles its capacity, where Go's append
// would add a quarter: appending 20M ints one by one took 3.0 s of CPU
// and 1.2 GB of RSS with Go's growth, 1.8 s and 660 MB doubling (each
// growth copies the whole list, and the garbage arrays of the smaller
// steps pile up between collections; python3: 1.2 s, 800 MB).
func listRoom(items []Value, k int) []Value {
	n := len(items)
	if n+k <= cap(items) || n < listGrowFrom {
		return items
	}
	return slices.Grow(items, max(n, k))
}

const listGrowFrom = 1024
