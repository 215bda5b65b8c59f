package stdlib

import (
	"fmt"
	goruntime "runtime"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The threading compatibility module (LANGUAGE.md §2.10): CPython's API
// mapped onto virtual threads. A threading.Thread runs in the background
// group (joined at exit) or, with daemon=True, in the daemon group (not
// joined: the process may end while it runs, as in CPython). The locks,
// events, conditions, semaphores and barriers are the runtime's.
//
// Thread is subclassable the CPython way (override run(), call
// Thread.__init__ from __init__): the instance of the subclass carries a
// threadObj, which knows that instance (SetOwner) to call its run() and
// to be what current_thread() returns.

var threadType = rt.NewBuiltinType("Thread", nil)
var timerType = rt.NewBuiltinType("Timer", threadType)

// mainThreadType is the class of the main thread's object, as in CPython.
var mainThreadType = rt.NewBuiltinType("_MainThread", threadType)

// threadObj is a threading.Thread (or the object current_thread()
// returns for a thread not started through threading).
type threadObj struct {
	cls *rt.Type

	mu          sync.Mutex
	initialized bool
	started     bool
	spawned     chan struct{} // closed once start has set fut (nil until start)
	th          *rt.Thread
	fut         *rt.Future
	target      rt.Value
	args        rt.Value // as given: unpacked when run() calls target
	kwargs      rt.Value // as given (None: {})
	name        string
	daemon      bool
	attrs       *rt.Dict
	owner       rt.Value // the user subclass's instance carrying o, or nil

	// Timer: its interval, event, and args/kwargs as given
	interval            rt.Value // a number, as given
	finished            *rt.Event
	timerArgs, timerKws rt.Value
}

// objMu guards rt.Thread.Obj (SetObj), which current_thread() fills lazily and
// main_thread()/enumerate() read from other threads.
var objMu sync.Mutex

func (o *threadObj) Type() *rt.Type { return o.cls }

// SetOwner records the instance of a Thread subclass that carries o.
func (o *threadObj) SetOwner(inst *rt.Instance) {
	o.mu.Lock()
	o.owner = inst
	o.mu.Unlock()
}

// value is the Python object of the thread: the subclass instance when
// there is one.
func (o *threadObj) value() rt.Value {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.owner != nil {
		return o.owner
	}
	return o
}

// threadObjOf returns (making it when needed) the object of thread th.
func threadObjOf(th *rt.Thread) *threadObj {
	setupThreadingTypes() // current_thread() without importing threading
	objMu.Lock()
	defer objMu.Unlock()
	if o, ok := th.Obj().(*threadObj); ok {
		return o
	}
	cls := threadType
	if th == rt.MainThread() {
		cls = mainThreadType
	}
	o := &threadObj{cls: cls, initialized: true, started: true, th: th, fut: th.Future(), name: th.Label()}
	th.SetObj(o)
	return o
}

func currentThread(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := rt.UnpackArgs("current_thread", args, kwargs); err != nil {
		return nil, err
	}
	return threadObjOf(th).value(), nil
}

func (o *threadObj) init(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) error {
	var group, target, name, targs, tkwargs, daemon rt.Value = rt.None, rt.None, rt.None, rt.EmptyTuple, rt.None, rt.None
	if err := rt.UnpackArgs("Thread", args, kwargs, "group?", &group, "target?", &target, "name?", &name,
		"args?", &targs, "kwargs?", &tkwargs, "*", "daemon?", &daemon); err != nil {
		return err
	}
	if group != rt.None {
		return rt.NewError(rt.AssertionErrorType, "group argument must be None for now")
	}
	if mod, ok := th.Env().Modules.GetStr("threading"); ok {
		// CPython's Thread.__init__ takes the hook then (_make_invoke_excepthook).
		if hook, err := rt.GetAttr(th, mod, "excepthook"); err == nil && hook == rt.None {
			return rt.NewError(rt.RuntimeErrorType, "threading.excepthook is None")
		}
	}
	if tkwargs == rt.None {
		tkwargs = rt.NewDict()
	}
	n := ""
	if name != rt.None {
		var err error
		n, err = rt.ToStr(th, name)
		if err != nil {
			return err
		}
	} else {
		n = "Thread-" + strconv.FormatUint(uint64(rt.NextThreadNumber()), 10)
		if target != rt.None && o.finished == nil { // a Timer is named Thread-N
			if tn, err := rt.GetAttr(th, target, "__name__"); err == nil {
				if s, ok := tn.(rt.Str); ok {
					n += " (" + string(s) + ")"
				}
			}
		}
	}
	d := false
	if daemon != rt.None {
		d = rt.Truthy(daemon)
	} else {
		d = threadObjOf(th).isDaemon()
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.started {
		return rt.NewError(rt.RuntimeErrorType, "cannot initialize a started thread")
	}
	o.initialized, o.target, o.args, o.kwargs, o.name, o.daemon = true, target, targs, tkwargs, n, d
	return nil
}

// checkInit is CPython's `assert self._initialized, "Thread.__init__() not
// called"` of the Thread properties and methods: a subclass whose
// __init__ forgot to call Thread.__init__.
func (o *threadObj) checkInit() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if !o.initialized {
		return rt.NewError(rt.AssertionErrorType, "Thread.__init__() not called")
	}
	return nil
}

func (o *threadObj) isDaemon() bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.daemon
}

