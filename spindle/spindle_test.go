package spindle_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/spindle-lang/spindle/spindle"
)

// run makes an interpreter with opts writing to a buffer, runs src and
// returns the output and the error.
func run(t *testing.T, opts spindle.Options, src string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	opts.Stdout = &out
	it := spindle.New(opts)
	defer it.Close()
	err := it.Exec(context.Background(), "t.sp", src)
	return out.String(), err
}

func mustValue(t *testing.T, x any) spindle.Value {
	t.Helper()
	v, err := spindle.ToValue(x)
	require.NoError(t, err)
	return v
}

func requireExc(t *testing.T, err error, typ string) *spindle.Error {
	t.Helper()
	var e *spindle.Error
	require.True(t, errors.As(err, &e), "want a %s, got %v", typ, err)
	require.Equal(t, typ, e.Type, "traceback:\n%s", e.Traceback)
	return e
}

func TestSandboxModules(t *testing.T) {
	for _, name := range []string{"os", "os.path", "sys", "subprocess", "socket", "http", "urllib", "shutil",
		"pathlib", "tempfile", "glob", "signal", "io", "logging", "getpass", "platform"} {
		t.Run(name, func(t *testing.T) {
			_, err := run(t, spindle.Options{Sandbox: true}, "import "+name)
			e := requireExc(t, err, "ModuleNotFoundError")
			require.True(t, e.Matches("ImportError"))
			require.Contains(t, e.Message, "No module named")
		})
	}
	// __import__ goes through the same filter.
	_, err := run(t, spindle.Options{Sandbox: true}, "__import__('os')")
	requireExc(t, err, "ModuleNotFoundError")
	// The safe modules are there.
	out, err := run(t, spindle.Options{Sandbox: true}, "import json, math, re, threads, collections.abc\nprint(json.dumps([math.floor(2.5)]))")
	require.NoError(t, err)
	require.Equal(t, "[2]\n", out)
}

func TestSandboxBuiltins(t *testing.T) {
	_, err := run(t, spindle.Options{Sandbox: true}, "open('/etc/hostname')")
	e := requireExc(t, err, "NameError")
	require.Equal(t, "name 'open' is not defined", e.Message)
	// Other interpreters keep open().
	out, err := run(t, spindle.Options{}, "print(callable(open))")
	require.NoError(t, err)
	require.Equal(t, "True\n", out)
}

func TestSandboxNoModuleFiles(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "helper.sp"), []byte("X = 42\n"), 0o644))
	wd, _ := os.Getwd()
	require.NoError(t, os.Chdir(dir))
	defer os.Chdir(wd)
	_, err := run(t, spindle.Options{Sandbox: true}, "import helper")
	requireExc(t, err, "ModuleNotFoundError")
	// With an import path, module files are found there.
	out, err := run(t, spindle.Options{Sandbox: true, ImportPath: []string{dir}}, "import helper\nprint(helper.X)")
	require.NoError(t, err)
	require.Equal(t, "42\n", out)
}

func TestModulesAllowList(t *testing.T) {
	opts := spindle.Options{Modules: []string{"math"}}
	_, err := run(t, opts, "import math\nimport json")
	e := requireExc(t, err, "ModuleNotFoundError")
	require.Equal(t, "No module named 'json'", e.Message)
	// Not a sandbox: open() stays.
	_, err = run(t, opts, "open")
	require.NoError(t, err)
}

func TestGoFunc(t *testing.T) {
	var got []string
	record := spindle.Func("record", func(ctx context.Context, args []spindle.Value, kwargs map[string]spindle.Value) (spindle.Value, error) {
		var parts []string
		for _, a := range args {
			g, err := spindle.FromValue(a)
			if err != nil {
				return nil, err
			}
			parts = append(parts, fmt.Sprint(g))
		}
		for k, v := range kwargs {
			g, _ := spindle.FromValue(v)
			parts = append(parts, fmt.Sprintf("%s=%v", k, g))
		}
		got = append(got, strings.Join(parts, ","))
		return nil, nil
	})
	fail := spindle.Func("fail", func(ctx context.Context, args []spindle.Value, kwargs map[string]spindle.Value) (spindle.Value, error) {
		if len(args) == 1 {
			return nil, spindle.Raise("KeyError", "k")
		}
		return nil, errors.New("disk on fire")
	})
	it := spindle.New(spindle.Options{})
	defer it.Close()
	it.SetGlobal("record", record)
	it.SetGlobal("fail", fail)
	ctx := context.Background()
	require.NoError(t, it.Exec(ctx, "t.sp", `
r = record(1, "a", 2.5, x=True)
assert r is None
assert repr(record) == "<built-in function record>"
try:
    fail(1)
except KeyError as e:
    record("caught", str(e))
try:
    fail()
except RuntimeError as e:
    record("caught", str(e))
`))
	require.Equal(t, []string{"1,a,2.5,x=true", "caught,'k'", "caught,disk on fire"}, got)

	// An uncaught error of a Go function carries its traceback.
	err := it.Exec(ctx, "u.sp", "def f():\n    fail()\nf()\n")
	e := requireExc(t, err, "RuntimeError")
	require.Contains(t, e.Traceback, "File \"u.sp\", line 2, in f")
	require.True(t, strings.HasSuffix(e.Traceback, "RuntimeError: disk on fire\n"), e.Traceback)
}

