package interp

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/spindle-lang/spindle/runtime"
)

// Frame objects, for sys._getframe and for tracebacks (tb_frame).
//
// An interpreter Frame is reused by the next call at the same depth once
// its function returns, so a frame object cannot simply point at it: it
// keeps what it shows (code, line, globals, the locals) as a snapshot.
// While the frame is still running that code on the thread that reads the
// object, f_lineno and f_locals are read live, as in CPython
// (`f = sys._getframe(); ...; f.f_lineno` is the line of the read);
// afterwards, or from another thread, the snapshot answers.
//
// sys._getframe snapshots the requested frame and every frame outside it
// (f_back) at once. A traceback entry records its frame's code and
// globals as the exception passes (frameRef: a pointer the code keeps,
// no allocation per exception); tb_frame makes the frame object when
// asked. Only the outermost entry's frame can still run (the one that
// caught the exception, or runs a finally while it propagates): it is
// found on the thread's stack as the frame running that code for that
// exception. f_back is the next entry's frame, or for the outermost, a
// snapshot of the live callers.
//
// The local values of a frame the exception left are gone when tb_frame
// is asked for, so the entry must copy them as the exception passes: one
// allocation per frame unwound, which made an exception raised two calls
// deep and caught in a loop 70% slower (and growing the traceback
// entries by more than one pointer made it 15-40% slower: entries are
// appended one by one). So they are only copied once a program that can
// read them has been compiled: one naming f_locals (as an attribute or a
// string, for getattr). Other programs would see f_locals of such a
// frame as {}.

type frameValue struct {
	th      *runtime.Thread
	fr      *Frame // nil for a traceback frame (see live)
	code    *Code
	lineno  int
	globals runtime.Value

	mu     sync.Mutex
	locals runtime.Value // nil until built
	back   runtime.Value // *frameValue or None; nil until found

	tb   *runtime.Traceback // traceback frames: the entry's traceback
	vals []runtime.Value    // traceback frames: the kept local and cell values
}

var frameType = runtime.NewBuiltinType("frame", nil)

func init() {
	runtime.GetFrame = getFrame
	runtime.TbFrame = tbFrame
}

// keepLocals is set once compiled code names f_locals: from then on
// traceback entries copy their frame's local values.
var keepLocals atomic.Bool

// noteName is called by the compiler for each attribute name and string
// constant it compiles.
func noteName(s string) {
	if s == "f_locals" && !keepLocals.Load() {
		keepLocals.Store(true)
	}
}

// getFrame is sys._getframe(depth) on th.
func getFrame(th *runtime.Thread, depth int) (runtime.Value, error) {
	fr := currentFrame(th)
	for ; fr != nil && depth > 0; depth-- {
		fr = interpFrame(fr.Parent)
	}
	if fr == nil {
		return nil, runtime.NewError(runtime.ValueErrorType, "call stack is not deep enough")
	}
	return liveChain(th, fr), nil
}

// liveChain snapshots fr, running on th, and every frame outside it.
func liveChain(th *runtime.Thread, fr *Frame) runtime.Value {
	var frames []*Frame
	for ; fr != nil; fr = interpFrame(fr.Parent) {
		frames = append(frames, fr)
	}
	var back runtime.Value = runtime.None
	for i := len(frames) - 1; i >= 0; i-- {
		fr := frames[i]
		back = &frameValue{th: th, fr: fr, code: fr.code, lineno: fr.Line, globals: fr.globals.dict, locals: frameLocals(fr), back: back}
	}
	return back
}

// genFrame is a generator's gi_frame: a snapshot of its frame where it
// is suspended (None once it finished).
func genFrame(st *genState) runtime.Value {
	if st.finished {
		return runtime.None
	}
	fr := st.fr
	return &frameValue{th: fr.th, fr: fr, code: fr.code, lineno: fr.Line, globals: fr.globals.dict, locals: frameLocals(fr), back: runtime.None}
}

// codeGlobals is a code object with the globals it runs in: what a
// traceback entry records of its frame. Each Code keeps the last one made
// (Code.tbRef), so recording costs no allocation.
type codeGlobals struct {
	code    *Code
	globals *Globals
}

// frameLocalsRef is a traceback entry's record once local values are
// kept (keepLocals). The values are taken again each time the exception
// passes the frame's catch and exit points (refreshLocals), so a frame
// that caught the exception, ran its handler and re-raised it shows the
// handler's assignments, as CPython's frame object does.
type frameLocalsRef struct {
	codeGlobals
	mu   sync.Mutex
	vals []runtime.Value // local values, then cell values
}

// localValues copies fr's local values, then its cell values.
func localValues(fr *Frame) []runtime.Value {
	vals := make([]runtime.Value, len(fr.locals)+len(fr.cells))
	for i, v := range fr.locals {
		if v != nil {
			vals[i] = fr.detach(v)
		}
	}
	for i, c := range fr.cells {
		if c != nil {
			vals[len(fr.locals)+i] = c.get()
		}
	}
	return vals
}

// refreshLocals takes fr's local values again for its traceback entry
// for exc, the last one recorded from fr's code.
func refreshLocals(fr *Frame, exc *runtime.Exception) {
	entries := exc.TracebackEntries()
	for i := len(entries) - 1; i >= 0; i-- {
		r, ok := entries[i].Frame.(*frameLocalsRef)
		if ok && r.code == fr.code {
			vals := localValues(fr)
			r.mu.Lock()
			r.vals = vals
			r.mu.Unlock()
			return
		}
	}
}

