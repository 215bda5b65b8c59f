package runtime

import (
	"fmt"
	"sync"
	"time"
)

// Future is the result of a spawned thread (LANGUAGE.md §2.4): its value
// or its exception once the thread has ended. Waiting on it is a
// cancellable blocking call. Every spawned thread has exactly one Future,
// allocated with the thread (SpawnSlot); its done channel is made only
// when someone actually waits.
type Future struct {
	th *Thread

	mu   sync.Mutex
	done bool
	val  Value
	exc  *Exception
	w    *futureWaiters // nil until someone waits or adds a callback
}

// futureWaiters is what a Future keeps for its waiters, made at the
// first wait or callback (every spawned thread has a Future, few are
// waited on: 24 bytes less per thread, bench/SPAWN.md).
type futureWaiters struct {
	ch        chan struct{} // closed when done; nil until someone waits
	callbacks []Value
}

// waitersLocked returns f.w, made if needed; f.mu is held.
func (f *Future) waitersLocked() *futureWaiters {
	if f.w == nil {
		f.w = &futureWaiters{}
	}
	return f.w
}

// FutureType is `Future`.
var FutureType = NewBuiltinType("Future", nil)

// Type returns FutureType.
func (*Future) Type() *Type { return FutureType }

// Name returns the name of the future's thread.
func (f *Future) Name() string { return f.th.Label() }

// Thread returns the thread computing the future.
func (f *Future) Thread() *Thread { return f.th }

// Done reports whether the thread has ended.
func (f *Future) Done() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.done
}

// DoneChan returns a channel closed when the future is done.
func (f *Future) DoneChan() <-chan struct{} {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.done {
		return closedChan
	}
	w := f.waitersLocked()
	if w.ch == nil {
		w.ch = make(chan struct{})
	}
	return w.ch
}

// complete records the thread's outcome, wakes the waiters and runs the
// done callbacks on the finishing thread c, shielded: the thread's work
// is over, and a cancelled thread (the losers of a "first answer wins")
// must still run its future's callbacks, as CPython runs them whatever
// the outcome.
func (f *Future) complete(c *Thread, v Value, exc *Exception) {
	f.mu.Lock()
	f.done = true
	f.val, f.exc = v, exc
	var cbs []Value
	if w := f.w; w != nil {
		if w.ch != nil {
			close(w.ch)
		}
		cbs = w.callbacks
		f.w = nil
	}
	f.mu.Unlock()
	if len(cbs) == 0 {
		return
	}
	Shield(c, func() error {
		for _, cb := range cbs {
			f.runCallback(c, cb)
		}
		return nil
	})
}

func (f *Future) runCallback(th *Thread, cb Value) {
	if _, err := Call(th, cb, []Value{f}, nil); err != nil {
		e := AsException(err)
		writeDiag(fmt.Sprintf("Exception in callback of Future '%s':\n%s", f.Name(), FormatTraceback(th, e)))
	}
}

// AddDoneCallback calls cb(f) when the future is done (at once, on th,
// when it already is).
func (f *Future) AddDoneCallback(th *Thread, cb Value) {
	f.mu.Lock()
	if !f.done {
		w := f.waitersLocked()
		w.callbacks = append(w.callbacks, cb)
		f.mu.Unlock()
		return
	}
	f.mu.Unlock()
	f.runCallback(th, cb)
}

// Wait waits until the future is done; timeout < 0 means no limit. It
// returns TimeoutError when the time runs out, and DeadlockError when th
// is the future's own thread.
func (f *Future) Wait(th *Thread, timeout time.Duration) error {
	return f.wait(th, timeout, "Future '"+f.Name()+"'", f)
}

// Join is Wait for a join of the future's thread (threading's
// Thread.join): dumps and deadlock reports say "join of thread 'name'".
func (f *Future) Join(th *Thread, timeout time.Duration) error {
	return f.wait(th, timeout, "join of thread '"+f.Name()+"'", f)
}

func (f *Future) wait(th *Thread, timeout time.Duration, what string, obj Value) error {
	if f.Done() {
		return nil
	}
	if f.th == th {
		return NewError(DeadlockErrorType, "thread '%s' waits on its own Future", th.Label())
	}
	ok, err := th.WaitTimeout(f.DoneChan(), timeout, what, obj)
	if err != nil {
		return err
	}
	if !ok {
		return NewError(TimeoutErrorType)
	}
	return nil
}

// Result waits for the future and returns the thread's value, or
// re-raises its exception (Cancelled when it was cancelled).
func (f *Future) Result(th *Thread, timeout time.Duration) (Value, error) {
	if err := f.Wait(th, timeout); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.exc != nil {
		return nil, f.exc
	}
	if f.val == nil {
		return None, nil
	}
	return f.val, nil
}

