package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// reprIter is an iterObject with CPython's state-showing repr, for the
// itertools objects that have one: count(5), count(1.5, 0.5),
// repeat('a'), repeat('a', 2) (the current value, the times left).
type reprIter struct {
	*iterObject
	repr func(th *rt.Thread) (string, error)
}

// Repr is the iterator's current state as a constructor call.
func (r *reprIter) Repr(th *rt.Thread) (string, error) { return r.repr(th) }

// reprCall formats name(arg1, arg2, ...) from the args' reprs.
func reprCall(th *rt.Thread, name string, args ...rt.Value) (string, error) {
	s := name + "("
	for i, a := range args {
		r, err := rt.Repr(th, a)
		if err != nil {
			return "", err
		}
		if i > 0 {
			s += ", "
		}
		s += r
	}
	return s + ")", nil
}
