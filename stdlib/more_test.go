package stdlib

import (
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	rt "github.com/spindle-lang/spindle/runtime"
)

func stringsReader(s string) io.Reader { return strings.NewReader(s) }

func TestOpenReadWrite(t *testing.T) {
	dir := t.TempDir()
	path := rt.Str(filepath.Join(dir, "f.txt"))
	f := mustCall(t, "open", path, rt.Str("w"))
	th := rt.NewThread("main")
	n, err := rt.CallMethod(th, f, "write", []rt.Value{rt.Str("héllo\nworld\n")}, nil)
	require.NoError(t, err)
	require.Equal(t, rt.MakeInt(12), n)
	_, err = rt.CallMethod(th, f, "close", nil, nil)
	require.NoError(t, err)

	f = mustCall(t, "open", path)
	line, err := rt.CallMethod(th, f, "readline", nil, nil)
	require.NoError(t, err)
	require.Equal(t, rt.Str("héllo\n"), line)
	rest, err := rt.CallMethod(th, f, "read", nil, nil)
	require.NoError(t, err)
	require.Equal(t, rt.Str("world\n"), rest)
	_, err = rt.CallMethod(th, f, "__exit__", []rt.Value{rt.None, rt.None, rt.None}, nil)
	require.NoError(t, err)
	_, err = rt.CallMethod(th, f, "read", nil, nil)
	requireExc(t, err, "ValueError: I/O operation on closed file.")

	lines := mustCall(t, "list", mustCall(t, "open", path))
	require.Equal(t, "['héllo\\n', 'world\\n']", repr(t, lines))

	b := mustCall(t, "open", path, rt.Str("rb"))
	data, err := rt.CallMethod(th, b, "read", []rt.Value{rt.MakeInt(2)}, nil)
	require.NoError(t, err)
	require.Equal(t, rt.Bytes("h\xc3"), data)

	_, err = call(t, "open", rt.Str(filepath.Join(dir, "missing")))
	require.True(t, rt.IsExc(err, rt.FileNotFoundErrorType))
	msg, _ := rt.ToStr(rt.NewThread("main"), err.(*rt.Exception))
	require.Equal(t, "[Errno 2] No such file or directory: '"+filepath.Join(dir, "missing")+"'", msg)
	_, err = call(t, "open", path, rt.Str("rw"))
	requireExc(t, err, "ValueError: must have exactly one of create/read/write/append mode")
	_, err = call(t, "open", rt.Str(dir))
	require.True(t, rt.IsExc(err, rt.IsADirectoryErrorType))
	_ = os.Remove(string(path))
}

func TestSysModule(t *testing.T) {
	SetArgv([]string{"prog.sp", "a"})
	sys := module(t, "sys")
	argv, _ := sys.Dict.GetStr("argv")
	require.Equal(t, "['prog.sp', 'a']", repr(t, argv))
	_, err := modCall(t, "sys", "exit", rt.Str("bye"))
	require.True(t, rt.IsExc(err, rt.SystemExitType))
	_, err = modCall(t, "sys", "setrecursionlimit", rt.MakeInt(0))
	requireExc(t, err, "ValueError: recursion limit must be greater or equal than 1")
	_, err = modCall(t, "sys", "setrecursionlimit", rt.MakeInt(500))
	require.NoError(t, err)
	v, _ := modCall(t, "sys", "getrecursionlimit")
	require.Equal(t, rt.MakeInt(500), v)
	rt.SetRecursionLimit(1000)
	maxsize, _ := sys.Dict.GetStr("maxsize")
	require.Equal(t, "9223372036854775807", repr(t, maxsize))
	require.Same(t, sys, module(t, "sys"))
}

