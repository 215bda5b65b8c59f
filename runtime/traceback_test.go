package runtime

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

const tbSource = `def g():
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e

def h():
    try:
        g()
    except ValueError:
        x = {}
        x["k"]

try:
    h()
except KeyError as e:
    e.add_note("note one")
    e.add_note("note two")
    raise
`

// TestTracebackChain checks the format against CPython 3.11's output for
// tbSource (minus 3.11's caret lines).
func TestTracebackChain(t *testing.T) {
	RegisterSource("t.sp", []byte(tbSource))
	th := NewThread("main")
	zde := NewError(ZeroDivisionErrorType, "division by zero")
	zde.AddTraceback("t.sp", 3, "g", 0)
	ve := NewError(ValueErrorType, "bad")
	ve.Cause, ve.Context, ve.SuppressContext = zde, zde, true
	ve.AddTraceback("t.sp", 5, "g", 0)
	ve.AddTraceback("t.sp", 9, "h", 0)
	ke := NewException(KeyErrorType, Str("k"))
	ke.Context = ve
	ke.AddTraceback("t.sp", 12, "h", 0)
	ke.AddTraceback("t.sp", 15, "<module>", 0)
	require.NoError(t, ke.AddNote(th, "note one"))
	require.NoError(t, ke.AddNote(th, "note two"))

	want := `Traceback (most recent call last):
  File "t.sp", line 3, in g
    1/0
ZeroDivisionError: division by zero

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "t.sp", line 9, in h
    g()
  File "t.sp", line 5, in g
    raise ValueError("bad") from e
ValueError: bad

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "t.sp", line 15, in <module>
    h()
  File "t.sp", line 12, in h
    x["k"]
KeyError: 'k'
note one
note two
`
	var b strings.Builder
	PrintTraceback(th, &b, ke)
	require.Equal(t, want, b.String())
}

func TestTracebackRecursionCompressed(t *testing.T) {
	RegisterSource("r.sp", []byte("def f(n):\n    return f(n + 1)\nf(0)\n"))
	e := NewError(RecursionErrorType, "maximum recursion depth exceeded")
	for i := 0; i < 999; i++ {
		e.AddTraceback("r.sp", 2, "f", 0)
	}
	e.AddTraceback("r.sp", 3, "<module>", 0)
	want := `Traceback (most recent call last):
  File "r.sp", line 3, in <module>
    f(0)
  File "r.sp", line 2, in f
    return f(n + 1)
  File "r.sp", line 2, in f
    return f(n + 1)
  File "r.sp", line 2, in f
    return f(n + 1)
  [Previous line repeated 996 more times]
RecursionError: maximum recursion depth exceeded
`
	require.Equal(t, want, FormatTraceback(NewThread("main"), e))

	// Exactly one repeat beyond the cutoff says "time", not "times".
	e2 := NewError(RecursionErrorType, "x")
	for i := 0; i < 4; i++ {
		e2.AddTraceback("r.sp", 2, "f", 0)
	}
	require.Contains(t, FormatTraceback(nil, e2), "  [Previous line repeated 1 more time]\n")
}

func TestTracebackCycleAndSuppressed(t *testing.T) {
	a := NewError(ValueErrorType, "a")
	b := NewError(TypeErrorType, "b")
	a.Context, b.Context = b, a
	out := FormatTraceback(nil, a)
	require.Equal(t, 1, strings.Count(out, "TypeError: b"))
	require.Equal(t, 1, strings.Count(out, "ValueError: a"))

	main := NewError(ValueErrorType, "first")
	main.Suppressed = []*Exception{NewError(KeyErrorType, "second")}
	out = FormatTraceback(nil, main)
	require.True(t, strings.HasPrefix(out, "ValueError: first\n"+suppressedHeader))
	require.True(t, strings.HasSuffix(out, "KeyError: 'second'\n"))

	// No entries: no "Traceback" header (an exception raised at top level
	// before any frame).
	require.Equal(t, "ValueError\n", FormatTraceback(nil, NewException(ValueErrorType)))
}

func TestSyntaxErrorReport(t *testing.T) {
	e := NewException(SyntaxErrorType, Str("'(' was never closed"),
		NewTuple([]Value{Str("s.sp"), MakeInt(1), MakeInt(5), Str("x = (1,"), MakeInt(1), MakeInt(6)}))
	want := "  File \"s.sp\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"
	require.Equal(t, want, FormatTraceback(nil, e))
	s, err := ToStr(nil, e)
	require.NoError(t, err)
	require.Equal(t, "'(' was never closed (s.sp, line 1)", s)
}

