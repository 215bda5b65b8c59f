package interp

import (
	"errors"
	"sync"

	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/runtime"
)

// Inline generators: a generator whose every item goes to one known
// consumer runs on the consumer's goroutine instead of a coroutine, and
// each yield is a plain call — no goroutine switch per item.
//
// When it applies: the generator is owned by its consumer. The compiler
// marks the places where a fresh generator cannot be seen by anyone else
// (ownedIter): `for x in f(...)`, `yield from f(...)`, the first iterable
// of a comprehension, and a generator expression or f(...) passed as the
// iterable of a builtin that consumes it and keeps nothing (ownerBuiltins:
// sum, any, all, min, max, sorted, list, tuple, set, frozenset). There, a
// call that turns out (at run time) to call a generator function, or a
// generator expression, yields a *pushIter instead of a bare *Generator.
// A pushIter that reaches anything else is materialized: it is just the
// Generator, run on a coroutine as usual. In addition, IterateAll (list(g),
// tuple(g), unpacking) drains any generator that has not started inline,
// since it consumes every item and runs no Python code in between
// (Generator.CollectAll).
//
// Modes of an inline genState:
//   - push (sink != nil): the root. yield calls sink(v); a non-nil result
//     means the consumer stopped (break, return, exception, or a builtin
//     that is done): the yield raises GeneratorExit in the body, which
//     unwinds its finally blocks as close() would, and the consumer's
//     reason is kept aside (stopErr) and returned once the body is done.
//     A second yield while closing, or an exception other than
//     GeneratorExit escaping the body, is reported as CPython reports an
//     exception in the close of a dropped generator (unraisable).
//   - delegate (parent != nil): an inline `yield from` sub-generator. Its
//     yields are the parent's yields (send and throw reach it exactly as
//     gen.send/gen.throw would through delegation); when the parent is
//     closed, the sub-generator is closed and GeneratorExit is raised at
//     the `yield from`, as CPython does.
//
// An abandoned coroutine (errGenAbort) unwinds inline bodies on its stack
// without running handlers, like its own.

// errPushStop is a push consumer's "no more items" (break, a builtin that
// has its answer); errPushReturn is a `return` in a for body.
var (
	errPushStop   = errors.New("push consumer stopped")
	errPushReturn = errors.New("push consumer returned")
)

// pushIter is a fresh generator owned by the code that asked for it. Its
// state is allocated with it (one allocation per generator); a frame
// borrowed from the caller's pool (pooled, yield from) is given back after
// the run.
type pushIter struct {
	st     genState
	pooled bool
	mat    *Generator // set once materialized
}

// newPushIter makes the owned generator of a bound generator frame.
func newPushIter(fr *Frame) *pushIter {
	p := &pushIter{}
	p.init(fr)
	return p
}

// init makes p the unstarted generator of fr.
func (p *pushIter) init(fr *Frame) {
	name, qualname := fr.code.info.Name, fr.code.info.Qualname
	if fr.fn != nil {
		m := fr.fn.meta()
		name, qualname = m.name, m.qualname
	}
	*p = pushIter{st: genState{fr: fr, name: name, qualname: qualname}}
	fr.gen = &p.st
}

// newArgPushIter is newPushIter for the argument of an owner builtin (mode
// ownBuiltinArg), on a frame borrowed from the caller's pool. Such a
// generator is seen by nobody but the builtin, which keeps nothing, so
// once it has run and given its frame back (done: pooled is false again)
// and was not materialized, the frame's next such generator reuses it:
// `set(x for x in ...)` in a loop allocates no generator per iteration.
func newArgPushIter(fr *Frame) *pushIter {
	p := fr.spare
	if p == nil || p.pooled || p.mat != nil {
		p = &pushIter{}
		fr.spare = p
	}
	p.init(fr)
	p.pooled = true
	return p
}

// ownMode says whether and how an owned iterable is consumed.
type ownMode uint8

const (
	ownNone     ownMode = iota // a plain value (not owned)
	ownPush                    // a *pushIter
	ownDelegate                // a *pushIter run at once by this frame's yield from
	// ownBuiltinArg is a *pushIter passed to an owner builtin (sum,
	// set, tuple...), which runs it (or not) before this frame makes
	// another call: its frame may be borrowed from this frame's pool.
	ownBuiltinArg
)

