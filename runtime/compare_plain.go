package runtime

import "strings"

// PlainLess reports a < b for values whose comparison runs no user code
// and cannot fail: two ints, two floats, two strs, or two tuples whose
// items are such values (the (priority, seq, name) entries of a heap).
// ok is false for anything else (and for a NaN inside a tuple, where
// Python's identity test decides); callers then use Compare. It lets a
// container operation that compares items (heapq, bisect) run as one
// atomic step under the list's lock.
func PlainLess(a, b Value) (lt, ok bool) {
	switch x := a.(type) {
	case Int:
		if y, isInt := b.(Int); isInt {
			return x < y, true
		}
	case Float:
		if y, isFloat := b.(Float); isFloat {
			return x < y, true
		}
	case Str:
		if y, isStr := b.(Str); isStr {
			return strings.Compare(string(x), string(y)) < 0, true
		}
	case *Tuple:
		if y, isTuple := b.(*Tuple); isTuple {
			return plainTupleLess(x.Items, y.Items)
		}
	}
	return false, false
}

// plainTupleLess is tuple < for PlainLess: the first pair of items that
// differ decides, else the shorter tuple is less.
func plainTupleLess(a, b []Value) (lt, ok bool) {
	for i := 0; i < len(a) && i < len(b); i++ {
		eq, ok := plainEqual(a[i], b[i])
		if !ok {
			return false, false
		}
		if !eq {
			return PlainLess(a[i], b[i])
		}
	}
	return len(a) < len(b), true
}

// plainEqual is == for the values PlainLess handles (floats only without
// NaN).
func plainEqual(a, b Value) (eq, ok bool) {
	switch x := a.(type) {
	case Int:
		if y, isInt := b.(Int); isInt {
			return x == y, true
		}
	case Float:
		if y, isFloat := b.(Float); isFloat && x == x && y == y {
			return x == y, true
		}
	case Str:
		if y, isStr := b.(Str); isStr {
			return x == y, true
		}
	case *Tuple:
		y, isTuple := b.(*Tuple)
		if !isTuple {
			break
		}
		if len(x.Items) != len(y.Items) {
			return false, true
		}
		for i := range x.Items {
			if eq, ok := plainEqual(x.Items[i], y.Items[i]); !ok || !eq {
				return false, ok
			}
		}
		return true, true
	}
	return false, false
}
