package runtime

import (
	"math"
	"testing"

	"github.com/spindle-lang/spindle/ast"
	"github.com/stretchr/testify/require"
)

func TestListMethods(t *testing.T) {
	base := func() *List { return lst(ints(3, 1, 2)...) }
	tests := []struct {
		name  string
		args  []Value
		kw    []KwArg
		want  string
		after string
	}{
		{"append", ints(4), nil, "None", "[3, 1, 2, 4]"},
		{"append", nil, nil, "TypeError: list.append() takes exactly one argument (0 given)", ""},
		{"append", ints(1, 2), nil, "TypeError: list.append() takes exactly one argument (2 given)", ""},
		{"append", nil, []KwArg{{"x", None}}, "TypeError: list.append() takes no keyword arguments", ""},
		{"extend", []Value{tup(ints(7, 8)...)}, nil, "None", "[3, 1, 2, 7, 8]"},
		{"extend", []Value{Str("ab")}, nil, "None", "[3, 1, 2, 'a', 'b']"},
		{"extend", ints(1), nil, "TypeError: 'int' object is not iterable", ""},
		{"insert", ints(0, 9), nil, "None", "[9, 3, 1, 2]"},
		{"insert", ints(-1, 9), nil, "None", "[3, 1, 9, 2]"},
		{"insert", ints(100, 9), nil, "None", "[3, 1, 2, 9]"},
		{"insert", ints(-100, 9), nil, "None", "[9, 3, 1, 2]"},
		{"insert", ints(1), nil, "TypeError: insert expected 2 arguments, got 1", ""},
		{"remove", ints(1), nil, "None", "[3, 2]"},
		{"remove", ints(5), nil, "ValueError: list.remove(x): x not in list", ""},
		{"pop", nil, nil, "2", "[3, 1]"},
		{"pop", ints(0), nil, "3", "[1, 2]"},
		{"pop", ints(-3), nil, "3", "[1, 2]"},
		{"pop", ints(3), nil, "IndexError: pop index out of range", ""},
		{"pop", ints(1, 2), nil, "TypeError: pop expected at most 1 argument, got 2", ""},
		{"pop", strs("a"), nil, "TypeError: 'str' object cannot be interpreted as an integer", ""},
		{"clear", nil, nil, "None", "[]"},
		{"index", ints(2), nil, "2", ""},
		{"index", ints(5), nil, "ValueError: 5 is not in list", ""},
		{"index", strs("x"), nil, "ValueError: 'x' is not in list", ""},
		{"index", ints(3, 1), nil, "ValueError: 3 is not in list", ""},
		{"index", ints(2, -1), nil, "2", ""},
		{"index", ints(1, 0, 1), nil, "ValueError: 1 is not in list", ""},
		{"index", []Value{MakeInt(1), Str("a")}, nil, "TypeError: slice indices must be integers or have an __index__ method", ""},
		{"index", nil, nil, "TypeError: index expected at least 1 argument, got 0", ""},
		{"count", ints(1), nil, "1", ""},
		{"count", []Value{Float(1)}, nil, "1", ""},
		{"count", nil, nil, "TypeError: list.count() takes exactly one argument (0 given)", ""},
		{"sort", nil, nil, "None", "[1, 2, 3]"},
		{"sort", nil, []KwArg{{"reverse", True}}, "None", "[3, 2, 1]"},
		{"sort", ints(1), nil, "TypeError: sort() takes no positional arguments", ""},
		{"sort", nil, []KwArg{{"foo", True}}, "TypeError: 'foo' is an invalid keyword argument for sort()", ""},
		{"reverse", nil, nil, "None", "[2, 1, 3]"},
		{"copy", nil, nil, "[3, 1, 2]", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name+"/"+tc.want, func(t *testing.T) {
			l := base()
			r, e := callMethod(t, l, tc.name, tc.args, tc.kw...)
			if e != "" {
				require.Equal(t, tc.want, e)
				return
			}
			require.Equal(t, tc.want, repr(t, r))
			if tc.after != "" {
				require.Equal(t, tc.after, repr(t, l))
			}
		})
	}
	l := lst()
	_, e := callMethod(t, l, "pop", nil)
	require.Equal(t, "IndexError: pop from empty list", e)
	_, err := Call(nil, mustLookup(ListType, "append"), ints(1, 2), nil)
	require.Equal(t, "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object", errString(err))
}

