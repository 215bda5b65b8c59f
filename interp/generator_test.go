package interp

import (
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestAbandonedGeneratorsDoNotLeak makes 100k half-consumed generators
// and drops them: their coroutines must be released (bounded goroutines
// and heap), as LANGUAGE.md §1 requires.
func TestAbandonedGeneratorsDoNotLeak(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	before := runtime.NumGoroutine()
	n := 100000
	if raceEnabled {
		n = 10000
	}
	out, errs, code := runProgram(t, strings.ReplaceAll(dedent(`
		def gen(n):
		    try:
		        for i in range(n):
		            yield [i] * 10
		    finally:
		        pass
		total = 0
		for k in range(N):
		    g = gen(5)
		    total += len(next(g))
		print(total)
		`), "N", strconv.Itoa(n)))
	require.Equal(t, 0, code, errs)
	require.Equal(t, strconv.Itoa(10*n)+"\n", out)
	var ms runtime.MemStats
	deadline := time.Now().Add(10 * time.Second)
	for {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
		if runtime.NumGoroutine() < before+1000 || time.Now().After(deadline) {
			break
		}
	}
	require.Less(t, runtime.NumGoroutine(), before+1000, "abandoned generator coroutines were not released")
	runtime.ReadMemStats(&ms)
	require.Less(t, ms.HeapAlloc, uint64(200<<20), "heap after dropping generators")
}

// TestGeneratorCloseReleases checks close() ends the coroutine and runs
// finally blocks.
func TestGeneratorCloseReleases(t *testing.T) {
	expectOutput(t, `
		def gen():
		    try:
		        yield 1
		        yield 2
		    finally:
		        print("closed")
		g = gen()
		print(next(g))
		g.close()
		print(list(g))
		def bad():
		    try:
		        yield 1
		    except GeneratorExit:
		        yield 2
		b = bad()
		next(b)
		try:
		    b.close()
		except RuntimeError as e:
		    print(e)
		def running():
		    yield r.send(None)
		r = running()
		try:
		    next(r)
		except ValueError as e:
		    print(e)
		`, `
		1
		closed
		[]
		generator ignored GeneratorExit
		generator already executing
		`)
}
