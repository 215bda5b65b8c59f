package runtime

// Atomic snapshots of the built-in containers (LANGUAGE.md §2.6).
//
// list(d), sorted(s), tuple(d.items()), l.extend(d), ... copy a container
// whose iteration runs no user code. In CPython each of these is one C
// call that no other thread interrupts (the GIL, or the free-threaded
// build's critical section around list_extend), so the idiom
// `for k in list(shared):` never sees "dictionary changed size during
// iteration". Copying under the container's lock in one step gives the
// same guarantee here (and is faster than stepping an iterator).

// containerSnapshot returns a copy of v's items, taken under v's lock, when
// v is a list, dict, dict view or set; ok is false for anything else.
func containerSnapshot(v Value) (items []Value, ok bool) {
	switch x := v.(type) {
	case *List:
		return x.Snapshot(), true
	case *Dict:
		return x.Keys(), true
	case *Set:
		return x.Elems(), true
	case *DictView:
		return x.snapshot(), true
	}
	return nil, false
}

// snapshot returns the view's items in order: keys, values or (key, value)
// tuples.
func (v *DictView) snapshot() []Value {
	switch v.kind {
	case dictIterKeys:
		return v.d.Keys()
	case dictIterValues:
		return v.d.Values()
	}
	items := v.d.Items()
	out := make([]Value, len(items))
	for i, kv := range items {
		out[i] = NewTuple([]Value{kv[0], kv[1]})
	}
	return out
}

// SharedSnapshot is, once the process shares values between threads
// (sharing.go), an atomic copy of a dict, dict view or set that a built-in
// is about to consume whole (sum, min, max, any, all, functools.reduce,
// ...): in CPython those loops run in C without letting another thread
// in, so they never raise "changed size during iteration" because of
// another thread. ok is false for anything else, and always before the
// second thread exists, so a single-threaded program iterates (and sees
// its own mutations raise) exactly as in CPython.
func SharedSnapshot(v Value) (items []Value, ok bool) {
	if sharing.Load() == 0 {
		return nil, false
	}
	switch v.(type) {
	case *Dict, *Set, *DictView:
		return containerSnapshot(v)
	}
	return nil, false
}

// IterWhole is Iter for a built-in operation that consumes the iterable
// whole (set.update, set.isdisjoint, set & x, view & x, ...): a dict,
// dict view or set shared between threads is walked as a snapshot
// (SharedSnapshot), so another thread's change cannot make the operation
// raise "changed size during iteration" halfway.
func IterWhole(th *Thread, v Value) (Iterator, error) {
	if items, ok := SharedSnapshot(v); ok {
		return Iter(th, NewTuple(items))
	}
	return Iter(th, v)
}
