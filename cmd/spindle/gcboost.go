package main

import (
	"os"
	goruntime "runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"time"

	"github.com/spindle-lang/spindle/runtime"
)

// gcBoost gives the garbage collector more headroom while two or more
// threads run CPU work at the same time, and takes it back when they stop.
//
// Why: an interpreter that boxes ints and makes objects allocates tens of
// MB per second with a live heap of a few MB, so with the 4 MB floor
// (gcfloor.go) a GC cycle starts every ~6 MB of allocation. In a
// single-threaded run the collector's work mostly runs on the idle second
// core; when two threads keep both cores busy it competes with them, and
// every cycle's stop-the-world phases and stack scans stop both
// (bench/PARALLEL.md). Measured on bench/parallel_speedup.sp objects
// 400000, a 32 MB floor cut the CPU of the two-thread phase by 30% and of
// the arith kernel by 16%. A larger fixed floor costs resident memory in
// every program, though (single-threaded benchmarks and the spawn
// benchmark have RSS targets: gcfloor.go, bench/SPAWN.md), hence this
// adaptive version.
//
// How: once the program has started a second thread (runtime.Sharing),
// a goroutine samples every gcBoostTick. When at least two Spindle
// threads are not waiting on another thread (runtime.ThreadCounts: the
// main thread joining its group does not count), there are at most
// gcBoostMaxThreads threads in all (so the thousands of short-lived or
// sleeping threads of the spawn benchmark never count), and the Go
// scheduler sees at least two goroutines besides the sampler running or
// runnable (threads blocked in I/O or sleeping do not count), on a
// machine with two or more cores, for two samples in a row, it raises
// GOGC so that the next cycle starts after
// gcBoostMB more allocation than the live heap, or after the live heap's
// usual GOGC share if that is larger (a large live heap is not boosted).
// Two samples without that load restore the original GOGC. The cost is
// the sampler's wake-ups (a metrics.Read is ~0.5 µs) and, while boosted,
// up to gcBoostMB of extra garbage. SPINDLE_GC_BOOST_MB overrides the size
// (0 turns it off); GOGC=off turns it off too.
//
// The size: 32 MB at first; on 2026-11-26 (32-byte instance headers,
// idle machine) the objects kernel's speedup was 1.71-1.81 with 32 MB and
// 1.81-1.97 with 16 MB (6 alternating runs each; 24 MB in between): the
// smaller heap the two threads allocate through stays warmer in the
// caches. arith was the same (1.94-2.02) with 0, 16 and 32.
const (
	defaultGCBoostMB  = 16
	gcBoostTick       = 10 * time.Millisecond
	gcBoostMaxThreads = 64
	gcBoostMaxPercent = 5000
)

// startGCBoost starts the sampler (from main: not in tests that call run).
func startGCBoost() {
	mb := defaultGCBoostMB
	if s := os.Getenv("SPINDLE_GC_BOOST_MB"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n >= 0 && n <= 1024 {
			mb = n
		}
	}
	if mb == 0 || goruntime.GOMAXPROCS(0) < 2 {
		return
	}
	base := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(base)
	if base[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	percent := int(base[0].Value.Uint64())
	if percent <= 0 {
		return // GOGC=off
	}
	go gcBoostLoop(uint64(mb)<<20, percent)
}

func gcBoostLoop(boost uint64, base int) {
	s := []metrics.Sample{
		{Name: "/sched/goroutines/running:goroutines"},
		{Name: "/sched/goroutines/runnable:goroutines"},
		{Name: "/gc/heap/live:bytes"},
	}
	metrics.Read(s)
	for _, x := range s {
		if x.Value.Kind() == metrics.KindBad {
			return
		}
	}
	current := base
	streak := 0 // > 0: samples in a row with load; < 0: without
	for {
		time.Sleep(gcBoostTick)
		if !runtime.Sharing() {
			continue
		}
		metrics.Read(s)
		live, notWaiting := runtime.ThreadCounts()
		// The sampler itself is one of the running goroutines.
		busy := notWaiting >= 2 && live <= gcBoostMaxThreads &&
			s[0].Value.Uint64()+s[1].Value.Uint64() >= 3
		switch {
		case busy && streak < 0, !busy && streak > 0:
			streak = 0
		}
		if busy {
			streak++
		} else {
			streak--
		}
		want := current
		if streak >= 2 {
			want = boostedPercent(s[2].Value.Uint64(), boost, base)
		} else if streak <= -2 {
			want = base
		}
		// Retune only on a change of more than 10%: SetGCPercent
		// recomputes the pacer under the heap lock.
		if want != current && (want == base || want*10 > current*11 || want*11 < current*10) {
			debug.SetGCPercent(want)
			current = want
		}
	}
}

// boostedPercent is the GOGC value at which a live heap of live bytes
// lets boost bytes be allocated before the next cycle (never less than
// base).
func boostedPercent(live, boost uint64, base int) int {
	if live == 0 {
		live = 1 << 20
	}
	p := int(boost * 100 / live)
	if p < base {
		return base
	}
	return min(p, gcBoostMaxPercent)
}
