package runtime

import (
	"testing"

	"github.com/spindle-lang/spindle/ast"
	"github.com/stretchr/testify/require"
)

func newSetCall(t *testing.T, typ *Type, args ...Value) Value {
	t.Helper()
	v, err := Call(NewThread("t"), typ, args, nil)
	require.NoError(t, err)
	return v
}

func TestSetOrderMatchesCPython(t *testing.T) {
	rng := func(a, b, s int) Value { return &Range{Start: int64(a), Stop: int64(b), Step: int64(s)} }
	tests := []struct {
		v    Value
		want string
	}{
		{setOf(t, ints(5, 3, 1, 100, 8)...), "{1, 3, 100, 5, 8}"},
		{setOf(t, ints(-1, -2, 3)...), "{3, -1, -2}"},
		{newSetCall(t, SetType, rng(0, 20, 1)), "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}"},
		{setLit(t, true, ints(10, 20, 30, 40, 50, 60, 70)...), "{50, 20, 70, 40, 10, 60, 30}"},
		{setLit(t, false, ints(10, 20, 30, 40, 50, 60, 70)...), "{70, 40, 10, 50, 20, 60, 30}"},
		{newSetCall(t, SetType, lst(ints(100, 1, 64, 2)...)), "{64, 1, 2, 100}"},
		{newSetCall(t, SetType, dictOf(t, MakeInt(100), None, MakeInt(1), None, MakeInt(64), None, MakeInt(2), None)), "{64, 1, 2, 100}"},
		{newSetCall(t, SetType, rng(5, 0, -1)), "{1, 2, 3, 4, 5}"},
		{newSetCall(t, SetType, rng(100, 0, -7)), "{65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30}"},
		{NewSet(), "set()"},
		{NewFrozenSet(), "frozenset()"},
		{newSetCall(t, FrozenSetType, lst(ints(3, 1)...)), "frozenset({1, 3})"},
	}
	for _, tc := range tests {
		require.Equal(t, tc.want, repr(t, tc.v))
	}

	th := NewThread("t")
	s := newSetCall(t, SetType, rng(0, 10, 1)).(*Set)
	_, e := callMethod(t, s, "discard", ints(3))
	require.Empty(t, e)
	_, e = callMethod(t, s, "add", ints(33))
	require.Empty(t, e)
	require.Equal(t, "{0, 1, 2, 33, 4, 5, 6, 7, 8, 9}", repr(t, s))
	v, e := callMethod(t, s, "pop", nil)
	require.Empty(t, e)
	require.Equal(t, "0", repr(t, v))
	require.Equal(t, "{1, 2, 33, 4, 5, 6, 7, 8, 9}", repr(t, s))
	_ = th
}