// frameRef is what fr's traceback entry records of it.
func frameRef(fr *Frame) any {
	cg := fr.code.tbRef.Load()
	if cg == nil || cg.globals != fr.globals {
		cg = &codeGlobals{code: fr.code, globals: fr.globals}
		fr.code.tbRef.Store(cg)
	}
	if !keepLocals.Load() || fr.code.scope == nil || fr.code.scope.kind == scopeModule {
		return cg
	}
	return &frameLocalsRef{codeGlobals: *cg, vals: localValues(fr)}
}

// tbFrame is runtime.TbFrame: the frame object of tb's entry.
func tbFrame(th *runtime.Thread, tb *runtime.Traceback) runtime.Value {
	e := tb.Entries[tb.Index]
	f := &frameValue{th: th, lineno: e.Line, tb: tb}
	switch r := e.Frame.(type) {
	case *codeGlobals:
		f.code, f.globals = r.code, r.globals.dict
	case *frameLocalsRef:
		r.mu.Lock()
		f.code, f.globals, f.vals = r.code, r.globals.dict, r.vals
		r.mu.Unlock()
	}
	if tb.Exc != nil && tb.Index == len(tb.Exc.TracebackEntries())-1 {
		// The outermost such frame: callees of a handler inherit
		// Handling (for implicit chaining).
		for fr := currentFrame(th); fr != nil; fr = interpFrame(fr.Parent) {
			if fr.code == f.code && fr.runsFor(tb.Exc) {
				f.fr = fr
			}
		}
	}
	return f
}

func (*frameValue) Type() *runtime.Type { return frameType }

// live returns the interpreter frame when it still runs f's code on th,
// the thread reading f; nil otherwise.
func (f *frameValue) live(th *runtime.Thread) *Frame {
	if f.fr == nil || th != f.th || f.fr.code != f.code {
		return nil
	}
	if f.tb != nil && !f.fr.runsFor(f.tb.Exc) {
		return nil
	}
	for fr := currentFrame(th); fr != nil; fr = interpFrame(fr.Parent) {
		if fr == f.fr {
			return fr
		}
	}
	return nil
}

// runsFor reports whether fr still handles exc or runs cleanup code
// while exc propagates through it.
func (fr *Frame) runsFor(exc *runtime.Exception) bool {
	return fr.tbExc == exc || fr.Handling == exc
}

// snapLocals is f_locals of a traceback frame that no longer runs: the
// values its entry kept ({} when it kept none).
func (f *frameValue) snapLocals() runtime.Value {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.locals != nil {
		return f.locals
	}
	if f.code.scope == nil || f.code.scope.kind == scopeModule {
		f.locals = f.globals
		return f.locals
	}
	nl := f.code.nlocals
	f.locals = localsDict(f.code, func(b *binding) runtime.Value {
		i := b.index
		switch b.kind {
		case bindLocal:
		case bindCell, bindFree:
			i += nl
		default:
			return nil
		}
		if i < 0 || i >= len(f.vals) {
			return nil
		}
		return f.vals[i]
	})
	return f.locals
}

// fBack is f_back: the caller's frame object, or None.
func (f *frameValue) fBack(th *runtime.Thread) runtime.Value {
	f.mu.Lock()
	back := f.back
	f.mu.Unlock()
	if back != nil {
		return back
	}
	back = runtime.None
	if f.tb != nil && f.tb.Index+1 < len(f.tb.Entries) {
		back = tbFrame(th, &runtime.Traceback{Entries: f.tb.Entries, Index: f.tb.Index + 1, Exc: f.tb.Exc})
	} else if fr := f.live(th); fr != nil {
		if p := interpFrame(fr.Parent); p != nil {
			back = liveChain(th, p)
		}
	}
	f.mu.Lock()
	if f.back == nil {
		f.back = back
	}
	back = f.back
	f.mu.Unlock()
	return back
}

func (f *frameValue) GetAttr(th *runtime.Thread, name string) (runtime.Value, error) {
	switch name {
	case "f_code":
		return &codeValue{f.code}, nil
	case "f_lineno":
		if fr := f.live(th); fr != nil {
			return runtime.MakeInt(int64(fr.Line)), nil
		}
		return runtime.MakeInt(int64(f.lineno)), nil
	case "f_back":
		return f.fBack(th), nil
	case "f_globals":
		return f.globals, nil
	case "f_locals":
		if fr := f.live(th); fr != nil {
			return frameLocals(fr), nil
		}
		return f.snapLocals(), nil
	case "f_builtins":
		return runtime.Builtins, nil
	case "f_lasti":
		return runtime.MakeInt(0), nil
	case "f_trace":
		return runtime.None, nil
	}
	return nil, nil
}

// Repr is CPython's <frame at 0x..., file 'x.py', line 3, code f>.
func (f *frameValue) Repr(th *runtime.Thread) (string, error) {
	return fmt.Sprintf("<frame at %#x, file '%s', line %d, code %s>", runtime.Id(f), f.code.info.File, f.lineno, f.code.info.Name), nil
}

var (
	_ runtime.HasAttrs = (*frameValue)(nil)
	_ runtime.HasRepr  = (*frameValue)(nil)
)
