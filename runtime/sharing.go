package runtime

import "sync/atomic"

// Sharing data between threads (LANGUAGE.md §2.6).
//
// list, dict, set and bytearray carry a lock each (objMutex: a sync.Mutex,
// or nothing at all in the measurement-only -tags nolocks build, see
// objlock.go and bench/lock_cost.sh), and every public
// method holds it for one short critical section that never calls user
// code (a lookup that must run a user __eq__ drops the lock around the
// call and restarts when the table changed meanwhile, as CPython does).
// Module globals and closure cells are read without a lock (see
// interp/frame.go).
//
// The locks are only taken once the process has started a second thread:
// until then a single goroutine runs Python code, so there is nothing to
// exclude. sharing flips to true (never back) in ThreadGroup.Spawn before
// the child's goroutine starts, so everything the parent did unlocked
// happens-before anything the child does; every later access locks.
// Measured on bench/loop.sp (2.1M list reads): an unconditional
// Lock/Unlock pair costs ~9.5ns per access here, +15% on the whole
// program; the flag check costs nothing measurable. A critical section
// that has started without the lock ends before the flag can flip,
// because the only goroutine running is the one that flips it — which is
// why no critical section may call out to user code.
var sharing atomic.Uint32 // 0, then 1

// EnableSharing makes every container take its lock from now on. Spawn
// calls it before starting a thread's goroutine; Go code that touches
// runtime values from goroutines of its own (tests, embedders) must call
// it before starting them.
func EnableSharing() {
	if sharing.Load() == 0 {
		sharing.Store(1)
	}
}

// Sharing reports whether EnableSharing has been called.
func Sharing() bool { return sharing.Load() != 0 }