// gen materializes the generator: a consumer that is not an owner gets a
// Generator of its own (separate state, so the coroutine cleanup works).
func (p *pushIter) gen() *Generator {
	if p.mat == nil {
		st := &genState{}
		*st = p.st
		if st.fr != nil {
			st.fr.gen = st
		}
		p.mat = &Generator{st: st}
		p.pooled = false
	}
	return p.mat
}

var (
	_ runtime.Iterator = (*pushIter)(nil)
	_ runtime.Pusher   = (*pushIter)(nil)
)

// Type returns runtime.GeneratorType.
func (p *pushIter) Type() *runtime.Type { return runtime.GeneratorType }

// Iter materializes the generator (a consumer that cannot push).
func (p *pushIter) Iter(th *runtime.Thread) (runtime.Iterator, error) { return p.gen(), nil }

// Next materializes the generator.
func (p *pushIter) Next(th *runtime.Thread) (runtime.Value, bool, error) { return p.gen().Next(th) }

// Repr is the generator's.
func (p *pushIter) Repr(th *runtime.Thread) (string, error) { return p.gen().Repr(th) }

// Push runs the generator to its end on th, calling fn for each item;
// fn's stop or error closes it (runtime.Pusher).
func (p *pushIter) Push(th *runtime.Thread, fn func(runtime.Value) (bool, error)) error {
	err := p.run(th, func(v runtime.Value) error {
		stop, err := fn(v)
		if err != nil {
			return err
		}
		if stop {
			return errPushStop
		}
		return nil
	})
	if err == errPushStop {
		return nil
	}
	return err
}

// run drives the generator in push mode with sink. It returns nil when
// the generator ended, the generator's exception, or sink's error.
func (p *pushIter) run(th *runtime.Thread, sink func(runtime.Value) error) error {
	if p.mat != nil {
		// Materialized: iterate it like any generator.
		for {
			v, ok, err := p.mat.Next(th)
			if err != nil || !ok {
				return err
			}
			if err := sink(v); err != nil {
				return err
			}
		}
	}
	fr := p.st.fr
	err := runPush(th, &p.st, sink)
	p.done(fr)
	return err
}

// done gives a borrowed frame back after the run.
func (p *pushIter) done(fr *Frame) {
	if p.pooled && fr != nil {
		p.pooled = false
		fr.gen, fr.iter0 = nil, nil
		fr.release()
	}
}

// releaseUnrun gives back the borrowed frame of an owned argument that
// its consumer did not run (it failed first, e.g. on another argument).
func releaseUnrun(v runtime.Value) {
	if p, ok := v.(*pushIter); ok && p.pooled && !p.st.started {
		p.done(p.st.fr)
	}
}

// runPush runs an unstarted generator to its end in push mode.
func runPush(th *runtime.Thread, st *genState, sink func(runtime.Value) error) error {
	if !st.claim() {
		return runtime.NewError(runtime.ValueErrorType, "generator already executing")
	}
	defer st.unclaim()
	return runPushClaimed(th, st, sink)
}

// runPushClaimed is runPush once the caller holds st.busy.
func runPushClaimed(th *runtime.Thread, st *genState, sink func(runtime.Value) error) error {
	if st.started || st.running || st.finished {
		return runtime.NewError(runtime.ValueErrorType, "generator already executing")
	}
	st.started, st.running = true, true
	st.sink = sink
	st.outer = th.Resume(&st.held)
	_, err := runInline(th, st)
	th.Suspend(&st.held, st.outer)
	st.held.Abandon() // left open only when err is errGenAbort
	st.outer = runtime.Outer{}
	st.running = false
	st.finish()
	return st.endPush(th, err)
}