func (o *threadObj) start(th *rt.Thread) error {
	o.mu.Lock()
	if !o.initialized {
		o.mu.Unlock()
		return rt.NewError(rt.RuntimeErrorType, "thread.__init__() not called")
	}
	if o.started {
		o.mu.Unlock()
		return rt.NewError(rt.RuntimeErrorType, "threads can only be started once")
	}
	o.started = true
	spawned := make(chan struct{})
	o.spawned = spawned
	defer close(spawned)
	g := th.Env().Background()
	if o.daemon {
		g = th.Env().Daemons()
	}
	name := o.name
	o.mu.Unlock()
	running := make(chan struct{})
	f, err := g.SpawnDetached(th, o, func(c *rt.Thread) (rt.Value, error) {
		close(running)
		// The thread may run before start has recorded it: its ident
		// must already be there for current_thread().ident.
		o.mu.Lock()
		if o.th == nil {
			o.th = c
		}
		o.mu.Unlock()
		rt.ClearContextVars(c)
		_, err := rt.CallMethod(c, o.value(), "run", nil, nil)
		if err != nil {
			err = threadExcepthook(c, o, err)
		}
		return rt.None, err
	}, name, rt.SpawnSite{})
	o.mu.Lock()
	if err != nil {
		o.started = false
		o.mu.Unlock()
		return err
	}
	o.fut, o.th = f, f.Thread()
	o.mu.Unlock()
	headStart(f, running)
	return nil
}

// headStart waits until thread c, just started, runs (closing running),
// and then lets it run first, for at most cfHeadStart, until it waits,
// sleeps, blocks or ends. CPython's start() returns once the new thread
// runs, and the new thread then keeps the GIL until it blocks or the
// 5 ms switch interval passes: code written for CPython prints the new
// thread's first lines ("Thread 1: starting") before the starter's next
// ones, and its expected output shows that order. The first wait ends
// too if the thread ends without running (cancelled) and after a second,
// in case the scheduler is starved.
func headStart(f *rt.Future, running <-chan struct{}) {
	t := time.NewTimer(time.Second)
	select {
	case <-running:
	case <-f.DoneChan():
	case <-t.C:
	}
	t.Stop()
	c := f.Thread()
	deadline := time.Now().Add(cfHeadStart)
	for c.State() == rt.StateRunning && time.Now().Before(deadline) {
		goruntime.Gosched()
	}
}

func (o *threadObj) run(th *rt.Thread) error {
	if o.finished != nil { // Timer: finished is set once it has run
		defer o.finished.Set()
		d, err := rt.WaitTimeout(o.interval)
		if err != nil {
			return err
		}
		ok, err := o.finished.Wait(th, d)
		if err != nil || ok {
			return err
		}
	}
	o.mu.Lock()
	initialized, target, args, kwargs := o.initialized, o.target, o.args, o.kwargs
	o.mu.Unlock()
	if !initialized { // CPython's run() reads self._target, which __init__ sets
		return rt.NewError(rt.AttributeErrorType, "'%s' object has no attribute '_target'", rt.TypeName(o.value()))
	}
	if target == nil || target == rt.None {
		return nil
	}
	_, err := rt.CallUnpacked(th, target, args, kwargs)
	return err
}