// A blocking Go function sees its context cancelled when a sibling
// thread fails; the group then raises the sibling's exception.
func TestGoFuncCancelledBySibling(t *testing.T) {
	started := make(chan struct{})
	var blockErr error
	block := spindle.Func("block", func(ctx context.Context, args []spindle.Value, kwargs map[string]spindle.Value) (spindle.Value, error) {
		close(started)
		select {
		case <-ctx.Done():
			blockErr = ctx.Err()
			return nil, ctx.Err()
		case <-time.After(30 * time.Second):
			return nil, errors.New("not cancelled")
		}
	})
	waitStarted := spindle.Func("wait_started", func(ctx context.Context, args []spindle.Value, kwargs map[string]spindle.Value) (spindle.Value, error) {
		select {
		case <-started:
			return nil, nil
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	})
	var out bytes.Buffer
	it := spindle.New(spindle.Options{Stdout: &out})
	defer it.Close()
	it.SetGlobal("block", block)
	it.SetGlobal("wait_started", waitStarted)
	start := time.Now()
	err := it.Exec(context.Background(), "t.sp", `
def blocker():
    try:
        block()
    finally:
        print("blocker finally")

def failer():
    wait_started()
    raise ValueError("sibling failed")

await:
    async: blocker()
    async: failer()
`)
	e := requireExc(t, err, "ValueError")
	require.Equal(t, "sibling failed", e.Message)
	require.ErrorIs(t, blockErr, context.Canceled)
	require.Equal(t, "blocker finally\n", out.String())
	require.Less(t, time.Since(start), 10*time.Second)
}

// Cancelling the context stops a script that loops forever, in every
// thread (group children and background threads); finally blocks run.
func TestContextCancelsLoopingScript(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out bytes.Buffer
	it := spindle.New(spindle.Options{Stdout: &out})
	defer it.Close()
	var once sync.Once
	ready := 0
	var mu sync.Mutex
	it.SetGlobal("ready", spindle.Func("ready", func(ctx context.Context, args []spindle.Value, kwargs map[string]spindle.Value) (spindle.Value, error) {
		mu.Lock()
		ready++
		n := ready
		mu.Unlock()
		if n == 3 {
			once.Do(cancel) // every thread is spinning: cancel the run
		}
		return nil, nil
	}))
	start := time.Now()
	err := it.Exec(ctx, "t.sp", `
def spin(name):
    try:
        ready()
        while True:
            pass
    finally:
        print(name, "finally")

bg = spawn(spin, "background")
try:
    await:
        async: spin("child 1")
        async: spin("child 2")
finally:
    print("main finally")
`)
	require.ErrorIs(t, err, context.Canceled)
	require.Less(t, time.Since(start), 10*time.Second)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.ElementsMatch(t, []string{"background finally", "child 1 finally", "child 2 finally", "main finally"}, lines)

	// The interpreter is usable again with a fresh context.
	out.Reset()
	require.NoError(t, it.Exec(context.Background(), "again.sp", "print('again')"))
	require.Equal(t, "again\n", out.String())
}

func TestContextDeadline(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	it := spindle.New(spindle.Options{})
	defer it.Close()
	_, err := it.Eval(ctx, "[x for x in iter(int, 1)]") // never ends
	require.ErrorIs(t, err, context.DeadlineExceeded)

	// A context cancelled before the call runs nothing.
	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	err = it.Exec(ctx2, "t.sp", "x = 1")
	require.ErrorIs(t, err, context.Canceled)
	require.Nil(t, it.Global("x"))
}

// Two interpreters run at the same time, each with its own output,
// globals, sys module, registered modules and recursion limit.
func TestConcurrentInterpreters(t *testing.T) {
	const src = `
import sys
counter = 0
def work(k):
    global counter
    for i in range(200):
        print(NAME, k, i)
await:
    for k in range(4):
        async: work(k)
import extra
print(NAME, "argv", sys.argv, "limit", sys.getrecursionlimit(), extra.who)
`
	var wg sync.WaitGroup
	outs := make([]bytes.Buffer, 2)
	errs := make([]error, 2)
	its := make([]*spindle.Interpreter, 2)
	for i := range its {
		wg.Add(1)
		go func(i int) { // made and run concurrently
			defer wg.Done()
			its[i] = spindle.New(spindle.Options{Stdout: &outs[i], Argv: []string{fmt.Sprintf("prog%d", i)}, RecursionLimit: 100 + i})
			name, _ := spindle.ToValue(fmt.Sprintf("it%d", i))
			who, _ := spindle.ToValue(i)
			its[i].SetGlobal("NAME", name)
			its[i].RegisterModule("extra", map[string]spindle.Value{"who": who})
			errs[i] = its[i].Exec(context.Background(), "t.sp", src)
		}(i)
	}
	wg.Wait()
	for _, it := range its {
		defer it.Close()
	}
	for i := range its {
		require.NoError(t, errs[i])
		lines := strings.Split(strings.TrimSpace(outs[i].String()), "\n")
		require.Len(t, lines, 4*200+1)
		name := fmt.Sprintf("it%d", i)
		for _, l := range lines {
			require.True(t, strings.HasPrefix(l, name+" "), "interpreter %d printed %q", i, l)
		}
		require.Equal(t, fmt.Sprintf("%s argv ['prog%d'] limit %d %d", name, i, 100+i, i), lines[len(lines)-1])
	}
	// A module registered in one interpreter is not importable in another.
	other := spindle.New(spindle.Options{})
	defer other.Close()
	err := other.Exec(context.Background(), "t.sp", "import extra")
	requireExc(t, err, "ModuleNotFoundError")
}

func TestRecursionLimit(t *testing.T) {
	_, err := run(t, spindle.Options{RecursionLimit: 50}, "def f(n):\n    return f(n + 1)\nf(0)\n")
	requireExc(t, err, "RecursionError")
	out, err := run(t, spindle.Options{RecursionLimit: 50}, "def f(n):\n    return 0 if n == 0 else f(n - 1)\nprint(f(40))\n")
	require.NoError(t, err)
	require.Equal(t, "0\n", out)
}

func TestStdinStderr(t *testing.T) {
	var out, errb bytes.Buffer
	it := spindle.New(spindle.Options{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader("alice\n")})
	defer it.Close()
	require.NoError(t, it.Exec(context.Background(), "t.sp", `
import sys
name = input("name? ")
print("hi", name)
print("oops", file=sys.stderr)
try:
    input()
except EOFError:
    print("eof")
`))
	require.Equal(t, "name? hi alice\neof\n", out.String())
	require.Equal(t, "oops\n", errb.String())
}

func TestConversionRoundTrip(t *testing.T) {
	huge, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	cases := []struct {
		in, want any
		repr     string
	}{
		{nil, nil, "None"},
		{true, true, "True"},
		{42, int64(42), "42"},
		{int8(-3), int64(-3), "-3"},
		{uint64(1 << 63), new(big.Int).SetUint64(1 << 63), "9223372036854775808"},
		{huge, huge, "123456789012345678901234567890"},
		{2.5, 2.5, "2.5"},
		{"héllo", "héllo", "'héllo'"},
		{[]byte("ab"), []byte("ab"), "b'ab'"},
		{[]int{1, 2}, []any{int64(1), int64(2)}, "[1, 2]"},
		{[]any{"a", nil, []string{"b"}}, []any{"a", nil, []any{"b"}}, "['a', None, ['b']]"},
		{map[string]int{"a": 1}, map[string]any{"a": int64(1)}, "{'a': 1}"},
		{map[int]bool{7: false}, map[any]any{int64(7): false}, "{7: False}"},
	}
	it := spindle.New(spindle.Options{})
	defer it.Close()
	for _, c := range cases {
		v, err := spindle.ToValue(c.in)
		require.NoError(t, err, "%#v", c.in)
		it.SetGlobal("v", v)
		r, err := it.Eval(context.Background(), "repr(v)")
		require.NoError(t, err)
		rs, _ := spindle.FromValue(r)
		require.Equal(t, c.repr, rs)
		back, err := spindle.FromValue(v)
		require.NoError(t, err)
		require.Equal(t, c.want, back, "%#v", c.in)
	}
	// Values made by Spindle code.
	v, err := it.Eval(context.Background(), "((1, 'x'), {1, 2} - {2}, bytearray(b'z'), {'k': [None]})")
	require.NoError(t, err)
	g, err := spindle.FromValue(v)
	require.NoError(t, err)
	require.Equal(t, []any{[]any{int64(1), "x"}, []any{int64(1)}, []byte("z"), map[string]any{"k": []any{nil}}}, g)

	// Unsupported types are errors, both ways.
	_, err = spindle.ToValue(struct{ A int }{1})
	require.Error(t, err)
	_, err = spindle.ToValue(map[string]any{"f": func() {}})
	require.Error(t, err)
	fn, err := it.Eval(context.Background(), "lambda: 1")
	require.NoError(t, err)
	_, err = spindle.FromValue(fn)
	require.ErrorContains(t, err, "'function'")
	_, err = spindle.FromValue(mustValue(t, map[any]any{}))
	require.NoError(t, err)
}

func TestCallSpindleFunction(t *testing.T) {
	ctx := context.Background()
	it := spindle.New(spindle.Options{})
	defer it.Close()
	require.NoError(t, it.Exec(ctx, "lib.sp", `
def divide(a, b):
    return a / b

class Counter:
    def __init__(self):
        self.n = 0
    def add(self, k):
        self.n += k
        return self.n
`))
	v, err := it.Call(ctx, it.Global("divide"), mustValue(t, 7), mustValue(t, 2))
	require.NoError(t, err)
	g, _ := spindle.FromValue(v)
	require.Equal(t, 3.5, g)

	_, err = it.Call(ctx, it.Global("divide"), mustValue(t, 1), mustValue(t, 0))
	e := requireExc(t, err, "ZeroDivisionError")
	require.Contains(t, e.Traceback, "in divide")

	c, err := it.Call(ctx, it.Global("Counter"))
	require.NoError(t, err)
	add, err := it.Eval(ctx, "Counter.add")
	require.NoError(t, err)
	for i := 0; i < 3; i++ {
		_, err = it.Call(ctx, add, c, mustValue(t, 5))
		require.NoError(t, err)
	}
	it.SetGlobal("c", c)
	n, err := it.Eval(ctx, "c.n")
	require.NoError(t, err)
	require.Equal(t, mustValue(t, 15), n)

	_, err = it.Call(ctx, mustValue(t, 3))
	e = requireExc(t, err, "TypeError")
	require.Equal(t, "'int' object is not callable", e.Message)
}

// A Go function calls back into Spindle on its calling thread.
func TestGoFuncCallsBack(t *testing.T) {
	ctx := context.Background()
	var out bytes.Buffer
	it := spindle.New(spindle.Options{Stdout: &out})
	defer it.Close()
	it.SetGlobal("apply_twice", spindle.Func("apply_twice", func(ctx context.Context, args []spindle.Value, kwargs map[string]spindle.Value) (spindle.Value, error) {
		v, err := it.Call(ctx, args[0], args[1])
		if err != nil {
			return nil, err
		}
		return it.Call(ctx, args[0], v)
	}))
	require.NoError(t, it.Exec(ctx, "t.sp", `
import threading
def inc(x):
    print("inc on", threading.current_thread().name)
    return x + 1
print(apply_twice(inc, 1))
try:
    apply_twice(inc, "a")
except TypeError as e:
    print("TypeError")
`))
	require.Equal(t, "inc on MainThread\ninc on MainThread\n3\ninc on MainThread\nTypeError\n", out.String())
}

func TestErrors(t *testing.T) {
	ctx := context.Background()
	it := spindle.New(spindle.Options{})
	defer it.Close()

	err := it.Exec(ctx, "bad.sp", "x = 1\nif x\n    pass\n")
	e := requireExc(t, err, "SyntaxError")
	require.Equal(t, "  File \"bad.sp\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n", e.Traceback)

	_, err = it.Eval(ctx, "x = 1")
	requireExc(t, err, "SyntaxError")

	err = it.Exec(ctx, "exit.sp", "raise SystemExit(3)")
	e = requireExc(t, err, "SystemExit")
	require.Equal(t, "3", e.Message)

	err = it.Exec(ctx, "chain.sp", `
class AppError(Exception):
    pass
try:
    {}["k"]
except KeyError as k:
    raise AppError("wrapped") from k
`)
	e = requireExc(t, err, "AppError")
	require.False(t, e.Matches("KeyError"))
	require.True(t, e.Matches("Exception"))
	require.Contains(t, e.Traceback, "The above exception was the direct cause of the following exception:")
	require.Equal(t, "AppError: wrapped", e.Error())
	require.NotNil(t, e.Value())

	_, err = it.Call(ctx, nil)
	require.Error(t, err)
	require.Error(t, it.ExecFile(ctx, filepath.Join(t.TempDir(), "missing.sp")))
}

func TestGlobalsAndClose(t *testing.T) {
	ctx := context.Background()
	var out bytes.Buffer
	it := spindle.New(spindle.Options{Stdout: &out})
	it.SetGlobal("a", mustValue(t, 1))
	require.NoError(t, it.Exec(ctx, "t.sp", "b = a + 1\nimport atexit\natexit.register(print, 'bye')\n"))
	require.Equal(t, mustValue(t, 2), it.Global("b"))
	require.Contains(t, it.Globals(), "a")
	require.Contains(t, it.Globals(), "b")
	it.SetGlobal("b", nil)
	require.Nil(t, it.Global("b"))
	require.Equal(t, "", out.String())
	require.NoError(t, it.Close())
	require.Equal(t, "bye\n", out.String())
	require.Error(t, it.Exec(ctx, "t.sp", "pass"))
}

func TestExecFile(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "util.sp"), []byte("def twice(x):\n    return 2 * x\n"), 0o644))
	main := filepath.Join(dir, "main.sp")
	require.NoError(t, os.WriteFile(main, []byte("import util\nprint(util.twice(21))\n"), 0o644))
	var out bytes.Buffer
	it := spindle.New(spindle.Options{Stdout: &out, ImportPath: []string{dir}})
	defer it.Close()
	require.NoError(t, it.ExecFile(context.Background(), main))
	require.Equal(t, "42\n", out.String())
}

