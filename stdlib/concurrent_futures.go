package stdlib

import (
	"strconv"
	"sync"
	"time"

	rt "github.com/spindle-lang/spindle/runtime"
)

// concurrent.futures: ThreadPoolExecutor over virtual threads. Workers
// are detached background threads (at most max_workers) that take work
// items from the executor's queue; a work item's outcome (value or
// exception) is kept in its own Future, so a failing call neither fails
// a group nor is reported as a background failure.

const (
	cfPending = iota
	cfRunning
	cfFinished
	cfCancelled
)

type cfFuture struct {
	mu    sync.Mutex
	state int
	val   rt.Value
	exc   *rt.Exception
	ch    chan struct{}
	cbs   []rt.Value
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

var cfFutureType = rt.NewBuiltinType("Future", nil)
var cfExecutorType = rt.NewBuiltinType("ThreadPoolExecutor", nil)
var cfCancelledError = goClass("CancelledError", "concurrent.futures", []*rt.Type{rt.ExceptionType})

func (*cfFuture) Type() *rt.Type { return cfFutureType }

func newCFFuture() *cfFuture { return &cfFuture{ch: make(chan struct{})} }

func (f *cfFuture) done() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state >= cfFinished
}

// finish moves f to state st and runs its callbacks on th.
func (f *cfFuture) finish(th *rt.Thread, st int, v rt.Value, exc *rt.Exception) {
	f.mu.Lock()
	if f.state >= cfFinished {
		f.mu.Unlock()
		return
	}
	f.state, f.val, f.exc = st, v, exc
	close(f.ch)
	for _, w := range f.waiters {
		w.wake()
	}
	f.waiters = nil
	cbs := f.cbs
	f.cbs = nil
	f.mu.Unlock()
	for _, cb := range cbs {
		rt.Call(th, cb, []rt.Value{f}, nil) //nolint:errcheck // CPython logs and ignores callback errors
	}
}

func (f *cfFuture) wait(th *rt.Thread, d time.Duration) error {
	if f.done() {
		return nil
	}
	ok, err := th.WaitTimeout(f.ch, d, "Future", f)
	if err != nil {
		return err
	}
	if !ok {
		return rt.NewError(rt.TimeoutErrorType)
	}
	return nil
}

func (f *cfFuture) result(th *rt.Thread, d time.Duration) (rt.Value, error) {
	if err := f.wait(th, d); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.state == cfCancelled {
		return nil, rt.NewException(cfCancelledError)
	}
	if f.exc != nil {
		return nil, f.exc
	}
	if f.val == nil {
		return rt.None, nil
	}
	return f.val, nil
}

type cfItem struct {
	fut    *cfFuture
	fn     rt.Value
	args   []rt.Value
	kwargs []rt.KwArg
}

type cfExecutor struct {
	mu       sync.Mutex
	maxW     int
	prefix   string
	queue    []*cfItem
	workers  int
	nthreads int
	shutdown bool
	threads  []*rt.Future // the worker threads, joined by shutdown(wait=True)
}

func (*cfExecutor) Type() *rt.Type { return cfExecutorType }

var cfExecCount struct {
	sync.Mutex
	n int
}

func (e *cfExecutor) worker(c *rt.Thread) (rt.Value, error) {
	for {
		e.mu.Lock()
		if len(e.queue) == 0 {
			e.workers--
			e.mu.Unlock()
			return rt.None, nil
		}
		it := e.queue[0]
		e.queue = e.queue[1:]
		e.mu.Unlock()
		it.fut.mu.Lock()
		if it.fut.state != cfPending {
			it.fut.mu.Unlock()
			continue
		}
		it.fut.state = cfRunning
		it.fut.mu.Unlock()
		v, err := rt.Call(c, it.fn, it.args, it.kwargs)
		if err != nil {
			it.fut.finish(c, cfFinished, nil, rt.AsException(err))
		} else {
			it.fut.finish(c, cfFinished, v, nil)
		}
	}
}

