package stdlib

import (
	"sync"
	"time"

	rt "github.com/spindle-lang/spindle/runtime"
)

// concurrent.futures: the module's functions (wait, as_completed) and
// Executor.map; the executor and its workers are cf_executor.go, the
// Future cf_future.go. map() and as_completed() return generators, as in
// CPython: results and errors come while iterating.

var cfGeneratorType = newIterType("generator", "builtins")

// cfMap is Executor.map: every call is submitted at once; the generator
// returned yields the results in order, raising the first exception (or
// TimeoutError when timeout seconds from the call have passed) and
// cancelling the calls not yet started.
func (e *cfExecutor) cfMap(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var tv rt.Value = rt.None
	for _, kw := range kwargs {
		switch kw.Name {
		case "timeout":
			tv = kw.Value
		case "chunksize":
		default:
			return nil, rt.NewError(rt.TypeErrorType, "Executor.map() got an unexpected keyword argument '%s'", kw.Name)
		}
	}
	if len(args) < 1 {
		return nil, rt.NewError(rt.TypeErrorType, "Executor.map() missing 1 required positional argument: 'fn'")
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
	n = max(n, 0)
	futs := make([]*cfFuture, n)
	for i := 0; i < n; i++ {
		a := make([]rt.Value, len(cols))
		for j := range cols {
			a[j] = cols[j][i]
		}
		f, err := e.submitVia(th, args[0], a)
		if err != nil {
			return nil, err
		}
		futs[i] = f
	}
	i := 0
	return &iterObject{typ: cfGeneratorType, failStops: true, next: func(th *rt.Thread) (rt.Value, bool, error) {
		if i >= len(futs) {
			return nil, false, nil
		}
		f := futs[i]
		i++
		v, err := f.result(th, left())
		if err != nil {
			for _, g := range futs[i-1:] {
				g.cancel(th)
			}
			i = len(futs)
			return nil, false, err
		}
		return v, true, nil
	}}, nil
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
			return nil, rt.NewError(rt.AttributeErrorType, "'%s' object has no attribute '_condition'", rt.TypeName(it))
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

// cfAsCompleted is as_completed(fs, timeout=None): a generator of the
// futures as they finish (those finished at the call first).
func cfAsCompleted(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
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
	total := len(pending)
	var ready []*cfFuture
	sweep := func() {
		rest := pending[:0]
		for _, f := range pending {
			if f.done() {
				ready = append(ready, f)
			} else {
				rest = append(rest, f)
			}
		}
		pending = rest
	}
	sweep()
	return &iterObject{typ: cfGeneratorType, failStops: true, next: func(th *rt.Thread) (rt.Value, bool, error) {
		for len(ready) == 0 {
			if len(pending) == 0 {
				return nil, false, nil
			}
			ok, err := cfWaitAny(th, pending, left())
			if err != nil {
				return nil, false, err
			}
			if !ok {
				return nil, false, rt.NewError(rt.TimeoutErrorType, "%d (of %d) futures unfinished", len(pending), total)
			}
			sweep()
		}
		f := ready[0]
		ready = ready[1:]
		return f, true, nil
	}}, nil
}

// cfWait is wait(fs, timeout=None, return_when=ALL_COMPLETED).
func cfWait(th *rt.Thread, pairType *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
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
				if when == "FIRST_EXCEPTION" && f.failed() {
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
			if when != "FIRST_COMPLETED" && when != "FIRST_EXCEPTION" && when != "ALL_COMPLETED" {
				// CPython checks return_when only when it has to wait.
				r, err := rt.Repr(th, rw)
				if err != nil {
					return nil, err
				}
				return nil, rt.NewError(rt.ValueErrorType, "Invalid return condition: %s", r)
			}
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
}

// loadConcurrentModule makes the concurrent module (registered in modules.go).
func loadConcurrentModule() *rt.Module {
	setupConcurrentFuturesTypes()
	m := rt.NewModule("concurrent")
	m.Dict.SetStr("__path__", rt.NewList(nil))
	fm := concurrentFuturesModule()
	m.Dict.SetStr("futures", fm)
	// The package's submodules, for the programs that import from them
	// (from concurrent.futures.thread import BrokenThreadPool).
	fm.Dict.SetStr("__path__", rt.NewList(nil))
	for name, attrs := range map[string]map[string]rt.Value{
		"_base": {"Future": cfFutureType, "Executor": cfExecutorBase, "CancelledError": cfCancelledError,
			"InvalidStateError": cfInvalidState, "BrokenExecutor": cfBrokenExecutor, "TimeoutError": rt.TimeoutErrorType},
		"thread":  {"ThreadPoolExecutor": cfExecutorType, "BrokenThreadPool": cfBrokenThreadPool},
		"process": {"ProcessPoolExecutor": cfProcessType, "BrokenProcessPool": cfBrokenThreadPool},
	} {
		sub := rt.NewModule("concurrent.futures." + name)
		for k, v := range attrs {
			sub.Dict.SetStr(k, v)
		}
		fm.Dict.SetStr(name, sub)
	}
	return m
}

// concurrentFuturesSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var concurrentFuturesSetup sync.Once

func setupConcurrentFuturesTypes() { concurrentFuturesSetup.Do(initConcurrentFuturesTypes) }

func initConcurrentFuturesTypes() {
	setupCFFutureTypes()
	cfExecutorType.SetModule("concurrent.futures.thread")
	cfExecutorType.New = newCFExecutor
	cfProcessType.SetModule("concurrent.futures.process")
	cfProcessType.New = newCFProcessExecutor
	methods := []*rt.Builtin{
		rt.NewMethod("__init__", initCFExecutor),
		rt.NewMethod("submit", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) < 1 {
				return nil, rt.NewError(rt.TypeErrorType, "ThreadPoolExecutor.submit() missing 1 required positional argument: 'fn'")
			}
			return cfExec(self).submit(th, args[0], append([]rt.Value(nil), args[1:]...), kwargs)
		}),
		rt.NewMethod("map", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return cfExec(self).cfMap(th, args, kwargs)
		}),
		rt.NewMethod("shutdown", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var wait rt.Value = rt.True
			var cancel rt.Value = rt.False
			if err := rt.UnpackArgs("shutdown", args, kwargs, "wait?", &wait, "*", "cancel_futures?", &cancel); err != nil {
				return nil, err
			}
			return rt.None, cfExec(self).doShutdown(th, rt.Truthy(wait), rt.Truthy(cancel))
		}),
		rt.NewMethod("__enter__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return cfExec(self).value(), nil
		}),
		rt.NewMethod("__exit__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.False, cfExec(self).doShutdown(th, true, false)
		}),
	}
	cfExecutorType.AddMethods(methods...)
	for _, m := range methods {
		if m.Name == "__init__" {
			continue // ProcessPoolExecutor's arguments differ
		}
		c := *m
		c.Owner = nil
		cfProcessType.AddMethods(&c)
	}
}