func (o *threadObj) join(th *rt.Thread, timeout rt.Value) error {
	o.mu.Lock()
	initialized, started, spawned := o.initialized, o.started, o.spawned
	o.mu.Unlock()
	if !initialized {
		return rt.NewError(rt.RuntimeErrorType, "Thread.__init__() not called")
	}
	if !started {
		return rt.NewError(rt.RuntimeErrorType, "cannot join thread before it is started")
	}
	if spawned != nil {
		// The thread may already run (and be joined by a thread it told)
		// before start has recorded its future: wait for start to finish.
		<-spawned
	}
	o.mu.Lock()
	f, t := o.fut, o.th
	o.mu.Unlock()
	if t == th {
		return rt.NewError(rt.RuntimeErrorType, "cannot join current thread")
	}
	d, err := rt.WaitTimeout(timeout)
	if err != nil {
		return err
	}
	if f == nil {
		if t != nil && t == rt.MainThread() {
			return joinMain(th, t, d)
		}
		return nil // a thread not made by threading
	}
	err = f.Join(th, d)
	if rt.IsExc(err, rt.TimeoutErrorType) {
		return nil // join(timeout) just returns; is_alive() tells
	}
	return err
}

func (o *threadObj) isAlive() bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	if !o.started {
		return false
	}
	if o.fut == nil {
		return o.th != nil && o.th.State() != rt.StateDone
	}
	return !o.fut.Done()
}

// GetAttr serves the instance attributes, the properties (name, ident,
// daemon, ...) and binds methods of a Python subclass.
func (o *threadObj) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	o.mu.Lock()
	if o.attrs != nil {
		if v, ok := o.attrs.GetStr(name); ok {
			o.mu.Unlock()
			return v, nil
		}
	}
	o.mu.Unlock()
	switch name {
	case "name", "ident", "native_id", "daemon":
		if err := o.checkInit(); err != nil {
			return nil, err
		}
	}
	switch name {
	case "name":
		o.mu.Lock()
		defer o.mu.Unlock()
		return rt.Str(o.name), nil
	case "ident", "native_id":
		o.mu.Lock()
		defer o.mu.Unlock()
		if o.th == nil {
			return rt.None, nil
		}
		return rt.MakeInt(int64(o.th.ID())), nil
	case "daemon":
		return rt.Bool(o.isDaemon()), nil
	case "_target", "function":
		if name == "function" && o.finished == nil {
			return nil, nil
		}
		o.mu.Lock()
		defer o.mu.Unlock()
		if o.target == nil {
			return rt.None, nil
		}
		return o.target, nil
	case "args", "kwargs":
		if o.finished == nil {
			return nil, nil
		}
		if name == "args" {
			return o.timerArgs, nil
		}
		return o.timerKws, nil
	case "_args", "_kwargs":
		o.mu.Lock()
		defer o.mu.Unlock()
		if name == "_args" {
			return o.args, nil
		}
		return o.kwargs, nil
	case "interval":
		if o.finished != nil {
			return o.interval, nil
		}
	case "finished":
		if o.finished != nil {
			return o.finished, nil
		}
	case "__dict__":
		o.mu.Lock()
		defer o.mu.Unlock()
		if o.attrs == nil {
			o.attrs = rt.NewDict()
		}
		return o.attrs, nil
	}
	return nil, nil
}

