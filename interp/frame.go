package interp

import (
	"sync/atomic"

	"github.com/spindle-lang/spindle/runtime"
)

// Cell holds a variable captured by a closure (or a per-iteration module
// loop variable). The value is nil while the variable is unbound.
//
// Cells are read and written atomically (LANGUAGE.md §2.6: a racy program
// never tears an interface value). Until the process starts a second
// thread (runtime.Sharing), only v is used, plainly. From then on a write
// stores a freshly boxed value in p (one allocation per write) and a read
// takes p when set: one atomic load, no lock, so threads reading the same
// captured function or constant in parallel do not contend. v is written
// only before sharing or before the cell is published (function.go's
// parameter cells, compile.go's loop cells), so reading it is no race.
type Cell struct {
	v runtime.Value
	p atomic.Pointer[runtime.Value]
}

// Type returns runtime.CellType.
func (*Cell) Type() *runtime.Type { return runtime.CellType }

func (c *Cell) get() runtime.Value {
	if b := c.p.Load(); b != nil {
		return *b
	}
	return c.v
}

func (c *Cell) set(v runtime.Value) {
	if !runtime.Sharing() {
		c.v = v
		return
	}
	c.setShared(v)
}

// setShared is set once threads share values. It is a separate function
// so that only this path boxes v: with the Store in set itself, v escaped
// and every call (an 800 000-iteration nonlocal counter: 8 MB) allocated
// a box, shared or not.
//
//go:noinline
func (c *Cell) setShared(v runtime.Value) { c.p.Store(&v) }

// Globals is a module's global namespace as compiled code sees it.
type Globals struct {
	module   *runtime.Module
	dict     *runtime.Dict
	builtins *runtime.Dict // the interpreter's (nil: runtime.Builtins)
	pkg      string        // package for relative imports ("" at top level)
	file     string
}

// builtinsDict returns the builtins names not found in g resolve to.
func (g *Globals) builtinsDict() *runtime.Dict {
	if g.builtins == nil {
		return runtime.Builtins
	}
	return g.builtins
}

// globalRef is a compiled reference to one module-global name. Reads go to
// the module dict (the single source of truth, so writes from elsewhere
// are seen), then to the builtins — atomically, through the dicts' locks
// or, once threads share values, through lock-free caches of the two
// lookups (runtime.Dict.GetStrCached).
//
// Measured: a string-keyed lookup per access costs a hash of the name;
// a position-hint cache in runtime.Dict would make a hit one compare.
type globalRef struct {
	name   string
	hash   int64 // runtime.StrHash(name)
	g      *Globals
	cache  atomic.Pointer[runtime.StrCache] // module dict lookup
	bcache atomic.Pointer[runtime.StrCache] // builtins lookup
	hint   atomic.Int32                     // position in the module dict (Dict.GetStrHinted)
	bhint  atomic.Int32                     // position in the builtins dict
}

// newGlobalRef returns a reference to global name of g.
func newGlobalRef(name string, g *Globals) *globalRef {
	return &globalRef{name: name, hash: runtime.StrHash(name), g: g}
}

func (r *globalRef) get() (runtime.Value, bool) {
	if v, ok := r.g.dict.GetStrHinted(r.name, r.hash, &r.cache, &r.hint); ok {
		return v, true
	}
	return r.g.builtinsDict().GetStrHinted(r.name, r.hash, &r.bcache, &r.bhint)
}

func (r *globalRef) set(v runtime.Value) { r.g.dict.SetStr(r.name, v) }

func (r *globalRef) del() bool {
	_, ok := r.g.dict.DeleteStr(r.name)
	return ok
}

// Frame is the activation record of a function, lambda, comprehension,
// generator or module body.
type Frame struct {
	runtime.StackFrame
	th      *runtime.Thread
	code    *Code
	fn      *Function
	globals *Globals
	locals  []runtime.Value
	cells   []*Cell

	ret runtime.Value // value of a `return`

	// tbExc is the exception for which this activation already added a
	// traceback entry (exactly one per raise through the frame).
	tbExc *runtime.Exception

	// errExc was raised in this frame by the operation at errPos (set
	// on the error path only, by Frame.at): the traceback entry the
	// frame adds for errExc shows that span (interp/span.go).
	errExc *runtime.Exception
	errPos runtime.Span

	gen   *genState // set in generator frames
	iter0 any       // comprehensions: the first iterable's *runtime.Range or runtime.Iterator

	// child is a frame kept for calls made from this frame: calls on a
	// thread are LIFO, so each depth of the call stack reuses one Frame.
	child *Frame
	busy  bool
	// spare is the pushIter last made on this (pooled) frame for an owner
	// builtin's argument, reused by the next one (newArgPushIter).
	spare *pushIter

	localBuf [8]runtime.Value
	cellBuf  []*Cell

	// floats and ints box the numbers this frame's arithmetic and range
	// loops make (several per allocation: runtime.FloatSlab, IntSlab).
	floats runtime.FloatSlab
	ints   runtime.IntSlab

	// islots are the mutable int boxes of the first locals: a range
	// loop's counter and `t += ...` results are stored in place
	// (setLocalInt), and reads that hand a local on detach it. Made at
	// the first such store (a pointer: a Frame per sleeping thread stays
	// in a smaller size class).
	islots *runtime.IntSlots
}

