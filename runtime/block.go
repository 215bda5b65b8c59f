package runtime

import (
	"sync/atomic"
	"time"
)

// Blocking calls. Every blocking operation of the runtime and the stdlib
// goes through one of three helpers, so that each is a cancellation
// checkpoint, shows up in threads.dump(), and is seen by the deadlock
// detector:
//
//	th.Sleep(d)                        time.sleep: a timer, cancellable
//	                                   (sleep.go)
//	th.Wait(ch, what, obj)             wait for ch to be closed, on something
//	th.WaitTimeout(ch, d, what, obj)   only another thread can release
//	                                   (lock, queue, event, future, join)
//	th.Block(what, obj, fn)            anything else (I/O, subprocess): fn
//	                                   runs and must return promptly once
//	                                   its cancel channel is closed (close
//	                                   the fd, set a deadline, kill...)
//
// Waits are built on closed channels: a primitive hands each waiter a
// channel and closes it to grant (see waitq in sync_prims.go), so the
// deadlock detector can check "could this waiter still be woken" without
// knowing the primitive.

// Process-wide counters for the deadlock detector (deadlock.go). Only
// counted threads (spawned threads and the main thread) are included.
//
// Each counter has a cache line of its own: every spawn and every end
// of a thread writes liveThreads and blockEpoch, and the linker placed
// them next to variables read everywhere (the string hash seed), which
// then missed the cache on every read on the other core; a write to one
// counter no longer evicts the others from the readers' caches either
// (bench/SPAWN.md).
var (
	liveThreads paddedInt64  // counted threads that have not ended
	blockedSync paddedInt64  // counted threads inside Wait
	armedTimers paddedInt64  // timers that may wake a waiting thread
	blockEpoch  paddedUint64 // bumped when a counted thread starts waiting or ends
)

// cacheLine is at least the size of a cache line (64 bytes on amd64 and
// most arm64 cores; 128 would cover the rest, at twice the padding).
const cacheLine = 64

// paddedInt64 is an atomic.Int64 alone in its cache line, wherever the
// variable is placed (padding on both sides).
type paddedInt64 struct {
	_ [cacheLine - 8]byte
	atomic.Int64
	_ [cacheLine - 8]byte
}

// paddedUint64 is paddedInt64 for an atomic.Uint64.
type paddedUint64 struct {
	_ [cacheLine - 8]byte
	atomic.Uint64
	_ [cacheLine - 8]byte
}

// ThreadCounts returns the number of live counted threads (the main
// thread and spawned ones) and how many of them are not inside Wait
// (running, sleeping or blocked in I/O): cmd/spindle's GC tuning reads
// them to see whether several threads may be computing at once.
func ThreadCounts() (live, notWaiting int64) {
	live = liveThreads.Load()
	return live, live - blockedSync.Load()
}

// waitMode says what may end a Wait besides its channel.
type waitMode int

const (
	waitCancellable waitMode = iota // cancellation and interrupts
	waitInterrupts                  // interrupts only (a join after cancel)
)

// blockCheckpoint is the checkpoint of a call about to block, or woken
// from blocking, by cancellation: unlike Checkpoint it also applies
// while cleanup code runs (BeginCleanup), because a cleanup that
// blocks must raise Cancelled rather than return early or spin. A
// primitive's uncontended fast path (a free lock, a set event) uses
// Checkpoint, so cleanup can still take a free lock.
func (th *Thread) blockCheckpoint() error {
	if th.cancelFlag.Load() {
		return th.cancelError()
	}
	return nil
}

// Wait blocks until ch is closed (nil error) or the thread is cancelled
// or interrupted (the Cancelled / interrupt error). what describes the
// wait for dumps ("Future 'x'", "Lock"); obj is the object waited on (a
// value implementing Holder lets the deadlock report name its holder).
func (th *Thread) Wait(ch <-chan struct{}, what string, obj Value) error {
	_, err := th.wait(ch, -1, what, obj, waitCancellable, nil)
	return err
}

// WaitTimeout is Wait with a time limit: ok is false when d passed
// first. d < 0 means no limit.
func (th *Thread) WaitTimeout(ch <-chan struct{}, d time.Duration, what string, obj Value) (ok bool, err error) {
	return th.wait(ch, d, what, obj, waitCancellable, nil)
}

// waitGrant is WaitTimeout on a waitq waiter's channel: while th waits,
// the waiter's grant (not th's own wake-up) takes th out of the deadlock
// detector's count of waiting threads (waiter.grant), so a granted
// thread that has not run yet never makes every thread look blocked.
func (th *Thread) waitGrant(w *waiter, d time.Duration, what string, obj Value, mode waitMode) (bool, error) {
	return th.wait(w.ch, d, what, obj, mode, w)
}

// WaitUncancellable waits for ch ignoring cancellation; only an
// interrupt (KeyboardInterrupt, DeadlockError) ends it early.
func (th *Thread) WaitUncancellable(ch <-chan struct{}, what string, obj Value) error {
	_, err := th.wait(ch, -1, what, obj, waitInterrupts, nil)
	return err
}

