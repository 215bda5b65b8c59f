package spindle_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	goruntime "runtime"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	srt "github.com/spindle-lang/spindle/runtime"
	"github.com/spindle-lang/spindle/spindle"
)

// FuzzRun compiles and runs arbitrary source in a sandboxed interpreter
// (no os, sys, subprocess, socket, http or open; a recursion limit of
// 200; threads allowed) with its output discarded, and fails when
//
//   - a Go panic escapes, or the interpreter turned one into its
//     "internal error" SystemError (in the main thread or a child);
//   - the run does not end within hangLimit after its context's
//     deadline (runLimit) cancelled it;
//   - goroutines the run started are still running after it returned.
//
// Single allocations are capped at fuzzMaxAlloc bytes (runtime.SetMaxAlloc),
// so huge repetitions and ints raise MemoryError instead of filling the
// machine; the heap is further watched and the run cancelled past
// fuzzHeapLimit. Seeds are the small programs of testdata/ that need no
// files, processes or network; in plain `go test` they run as a test.
func FuzzRun(f *testing.F) {
	for _, s := range runSeeds(f) {
		f.Add(s)
	}
	srt.SetMaxAlloc(fuzzMaxAlloc)
	f.Cleanup(func() { srt.SetMaxAlloc(0) })
	// Start the interpreter's lazily started goroutines (if any) before
	// counting, with a program that uses threads.
	runBounded(context.Background(), "await:\n    async:\n        x = 1\n    async:\n        y = 2\n")
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 32<<10 {
			return
		}
		before := goruntime.NumGoroutine()
		res := runBounded(context.Background(), src)
		if res.hung {
			t.Fatalf("the run did not end %v after its %v deadline\n%s", hangLimit, runLimit, goroutineDump())
		}
		if res.panicked != nil {
			t.Fatalf("Go panic: %v\n%s", res.panicked, res.stack)
		}
		if res.internal != "" {
			t.Fatalf("internal error: %s", res.internal)
		}
		if n := waitGoroutines(before, hangLimit); n > before {
			t.Fatalf("%d goroutines left running after the run (%d before)\n%s", n-before, before, goroutineDump())
		}
	})
}

const (
	runLimit      = 1 * time.Second // wall time of one input before cancellation
	hangLimit     = 2 * time.Second // time allowed to unwind after cancellation
	fuzzMaxAlloc  = 4 << 20         // largest single object
	fuzzHeapLimit = 512 << 20       // live heap past which the run is cancelled
	seedMaxSize   = 4 << 10         // larger testdata programs are not seeds
	watchInterval = 10 * time.Millisecond
)

// seedSkip are the testdata areas whose programs need what the sandbox
// removes (files, processes, the network, sys, exit statuses) or run
// long (the stress programs).
var seedSkip = map[string]bool{
	"os": true, "io": true, "socket": true, "http": true, "subprocess": true, "exit": true,
	"spindle_exit": true, "stress": true, "modules": true,
}

// runSeeds returns the seeds: inline samples plus the small testdata
// programs outside seedSkip.
func runSeeds(f *testing.F) []string {
	seeds := []string{
		"print(1)\n",
		"def f(n):\n    return f(n + 1)\nf(0)\n",
		"await:\n    for i in range(50):\n        async:\n            x = i * i\n",
		"import threads, queue\nq = queue.Queue()\nawait:\n    async:\n        q.get()\n    async:\n        raise ValueError('x')\n",
		"def g():\n    try:\n        yield 1\n        yield 2\n    finally:\n        pass\nfor x in g():\n    break\n",
		"while True:\n    pass\n",
		"x = [1]\nx.append(x)\nprint(x, x == x)\n",
		"import time\nawait:\n    async:\n        time.sleep(100)\n    async:\n        1 / 0\n",
		// A background thread that loops until the main thread, stopped
		// by the deadline, would have told it to: the deadline stops it too.
		"import threading\nstop = threading.Event()\ndef w():\n    while not stop.is_set():\n        pass\nt = threading.Thread(target=w)\nt.start()\nt.join()\nstop.set()\n",
	}
	for _, pattern := range []string{"../testdata/*/*.sp", "../testdata/*/*/*.sp"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			area := strings.Split(filepath.ToSlash(file), "/")[2]
			if seedSkip[area] {
				continue
			}
			if st, err := os.Stat(file); err != nil || st.Size() > seedMaxSize {
				continue
			}
			if b, err := os.ReadFile(file); err == nil {
				seeds = append(seeds, string(b))
			}
		}
	}
	return seeds
}

