package interp

import (
	"sync"

	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/runtime"
)

// Structured virtual threads (LANGUAGE.md §2.2–2.3).
//
// `await:` is `with ThreadGroup():` — the block runs on the same thread
// and in the same frame, between g.Enter and g.Exit; Exit joins the
// group and returns what the statement raises. break/continue/return in
// the block leave it normally: the group is joined first, then the
// control flow continues.
//
// `async:` is a hidden closure spawned into the current group. The
// resolver gave it its own scope (scopeAsync): the names it reads from
// the directly enclosing scope are scope.captures, copied by value into
// the block's frame at spawn time; names from scopes further out (and
// nonlocal names) are free variables shared through cells, as in any
// nested function. The block's frame is made and filled by the spawning
// thread (so nothing of the parent frame is read by the child) and then
// runs on the child thread, as the bottom frame of its stack; its code is
// named after the enclosing function so that tracebacks show
// `in download_all`. A block that captures nothing (no by-value
// captures, no free variables) needs nothing of the parent frame: the
// child takes and sets up its frame itself (asyncCode), so the spawner
// only allocates the thread.

// asyncCapture is one by-value capture, compiled.
type asyncCapture struct {
	load func(fr *Frame) runtime.Value // raw read in the parent (nil: unbound)
	slot int                           // destination in the block's frame
	cell bool                          // slot is a cell index (a closure in the block captures it)
}

// store puts v, the captured value, in the block's frame cf.
func (cp *asyncCapture) store(cf *Frame, v runtime.Value) {
	if cp.cell {
		cf.cells[cp.slot].set(v)
	} else {
		cf.locals[cp.slot] = v
	}
}

func (c *compiler) awaitBlock(s *ast.AwaitBlock) stmtFn {
	body := c.block(s.Body)
	line := s.Pos.Line
	return func(fr *Frame) (ctrl, error) {
		th := fr.th
		g := runtime.NewThreadGroup(th, 0, 0, "")
		if err := g.Enter(th); err != nil {
			return 0, err
		}
		ct, bodyErr := body(fr)
		if bodyErr == errGenAbort {
			// An abandoned generator, on no thread: genState.abandon
			// cancels the group (runtime.Held.Abandon).
			return ct, bodyErr
		}
		if bodyErr == nil {
			// The join waits at the await: line (what dumps and
			// deadlock reports show), as a with statement's exit.
			fr.Line = line
		}
		if err := g.Exit(th, bodyErr); err != nil {
			if err != bodyErr {
				// Raised by the join (a thread's failure, a
				// cancellation): it happens at the await: line.
				fr.Line = line
			}
			return 0, err
		}
		return ct, nil
	}
}

// enclosingFuncName is the name tracebacks show for code of scope s: the
// function (or <module>) an async: block is written in.
func enclosingFuncName(s *scope) string {
	for s != nil && s.kind == scopeAsync {
		s = s.parent
	}
	if s == nil {
		return "<module>"
	}
	return s.name
}

// rawLoad compiles a read of the parent scope's binding b that returns
// nil for an unbound variable instead of raising (a capture of an unbound
// name raises only when the block reads it).
func (c *compiler) rawLoad(b *binding) func(fr *Frame) runtime.Value {
	switch b.kind {
	case bindLocal:
		i := b.index
		return func(fr *Frame) runtime.Value { return fr.detach(fr.locals[i]) }
	case bindCell, bindFree:
		i := b.index
		return func(fr *Frame) runtime.Value { return fr.cells[i].get() }
	case bindGlobal:
		r := c.gref(b.name)
		return func(fr *Frame) runtime.Value {
			v, _ := r.get()
			return v
		}
	}
	// bindClassNS, an async: block in a class body: the namespace, then
	// the globals (the class body's LOAD_NAME; the block finds builtins
	// itself).
	r := c.gref(b.name)
	name := b.name
	return func(fr *Frame) runtime.Value {
		if v, ok := classNS(fr).GetStr(name); ok {
			return v
		}
		v, _ := r.get()
		return v
	}
}

func (c *compiler) asyncBlock(s *ast.AsyncBlock) stmtFn {
	sc := c.res.scopes[s]
	fname := enclosingFuncName(c.scope)
	line := s.Pos.Line
	code := c.newCode(sc, fname, line, nil, func() stmtFn { return c.block(s.Body) })

	caps := make([]asyncCapture, len(sc.captures))
	for i, cp := range sc.captures {
		own := sc.names[cp.from.name]
		caps[i] = asyncCapture{
			load: c.rawLoad(cp.from),
			slot: cp.slot,
			cell: own != nil && own.kind == bindCell,
		}
	}
	srcs := c.closureSources(sc)
	g := c.g
	site := &runtime.SpawnSite{File: c.file, Line: line, Func: fname}

	if len(srcs) == 0 && len(caps) == 0 {
		ac := &asyncCode{code: code, g: g}
		return func(fr *Frame) (ctrl, error) {
			fr.Line = line
			err := fr.th.SpawnTask(new(runtime.SpawnSlot), ac, "", site)
			return 0, err
		}
	}
	if len(srcs) == 0 && len(caps) == 1 {
		ac := &asyncCode{code: code, g: g, capture: &caps[0]}
		return func(fr *Frame) (ctrl, error) {
			t := &asyncTask{code: ac, v: ac.capture.load(fr)}
			fr.Line = line
			err := fr.th.SpawnTask(&t.slot, t, "", site)
			return 0, err
		}
	}
	return func(fr *Frame) (ctrl, error) {
		th := fr.th
		cf := getAsyncFrame()
		t := &asyncTask{fr: cf}
		cf.setupClosure(code, g, makeClosure(fr, srcs))
		for i := range caps {
			cp := &caps[i]
			cp.store(cf, cp.load(fr))
		}
		fr.Line = line
		err := th.SpawnTask(&t.slot, t, "", site)
		if err != nil { // not spawned: the frame is not in use
			t.fr = nil
			putAsyncFrame(cf)
		}
		return 0, err
	}
}

