package main

import (
	"os"
	goruntime "runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"syscall"
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
// gcBoostMaxThreads threads in all and at most gcBoostMaxSpawns
// goroutines were created since the last sample (so the thousands of
// short-lived or sleeping threads of the spawn benchmark never count:
// with only the thread count, `spawn_noop.sp 1000000`, whose threads
// end about as fast as they start, was boosted and peaked at 64-93 MB
// instead of ~41), and the Go scheduler sees at least two goroutines
// besides the sampler running or runnable (threads blocked in I/O or
// sleeping do not count), on a machine with two or more cores, it raises
// GOGC at once so that the next cycle starts after the headroom below
// more allocation than the live heap, or after twice the live heap's
// usual GOGC share if that is larger, and suspends the soft memory limit
// of gclimit.go, whose goal would otherwise undercut the boosted one and
// start cycles early with mark assists. Two samples without that load
// restore the original GOGC and the limit. While more than
// gcBoostMaxSpawns goroutines are created per tick and the live heap is
// small, GOGC is lowered instead (gcspawn.go). The cost is the sampler's
// wake-ups (a metrics.Read is ~0.5 µs) and, while boosted, up to
// gcBoostMaxMB of extra garbage. SPINDLE_GC_BOOST_MB overrides the
// minimum headroom (0 turns the boost off); GOGC=off turns it off too.
//
// The size: a fixed 16 MB at first (32 MB before that: on 2026-11-26
// the objects kernel's speedup was 1.71-1.81 with 32 MB and 1.81-1.97
// with 16 MB). A fixed size is right for one allocation rate only:
// bench/parallel_kernels.py's lists kernel allocates ~1.5 GB/s in two
// threads and still ran ~95 cycles a second with 16 MB (GC ~20% of the
// phase's CPU), while objects (~0.4 GB/s) got slower with 64 MB: every
// megabyte the heap grows by is first-touched by the threads (page
// faults, ~0.4-0.8 ms per MB on this VM). So the headroom is the
// allocation of gcBoostCPU of CPU time at the rate measured over the
// last ticks, between defaultGCBoostMB (the minimum) and gcBoostMaxMB: a
// cycle at most every ~40 ms of two cores' work, and no more memory than
// that buys.
// The maximum was 64 MB until loops yielded to the collector too
// (runtime/gcyield.go): with mark phases of ~1 ms instead of 7-17 ms a
// cycle costs the threads little, and the lists kernel's parallel phase
// first-touched ~55 MB of new heap (14k extra page faults in a 0.13 s
// phase). 24 MB: lists 1.72-1.84 -> 1.82-2.14 (4 alternating runs),
// objects, dicts, strs, floats and arith unchanged (3 runs each).
//
// A large live heap gets twice its usual GOGC share instead (GOGC=200
// for the default 100; the second share at most gcBoostMaxExtraMB): each
// cycle marks the whole live heap, which in a sequential run happens on
// the idle core and with two threads computing takes a core's time from
// them. The strs kernel (two lists growing to 1.5M strings) spent 18%
// less CPU in its parallel phase with the doubled share (1.33 -> 1.10 s,
// 3 alternating runs; 4x gave 1.03 s but five times the live heap).
const (
	defaultGCBoostMB  = 16
	gcBoostMaxMB      = 24
	gcBoostCPU        = 80 * time.Millisecond
	gcBoostTick       = 10 * time.Millisecond
	gcBoostMaxThreads = 64
	gcBoostMaxExtraMB = 256
	gcBoostMaxSpawns  = 100
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

func gcBoostLoop(minBoost uint64, base int) {
	s := []metrics.Sample{
		{Name: "/sched/goroutines/running:goroutines"},
		{Name: "/sched/goroutines/runnable:goroutines"},
		{Name: "/gc/heap/live:bytes"},
		{Name: "/gc/heap/allocs:bytes"},
		{Name: "/sched/goroutines-created:goroutines"},
	}
	metrics.Read(s)
	for _, x := range s {
		if x.Value.Kind() == metrics.KindBad {
			return
		}
	}
	current := base
	spawnPercent := gcSpawnPercent(base)
	quiet := 0 // samples in a row without load
	var rate gcAllocRate
	var created uint64
	for {
		time.Sleep(gcBoostTick)
		if !runtime.Sharing() {
			continue
		}
		metrics.Read(s)
		rate.update(s[3].Value.Uint64())
		spawned := s[4].Value.Uint64() - created
		created = s[4].Value.Uint64()
		live, notWaiting := runtime.ThreadCounts()
		// The sampler itself is one of the running goroutines.
		busy := notWaiting >= 2 && live <= gcBoostMaxThreads &&
			spawned <= gcBoostMaxSpawns &&
			s[0].Value.Uint64()+s[1].Value.Uint64() >= 3
		want := current
		switch {
		case busy:
			quiet = 0
			want = boostedPercent(s[2].Value.Uint64(), rate.headroom(minBoost), base)
		case spawned > gcBoostMaxSpawns && s[2].Value.Uint64() <= gcSpawnMaxLive:
			quiet = 0
			want = spawnPercent // gcspawn.go
		default:
			if quiet++; quiet >= 2 {
				want = base
			}
		}
		// Retune only on a change of more than 10%: SetGCPercent
		// recomputes the pacer under the heap lock.
		if want != current && (want == base || current == base || want*10 > current*11 || want*11 < current*10) {
			if want > base {
				gcLimitSuspend(true) // before the goal rises
			}
			debug.SetGCPercent(want)
			if want <= base {
				gcLimitSuspend(false)
			}
			current = want
		}
	}
}

// gcAllocRate tracks how many bytes the program allocates per second of
// its CPU time (user+sys of all threads, getrusage), halved towards each
// new sample. CPU time rather than wall time: on a loaded machine the
// threads get less of a core, allocate less per wall second, but still
// pay the same collector work per byte.
type gcAllocRate struct {
	last, lastCPU int64
	perCPUSec     float64
}

func (r *gcAllocRate) update(allocs uint64) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return
	}
	cpu := ru.Utime.Nano() + ru.Stime.Nano()
	if r.lastCPU != 0 && int64(allocs) >= r.last && cpu > r.lastCPU {
		rate := float64(int64(allocs)-r.last) / (float64(cpu-r.lastCPU) / 1e9)
		r.perCPUSec = (r.perCPUSec + rate) / 2
	}
	r.last, r.lastCPU = int64(allocs), cpu
}

// headroom is the allocation the collector may let pass between cycles
// while boosted: what gcBoostCPU of CPU time allocates at the current
// rate, within [minBoost, gcBoostMaxMB].
func (r *gcAllocRate) headroom(minBoost uint64) uint64 {
	h := uint64(r.perCPUSec * gcBoostCPU.Seconds())
	return max(minBoost, min(h, max(minBoost, gcBoostMaxMB<<20)))
}

// boostedPercent is the GOGC value at which a live heap of live bytes
// lets the larger of boost bytes and twice GOGC's usual share (base% of
// live; the second share at most gcBoostMaxExtraMB) be allocated before
// the next cycle (never less than base).
func boostedPercent(live, boost uint64, base int) int {
	if live == 0 {
		live = 1 << 20
	}
	share := live / 100 * uint64(base)
	headroom := max(boost, share+min(share, gcBoostMaxExtraMB<<20))
	p := int(headroom / max(live/100, 1))
	return min(max(p, base), gcBoostMaxPercent)
}