func concurrentFuturesModule() *rt.Module {
	m := rt.NewModule("concurrent.futures")
	pairType, err := makeNamedTuple(rt.NewThread(""), "DoneAndNotDoneFutures", "concurrent.futures._base", []string{"done", "not_done"}, nil, nil)
	if err != nil {
		panic(err)
	}
	for name, v := range map[string]rt.Value{
		"Future":              cfFutureType,
		"Executor":            cfExecutorBase,
		"ThreadPoolExecutor":  cfExecutorType,
		"ProcessPoolExecutor": cfProcessType,
		"TimeoutError":        rt.TimeoutErrorType,
		"CancelledError":      cfCancelledError,
		"InvalidStateError":   cfInvalidState,
		"BrokenExecutor":      cfBrokenExecutor,
		"FIRST_COMPLETED":     rt.Str("FIRST_COMPLETED"),
		"FIRST_EXCEPTION":     rt.Str("FIRST_EXCEPTION"),
		"ALL_COMPLETED":       rt.Str("ALL_COMPLETED"),
		"as_completed":        rt.NewFunc("as_completed", cfAsCompleted),
		"wait": rt.NewFunc("wait", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return cfWait(th, pairType, args, kwargs)
		}),
	} {
		m.Dict.SetStr(name, v)
	}
	// CPython's __all__ (a tuple; InvalidStateError is not in it).
	all := []string{"FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
		"BrokenExecutor", "Future", "Executor", "wait", "as_completed", "ProcessPoolExecutor", "ThreadPoolExecutor"}
	names := make([]rt.Value, len(all))
	for i, n := range all {
		names[i] = rt.Str(n)
	}
	m.Dict.SetStr("__all__", rt.NewTuple(names))
	return m
}
