package main

import (
	"os"
	goruntime "runtime"
	"strconv"
)

// gcFloor keeps the garbage collector from running more often than every
// few tens of megabytes of allocation. Go starts a cycle whenever the heap
// doubles from its live size, with a 4 MB minimum; an interpreter with a
// small live heap that boxes every int and float then runs hundreds of
// cycles a second, and each cycle stops the world twice and preempts every
// thread to scan its stack. Measured with GODEBUG=gctrace=1 on
// bench/parallel_speedup.sp arith 3000000: 129 cycles using 16% of the CPU
// without a floor, 38 cycles and 4% with 8 MB (23 with 16 MB).
// bench/containers.sp spends 18% less CPU with 8 MB (peak RSS 24 -> 34
// MB), 29% less with 16 MB (41 MB). Each cycle also stops every thread
// briefly, which limits the speedup of CPU-bound threads
// (bench/parallel_speedup.sh). 16 MB pushed the spawn benchmark's peak
// RSS past 2x plain Go's (bench/SPAWN.md). The default is 4 MB, chosen on
// the whole suite (bash bench/compare.sh -n 3, idle machine, ratio to
// python3 time / RSS): with 0 bigint ran 1.63x python3's time; with 8 MB
// every program was within 1.5x but six went over 2x python3's peak RSS;
// with 4 MB every program is within 1.5x in time and all but bigint
// (2.4x) within 2x in RSS.
//
// The floor is a pointer-free block that is never touched: the collector
// counts it as live (so the next cycle starts only after as much again
// has been allocated) but never scans it, and its pages are never
// written, so it costs address space, not resident memory. The price is
// that a program's garbage may grow to about that size before the first
// collection. SPINDLE_GC_FLOOR_MB overrides the size (0 turns it off).
//
// The floor is allocated after the first collection, not at start-up:
// Go's first heap goal is 4 MB, so a floor allocated in init put the heap
// over it at once and every program, print(1) included, ran a collection
// while starting, whose freed pages stayed resident (print(1) peaked at
// 15.8 MB against 14.5 MB without the floor; bench/SPAWN.md). A program
// that never reaches the first goal never needs the floor.
var gcFloor []byte

const defaultGCFloorMB = 4

// gcFloorSentinel is the object whose finalizer allocates the floor (a
// pointer field keeps it out of the tiny allocator, whose blocks are freed
// late).
type gcFloorSentinel struct {
	_ *int
	_ [2]uintptr
}

func init() {
	mb := defaultGCFloorMB
	if s := os.Getenv("SPINDLE_GC_FLOOR_MB"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n >= 0 && n <= 1024 {
			mb = n
		}
	}
	if mb > 0 {
		goruntime.SetFinalizer(&gcFloorSentinel{}, func(*gcFloorSentinel) {
			gcFloor = make([]byte, mb<<20)
		})
	}
}
