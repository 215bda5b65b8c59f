package runtime

// Atomically runs fn on l's items as one atomic step (LANGUAGE.md §2.6):
// with the list's lock held once threads exist (sharing.go), so no other
// operation on l interleaves. fn returns the items to keep (it may append
// to or shorten the slice it got). fn must not run user code or touch l
// through its methods: the heapq and bisect fast paths use it with
// PlainLess, as CPython's C functions run under the GIL.
func (l *List) Atomically(fn func(items []Value) []Value) {
	k := l.lock()
	l.items = fn(l.items)
	l.unlock(k)
}
