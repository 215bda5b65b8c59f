package interp

import (
	"errors"
	"fmt"
	"iter"
	goruntime "runtime"
	"sync/atomic"

	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/runtime"
)

// Generators that one consumer owns (for loops, yield from, comprehension
// sources, sum/list/...) run inline on the consumer's goroutine instead,
// with no switch per item: see generator_push.go.
//
// Generators run their body on a coroutine (iter.Pull): a yield suspends
// the body's goroutine and hands the value to the resumer; send/throw
// store what the yield expression should produce before resuming it. The
// body always runs on the resumer's *runtime.Thread (the frame's th is
// updated on each resume), so a generator may be resumed by any thread.
//
// Abandoned generators: the coroutine is created lazily on the first
// resume, which also registers a cleanup on the Generator object
// (runtime.AddCleanup) that stops the coroutine once the object is
// unreachable. The coroutine
// only references the genState, never the Generator, so a suspended body
// does not keep its own Generator alive. Stopping makes the pending yield
// return errGenAbort, which unwinds the body without running except or
// finally blocks (the thread that last ran it may be busy elsewhere).
// close() is the orderly way: it throws GeneratorExit in, running finally
// blocks, as CPython does.

// errGenAbort unwinds an abandoned generator's body. It is not a Python
// exception: no handler catches it and finally blocks do not run.
var errGenAbort = errors.New("generator abandoned")

type genState struct {
	fr      *Frame
	next    func() (runtime.Value, bool)
	stop    func()
	yieldFn func(runtime.Value) bool

	sendVal  runtime.Value
	throwExc *runtime.Exception

	// Inline modes (generator_push.go): the body runs on the consumer's
	// goroutine. sink is set in push mode (each yield calls the consumer),
	// parent in delegate mode (an inline `yield from` sub-generator whose
	// yields are the delegating generator's). closing: GeneratorExit was
	// delivered at a yield (exitExc); ignored: the body yielded again
	// after that. stopErr is why a push consumer stopped.
	sink      func(runtime.Value) error
	parent    *genState
	closing   bool
	ignored   bool
	inCleanup bool
	detached  bool // an inline delegate's frame is on no thread's stack (abandoned while suspended)
	exitExc   *runtime.Exception
	stopErr   error

	started, running, finished bool
	// busy is taken (CompareAndSwap) by the thread that runs the body,
	// before any other field is looked at: a generator shared between
	// threads is run by one at a time; the others get CPython's
	// "generator already executing" (stress/generators_shared.sp).
	busy           uint32 // atomic; claim/unclaim (not atomic.Bool: pushIter.gen copies the state)
	retval         runtime.Value
	err            error
	panicVal       any
	name, qualname string
	coros          *coroutines // the set st is in once its coroutine started (generator_registry.go)
	// held is the groups and cancel scopes the suspended body holds
	// open (runtime/suspended.go).
	held runtime.Held
	// outer is the consumer's group and scope in push mode: a yield
	// inside a group or scope of the body restores them around the
	// consumer's code (push).
	outer runtime.Outer
}

// claim takes st.busy for the calling thread; false: another thread (or
// the body itself, re-entrantly) is running the generator.
func (st *genState) claim() bool { return atomic.CompareAndSwapUint32(&st.busy, 0, 1) }

func (st *genState) unclaim() { atomic.StoreUint32(&st.busy, 0) }

// Generator is a generator object.
type Generator struct {
	st *genState
}

var (
	_ runtime.Iterable = (*Generator)(nil)
	_ runtime.Iterator = (*Generator)(nil)
	_ runtime.HasRepr  = (*Generator)(nil)
)

func newGenerator(fr *Frame) *Generator {
	st := &genState{fr: fr, name: fr.code.info.Name, qualname: fr.code.info.Qualname}
	if fr.fn != nil {
		m := fr.fn.meta()
		st.name, st.qualname = m.name, m.qualname
	}
	fr.gen = st
	return &Generator{st: st}
}

// abandon stops a suspended coroutine (cleanup of an unreachable
// generator). Safe to call more than once.
func (st *genState) abandon() {
	if st.stop != nil {
		st.stop()
		st.stop = nil
		st.next = nil
		st.held.Abandon()
	}
}