func TestListIndexing(t *testing.T) {
	th := NewThread("t")
	l := lst(ints(0, 1, 2, 3, 4, 5)...)
	N := None
	tests := []struct {
		key  Value
		want string
	}{
		{MakeInt(0), "0"},
		{MakeInt(-1), "5"},
		{MakeInt(6), "IndexError: list index out of range"},
		{MakeInt(-7), "IndexError: list index out of range"},
		{True, "1"},
		{Float(1), "TypeError: list indices must be integers or slices, not float"},
		{Str("a"), "TypeError: list indices must be integers or slices, not str"},
		{slc(MakeInt(1), MakeInt(3), N), "[1, 2]"},
		{slc(N, N, MakeInt(-1)), "[5, 4, 3, 2, 1, 0]"},
		{slc(N, N, MakeInt(2)), "[0, 2, 4]"},
		{slc(MakeInt(-2), N, N), "[4, 5]"},
		{slc(MakeInt(4), MakeInt(1), MakeInt(-2)), "[4, 2]"},
		{slc(MakeInt(10), MakeInt(20), N), "[]"},
		{slc(N, N, MakeInt(0)), "ValueError: slice step cannot be zero"},
		{slc(Str("a"), N, N), "TypeError: slice indices must be integers or None or have an __index__ method"},
	}
	for _, tc := range tests {
		r, err := GetItem(th, l, tc.key)
		require.Equal(t, tc.want, res(t, r, err), repr(t, tc.key))
		// The method path (no inline fast path) agrees.
		r, err = l.GetItem(th, tc.key)
		require.Equal(t, tc.want, res(t, r, err), repr(t, tc.key))
	}
}

func TestListSetItem(t *testing.T) {
	th := NewThread("t")
	N := None
	tests := []struct {
		key  Value
		val  Value // nil: delete
		want string
	}{
		{MakeInt(0), Str("x"), "['x', 1, 2, 3, 4, 5]"},
		{MakeInt(-1), Str("x"), "[0, 1, 2, 3, 4, 'x']"},
		{MakeInt(6), Str("x"), "IndexError: list assignment index out of range"},
		{MakeInt(6), nil, "IndexError: list assignment index out of range"},
		{MakeInt(1), nil, "[0, 2, 3, 4, 5]"},
		{slc(MakeInt(1), MakeInt(3), N), lst(strs("a", "b", "c")...), "[0, 'a', 'b', 'c', 3, 4, 5]"},
		{slc(MakeInt(1), MakeInt(5), N), lst(), "[0, 5]"},
		{slc(MakeInt(3), MakeInt(1), N), lst(Str("z")), "[0, 1, 2, 'z', 3, 4, 5]"},
		{slc(N, N, N), tup(ints(9)...), "[9]"},
		{slc(MakeInt(100), N, N), Str("ab"), "[0, 1, 2, 3, 4, 5, 'a', 'b']"},
		{slc(MakeInt(0), MakeInt(1), N), MakeInt(5), "TypeError: can only assign an iterable"},
		{slc(N, N, MakeInt(2)), lst(strs("a", "b", "c")...), "['a', 1, 'b', 3, 'c', 5]"},
		{slc(N, N, MakeInt(-2)), lst(strs("a", "b", "c")...), "[0, 'c', 2, 'b', 4, 'a']"},
		{slc(N, N, MakeInt(2)), lst(strs("a")...), "ValueError: attempt to assign sequence of size 1 to extended slice of size 3"},
		{slc(N, N, MakeInt(2)), MakeInt(1), "TypeError: must assign iterable to extended slice"},
		{slc(N, N, MakeInt(2)), nil, "[1, 3, 5]"},
		{slc(N, N, MakeInt(-2)), nil, "[0, 2, 4]"},
		{slc(MakeInt(1), MakeInt(4), N), nil, "[0, 4, 5]"},
		{slc(MakeInt(4), MakeInt(1), N), nil, "[0, 1, 2, 3, 4, 5]"},
		{slc(N, N, MakeInt(0)), nil, "ValueError: slice step cannot be zero"},
		{Str("a"), None, "TypeError: list indices must be integers or slices, not str"},
	}
	for _, tc := range tests {
		l := lst(ints(0, 1, 2, 3, 4, 5)...)
		var err error
		if tc.val == nil {
			err = DelItem(th, l, tc.key)
		} else {
			err = SetItem(th, l, tc.key, tc.val)
		}
		require.Equal(t, tc.want, res(t, l, err), repr(t, tc.key))
	}
	// a[:] = a
	l := lst(ints(1, 2)...)
	require.NoError(t, SetItem(th, l, slc(N, N, N), l))
	require.Equal(t, "[1, 2]", repr(t, l))
	require.NoError(t, SetItem(th, l, slc(MakeInt(1), MakeInt(1), N), l))
	require.Equal(t, "[1, 1, 2, 2]", repr(t, l))
}

