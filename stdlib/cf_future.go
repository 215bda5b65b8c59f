package stdlib

import (
	"fmt"
	"strings"
	"sync"
	"time"

	rt "github.com/spindle-lang/spindle/runtime"
)

// concurrent.futures.Future: the outcome of one call submitted to an
// executor (or of any producer using set_result / set_exception), with
// CPython's states pending -> running -> finished, or cancelled.

const (
	cfPending = iota
	cfRunning
	cfFinished
	cfCancelled
)

var cfStateNames = [...]string{"pending", "running", "finished", "cancelled"}

type cfFuture struct {
	mu    sync.Mutex
	state int
	val   rt.Value
	exc   *rt.Exception
	// odd is what set_exception was given when it is not an exception
	// instance: an exception class, or any other object (CPython stores
	// it as it is; exception() returns it and result() raises it, which
	// fails with TypeError for a non-exception).
	odd rt.Value
	ch  chan struct{}
	cbs []rt.Value
	// runner is the thread that moved f to running (an executor's
	// worker): what a thread waiting on f waits for, in deadlock reports.
	runner *rt.Thread
	// waiters are wait / as_completed calls waiting for any of several
	// futures; finish closes them synchronously (a helper goroutine
	// would race with the deadlock detector).
	waiters []*cfWaiter
}

type cfWaiter struct {
	once sync.Once
	ch   chan struct{}
}

func (w *cfWaiter) wake() { w.once.Do(func() { close(w.ch) }) }

var (
	cfFutureType       = newModuleType("Future", "concurrent.futures._base")
	cfError            = goClass("Error", "concurrent.futures._base", []*rt.Type{rt.ExceptionType})
	cfCancelledError   = goClass("CancelledError", "concurrent.futures._base", []*rt.Type{cfError})
	cfInvalidState     = goClass("InvalidStateError", "concurrent.futures._base", []*rt.Type{cfError})
	cfBrokenExecutor   = goClass("BrokenExecutor", "concurrent.futures._base", []*rt.Type{rt.RuntimeErrorType})
	cfBrokenThreadPool = goClass("BrokenThreadPool", "concurrent.futures.thread", []*rt.Type{cfBrokenExecutor})
)

func (*cfFuture) Type() *rt.Type { return cfFutureType }

// Holder is the thread running f's call (nil unless f is running), so a
// deadlock report names the thread a waiter on f waits for.
func (f *cfFuture) Holder() *rt.Thread {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.state != cfRunning {
		return nil
	}
	return f.runner
}

func newCFFuture() *cfFuture { return &cfFuture{ch: make(chan struct{})} }

// Repr is CPython's <Future at 0x... state=finished returned int>.
func (f *cfFuture) Repr(th *rt.Thread) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	s := fmt.Sprintf("<Future at %#x state=%s", rt.Id(f), cfStateNames[f.state])
	if f.state == cfFinished {
		if f.exc != nil {
			s += " raised " + f.exc.Class.Name()
		} else if f.odd != nil {
			s += " raised " + rt.TypeName(f.odd)
		} else {
			s += " returned " + rt.TypeName(f.value())
		}
	}
	return s + ">", nil
}

func (f *cfFuture) value() rt.Value {
	if f.val == nil {
		return rt.None
	}
	return f.val
}

func (f *cfFuture) done() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state >= cfFinished
}

// finish moves f to state st and runs its callbacks on th; false when f
// was finished already.
func (f *cfFuture) finish(th *rt.Thread, st int, v rt.Value, exc *rt.Exception, odd rt.Value) bool {
	f.mu.Lock()
	if f.state >= cfFinished {
		f.mu.Unlock()
		return false
	}
	f.state, f.val, f.exc, f.odd = st, v, exc, odd
	close(f.ch)
	for _, w := range f.waiters {
		w.wake()
	}
	f.waiters = nil
	cbs := f.cbs
	f.cbs = nil
	f.mu.Unlock()
	for _, cb := range cbs {
		f.callback(th, cb)
	}
	return true
}

// callback calls a done callback; an exception it raises is logged to
// the "concurrent.futures" logger and otherwise ignored, as in CPython.
func (f *cfFuture) callback(th *rt.Thread, cb rt.Value) {
	_, err := rt.Call(th, cb, []rt.Value{f}, nil)
	if err == nil {
		return
	}
	exc := rt.AsException(err)
	if exc == nil || exc.Class == rt.CancelledType {
		return
	}
	// As CPython: LOGGER.exception('exception calling callback for %r', f),
	// so a program's handlers on "concurrent.futures" see it.
	err = cfLog(th, "ERROR", "exception calling callback for %r", []rt.Value{f}, []rt.KwArg{{Name: "exc_info", Value: exc}})
	if err != nil {
		r, _ := f.Repr(th)
		th.Env().Stderr.WriteString("exception calling callback for " + r + "\n" + rt.FormatTraceback(th, exc))
	}
}

