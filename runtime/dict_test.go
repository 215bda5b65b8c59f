package runtime

import (
	"fmt"
	"testing"

	"github.com/spindle-lang/spindle/ast"
	"github.com/stretchr/testify/require"
)

func TestDictBasics(t *testing.T) {
	th := NewThread("t")
	d := NewDict()
	require.NoError(t, d.Set(th, MakeInt(1), Str("a")))
	require.NoError(t, d.Set(th, Float(1.0), Str("b"))) // same key as 1
	require.NoError(t, d.Set(th, True, Str("c")))       // same key as 1
	require.NoError(t, d.Set(th, Str("x"), MakeInt(2)))
	require.Equal(t, 2, d.Len())
	require.Equal(t, "{1: 'c', 'x': 2}", repr(t, d))
	v, ok := d.GetStr("x")
	require.True(t, ok)
	require.Equal(t, MakeInt(2), v)
	_, ok = d.GetStr("y")
	require.False(t, ok)

	// Unhashable key.
	_, _, err := d.Get(th, lst())
	require.Equal(t, "TypeError: unhashable type: 'list'", errString(err))

	// KeyError carries the key itself.
	_, err = GetItem(th, d, Str("nope"))
	require.Equal(t, "KeyError: 'nope'", errString(err))
	require.Equal(t, Str("nope"), AsException(err).Args[0])

	// Deleting and re-inserting moves the key to the end.
	_, ok, err = d.Delete(th, MakeInt(1))
	require.NoError(t, err)
	require.True(t, ok)
	require.NoError(t, d.Set(th, MakeInt(1), None))
	require.Equal(t, "{'x': 2, 1: None}", repr(t, d))
}

func TestDictManyKeys(t *testing.T) {
	th := NewThread("t")
	d := NewDict()
	const n = 5000
	for i := range n {
		require.NoError(t, d.Set(th, MakeInt(int64(i)), MakeInt(int64(i*i))))
		d.SetStr(fmt.Sprint("k", i), MakeInt(int64(i)))
	}
	require.Equal(t, 2*n, d.Len())
	for i := 0; i < n; i += 2 {
		_, ok, err := d.Delete(th, MakeInt(int64(i)))
		require.NoError(t, err)
		require.True(t, ok)
		_, ok = d.DeleteStr(fmt.Sprint("k", i))
		require.True(t, ok)
	}
	require.Equal(t, n, d.Len())
	for i := range n {
		v, ok, err := d.Get(th, MakeInt(int64(i)))
		require.NoError(t, err)
		require.Equal(t, i%2 == 1, ok, i)
		if ok {
			require.Equal(t, MakeInt(int64(i*i)), v)
		}
		_, ok = d.GetStr(fmt.Sprint("k", i))
		require.Equal(t, i%2 == 1, ok)
	}
	// Insertion order survives the resizes.
	keys := d.Keys()
	require.Equal(t, MakeInt(1), keys[0])
	require.Equal(t, Str("k1"), keys[1])
}

