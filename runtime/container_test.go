package runtime

import (
	"testing"

	"github.com/spindle-lang/spindle/ast"
	"github.com/stretchr/testify/require"
)

// Helpers for the container tests. Expected strings come from CPython
// 3.11 (python3 -c ...).

func ints(xs ...int) []Value {
	out := make([]Value, len(xs))
	for i, x := range xs {
		out[i] = MakeInt(int64(x))
	}
	return out
}

func strs(xs ...string) []Value {
	out := make([]Value, len(xs))
	for i, x := range xs {
		out[i] = Str(x)
	}
	return out
}

func tup(xs ...Value) *Tuple { return NewTuple(xs) }

func lst(xs ...Value) *List { return NewList(xs) }

func dictOf(t *testing.T, kv ...Value) *Dict {
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		require.NoError(t, d.Set(nil, kv[i], kv[i+1]))
	}
	return d
}

func setOf(t *testing.T, xs ...Value) *Set {
	s, err := NewSetOf(nil, xs...)
	require.NoError(t, err)
	return s
}

func repr(t *testing.T, v Value) string {
	t.Helper()
	s, err := Repr(NewThread("t"), v)
	require.NoError(t, err)
	return s
}

// call calls v.name(args...) and returns the result or the error as
// "Type: message".
func callMethod(t *testing.T, v Value, name string, args []Value, kwargs ...KwArg) (Value, string) {
	t.Helper()
	th := NewThread("t")
	r, err := CallMethod(th, v, name, args, kwargs)
	if err != nil {
		return nil, errString(err)
	}
	return r, ""
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return AsException(err).Error()
}

// res formats a (value, error) pair as repr or "Type: message".
func res(t *testing.T, v Value, err error) string {
	t.Helper()
	if err != nil {
		return errString(err)
	}
	return repr(t, v)
}

func binop(t *testing.T, op ast.Op, a, b Value) string {
	t.Helper()
	r, err := BinaryOp(NewThread("t"), op, a, b)
	return res(t, r, err)
}

func cmpop(t *testing.T, op ast.Op, a, b Value) string {
	t.Helper()
	r, err := Compare(NewThread("t"), op, a, b)
	return res(t, r, err)
}

func getitem(t *testing.T, v, k Value) string {
	t.Helper()
	r, err := GetItem(NewThread("t"), v, k)
	return res(t, r, err)
}

func slc(start, stop, step Value) *Slice { return &Slice{Start: start, Stop: stop, Step: step} }

func mustLookup(t *Type, name string) Value {
	v := t.Lookup(name)
	if v == nil {
		panic("no " + name)
	}
	return v
}