// endPush sorts out how a push-mode body ended (err is the body's own
// outcome): the consumer's stop reason wins; a failed close is reported
// as unraisable.
func (st *genState) endPush(th *runtime.Thread, err error) error {
	if st.inCleanup {
		th.EndCleanup()
	}
	stop := st.stopErr
	st.sink, st.stopErr = nil, nil
	if stop == nil || stop == errGenAbort {
		return err
	}
	switch {
	case st.ignored:
		reportUnraisable(th, st, runtime.NewError(runtime.RuntimeErrorType, "generator ignored GeneratorExit"))
	case err != nil && !closeOK(err):
		reportUnraisable(th, st, err)
	}
	return stop
}

// closeOK reports whether err is how a generator may end when closed.
func closeOK(err error) bool {
	return runtime.IsExc(err, runtime.GeneratorExitType) || runtime.IsExc(err, runtime.StopIterationType)
}

// reportUnraisable prints an exception raised while closing a dropped
// generator, as CPython's unraisable hook does.
func reportUnraisable(th *runtime.Thread, st *genState, err error) {
	exc, ok := err.(*runtime.Exception)
	if !ok {
		return
	}
	g := &Generator{st: st}
	r, _ := g.Repr(th)
	th.Env().Stderr.WriteString("Exception ignored in: " + r + "\n" + runtime.FormatTraceback(th, exc))
}

// suspendInline is suspend for the push and delegate modes.
func (st *genState) suspendInline(v runtime.Value) (runtime.Value, *runtime.Exception, error) {
	if st.closing {
		st.ignored = true
		return nil, nil, errGenAbort
	}
	if st.parent != nil {
		// When the outermost generator is a coroutine, the next resume
		// may come from another thread: this frame leaves the current
		// thread's stack before the suspension (on its own goroutine)
		// and joins the resumer's after it, so that neither thread's
		// frame stack and depth are touched by the other's goroutine.
		moves := st.parent.coroutineRoot()
		if moves {
			st.fr.th.Leave(&st.fr.StackFrame)
		}
		send, throw, err := st.parent.suspend(v)
		if moves {
			if err == errGenAbort { // unwinding an abandoned generator, on no thread
				st.detached = true
			} else {
				th := st.parent.fr.th
				st.fr.th = th
				reenterFrame(th, &st.fr.StackFrame)
			}
		}
		if throw != nil && throw.Class.IsSubtype(runtime.GeneratorExitType) {
			st.closing, st.exitExc = true, throw
		}
		return send, throw, err
	}
	if err := st.push(v); err != nil {
		return st.pushStopped(err)
	}
	return runtime.None, nil, nil
}

// push hands v to the push-mode consumer. The consumer's code runs in
// its own group and scopes, not in those the body holds open at the
// yield (runtime/suspended.go).
func (st *genState) push(v runtime.Value) error {
	if st.fr.th.Within(st.outer) {
		return st.sink(v)
	}
	return st.pushHeld(v)
}

// pushHeld is push when the body holds a group or scope open.
func (st *genState) pushHeld(v runtime.Value) error {
	th := st.fr.th
	th.Suspend(&st.held, st.outer)
	err := st.sink(v)
	th.Resume(&st.held)
	return err
}

// coroutineRoot reports whether the outermost generator of st's chain of
// inline delegations runs on a coroutine (rather than pushing to a
// consumer on this thread).
func (st *genState) coroutineRoot() bool {
	for st.parent != nil {
		st = st.parent
	}
	return st.sink == nil
}

// reenterFrame pushes f back on th's stack after a suspension (see
// suspendInline). It cannot fail: the frame was already counted against
// the recursion limit when its body started.
func reenterFrame(th *runtime.Thread, f *runtime.StackFrame) {
	th.Depth++
	f.Parent = th.Top
	th.Top = f
}

// pushStopped is what a push-mode yield produces once the consumer
// stopped with err: GeneratorExit (close the generator), or errGenAbort.
func (st *genState) pushStopped(err error) (runtime.Value, *runtime.Exception, error) {
	st.stopErr = err
	if err == errGenAbort {
		return nil, nil, err
	}
	if st.fr.th.BeginCleanup(err) {
		st.inCleanup = true
	}
	st.closing = true
	st.exitExc = runtime.NewException(runtime.GeneratorExitType)
	return nil, st.exitExc, nil
}