// cfLog logs msg % args at level on the "concurrent.futures" logger, as
// CPython's concurrent.futures does (LOGGER).
func cfLog(th *rt.Thread, level, msg string, args []rt.Value, kwargs []rt.KwArg) error {
	setupLoggingTypes() // the program may never have imported logging
	return loggerLog(th, getLogger(th, "concurrent.futures"), levelByName[level], rt.Str(msg), args, kwargs)
}

func (f *cfFuture) wait(th *rt.Thread, d time.Duration) error {
	if f.done() {
		return nil
	}
	ok, err := th.WaitTimeout(f.ch, d, fmt.Sprintf("Future at %#x", rt.Id(f)), f)
	if err != nil {
		return err
	}
	if !ok {
		return rt.NewError(rt.TimeoutErrorType)
	}
	return nil
}

func (f *cfFuture) result(th *rt.Thread, d time.Duration) (rt.Value, error) {
	v, exc, err := f.outcome(th, d)
	if err != nil {
		return nil, err
	}
	if exc != nil {
		return nil, exc
	}
	return v, nil
}

// outcome waits up to d for f and returns its value or the exception its
// call raised; err is the waiting's failure (TimeoutError, Cancelled) or
// CancelledError when f was cancelled.
func (f *cfFuture) outcome(th *rt.Thread, d time.Duration) (v rt.Value, exc *rt.Exception, err error) {
	if err := f.wait(th, d); err != nil {
		return nil, nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.state == cfCancelled {
		return nil, nil, rt.NewException(cfCancelledError)
	}
	if f.odd != nil {
		return nil, raiseOdd(f.odd), nil
	}
	return f.value(), f.exc, nil
}

// cancel cancels f unless it is running or finished.
func (f *cfFuture) cancel(th *rt.Thread) bool {
	f.mu.Lock()
	st := f.state
	f.mu.Unlock()
	switch st {
	case cfCancelled:
		return true
	case cfPending:
		f.finish(th, cfCancelled, nil, nil, nil)
		return true
	}
	return false
}

// start moves a pending f to running on th (set_running_or_notify_cancel):
// false when it was cancelled.
func (f *cfFuture) start(th *rt.Thread) (bool, error) {
	f.mu.Lock()
	st := f.state
	switch st {
	case cfPending:
		f.state, f.runner = cfRunning, th
		f.mu.Unlock()
		return true, nil
	case cfCancelled:
		f.mu.Unlock()
		return false, nil
	}
	f.mu.Unlock()
	// As CPython, which logs LOGGER.critical('Future %s in unexpected
	// state: %s', id(self), self._state) first.
	args := []rt.Value{rt.MakeInt(int64(rt.Id(f))), rt.Str(strings.ToUpper(cfStateNames[st]))}
	if err := cfLog(th, "CRITICAL", "Future %s in unexpected state: %s", args, nil); err != nil {
		return false, err
	}
	return false, rt.NewError(rt.RuntimeErrorType, "Future in unexpected state")
}

// raiseOdd is the exception `raise x` raises for a value x that is not an
// exception instance: a new instance of an exception class, else
// TypeError.
func raiseOdd(x rt.Value) *rt.Exception {
	if t, ok := x.(*rt.Type); ok && t.IsSubtype(rt.BaseExceptionType) {
		return rt.NewException(t)
	}
	return rt.AsException(rt.NewError(rt.TypeErrorType, "exceptions must derive from BaseException"))
}

// failed reports whether f finished with an exception (FIRST_EXCEPTION).
func (f *cfFuture) failed() bool { return f.exc != nil || f.odd != nil }

func (f *cfFuture) set(th *rt.Thread, v rt.Value, exc *rt.Exception) error {
	return f.setOdd(th, v, exc, nil)
}

// setOdd is set with set_exception's non-instance argument odd.
func (f *cfFuture) setOdd(th *rt.Thread, v rt.Value, exc *rt.Exception, odd rt.Value) error {
	if !f.finish(th, cfFinished, v, exc, odd) {
		r, _ := f.Repr(th)
		f.mu.Lock()
		st := f.state
		f.mu.Unlock()
		return rt.NewError(cfInvalidState, "%s: %s", map[int]string{cfFinished: "FINISHED", cfCancelled: "CANCELLED"}[st], r)
	}
	return nil
}

func cfTimeout(v rt.Value) (time.Duration, error) { return rt.WaitTimeout(v) }

func cfFut(v rt.Value) *cfFuture { return v.(*cfFuture) }

// cFFutureSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var cFFutureSetup sync.Once

func setupCFFutureTypes() { cFFutureSetup.Do(initCFFutureTypes) }

func initCFFutureTypes() {
	cfFutureType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := rt.UnpackArgs("Future", args, kwargs); err != nil {
			return nil, err
		}
		return newCFFuture(), nil
	}
	noArgs := func(name string, fn func(th *rt.Thread, f *cfFuture) (rt.Value, error)) *rt.Builtin {
		return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs(name, args, kwargs); err != nil {
				return nil, err
			}
			return fn(th, cfFut(self))
		})
	}
	// withTimeout is a method taking an optional timeout (seconds or None).
	withTimeout := func(name string, fn func(th *rt.Thread, f *cfFuture, d time.Duration) (rt.Value, error)) *rt.Builtin {
		return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var tv rt.Value = rt.None
			if err := rt.UnpackArgs(name, args, kwargs, "timeout?", &tv); err != nil {
				return nil, err
			}
			d, err := cfTimeout(tv)
			if err != nil {
				return nil, err
			}
			return fn(th, cfFut(self), d)
		})
	}
	cfFutureType.AddMethods(
		withTimeout("result", func(th *rt.Thread, f *cfFuture, d time.Duration) (rt.Value, error) {
			return f.result(th, d)
		}),
		withTimeout("exception", func(th *rt.Thread, f *cfFuture, d time.Duration) (rt.Value, error) {
			_, exc, err := f.outcome(th, d)
			switch {
			case err != nil:
				return nil, err
			case f.odd != nil:
				return f.odd, nil
			case exc == nil:
				return rt.None, nil
			}
			return exc, nil
		}),
		noArgs("done", func(th *rt.Thread, f *cfFuture) (rt.Value, error) { return rt.Bool(f.done()), nil }),
		noArgs("running", func(th *rt.Thread, f *cfFuture) (rt.Value, error) {
			f.mu.Lock()
			defer f.mu.Unlock()
			return rt.Bool(f.state == cfRunning), nil
		}),
		noArgs("cancelled", func(th *rt.Thread, f *cfFuture) (rt.Value, error) {
			f.mu.Lock()
			defer f.mu.Unlock()
			return rt.Bool(f.state == cfCancelled), nil
		}),
		noArgs("cancel", func(th *rt.Thread, f *cfFuture) (rt.Value, error) { return rt.Bool(f.cancel(th)), nil }),
		noArgs("set_running_or_notify_cancel", func(th *rt.Thread, f *cfFuture) (rt.Value, error) {
			ok, err := f.start(th)
			if err != nil {
				return nil, err
			}
			return rt.Bool(ok), nil
		}),
		rt.NewMethod("set_result", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var v rt.Value
			if err := rt.UnpackArgs("set_result", args, kwargs, "result", &v); err != nil {
				return nil, err
			}
			return rt.None, cfFut(self).set(th, v, nil)
		}),
		rt.NewMethod("set_exception", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var v rt.Value
			if err := rt.UnpackArgs("set_exception", args, kwargs, "exception", &v); err != nil {
				return nil, err
			}
			switch x := v.(type) {
			case *rt.Exception:
				return rt.None, cfFut(self).set(th, nil, x)
			}
			if v == rt.None {
				// CPython: finished, with no exception and result None.
				return rt.None, cfFut(self).set(th, nil, nil)
			}
			return rt.None, cfFut(self).setOdd(th, nil, nil, v)
		}),
		rt.NewMethod("add_done_callback", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var fn rt.Value
			if err := rt.UnpackArgs("add_done_callback", args, kwargs, "fn", &fn); err != nil {
				return nil, err
			}
			f := cfFut(self)
			f.mu.Lock()
			if f.state < cfFinished {
				f.cbs = append(f.cbs, fn)
				f.mu.Unlock()
				return rt.None, nil
			}
			f.mu.Unlock()
			f.callback(th, fn)
			return rt.None, nil
		}),
	)
}