func TestDictMethods(t *testing.T) {
	d := func() *Dict { return dictOf(t, Str("a"), MakeInt(1), Str("b"), MakeInt(2)) }
	tests := []struct {
		name  string
		args  []Value
		kw    []KwArg
		want  string // result repr (or error); then the dict's repr after
		after string
	}{
		{"get", strs("a"), nil, "1", ""},
		{"get", strs("z"), nil, "None", ""},
		{"get", []Value{Str("z"), MakeInt(0)}, nil, "0", ""},
		{"get", nil, nil, "TypeError: get expected at least 1 argument, got 0", ""},
		{"get", ints(1, 2, 3), nil, "TypeError: get expected at most 2 arguments, got 3", ""},
		{"setdefault", []Value{Str("c"), MakeInt(3)}, nil, "3", "{'a': 1, 'b': 2, 'c': 3}"},
		{"setdefault", strs("a"), nil, "1", "{'a': 1, 'b': 2}"},
		{"setdefault", strs("n"), nil, "None", "{'a': 1, 'b': 2, 'n': None}"},
		{"pop", strs("a"), nil, "1", "{'b': 2}"},
		{"pop", ints(1), nil, "KeyError: 1", ""},
		{"pop", []Value{MakeInt(1), None}, nil, "None", ""},
		{"pop", nil, nil, "TypeError: pop expected at least 1 argument, got 0", ""},
		{"popitem", nil, nil, "('b', 2)", "{'a': 1}"},
		{"keys", ints(1), nil, "TypeError: dict.keys() takes no arguments (1 given)", ""},
		{"keys", nil, nil, "dict_keys(['a', 'b'])", ""},
		{"values", nil, nil, "dict_values([1, 2])", ""},
		{"items", nil, nil, "dict_items([('a', 1), ('b', 2)])", ""},
		{"copy", nil, nil, "{'a': 1, 'b': 2}", ""},
		{"clear", nil, nil, "None", "{}"},
		{"update", []Value{lst(tup(Str("c"), MakeInt(3)))}, []KwArg{{"d", MakeInt(4)}}, "None", "{'a': 1, 'b': 2, 'c': 3, 'd': 4}"},
		{"update", []Value{dictOf(t, Str("b"), MakeInt(9), Str("z"), MakeInt(0))}, nil, "None", "{'a': 1, 'b': 9, 'z': 0}"},
		{"update", ints(1), nil, "TypeError: 'int' object is not iterable", ""},
		{"update", []Value{lst(MakeInt(1))}, nil, "TypeError: cannot convert dictionary update sequence element #0 to a sequence", ""},
		{"update", []Value{lst(tup(ints(1, 2, 3)...))}, nil, "ValueError: dictionary update sequence element #0 has length 3; 2 is required", ""},
		{"update", []Value{lst(Str("xy"))}, nil, "None", "{'a': 1, 'b': 2, 'x': 'y'}"},
		{"update", ints(1, 2), nil, "TypeError: update expected at most 1 argument, got 2", ""},
		{"fromkeys", []Value{lst(ints(1, 2)...)}, nil, "{1: None, 2: None}", ""},
		{"fromkeys", []Value{Str("ab"), MakeInt(0)}, nil, "{'a': 0, 'b': 0}", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name+"/"+tc.want, func(t *testing.T) {
			dd := d()
			r, e := callMethod(t, dd, tc.name, tc.args, tc.kw...)
			if e != "" {
				require.Equal(t, tc.want, e)
				return
			}
			require.Equal(t, tc.want, repr(t, r))
			if tc.after != "" {
				require.Equal(t, tc.after, repr(t, dd))
			}
		})
	}
	e := NewDict()
	_, msg := callMethod(t, e, "popitem", nil)
	require.Equal(t, "KeyError: 'popitem(): dictionary is empty'", msg)
	_, msg = callMethod(t, e, "keys", nil, KwArg{"x", None})
	require.Equal(t, "TypeError: dict.keys() takes no arguments (1 given)", msg)
	_, err := Call(nil, mustLookup(DictType, "get"), []Value{lst(), MakeInt(1)}, nil)
	require.Equal(t, "TypeError: descriptor 'get' for 'dict' objects doesn't apply to a 'list' object", errString(err))
}

func TestDictNew(t *testing.T) {
	th := NewThread("t")
	tests := []struct {
		args []Value
		kw   []KwArg
		want string
	}{
		{nil, nil, "{}"},
		{[]Value{lst(tup(ints(1, 2)...), tup(ints(3, 4)...))}, nil, "{1: 2, 3: 4}"},
		{[]Value{dictOf(t, MakeInt(1), MakeInt(2))}, []KwArg{{"a", MakeInt(1)}}, "{1: 2, 'a': 1}"},
		{nil, []KwArg{{"a", MakeInt(1)}, {"b", MakeInt(2)}}, "{'a': 1, 'b': 2}"},
		{[]Value{lst(tup(ints(1, 2, 3)...))}, nil, "ValueError: dictionary update sequence element #0 has length 3; 2 is required"},
		{ints(1, 2), nil, "TypeError: dict expected at most 1 argument, got 2"},
		{ints(1), nil, "TypeError: 'int' object is not iterable"},
	}
	for _, tc := range tests {
		v, err := Call(th, DictType, tc.args, tc.kw)
		require.Equal(t, tc.want, res(t, v, err))
	}
}