// runInline runs a generator body to its end on th (push or delegate
// mode): its return value, or its exception with its traceback entry
// (StopIteration becomes RuntimeError, PEP 479).
func runInline(th *runtime.Thread, st *genState) (runtime.Value, error) {
	fr := st.fr
	fr.th = th
	if err := th.Enter(&fr.StackFrame); err != nil {
		return nil, err
	}
	c, err := fr.code.body(fr)
	if !st.detached {
		fr.th.Leave(&fr.StackFrame) // fr.th: the thread resuming it now
	}
	if err != nil {
		if err == errGenAbort {
			return nil, err
		}
		return nil, genError(fr, err)
	}
	if c == ctrlReturn && fr.ret != nil {
		return fr.ret, nil
	}
	return runtime.None, nil
}

// genError is the exception a generator's body raised, as its resumer
// sees it.
func genError(fr *Frame, err error) error {
	fr.addTraceback(err)
	if runtime.IsExc(err, runtime.StopIterationType) {
		exc := err.(*runtime.Exception)
		re := runtime.NewError(runtime.RuntimeErrorType, "generator raised StopIteration")
		re.Cause, re.Context, re.SuppressContext = exc, exc, true
		return re
	}
	return err
}

// yieldFromInline is `yield from` of an owned generator: its body runs
// here in delegate mode.
func yieldFromInline(fr *Frame, p *pushIter) (runtime.Value, error) {
	st := &p.st
	if p.mat != nil || st.started {
		return yieldFrom(fr, p.gen())
	}
	st.started, st.running = true, true
	st.parent = fr.gen
	sfr := st.fr
	ret, err := runInline(fr.th, st)
	st.running = false
	closing, ignored, exitExc := st.closing, st.ignored, st.exitExc
	st.parent = nil
	st.finish()
	p.done(sfr)
	switch {
	case ignored:
		return nil, runtime.NewError(runtime.RuntimeErrorType, "generator ignored GeneratorExit")
	case closing && err != errGenAbort:
		if err != nil && !closeOK(err) {
			return nil, err
		}
		fr.tbExc = nil
		return nil, exitExc
	}
	return ret, err
}

// CollectAll drains a generator that has not started, inline
// (runtime.Collector, used by IterateAll). ok=false: it has started, use
// Next.
func (g *Generator) CollectAll(th *runtime.Thread) ([]runtime.Value, bool, error) {
	st := g.st
	if !st.claim() {
		return nil, false, nil // Next reports "already executing"
	}
	defer st.unclaim()
	if st.started || st.running || st.finished {
		return nil, false, nil
	}
	var out []runtime.Value
	err := runPushClaimed(th, st, func(v runtime.Value) error {
		out = append(out, v)
		return nil
	})
	if err != nil {
		return nil, true, err
	}
	return out, true, nil
}

// ---- compiling owned iterables ----

// ownedIter compiles an expression whose value only the compiled consumer
// will iterate: a generator expression, or a call that may create a
// generator, yields a *pushIter when owned is true.
func (c *compiler) ownedIter(e ast.Expr) func(fr *Frame, own ownMode) (runtime.Value, error) {
	switch x := e.(type) {
	case *ast.GeneratorExp:
		f := c.comprehensionOwned(x, x.Generators)
		return f
	case *ast.Call:
		if f, ok := c.ownedCall(x); ok {
			return f
		}
	}
	plain := c.expr(e)
	return func(fr *Frame, _ ownMode) (runtime.Value, error) { return plain(fr) }
}

// ownerIterable reports whether e is worth compiling with ownedIter.
func ownerIterable(e ast.Expr) bool {
	switch e.(type) {
	case *ast.GeneratorExp, *ast.Call:
		return true
	}
	return false
}

// ownerBuiltins are the builtins that may be given a *pushIter as their
// (first) iterable argument: they consume it through runtime.Pusher or
// IterateAll and never keep or return it.
var ownerBuiltins = map[string]bool{
	"sum": true, "any": true, "all": true, "min": true, "max": true,
	"sorted": true, "list": true, "tuple": true, "set": true, "frozenset": true,
}

var (
	ownerOnce   sync.Once
	ownerValues []runtime.Value
)

