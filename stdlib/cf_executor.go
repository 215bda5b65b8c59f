package stdlib

import (
	goruntime "runtime"
	"strconv"
	"sync"
	"time"

	rt "github.com/spindle-lang/spindle/runtime"
)

// concurrent.futures.ThreadPoolExecutor over virtual threads, worker for
// worker CPython's (Lib/concurrent/futures/thread.py):
//
//   - submit puts a work item on the executor's queue and starts a new
//     worker only when no worker is idle (CPython's _idle_semaphore,
//     released after each item) and fewer than max_workers exist. The
//     workers are named PREFIX_N in start order and live until shutdown,
//     so a worker's threading.local and name persist across its tasks
//     and the initializer runs once per worker.
//   - A worker takes items until it finds the wake-up None on the queue
//     while the executor is shut down (or collected, or the interpreter
//     is shutting down); it puts the None back for the next worker.
//   - The workers run in the background group, so the program's end
//     waits for them; the interpreter's shutdown hook (Env.AtShutdown,
//     run before that join) wakes the idle ones, as CPython's
//     _python_exit does. Work still queued then runs first.
//   - The workers hold the pool, not the executor: an executor the
//     program drops without shutdown is collected and its finalizer
//     wakes the workers to end (CPython's weakref callback).
//
// A work item's outcome (value or exception) is kept in its Future, so a
// failing call neither fails a group nor is reported as a background
// failure.
//
// ProcessPoolExecutor is the same executor: virtual threads already run
// in parallel on every core, so a program written for processes (pure
// functions mapped over data) gets its parallelism without pickling. Its
// calls share the program's memory, unlike CPython's worker processes.

// cfItem is a submitted call (CPython's _WorkItem).
type cfItem struct {
	fut    *cfFuture
	fn     rt.Value
	args   []rt.Value
	kwargs []rt.KwArg
}

var cfWorkItemType = newModuleType("_WorkItem", "concurrent.futures.thread")

func (*cfItem) Type() *rt.Type { return cfWorkItemType }

// run calls the item unless its future was cancelled; started is
// called once the future is running (or found cancelled).
func (it *cfItem) run(c *rt.Thread, started func()) {
	ok, _ := it.fut.start(c)
	started()
	if !ok {
		return
	}
	v, err := rt.Call(c, it.fn, it.args, it.kwargs)
	if err != nil {
		it.fut.finish(c, cfFinished, nil, rt.AsException(err), nil)
		return
	}
	it.fut.finish(c, cfFinished, v, nil, nil)
}

// cfPool is the state an executor shares with its workers.
type cfPool struct {
	maxW     int
	prefix   string
	init     rt.Value // initializer, or None
	initArgs []rt.Value
	work     *rt.Queue // *cfItem, or None to wake a worker

	mu       sync.Mutex
	idle     int // CPython's _idle_semaphore
	started  int // workers started (the N of the next name)
	live     int // workers not ended
	broken   string
	shutdown bool
	dropped  bool         // the executor was collected
	threads  []*rt.Future // the workers, joined by shutdown(wait=True)
}

// cfExecutor is the Python object; see cfPool.
type cfExecutor struct {
	typ *rt.Type // ThreadPoolExecutor or ProcessPoolExecutor
	*cfPool
	owner rt.Value // the instance of a Python subclass carrying e, or nil
}

// SetOwner records the subclass instance carrying e: `with` binds it,
// and map() submits through its submit(), as CPython's Executor.map
// calls self.submit.
func (e *cfExecutor) SetOwner(inst *rt.Instance) { e.owner = inst }

// value is the executor's Python object.
func (e *cfExecutor) value() rt.Value {
	if e.owner != nil {
		return e.owner
	}
	return e
}

// submitVia submits fn(*args) for map(): through a subclass's submit().
func (e *cfExecutor) submitVia(th *rt.Thread, fn rt.Value, args []rt.Value) (*cfFuture, error) {
	if e.owner == nil {
		return e.submit(th, fn, args, nil)
	}
	v, err := rt.CallMethod(th, e.owner, "submit", append([]rt.Value{fn}, args...), nil)
	if err != nil {
		return nil, err
	}
	f, ok := instBase(v).(*cfFuture)
	if !ok {
		return nil, rt.NewError(rt.AttributeErrorType, "'%s' object has no attribute 'result'", rt.TypeName(v))
	}
	return f, nil
}