func (e *cfExecutor) submit(th *rt.Thread, fn rt.Value, args []rt.Value, kwargs []rt.KwArg) (*cfFuture, error) {
	f := newCFFuture()
	e.mu.Lock()
	if e.shutdown {
		e.mu.Unlock()
		return nil, rt.NewError(rt.RuntimeErrorType, "cannot schedule new futures after shutdown")
	}
	e.queue = append(e.queue, &cfItem{fut: f, fn: fn, args: args, kwargs: kwargs})
	spawn := e.workers < e.maxW && e.workers < len(e.queue)
	var name string
	if spawn {
		e.workers++
		name = e.prefix + "_" + strconv.Itoa(e.nthreads)
		e.nthreads++
	}
	e.mu.Unlock()
	if spawn {
		wf, err := rt.Background().SpawnDetached(th, e.worker, name, rt.SpawnSite{})
		e.mu.Lock()
		if err != nil {
			e.workers--
		} else {
			live := e.threads[:0]
			for _, t := range e.threads {
				if !t.Done() {
					live = append(live, t)
				}
			}
			e.threads = append(live, wf)
		}
		e.mu.Unlock()
		if err != nil {
			return nil, err
		}
	}
	return f, nil
}

func (e *cfExecutor) doShutdown(th *rt.Thread, wait, cancel bool) error {
	e.mu.Lock()
	e.shutdown = true
	var cancelled []*cfFuture
	if cancel {
		for _, it := range e.queue {
			cancelled = append(cancelled, it.fut)
		}
		e.queue = nil
	}
	threads := append([]*rt.Future(nil), e.threads...)
	e.mu.Unlock()
	for _, f := range cancelled {
		f.finish(th, cfCancelled, nil, nil)
	}
	if wait {
		for _, t := range threads {
			if err := t.Wait(th, -1); err != nil {
				return err
			}
		}
	}
	return nil
}

// cfWaitAny waits until one of fs is done or d passes; false on timeout.
func cfWaitAny(th *rt.Thread, fs []*cfFuture, d time.Duration) (bool, error) {
	w := &cfWaiter{ch: make(chan struct{})}
	for _, f := range fs {
		f.mu.Lock()
		if f.state >= cfFinished {
			w.wake()
		} else {
			f.waiters = append(f.waiters, w)
		}
		f.mu.Unlock()
	}
	defer func() {
		for _, f := range fs {
			f.mu.Lock()
			for i, x := range f.waiters {
				if x == w {
					f.waiters = append(f.waiters[:i:i], f.waiters[i+1:]...)
					break
				}
			}
			f.mu.Unlock()
		}
	}()
	return th.WaitTimeout(w.ch, d, "concurrent.futures.wait", nil)
}