func TestExceptionAttributes(t *testing.T) {
	th := NewThread("main")
	get := func(v Value, name string) Value {
		r, err := GetAttr(th, v, name)
		require.NoError(t, err, name)
		return r
	}
	repr := func(v Value) string {
		s, err := Repr(th, v)
		require.NoError(t, err)
		return s
	}
	str := func(v Value) string {
		s, err := ToStr(th, v)
		require.NoError(t, err)
		return s
	}
	ve := NewException(ValueErrorType, MakeInt(1), MakeInt(2))
	require.Equal(t, "ValueError(1, 2)", repr(ve))
	require.Equal(t, "(1, 2)", str(ve))
	require.Equal(t, "ValueError()", repr(NewException(ValueErrorType)))
	require.Equal(t, "", str(NewException(ValueErrorType)))
	require.Equal(t, "KeyError('a')", repr(NewException(KeyErrorType, Str("a"))))
	require.Equal(t, "'a'", str(NewException(KeyErrorType, Str("a"))))
	require.Equal(t, "(1, 2)", repr(get(ve, "args")))

	require.Equal(t, MakeInt(5), get(NewException(StopIterationType, MakeInt(5)), "value"))
	require.Equal(t, None, get(NewException(StopIterationType), "value"))
	require.Equal(t, None, get(NewException(SystemExitType), "code"))
	require.Equal(t, Str("x"), get(NewException(SystemExitType, Str("x")), "code"))

	ose, err := Call(th, OSErrorType, []Value{MakeInt(2), Str("No such file"), Str("x")}, nil)
	require.NoError(t, err)
	require.Equal(t, "FileNotFoundError(2, 'No such file')", repr(ose))
	require.Equal(t, "[Errno 2] No such file: 'x'", str(ose))
	require.Equal(t, MakeInt(2), get(ose, "errno"))
	require.Equal(t, Str("x"), get(ose, "filename"))
	require.Equal(t, "[Errno 2] No such file", str(NewException(OSErrorType, MakeInt(2), Str("No such file"))))

	// add_note, __notes__, __cause__.
	_, err = CallMethod(th, ve, "add_note", []Value{MakeInt(1)}, nil)
	require.Error(t, err)
	require.Equal(t, "note must be a str, not 'int'", err.(*Exception).Message())
	_, err = CallMethod(th, ve, "add_note", []Value{Str("n1")}, nil)
	require.NoError(t, err)
	require.Equal(t, "['n1']", repr(get(ve, "__notes__")))
	_, err = CallMethod(th, ve, "add_note", []Value{Str("n2")}, nil)
	require.NoError(t, err)
	require.Equal(t, "['n1', 'n2']", repr(get(ve, "__notes__")))
	require.True(t, strings.HasSuffix(FormatTraceback(th, ve), "n1\nn2\n"))

	require.Equal(t, None, get(ve, "__cause__"))
	err = SetAttr(th, ve, "__cause__", MakeInt(1))
	require.Equal(t, "exception cause must be None or derive from BaseException", err.(*Exception).Message())
	cause := NewError(KeyErrorType, "c")
	require.NoError(t, SetAttr(th, ve, "__cause__", cause))
	require.Equal(t, Value(cause), get(ve, "__cause__"))
	require.Equal(t, True, get(ve, "__suppress_context__"))

	r, err := CallMethod(th, ve, "with_traceback", []Value{None}, nil)
	require.NoError(t, err)
	require.Equal(t, Value(ve), r)

	require.NoError(t, SetAttr(th, ve, "custom", Str("v")))
	require.Equal(t, Str("v"), get(ve, "custom"))
	_, err = GetAttr(th, ve, "nope")
	require.True(t, IsExc(err, AttributeErrorType))

	eq, err := Equal(th, ve, NewException(ValueErrorType, MakeInt(1), MakeInt(2)))
	require.NoError(t, err)
	require.False(t, eq)
}

func TestStdioFile(t *testing.T) {
	var b strings.Builder
	f := NewWriterFile("<w>", &b, false)
	th := NewThread("main")
	n, err := CallMethod(th, f, "write", []Value{Str("héllo")}, nil)
	require.NoError(t, err)
	require.Equal(t, MakeInt(5), n)
	require.Equal(t, "", b.String()) // buffered
	_, err = CallMethod(th, f, "flush", nil, nil)
	require.NoError(t, err)
	require.Equal(t, "héllo", b.String())
	_, err = CallMethod(th, f, "write", []Value{MakeInt(1)}, nil)
	require.Equal(t, "write() argument must be str, not int", err.(*Exception).Message())
	enc, err := GetAttr(th, f, "encoding")
	require.NoError(t, err)
	require.Equal(t, Str("utf-8"), enc)

	r := NewReaderFile("<r>", strings.NewReader("a\r\nb\nc"))
	var lines []string
	it, err := Iter(th, r)
	require.NoError(t, err)
	for {
		v, ok, err := it.Next(th)
		require.NoError(t, err)
		if !ok {
			break
		}
		lines = append(lines, string(v.(Str)))
	}
	require.Equal(t, []string{"a\n", "b\n", "c"}, lines)
}

func TestSuggestions(t *testing.T) {
	require.Equal(t, "total", SuggestName("totl", []string{"compute", "total"}))
	require.Equal(t, "", SuggestName("xyz", []string{"total"}))
	require.Equal(t, "print", SuggestName("prnt", nil, []string{"x"}, []string{"len", "print"}))
	e := NewError(NameErrorType, "name 'totl' is not defined")
	SetSuggestion(e, SuggestName("totl", []string{"total"}))
	require.Equal(t, "NameError: name 'totl' is not defined. Did you mean: 'total'?\n", FormatTraceback(nil, e))
	require.Equal(t, "name 'totl' is not defined", e.Message())
	require.NotContains(t, e.AttrNames(), suggestionKey)

	ae := NewError(AttributeErrorType, "'list' object has no attribute 'apend'")
	ae.attrs().SetStr("name", Str("apend"))
	ae.attrs().SetStr("obj", NewList(nil))
	require.Equal(t, "AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?\n", FormatTraceback(nil, ae))
}
