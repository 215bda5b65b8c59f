package runtime

import (
	"testing"

	"github.com/spindle-lang/spindle/ast"
	"github.com/stretchr/testify/require"
)

func TestByteArray(t *testing.T) {
	th := NewThread("t")
	N := None
	b := NewByteArray([]byte("abc"))
	_, e := callMethod(t, b, "append", ints(100))
	require.Empty(t, e)
	require.Equal(t, "bytearray(b'abcd')", repr(t, b))
	require.Equal(t, "97", getitem(t, b, MakeInt(0)))
	require.Equal(t, "bytearray(b'bcd')", getitem(t, b, slc(MakeInt(1), N, N)))
	require.Equal(t, "bytearray(b'dcba')", getitem(t, b, slc(N, N, MakeInt(-1))))
	require.Equal(t, "IndexError: bytearray index out of range", getitem(t, b, MakeInt(9)))
	require.NoError(t, SetItem(th, b, MakeInt(0), MakeInt(65)))
	require.Equal(t, "bytearray(b'Abcd')", repr(t, b))
	require.NoError(t, DelItem(th, b, MakeInt(1)))
	require.Equal(t, "bytearray(b'Acd')", repr(t, b))
	require.NoError(t, SetItem(th, b, slc(MakeInt(0), MakeInt(1), N), Bytes("xyz")))
	require.Equal(t, "bytearray(b'xyzcd')", repr(t, b))
	v, _ := callMethod(t, b, "pop", nil)
	require.Equal(t, "100", repr(t, v))
	v, _ = callMethod(t, b, "pop", ints(0))
	require.Equal(t, "120", repr(t, v))
	require.Equal(t, "bytearray(b'yzc')", repr(t, b))
	require.Equal(t, "ValueError: byte must be in range(0, 256)", errString(SetItem(th, b, MakeInt(0), MakeInt(256))))
	_, e = callMethod(t, b, "append", strs("a"))
	require.Equal(t, "TypeError: 'str' object cannot be interpreted as an integer", e)
	_, e = callMethod(t, NewByteArray(nil), "pop", nil)
	require.Equal(t, "IndexError: pop from empty bytearray", e)

	require.Equal(t, `bytearray(b"ab\'c")`, repr(t, NewByteArray([]byte("ab'c"))))
	require.Equal(t, `bytearray(b'\x00\xff"\t')`, repr(t, NewByteArray([]byte("\x00\xff\"\t"))))

	news := []struct {
		args []Value
		want string
	}{
		{ints(3), `bytearray(b'\x00\x00\x00')`},
		{[]Value{lst(ints(1, 2)...)}, `bytearray(b'\x01\x02')`},
		{[]Value{Bytes("hi")}, `bytearray(b'hi')`},
		{nil, `bytearray(b'')`},
		{strs("abc"), "TypeError: string argument without an encoding"},
		{ints(-1), "ValueError: negative count"},
		{[]Value{Float(1)}, "TypeError: cannot convert 'float' object to bytearray"},
		{[]Value{lst(MakeInt(300))}, "ValueError: byte must be in range(0, 256)"},
	}
	for _, tc := range news {
		v, err := Call(th, ByteArrayType, tc.args, nil)
		require.Equal(t, tc.want, res(t, v, err))
	}

	ab := NewByteArray([]byte("ab"))
	require.Equal(t, "bytearray(b'abb')", binop(t, ast.Add, ab, Bytes("b")))
	require.Equal(t, "bytearray(b'abab')", binop(t, ast.Mult, ab, MakeInt(2)))
	require.Equal(t, "TypeError: can't concat str to bytearray", binop(t, ast.Add, ab, Str("a")))
	require.Equal(t, "True", cmpop(t, ast.Eq, ab, Bytes("ab")))
	require.Equal(t, "True", cmpop(t, ast.Lt, ab, Bytes("b")))
	in, err := Contains(th, ab, MakeInt(98))
	require.NoError(t, err)
	require.True(t, in)
	in, err = Contains(th, ab, Bytes("b"))
	require.NoError(t, err)
	require.True(t, in)
	items, err := IterateAll(th, ab)
	require.NoError(t, err)
	require.Equal(t, "[97, 98]", repr(t, NewList(items)))
	n, err := Len(th, ab)
	require.NoError(t, err)
	require.Equal(t, 2, n)
	_, err = Hash(th, ab)
	require.Equal(t, "TypeError: unhashable type: 'bytearray'", errString(err))
	r, err := InplaceOp(th, ast.Add, ab, Bytes("c"))
	require.NoError(t, err)
	require.Same(t, ab, r)
	require.Equal(t, "bytearray(b'abc')", repr(t, ab))
}

type countIter struct{ n, max int }

func (c *countIter) Next(th *Thread) (Value, bool, error) {
	if c.n >= c.max {
		return nil, false, nil
	}
	c.n++
	return MakeInt(int64(c.n)), true, nil
}

func TestIteratorValue(t *testing.T) {
	th := NewThread("t")
	v := NewIteratorValue("map", &countIter{max: 2})
	require.Equal(t, "map", TypeName(v))
	it, err := Iter(th, v)
	require.NoError(t, err)
	require.Same(t, v, it.(Value))
	r, e := callMethod(t, v, "__next__", nil)
	require.Equal(t, "1", repr(t, r), e)
	r, _ = callMethod(t, v, "__iter__", nil)
	require.Same(t, v, r)
	items, err := IterateAll(th, v)
	require.NoError(t, err)
	require.Equal(t, "[2]", repr(t, NewList(items)))
	_, e = callMethod(t, v, "__next__", nil)
	require.Equal(t, "StopIteration", e)
	require.Same(t, IteratorType("map"), IteratorType("map"))

	// Container iterators are values already.
	lit, _ := Iter(th, lst())
	require.Same(t, lit.(Value), IteratorValue(lit))
	require.Equal(t, "iterator", TypeName(IteratorValue(&countIter{})))

	// Dict iterator types.
	d := dictOf(t, MakeInt(1), MakeInt(2))
	for _, tc := range []struct {
		meth, typ, items string
	}{
		{"keys", "dict_keyiterator", "[1]"},
		{"values", "dict_valueiterator", "[2]"},
		{"items", "dict_itemiterator", "[(1, 2)]"},
	} {
		view, _ := callMethod(t, d, tc.meth, nil)
		it, err := Iter(th, view)
		require.NoError(t, err)
		require.Equal(t, tc.typ, TypeName(it.(Value)))
		items, err := IterateAll(th, it.(Value))
		require.NoError(t, err)
		require.Equal(t, tc.items, repr(t, NewList(items)))
	}
}