func cfFutures(th *rt.Thread, v rt.Value) ([]*cfFuture, error) {
	items, err := rt.IterateAll(th, v)
	if err != nil {
		return nil, err
	}
	var out []*cfFuture
	seen := map[*cfFuture]bool{}
	for _, it := range items {
		f, ok := it.(*cfFuture)
		if !ok {
			return nil, rt.NewError(rt.TypeErrorType, "expected a Future, not '%s'", rt.TypeName(it))
		}
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out, nil
}

func cfDeadline(d time.Duration) func() time.Duration {
	if d < 0 {
		return func() time.Duration { return -1 }
	}
	end := time.Now().Add(d)
	return func() time.Duration {
		r := time.Until(end)
		if r < 0 {
			return 0
		}
		return r
	}
}

func cfTimeout(v rt.Value) (time.Duration, error) { return rt.OptTimeout(v) }

func init() {
	cfFutureType.AddMethods(
		rt.NewMethod("result", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var tv rt.Value = rt.None
			if err := rt.UnpackArgs("result", args, kwargs, "timeout?", &tv); err != nil {
				return nil, err
			}
			d, err := cfTimeout(tv)
			if err != nil {
				return nil, err
			}
			return self.(*cfFuture).result(th, d)
		}),
		rt.NewMethod("exception", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var tv rt.Value = rt.None
			if err := rt.UnpackArgs("exception", args, kwargs, "timeout?", &tv); err != nil {
				return nil, err
			}
			d, err := cfTimeout(tv)
			if err != nil {
				return nil, err
			}
			f := self.(*cfFuture)
			if err := f.wait(th, d); err != nil {
				return nil, err
			}
			f.mu.Lock()
			defer f.mu.Unlock()
			if f.state == cfCancelled {
				return nil, rt.NewException(cfCancelledError)
			}
			if f.exc == nil {
				return rt.None, nil
			}
			return f.exc, nil
		}),
		rt.NewMethod("done", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Bool(self.(*cfFuture).done()), nil
		}),
		rt.NewMethod("running", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			f := self.(*cfFuture)
			f.mu.Lock()
			defer f.mu.Unlock()
			return rt.Bool(f.state == cfRunning), nil
		}),
		rt.NewMethod("cancelled", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			f := self.(*cfFuture)
			f.mu.Lock()
			defer f.mu.Unlock()
			return rt.Bool(f.state == cfCancelled), nil
		}),
		rt.NewMethod("cancel", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			f := self.(*cfFuture)
			f.mu.Lock()
			st := f.state
			f.mu.Unlock()
			switch st {
			case cfCancelled:
				return rt.True, nil
			case cfPending:
				f.finish(th, cfCancelled, nil, nil)
				return rt.True, nil
			}
			return rt.False, nil
		}),
		rt.NewMethod("add_done_callback", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var fn rt.Value
			if err := rt.UnpackArgs("add_done_callback", args, kwargs, "fn", &fn); err != nil {
				return nil, err
			}
			f := self.(*cfFuture)
			f.mu.Lock()
			if f.state < cfFinished {
				f.cbs = append(f.cbs, fn)
				f.mu.Unlock()
				return rt.None, nil
			}
			f.mu.Unlock()
			rt.Call(th, fn, []rt.Value{f}, nil) //nolint:errcheck
			return rt.None, nil
		}),
	)
	cfExecutorType.AddMethods(
		rt.NewMethod("submit", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) < 1 {
				return nil, rt.NewError(rt.TypeErrorType, "submit expected at least 1 argument, got 0")
			}
			return self.(*cfExecutor).submit(th, args[0], append([]rt.Value(nil), args[1:]...), kwargs)
		}),
		rt.NewMethod("map", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var tv rt.Value = rt.None
			for _, kw := range kwargs {
				if kw.Name != "timeout" {
					return nil, rt.NewError(rt.TypeErrorType, "map() got an unexpected keyword argument '%s'", kw.Name)
				}
				tv = kw.Value
			}
			if len(args) < 2 {
				return nil, rt.NewError(rt.TypeErrorType, "map() needs a function and at least one iterable")
			}
			d, err := cfTimeout(tv)
			if err != nil {
				return nil, err
			}
			left := cfDeadline(d)
			var cols [][]rt.Value
			n := -1
			for _, it := range args[1:] {
				items, err := rt.IterateAll(th, it)
				if err != nil {
					return nil, err
				}
				cols = append(cols, items)
				if n < 0 || len(items) < n {
					n = len(items)
				}
			}
			e := self.(*cfExecutor)
			futs := make([]*cfFuture, n)
			for i := 0; i < n; i++ {
				a := make([]rt.Value, len(cols))
				for j := range cols {
					a[j] = cols[j][i]
				}
				f, err := e.submit(th, args[0], a, nil)
				if err != nil {
					return nil, err
				}
				futs[i] = f
			}
			out := make([]rt.Value, n)
			for i, f := range futs {
				v, err := f.result(th, left())
				if err != nil {
					for _, g := range futs[i:] {
						g.mu.Lock()
						pending := g.state == cfPending
						g.mu.Unlock()
						if pending {
							g.finish(th, cfCancelled, nil, nil)
						}
					}
					return nil, err
				}
				out[i] = v
			}
			return cfIter(th, out)
		}),
		rt.NewMethod("shutdown", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var wait rt.Value = rt.True
			var cancel rt.Value = rt.False
			if err := rt.UnpackArgs("shutdown", args, kwargs, "wait?", &wait, "cancel_futures?", &cancel); err != nil {
				return nil, err
			}
			return rt.None, self.(*cfExecutor).doShutdown(th, rt.Truthy(wait), rt.Truthy(cancel))
		}),
		rt.NewMethod("__enter__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return self, nil
		}),
		rt.NewMethod("__exit__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.False, self.(*cfExecutor).doShutdown(th, true, false)
		}),
	)
	rt.RegisterModule("concurrent", func() *rt.Module {
		m := rt.NewModule("concurrent")
		fm := concurrentFuturesModule()
		m.Dict.SetStr("futures", fm)
		return m
	})
}

