package runtime

import (
	"testing"

	"github.com/spindle-lang/spindle/ast"
	"github.com/stretchr/testify/require"
)

func TestTuple(t *testing.T) {
	th := NewThread("t")
	hashes := []struct {
		v    *Tuple
		want int64
	}{
		{tup(ints(1, 2)...), -3550055125485641917},
		{EmptyTuple, 5740354900026072187},
		{tup(ints(1)...), -6644214454873602895},
		{tup(MakeInt(1), Float(2)), -3550055125485641917},
	}
	for _, tc := range hashes {
		h, err := Hash(th, tc.v)
		require.NoError(t, err)
		require.Equal(t, tc.want, h, repr(t, tc.v))
	}
	_, err := Hash(th, tup(lst()))
	require.Equal(t, "TypeError: unhashable type: 'list'", errString(err))

	x := tup(ints(1, 2, 3)...)
	N := None
	require.Equal(t, "()", repr(t, EmptyTuple))
	require.Equal(t, "(1,)", repr(t, tup(MakeInt(1))))
	require.Equal(t, "(3, 2, 1)", getitem(t, x, slc(N, N, MakeInt(-1))))
	require.Equal(t, "(2, 3)", getitem(t, x, slc(MakeInt(1), N, N)))
	require.Equal(t, "()", getitem(t, x, slc(MakeInt(5), N, N)))
	require.Equal(t, "3", getitem(t, x, MakeInt(-1)))
	require.Equal(t, "IndexError: tuple index out of range", getitem(t, x, MakeInt(5)))
	require.Equal(t, "TypeError: tuple indices must be integers or slices, not str", getitem(t, x, Str("a")))
	require.Equal(t, "(1, 2, 3, 1, 2, 3)", binop(t, ast.Mult, x, MakeInt(2)))
	require.Equal(t, "(1, 2, 3, 1, 2, 3)", binop(t, ast.Mult, MakeInt(2), x))
	require.Equal(t, "(1, 2, 3, 4)", binop(t, ast.Add, x, tup(MakeInt(4))))
	require.Equal(t, `TypeError: can only concatenate tuple (not "list") to tuple`, binop(t, ast.Add, x, lst()))
	require.Equal(t, "True", cmpop(t, ast.Lt, tup(ints(1, 2)...), tup(ints(1, 3)...)))
	require.Equal(t, "True", cmpop(t, ast.Lt, tup(ints(1, 2)...), tup(ints(1, 2, 0)...)))
	require.Equal(t, "True", cmpop(t, ast.Eq, tup(ints(1, 2)...), tup(Float(1), Float(2))))
	require.Equal(t, "False", cmpop(t, ast.Eq, tup(ints(1, 2)...), lst(ints(1, 2)...)))
	require.Equal(t, "TypeError: 'tuple' object does not support item assignment", errString(SetItem(th, x, MakeInt(0), None)))

	r, e := callMethod(t, x, "index", ints(3))
	require.Equal(t, "2", repr(t, r), e)
	_, e = callMethod(t, x, "index", ints(7))
	require.Equal(t, "ValueError: tuple.index(x): x not in tuple", e)
	r, _ = callMethod(t, tup(ints(1, 1, 2)...), "count", ints(1))
	require.Equal(t, "2", repr(t, r))
	_, e = callMethod(t, x, "count", nil)
	require.Equal(t, "TypeError: tuple.count() takes exactly one argument (0 given)", e)

	v, err := Call(th, TupleType, []Value{lst(ints(1, 2)...)}, nil)
	require.Equal(t, "(1, 2)", res(t, v, err))
	v, err = Call(th, TupleType, nil, nil)
	require.Equal(t, "()", res(t, v, err))
	_, err = Call(th, TupleType, ints(1, 2), nil)
	require.Equal(t, "TypeError: tuple expected at most 1 argument, got 2", errString(err))
	in, err := Contains(th, x, Float(2))
	require.NoError(t, err)
	require.True(t, in)
	n, err := Len(th, x)
	require.NoError(t, err)
	require.Equal(t, 3, n)
}