var (
	cfExecutorBase = newModuleType("Executor", "concurrent.futures._base")
	cfExecutorType = rt.NewBuiltinType("ThreadPoolExecutor", cfExecutorBase)
	cfProcessType  = rt.NewBuiltinType("ProcessPoolExecutor", cfExecutorBase)
)

func (e *cfExecutor) Type() *rt.Type { return e.typ }

// A subclass of ThreadPoolExecutor or Future defining __init__ passes
// the arguments through super().__init__ (newCFExecutor, initCFExecutor).
// Registered at package init: allocations read the table from any thread.
func init() {
	rt.DeferInit(cfExecutorType)
	rt.DeferInit(cfFutureType)
}

// GetAttr serves _max_workers (which CPython programs read).
func (e *cfExecutor) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	if name == "_max_workers" {
		return rt.MakeInt(int64(e.maxW)), nil
	}
	return nil, nil
}

const cfBrokenInit = "A thread initializer failed, the thread pool is not usable anymore"

// wake puts the wake-up None on the queue. It uses a thread of its own:
// the caller may be cancelled (or be the finalizer goroutine), and an
// unbounded queue's put never blocks.
func (p *cfPool) wake() { _ = p.work.Put(rt.NewThread(""), rt.None, true, -1) }

// ending reports whether a worker that found the wake-up should end.
func (p *cfPool) ending(env *rt.Env) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shutdown || p.dropped || env.ShuttingDown() {
		p.shutdown = true
		return true
	}
	return false
}

// cfHeadStart is how long submit waits for a worker it started to take
// its first item: CPython's Thread.start() waits until the new thread
// runs, which then usually holds the GIL until it has taken the item and
// started the call, so a program may find its first submission running
// (future.running(), cancel() failing) right after submit returns. A
// bounded wait keeps that without letting a slow initializer block
// submit.
const cfHeadStart = 5 * time.Millisecond

// worker runs a worker thread; it closes started once it has taken its
// first item (or ends).
func (p *cfPool) worker(c *rt.Thread, started chan struct{}) (rt.Value, error) {
	var once sync.Once
	signal := func() { once.Do(func() { close(started) }) }
	defer func() {
		signal()
		p.mu.Lock()
		p.live--
		p.mu.Unlock()
	}()
	rt.ClearContextVars(c)
	if p.init != rt.None {
		if _, err := rt.Call(c, p.init, p.initArgs, nil); err != nil {
			exc := rt.AsException(err)
			if exc == nil || exc.Class == rt.CancelledType {
				return nil, err
			}
			cfLogCritical(c, "Exception in initializer:", exc)
			p.initializerFailed(c)
			return rt.None, nil
		}
	}
	for {
		v, err := p.work.Get(c, true, -1)
		if err != nil {
			return nil, err // cancelled
		}
		if it, ok := v.(*cfItem); ok {
			it.run(c, signal)
			p.mu.Lock()
			p.idle++
			p.mu.Unlock()
			continue
		}
		if p.ending(c.Env()) {
			p.wake() // for the next worker
			return rt.None, nil
		}
	}
}

// cfLogCritical logs msg with exc's traceback to the "concurrent.futures"
// logger (CPython's LOGGER.critical(msg, exc_info=True)), or writes them
// to stderr when logging fails.
func cfLogCritical(th *rt.Thread, msg string, exc *rt.Exception) {
	setupLoggingTypes() // the program may never have imported logging
	err := loggerLog(th, getLogger(th, "concurrent.futures"), levelByName["CRITICAL"], rt.Str(msg), nil,
		[]rt.KwArg{{Name: "exc_info", Value: exc}})
	if err != nil {
		th.Env().Stderr.WriteString(msg + "\n" + rt.FormatTraceback(th, exc))
	}
}

// takeQueued removes the work items still queued.
func (p *cfPool) takeQueued(th *rt.Thread) []*cfItem {
	var out []*cfItem
	for {
		v, err := p.work.Get(th, false, 0)
		if err != nil {
			return out
		}
		if it, ok := v.(*cfItem); ok {
			out = append(out, it)
		}
	}
}

