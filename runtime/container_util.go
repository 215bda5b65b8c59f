package runtime

import (
	"strings"
	"unsafe"
)

// Helpers shared by the container types (list, tuple, dict, set, range,
// bytearray): identity, argument-count checks with CPython's wording, and
// the method-registration helper.

// ifaceWords is the layout of a Go interface value: a type word (itab for a
// non-empty interface) and a data word.
type ifaceWords struct {
	typ, data unsafe.Pointer
}

// same reports whether a and b are the same object (Python `is`): the same
// dynamic type and the same data word. Unlike a == b on interfaces it
// never panics, and a float NaN stored once is identical to itself, which
// containers rely on (`x in [x]` is True for x = nan, as in CPython).
func sameObj(a, b Value) bool {
	ea := (*ifaceWords)(unsafe.Pointer(&a))
	eb := (*ifaceWords)(unsafe.Pointer(&b))
	return ea.typ == eb.typ && ea.data == eb.data
}

// Is is Python's `is`. Immutable values that Spindle keeps unboxed (ints,
// strs, bytes, bools) are identical when equal, as if interned; a float is
// identical to itself (so `x is x` holds for a NaN) and to an equal float.
func Is(a, b Value) bool {
	if sameObj(a, b) {
		return true
	}
	switch x := a.(type) {
	case Int:
		y, ok := b.(Int)
		return ok && x == y
	case Float:
		y, ok := b.(Float)
		return ok && x == y
	case Str:
		y, ok := b.(Str)
		return ok && x == y
	case Bytes:
		y, ok := b.(Bytes)
		return ok && x == y
	case Bool:
		y, ok := b.(Bool)
		return ok && x == y
	}
	return false
}

// sameOrEqual is PyObject_RichCompareBool(a, b, Py_EQ): identity implies
// equality, then the common same-kind pairs compare without a call, then
// the generic Equal.
func sameOrEqual(th *Thread, a, b Value) (bool, error) {
	if sameObj(a, b) {
		return true, nil
	}
	switch x := a.(type) {
	case Str:
		if y, ok := b.(Str); ok {
			return x == y, nil
		}
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	}
	return Equal(th, a, b)
}

// typedMethod makes a built-in method whose receiver must be a T; called
// unbound with another receiver it fails as CPython does ("descriptor
// 'append' for 'list' objects doesn't apply to a 'int' object").
func typedMethod[T Value](typeName, name string, fn func(th *Thread, self T, args []Value, kwargs []KwArg) (Value, error)) *Builtin {
	return NewMethod(name, func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
		s, ok := self.(T)
		if !ok {
			return nil, NewError(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, typeName, TypeName(self))
		}
		return fn(th, s, args, kwargs)
	})
}

// Method1 gives b, a method of T's type (typedMethod, NewMethod), the
// one-argument fast path Builtin.M1: fn(th, self, arg). A self that is
// not a T (a descriptor misuse) goes through Fn and its error.
func Method1[T Value](b *Builtin, fn func(th *Thread, self T, arg Value) (Value, error)) *Builtin {
	b.M1 = func(th *Thread, self, arg Value) (Value, error) {
		if s, ok := self.(T); ok {
			return fn(th, s, arg)
		}
		return b.Fn(th, self, []Value{arg}, nil)
	}
	return b
}

// Method2 is Method1 for methods called with two positional arguments
// (Builtin.M2: d.get(k, default), l.insert(i, x)).
func Method2[T Value](b *Builtin, fn func(th *Thread, self T, x, y Value) (Value, error)) *Builtin {
	b.M2 = func(th *Thread, self, x, y Value) (Value, error) {
		if s, ok := self.(T); ok {
			return fn(th, s, x, y)
		}
		return b.Fn(th, self, []Value{x, y}, nil)
	}
	return b
}

