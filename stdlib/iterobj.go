package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// iterObject is a Python-visible iterator implemented in Go: the objects
// enumerate(), zip(), map(), filter(), reversed(), iter(f, sentinel) and
// the itertools functions return. Once exhausted it stays exhausted, like
// CPython's iterators; an exception from the underlying iterator or
// function does not exhaust it (next(map(f, xs)) after f raised goes on
// with the next item, as in CPython: the next closures leave their state
// unchanged when they fail). Threads sharing one take turns
// through its guard (runtime/iterlock.go): next may run user code.
type iterObject struct {
	typ  *rt.Type
	next func(th *rt.Thread) (rt.Value, bool, error) // nil once exhausted
	// next2, when set, is next without the 2-tuple: next returns
	// tuple2 of its results (rt.PairIterator).
	next2 func(th *rt.Thread) (rt.Value, rt.Value, bool, error)
	guard rt.IterGuard
	// failStops makes an exception exhaust the iterator too, for the
	// few kinds that drop their source on error in CPython (islice,
	// zip_longest, pairwise).
	failStops bool
}

// Type returns the iterator's class (enumerate, zip, ...).
func (o *iterObject) Type() *rt.Type { return o.typ }

// Iter returns the object itself.
func (o *iterObject) Iter(th *rt.Thread) (rt.Iterator, error) { return o, nil }

// Next produces the next item.
func (o *iterObject) Next(th *rt.Thread) (rt.Value, bool, error) {
	entered, err := o.guard.Enter(th, o)
	if err != nil {
		return nil, false, err
	}
	defer o.guard.Exit(th, entered)
	if o.next == nil {
		return nil, false, nil
	}
	v, ok, err := o.next(th)
	if !ok && (err == nil || o.failStops) {
		o.next = nil
	}
	return v, ok, err
}

// Pairs reports whether the items are pairs that NextPair can give.
func (o *iterObject) Pairs() bool { return o.next2 != nil }

// NextPair is Next without making the item's 2-tuple.
func (o *iterObject) NextPair(th *rt.Thread) (rt.Value, rt.Value, bool, error) {
	entered, err := o.guard.Enter(th, o)
	if err != nil {
		return nil, nil, false, err
	}
	defer o.guard.Exit(th, entered)
	if o.next == nil {
		return nil, nil, false, nil
	}
	a, b, ok, err := o.next2(th)
	if !ok && (err == nil || o.failStops) {
		o.next = nil
	}
	return a, b, ok, err
}

// pairIterObject is an iterObject whose items are the pairs of next2.
func pairIterObject(cls *rt.Type, next2 func(th *rt.Thread) (rt.Value, rt.Value, bool, error)) *iterObject {
	return &iterObject{typ: cls, next2: next2, next: func(th *rt.Thread) (rt.Value, bool, error) {
		a, b, ok, err := next2(th)
		if !ok {
			return nil, false, err
		}
		return tuple2(a, b), true, nil
	}}
}

var (
	_ rt.Iterable     = (*iterObject)(nil)
	_ rt.PairIterator = (*iterObject)(nil)
)

// newIterType makes the class of an iterObject kind, with __iter__ and
// __next__ so that Python code can drive it by hand.
func newIterType(name, module string) *rt.Type {
	t := rt.NewBuiltinType(name, nil)
	t.SetModule(module)
	rt.AddIteratorMethods(t)
	return t
}

// nextItem advances any Python iterator: a Go runtime.Iterator directly,
// anything else through its __next__ method (StopIteration ends it). It
// fails with "'int' object is not an iterator" for non-iterators.
func nextItem(th *rt.Thread, it rt.Value) (rt.Value, bool, error) {
	if x, ok := it.(rt.Iterator); ok {
		return x.Next(th)
	}
	if it.Type().Lookup("__next__") == nil {
		return nil, false, rt.NewError(rt.TypeErrorType, "'%s' object is not an iterator", rt.TypeName(it))
	}
	v, err := rt.CallMethod(th, it, "__next__", nil, nil)
	if err != nil {
		if rt.IsExc(err, rt.StopIterationType) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return v, true, nil
}

// tuple2 makes a 2-tuple with a single allocation (enumerate, zip and
// dict items produce one per iteration).
func tuple2(a, b rt.Value) *rt.Tuple {
	p := &struct {
		t     rt.Tuple
		items [2]rt.Value
	}{}
	p.items = [2]rt.Value{a, b}
	p.t.Items = p.items[:]
	return &p.t
}

// forEach calls fn for each item of an iterable, stopping early when fn
// returns stop=true. A dict or set shared between threads is walked as one
// atomic snapshot (runtime.SharedSnapshot).
func forEach(th *rt.Thread, iterable rt.Value, fn func(v rt.Value) (stop bool, err error)) error {
	if p, ok := iterable.(rt.Pusher); ok {
		return p.Push(th, fn)
	}
	items, ok := rt.SharedSnapshot(iterable)
	if t, isTuple := iterable.(*rt.Tuple); isTuple {
		items, ok = t.Items, true
	}
	if ok {
		for _, v := range items {
			stop, err := fn(v)
			if err != nil || stop {
				return err
			}
		}
		return nil
	}
	it, err := rt.Iter(th, iterable)
	if err != nil {
		return err
	}
	for {
		v, ok, err := it.Next(th)
		if err != nil || !ok {
			return err
		}
		stop, err := fn(v)
		if err != nil || stop {
			return err
		}
	}
}