func TestDictOps(t *testing.T) {
	th := NewThread("t")
	a := dictOf(t, MakeInt(1), Str("a"), MakeInt(2), Str("b"))
	b := dictOf(t, MakeInt(2), Str("b"), MakeInt(1), Str("a"))
	c := dictOf(t, MakeInt(2), Str("B"), MakeInt(3), Str("c"))
	require.Equal(t, "True", cmpop(t, ast.Eq, a, b))
	require.Equal(t, "False", cmpop(t, ast.Eq, a, c))
	require.Equal(t, "True", cmpop(t, ast.NotEq, a, c))
	require.Equal(t, "TypeError: '<' not supported between instances of 'dict' and 'dict'", cmpop(t, ast.Lt, a, b))
	require.Equal(t, "{1: 'a', 2: 'B', 3: 'c'}", binop(t, ast.BitOr, a, c))
	require.Equal(t, "TypeError: unsupported operand type(s) for |: 'dict' and 'list'", binop(t, ast.BitOr, a, lst()))
	r, err := InplaceOp(th, ast.BitOr, a, lst(tup(MakeInt(9), None)))
	require.NoError(t, err)
	require.Same(t, a, r)
	require.Equal(t, "{1: 'a', 2: 'b', 9: None}", repr(t, a))
	_, err = Hash(th, a)
	require.Equal(t, "TypeError: unhashable type: 'dict'", errString(err))

	// Recursive repr.
	d := NewDict()
	require.NoError(t, d.Set(th, MakeInt(1), d))
	require.Equal(t, "{1: {...}}", repr(t, d))
	require.Equal(t, "{1: {...}}", repr(t, d)) // the guard was released

	// Nil thread (Exception.Message path).
	s, err := Repr(nil, d)
	require.NoError(t, err)
	require.Equal(t, "{1: {...}}", s)
}

func TestDictIteration(t *testing.T) {
	th := NewThread("t")
	d := dictOf(t, MakeInt(1), MakeInt(10), MakeInt(2), MakeInt(20))
	it, err := Iter(th, d)
	require.NoError(t, err)
	v, ok, err := it.Next(th)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, MakeInt(1), v)
	require.NoError(t, d.Set(th, MakeInt(3), None))
	_, _, err = it.Next(th)
	require.Equal(t, "RuntimeError: dictionary changed size during iteration", errString(err))
	_, _, err = it.Next(th)
	require.Error(t, err) // sticky

	// Replacing values is fine.
	it, _ = Iter(th, d)
	n := 0
	for {
		k, ok, err := it.Next(th)
		require.NoError(t, err)
		if !ok {
			break
		}
		require.NoError(t, d.Set(th, k, None))
		n++
	}
	require.Equal(t, 3, n)
	require.Equal(t, "dict_keyiterator", TypeName(it.(Value)))

	// Reversed.
	items, err := IterateAll(th, d.Reversed())
	require.NoError(t, err)
	require.Equal(t, "[3, 2, 1]", repr(t, NewList(items)))
}