// SetAttr sets name/daemon or an instance attribute.
func (o *threadObj) SetAttr(th *rt.Thread, name string, v rt.Value) error {
	switch name {
	case "name":
		if err := o.checkInit(); err != nil {
			return err
		}
		s, err := rt.ToStr(th, v)
		if err != nil {
			return err
		}
		o.mu.Lock()
		o.name = s
		if o.th != nil {
			o.th.SetName(s)
		}
		o.mu.Unlock()
		return nil
	case "daemon":
		o.mu.Lock()
		defer o.mu.Unlock()
		if !o.initialized {
			return rt.NewError(rt.RuntimeErrorType, "Thread.__init__() not called")
		}
		if o.started {
			return rt.NewError(rt.RuntimeErrorType, "cannot set daemon status of active thread")
		}
		o.daemon = rt.Truthy(v)
		return nil
	case "_target":
		o.mu.Lock()
		defer o.mu.Unlock()
		o.target = v
		if v == nil {
			o.target = rt.None
		}
		return nil
	case "_args", "_kwargs":
		o.mu.Lock()
		defer o.mu.Unlock()
		if name == "_args" {
			if v == nil {
				v = rt.EmptyTuple
			}
			o.args = v
		} else {
			if v == nil {
				v = rt.NewDict()
			}
			o.kwargs = v
		}
		return nil
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.attrs == nil {
		o.attrs = rt.NewDict()
	}
	if v == nil {
		if _, ok, _ := o.attrs.Delete(th, rt.Str(name)); !ok {
			return rt.NewError(rt.AttributeErrorType, "'%s' object has no attribute '%s'", o.cls.Name(), name)
		}
		return nil
	}
	o.attrs.SetStr(name, v)
	return nil
}

func (o *threadObj) Repr(th *rt.Thread) (string, error) {
	o.mu.Lock()
	initialized, started, name, t := o.initialized, o.started, o.name, o.th
	o.mu.Unlock()
	if !initialized {
		return "", rt.NewError(rt.AssertionErrorType, "Thread.__init__() was not called")
	}
	status := "initial"
	if started {
		status = "started"
		if !o.isAlive() {
			status = "stopped"
		}
		if o.isDaemon() {
			status += " daemon"
		}
		if t != nil {
			status += " " + strconv.FormatUint(t.ID(), 10)
		}
	}
	return fmt.Sprintf("<%s(%s, %s)>", rt.TypeName(o.value()), name, status), nil
}

// initTimer is Timer.__init__(interval, function, args=None, kwargs=None).
func (o *threadObj) initTimer(th *rt.Thread, fname string, args []rt.Value, kwargs []rt.KwArg) error {
	var interval, function, targs, tkwargs rt.Value = nil, nil, rt.None, rt.None
	if err := rt.UnpackArgs(fname, args, kwargs, "interval", &interval, "function", &function, "args?", &targs, "kwargs?", &tkwargs); err != nil {
		return err
	}
	if _, ok := rt.AsFloat(interval); !ok {
		return rt.NewError(rt.TypeErrorType, "Timer() argument 'interval' must be a number, not '%s'", rt.TypeName(interval))
	}
	if targs == rt.None {
		targs = rt.NewList(nil)
	}
	if tkwargs == rt.None {
		tkwargs = rt.NewDict()
	}
	o.mu.Lock()
	o.interval, o.timerArgs, o.timerKws = interval, targs, tkwargs
	o.mu.Unlock()
	return o.init(th, nil, []rt.KwArg{{Name: "target", Value: function}, {Name: "args", Value: targs}, {Name: "kwargs", Value: tkwargs}})
}

// tobj is the threadObj of a Thread method's receiver (a subclass
// instance called through Thread.__init__(self) arrives unwrapped only
// when bound).
func tobj(v rt.Value) *threadObj { return instBase(v).(*threadObj) }

// threadProperty is the data descriptor of a Thread attribute served by
// threadObj.GetAttr/SetAttr, so that a subclass instance reaches them.
func threadProperty(name string, settable bool) *rt.Property {
	p := &rt.Property{Name: name, Get: rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return tobj(args[0]).GetAttr(th, name)
	})}
	if settable {
		p.Set = rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, tobj(args[0]).SetAttr(th, name, args[1])
		})
	}
	if name[0] == '_' { // run() deletes _target, _args and _kwargs
		p.Del = rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, tobj(args[0]).SetAttr(th, name, nil)
		})
	}
	return p
}

// loadThreadingModule makes the threading module (registered in modules.go).
func loadThreadingModule() *rt.Module {
	setupThreadingTypes()
	return newThreadingModule()
}

// threadingSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib):
// threading objects exist only once threading is imported or a
// thread's object is made (threadObjOf, e.g. by _thread or logging).
var threadingSetup sync.Once

func setupThreadingTypes() { threadingSetup.Do(initThreadingTypes) }

