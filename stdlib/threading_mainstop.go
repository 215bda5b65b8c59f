package stdlib

import (
	"sync"
	"time"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The main thread's end, as threading sees it: CPython stops the main
// thread's Thread object when the program's code has ended, before it
// joins the other threads (threading._shutdown). Until then another
// thread's main_thread().join() waits — a join the deadlock detector
// sees, so main joining a thread that joins main is a DeadlockError
// rather than a hang — and main_thread().is_alive() is True.

type mainStopKey struct{}

// mainStop is closed once the interpreter starts shutting down.
type mainStop struct {
	once sync.Once
	ch   chan struct{}
}

func (m *mainStop) stop(*rt.Thread) { m.once.Do(func() { close(m.ch) }) }

// mainStopped returns the channel closed when env's main thread has
// stopped (its first shutdown: the end of the program).
func mainStopped(env *rt.Env) <-chan struct{} {
	m := env.Local(mainStopKey{}, func() any {
		m := &mainStop{ch: make(chan struct{})}
		env.AtShutdown(m.stop)
		if env.ShuttingDown() { // registered after the hooks ran
			m.stop(nil)
		}
		return m
	}).(*mainStop)
	return m.ch
}

// joinMain is another thread's join of the main thread main, with
// timeout d (< 0: none).
func joinMain(th, main *rt.Thread, d time.Duration) error {
	_, err := th.WaitTimeout(mainStopped(th.Env()), d, "join of thread '"+main.Label()+"'", threadObjOf(main))
	return err
}

// Holder is the thread that a join of o waits for (deadlock reports and
// dumps follow it to find threads joining each other).
func (o *threadObj) Holder() *rt.Thread {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.th
}