func TestDictViews(t *testing.T) {
	th := NewThread("t")
	d := dictOf(t, MakeInt(1), MakeInt(10), MakeInt(2), MakeInt(20))
	keys, _ := callMethod(t, d, "keys", nil)
	items, _ := callMethod(t, d, "items", nil)
	values, _ := callMethod(t, d, "values", nil)
	n, err := Len(th, keys)
	require.NoError(t, err)
	require.Equal(t, 2, n)
	require.Equal(t, "{2}", binop(t, ast.BitAnd, keys, setOf(t, ints(2, 3)...)))
	require.Equal(t, "{2}", binop(t, ast.BitAnd, setOf(t, ints(2, 3)...), keys))
	require.Equal(t, "{1, 2, 3}", binop(t, ast.BitOr, keys, lst(ints(3)...)))
	require.Equal(t, "{1}", binop(t, ast.Sub, keys, lst(ints(2)...)))
	require.Equal(t, "{3}", binop(t, ast.Sub, setOf(t, ints(1, 3)...), keys))
	require.Equal(t, "{1, 3}", binop(t, ast.BitXor, keys, setOf(t, ints(2, 3)...)))
	require.Equal(t, "{(2, 20), 3, (1, 10)}", binop(t, ast.BitOr, items, setOf(t, ints(3)...)))
	require.Equal(t, "TypeError: unsupported operand type(s) for |: 'dict_values' and 'dict_values'", binop(t, ast.BitOr, values, values))
	require.Equal(t, "True", cmpop(t, ast.Eq, keys, setOf(t, ints(1, 2)...)))
	require.Equal(t, "True", cmpop(t, ast.Eq, setOf(t, ints(1, 2)...), keys))
	require.Equal(t, "True", cmpop(t, ast.Lt, keys, setOf(t, ints(1, 2, 3)...)))
	require.Equal(t, "TypeError: '<' not supported between instances of 'dict_keys' and 'int'", cmpop(t, ast.Lt, keys, MakeInt(1)))
	in, err := Contains(th, items, tup(MakeInt(1), MakeInt(10)))
	require.NoError(t, err)
	require.True(t, in)
	in, err = Contains(th, items, tup(MakeInt(1), MakeInt(11)))
	require.NoError(t, err)
	require.False(t, in)
	in, err = Contains(th, values, MakeInt(20))
	require.NoError(t, err)
	require.True(t, in)
	r, _ := callMethod(t, keys, "isdisjoint", ints(5))
	require.Equal(t, "TypeError: 'int' object is not iterable", func() string { _, e := callMethod(t, keys, "isdisjoint", ints(5)); return e }())
	_ = r
	r, _ = callMethod(t, keys, "isdisjoint", []Value{lst(ints(5)...)})
	require.Equal(t, True, r)
	_, err = Hash(th, keys)
	require.Equal(t, "TypeError: unhashable type: 'dict_keys'", errString(err))
	// Views are live.
	require.NoError(t, d.Set(th, MakeInt(3), MakeInt(30)))
	require.Equal(t, "dict_keys([1, 2, 3])", repr(t, keys))
}

var benchSink Value

func BenchmarkDictGetStr(b *testing.B) {
	d := NewDict()
	keys := make([]string, 64)
	for i := range keys {
		keys[i] = fmt.Sprint("name", i)
		d.SetStr(keys[i], MakeInt(int64(i)))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v, _ := d.GetStr(keys[i&63])
		benchSink = v
	}
}

func BenchmarkDictGetStrValue(b *testing.B) {
	th := NewThread("b")
	d := NewDict()
	keys := make([]Value, 64)
	for i := range keys {
		keys[i] = Str(fmt.Sprint("name", i))
		_ = d.Set(th, keys[i], MakeInt(int64(i)))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v, _, _ := d.Get(th, keys[i&63])
		benchSink = v
	}
}

func BenchmarkDictSetStr(b *testing.B) {
	d := NewDict()
	keys := make([]string, 64)
	for i := range keys {
		keys[i] = fmt.Sprint("name", i)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.SetStr(keys[i&63], MakeInt(int64(i&1023)))
	}
}

func BenchmarkDictGetInt(b *testing.B) {
	th := NewThread("b")
	d := NewDict()
	for i := range 1024 {
		_ = d.Set(th, MakeInt(int64(i)), MakeInt(int64(i)))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v, _, _ := d.Get(th, MakeInt(int64(i&1023)))
		benchSink = v
	}
}

func BenchmarkDictSetInt(b *testing.B) {
	th := NewThread("b")
	for i := 0; i < b.N; i++ {
		if i%1024 == 0 {
			b.StopTimer()
			benchSink = NewDict()
			b.StartTimer()
		}
		_ = benchSink.(*Dict).Set(th, MakeInt(int64(i&1023)), None)
	}
}
