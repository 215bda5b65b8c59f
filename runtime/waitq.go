package runtime

import "sync/atomic"

// waitq is a FIFO of threads waiting for a primitive (a lock, a slot of a
// group, an item of a queue). It is guarded by the primitive's own mutex.
// A waiter blocks in th.Wait on its channel; the releasing thread hands
// the resource over by popping the waiter and closing the channel
// (grant), so a woken waiter already owns what it waited for and no
// thread can barge in between. A waiter that gives up (cancelled, timed
// out) removes itself; when remove reports that it was granted meanwhile,
// it must pass the resource on.
type waitq struct {
	head, tail *waiter
	n          int
}

type waiter struct {
	ch         chan struct{}
	th         *Thread
	val        Value // an item handed over (queues)
	prev, next *waiter
	queued     bool
	owned      bool         // the grant handed over the resource (locks: not a wake-up to retry)
	counted    atomic.Int32 // waiterIdle, waiterCounted or waiterGranted
}

// States of waiter.counted, which moves a granted waiter out of the
// deadlock detector's count of waiting threads at the grant instead of
// when its thread next runs. Without it, a releaser that hands a lock
// over and then waits for the lock again saw every thread "blocked"
// (the grantee had not woken yet) and ran the detector's thread walk
// on every handoff: ~30% of CPU with 8 threads contending a lock.
const (
	waiterIdle    int32 = iota // its thread is not inside Wait (or not counted)
	waiterCounted              // its thread waits and is counted in blockedSync
	waiterGranted              // granted: never counted again
)

// push appends a waiter for th.
func (q *waitq) push(th *Thread) *waiter {
	w := &waiter{ch: make(chan struct{}), th: th, queued: true}
	w.prev = q.tail
	if q.tail != nil {
		q.tail.next = w
	} else {
		q.head = w
	}
	q.tail = w
	q.n++
	return w
}

// pushFront puts a waiter for th first in line (a lock waiter that was
// woken and lost the lock to a barging thread).
func (q *waitq) pushFront(th *Thread) *waiter {
	w := &waiter{ch: make(chan struct{}), th: th, queued: true}
	w.next = q.head
	if q.head != nil {
		q.head.prev = w
	} else {
		q.tail = w
	}
	q.head = w
	q.n++
	return w
}

// pop removes and returns the first waiter (nil when empty).
func (q *waitq) pop() *waiter {
	w := q.head
	if w != nil {
		q.unlink(w)
	}
	return w
}

// remove takes w out of the queue; it returns false when w was no longer
// queued (it had been granted).
func (q *waitq) remove(w *waiter) bool {
	if !w.queued {
		return false
	}
	q.unlink(w)
	return true
}

func (q *waitq) unlink(w *waiter) {
	if w.prev != nil {
		w.prev.next = w.next
	} else {
		q.head = w.next
	}
	if w.next != nil {
		w.next.prev = w.prev
	} else {
		q.tail = w.prev
	}
	w.prev, w.next, w.queued = nil, nil, false
	q.n--
}

// grant wakes the (already popped) waiter, uncounting its thread first
// when it is counted as waiting (see waiterGranted).
func (w *waiter) grant() {
	if w.counted.Swap(waiterGranted) == waiterCounted {
		blockedSync.Add(-1)
	}
	close(w.ch)
}

// len returns the number of waiters.
func (q *waitq) len() int { return q.n }

// grantAll wakes every waiter.
func (q *waitq) grantAll() {
	for w := q.pop(); w != nil; w = q.pop() {
		w.grant()
	}
}