func TestSetOperators(t *testing.T) {
	a := func() *Set { return setOf(t, ints(1, 2, 3)...) }
	fz := newSetCall(t, FrozenSetType, lst(ints(1, 2)...))
	tests := []struct {
		op   ast.Op
		x, y Value
		want string
	}{
		{ast.BitOr, a(), setOf(t, ints(9, 8)...), "{1, 2, 3, 8, 9}"},
		{ast.BitXor, a(), setOf(t, ints(3, 4, 5)...), "{1, 2, 4, 5}"},
		{ast.Sub, a(), setOf(t, ints(2)...), "{1, 3}"},
		{ast.BitAnd, a(), setOf(t, ints(2, 3, 4)...), "{2, 3}"},
		{ast.BitOr, fz, setOf(t, ints(3)...), "frozenset({1, 2, 3})"},
		{ast.BitOr, setOf(t, ints(3)...), fz, "{1, 2, 3}"},
		{ast.BitOr, a(), lst(), "TypeError: unsupported operand type(s) for |: 'set' and 'list'"},
		{ast.Add, a(), a(), "TypeError: unsupported operand type(s) for +: 'set' and 'set'"},
	}
	for _, tc := range tests {
		require.Equal(t, tc.want, binop(t, tc.op, tc.x, tc.y))
	}
	cmps := []struct {
		op   ast.Op
		x, y Value
		want string
	}{
		{ast.LtE, setOf(t, ints(1, 2)...), a(), "True"},
		{ast.Lt, setOf(t, ints(1, 2)...), setOf(t, ints(1, 2)...), "False"},
		{ast.GtE, setOf(t, ints(1, 2)...), setOf(t, ints(1)...), "True"},
		{ast.Gt, setOf(t, ints(1)...), setOf(t, ints(1)...), "False"},
		{ast.Eq, setOf(t, ints(1)...), newSetCall(t, FrozenSetType, lst(ints(1)...)), "True"},
		{ast.Eq, setOf(t, ints(1)...), lst(ints(1)...), "False"},
		{ast.Lt, setOf(t, ints(1)...), MakeInt(1), "TypeError: '<' not supported between instances of 'set' and 'int'"},
	}
	for _, tc := range cmps {
		require.Equal(t, tc.want, cmpop(t, tc.op, tc.x, tc.y))
	}

	th := NewThread("t")
	s := a()
	r, err := InplaceOp(th, ast.BitOr, s, setOf(t, ints(4)...))
	require.NoError(t, err)
	require.Same(t, s, r)
	r, err = InplaceOp(th, ast.BitAnd, s, setOf(t, ints(1, 4, 7)...))
	require.NoError(t, err)
	require.Same(t, s, r)
	require.Equal(t, "{1, 4}", repr(t, s))
	_, err = InplaceOp(th, ast.Sub, s, setOf(t, ints(1)...))
	require.NoError(t, err)
	_, err = InplaceOp(th, ast.BitXor, s, setOf(t, ints(4, 5)...))
	require.NoError(t, err)
	require.Equal(t, "{5}", repr(t, s))
	_, err = InplaceOp(th, ast.BitOr, s, lst())
	require.Equal(t, "TypeError: unsupported operand type(s) for |=: 'set' and 'list'", errString(err))
	// frozenset |= makes a new frozenset.
	r, err = InplaceOp(th, ast.BitOr, fz, setOf(t, ints(7)...))
	require.NoError(t, err)
	require.NotSame(t, fz, r)
	require.Equal(t, "frozenset({1, 2})", repr(t, fz))
}

func TestSetMethods(t *testing.T) {
	base := func() *Set { return setOf(t, ints(1, 2, 3)...) }
	tests := []struct {
		name  string
		args  []Value
		want  string
		after string
	}{
		{"add", ints(4), "None", "{1, 2, 3, 4}"},
		{"add", []Value{lst()}, "TypeError: unhashable type: 'list'", ""},
		{"add", nil, "TypeError: set.add() takes exactly one argument (0 given)", ""},
		{"discard", ints(9), "None", "{1, 2, 3}"},
		{"remove", ints(9), "KeyError: 9", ""},
		{"remove", ints(1), "None", "{2, 3}"},
		{"clear", nil, "None", "set()"},
		{"copy", nil, "{1, 2, 3}", ""},
		{"update", []Value{lst(ints(4)...), tup(ints(5)...)}, "None", "{1, 2, 3, 4, 5}"},
		{"update", ints(1), "TypeError: 'int' object is not iterable", ""},
		{"union", []Value{lst(ints(3)...), tup(ints(4)...)}, "{1, 2, 3, 4}", ""},
		{"union", ints(1), "TypeError: 'int' object is not iterable", ""},
		{"intersection", []Value{lst(ints(2, 3, 9)...), setOf(t, ints(3)...)}, "{3}", ""},
		{"intersection", nil, "{1, 2, 3}", ""},
		{"difference", []Value{lst(ints(1)...), lst(ints(2)...)}, "{3}", ""},
		{"symmetric_difference", []Value{lst(ints(2, 5)...)}, "{1, 3, 5}", ""},
		{"issubset", []Value{lst(ints(1, 2, 3, 5)...)}, "True", ""},
		{"issuperset", []Value{lst(ints(1)...)}, "True", ""},
		{"isdisjoint", []Value{lst(ints(7)...)}, "True", ""},
		{"isdisjoint", []Value{lst(ints(3)...)}, "False", ""},
		{"intersection_update", []Value{lst(ints(2, 3, 4)...)}, "None", "{2, 3}"},
		{"difference_update", []Value{lst(ints(2)...), setOf(t, ints(3)...)}, "None", "{1}"},
		{"symmetric_difference_update", []Value{lst(ints(3, 4)...)}, "None", "{1, 2, 4}"},
	}
	for _, tc := range tests {
		t.Run(tc.name+"/"+tc.want, func(t *testing.T) {
			s := base()
			r, e := callMethod(t, s, tc.name, tc.args)
			if e != "" {
				require.Equal(t, tc.want, e)
				return
			}
			require.Equal(t, tc.want, repr(t, r))
			if tc.after != "" {
				require.Equal(t, tc.after, repr(t, s))
			}
		})
	}
	_, e := callMethod(t, NewSet(), "pop", nil)
	require.Equal(t, "KeyError: 'pop from an empty set'", e)
	_, err := GetAttr(NewThread("t"), NewFrozenSet(), "add")
	require.Equal(t, "AttributeError: 'frozenset' object has no attribute 'add'", errString(err))
	// A set argument to remove/in is looked up as a frozenset.
	s := NewSet()
	require.NoError(t, s.Add(nil, newSetCall(t, FrozenSetType, lst(ints(1)...))))
	in, err := s.Contains(nil, setOf(t, ints(1)...))
	require.NoError(t, err)
	require.True(t, in)
}

