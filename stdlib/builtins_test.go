package stdlib

import (
	"testing"

	"github.com/stretchr/testify/require"

	rt "github.com/spindle-lang/spindle/runtime"
)

func TestPrint(t *testing.T) {
	buf := captureStdout(t)
	_, err := call(t, "print", rt.Str("a"), rt.MakeInt(1), rt.None)
	require.NoError(t, err)
	_, err = callKw(t, "print", []rt.Value{rt.Str("x"), rt.Str("y")}, kw("sep", rt.Str("-")), kw("end", rt.Str("!\n")))
	require.NoError(t, err)
	_, err = call(t, "print")
	require.NoError(t, err)
	require.Equal(t, "a 1 None\nx-y!\n\n", buf.String())

	_, err = callKw(t, "print", nil, kw("sep", rt.MakeInt(1)))
	requireExc(t, err, "TypeError: sep must be None or a string, not int")
	_, err = callKw(t, "print", nil, kw("x", rt.MakeInt(1)))
	requireExc(t, err, "TypeError: 'x' is an invalid keyword argument for print()")
}

func TestPrintToFileObject(t *testing.T) {
	out := captureStdout(t)
	var got []string
	w := rt.NewFunc("write", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		got = append(got, string(args[0].(rt.Str)))
		return rt.None, nil
	})
	obj := rt.NewModule("fake")
	obj.Dict.SetStr("write", w)
	_, err := callKw(t, "print", []rt.Value{rt.MakeInt(1), rt.MakeInt(2)}, kw("file", obj))
	require.NoError(t, err)
	require.Equal(t, []string{"1", " ", "2", "\n"}, got)
	require.Empty(t, out.String())
}

func TestLenRangeEnumerateZip(t *testing.T) {
	require.Equal(t, rt.MakeInt(3), mustCall(t, "len", pylist(ints(1, 2, 3)...)))
	_, err := call(t, "len", rt.MakeInt(1))
	requireExc(t, err, "TypeError: object of type 'int' has no len()")

	r := mustCall(t, "range", ints(1, 10, 3)...)
	require.Equal(t, "[1, 4, 7]", repr(t, mustCall(t, "list", r)))
	_, err = call(t, "range", ints(1, 2, 0)...)
	requireExc(t, err, "ValueError: range() arg 3 must not be zero")

	e, err := callKw(t, "enumerate", []rt.Value{rt.Str("ab")}, kw("start", rt.MakeInt(5)))
	require.NoError(t, err)
	require.Equal(t, "[(5, 'a'), (6, 'b')]", repr(t, mustCall(t, "list", e)))

	z := mustCall(t, "zip", pylist(ints(1, 2, 3)...), rt.Str("ab"))
	require.Equal(t, "[(1, 'a'), (2, 'b')]", repr(t, mustCall(t, "list", z)))
	z, err = callKw(t, "zip", []rt.Value{pylist(ints(1)...), pylist(ints(1, 2)...)}, kw("strict", rt.True))
	require.NoError(t, err)
	_, err = call(t, "list", z)
	requireExc(t, err, "ValueError: zip() argument 2 is longer than argument 1")
	z, _ = callKw(t, "zip", []rt.Value{pylist(ints(1, 2)...), pylist(ints(1, 2)...), pylist(ints(1)...)}, kw("strict", rt.True))
	_, err = call(t, "list", z)
	requireExc(t, err, "ValueError: zip() argument 3 is shorter than arguments 1-2")
}

func TestMapFilterReversedSorted(t *testing.T) {
	m := mustCall(t, "map", builtin(t, "abs"), pylist(ints(-1, 2, -3)...))
	require.Equal(t, "[1, 2, 3]", repr(t, mustCall(t, "list", m)))
	m = mustCall(t, "map", builtin(t, "pow"), pylist(ints(2, 3)...), pylist(ints(3, 2, 1)...))
	require.Equal(t, "[8, 9]", repr(t, mustCall(t, "list", m)))
	f := mustCall(t, "filter", rt.None, pylist(ints(0, 1, 0, 2)...))
	require.Equal(t, "[1, 2]", repr(t, mustCall(t, "list", f)))
	_, err := call(t, "filter", rt.None)
	requireExc(t, err, "TypeError: filter expected 2 arguments, got 1")

	require.Equal(t, "[3, 2, 1]", repr(t, mustCall(t, "list", mustCall(t, "reversed", pylist(ints(1, 2, 3)...)))))
	require.Equal(t, "[9, 6, 3, 0]", repr(t, mustCall(t, "list", mustCall(t, "reversed", mustCall(t, "range", ints(0, 10, 3)...)))))
	require.Equal(t, "['c', 'b', 'a']", repr(t, mustCall(t, "list", mustCall(t, "reversed", rt.Str("abc")))))
	_, err = call(t, "reversed", rt.MakeInt(1))
	requireExc(t, err, "TypeError: 'int' object is not reversible")

	s, err := callKw(t, "sorted", []rt.Value{pylist(ints(3, 1, 2)...)}, kw("reverse", rt.True))
	require.NoError(t, err)
	require.Equal(t, "[3, 2, 1]", repr(t, s))
	s, err = callKw(t, "sorted", []rt.Value{pylist(ints(-3, 1, 2)...)}, kw("key", builtin(t, "abs")))
	require.NoError(t, err)
	require.Equal(t, "[1, 2, -3]", repr(t, s))
}

