package interp

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestAwaitAsync(t *testing.T) {
	expectOutput(t, `
def f(n):
    out = [None] * n
    await:
        for x in range(n):
            async:
                out[x] = x * x
    return out
print(f(10))
`, "[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]\n")
}

func TestAsyncCapturesByValue(t *testing.T) {
	expectOutput(t, `
import time
def f():
    x = 1
    seen = []
    await:
        async:
            time.sleep(0.02)
            seen.append(x)
            fn = lambda: x + 1
            seen.append(fn())
        x = 2
    return seen, x
print(f())
def g():
    n = 0
    await:
        async:
            nonlocal n
            n = 5
    return n
print(g())
`, "([1, 2], 2)\n5\n")
}

func TestAwaitControlFlow(t *testing.T) {
	expectOutput(t, `
def f():
    for i in range(10):
        await:
            async: pass
            if i == 2:
                return i
print(f())
i = 0
while True:
    i += 1
    await:
        if i < 3:
            continue
        break
print(i)
`, "2\n3\n")
}

func TestAwaitFailFast(t *testing.T) {
	expectOutput(t, `
def spin():
    while True:
        pass
def bad():
    raise ValueError("x")
try:
    await:
        async: spin()
        async: spin()
        async: bad()
except ValueError as e:
    print("caught", e)
`, "caught x\n")
}

func TestAsyncTraceback(t *testing.T) {
	_, stderr, code := runProgram(t, dedent(`
def g():
    raise KeyError("k")
def f():
    await:
        async:
            g()
f()
`))
	require.Equal(t, 1, code)
	require.True(t, strings.Contains(stderr, "line 4, in f\n    await:\n"), stderr)
	require.True(t, strings.Contains(stderr, "line 6, in f\n    g()\n"), stderr)
	require.True(t, strings.HasSuffix(stderr, "KeyError: 'k'\n"), stderr)
}

func TestNestedAsyncCaptures(t *testing.T) {
	expectOutput(t, `
x = 5
def f():
    y = 7
    await:
        async:
            g = lambda: x + y
            h = lambda: (lambda: y)()
            print(g(), h())
            async:
                print("inner", x, y)
f()
await:
    async:
        k = lambda: x
        async:
            print(k(), x)
`, "12 7\ninner 5 7\n5 5\n")
}