// Exception waits for the future and returns the thread's exception, or
// nil when it succeeded.
func (f *Future) Exception(th *Thread, timeout time.Duration) (*Exception, error) {
	if err := f.Wait(th, timeout); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.exc, nil
}

// Cancel cancels the future's thread (its root scope). It returns false
// when the thread had already ended.
func (f *Future) Cancel() bool {
	if f.Done() {
		return false
	}
	f.th.root.Cancel()
	return true
}

// Cancelled reports whether the thread ended with Cancelled.
func (f *Future) Cancelled() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.done && f.exc != nil && f.exc.Class == CancelledType
}

// Holder is the thread that must complete the future (for deadlock
// reports).
func (f *Future) Holder() *Thread {
	if f.Done() {
		return nil
	}
	return f.th
}

// Repr is <Future 'name' state>.
func (f *Future) Repr(th *Thread) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	state := "running"
	switch {
	case f.done && f.exc != nil && f.exc.Class == CancelledType:
		state = "cancelled"
	case f.done && f.exc != nil:
		state = "raised " + f.exc.Class.Name()
	case f.done:
		state = "finished"
	}
	return fmt.Sprintf("<Future '%s' %s>", f.th.Label(), state), nil
}

// GetAttr exposes name.
func (f *Future) GetAttr(th *Thread, name string) (Value, error) {
	if name == "name" {
		return Str(f.Name()), nil
	}
	return nil, nil
}

// optTimeout converts a timeout argument (None or seconds) to a Duration
// (-1: none). Negative seconds are a ValueError, as in CPython's queue.Queue.
func optTimeout(v Value) (time.Duration, error) {
	f, none, err := timeoutSeconds(v)
	if err != nil || none {
		return -1, err
	}
	if f < 0 {
		return 0, NewError(ValueErrorType, "'timeout' must be a non-negative number")
	}
	return secondsToDuration(f), nil
}

// waitTimeout converts the timeout of a wait that CPython lets run out at
// once when it is negative (Event.wait, Condition.wait, Semaphore.acquire,
// Barrier.wait, Thread.join, concurrent.futures): None -> -1, negative -> 0.
func waitTimeout(v Value) (time.Duration, error) {
	f, none, err := timeoutSeconds(v)
	if err != nil || none {
		return -1, err
	}
	return secondsToDuration(max(f, 0)), nil
}

// timeoutSeconds reads a timeout argument: None, or a number of seconds.
func timeoutSeconds(v Value) (f float64, none bool, err error) {
	if v == nil || v == None {
		return 0, true, nil
	}
	f, ok := AsFloat(v)
	if !ok {
		return 0, false, NewError(TypeErrorType, "timeout must be a number, not '%s'", TypeName(v))
	}
	return f, false, nil
}

// OptTimeout is optTimeout for the stdlib: None -> -1.
func OptTimeout(v Value) (time.Duration, error) { return optTimeout(v) }

// WaitTimeout is waitTimeout for the stdlib: None -> -1, negative -> 0.
func WaitTimeout(v Value) (time.Duration, error) { return waitTimeout(v) }

func init() {
	FutureType.AddMethods(
		NewMethod("result", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var tv Value = None
			if err := UnpackArgs("result", args, kwargs, "timeout?", &tv); err != nil {
				return nil, err
			}
			d, err := waitTimeout(tv)
			if err != nil {
				return nil, err
			}
			return self.(*Future).Result(th, d)
		}),
		NewMethod("exception", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var tv Value = None
			if err := UnpackArgs("exception", args, kwargs, "timeout?", &tv); err != nil {
				return nil, err
			}
			d, err := waitTimeout(tv)
			if err != nil {
				return nil, err
			}
			e, err := self.(*Future).Exception(th, d)
			if err != nil {
				return nil, err
			}
			if e == nil {
				return None, nil
			}
			return e, nil
		}),
		NewMethod("done", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := UnpackArgs("done", args, kwargs); err != nil {
				return nil, err
			}
			return Bool(self.(*Future).Done()), nil
		}),
		NewMethod("cancel", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := UnpackArgs("cancel", args, kwargs); err != nil {
				return nil, err
			}
			return Bool(self.(*Future).Cancel()), nil
		}),
		NewMethod("cancelled", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := UnpackArgs("cancelled", args, kwargs); err != nil {
				return nil, err
			}
			return Bool(self.(*Future).Cancelled()), nil
		}),
		NewMethod("running", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			return Bool(!self.(*Future).Done()), nil
		}),
		NewMethod("add_done_callback", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var fn Value
			if err := UnpackArgs("add_done_callback", args, kwargs, "fn", &fn); err != nil {
				return nil, err
			}
			self.(*Future).AddDoneCallback(th, fn)
			return None, nil
		}),
	)
}