// seq is the coroutine body.
func (st *genState) seq(yield func(runtime.Value) bool) {
	st.yieldFn = yield
	fr := st.fr
	defer func() {
		if p := recover(); p != nil {
			st.panicVal = p
		}
	}()
	c, err := fr.code.body(fr)
	if err != nil {
		st.err = err
		return
	}
	if c == ctrlReturn && fr.ret != nil {
		st.retval = fr.ret
	} else {
		st.retval = runtime.None
	}
}

// yield is called by the compiled body for `yield v`: it suspends until
// resumed and returns the sent value (or raises the thrown exception).
func (st *genState) yield(fr *Frame, v runtime.Value) (runtime.Value, error) {
	var send runtime.Value
	var throw *runtime.Exception
	var err error
	if st.sink != nil && !st.closing {
		// Push mode (generator_push.go), the common case: one call.
		// st.push(v), inlined by hand (bench/generators.sp).
		var serr error
		if fr.th.Within(st.outer) {
			serr = st.sink(v)
		} else {
			serr = st.pushHeld(v)
		}
		if serr == nil {
			return runtime.None, nil
		}
		send, throw, err = st.pushStopped(serr)
	} else {
		send, throw, err = st.suspend(v)
	}
	if err != nil {
		return nil, err
	}
	if throw != nil {
		fr.tbExc = nil
		return nil, throw
	}
	return send, nil
}

// suspend hands v to whoever drives the generator and returns what the
// yield produces: the sent value (None for next), or an exception thrown
// in, or errGenAbort (unwind without handlers). Coroutine mode switches
// goroutines; the inline modes are in generator_push.go.
func (st *genState) suspend(v runtime.Value) (runtime.Value, *runtime.Exception, error) {
	if st.sink != nil || st.parent != nil {
		return st.suspendInline(v)
	}
	if !st.yieldFn(v) {
		return nil, nil, errGenAbort
	}
	if exc := st.throwExc; exc != nil {
		st.throwExc = nil
		return nil, exc, nil
	}
	s := st.sendVal
	st.sendVal = nil
	if s == nil {
		s = runtime.None
	}
	return s, nil, nil
}

// resume runs the body until its next yield (ok=true, the yielded value)
// or its end (ok=false; v is the return value, or err is set).
func (g *Generator) resume(th *runtime.Thread, send runtime.Value, throw *runtime.Exception) (v runtime.Value, ok bool, err error) {
	st := g.st
	if !st.claim() {
		return nil, false, errAlreadyExecuting()
	}
	defer st.unclaim()
	return g.resumeClaimed(th, send, throw)
}

func errAlreadyExecuting() error {
	return runtime.NewError(runtime.ValueErrorType, "generator already executing")
}

// resumeClaimed is resume with st.busy held by the caller.
func (g *Generator) resumeClaimed(th *runtime.Thread, send runtime.Value, throw *runtime.Exception) (v runtime.Value, ok bool, err error) {
	st := g.st
	if st.finished {
		if throw != nil {
			return nil, false, throw
		}
		return runtime.None, false, nil
	}
	if !st.started {
		if throw != nil {
			st.finish()
			return nil, false, throw
		}
		if send != nil && send != runtime.None {
			return nil, false, runtime.NewError(runtime.TypeErrorType, "can't send non-None value to a just-started generator")
		}
	}
	st.started = true
	st.running = true
	st.sendVal, st.throwExc = send, throw
	fr := st.fr
	fr.th = th
	if st.next == nil {
		st.next, st.stop = iter.Pull(st.seq)
		st.coros = coroutinesOfEnv(th.Env())
		st.coros.add(st)
		goruntime.AddCleanup(g, (*genState).release, st)
	}
	if err := th.Enter(&fr.StackFrame); err != nil {
		st.running = false
		return nil, false, err
	}
	outer := th.Resume(&st.held)
	v, ok = st.next()
	th.Suspend(&st.held, outer)
	th.Leave(&fr.StackFrame)
	// The suspended coroutine's stack is a root of the collector: a link
	// to the caller's frame would keep the caller's locals alive, and
	// with them this generator when one of them holds it (a cycle the
	// cleanup can never break; soak_threads.sh leaked ~2 KB per thread).
	fr.Parent = nil
	st.running = false
	if p := st.panicVal; p != nil {
		st.panicVal = nil
		st.finish()
		panic(p)
	}
	if ok {
		return v, true, nil
	}
	err, ret := st.err, st.retval
	st.finish()
	if err != nil {
		fr.addTraceback(err)
		if runtime.IsExc(err, runtime.StopIterationType) {
			exc := err.(*runtime.Exception)
			re := runtime.NewError(runtime.RuntimeErrorType, "generator raised StopIteration")
			re.Cause, re.Context, re.SuppressContext = exc, exc, true
			return nil, false, re
		}
		return nil, false, err
	}
	if ret == nil {
		ret = runtime.None
	}
	return ret, false, nil
}