func TestRange(t *testing.T) {
	th := NewThread("t")
	rng := func(args ...int) Value {
		v, err := Call(th, RangeType, ints(args...), nil)
		require.NoError(t, err)
		return v
	}
	N := None
	require.Equal(t, "range(0, 10)", repr(t, rng(10)))
	require.Equal(t, "range(0, 10, 2)", repr(t, rng(0, 10, 2)))
	require.Equal(t, "range(2, 5)", getitem(t, rng(10), slc(MakeInt(2), MakeInt(5), N)))
	require.Equal(t, "range(9, -1, -1)", getitem(t, rng(10), slc(N, N, MakeInt(-1))))
	require.Equal(t, "range(3, 12, 3)", getitem(t, rng(0, 10, 3), slc(MakeInt(1), N, N)))
	require.Equal(t, "range(7, 10)", getitem(t, rng(10), slc(MakeInt(-3), N, N)))
	require.Equal(t, "range(-2, -10, -4)", getitem(t, rng(0, -10, -2), slc(MakeInt(1), N, MakeInt(2))))
	require.Equal(t, "9", getitem(t, rng(10), MakeInt(-1)))
	require.Equal(t, "12", getitem(t, rng(0, 20, 3), MakeInt(4)))
	require.Equal(t, "IndexError: range object index out of range", getitem(t, rng(10), MakeInt(20)))
	require.Equal(t, "TypeError: range indices must be integers or slices, not str", getitem(t, rng(10), Str("a")))
	require.Equal(t, "True", cmpop(t, ast.Eq, rng(3), rng(0, 3, 1)))
	require.Equal(t, "True", cmpop(t, ast.Eq, rng(0), rng(5, 2)))
	require.Equal(t, "True", cmpop(t, ast.Eq, rng(1, 2, 5), rng(1, 3, 10)))
	require.Equal(t, "False", cmpop(t, ast.Eq, rng(3), lst(ints(0, 1, 2)...)))
	h1, err := Hash(th, rng(1, 2, 5))
	require.NoError(t, err)
	h2, err := Hash(th, rng(1, 3, 10))
	require.NoError(t, err)
	require.Equal(t, h1, h2)

	contains := []struct {
		r    Value
		x    Value
		want bool
	}{
		{rng(0, 10, 3), MakeInt(3), true},
		{rng(0, 10, 3), MakeInt(4), false},
		{rng(0, 10, 3), MakeInt(10), false},
		{rng(0, -10, -2), MakeInt(-4), true},
		{rng(0, -10, -2), MakeInt(-10), false},
		{rng(3), Float(1), true},
		{rng(3), True, true},
		{rng(3), Str("a"), false},
	}
	for _, tc := range contains {
		in, err := Contains(th, tc.r, tc.x)
		require.NoError(t, err)
		require.Equal(t, tc.want, in, "%s in %s", repr(t, tc.x), repr(t, tc.r))
	}
	items, err := IterateAll(th, rng(1, 10, 3).(*Range).Reversed())
	require.NoError(t, err)
	require.Equal(t, "[7, 4, 1]", repr(t, NewList(items)))
	items, err = IterateAll(th, rng(5, 0, -2))
	require.NoError(t, err)
	require.Equal(t, "[5, 3, 1]", repr(t, NewList(items)))

	r, _ := callMethod(t, rng(0, 10, 3), "index", ints(6))
	require.Equal(t, "2", repr(t, r))
	_, e := callMethod(t, rng(3), "index", ints(5))
	require.Equal(t, "ValueError: 5 is not in range", e)
	r, _ = callMethod(t, rng(10), "count", ints(3))
	require.Equal(t, "1", repr(t, r))
	n, err := Len(th, rng(0, 10, 3))
	require.NoError(t, err)
	require.Equal(t, 4, n)
	n, err = Len(th, rng(10, 0, -3))
	require.NoError(t, err)
	require.Equal(t, 4, n)
	_, err = Len(th, &Range{Start: -1 << 62, Stop: 1 << 62, Step: 1})
	require.Equal(t, "OverflowError: Python int too large to convert to C ssize_t", errString(err))
	ok, err := Truth(th, &Range{Start: -1 << 62, Stop: 1 << 62, Step: 1})
	require.NoError(t, err)
	require.True(t, ok)
	v, err := GetAttr(th, rng(1, 5, 2), "step")
	require.Equal(t, "2", res(t, v, err))

	errs := []struct {
		args []Value
		want string
	}{
		{nil, "TypeError: range expected at least 1 argument, got 0"},
		{ints(1, 2, 3, 4), "TypeError: range expected at most 3 arguments, got 4"},
		{[]Value{Float(1)}, "TypeError: 'float' object cannot be interpreted as an integer"},
		{[]Value{Str("a")}, "TypeError: 'str' object cannot be interpreted as an integer"},
		{ints(1, 2, 0), "ValueError: range() arg 3 must not be zero"},
	}
	for _, tc := range errs {
		_, err := Call(th, RangeType, tc.args, nil)
		require.Equal(t, tc.want, errString(err))
	}
}

func TestSliceObject(t *testing.T) {
	th := NewThread("t")
	s, err := Call(th, SliceType, ints(1, 2), nil)
	require.NoError(t, err)
	require.Equal(t, "slice(1, 2, None)", repr(t, s))
	s2, err := Call(th, SliceType, []Value{None, MakeInt(5), MakeInt(-1)}, nil)
	require.NoError(t, err)
	require.Equal(t, "slice(None, 5, -1)", repr(t, s2))
	require.Equal(t, "True", cmpop(t, ast.Eq, s, NewSlice(MakeInt(1), MakeInt(2), nil)))
	require.Equal(t, "True", cmpop(t, ast.Lt, s, NewSlice(MakeInt(1), MakeInt(3), nil)))
	r, e := callMethod(t, NewSlice(MakeInt(1), MakeInt(5), MakeInt(2)), "indices", ints(3))
	require.Equal(t, "(1, 3, 2)", repr(t, r), e)
	r, _ = callMethod(t, NewSlice(nil, nil, MakeInt(-1)), "indices", ints(5))
	require.Equal(t, "(4, -1, -1)", repr(t, r))
	_, e = callMethod(t, NewSlice(nil, nil, nil), "indices", ints(-1))
	require.Equal(t, "ValueError: length should not be negative", e)
	v, err := GetAttr(th, s, "stop")
	require.Equal(t, "2", res(t, v, err))
	_, err = Hash(th, s)
	require.Equal(t, "TypeError: unhashable type: 'slice'", errString(err))
	_, err = Call(th, SliceType, nil, nil)
	require.Equal(t, "TypeError: slice expected at least 1 argument, got 0", errString(err))
}