// runResult is what one bounded run found wrong.
type runResult struct {
	hung     bool
	panicked any
	stack    []byte
	internal string // the message of an internal-error SystemError
}

// runBounded runs src in a new sandboxed interpreter, cancelled after
// runLimit (or when the heap passes fuzzHeapLimit), and waits at most
// hangLimit more for it to end.
func runBounded(parent context.Context, src string) (res runResult) {
	ctx, cancel := context.WithTimeout(parent, runLimit)
	defer cancel()
	stderr := &internalScanner{}
	done := make(chan runResult, 1)
	go func() {
		var r runResult
		defer func() {
			if p := recover(); p != nil {
				r.panicked, r.stack = p, debug.Stack()
			}
			done <- r
		}()
		it := spindle.New(spindle.Options{Sandbox: true, RecursionLimit: 200, Stderr: stderr})
		err := it.Exec(ctx, "fuzz.sp", src)
		cancel() // atexit callbacks run cancelled too
		it.Close()
		if msg := internalError(err); msg != "" {
			r.internal = msg
		} else if msg := stderr.found.Load(); msg != nil {
			r.internal = *msg
		}
	}()
	stopWatch := watchHeap(cancel)
	defer stopWatch()
	select {
	case res = <-done:
		return res
	case <-ctx.Done():
	}
	select {
	case res = <-done:
	case <-time.After(hangLimit):
		res.hung = true
	}
	return res
}

// watchHeap cancels the run when the heap grows past fuzzHeapLimit; the
// returned function stops watching.
func watchHeap(cancel func()) func() {
	stop := make(chan struct{})
	go func() {
		tick := time.NewTicker(watchInterval)
		defer tick.Stop()
		var ms goruntime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				goruntime.ReadMemStats(&ms)
				if ms.HeapAlloc > fuzzHeapLimit {
					cancel()
				}
			}
		}
	}()
	return func() { close(stop) }
}

// internalMarkers are the messages of the SystemErrors the interpreter
// makes of a Go panic (interp.runProtected, runtime.runGuarded).
var internalMarkers = []string{"this is a Spindle bug", "internal error in thread"}

func internalError(err error) string {
	if err == nil {
		return ""
	}
	for _, m := range internalMarkers {
		if strings.Contains(err.Error(), m) {
			if e, ok := err.(*spindle.Error); ok {
				return e.Traceback
			}
			return err.Error()
		}
	}
	return ""
}

// internalScanner discards what the program writes to stderr but
// remembers the first write that reports an internal error (a failed
// background thread's traceback, say).
type internalScanner struct{ found atomic.Pointer[string] }

func (s *internalScanner) Write(p []byte) (int, error) {
	if s.found.Load() == nil {
		for _, m := range internalMarkers {
			if bytes.Contains(p, []byte(m)) {
				msg := string(p)
				s.found.CompareAndSwap(nil, &msg)
			}
		}
	}
	return len(p), nil
}

// waitGoroutines waits up to limit for the goroutine count to fall to
// want and returns the last count. It collects garbage while it waits:
// a dropped generator's coroutine ends when the collector frees the
// generator (its cleanup closes it), as CPython's reference counting
// would close it.
func waitGoroutines(want int, limit time.Duration) int {
	deadline := time.Now().Add(limit)
	for i := 0; ; i++ {
		n := goruntime.NumGoroutine()
		if n <= want || time.Now().After(deadline) {
			return n
		}
		if i%10 == 0 {
			goruntime.GC()
		}
		time.Sleep(time.Millisecond)
	}
}

func goroutineDump() string {
	buf := make([]byte, 1<<20)
	return string(buf[:goruntime.Stack(buf, true)])
}