func (th *Thread) wait(ch <-chan struct{}, d time.Duration, what string, obj Value, mode waitMode, gw *waiter) (bool, error) {
	select {
	case <-ch:
		return true, nil
	default:
	}
	if mode == waitCancellable {
		if err := th.blockCheckpoint(); err != nil {
			return false, err
		}
	}
	if d == 0 {
		return false, nil
	}
	var timer *time.Timer
	var tc <-chan time.Time
	if d > 0 {
		armedTimers.Add(1)
		timer = time.NewTimer(d)
		tc = timer.C
	}
	for {
		wake := th.beginWait(ch, what, obj, mode, gw, tc != nil)
		var ok, timedOut bool
		select {
		case <-ch:
			ok = true
		case <-wake:
		case <-tc:
			timedOut = true
		}
		th.endWait(gw)
		if !ok && !timedOut {
			// Prefer the grant: a primitive may have handed us the
			// lock at the same moment.
			select {
			case <-ch:
				ok = true
			default:
			}
		}
		if ok || timedOut {
			if timer != nil {
				timer.Stop()
				armedTimers.Add(-1)
			}
			return ok, nil
		}
		var err error
		if mode == waitCancellable {
			err = th.blockCheckpoint()
		} else if e := th.takeInterrupt(); e != nil {
			err = e
		}
		if err != nil {
			if timer != nil {
				timer.Stop()
				armedTimers.Add(-1)
			}
			return false, err
		}
	}
}

// beginWait records what th waits on, counts it for the deadlock
// detector (running the detector when every live thread now waits), and
// returns the channel that signals cancellation or an interrupt. gw,
// when not nil, is the waitq waiter whose channel ch is: th is counted
// only if gw has not been granted yet, and gw's grant uncounts it.
// timed says that the wait has a time limit.
func (th *Thread) beginWait(ch <-chan struct{}, what string, obj Value, mode waitMode, gw *waiter, timed bool) <-chan struct{} {
	th.mu.Lock()
	r := th.more()
	r.blockWhat, r.blockObj, r.blockCh, r.blockTime = what, obj, ch, timed
	var wake <-chan struct{}
	if mode == waitCancellable {
		wake = th.cancelChanLocked()
	} else {
		wake = th.interruptChanLocked()
	}
	r.blockWake = wake
	th.state.Store(int32(StateWaiting))
	th.mu.Unlock()
	if th.counted {
		if th == mainThread.Load() {
			mainWaits.Add(1) // before blockEpoch: see firstReport
		}
		blockEpoch.Add(1)
		if gw != nil && !gw.counted.CompareAndSwap(waiterIdle, waiterCounted) {
			return wake // granted already: not waiting
		}
		if blockedSync.Add(1) == liveThreads.Load() && armedTimers.Load() == 0 {
			checkDeadlock()
		}
	}
	return wake
}

func (th *Thread) endWait(gw *waiter) {
	if th.counted && (gw == nil || gw.counted.CompareAndSwap(waiterCounted, waiterIdle)) {
		blockedSync.Add(-1)
	}
	th.mu.Lock()
	r := th.rare.Load() // made by beginWait
	r.blockWhat, r.blockObj, r.blockCh, r.blockWake, r.blockTime = "", nil, nil, nil, false
	th.state.Store(int32(StateRunning))
	th.mu.Unlock()
}

// Block runs fn, a blocking operation the runtime cannot see into (I/O,
// a subprocess wait), as a checkpoint: fn receives a channel that is
// closed when the thread is cancelled or interrupted, and must then
// return promptly (close or time out its file descriptor, kill the
// process). When fn returns an error after that channel was closed, Block
// returns the cancellation error instead. A blocked thread counts as
// "may still make progress" for the deadlock detector.
func (th *Thread) Block(what string, obj Value, fn func(cancel <-chan struct{}) error) error {
	if err := th.blockCheckpoint(); err != nil {
		return err
	}
	th.mu.Lock()
	r := th.more()
	r.blockWhat, r.blockObj = what, obj
	cancel := th.cancelChanLocked()
	th.state.Store(int32(StateBlocked))
	th.mu.Unlock()
	err := fn(cancel)
	th.mu.Lock()
	r.blockWhat, r.blockObj = "", nil
	th.state.Store(int32(StateRunning))
	th.mu.Unlock()
	if err != nil {
		select {
		case <-cancel:
			if cerr := th.blockCheckpoint(); cerr != nil {
				return cerr
			}
		default:
		}
	}
	return err
}

// waitTimed reports whether th waits with a time limit.
func (th *Thread) waitTimed() bool {
	th.mu.Lock()
	defer th.mu.Unlock()
	r := th.rare.Load()
	return r != nil && r.blockTime
}

// BlockedOn returns what th is waiting or blocked on ("" when running or
// sleeping) and the object.
func (th *Thread) BlockedOn() (string, Value) {
	th.mu.Lock()
	defer th.mu.Unlock()
	if r := th.rare.Load(); r != nil {
		return r.blockWhat, r.blockObj
	}
	return "", nil
}