// isOwnerBuiltin reports whether f is one of ownerBuiltins (the builtin
// itself, not whatever its name is bound to).
func isOwnerBuiltin(f runtime.Value) bool {
	var name string
	switch x := f.(type) {
	case *runtime.Builtin:
		name = x.Name
	case *runtime.Type:
		name = x.Name()
	default:
		return false
	}
	if !ownerBuiltins[name] {
		return false
	}
	ownerOnce.Do(func() {
		for name := range ownerBuiltins {
			if b, ok := runtime.Builtins.GetStr(name); ok {
				ownerValues = append(ownerValues, b)
			}
		}
	})
	for _, b := range ownerValues {
		if b == f {
			return true
		}
	}
	return false
}

// ownedExpr compiles an iterable that the compiled consumer owns.
func (c *compiler) ownedExpr(e ast.Expr, mode ownMode) exprFn {
	if !ownerIterable(e) {
		return c.expr(e)
	}
	f := c.ownedIter(e)
	return func(fr *Frame) (runtime.Value, error) { return f(fr, mode) }
}

// ownedIterator is runtime.Iter for an owned iterable: a *pushIter stays
// one (its consumer pushes it), and so is the generator of an instance
// whose __iter__ is a generator function (ownedInstanceIter).
func ownedIterator(fr *Frame, v runtime.Value) (runtime.Iterator, error) {
	switch x := v.(type) {
	case *pushIter:
		return x, nil
	case *runtime.Instance:
		if p, ok, err := ownedInstanceIter(fr, x, false); ok {
			return p, err
		}
	}
	return runtime.Iter(fr.th, v)
}

// ownedInstanceIter is iter(inst) for an instance that an owner consumes
// (for loop, comprehension, yield from) when its class's __iter__ is a
// user generator function: the generator that call makes is seen by the
// consumer only, so it is a *pushIter (frame from the caller's pool when
// pooled, as in ownedGen). ok is false for any other instance, which
// then goes through runtime.Iter (Instance.Iter) as usual. This is the
// recursive-iterator shape (a tree whose __iter__ does `yield from
// self.left`), which otherwise costs a coroutine switch per item and
// level.
func ownedInstanceIter(fr *Frame, inst *runtime.Instance, pooled bool) (p *pushIter, ok bool, err error) {
	uf, isFn := inst.PlainMethod("__iter__").(*Function)
	if !isFn || !uf.code.generator {
		return nil, false, nil
	}
	self := [1]runtime.Value{inst}
	v, err := uf.ownedGen(fr, self[:], nil, pooled)
	if err != nil {
		return nil, true, err
	}
	return v.(*pushIter), true, nil
}

// forPush runs a for loop's body for each item of an owned generator.
// done=false: the generator ended (the else block runs).
func forPush(fr *Frame, p *pushIter, store storeFn, body stmtFn, line int) (ctrl, error, bool) {
	th := fr.th
	err := p.run(th, func(v runtime.Value) error {
		if err := store(fr, v); err != nil {
			return err
		}
		switch ct, err := body(fr); {
		case err != nil:
			return err
		case ct == ctrlBreak:
			return errPushStop
		case ct == ctrlReturn:
			return errPushReturn
		}
		if err := th.Checkpoint(); err != nil {
			return err
		}
		fr.Line = line
		return nil
	})
	switch err {
	case nil:
		return 0, nil, false
	case errPushStop:
		return 0, nil, true
	case errPushReturn:
		return ctrlReturn, nil, true
	}
	return 0, err, true
}

// ---- owned arguments ----