// Main runs a program as the spindle command does.
func TestMainProgram(t *testing.T) {
	var out, errb bytes.Buffer
	it := spindle.New(spindle.Options{Stdout: &out, Stderr: &errb})
	defer it.Close()
	code := it.Main(context.Background(), "prog.sp", []byte("print('hi')\n1/0\n"))
	require.Equal(t, 1, code)
	require.Equal(t, "hi\n", out.String())
	require.Equal(t, "Traceback (most recent call last):\n  File \"prog.sp\", line 2, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n", errb.String())

	it2 := spindle.New(spindle.Options{Stderr: &errb})
	defer it2.Close()
	require.Equal(t, 4, it2.Main(context.Background(), "<string>", []byte("import sys\nsys.exit(4)")))
}

// A deadlocked script raises DeadlockError in its main thread instead
// of hanging (the interpreter is the only one running).
func TestDeadlockDetected(t *testing.T) {
	_, err := run(t, spindle.Options{}, "import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n")
	e := requireExc(t, err, "DeadlockError")
	require.Contains(t, e.Message, "waits on Lock")
}

// Classes reachable through object.__subclasses__() do not bring file
// access back: logging.FileHandler needs the open() a sandbox removed.
// The stdlib builds a module's classes on its first import (bench/README.md,
// lazy init of stdlib), so before any import FileHandler is not reachable
// at all; the program checks that, then makes them exist the one way
// a sandboxed program can (a future's failing done-callback is logged).
func TestSandboxNoFilesThroughClasses(t *testing.T) {
	path := filepath.Join(t.TempDir(), "escape.txt")
	_, err := run(t, spindle.Options{Sandbox: true}, `
def walk(c, seen):
    for s in c.__subclasses__():
        if s not in seen:
            seen.append(s)
            walk(s, seen)
    return seen
assert not [c for c in walk(object, []) if c.__name__ == "FileHandler"]
import concurrent.futures
f = concurrent.futures.Future()
f.add_done_callback(lambda f: 1 / 0)
f.set_result(1)
handler = [c for c in walk(object, []) if c.__name__ == "FileHandler"][0]
handler(`+"'"+path+"'"+`)
`)
	e := requireExc(t, err, "PermissionError")
	require.Equal(t, "opening files is not allowed in this interpreter", e.Message)
	require.NoFileExists(t, path)
}