// noKwargs fails when a function that takes no keyword arguments got some.
func cNoKwargs(fname string, kwargs []KwArg) error {
	if len(kwargs) > 0 {
		return NewError(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// noArgs checks a METH_NOARGS method ("dict.keys() takes no arguments (1
// given)").
func cNoArgs(fname string, args []Value, kwargs []KwArg) error {
	if len(args) > 0 || len(kwargs) > 0 {
		return NewError(TypeErrorType, "%s() takes no arguments (%d given)", fname, len(args)+len(kwargs))
	}
	return nil
}

// oneArg checks a METH_O method ("list.append() takes exactly one argument
// (0 given)").
func cOneArg(fname string, args []Value, kwargs []KwArg) error {
	if err := cNoKwargs(fname, kwargs); err != nil {
		return err
	}
	if len(args) != 1 {
		return NewError(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, len(args))
	}
	return nil
}

// argCount checks the positional argument count of a function parsed
// with CPython's _PyArg_CheckPositional ("pop expected at most 1
// argument, got 2"); fname is the bare name. Keyword arguments are
// rejected with "%s() takes no keyword arguments" (kwName is the
// qualified name CPython uses there, e.g. "list.pop" or "dict").
func cArgCount(fname, kwName string, args []Value, kwargs []KwArg, min, max int) error {
	if err := cNoKwargs(kwName, kwargs); err != nil {
		return err
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	plural := func(k int) string {
		if k == 1 {
			return ""
		}
		return "s"
	}
	switch {
	case min == max:
		return NewError(TypeErrorType, "%s expected %d argument%s, got %d", fname, min, plural(min), n)
	case n < min:
		return NewError(TypeErrorType, "%s expected at least %d argument%s, got %d", fname, min, plural(min), n)
	}
	return NewError(TypeErrorType, "%s expected at most %d argument%s, got %d", fname, max, plural(max), n)
}

// reprItems writes the reprs of items separated by ", " between open and
// close.
func reprSeqItems(th *Thread, b *strings.Builder, open, close string, items []Value) error {
	b.WriteString(open)
	for i, v := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(th, v)
		if err != nil {
			return err
		}
		b.WriteString(s)
	}
	b.WriteString(close)
	return nil
}

// sequenceIndex normalises a Python index into [0, n) for a sequence of
// length n; ok is false when it is out of range.
func seqIndex(i, n int) (int, bool) {
	if i < 0 {
		i += n
	}
	return i, i >= 0 && i < n
}

// indexArg converts an index argument; a non-integer fails with "<what>
// indices must be integers or slices, not <type>".
func seqIndexArg(what string, key Value) (int, error) {
	switch k := key.(type) {
	case Int:
		return int(k), nil
	case Bool:
		if k {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return 0, NewError(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	case HasIndex:
		return IndexInt(key)
	}
	if iv, ok, err := indexIfInstance(key); ok {
		if err != nil {
			return 0, err
		}
		return IndexInt(iv)
	}
	return 0, NewError(TypeErrorType, "%s indices must be integers or slices, not %s", what, TypeName(key))
}

// clampIndexArg converts the start/stop arguments of index() methods:
// any int (big ones clamp), else "slice indices must be integers or have
// an __index__ method".
func seqClampIndex(v Value) (int, error) {
	switch k := v.(type) {
	case Int:
		return int(k), nil
	case *BigInt:
		if k.v.Sign() < 0 {
			return -seqMaxInt, nil
		}
		return seqMaxInt, nil
	case Bool, HasIndex:
		return IndexInt(v)
	}
	if iv, ok, err := indexIfInstance(v); ok {
		if err != nil {
			return 0, err
		}
		return seqClampIndex(iv)
	}
	return 0, NewError(TypeErrorType, "slice indices must be integers or have an __index__ method")
}

const seqMaxInt = int(^uint(0) >> 1)

// searchRange turns the optional start/stop arguments of index() into a
// range [lo, hi) within [0, n).
func seqSearchRange(args []Value, n int) (lo, hi int, err error) {
	lo, hi = 0, n
	if len(args) > 0 {
		if lo, err = seqClampIndex(args[0]); err != nil {
			return
		}
	}
	if len(args) > 1 {
		if hi, err = seqClampIndex(args[1]); err != nil {
			return
		}
	}
	lo, hi = ClampRange(lo, hi, n)
	return lo, hi, nil
}

// ClampRange clamps Python-style start/stop indices (negative ones count
// from the end) to [0, n], as the start and stop of index() and insert().
func ClampRange(start, stop, n int) (int, int) {
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	if stop < 0 {
		stop += n
		if stop < 0 {
			stop = 0
		}
	}
	if start > n {
		start = n
	}
	if stop > n {
		stop = n
	}
	return start, stop
}
