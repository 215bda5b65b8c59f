package spindle_test

import (
	"context"
	"fmt"
	"io"
	"os"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/spindle-lang/spindle/spindle"
)

// leakProgram starts and cancels `batches` groups of `per` threads, a
// fifth of them blocked on each of: a queue, a held lock, a long sleep, a
// future that never resolves, a pipe nobody writes; it creates and drops
// generators suspended mid-iteration (also inside threads) and closures;
// and it runs an HTTP server and a client exchange, then cancels the
// server. It prints a line the test checks, so a failure cannot pass
// unnoticed.
const leakProgram = `
import os, time, http
from threads import Lock, Queue

def gen(n):
    try:
        for i in range(n):
            yield i
    finally:
        pass

def make_closure(x):
    def f():
        return x
    return f

def read_pipe(r):
    try:
        os.read(r, 1)
    except TimeoutError:
        pass  # a sibling's wake of the shared fd seen first (cancel_shared_pipe_readers.sp)

def holds_generator(q):
    g = gen(100)
    next(g)
    q.get()

def batch(per):
    q = Queue()
    lock = Lock()
    lock.acquire()
    r, w = os.pipe()
    never = Queue()
    with ThreadGroup() as g:
        fut = g.spawn(never.get)
        for i in range(per):
            k = i % 5
            if k == 0:
                g.spawn(holds_generator, q)
            elif k == 1:
                g.spawn(lock.acquire)
            elif k == 2:
                g.spawn(time.sleep, 1000)
            elif k == 3:
                g.spawn(fut.result)
            else:
                g.spawn(read_pipe, r)
        time.sleep(0.001)
        g.cancel()
    lock.release()
    os.close(r)
    os.close(w)

for b in range(BATCHES):
    batch(PER)

kept = 0
for i in range(GENERATORS):
    g = gen(10)
    next(g)
    next(g)
    c = make_closure([i])
    kept += c()[0] - i

def handler(req):
    return "pong " + req.path
srv = http.Server(handler, port=0)
replies = 0
with ThreadGroup() as g:
    g.spawn(srv.serve)
    for i in range(REQUESTS):
        replies += http.get(srv.url + "/x").text == "pong /x"
    with http.Session() as s:
        for i in range(REQUESTS):
            replies += s.get(srv.url + "/y").text == "pong /y"
    g.cancel()
print("done", kept, replies)
`

// runLeakProgram runs leakProgram in a new interpreter and checks its
// output.
func runLeakProgram(t *testing.T, batches, per, generators, requests int) {
	var out strings.Builder
	it := spindle.New(spindle.Options{Stdout: &out, Stderr: io.Discard})
	src := leakProgram
	for name, v := range map[string]int{"BATCHES": batches, "PER": per, "GENERATORS": generators, "REQUESTS": requests} {
		src = strings.ReplaceAll(src, name, fmt.Sprint(v))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	require.NoError(t, it.Exec(ctx, "leak.sp", src))
	require.NoError(t, it.Close())
	require.Equal(t, fmt.Sprintf("done 0 %d\n", 2*requests), out.String())
}

// liveHeap returns the heap in use after a full collection.
func liveHeap() uint64 {
	var ms goruntime.MemStats
	goruntime.GC()
	goruntime.GC()
	goruntime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// TestNoLeaks runs leakProgram (100,000 threads started and cancelled in
// groups of 1,000, 20,000 dropped generators and closures, 100 HTTP
// requests) several times and checks that the goroutine count returns to
// its baseline after each run and that the live heap does not grow with
// the number of runs.
func TestNoLeaks(t *testing.T) {
	if testing.Short() || os.Getenv("SPINDLE_LEAK_TEST") == "" {
		// Opt-in (SPINDLE_LEAK_TEST=1) because of its cost: ~9 s alone
		// on 2 idle cores, ~20 s on a loaded box, and under -race
		// (which CI runs over ./spindle/...) 40-100 s per round. The
		// CI hang it once hit (a cancelled time.sleep thread never
		// woken, so a batch's join waited forever) is fixed: see
		// Thread.Sleep and runtime's TestCancelWakesEverySleeper.
		t.Skip("leak check starts 200,000 threads; set SPINDLE_LEAK_TEST=1")
	}
	base := goruntime.NumGoroutine()
	runLeakProgram(t, 10, 100, 100, 5) // warm up: lazily started goroutines, caches
	require.LessOrEqual(t, waitGoroutines(base, 10*time.Second), base+0, "goroutines left after the warm-up run:\n%s", goroutineDump())
	base = goruntime.NumGoroutine()
	heap0 := liveHeap()
	for round := 0; round < 2; round++ {
		start := time.Now()
		runLeakProgram(t, 100, 1000, 20000, 50)
		n := waitGoroutines(base, 10*time.Second)
		heap := liveHeap()
		t.Logf("round %d: %v, goroutines %d (baseline %d), live heap %.1f MB (after warm-up %.1f MB)",
			round, time.Since(start).Round(time.Millisecond), n, base, float64(heap)/(1<<20), float64(heap0)/(1<<20))
		require.LessOrEqual(t, n, base, "goroutines left running:\n%s", goroutineDump())
		// Generous: a leak of one small object per thread would be
		// several MB per round.
		require.Less(t, heap, heap0+16<<20, "live heap grew")
	}
}