func (st *genState) finish() {
	st.finished = true
	if st.coros != nil {
		st.coros.remove(st)
	}
	st.next, st.stop = nil, nil
	st.err, st.retval = nil, nil
	if st.fr != nil {
		st.fr.gen = nil
		st.fr = nil
	}
}

// Type returns runtime.GeneratorType.
func (*Generator) Type() *runtime.Type { return runtime.GeneratorType }

// Repr is <generator object f at 0x...>.
func (g *Generator) Repr(th *runtime.Thread) (string, error) {
	return fmt.Sprintf("<generator object %s at 0x%x>", g.st.qualname, runtime.Id(g)), nil
}

// Iter returns the generator itself.
func (g *Generator) Iter(th *runtime.Thread) (runtime.Iterator, error) { return g, nil }

// Next implements runtime.Iterator (ok=false at the end; the return value
// is only visible through __next__/send, whose StopIteration carries it).
func (g *Generator) Next(th *runtime.Thread) (runtime.Value, bool, error) {
	v, ok, err := g.resume(th, runtime.None, nil)
	if err != nil || !ok {
		return nil, false, err
	}
	return v, true, nil
}

func stopIteration(v runtime.Value) *runtime.Exception {
	exc := runtime.NewException(runtime.StopIterationType)
	if v != nil && v != runtime.None {
		exc.Args = []runtime.Value{v}
	}
	exc.Attrs = runtime.NewDict()
	if v == nil {
		v = runtime.None
	}
	exc.Attrs.SetStr("value", v)
	return exc
}

// stopValue is StopIteration.value.
func stopValue(exc *runtime.Exception) runtime.Value {
	if exc.Attrs != nil {
		if v, ok := exc.Attrs.GetStr("value"); ok {
			return v
		}
	}
	if len(exc.Args) > 0 {
		return exc.Args[0]
	}
	return runtime.None
}

// send is gen.send(v).
func (g *Generator) send(th *runtime.Thread, v runtime.Value) (runtime.Value, error) {
	r, ok, err := g.resume(th, v, nil)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, stopIteration(r)
	}
	return r, nil
}

// throw is gen.throw(exc).
func (g *Generator) throw(th *runtime.Thread, exc *runtime.Exception) (runtime.Value, error) {
	r, ok, err := g.resume(th, nil, exc)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, stopIteration(r)
	}
	return r, nil
}

// close is gen.close().
// It holds st.busy throughout (another thread resuming the generator
// meanwhile gets "generator already executing", and so does this close
// when another thread is running it), so that the state it reads and the
// abandon/finish after an ignored GeneratorExit cannot race with a resume.
func (g *Generator) close(th *runtime.Thread) error {
	st := g.st
	if !st.claim() {
		return errAlreadyExecuting()
	}
	defer st.unclaim()
	if st.finished {
		return nil
	}
	if !st.started {
		st.finish()
		return nil
	}
	_, ok, err := g.resumeClaimed(th, nil, runtime.NewException(runtime.GeneratorExitType))
	if ok {
		st.abandon()
		st.finish()
		return runtime.NewError(runtime.RuntimeErrorType, "generator ignored GeneratorExit")
	}
	if err != nil && !runtime.IsExc(err, runtime.GeneratorExitType) && !runtime.IsExc(err, runtime.StopIterationType) {
		return err
	}
	return nil
}