// detach returns v, a local's value, as a Value that may leave the frame
// (a box of its own when v is one of the frame's mutable int boxes).
func (fr *Frame) detach(v runtime.Value) runtime.Value {
	if fr.islots == nil {
		return v
	}
	return fr.islots.Detach(v, &fr.ints, &fr.floats)
}

// intSlots returns the frame's mutable number boxes, made on first use.
func (fr *Frame) intSlots() *runtime.IntSlots {
	if fr.islots == nil {
		fr.islots = new(runtime.IntSlots)
	}
	return fr.islots
}

// setLocalInt stores the int i, which no one else has seen, in local k:
// in place when k has a mutable box.
func (fr *Frame) setLocalInt(k int, i int64) {
	if k < runtime.IntSlotsLen {
		fr.locals[k] = fr.intSlots().Set(k, i)
		return
	}
	fr.locals[k] = fr.ints.Box(i)
}

// setLocalFloat is setLocalInt for a float: stored in place when local
// k has a mutable box.
func (fr *Frame) setLocalFloat(k int, f float64) {
	if k < runtime.IntSlotsLen {
		fr.locals[k] = fr.intSlots().SetFloat(k, f)
		return
	}
	fr.locals[k] = fr.floats.Box(f)
}

// newChild returns a frame for a call from fr, reusing a cached one.
func (fr *Frame) newChild() *Frame {
	c := fr.child
	if c == nil {
		c = &Frame{}
		fr.child = c
	} else if c.busy {
		c = &Frame{}
	}
	c.busy = true
	c.th = fr.th
	c.Handling = fr.Handling
	return c
}

// setup prepares a (possibly reused) frame to run code.
func (fr *Frame) setup(code *Code, fn *Function, g *Globals) {
	fr.code = code
	fr.fn = fn
	fr.globals = g
	fr.StackFrame.Code = &code.info
	fr.StackFrame.Line = code.info.Line
	fr.tbExc = nil
	fr.errExc = nil
	fr.ret = nil
	n := code.nlocals
	if n <= len(fr.localBuf) {
		fr.locals = fr.localBuf[:n:n]
	} else {
		fr.locals = make([]runtime.Value, n)
	}
	nc := code.ncells + len(code.freeNames)
	if nc > 0 {
		if cap(fr.cellBuf) >= nc {
			fr.cells = fr.cellBuf[:nc]
		} else {
			fr.cellBuf = make([]*Cell, nc)
			fr.cells = fr.cellBuf
		}
		for i := 0; i < code.ncells; i++ {
			fr.cells[i] = &Cell{}
		}
		if fn != nil {
			for i, c := range fn.closure {
				fr.cells[code.ncells+i] = c
			}
		}
	} else {
		fr.cells = nil
	}
}

// release clears a pooled frame after its call so it keeps nothing alive.
//
// The loops here, in setup and in callFrom are element stores on
// purpose: clear and copy of a few pointers go through
// memclrHasPointers/typedslicecopy, whose bulk write barriers cost more
// than the stores (typedslicecopy was ~10% of bench/closures' profile).
func (fr *Frame) release() {
	for i := range fr.locals {
		fr.locals[i] = nil
	}
	for i := range fr.cells {
		fr.cells[i] = nil
	}
	fr.ret = nil
	fr.fn = nil
	fr.Handling = nil
	fr.tbExc = nil
	fr.errExc = nil
	fr.busy = false
}

// addTraceback records that exception err passed through this frame at
// its current line, or at the span of the operation that raised it —
// once per raise (see Frame.tbExc).
func (fr *Frame) addTraceback(err error) {
	exc, ok := err.(*runtime.Exception)
	if !ok {
		return
	}
	if fr.tbExc == exc {
		if keepLocals.Load() {
			refreshLocals(fr, exc)
		}
		return
	}
	fr.tbExc = exc
	line, pos := fr.Line, runtime.Span(0)
	if fr.errExc == exc {
		pos = fr.errPos
		line = pos.Line()
	}
	fr.errExc = nil
	exc.AddTracebackEntry(runtime.TracebackEntry{File: fr.code.info.File, Line: line, Name: fr.code.info.Name, Pos: pos, Frame: frameRef(fr)})
}
