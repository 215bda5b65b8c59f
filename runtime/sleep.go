package runtime

import (
	"sync"
	"sync/atomic"
	"time"
)

// Sleeping (time.sleep). A sleeping thread parks on one channel, the
// wake channel of a pooled sleeper, which both the driver of a deadline
// heap (sleepheap.go) and cancellation signal:
//
//	Sleep               set s.armed; under th.mu, check the cancel flag
//	                    and register th.sleep = s; push s on a heap
//	driver              when s is due, pop it; after releasing the
//	                    heap's lock, if it wins the CAS of s.armed
//	                    from true to false, set s.due and send on
//	                    s.wake
//	cancel / interrupt  updateFlagLocked, under th.mu: if th.sleep is
//	                    set, clear it; if it wins the CAS, send
//	Sleep               receive one value from s.wake; under th.mu,
//	                    clear th.sleep if still s; if s.due, recycle
//	                    s, else mark it dead on its heap
//
// No wake-up can be lost, and none can be spurious:
//
//   - Exactly one value is sent per arming: only the winner of the CAS
//     on s.armed sends, and there is one CAS win per arming. At least
//     one of the two tries: s is on its heap from before its thread
//     parks until the driver pops it (it is only marked dead, not
//     removed, by a sleeper already woken), and the driver, running
//     whenever its heap is not empty and woken whenever the first
//     entry changes, pops every entry by its deadline plus slack (see
//     sleepheap.go) and tries the CAS.
//   - The send never blocks and is never missed: s.wake has capacity 1
//     and is empty while s is armed (a recycled sleeper's one value was
//     received by its previous sleeper), so the value waits in the
//     buffer until the sleeper, parked or about to park, takes it.
//   - Nobody can wake a recycled sleeper by mistake. A canceller only
//     reaches s through th.sleep, under th.mu, and the sleeper clears
//     th.sleep under th.mu before recycling s. The driver reaches s
//     only from its heap, until its send: only a sleeper woken by the
//     driver is recycled, and the driver had popped it and does not
//     touch it after its send. A sleeper woken by cancellation may still be
//     on its heap: it is marked dead there and left to the garbage
//     collector once the driver pops or drops it.
//   - The cancel flag only changes under th.mu, so a cancellation
//     either happened before the registration (Sleep sees the flag and
//     does not park) or after it (updateFlagLocked sees th.sleep).
//
// Why not Go timers: a select on a timer channel and a per-thread
// cancel channel costs a channel per thread and a select whose stack
// outgrows a new goroutine's 2 KB (the stack is then copied), and so
// does arming a runtime timer from the sleeping thread; waiting on the
// timer channel alone, cancellation doing Reset(0), lost a wake-up
// about once in a million (cause not found; see bench/SPAWN.md). Here
// the sleeping thread only appends to a small heap and parks in a
// plain channel receive, and the driver's wake-up touches the sleeper
// and its channel, not the thread.

// sleeper is one pooled sleep: the channel a sleeping thread parks on
// and its state on a deadline heap.
type sleeper struct {
	wake   chan struct{} // capacity 1: the one wake-up of an arming
	armed  atomic.Bool   // not woken yet; the waker CASes it to false
	due    bool          // the driver woke s (set before its send)
	off    bool          // popped or dropped from its heap (heap's lock)
	killed bool          // woken by cancellation, counted dead (heap's lock)
}

// sleepers recycles sleepers woken by their deadline (channel empty,
// off every heap).
var sleepers sync.Pool

// fire wakes s at its deadline unless cancellation already did. Called
// by the driver of s's heap after popping s.
func (s *sleeper) fire() {
	if s.armed.CompareAndSwap(true, false) {
		s.due = true
		s.wake <- struct{}{}
	}
}

// wakeSleepLocked wakes th's sleep, if it is sleeping, because th was
// cancelled or interrupted. th.mu is held.
func (th *Thread) wakeSleepLocked() {
	if s := th.sleep; s != nil {
		th.sleep = nil
		if s.armed.CompareAndSwap(true, false) {
			s.wake <- struct{}{}
		}
	}
}

// Sleep blocks th for d. It is a checkpoint before and during the sleep:
// a cancelled thread wakes at once with Cancelled.
func (th *Thread) Sleep(d time.Duration) error {
	if err := th.Checkpoint(); err != nil {
		return err
	}
	if d <= 0 {
		return nil
	}
	s := th.armSleep(d)
	if s == nil {
		return th.blockCheckpoint()
	}
	<-s.wake
	th.endSleep(s)
	return th.blockCheckpoint()
}

// armSleep registers a sleep of d for th and pushes it on a deadline
// heap; nil when th is already cancelled. It returns before th parks,
// so that its frames are not on the stack of a sleeping thread.
func (th *Thread) armSleep(d time.Duration) *sleeper {
	s, _ := sleepers.Get().(*sleeper)
	if s == nil {
		s = &sleeper{wake: make(chan struct{}, 1)}
	}
	if d > 1<<62 { // no overflow below: sleep "forever"
		d = 1 << 62
	}
	when := sleepClock() + int64(d)
	s.armed.Store(true)
	th.mu.Lock()
	if th.cancelFlag.Load() {
		th.mu.Unlock()
		s.armed.Store(false)
		sleepers.Put(s)
		return nil
	}
	th.sleep = s
	th.state.Store(int32(StateSleeping))
	th.mu.Unlock()
	sleeps.push(s, when, when+sleepSlack(int64(d)))
	return s
}

// endSleep unregisters s after it woke th, and recycles it or marks it
// dead on its heap.
func (th *Thread) endSleep(s *sleeper) {
	th.mu.Lock()
	if th.sleep == s {
		th.sleep = nil
	}
	th.state.Store(int32(StateRunning))
	th.mu.Unlock()
	if !s.due {
		sleeps.kill(s)
		return
	}
	s.due, s.off = false, false
	sleepers.Put(s)
}

// SleepCancellable blocks th for d (time.sleep). It is a cancellation
// checkpoint: it fails with the thread's cancellation error when the
// thread is cancelled before or during the sleep (it wakes at once).
func SleepCancellable(th *Thread, d time.Duration) error {
	return th.Sleep(d)
}
