package spindle_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spindle-lang/spindle/spindle"
)

// Run a script, then read a global it set.
func Example() {
	ctx := context.Background()
	it := spindle.New(spindle.Options{Stdout: os.Stdout})
	defer it.Close()

	err := it.Exec(ctx, "squares.sp", `
squares = [n * n for n in range(5)]
print("sum:", sum(squares))
`)
	if err != nil {
		fmt.Println(err)
		return
	}
	v, _ := spindle.FromValue(it.Global("squares"))
	fmt.Println(v)
	// Output:
	// sum: 30
	// [0 1 4 9 16]
}

// Eval evaluates an expression in the main module's namespace.
func ExampleInterpreter_Eval() {
	ctx := context.Background()
	it := spindle.New(spindle.Options{})
	defer it.Close()

	limit, _ := spindle.ToValue(10)
	it.SetGlobal("limit", limit)
	v, err := it.Eval(ctx, "[n for n in range(limit) if n % 3 == 0]")
	if err != nil {
		fmt.Println(err)
		return
	}
	g, _ := spindle.FromValue(v)
	fmt.Println(g)
	// Output: [0 3 6 9]
}

// A Go function called from Spindle; its threads call it concurrently.
func ExampleFunc() {
	ctx := context.Background()
	it := spindle.New(spindle.Options{Stdout: os.Stdout})
	defer it.Close()

	it.SetGlobal("shout", spindle.Func("shout", func(ctx context.Context, args []spindle.Value, kwargs map[string]spindle.Value) (spindle.Value, error) {
		var str string
		if len(args) == 1 {
			g, _ := spindle.FromValue(args[0])
			str, _ = g.(string)
		}
		if str == "" {
			return nil, spindle.Raise("TypeError", "shout() needs a non-empty str")
		}
		return spindle.ToValue(strings.ToUpper(str) + "!")
	}))
	err := it.Exec(ctx, "shout.sp", `
results = {}
await:
    for word in ["hello", "world"]:
        async:
            results[word] = shout(word)
print(sorted(results.values()))
try:
    shout(42)
except TypeError as e:
    print("TypeError:", e)
`)
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// ['HELLO!', 'WORLD!']
	// TypeError: shout() needs a non-empty str
}

// Call a Spindle function from Go.
func ExampleInterpreter_Call() {
	ctx := context.Background()
	it := spindle.New(spindle.Options{})
	defer it.Close()

	if err := it.Exec(ctx, "lib.sp", "def area(w, h):\n    return w * h\n"); err != nil {
		fmt.Println(err)
		return
	}
	w, _ := spindle.ToValue(3)
	h, _ := spindle.ToValue(4.5)
	v, err := it.Call(ctx, it.Global("area"), w, h)
	if err != nil {
		fmt.Println(err)
		return
	}
	g, _ := spindle.FromValue(v)
	fmt.Println(g)
	// Output: 13.5
}

// An exception escapes as an *Error with its traceback.
func ExampleError() {
	ctx := context.Background()
	it := spindle.New(spindle.Options{})
	defer it.Close()

	err := it.Exec(ctx, "fail.sp", "def f(d):\n    return d['missing']\n\nf({})\n")
	var e *spindle.Error
	if errors.As(err, &e) {
		fmt.Println(e.Type, e.Matches("LookupError"))
		fmt.Print(e.Traceback)
	}
	// Output:
	// KeyError true
	// Traceback (most recent call last):
	//   File "fail.sp", line 4, in <module>
	//     f({})
	//   File "fail.sp", line 2, in f
	//     return d['missing']
	//            ~^^^^^^^^^^^
	// KeyError: 'missing'
}

// A sandboxed interpreter cannot reach files, processes or the network.
func ExampleOptions_sandbox() {
	ctx := context.Background()
	it := spindle.New(spindle.Options{Stdout: os.Stdout, Sandbox: true})
	defer it.Close()

	err := it.Exec(ctx, "untrusted.sp", `
import json
print(json.dumps({"ok": True}))
try:
    import os
except ImportError as e:
    print(type(e).__name__, e)
try:
    open("/etc/passwd")
except NameError as e:
    print(e)
`)
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"ok": true}
	// ModuleNotFoundError No module named 'os'
	// name 'open' is not defined
}

// RegisterModule makes Go values importable.
func ExampleInterpreter_RegisterModule() {
	ctx := context.Background()
	it := spindle.New(spindle.Options{Stdout: os.Stdout, Sandbox: true})
	defer it.Close()

	version, _ := spindle.ToValue("1.4.2")
	it.RegisterModule("host", map[string]spindle.Value{
		"version": version,
		"now": spindle.Func("now", func(ctx context.Context, args []spindle.Value, kwargs map[string]spindle.Value) (spindle.Value, error) {
			return spindle.ToValue(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC).Unix())
		}),
	})
	err := it.Exec(ctx, "plugin.sp", `
import host
from host import now
print(host.version, now())
`)
	if err != nil {
		fmt.Println(err)
	}
	// Output: 1.4.2 1767323045
}

// Cancelling the context cancels every thread of the script; finally
// blocks run.
func ExampleInterpreter_Exec_cancel() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	it := spindle.New(spindle.Options{Stdout: os.Stdout})
	defer it.Close()

	err := it.Exec(ctx, "forever.sp", `
def spin():
    try:
        while True:
            pass
    finally:
        print("cleaned up")

await:
    async: spin()
    async: spin()
`)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	// Output:
	// cleaned up
	// cleaned up
	// true
}

// A blocking Go function watches its context: a Spindle timeout (or a
// failing sibling, or the call's context) cancels it.
func ExampleGoFunc() {
	ctx := context.Background()
	it := spindle.New(spindle.Options{Stdout: os.Stdout})
	defer it.Close()

	it.SetGlobal("fetch", spindle.Func("fetch", func(ctx context.Context, args []spindle.Value, kwargs map[string]spindle.Value) (spindle.Value, error) {
		select {
		case <-time.After(time.Minute): // a slow network call
			return spindle.ToValue("response")
		case <-ctx.Done():
			fmt.Println("Go: fetch cancelled:", ctx.Err())
			return nil, ctx.Err()
		}
	}))
	err := it.Exec(ctx, "fetch.sp", `
try:
    with timeout(0.05):
        fetch()
except TimeoutError:
    print("Spindle: gave up")
`)
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// Go: fetch cancelled: context canceled
	// Spindle: gave up
}

// FuncOf adapts a plain Go function: arguments and results are
// converted, a returned error raises.
func ExampleFuncOf() {
	ctx := context.Background()
	it := spindle.New(spindle.Options{Stdout: os.Stdout})
	defer it.Close()

	join, _ := spindle.FuncOf("join", func(sep string, words ...string) string {
		return strings.Join(words, sep)
	})
	parse, _ := spindle.FuncOf("parse_duration", func(s string) (float64, error) {
		d, err := time.ParseDuration(s)
		return d.Seconds(), err
	})
	it.SetGlobal("join", join)
	it.SetGlobal("parse_duration", parse)
	err := it.Exec(ctx, "adapt.sp", `
print(join("-", "a", "b", "c"))
print(parse_duration("1m30s"))
try:
    join("-", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    parse_duration("soon")
except RuntimeError as e:
    print("RuntimeError:", e)
`)
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// a-b-c
	// 90.0
	// TypeError: join() argument 2: cannot use 'int' as Go string
	// RuntimeError: time: invalid duration "soon"
}