// initializerFailed marks the pool broken: its queued futures fail with
// BrokenThreadPool.
func (p *cfPool) initializerFailed(th *rt.Thread) {
	p.mu.Lock()
	p.broken = cfBrokenInit
	q := p.takeQueued(rt.NewThread(""))
	p.mu.Unlock()
	for _, it := range q {
		it.fut.finish(th, cfFinished, nil, rt.AsException(rt.NewError(cfBrokenThreadPool, "%s", cfBrokenInit)), nil)
	}
}

func (p *cfPool) submit(th *rt.Thread, fn rt.Value, args []rt.Value, kwargs []rt.KwArg) (*cfFuture, error) {
	p.mu.Lock()
	f, started, err := p.submitLocked(th, &cfItem{fn: fn, args: args, kwargs: kwargs})
	p.mu.Unlock()
	if started != nil {
		_, _ = th.WaitTimeout(started, cfHeadStart, "ThreadPoolExecutor worker start", nil)
	}
	return f, err
}

// submitLocked queues it with a new future and starts a worker when
// needed (returning the channel the worker closes once started); p.mu
// is held.
func (p *cfPool) submitLocked(th *rt.Thread, it *cfItem) (*cfFuture, chan struct{}, error) {
	switch {
	case p.broken != "":
		return nil, nil, rt.NewError(cfBrokenThreadPool, "%s", p.broken)
	case p.shutdown:
		return nil, nil, rt.NewError(rt.RuntimeErrorType, "cannot schedule new futures after shutdown")
	case th.Env().ShuttingDown():
		return nil, nil, rt.NewError(rt.RuntimeErrorType, "cannot schedule new futures after interpreter shutdown")
	}
	it.fut = newCFFuture()
	if err := p.work.Put(th, it, true, -1); err != nil {
		return nil, nil, err
	}
	started, err := p.adjustThreadCount(th)
	if err != nil {
		return nil, nil, err
	}
	return it.fut, started, nil
}

// adjustThreadCount starts a worker unless one is idle or max_workers
// are running; p.mu is held.
func (p *cfPool) adjustThreadCount(th *rt.Thread) (chan struct{}, error) {
	if p.idle > 0 {
		p.idle--
		return nil, nil
	}
	if p.live >= p.maxW {
		return nil, nil
	}
	name := p.prefix + "_" + strconv.Itoa(p.started)
	started := make(chan struct{})
	wf, err := th.Env().Background().SpawnDetached(th, nil, func(c *rt.Thread) (rt.Value, error) { return p.worker(c, started) }, name, rt.SpawnSite{})
	if err != nil {
		return nil, err
	}
	if p.live == 0 {
		cfPoolsOf(th.Env()).add(p)
	}
	p.started++
	p.live++
	live := p.threads[:0]
	for _, t := range p.threads {
		if !t.Done() {
			live = append(live, t)
		}
	}
	p.threads = append(live, wf)
	return started, nil
}

// doShutdown is shutdown(wait=True, *, cancel_futures=False).
func (p *cfPool) doShutdown(th *rt.Thread, wait, cancel bool) error {
	p.mu.Lock()
	p.shutdown = true
	var cancelled []*cfItem
	if cancel {
		cancelled = p.takeQueued(th)
	}
	p.wake()
	threads := append([]*rt.Future(nil), p.threads...)
	p.mu.Unlock()
	for _, it := range cancelled {
		it.fut.cancel(th)
	}
	if wait {
		for _, t := range threads {
			if err := t.Join(th, -1); err != nil {
				return err
			}
		}
	}
	return nil
}

// cfPools is the pools of one interpreter that have started workers;
// its shutdown hook wakes their workers (CPython's _python_exit).
type cfPools struct {
	mu    sync.Mutex
	pools map[*cfPool]bool
}

type cfPoolsKey struct{}

func cfPoolsOf(env *rt.Env) *cfPools {
	return env.Local(cfPoolsKey{}, func() any {
		ps := &cfPools{pools: map[*cfPool]bool{}}
		env.AtShutdown(ps.wakeAll)
		return ps
	}).(*cfPools)
}

func (ps *cfPools) add(p *cfPool) {
	ps.mu.Lock()
	ps.pools[p] = true
	ps.mu.Unlock()
}