func TestSetHashAndNew(t *testing.T) {
	th := NewThread("t")
	h, err := Hash(th, newSetCall(t, FrozenSetType, lst(ints(1, 2, 3)...)))
	require.NoError(t, err)
	require.Equal(t, int64(-272375401224217160), h)
	h, err = Hash(th, NewFrozenSet())
	require.NoError(t, err)
	require.Equal(t, int64(133146708735736), h)
	h, err = Hash(th, newSetCall(t, FrozenSetType, lst(tup(ints(1, 2)...), MakeInt(5))))
	require.NoError(t, err)
	require.Equal(t, int64(2095936896885266708), h)
	_, err = Hash(th, NewSet())
	require.Equal(t, "TypeError: unhashable type: 'set'", errString(err))

	_, err = Call(th, SetType, ints(1), nil)
	require.Equal(t, "TypeError: 'int' object is not iterable", errString(err))
	_, err = Call(th, SetType, ints(1, 2), nil)
	require.Equal(t, "TypeError: set expected at most 1 argument, got 2", errString(err))
	_, err = Call(th, SetType, nil, []KwArg{{"x", None}})
	require.Equal(t, "TypeError: set() takes no keyword arguments", errString(err))
	fz := newSetCall(t, FrozenSetType, lst(ints(1)...))
	require.Same(t, fz, newSetCall(t, FrozenSetType, fz))

	// Iteration detects a change of size.
	s := setOf(t, ints(1, 2)...)
	it, err := Iter(th, s)
	require.NoError(t, err)
	_, _, err = it.Next(th)
	require.NoError(t, err)
	require.NoError(t, s.Add(th, MakeInt(3)))
	_, _, err = it.Next(th)
	require.Equal(t, "RuntimeError: Set changed size during iteration", errString(err))

	// Many insertions and deletions keep the set consistent.
	big := NewSet()
	for i := range 3000 {
		require.NoError(t, big.Add(th, MakeInt(int64(i))))
		require.NoError(t, big.Add(th, Str(string(rune('a'+i%26))+string(rune(i)))))
	}
	for i := 0; i < 3000; i += 3 {
		ok, err := big.Remove(th, MakeInt(int64(i)))
		require.NoError(t, err)
		require.True(t, ok)
	}
	require.Equal(t, 5000, big.Len())
	for i := range 3000 {
		ok, err := big.Has(th, Float(float64(i)))
		require.NoError(t, err)
		require.Equal(t, i%3 != 0, ok)
	}
	truth, err := Truth(th, NewSet())
	require.NoError(t, err)
	require.False(t, truth)
}

func setLit(t *testing.T, constant bool, items ...Value) *Set {
	s, err := NewSetLiteral(nil, items, constant)
	require.NoError(t, err)
	return s
}