func TestListOperators(t *testing.T) {
	th := NewThread("t")
	a := lst(ints(1, 2)...)
	require.Equal(t, "[1, 2, 3]", binop(t, ast.Add, a, lst(ints(3)...)))
	require.Equal(t, `TypeError: can only concatenate list (not "tuple") to list`, binop(t, ast.Add, a, tup()))
	require.Equal(t, "[1, 2, 1, 2]", binop(t, ast.Mult, a, MakeInt(2)))
	require.Equal(t, "[1, 2, 1, 2]", binop(t, ast.Mult, MakeInt(2), a))
	require.Equal(t, "[]", binop(t, ast.Mult, a, MakeInt(-1)))
	require.Equal(t, "[1, 2]", binop(t, ast.Mult, True, a))
	require.Equal(t, "TypeError: can't multiply sequence by non-int of type 'float'", binop(t, ast.Mult, a, Float(1)))
	require.Equal(t, "TypeError: unsupported operand type(s) for -: 'list' and 'list'", binop(t, ast.Sub, a, a))

	r, err := InplaceOp(th, ast.Add, a, tup(ints(3)...))
	require.NoError(t, err)
	require.Same(t, a, r)
	require.Equal(t, "[1, 2, 3]", repr(t, a))
	_, err = InplaceOp(th, ast.Add, a, MakeInt(1))
	require.Equal(t, "TypeError: 'int' object is not iterable", errString(err))
	_, err = InplaceOp(th, ast.Mult, a, Str("a"))
	require.Equal(t, "TypeError: can't multiply sequence by non-int of type 'str'", errString(err))
	r, err = InplaceOp(th, ast.Mult, a, MakeInt(2))
	require.NoError(t, err)
	require.Same(t, a, r)
	require.Equal(t, "[1, 2, 3, 1, 2, 3]", repr(t, a))
	_, err = InplaceOp(th, ast.Add, a, a)
	require.NoError(t, err)
	require.Equal(t, 12, a.Len())

	tests := []struct {
		op   ast.Op
		a, b Value
		want string
	}{
		{ast.Eq, lst(ints(1, 2)...), lst(ints(1, 2)...), "True"},
		{ast.Eq, lst(ints(1, 2)...), lst(Float(1), Float(2)), "True"},
		{ast.Eq, lst(ints(1, 2)...), tup(ints(1, 2)...), "False"},
		{ast.NotEq, lst(ints(1, 2)...), lst(ints(1)...), "True"},
		{ast.Lt, lst(ints(1, 2)...), lst(ints(1, 3)...), "True"},
		{ast.Lt, lst(ints(1, 2)...), lst(ints(1, 2, 0)...), "True"},
		{ast.Gt, lst(ints(1, 2)...), lst(ints(1)...), "True"},
		{ast.LtE, lst(), lst(), "True"},
		{ast.GtE, lst(ints(2)...), lst(ints(1, 5)...), "True"},
		{ast.Lt, lst(MakeInt(1)), lst(MakeInt(2), Str("a")), "True"},
		{ast.Lt, lst(MakeInt(1), Str("a")), lst(ints(1, 2)...), "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{ast.Lt, lst(MakeInt(1)), MakeInt(1), "TypeError: '<' not supported between instances of 'list' and 'int'"},
	}
	for _, tc := range tests {
		require.Equal(t, tc.want, cmpop(t, tc.op, tc.a, tc.b), "%s %s %s", repr(t, tc.a), tc.op, repr(t, tc.b))
	}

	// Identity implies equality: nan in [nan] for the same object.
	nan := Value(Float(math.NaN()))
	in, err := Contains(th, lst(nan), nan)
	require.NoError(t, err)
	require.True(t, in)
	in, err = Contains(th, lst(nan), Float(math.NaN()))
	require.NoError(t, err)
	require.False(t, in)
	eq, err := Equal(th, lst(nan), lst(nan))
	require.NoError(t, err)
	require.True(t, eq)

	_, err = Hash(th, a)
	require.Equal(t, "TypeError: unhashable type: 'list'", errString(err))
}

func TestListRepr(t *testing.T) {
	l := lst(ints(1)...)
	l.Append(l)
	require.Equal(t, "[1, [...]]", repr(t, l))
	outer := lst(l, l)
	require.Equal(t, "[[1, [...]], [1, [...]]]", repr(t, outer))
	require.Equal(t, "[]", repr(t, lst()))
	require.Equal(t, "['a', 1.5, None, True]", repr(t, lst(Str("a"), Float(1.5), None, True)))
}

func TestListNewAndIteration(t *testing.T) {
	th := NewThread("t")
	v, err := Call(th, ListType, []Value{Str("abc")}, nil)
	require.Equal(t, "['a', 'b', 'c']", res(t, v, err))
	v, err = Call(th, ListType, nil, nil)
	require.Equal(t, "[]", res(t, v, err))
	_, err = Call(th, ListType, ints(1), nil)
	require.Equal(t, "TypeError: 'int' object is not iterable", errString(err))
	_, err = Call(th, ListType, ints(1, 2), nil)
	require.Equal(t, "TypeError: list expected at most 1 argument, got 2", errString(err))
	_, err = Call(th, ListType, nil, []KwArg{{"x", None}})
	require.Equal(t, "TypeError: list() takes no keyword arguments", errString(err))

	// Appending during iteration is seen (index-based iterator).
	l := lst(ints(1, 2)...)
	it, err := Iter(th, l)
	require.NoError(t, err)
	require.Equal(t, "list_iterator", TypeName(it.(Value)))
	n := 0
	for {
		x, ok, err := it.Next(th)
		require.NoError(t, err)
		if !ok {
			break
		}
		if x.(Int) < 4 {
			l.Append(x.(Int) + 2)
		}
		n++
	}
	require.Equal(t, "[1, 2, 3, 4, 5]", repr(t, l))
	require.Equal(t, 5, n)
	// __next__ raises StopIteration when exhausted.
	_, e := callMethod(t, it.(Value), "__next__", nil)
	require.Equal(t, "StopIteration", e)

	items, err := IterateAll(th, l.Reversed())
	require.NoError(t, err)
	require.Equal(t, "[5, 4, 3, 2, 1]", repr(t, NewList(items)))
}

func TestListSort(t *testing.T) {
	th := NewThread("t")
	tests := []struct {
		items   []Value
		key     Value
		reverse bool
		want    string
	}{
		{ints(3, 1, 2), nil, false, "[1, 2, 3]"},
		{strs("b", "a", "c"), nil, true, "['c', 'b', 'a']"},
		{[]Value{Float(2.5), MakeInt(1), True, Float(-1)}, nil, false, "[-1.0, 1, True, 2.5]"},
		{[]Value{MakeInt(3), Str("a")}, nil, false, "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{[]Value{tup(MakeInt(2), Str("a")), tup(MakeInt(1), Str("b")), tup(MakeInt(2), Str("0"))}, nil, false, "[(1, 'b'), (2, '0'), (2, 'a')]"},
		// Stability with a key and with reverse.
		{[]Value{tup(MakeInt(1), Str("a")), tup(MakeInt(0), Str("b")), tup(MakeInt(1), Str("c")), tup(MakeInt(0), Str("d"))},
			NewFunc("k", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) { return args[0].(*Tuple).Items[0], nil }),
			false, "[(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c')]"},
		{[]Value{tup(MakeInt(1), Str("a")), tup(MakeInt(0), Str("b")), tup(MakeInt(1), Str("c")), tup(MakeInt(0), Str("d"))},
			NewFunc("k", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) { return args[0].(*Tuple).Items[0], nil }),
			true, "[(1, 'a'), (1, 'c'), (0, 'b'), (0, 'd')]"},
		{ints(1, 2), NewFunc("k", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
			return nil, NewError(ValueErrorType, "boom")
		}), false, "ValueError: boom"},
	}
	for _, tc := range tests {
		l := NewList(append([]Value(nil), tc.items...))
		err := l.Sort(th, tc.key, tc.reverse)
		require.Equal(t, tc.want, res(t, l, err))
	}

	// A large mixed sort against the generic merge sort path.
	var items []Value
	for i := range 1000 {
		items = append(items, Float(float64((i*7919)%1000)), MakeInt(int64((i*104729)%997)))
	}
	require.NoError(t, SortValues(th, items, nil, false))
	for i := 1; i < len(items); i++ {
		lt, err := Less(th, items[i], items[i-1])
		require.NoError(t, err)
		require.False(t, lt, i)
	}

	// Modifying the list from the key function.
	l := lst(ints(2, 1)...)
	key := NewFunc("k", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
		l.Append(MakeInt(0))
		return args[0], nil
	})
	err := l.Sort(th, key, false)
	require.Equal(t, "ValueError: list modified during sort", errString(err))
	if Sharing() {
		// Threads share data (another test spawned one): the sort ran
		// on a copy and the list keeps the changes (sortShared).
		require.Equal(t, "[2, 1, 0, 0]", repr(t, l))
	} else {
		require.Equal(t, "[1, 2]", repr(t, l)) // CPython's
	}
}

func BenchmarkListIndex(b *testing.B) {
	th := NewThread("b")
	l := NewList(ints(0, 1, 2, 3, 4, 5, 6, 7))
	idx := ints(0, 1, 2, 3, 4, 5, 6, 7)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v, _ := GetItem(th, l, idx[i&7])
		benchSink = v
	}
}

func BenchmarkListAppendIter(b *testing.B) {
	th := NewThread("b")
	for i := 0; i < b.N; i++ {
		l := NewList(nil)
		for j := range 100 {
			l.Append(MakeInt(int64(j)))
		}
		it, _ := l.Iter(th)
		for {
			_, ok, _ := it.Next(th)
			if !ok {
				break
			}
		}
	}
}

func BenchmarkSortInts(b *testing.B) {
	th := NewThread("b")
	src := make([]Value, 1000)
	for i := range src {
		src[i] = MakeInt(int64((i * 7919) % 1000))
	}
	items := make([]Value, len(src))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		copy(items, src)
		_ = SortValues(th, items, nil, false)
	}
}
