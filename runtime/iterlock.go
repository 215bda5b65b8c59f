package runtime

import "sync/atomic"

// Iterators shared between threads (LANGUAGE.md §2.6). An iterator object
// is usually private to the loop that made it, but iter(x), enumerate(x),
// map(f, x), ... are values that several threads may drive at once (the
// "workers pull from one shared iterator" pattern). Each Next must then
// be atomic: no torn position, no item handed out twice or skipped, no
// crash.
//
// Two kinds of guard, both free until the process starts its second
// thread (sharing.go):
//
//   - iterLock, for the built-in container iterators (list, tuple, range,
//     dict, set, bytearray, str, bytes), whose Next never runs user code:
//     a plain per-object lock (objMutex) held for the step.
//   - IterGuard, for iterator objects whose Next may run user code
//     (map's function, a generator inside enumerate, __next__ or
//     __getitem__ of a user class): a thread lock of the interpreter
//     (lockCore), so a thread waiting for the iterator is cancellable, is
//     seen by the deadlock detector and threads.dump(), and the owner may
//     re-enter it (a map function that calls next() on the same map).
//     Holding it across the user code serialises the steps, as CPython's
//     GIL does between bytecodes; the lockCore is allocated on first use
//     after sharing, so an unshared iterator pays one pointer.

// iterLock is the lock of a built-in container iterator.
type iterLock struct{ mu objMutex }

// lock takes the lock once the process shares values; it reports whether
// it did, for unlock.
func (l *iterLock) lock() bool {
	if sharing.Load() == 0 {
		return false
	}
	l.mu.Lock()
	return true
}

func (l *iterLock) unlock(locked bool) {
	if locked {
		l.mu.Unlock()
	}
}

// IterGuard serialises the steps of an iterator object whose Next may run
// user code. The zero value is ready to use.
type IterGuard struct {
	core atomic.Pointer[lockCore]
}

// Enter takes the guard for th (re-entrant for th) before a step of the
// iterator obj. It reports whether it took it, for Exit; waiting is a
// cancellable checkpoint, and an error (Cancelled, KeyboardInterrupt,
// DeadlockError) means the guard was not taken.
func (g *IterGuard) Enter(th *Thread, obj Value) (bool, error) {
	if sharing.Load() == 0 {
		return false, nil
	}
	c := g.core.Load()
	if c == nil {
		g.core.CompareAndSwap(nil, &lockCore{})
		c = g.core.Load()
	}
	if _, err := c.acquire(th, -1, true, iteratorWhat, obj); err != nil {
		return false, err
	}
	return true, nil
}

// Exit releases the guard taken by Enter (entered reports whether it was).
func (g *IterGuard) Exit(th *Thread, entered bool) {
	if entered {
		g.core.Load().release(th, true)
	}
}

func iteratorWhat() string { return "iterator" }