// Each interpreter has its own random generator behind the random
// module's functions.
func TestRandomPerInterpreter(t *testing.T) {
	ctx := context.Background()
	a, b := spindle.New(spindle.Options{}), spindle.New(spindle.Options{})
	defer a.Close()
	defer b.Close()
	require.NoError(t, a.Exec(ctx, "a.sp", "import random\nrandom.seed(1)\nfirst = random.random()\nrandom.seed(1)"))
	require.NoError(t, b.Exec(ctx, "b.sp", "import random\nrandom.seed(2)\nx = [random.random() for _ in range(10)]"))
	same, err := a.Eval(ctx, "random.random() == first")
	require.NoError(t, err)
	require.Equal(t, mustValue(t, true), same)
}

func TestFuncOf(t *testing.T) {
	ctx := context.Background()
	it := spindle.New(spindle.Options{})
	defer it.Close()
	var seen []any
	define := func(name string, fn any) {
		v, err := spindle.FuncOf(name, fn)
		require.NoError(t, err)
		it.SetGlobal(name, v)
	}
	define("nothing", func() {})
	define("add", func(a int, b float64) float64 { return float64(a) + b })
	define("small", func(b uint8) uint8 { return b })
	define("keys", func(m map[string][]int) int { return len(m) })
	define("raw", func(v spindle.Value, x any) { seen = append(seen, v, x) })
	define("withctx", func(ctx context.Context, s []byte) (string, error) { return string(s), ctx.Err() })
	for expr, want := range map[string]any{
		"nothing()":                    nil,
		"add(1, 2)":                    3.0,
		"add(1, 2.5)":                  3.5,
		"small(255)":                   int64(255),
		"keys({'a': [1], 'b': []})":    int64(2),
		"withctx(b'xy')":               "xy",
		"raw([1], {'k': None})":        nil,
		"withctx(bytearray(b'z'))":     "z",
		"add(True and 1, 0)":           1.0,
		"keys({})":                     int64(0),
		"nothing.__name__":             "nothing",
		"repr(add).startswith('<')":    true,
		"isinstance(add(1, 1), float)": true,
	} {
		v, err := it.Eval(ctx, expr)
		require.NoError(t, err, expr)
		g, err := spindle.FromValue(v)
		require.NoError(t, err, expr)
		require.Equal(t, want, g, expr)
	}
	require.Len(t, seen, 2)
	require.Equal(t, map[string]any{"k": nil}, seen[1])

	for expr, msg := range map[string]string{
		"add(1)":             "add() takes 2 arguments (1 given)",
		"small(256)":         "small() argument 1: cannot use 'int' as Go uint8",
		"small(-1)":          "small() argument 1: cannot use 'int' as Go uint8",
		"add('1', 2)":        "add() argument 1: cannot use 'str' as Go int",
		"keys({1: [1]})":     "keys() argument 1: cannot use 'dict' as Go map[string][]int",
		"keys({'a': ['x']})": "keys() argument 1: cannot use 'dict' as Go map[string][]int",
		"nothing(x=1)":       "nothing() takes no keyword arguments",
		"raw(1)":             "raw() takes 2 arguments (1 given)",
	} {
		_, err := it.Eval(ctx, expr)
		e := requireExc(t, err, "TypeError")
		require.Equal(t, msg, e.Message, expr)
	}

	_, err := spindle.FuncOf("x", 3)
	require.Error(t, err)
	_, err = spindle.FuncOf("x", func() (int, int) { return 1, 2 })
	require.Error(t, err)
}

// Close cancels the interpreter's daemon threads (a process would end
// them at exit): a daemon blocked forever runs its finally and is gone
// once Close returns.
func TestCloseStopsDaemonThreads(t *testing.T) {
	var out bytes.Buffer
	it := spindle.New(spindle.Options{Stdout: &out})
	err := it.Exec(context.Background(), "t.sp", `
import threading
forever = threading.Event()
started = threading.Event()
def wait():
    try:
        started.set()
        forever.wait()
    finally:
        print("daemon finally")
d = threading.Thread(target=wait, daemon=True)
d.start()
started.wait()
print("main ends", d.is_alive())
`)
	require.NoError(t, err)
	require.Equal(t, "main ends True\n", out.String())
	require.NoError(t, it.Close())
	require.Equal(t, "main ends True\ndaemon finally\n", out.String())
}