// ownedCall compiles a call f(args...) some of whose arguments are
// ownerIterable: such an argument is passed as a *pushIter when f owns it
// (ownedArgs). With own != ownNone the call itself, when it calls a
// generator function, yields a *pushIter. Calls with *args/**kwargs or of
// a method are left to call/methodCall (ok=false).
func (c *compiler) ownedCall(x *ast.Call) (f func(fr *Frame, own ownMode) (runtime.Value, error), ok bool) {
	if _, isAttr := x.Func.(*ast.Attribute); isAttr {
		return nil, false
	}
	if _, isSuper := c.zeroArgSuper(x); isSuper {
		return nil, false
	}
	for _, a := range x.Args {
		if _, star := a.(*ast.Starred); star {
			return nil, false
		}
	}
	for _, k := range x.Keywords {
		if k.Name == "" {
			return nil, false
		}
	}
	fn := c.expr(x.Func)
	// Each argument is compiled once: plain, or (ownerIterable) owned.
	args := make([]exprFn, len(x.Args))
	owners := make([]func(fr *Frame, own ownMode) (runtime.Value, error), len(x.Args))
	anyOwner := false
	for i, a := range x.Args {
		if ownerIterable(a) {
			owners[i] = c.ownedIter(a)
			anyOwner = true
		} else {
			args[i] = c.expr(a)
		}
	}
	type kw struct {
		name string
		fn   exprFn
	}
	kws := make([]kw, len(x.Keywords))
	for i, k := range x.Keywords {
		kws[i] = kw{k.Name, c.expr(k.Value)}
	}
	line, pos := x.Pos.Line, spanOf(x)
	return func(fr *Frame, own ownMode) (runtime.Value, error) {
		f, err := fn(fr)
		if err != nil {
			return nil, err
		}
		var buf [6]runtime.Value
		var vs []runtime.Value
		if len(args) <= len(buf) {
			vs = buf[:len(args)]
		} else {
			vs = make([]runtime.Value, len(args))
		}
		var mask uint64
		argMode := ownPush // a user function's owned parameter
		if anyOwner {
			mask = ownedArgs(f, len(args))
			if _, isFn := f.(*Function); !isFn && mask != 0 {
				argMode = ownBuiltinArg
			}
		}
		for i, a := range args {
			var v runtime.Value
			if a != nil {
				v, err = a(fr)
			} else if mask&(1<<i) != 0 {
				v, err = owners[i](fr, argMode)
			} else {
				v, err = owners[i](fr, ownNone)
			}
			if err != nil {
				releaseArgs(vs[:i], argMode)
				return nil, err
			}
			vs[i] = v
		}
		var kwargs []runtime.KwArg
		for _, k := range kws {
			v, err := k.fn(fr)
			if err != nil {
				releaseArgs(vs, argMode)
				return nil, err
			}
			for _, o := range kwargs {
				if o.Name == k.name {
					releaseArgs(vs, argMode)
					return nil, fr.at(runtime.NewError(runtime.TypeErrorType, "%s got multiple values for keyword argument '%s'", callableName(f), k.name), pos)
				}
			}
			kwargs = append(kwargs, runtime.KwArg{Name: k.name, Value: v})
		}
		fr.Line = line
		if uf, ok := f.(*Function); ok {
			if own != ownNone && uf.code.generator {
				return mark{fr, pos}.ret(uf.ownedGen(fr, vs, kwargs, own == ownDelegate || own == ownBuiltinArg))
			}
			if kwargs == nil {
				return mark{fr, pos}.ret(uf.callFrom(fr, vs))
			}
			return mark{fr, pos}.ret(uf.callFromSlow(fr, append([]runtime.Value(nil), vs...), kwargs))
		}
		if err := callCheckpoint(fr.th, f); err != nil {
			releaseArgs(vs, argMode)
			return nil, err
		}
		r, err := runtime.Call(fr.th, f, append([]runtime.Value(nil), vs...), kwargs)
		releaseArgs(vs, argMode)
		return mark{fr, pos}.ret(r, err)
	}, true
}

// releaseArgs gives back the borrowed frames of the owned arguments in
// vs that their builtin did not run (mode ownBuiltinArg).
func releaseArgs(vs []runtime.Value, mode ownMode) {
	if mode != ownBuiltinArg {
		return
	}
	for _, v := range vs {
		releaseUnrun(v)
	}
}

