package runtime

import goruntime "runtime"

// Yielding to the garbage collector while Spindle threads keep every core
// busy.
//
// Go's collector marks concurrently with a background worker that needs a
// P (a scheduler slot) to run. When a program's threads occupy every P
// with pure computation (two compute-bound threads on the 2-core
// machine), the worker gets a P only when the scheduler preempts a
// thread, which sysmon does after 10 ms. Measured on
// bench/parallel_speedup.sp objects (GODEBUG=gctrace=1), each mark phase
// then lasted ~10 ms of wall time for ~1.5 ms of marking work, and all
// that time every pointer store of both threads went through the write
// barrier: gcWriteBarrier and its buffer flushes were 12% of the
// two-thread CPU profile, against ~5% with one thread, whose collector
// runs on the idle core at once.
//
// So every yieldEvery checkpoints (Thread.Checkpoint: loop back-edges
// and calls, a fraction of a millisecond of interpreted code), when at
// least as many Spindle threads are not waiting as there are Ps, a
// thread yields its goroutine: the scheduler then runs the mark worker
// when one is due, and mark phases end in 1-4 ms. With nothing else to
// run a yield is one trip through the scheduler (well under a
// microsecond). With an idle P it would help nothing and cost more (the
// yield wakes the idle P, which finds nothing to do: +5% CPU on the
// one-thread phase of parallel_speedup.sp), hence the thread count.
//
// Checkpoint counts in a byte and takes its slow path when the byte
// wraps (every 256 checkpoints), which counts the rest: the fast path
// stays within the inliner's budget and costs nothing measurable on
// bench/loop.sp. Until 2026-11-26 only calls counted (in Thread.Enter),
// so loops that make no Spindle calls never yielded: the lists kernel
// (comprehensions and sort) had 7-17 ms mark phases in its two-thread
// phase, and ~1 ms after loops counted too (speedup 1.43-1.55 -> ~1.8).
const yieldEvery = 2048

// yieldProcs is GOMAXPROCS, read once (reading it takes the scheduler's
// lock).
var yieldProcs = int64(goruntime.GOMAXPROCS(0))

// yieldToGC is called by Checkpoint's slow path every yieldEvery
// checkpoints.
func (th *Thread) yieldToGC() {
	if !Sharing() {
		return
	}
	if live, notWaiting := ThreadCounts(); notWaiting >= yieldProcs && live <= maxYieldThreads {
		goruntime.Gosched()
	}
}

// maxYieldThreads bounds the programs that yield: with thousands of
// threads (most of them sleeping or blocked in I/O, which the count of
// threads not waiting includes) the scheduler switches often anyway.
const maxYieldThreads = 64