// wakeAll wakes the workers of every pool (the interpreter is shutting
// down, so they end once the queue is drained) and forgets the pools.
func (ps *cfPools) wakeAll(th *rt.Thread) {
	ps.mu.Lock()
	pools := ps.pools
	ps.pools = map[*cfPool]bool{}
	ps.mu.Unlock()
	for p := range pools {
		p.wake()
	}
}

var cfExecCount struct {
	sync.Mutex
	n int
}

func newCFExecutor(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	p := &cfPool{maxW: 1, work: rt.NewQueue(0)} // a subclass's __init__ sets it up
	if cls == cfExecutorType {
		var err error
		if p, err = newCFPool(th, args, kwargs); err != nil {
			return nil, err
		}
	}
	e := &cfExecutor{typ: cfExecutorType, cfPool: p}
	goruntime.SetFinalizer(e, func(e *cfExecutor) {
		p := e.cfPool
		p.mu.Lock()
		p.dropped = true
		p.mu.Unlock()
		p.wake()
	})
	return e, nil
}

// initCFExecutor is ThreadPoolExecutor.__init__, called by a subclass's
// __init__ (super().__init__(max_workers=...)).
func initCFExecutor(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	p, err := newCFPool(th, args, kwargs)
	if err != nil {
		return nil, err
	}
	cfExec(self).cfPool = p
	return rt.None, nil
}

// newCFPool parses ThreadPoolExecutor(max_workers=None,
// thread_name_prefix="", initializer=None, initargs=()).
func newCFPool(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (*cfPool, error) {
	var mw, initializer rt.Value = rt.None, rt.None
	var prefix rt.Value = rt.Str("")
	var initargs rt.Value = rt.EmptyTuple
	if err := rt.UnpackArgs("ThreadPoolExecutor", args, kwargs, "max_workers?", &mw, "thread_name_prefix?", &prefix,
		"initializer?", &initializer, "initargs?", &initargs); err != nil {
		return nil, err
	}
	p := &cfPool{maxW: min(32, goruntime.NumCPU()+4), init: initializer, work: rt.NewQueue(0)}
	if mw != rt.None {
		n, ok := mw.(rt.Int)
		if !ok {
			return nil, rt.NewError(rt.TypeErrorType, "'<=' not supported between instances of '%s' and 'int'", rt.TypeName(mw))
		}
		if n <= 0 {
			return nil, rt.NewError(rt.ValueErrorType, "max_workers must be greater than 0")
		}
		p.maxW = int(n)
	}
	if initializer != rt.None && !isCallable(initializer) {
		return nil, rt.NewError(rt.TypeErrorType, "initializer must be a callable")
	}
	ia, err := rt.IterateAll(th, initargs)
	if err != nil {
		return nil, err
	}
	p.initArgs = ia
	s, _ := prefix.(rt.Str)
	p.prefix = string(s)
	if p.prefix == "" {
		cfExecCount.Lock()
		p.prefix = "ThreadPoolExecutor-" + strconv.Itoa(cfExecCount.n)
		cfExecCount.n++
		cfExecCount.Unlock()
	}
	return p, nil
}

// newCFProcessExecutor is ProcessPoolExecutor(max_workers=None,
// mp_context=None, initializer=None, initargs=(), *,
// max_tasks_per_child=None): the executor above, with os.cpu_count()
// workers by default.
func newCFProcessExecutor(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var mw, mpctx, initializer, maxTasks rt.Value = rt.None, rt.None, rt.None, rt.None
	var initargs rt.Value = rt.EmptyTuple
	if err := rt.UnpackArgs("ProcessPoolExecutor", args, kwargs, "max_workers?", &mw, "mp_context?", &mpctx,
		"initializer?", &initializer, "initargs?", &initargs, "*", "max_tasks_per_child?", &maxTasks); err != nil {
		return nil, err
	}
	if mw == rt.None {
		mw = rt.MakeInt(int64(goruntime.NumCPU()))
	}
	v, err := newCFExecutor(th, cfExecutorType, nil, []rt.KwArg{
		{Name: "max_workers", Value: mw}, {Name: "initializer", Value: initializer}, {Name: "initargs", Value: initargs},
		{Name: "thread_name_prefix", Value: rt.Str("ProcessPoolExecutor")},
	})
	if err != nil {
		return nil, err
	}
	v.(*cfExecutor).typ = cfProcessType
	return v, nil
}

func cfExec(v rt.Value) *cfExecutor { return v.(*cfExecutor) }
