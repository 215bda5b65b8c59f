package stdlib

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	rt "github.com/spindle-lang/spindle/runtime"
)

// builtin returns a registered builtin.
func builtin(t *testing.T, name string) rt.Value {
	t.Helper()
	v, ok := rt.Builtins.GetStr(name)
	require.True(t, ok, "builtin %s not registered", name)
	return v
}

// call calls a builtin by name with positional arguments.
func call(t *testing.T, name string, args ...rt.Value) (rt.Value, error) {
	t.Helper()
	return rt.Call(rt.NewThread("main"), builtin(t, name), args, nil)
}

// callKw calls a builtin with keyword arguments.
func callKw(t *testing.T, name string, args []rt.Value, kwargs ...rt.KwArg) (rt.Value, error) {
	t.Helper()
	return rt.Call(rt.NewThread("main"), builtin(t, name), args, kwargs)
}

// mustCall calls and requires success.
func mustCall(t *testing.T, name string, args ...rt.Value) rt.Value {
	t.Helper()
	v, err := call(t, name, args...)
	require.NoError(t, err)
	return v
}

// repr is repr(v) for assertions.
func repr(t *testing.T, v rt.Value) string {
	t.Helper()
	s, err := rt.Repr(rt.NewThread("main"), v)
	require.NoError(t, err)
	return s
}

// requireExc checks an error is a Python exception with this last line.
func requireExc(t *testing.T, err error, want string) {
	t.Helper()
	require.Error(t, err)
	e, ok := err.(*rt.Exception)
	require.True(t, ok, "not an exception: %v", err)
	require.Equal(t, want, rt.FormatExceptionOnly(rt.NewThread("main"), e))
}

// captureStdout points sys.stdout at a buffer for the test.
func captureStdout(t *testing.T) *bytes.Buffer {
	t.Helper()
	var buf bytes.Buffer
	old, _ := sysModule.Dict.GetStr("stdout")
	sysModule.Dict.SetStr("stdout", rt.NewWriterFile("<test>", &buf, true))
	t.Cleanup(func() { sysModule.Dict.SetStr("stdout", old) })
	return &buf
}

func ints(ns ...int64) []rt.Value {
	vs := make([]rt.Value, len(ns))
	for i, n := range ns {
		vs[i] = rt.MakeInt(n)
	}
	return vs
}

func pylist(vs ...rt.Value) *rt.List { return rt.NewList(vs) }

func kw(name string, v rt.Value) rt.KwArg { return rt.KwArg{Name: name, Value: v} }

// module imports a registered built-in module.
func module(t *testing.T, name string) *rt.Module {
	t.Helper()
	mk, ok := rt.BuiltinModules[name]
	require.True(t, ok, "module %s not registered", name)
	return mk()
}

// modCall calls module.fn(args...).
func modCall(t *testing.T, mod, fn string, args ...rt.Value) (rt.Value, error) {
	t.Helper()
	f, ok := module(t, mod).Dict.GetStr(fn)
	require.True(t, ok, "%s.%s missing", mod, fn)
	return rt.Call(rt.NewThread("main"), f, args, nil)
}