func TestMinMaxSumAnyAll(t *testing.T) {
	require.Equal(t, rt.MakeInt(1), mustCall(t, "min", ints(3, 1, 2)...))
	require.Equal(t, rt.MakeInt(3), mustCall(t, "max", pylist(ints(3, 1, 2)...)))
	_, err := call(t, "max", pylist())
	requireExc(t, err, "ValueError: max() arg is an empty sequence")
	v, err := callKw(t, "min", []rt.Value{pylist()}, kw("default", rt.Str("d")))
	require.NoError(t, err)
	require.Equal(t, rt.Str("d"), v)
	v, err = callKw(t, "max", []rt.Value{pylist(ints(-5, 3)...)}, kw("key", builtin(t, "abs")))
	require.NoError(t, err)
	require.Equal(t, rt.MakeInt(-5), v)
	_, err = callKw(t, "max", ints(1, 2), kw("default", rt.MakeInt(3)))
	requireExc(t, err, "TypeError: Cannot specify a default for max() with multiple positional arguments")

	require.Equal(t, rt.MakeInt(6), mustCall(t, "sum", pylist(ints(1, 2, 3)...)))
	require.Equal(t, "9223372036854775808", repr(t, mustCall(t, "sum", pylist(ints(1<<62, 1<<62)...))))
	require.Equal(t, rt.Float(3.5), mustCall(t, "sum", pylist(rt.MakeInt(1), rt.Float(2.5))))
	_, err = call(t, "sum", pylist(), rt.Str(""))
	requireExc(t, err, "TypeError: sum() can't sum strings [use ''.join(seq) instead]")

	require.Equal(t, rt.True, mustCall(t, "any", pylist(ints(0, 1)...)))
	require.Equal(t, rt.False, mustCall(t, "all", pylist(ints(1, 0)...)))
	require.Equal(t, rt.True, mustCall(t, "all", pylist()))
}

func TestIterNext(t *testing.T) {
	it := mustCall(t, "iter", pylist(ints(1)...))
	require.Equal(t, rt.MakeInt(1), mustCall(t, "next", it))
	_, err := call(t, "next", it)
	requireExc(t, err, "StopIteration")
	require.Equal(t, rt.Str("d"), mustCall(t, "next", it, rt.Str("d")))
	_, err = call(t, "next", rt.MakeInt(1))
	requireExc(t, err, "TypeError: 'int' object is not an iterator")

	n := 0
	counter := rt.NewFunc("f", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		n++
		return rt.MakeInt(int64(n)), nil
	})
	it = mustCall(t, "iter", counter, rt.MakeInt(4))
	require.Equal(t, "[1, 2, 3]", repr(t, mustCall(t, "list", it)))
}