// asyncTask is a spawned async: block that captures something: its
// thread (runtime.SpawnSlot, one allocation made by the spawning thread)
// and either its captured value, when it captures one name and has no
// free variables (the child then sets up its frame, as for asyncCode),
// or its frame, set up by the spawner. The value's two words fit in the
// 480-byte size class with the slot and both pointers.
//
// The frame comes from asyncFrames and goes back there when the block
// ends (nothing keeps a frame after its code returns: frames are reused
// per call depth anyway, and tracebacks copy file, line and name). An
// asyncTask with the frame inside it was 888 bytes (896-byte size
// class); without it, the object allocated per spawn is about half that
// (bench/SPAWN.md). A pooled frame also brings its cached child frames
// (Frame.child) along, so a block that calls functions allocates fewer.
type asyncTask struct {
	slot runtime.SpawnSlot
	code *asyncCode    // the block, when fr is nil
	v    runtime.Value // its captured value, when fr is nil
	fr   *Frame
}

// asyncCode is the task of every thread spawned by an async: block that
// captures nothing: the block's code, run in a frame the child takes
// from asyncFrames and sets up itself. The frame is then taken and given
// back on the same core (sync.Pool is per P): when the spawner took it,
// frames flowed one way, put where threads ended and stolen from there
// by the spawner, and the child then read a frame the spawner had
// written (bench/SPAWN.md). A block that captures one name uses it too,
// through asyncTask (capture is that name's).
type asyncCode struct {
	code    *Code
	g       *Globals
	capture *asyncCapture
}

// asyncFrames holds the frames of ended async: blocks.
var asyncFrames sync.Pool

// getAsyncFrame returns a frame from asyncFrames (or a new one), busy.
func getAsyncFrame() *Frame {
	cf, _ := asyncFrames.Get().(*Frame)
	if cf == nil {
		cf = &Frame{}
	}
	cf.busy = true
	return cf
}

// putAsyncFrame clears cf and gives it back to asyncFrames.
func putAsyncFrame(cf *Frame) {
	cf.release()
	cf.th = nil
	cf.Parent = nil
	cf.iter0 = nil
	asyncFrames.Put(cf)
}

// The two Run methods are the same three steps, written out in each: a
// helper around the body's call would be one more frame on a sleeping
// thread's stack, whose 2 KB has little room left (bench/SPAWN.md).

// Run runs the block on its thread.
func (t *asyncTask) Run(child *runtime.Thread) (runtime.Value, error) {
	cf := t.frame()
	if err := enterAsync(cf, child); err != nil {
		return nil, err
	}
	_, err := cf.code.body(cf)
	return leaveAsync(cf, child, err)
}

// Run runs the block in a frame of its own on its thread.
func (a *asyncCode) Run(child *runtime.Thread) (runtime.Value, error) {
	cf := a.frame()
	if err := enterAsync(cf, child); err != nil {
		return nil, err
	}
	_, err := cf.code.body(cf)
	return leaveAsync(cf, child, err)
}

// frame returns the block's frame: the one the spawner set up, or a
// pooled one set up here with the captured value.
func (t *asyncTask) frame() *Frame {
	if cf := t.fr; cf != nil {
		t.fr = nil
		return cf
	}
	cf := t.code.frame()
	t.code.capture.store(cf, t.v)
	t.v = nil
	return cf
}

// frame returns a pooled frame set up to run a's code.
func (a *asyncCode) frame() *Frame {
	cf := getAsyncFrame()
	cf.setupClosure(a.code, a.g, nil)
	return cf
}

// enterAsync makes cf, a block's frame, the bottom frame of child
// (giving cf back when child is too deep already).
func enterAsync(cf *Frame, child *runtime.Thread) error {
	cf.th = child
	if err := child.Enter(&cf.StackFrame); err != nil {
		putAsyncFrame(cf)
		return err
	}
	return nil
}

// leaveAsync ends the run of a block's frame cf on child with the
// body's error err, and gives cf back.
func leaveAsync(cf *Frame, child *runtime.Thread, err error) (runtime.Value, error) {
	child.Leave(&cf.StackFrame)
	if err != nil {
		cf.addTraceback(err)
	}
	putAsyncFrame(cf)
	if err != nil {
		return nil, err
	}
	return runtime.None, nil
}