func initThreadingTypes() {
	threadType.SetModule("threading")
	timerType.SetModule("threading")
	mainThreadType.SetModule("threading")
	threadType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		// A subclass defining __init__ (rt.DeferInit) passes itself as
		// cls: its __init__ calls Thread.__init__.
		o := &threadObj{cls: threadType}
		if cls == threadType {
			if err := o.init(th, args, kwargs); err != nil {
				return nil, err
			}
		}
		return o, nil
	}
	for _, name := range []string{"name", "daemon", "ident", "native_id", "_target", "_args", "_kwargs"} {
		threadType.Dict.SetStr(name, threadProperty(name, name != "ident" && name != "native_id"))
	}
	threadType.AddMethods(
		rt.NewMethod("__init__", func(th *rt.Thread, s rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, tobj(s).init(th, args, kwargs)
		}),
		rt.NewMethod("start", func(th *rt.Thread, s rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("start", args, kwargs); err != nil {
				return nil, err
			}
			return rt.None, tobj(s).start(th)
		}),
		rt.NewMethod("run", func(th *rt.Thread, s rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("run", args, kwargs); err != nil {
				return nil, err
			}
			return rt.None, tobj(s).run(th)
		}),
		rt.NewMethod("join", func(th *rt.Thread, s rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var timeout rt.Value = rt.None
			if err := rt.UnpackArgs("join", args, kwargs, "timeout?", &timeout); err != nil {
				return nil, err
			}
			return rt.None, tobj(s).join(th, timeout)
		}),
		rt.NewMethod("is_alive", func(th *rt.Thread, s rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := tobj(s).checkInit(); err != nil {
				return nil, err
			}
			return rt.Bool(tobj(s).isAlive()), nil
		}),
		rt.NewMethod("getName", func(th *rt.Thread, s rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := deprecated(th, "getName() is deprecated, get the name attribute instead"); err != nil {
				return nil, err
			}
			return tobj(s).GetAttr(th, "name")
		}),
		rt.NewMethod("setName", func(th *rt.Thread, s rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := oneArg("setName", args, kwargs)
			if err != nil {
				return nil, err
			}
			if err := deprecated(th, "setName() is deprecated, set the name attribute instead"); err != nil {
				return nil, err
			}
			return rt.None, tobj(s).SetAttr(th, "name", v)
		}),
		rt.NewMethod("isDaemon", func(th *rt.Thread, s rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := deprecated(th, "isDaemon() is deprecated, get the daemon attribute instead"); err != nil {
				return nil, err
			}
			return tobj(s).GetAttr(th, "daemon")
		}),
		rt.NewMethod("setDaemon", func(th *rt.Thread, s rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := oneArg("setDaemon", args, kwargs)
			if err != nil {
				return nil, err
			}
			if err := deprecated(th, "setDaemon() is deprecated, set the daemon attribute instead"); err != nil {
				return nil, err
			}
			return rt.None, tobj(s).SetAttr(th, "daemon", v)
		}),
	)
	// Timer's attributes, reachable from a subclass instance too.
	for _, name := range []string{"interval", "function", "args", "kwargs", "finished"} {
		timerType.Dict.SetStr(name, threadProperty(name, false))
	}

	timerType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		o := &threadObj{cls: timerType, finished: &rt.Event{}}
		if cls == timerType { // else a subclass's __init__ calls Timer.__init__
			if err := o.initTimer(th, "Timer", args, kwargs); err != nil {
				return nil, err
			}
		}
		return o, nil
	}
	timerType.AddMethods(
		rt.NewMethod("__init__", func(th *rt.Thread, s rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, tobj(s).initTimer(th, "__init__", args, kwargs)
		}),
		rt.NewMethod("cancel", func(th *rt.Thread, s rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if f := tobj(s).finished; f != nil {
				f.Set()
			}
			return rt.None, nil
		}),
	)

	deprecatedMethod(rt.EventType, "isSet", "is_set")
	deprecatedMethod(rt.ConditionType, "notifyAll", "notify_all")

}

// A Thread or Timer subclass defining __init__ passes the arguments
// through Thread.__init__ / Timer.__init__. Registered at package init:
// allocations read the table from any thread.
func init() {
	rt.DeferInit(threadType)
	rt.DeferInit(timerType)
}