func concurrentFuturesModule() *rt.Module {
	m := rt.NewModule("concurrent.futures")
	pairType, err := makeNamedTuple(rt.NewThread(""), "DoneAndNotDoneFutures", "concurrent.futures", []string{"done", "not_done"}, nil, nil)
	if err != nil {
		panic(err)
	}
	m.Dict.SetStr("Future", cfFutureType)
	m.Dict.SetStr("TimeoutError", rt.TimeoutErrorType)
	m.Dict.SetStr("CancelledError", cfCancelledError)
	m.Dict.SetStr("FIRST_COMPLETED", rt.Str("FIRST_COMPLETED"))
	m.Dict.SetStr("FIRST_EXCEPTION", rt.Str("FIRST_EXCEPTION"))
	m.Dict.SetStr("ALL_COMPLETED", rt.Str("ALL_COMPLETED"))
	m.Dict.SetStr("ThreadPoolExecutor", rt.NewFunc("ThreadPoolExecutor", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var mw rt.Value = rt.None
		var prefix rt.Value = rt.Str("")
		if err := rt.UnpackArgs("ThreadPoolExecutor", args, kwargs, "max_workers?", &mw, "thread_name_prefix?", &prefix); err != nil {
			return nil, err
		}
		e := &cfExecutor{maxW: 32}
		if mw != rt.None {
			n, ok := mw.(rt.Int)
			if !ok || n <= 0 {
				return nil, rt.NewError(rt.ValueErrorType, "max_workers must be greater than 0")
			}
			e.maxW = int(n)
		}
		p, _ := prefix.(rt.Str)
		e.prefix = string(p)
		if e.prefix == "" {
			cfExecCount.Lock()
			e.prefix = "ThreadPoolExecutor-" + strconv.Itoa(cfExecCount.n)
			cfExecCount.n++
			cfExecCount.Unlock()
		}
		return e, nil
	}))
	m.Dict.SetStr("as_completed", rt.NewFunc("as_completed", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var fsv rt.Value
		var tv rt.Value = rt.None
		if err := rt.UnpackArgs("as_completed", args, kwargs, "fs", &fsv, "timeout?", &tv); err != nil {
			return nil, err
		}
		d, err := cfTimeout(tv)
		if err != nil {
			return nil, err
		}
		left := cfDeadline(d)
		pending, err := cfFutures(th, fsv)
		if err != nil {
			return nil, err
		}
		var out []rt.Value
		for len(pending) > 0 {
			var rest []*cfFuture
			for _, f := range pending {
				if f.done() {
					out = append(out, f)
				} else {
					rest = append(rest, f)
				}
			}
			pending = rest
			if len(pending) == 0 {
				break
			}
			ok, err := cfWaitAny(th, pending, left())
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, rt.NewError(rt.TimeoutErrorType, "%d (of %d) futures unfinished", len(pending), len(pending)+len(out))
			}
		}
		return cfIter(th, out)
	}))
	m.Dict.SetStr("wait", rt.NewFunc("wait", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var fsv rt.Value
		var tv rt.Value = rt.None
		var rw rt.Value = rt.Str("ALL_COMPLETED")
		if err := rt.UnpackArgs("wait", args, kwargs, "fs", &fsv, "timeout?", &tv, "return_when?", &rw); err != nil {
			return nil, err
		}
		d, err := cfTimeout(tv)
		if err != nil {
			return nil, err
		}
		left := cfDeadline(d)
		fs, err := cfFutures(th, fsv)
		if err != nil {
			return nil, err
		}
		when, _ := rw.(rt.Str)
		for {
			var done, notDone []*cfFuture
			stop := false
			for _, f := range fs {
				if f.done() {
					done = append(done, f)
					f.mu.Lock()
					if when == "FIRST_EXCEPTION" && f.exc != nil {
						stop = true
					}
					f.mu.Unlock()
				} else {
					notDone = append(notDone, f)
				}
			}
			if when == "FIRST_COMPLETED" && len(done) > 0 {
				stop = true
			}
			timedOut := false
			if !stop && len(notDone) > 0 {
				ok, err := cfWaitAny(th, notDone, left())
				if err != nil {
					return nil, err
				}
				timedOut = !ok
			}
			if stop || len(notDone) == 0 || timedOut {
				ds, nds := rt.NewSet(), rt.NewSet()
				for _, f := range done {
					if err := ds.Add(th, f); err != nil {
						return nil, err
					}
				}
				for _, f := range notDone {
					if err := nds.Add(th, f); err != nil {
						return nil, err
					}
				}
				return rt.Call(th, pairType, []rt.Value{ds, nds}, nil)
			}
		}
	}))
	return m
}

// cfIter returns an iterator over vs (a list_iterator).
func cfIter(th *rt.Thread, vs []rt.Value) (rt.Value, error) {
	it, err := rt.Iter(th, rt.NewList(vs))
	if err != nil {
		return nil, err
	}
	if v, ok := it.(rt.Value); ok {
		return v, nil
	}
	return rt.NewList(vs), nil
}
