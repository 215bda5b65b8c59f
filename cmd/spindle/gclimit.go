package main

import (
	"math"
	"os"
	goruntime "runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"sync"
	"sync/atomic"
)

// gcLimit keeps a soft memory limit a little above what GOGC would give
// for the live heap, so that one inflated cycle does not double the heap.
//
// Why: the live heap Go measures at the end of a cycle includes
// everything allocated while the cycle was marking (allocated black).
// A program that allocates fast with a small live heap — bench/bigint.sp
// allocates ~1 GB/s of big-int digits with ~2 MB live — gets a heap goal
// of twice that inflated size whenever a mark phase takes a few
// milliseconds of wall time (the background mark worker on the second
// core waiting for a CPU on a loaded machine): measured with
// GODEBUG=gctrace=1, cycles like "11->20->14 MB, 14 MB goal" then a goal
// of 28 MB, and peak RSS 30–50 MB where the steady state needs ~25.
//
// How: after every cycle (a finalizer that re-arms itself), the live
// heap estimate is the smaller of this cycle's and the previous cycle's
// marked heap, and the memory limit is set to the runtime's non-heap
// memory plus that estimate grown by the current GOGC (gcboost.go may
// have raised it) plus gcLimitSlackMB. A transient spike then no longer
// doubles the goal, the limit's goal is enforced by mark assists (GOGC's
// may be overshot), and the scavenger returns freed pages down to the
// limit. A live heap that really grows is seen one cycle later, at the
// cost of an early cycle; so the limit applies only while GOGC's goal is
// below gcLimitMaxHeap, where such a cycle marks a few MB (a fixed
// GOMEMLIMIT was rejected because a large live heap thrashes under it).
// Measured under load (load average ~29 on the 2-core machine, 10
// alternating runs, medians): bigint.sp peak RSS median 43.6 -> 39.7 MB
// (worst run 53 -> 44) for 2% more CPU (0.51 -> 0.52 s, in sys: the
// scavenger); with 4 MB of slack 38.4 MB (worst 41) for 7% (0.545 s),
// 2 MB 33–39 MB for 15%, 8 MB no gain. With 4 MB, regex and
// json_roundtrip lost 3–4 MB, fib, loop, nbody, closures, generators
// and dict_str were unchanged in RSS and CPU, and a program growing a
// 500 MB heap was unchanged. The hook does nothing when GOGC=off or when
// the user set GOMEMLIMIT.
// While gcboost.go gives threads computing on every core more headroom,
// the limit is suspended (gcLimitSuspend): it is computed for one
// thread's heap and would start cycles early, with mark assists,
// against the boosted goal.
// SPINDLE_GC_SLACK_MB sets the slack; -1 turns the limit off.
const (
	defaultGCLimitSlackMB = 6
	gcLimitMaxHeap        = 48 << 20
)

// gcSentinel is the object whose finalizer runs after each cycle (a
// pointer field keeps it out of the tiny allocator, whose blocks are
// freed late).
type gcSentinel struct {
	_ *int
	_ [2]uintptr
}

type gcLimiter struct {
	slack   uint64
	samples []metrics.Sample

	mu        sync.Mutex // orders afterCycle against suspend
	prevLive  uint64
	suspended bool
}

// gcLimit is the running limiter (nil when off), for gcLimitSuspend.
var gcLimit atomic.Pointer[gcLimiter]

// gcLimitSuspend lifts the limit until called with false (the next cycle
// then sets it again).
func gcLimitSuspend(on bool) {
	l := gcLimit.Load()
	if l == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.suspended = on
	if on {
		debug.SetMemoryLimit(math.MaxInt64)
	}
}

// startGCLimit arms the per-cycle hook (from main: not in tests that
// call run).
func startGCLimit() {
	slack := defaultGCLimitSlackMB
	if s := os.Getenv("SPINDLE_GC_SLACK_MB"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n >= -1 && n <= 1024 {
			slack = n
		}
	}
	if slack < 0 || debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return // turned off, or GOMEMLIMIT set by the user
	}
	if l := newGCLimiter(uint64(slack) << 20); l != nil {
		gcLimit.Store(l)
		l.arm()
	}
}

// newGCLimiter is a limiter with slack bytes above the GOGC goal, or nil
// when GOGC=off or the metrics it reads are missing.
func newGCLimiter(slack uint64) *gcLimiter {
	l := &gcLimiter{slack: slack, samples: []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/gc/gogc:percent"},
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/heap/unused:bytes"},
		{Name: "/memory/classes/heap/free:bytes"},
	}}
	metrics.Read(l.samples)
	for _, s := range l.samples {
		if s.Value.Kind() != metrics.KindUint64 {
			return nil
		}
	}
	if int64(l.samples[1].Value.Uint64()) <= 0 {
		return nil // GOGC=off
	}
	return l
}

func (l *gcLimiter) arm() {
	goruntime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
		l.afterCycle()
		l.arm()
	})
}

// afterCycle sets the limit for the next cycle.
func (l *gcLimiter) afterCycle() {
	l.mu.Lock()
	defer l.mu.Unlock()
	metrics.Read(l.samples)
	v := func(i int) uint64 { return l.samples[i].Value.Uint64() }
	live, percent := v(0), v(1)
	est := min(live, l.prevLive)
	l.prevLive = live
	if l.suspended {
		return
	}
	if est == 0 {
		return // the first cycle: no previous one to compare with
	}
	if live/100*(100+percent)+l.slack > gcLimitMaxHeap {
		// A large heap: GOGC alone (an early cycle would cost a mark of
		// tens of MB, and a spike is small next to the heap).
		debug.SetMemoryLimit(math.MaxInt64)
		return
	}
	mapped := v(2) - v(3)
	heap := v(4) + v(5) + v(6)
	var nonHeap uint64
	if mapped > heap {
		nonHeap = mapped - heap
	}
	debug.SetMemoryLimit(int64(nonHeap + est/100*(100+percent) + l.slack))
}