func newThreadingModule() *rt.Module {
	m := rt.NewModule("threading")
	for name, v := range map[string]rt.Value{
		"Thread":             threadType,
		"Timer":              timerType,
		"Lock":               rt.LockType,
		"RLock":              rt.RLockType,
		"Event":              rt.EventType,
		"Semaphore":          rt.SemaphoreType,
		"BoundedSemaphore":   rt.BoundedSemaphoreType,
		"Condition":          rt.ConditionType,
		"Barrier":            rt.BarrierType,
		"BrokenBarrierError": rt.BrokenBarrierErrorType,
		"ThreadError":        rt.RuntimeErrorType, // _thread.error
		"local":              rt.LocalType,
		"excepthook":         defaultThreadExcepthook,
		"__excepthook__":     defaultThreadExcepthook,
		"ExceptHookArgs":     exceptHookArgsType,
		"TIMEOUT_MAX":        rt.Float(1e9),
	} {
		m.Dict.SetStr(name, v)
	}
	for _, f := range []*rt.Builtin{
		rt.NewFunc("current_thread", currentThread),
		deprecatedAlias("currentThread", "current_thread", currentThread),
		rt.NewFunc("main_thread", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("main_thread", args, kwargs); err != nil {
				return nil, err
			}
			if m := rt.MainThread(); m != nil {
				return threadObjOf(m).value(), nil
			}
			return threadObjOf(th).value(), nil
		}),
		rt.NewFunc("active_count", activeCount),
		deprecatedAlias("activeCount", "active_count", activeCount),
		rt.NewFunc("enumerate", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("enumerate", args, kwargs); err != nil {
				return nil, err
			}
			// In start order, as CPython lists its _active threads.
			ts := rt.AllThreads(th)
			sort.Slice(ts, func(i, j int) bool { return ts[i].ID() < ts[j].ID() })
			out := make([]rt.Value, len(ts))
			for i, t := range ts {
				out[i] = threadObjOf(t).value()
			}
			return rt.NewList(out), nil
		}),
		rt.NewFunc("get_ident", getIdent),
		rt.NewFunc("get_native_id", getIdent),
		rt.NewFunc("settrace", noop),
		rt.NewFunc("setprofile", noop),
		rt.NewFunc("stack_size", stackSize),
	} {
		m.Dict.SetStr(f.Name, f)
	}
	return m
}

// threadStackSize is the size stack_size() last set (0: the default).
// A virtual thread's stack grows as needed, so it only checks and
// remembers the value, as CPython's API reports it.
var threadStackSize atomic.Int64

// stackSize is stack_size([size]): it sets size (0 when not given) and
// returns the previous one.
func stackSize(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(kwargs) > 0 {
		return nil, rt.NewError(rt.TypeErrorType, "stack_size() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, rt.NewError(rt.TypeErrorType, "stack_size() takes at most 1 argument (%d given)", len(args))
	}
	n := 0 // no size: back to the default, as CPython
	if len(args) == 1 {
		var err error
		if n, err = rt.IndexInt(args[0]); err != nil {
			return nil, err
		}
	}
	switch {
	case n < 0:
		return nil, rt.NewError(rt.ValueErrorType, "size must be 0 or a positive value")
	case n != 0 && n < 32768: // CPython's THREAD_STACK_MIN
		return nil, rt.NewError(rt.ValueErrorType, "size not valid: %d bytes", n)
	}
	return rt.MakeInt(threadStackSize.Swap(int64(n))), nil
}

func activeCount(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := rt.UnpackArgs("active_count", args, kwargs); err != nil {
		return nil, err
	}
	return rt.MakeInt(int64(len(rt.AllThreads(th)))), nil
}

func getIdent(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	return rt.MakeInt(int64(th.ID())), nil
}

func noop(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	return rt.None, nil
}

// deprecated issues a DeprecationWarning for the caller's line (CPython
// 3.10+ deprecates the camelCase aliases of threading).
func deprecated(th *rt.Thread, msg string) error {
	_, err := warningsWarn(th, []rt.Value{rt.Str(msg), rt.DeprecationWarningType}, nil)
	return err
}

// deprecatedAlias is the module function old, fn with a DeprecationWarning.
func deprecatedAlias(old, name string, fn func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
	return rt.NewFunc(old, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := deprecated(th, old+"() is deprecated, use "+name+"() instead"); err != nil {
			return nil, err
		}
		return fn(th, args, kwargs)
	})
}

// deprecatedMethod replaces method old of t, an alias of name, by one
// that warns first (Event.isSet, Condition.notifyAll).
func deprecatedMethod(t *rt.Type, old, name string) {
	t.AddMethods(rt.NewMethod(old, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := deprecated(th, old+"() is deprecated, use "+name+"() instead"); err != nil {
			return nil, err
		}
		return rt.CallMethod(th, self, name, args, kwargs)
	}))
}