func TestMathModule(t *testing.T) {
	cases := []struct {
		fn   string
		args []rt.Value
		want string
	}{
		{"sqrt", ints(16), "4.0"},
		{"floor", []rt.Value{rt.Float(-1.5)}, "-2"},
		{"ceil", []rt.Value{rt.Float(1e20)}, "100000000000000000000"},
		{"trunc", []rt.Value{rt.Float(-1.7)}, "-1"},
		{"factorial", ints(25), "15511210043330985984000000"},
		{"gcd", ints(12, 18, 27), "3"},
		{"lcm", ints(4, 6), "12"},
		{"comb", ints(10, 3), "120"},
		{"perm", ints(5, 2), "20"},
		{"isqrt", ints(99), "9"},
		{"log", ints(8, 2), "3.0"},
		{"fsum", []rt.Value{pylist(rt.Float(0.1), rt.Float(0.1), rt.Float(0.1), rt.Float(0.1), rt.Float(0.1), rt.Float(0.1), rt.Float(0.1), rt.Float(0.1), rt.Float(0.1), rt.Float(0.1))}, "1.0"},
		{"hypot", ints(3, 4), "5.0"},
		{"prod", []rt.Value{pylist(ints(2, 3, 4)...)}, "24"},
		{"modf", []rt.Value{rt.Float(2.5)}, "(0.5, 2.0)"},
		{"frexp", []rt.Value{rt.Float(8)}, "(0.5, 4)"},
		{"isclose", []rt.Value{rt.Float(1), rt.Float(1 + 1e-10)}, "True"},
		{"isnan", []rt.Value{rt.Float(1)}, "False"},
	}
	for _, c := range cases {
		v, err := modCall(t, "math", c.fn, c.args...)
		require.NoError(t, err, c.fn)
		require.Equal(t, c.want, repr(t, v), c.fn)
	}
	errs := []struct {
		fn   string
		args []rt.Value
		want string
	}{
		{"sqrt", ints(-1), "ValueError: math domain error"},
		{"sqrt", []rt.Value{rt.Str("a")}, "TypeError: must be real number, not str"},
		{"exp", ints(1000), "OverflowError: math range error"},
		{"log", ints(0), "ValueError: math domain error"},
		{"factorial", ints(-1), "ValueError: factorial() not defined for negative values"},
		{"floor", []rt.Value{rt.Float(posInf())}, "OverflowError: cannot convert float infinity to integer"},
		{"atan2", ints(1), "TypeError: atan2 expected 2 arguments, got 1"},
		{"comb", ints(5, -1), "ValueError: k must be a non-negative integer"},
	}
	for _, c := range errs {
		_, err := modCall(t, "math", c.fn, c.args...)
		requireExc(t, err, c.want)
	}
}

func posInf() float64 { return math.Inf(1) }

func TestFunctools(t *testing.T) {
	th := rt.NewThread("main")
	ft := module(t, "functools")
	partialT, _ := ft.Dict.GetStr("partial")
	p, err := rt.Call(th, partialT, []rt.Value{builtin(t, "pow"), rt.MakeInt(2)}, nil)
	require.NoError(t, err)
	v, err := rt.Call(th, p, ints(10), nil)
	require.NoError(t, err)
	require.Equal(t, rt.MakeInt(1024), v)
	require.Equal(t, "functools.partial(<built-in function pow>, 2)", repr(t, p))

	add := rt.NewFunc("add", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return rt.MakeInt(int64(args[0].(rt.Int) + args[1].(rt.Int))), nil
	})
	v, err = modCall(t, "functools", "reduce", add, pylist(ints(1, 2, 3)...))
	require.NoError(t, err)
	require.Equal(t, rt.MakeInt(6), v)
	_, err = modCall(t, "functools", "reduce", add, pylist())
	requireExc(t, err, "TypeError: reduce() of empty iterable with no initial value")

	calls := 0
	sq := rt.NewFunc("sq", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		calls++
		n := args[0].(rt.Int)
		return rt.MakeInt(int64(n * n)), nil
	})
	cached, err := modCall(t, "functools", "lru_cache", sq)
	require.NoError(t, err)
	for _, n := range []int64{2, 3, 2, 2} {
		_, err := rt.Call(th, cached, ints(n), nil)
		require.NoError(t, err)
	}
	require.Equal(t, 2, calls)
	info, err := rt.CallMethod(th, cached, "cache_info", nil, nil)
	require.NoError(t, err)
	require.Equal(t, "CacheInfo(hits=2, misses=2, maxsize=128, currsize=2)", repr(t, info))
	name, err := rt.GetAttr(th, cached, "__wrapped__")
	require.NoError(t, err)
	require.Equal(t, rt.Value(sq), name)

	key, err := modCall(t, "functools", "cmp_to_key", rt.NewFunc("cmp", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return rt.MakeInt(int64(args[1].(rt.Int) - args[0].(rt.Int))), nil
	}))
	require.NoError(t, err)
	s, err := callKw(t, "sorted", []rt.Value{pylist(ints(1, 3, 2)...)}, kw("key", key))
	require.NoError(t, err)
	require.Equal(t, "[3, 2, 1]", repr(t, s))
}

func TestTimeModule(t *testing.T) {
	v, err := modCall(t, "time", "time")
	require.NoError(t, err)
	require.Greater(t, float64(v.(rt.Float)), 1e9)
	_, err = modCall(t, "time", "sleep", rt.Float(-1))
	requireExc(t, err, "ValueError: sleep length must be non-negative")
	_, err = modCall(t, "time", "sleep", rt.Float(0.001))
	require.NoError(t, err)
	st, err := modCall(t, "time", "gmtime", rt.MakeInt(0))
	require.NoError(t, err)
	require.Equal(t, "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)", repr(t, st))
	s, err := modCall(t, "time", "strftime", rt.Str("%Y-%m-%d %H:%M:%S %a %b %j"), st)
	require.NoError(t, err)
	require.Equal(t, rt.Str("1970-01-01 00:00:00 Thu Jan 001"), s)
}