// ownedGen is a call of generator function f whose generator the caller
// owns: a *pushIter, whose frame is borrowed from the caller's pool when
// pooled (the caller runs it before making another call).
func (f *Function) ownedGen(caller *Frame, args []runtime.Value, kwargs []runtime.KwArg, pooled bool) (runtime.Value, error) {
	code := f.code
	var fr *Frame
	if pooled {
		fr = caller.newChild()
	} else {
		fr = &Frame{th: caller.th, busy: true, StackFrame: runtime.StackFrame{Handling: caller.Handling}}
	}
	fr.setup(code, f, f.globals)
	if code.simple && kwargs == nil && len(args) == code.npos {
		copy(fr.locals, args)
	} else if err := f.bind(fr, args, kwargs); err != nil {
		if pooled {
			fr.release()
		}
		return nil, err
	}
	for _, cp := range code.cellParams {
		fr.cells[cp[1]].v = fr.locals[cp[0]]
		fr.locals[cp[0]] = nil
	}
	p := newPushIter(fr)
	p.pooled = pooled
	return p, nil
}

// hasOwnedArgs reports whether a call has an argument worth passing owned.
func hasOwnedArgs(x *ast.Call) bool {
	for _, a := range x.Args {
		if ownerIterable(a) {
			return true
		}
	}
	return false
}

// ownedArgs is the set of the positional arguments (of n) that callee f
// may be given as a *pushIter: an owner builtin's only argument, or the
// parameters of a user function that only a for loop reads (ownedParams).
func ownedArgs(f runtime.Value, n int) uint64 {
	switch x := f.(type) {
	case *Function:
		return x.code.scope.ownedParams() &^ ownedComputed
	case *runtime.Builtin, *runtime.Type:
		if n == 1 && isOwnerBuiltin(f) {
			return 1
		}
	}
	return 0
}

const ownedComputed = 1 << 63

// ownedParams is the bit set of the positional parameters (below 63)
// through which the function may receive an owned generator: parameter p
// qualifies when the function's only use of p is as the iterable of one
// for statement that runs at most once (at the top of the body, or under
// ifs only) and that neither breaks nor returns, and the function has no
// try or with statement and no locals/vars/eval/exec. Then the caller's
// fresh generator is only ever iterated by that loop, to its end or to an
// exception; pushing it is the same as pulling it, except that on an
// exception the generator is closed as the exception leaves the loop
// rather than when the frame dies.
func (s *scope) ownedParams() uint64 {
	v := s.ownedMask.Load()
	if v == 0 {
		v = computeOwnedParams(s) | ownedComputed
		s.ownedMask.Store(v)
	}
	return v
}

func computeOwnedParams(s *scope) uint64 {
	fd, ok := s.node.(*ast.FunctionDef)
	if !ok {
		return 0
	}
	uses := map[string]int{}
	bad := false
	for _, st := range fd.Body {
		ast.Walk(st, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.Try, *ast.With:
				bad = true
			case *ast.Name:
				uses[x.Id]++
				switch x.Id {
				case "locals", "vars", "eval", "exec":
					bad = true
				}
			}
			return !bad
		})
	}
	if bad {
		return 0
	}
	// Only positional parameters (s.params goes on with keyword-only ones,
	// *args and **kwargs, which a positional argument never binds to
	// directly: it would land in the *args tuple).
	npos := len(fd.Args.PosOnly) + len(fd.Args.Args)
	param := map[string]int{}
	for i, p := range s.params {
		if i >= 63 || i >= npos {
			break
		}
		if _, cell := s.paramCell(i); !cell {
			param[p] = i
		}
	}
	var mask uint64
	var visit func([]ast.Stmt)
	visit = func(stmts []ast.Stmt) {
		for _, st := range stmts {
			switch x := st.(type) {
			case *ast.If:
				visit(x.Body)
				visit(x.Orelse)
			case *ast.For:
				n, ok := x.Iter.(*ast.Name)
				if !ok || uses[n.Id] != 1 {
					continue
				}
				i, ok := param[n.Id]
				if !ok || exitsLoop(x) {
					continue
				}
				mask |= 1 << i
			}
		}
	}
	visit(fd.Body)
	return mask
}

// exitsLoop reports whether a for statement's body or else block holds a
// break or return (conservatively: anywhere inside).
func exitsLoop(f *ast.For) bool {
	found := false
	check := func(stmts []ast.Stmt) {
		for _, st := range stmts {
			ast.Walk(st, func(n ast.Node) bool {
				switch n.(type) {
				case *ast.Break, *ast.Return:
					found = true
				}
				return !found
			})
		}
	}
	check(f.Body)
	check(f.Orelse)
	return found
}
