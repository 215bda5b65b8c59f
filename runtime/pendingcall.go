package runtime

// Pending calls: CPython's Py_AddPendingCall, by which a signal handler
// runs in the main thread "between bytecodes". PostCall queues a call
// for a thread and sets its cancel flag, so its next checkpoint takes
// the slow path (cancelError), which runs the queued calls on the
// thread itself before anything else. A thread waiting (Wait: a lock,
// an event, a queue, a join) or sleeping is woken to run them and, when
// they return normally, goes back to its wait — PEP 475: the wait is
// retried, with what is left of its timeout. A call that fails ends the
// wait (or the checkpoint) with its exception, as a handler raising
// KeyboardInterrupt or SystemExit does in CPython. A thread blocked in
// I/O (Block) is not woken: waking it would cancel its operation; it
// runs the calls at its next checkpoint.

// PostCall queues fn to run on th at its next checkpoint or inside its
// current wait.
func (th *Thread) PostCall(fn func(th *Thread) error) {
	th.mu.Lock()
	defer th.mu.Unlock()
	r := th.more()
	r.calls = append(r.calls, fn)
	th.cancelFlag.Store(true)
	st := ThreadState(th.state.Load())
	if (st == StateWaiting || st == StateSleeping) && r.wake != nil {
		close(r.wake)
		r.wake = nil
	}
	th.wakeSleepLocked()
}

// runPendingCalls runs the calls queued by PostCall, in order; the first
// error is returned and the calls after it stay queued.
func (th *Thread) runPendingCalls() error {
	th.mu.Lock()
	var calls []func(th *Thread) error
	if r := th.rare.Load(); r != nil && len(r.calls) > 0 {
		calls = r.calls
		r.calls = nil
		th.updateFlagLocked()
	}
	th.mu.Unlock()
	for i, fn := range calls {
		if err := fn(th); err != nil {
			if rest := calls[i+1:]; len(rest) > 0 {
				th.mu.Lock()
				r := th.more()
				r.calls = append(rest, r.calls...)
				th.updateFlagLocked()
				th.mu.Unlock()
			}
			return err
		}
	}
	return nil
}

// ExpectWakeups tells the deadlock detector that something outside the
// program's threads may wake a waiting thread (a signal handler the
// program installed: `stop.wait()` until SIGTERM is not a deadlock);
// it counts as an armed timer until the returned function is called.
func ExpectWakeups() (done func()) {
	armedTimers.Add(1)
	return func() { armedTimers.Add(-1) }
}