// throwArgs converts gen.throw's arguments into an exception.
func throwArgs(th *runtime.Thread, args []runtime.Value) (*runtime.Exception, error) {
	if len(args) == 0 || len(args) > 3 {
		return nil, runtime.NewError(runtime.TypeErrorType, "throw expected at least 1 argument, got %d", len(args))
	}
	typ := args[0]
	if len(args) >= 2 && args[1] != runtime.None {
		if e, ok := args[1].(*runtime.Exception); ok {
			return e, nil
		}
		if t, ok := typ.(*runtime.Type); ok && t.Exception {
			r, err := runtime.Call(th, t, []runtime.Value{args[1]}, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := r.(*runtime.Exception); ok {
				return e, nil
			}
		}
	}
	e, err := makeException(th, typ, false)
	if err != nil {
		return nil, runtime.NewError(runtime.TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s", runtime.TypeName(typ))
	}
	return e, nil
}

// genAttr makes a read-only attribute of generators (__name__,
// gi_running, ...): a property in runtime.GeneratorType's dict, like the
// methods, so that a generator has no per-object attribute lookup and
// method calls on it take the plain builtin path.
func genAttr(name string, get func(st *genState) runtime.Value) *runtime.Property {
	return &runtime.Property{Name: name, Get: runtime.NewMethod(name, func(th *runtime.Thread, self runtime.Value, args []runtime.Value, kw []runtime.KwArg) (runtime.Value, error) {
		g, err := genSelf(self, name)
		if err != nil {
			return nil, err
		}
		return get(g.st), nil
	})}
}

func genSelf(self runtime.Value, method string) (*Generator, error) {
	if p, ok := self.(*pushIter); ok {
		return p.gen(), nil
	}
	g, ok := self.(*Generator)
	if !ok {
		return nil, runtime.NewError(runtime.TypeErrorType, "descriptor '%s' for 'generator' objects doesn't apply to a '%s' object", method, runtime.TypeName(self))
	}
	return g, nil
}

func init() {
	for _, p := range []*runtime.Property{
		genAttr("__name__", func(st *genState) runtime.Value { return runtime.Str(st.name) }),
		genAttr("__qualname__", func(st *genState) runtime.Value { return runtime.Str(st.qualname) }),
		// busy, not running: another thread may be running the body.
		genAttr("gi_running", func(st *genState) runtime.Value { return runtime.Bool(atomic.LoadUint32(&st.busy) != 0) }),
		genAttr("gi_frame", genFrame),
		genAttr("gi_code", func(st *genState) runtime.Value { return &codeValue{st.fr.code} }),
	} {
		runtime.GeneratorType.Dict.SetStr(p.Name, p)
	}
	runtime.GeneratorType.AddMethods(
		runtime.Method1(runtime.NewMethod("send", func(th *runtime.Thread, self runtime.Value, args []runtime.Value, kw []runtime.KwArg) (runtime.Value, error) {
			g, err := genSelf(self, "send")
			if err != nil {
				return nil, err
			}
			if len(args) != 1 || len(kw) > 0 {
				return nil, runtime.NewError(runtime.TypeErrorType, "generator.send() takes exactly one argument (%d given)", len(args))
			}
			return g.send(th, args[0])
		}), func(th *runtime.Thread, g *Generator, v runtime.Value) (runtime.Value, error) { return g.send(th, v) }),
		runtime.NewMethod("throw", func(th *runtime.Thread, self runtime.Value, args []runtime.Value, kw []runtime.KwArg) (runtime.Value, error) {
			g, err := genSelf(self, "throw")
			if err != nil {
				return nil, err
			}
			exc, err := throwArgs(th, args)
			if err != nil {
				return nil, err
			}
			return g.throw(th, exc)
		}),
		runtime.NewMethod("close", func(th *runtime.Thread, self runtime.Value, args []runtime.Value, kw []runtime.KwArg) (runtime.Value, error) {
			g, err := genSelf(self, "close")
			if err != nil {
				return nil, err
			}
			if err := g.close(th); err != nil {
				return nil, err
			}
			return runtime.None, nil
		}),
		runtime.NewMethod("__next__", func(th *runtime.Thread, self runtime.Value, args []runtime.Value, kw []runtime.KwArg) (runtime.Value, error) {
			g, err := genSelf(self, "__next__")
			if err != nil {
				return nil, err
			}
			return g.send(th, runtime.None)
		}),
		runtime.NewMethod("__iter__", func(th *runtime.Thread, self runtime.Value, args []runtime.Value, kw []runtime.KwArg) (runtime.Value, error) {
			return self, nil
		}),
	)
}

// ---- yield expressions ----

func (c *compiler) yield(x *ast.Yield) exprFn {
	var val exprFn
	if x.Value != nil {
		val = c.expr(x.Value)
	}
	return func(fr *Frame) (runtime.Value, error) {
		var v runtime.Value = runtime.None
		if val != nil {
			var err error
			v, err = val(fr)
			if err != nil {
				return nil, err
			}
		}
		return fr.gen.yield(fr, v)
	}
}

func (c *compiler) yieldFrom(x *ast.YieldFrom) exprFn {
	sub := c.ownedExpr(x.Value, ownDelegate)
	pos := spanOf(x)
	return func(fr *Frame) (runtime.Value, error) {
		v, err := sub(fr)
		if err != nil {
			return nil, err
		}
		switch x := v.(type) {
		case *pushIter:
			return mark{fr, pos}.ret(yieldFromInline(fr, x))
		case *runtime.Instance:
			p, ok, err := ownedInstanceIter(fr, x, true)
			if err != nil {
				return nil, err
			}
			if ok {
				return mark{fr, pos}.ret(yieldFromInline(fr, p))
			}
		}
		return mark{fr, pos}.ret(yieldFrom(fr, v))
	}
}

func yieldFrom(fr *Frame, v runtime.Value) (runtime.Value, error) {
	st := fr.gen
	subGen, isGen := v.(*Generator)
	var it runtime.Iterator
	if !isGen {
		var err error
		it, err = runtime.Iter(fr.th, v)
		if err != nil {
			return nil, err
		}
	}
	var send runtime.Value = runtime.None
	var throw *runtime.Exception
	for {
		th := fr.th
		var y runtime.Value
		var ok bool
		var err error
		if isGen {
			y, ok, err = subGen.resume(th, send, throw)
			if err == nil && !ok {
				return y, nil
			}
		} else {
			y, ok, err = resumeIter(th, v, it, send, throw)
			if err == nil && !ok {
				return y, nil
			}
		}
		if err != nil {
			if runtime.IsExc(err, runtime.StopIterationType) && !isGen {
				return stopValue(err.(*runtime.Exception)), nil
			}
			return nil, err
		}
		// Pass the value up and wait to be resumed.
		s, exc, err := st.suspend(y)
		if err != nil {
			return nil, err
		}
		send, throw = runtime.None, nil
		if exc != nil {
			if exc.Class.IsSubtype(runtime.GeneratorExitType) {
				if isGen {
					if err := subGen.close(fr.th); err != nil {
						return nil, err
					}
				} else if cl, err := runtime.GetAttr(fr.th, v, "close"); err == nil {
					if _, err := runtime.Call(fr.th, cl, nil, nil); err != nil {
						return nil, err
					}
				}
				fr.tbExc = nil
				return nil, exc
			}
			throw = exc
		} else {
			send = s
		}
	}
}

// resumeIter advances a non-generator iterator for yield from, using its
// send/throw methods when a value or exception is passed in.
func resumeIter(th *runtime.Thread, v runtime.Value, it runtime.Iterator, send runtime.Value, throw *runtime.Exception) (runtime.Value, bool, error) {
	if throw != nil {
		m, err := runtime.GetAttr(th, v, "throw")
		if err != nil {
			return nil, false, throw
		}
		r, err := runtime.Call(th, m, []runtime.Value{throw}, nil)
		if err != nil {
			return nil, false, err
		}
		return r, true, nil
	}
	if send != nil && send != runtime.None {
		m, err := runtime.GetAttr(th, v, "send")
		if err != nil {
			return nil, false, err
		}
		r, err := runtime.Call(th, m, []runtime.Value{send}, nil)
		if err != nil {
			return nil, false, err
		}
		return r, true, nil
	}
	item, ok, err := it.Next(th)
	if err != nil {
		return nil, false, err
	}
	if !ok {
		return runtime.None, false, nil
	}
	return item, true, nil
}
