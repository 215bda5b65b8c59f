package runtime

import (
	"sync"
	"time"
)

// Deadlines of a descriptor shared by several blocked threads.
//
// Go's poller has one read deadline and one write deadline per
// descriptor, and DoCancellable wakes a blocked call by setting that
// deadline in the past. When several threads block on the same
// descriptor (readers of one pipe, a thread in recv() while another is
// cancelled in recv() on the same socket, two accept() loops), a
// deadline set for one of them wakes them all, and one thread's
// settimeout() deadline or its clearing of a deadline would change the
// others'. So a deadline is never set directly: each blocked call
// registers as a waiter of its descriptor's direction (fdWaiters), and
// the descriptor's deadline is derived from all of them:
//
//   - in the past while any waiter is being woken by cancellation;
//   - else the earliest deadline among the waiters (socket timeouts),
//     none when no waiter has one.
//
// A waiter woken by a deadline that was not its own (fdWaiters.spurious)
// waits until the derived deadline changes if it still lies in the past,
// then calls again: it neither fails with a TimeoutError that belongs to
// another thread nor spins.
//
// The registry is one map under one mutex, entered twice per blocking
// call that reaches the descriptor (buffered reads do not); an entry
// lives while its descriptor has waiters.

// FdDir is one direction (read or write) of a pollable descriptor.
type FdDir struct {
	key any                   // identity: the descriptor's Go object and direction
	set func(time.Time) error // sets this direction's deadline
}

type fdKey struct {
	fd    any
	write bool
}

// ReadDir is the read direction of d.
func ReadDir(d Deadliner) FdDir {
	return FdDir{key: fdKey{d, false}, set: d.SetReadDeadline}
}

// WriteDir is the write direction of d.
func WriteDir(d Deadliner) FdDir {
	return FdDir{key: fdKey{d, true}, set: d.SetWriteDeadline}
}

// AcceptDir is a listener's accept wait (set is its SetDeadline).
func AcceptDir(ln any, set func(time.Time) error) FdDir {
	return FdDir{key: fdKey{ln, false}, set: set}
}

// fdWaiters is the set of calls blocked on one FdDir.
type fdWaiters struct {
	dir       FdDir
	deadlines map[*time.Time]struct{} // each waiter's own deadline (zero: none)
	waking    int                     // waiters being woken by cancellation
	applied   time.Time               // the deadline last set
	changed   chan struct{}           // closed (and replaced) when applied changes
}

var fdRegistry struct {
	sync.Mutex
	m map[any]*fdWaiters
}

// fdJoin registers a call on dir whose own deadline is *dl.
func fdJoin(dir FdDir, dl *time.Time) *fdWaiters {
	fdRegistry.Lock()
	defer fdRegistry.Unlock()
	if fdRegistry.m == nil {
		fdRegistry.m = map[any]*fdWaiters{}
	}
	e := fdRegistry.m[dir.key]
	if e == nil {
		e = &fdWaiters{dir: dir, deadlines: map[*time.Time]struct{}{}, changed: make(chan struct{})}
		fdRegistry.m[dir.key] = e
	}
	e.deadlines[dl] = struct{}{}
	e.applyLocked()
	return e
}

// leave unregisters the call whose deadline is *dl.
func (e *fdWaiters) leave(dl *time.Time) {
	fdRegistry.Lock()
	defer fdRegistry.Unlock()
	delete(e.deadlines, dl)
	e.applyLocked()
	if len(e.deadlines) == 0 {
		delete(fdRegistry.m, e.dir.key)
	}
}

// wake makes every blocked call on the descriptor return (a cancelled
// waiter's wake-up) until unwake.
func (e *fdWaiters) wake() {
	fdRegistry.Lock()
	defer fdRegistry.Unlock()
	e.waking++
	e.applyLocked()
}

func (e *fdWaiters) unwake() {
	fdRegistry.Lock()
	defer fdRegistry.Unlock()
	e.waking--
	e.applyLocked()
}

// applyLocked sets the deadline the waiters call for (fdRegistry held).
// An expired deadline of a waiter that has not left yet stays in force:
// moving it later could put that waiter's call back to sleep.
func (e *fdWaiters) applyLocked() {
	var d time.Time
	if e.waking > 0 {
		d = pastTime
	} else {
		for dl := range e.deadlines {
			if !dl.IsZero() && (d.IsZero() || dl.Before(d)) {
				d = *dl
			}
		}
	}
	e.dir.set(d)
	if !d.Equal(e.applied) {
		e.applied = d
		close(e.changed)
		e.changed = make(chan struct{})
	}
}

// spurious is called by a waiter whose call ended with a deadline error
// although neither its own deadline passed nor it was cancelled: it
// waits until the call can block again (the derived deadline is not in
// the past) or cancel is closed.
func (e *fdWaiters) spurious(cancel <-chan struct{}) {
	for {
		fdRegistry.Lock()
		past := !e.applied.IsZero() && !time.Now().Before(e.applied)
		ch := e.changed
		fdRegistry.Unlock()
		if !past {
			return
		}
		select {
		case <-ch:
		case <-cancel:
			return
		}
	}
}