func TestNumericBuiltins(t *testing.T) {
	require.Equal(t, rt.MakeInt(5), mustCall(t, "abs", rt.MakeInt(-5)))
	_, err := call(t, "abs", rt.Str("a"))
	requireExc(t, err, "TypeError: bad operand type for abs(): 'str'")
	require.Equal(t, rt.MakeInt(2), mustCall(t, "round", rt.Float(2.5)))
	require.Equal(t, rt.Float(2.67), mustCall(t, "round", rt.Float(2.675), rt.MakeInt(2)))
	require.Equal(t, "(3, 1)", repr(t, mustCall(t, "divmod", ints(7, 2)...)))
	require.Equal(t, rt.MakeInt(3), mustCall(t, "pow", ints(2, -1, 5)...))
	require.Equal(t, rt.Str("é"), mustCall(t, "chr", rt.MakeInt(233)))
	_, err = call(t, "chr", rt.MakeInt(-1))
	requireExc(t, err, "ValueError: chr() arg not in range(0x110000)")
	require.Equal(t, rt.MakeInt(97), mustCall(t, "ord", rt.Str("a")))
	_, err = call(t, "ord", rt.Str("ab"))
	requireExc(t, err, "TypeError: ord() expected a character, but string of length 2 found")
	_, err = call(t, "ord", rt.MakeInt(1))
	requireExc(t, err, "TypeError: ord() expected string of length 1, but int found")
	require.Equal(t, rt.Str("-0xff"), mustCall(t, "hex", rt.MakeInt(-255)))
	require.Equal(t, rt.Str("0o10"), mustCall(t, "oct", rt.MakeInt(8)))
	require.Equal(t, rt.Str("0b101"), mustCall(t, "bin", rt.MakeInt(5)))
	_, err = call(t, "hex", rt.Float(1))
	requireExc(t, err, "TypeError: 'float' object cannot be interpreted as an integer")
}

func TestTypesAndAttributes(t *testing.T) {
	require.Equal(t, rt.True, mustCall(t, "isinstance", rt.True, rt.IntType))
	require.Equal(t, rt.True, mustCall(t, "isinstance", rt.Str("x"), rt.NewTuple([]rt.Value{rt.IntType, rt.StrType})))
	_, err := call(t, "isinstance", rt.MakeInt(1), rt.MakeInt(1))
	requireExc(t, err, "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union")
	require.Equal(t, rt.True, mustCall(t, "issubclass", rt.ValueErrorType, rt.ExceptionType))
	_, err = call(t, "issubclass", rt.MakeInt(1), rt.IntType)
	requireExc(t, err, "TypeError: issubclass() arg 1 must be a class")
	require.Equal(t, rt.Value(rt.IntType), mustCall(t, "type", rt.MakeInt(1)))
	require.Equal(t, rt.True, mustCall(t, "callable", builtin(t, "len")))
	require.Equal(t, rt.False, mustCall(t, "callable", rt.MakeInt(1)))

	e := rt.NewError(rt.ValueErrorType, "boom")
	require.Equal(t, "('boom',)", repr(t, mustCall(t, "getattr", e, rt.Str("args"))))
	require.Equal(t, rt.Str("d"), mustCall(t, "getattr", e, rt.Str("nope"), rt.Str("d")))
	_, err = call(t, "getattr", e, rt.MakeInt(2))
	requireExc(t, err, "TypeError: attribute name must be string, not 'int'")
	mustCall(t, "setattr", e, rt.Str("extra"), rt.MakeInt(7))
	require.Equal(t, rt.True, mustCall(t, "hasattr", e, rt.Str("extra")))
	mustCall(t, "delattr", e, rt.Str("extra"))
	require.Equal(t, rt.False, mustCall(t, "hasattr", e, rt.Str("extra")))

	require.Equal(t, rt.Str("'\\xe9\\u20ac'"), mustCall(t, "ascii", rt.Str("é€")))
	_, err = call(t, "exit", rt.MakeInt(3))
	require.True(t, rt.IsExc(err, rt.SystemExitType))
	require.Equal(t, rt.MakeInt(3), mustGetAttr(t, err.(*rt.Exception), "code"))

	d := mustCall(t, "dir", e)
	require.Contains(t, repr(t, d), "'add_note'")
	require.Contains(t, repr(t, d), "'args'")
}

func mustGetAttr(t *testing.T, v rt.Value, name string) rt.Value {
	t.Helper()
	r, err := rt.GetAttr(rt.NewThread("main"), v, name)
	require.NoError(t, err)
	return r
}

func TestInput(t *testing.T) {
	out := captureStdout(t)
	old, _ := sysModule.Dict.GetStr("stdin")
	t.Cleanup(func() { sysModule.Dict.SetStr("stdin", old) })
	sysModule.Dict.SetStr("stdin", rt.NewReaderFile("<in>", stringsReader("hello\nworld")))
	require.Equal(t, rt.Str("hello"), mustCall(t, "input", rt.Str("? ")))
	require.Equal(t, rt.Str("world"), mustCall(t, "input"))
	_, err := call(t, "input")
	requireExc(t, err, "EOFError: EOF when reading a line")
	require.Equal(t, "? ", out.String())
}
