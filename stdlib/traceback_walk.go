package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// traceback.walk_tb, walk_stack and StackSummary.extract, and the frame
// walk behind extract_stack/format_stack/print_stack(f): they follow
// frame objects (tb_frame, f_back, f_code) through their attributes, as
// CPython's pure-Python versions do, so any frame or traceback object
// works.

// walkTB is walk_tb(tb): (tb.tb_frame, tb.tb_lineno) for tb and each
// tb_next after it.
func walkTB(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var tb rt.Value
	if err := rt.UnpackArgs("walk_tb", args, kwargs, "tb", &tb); err != nil {
		return nil, err
	}
	var items []rt.Value
	for tb != rt.None {
		f, err := rt.GetAttr(th, tb, "tb_frame")
		if err != nil {
			return nil, err
		}
		ln, err := rt.GetAttr(th, tb, "tb_lineno")
		if err != nil {
			return nil, err
		}
		items = append(items, rt.NewTuple([]rt.Value{f, ln}))
		if tb, err = rt.GetAttr(th, tb, "tb_next"); err != nil {
			return nil, err
		}
	}
	return iterOf(th, rt.NewList(items))
}

// walkStack is walk_stack(f): (f, f.f_lineno) for f and each f_back
// after it. With f None it starts where CPython's does: four frames out
// from its own generator frame, that is three out from the frame that
// iterates it (walk_stack is meant to be called by extract_stack).
func walkStack(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var f rt.Value
	if err := rt.UnpackArgs("walk_stack", args, kwargs, "f", &f); err != nil {
		return nil, err
	}
	if f == rt.None {
		var err error
		if f, err = outerFrame(th, 3); err != nil {
			return nil, err
		}
	}
	var items []rt.Value
	err := eachFrame(th, f, func(fr, ln rt.Value) error {
		items = append(items, rt.NewTuple([]rt.Value{fr, ln}))
		return nil
	})
	if err != nil {
		return nil, err
	}
	return iterOf(th, rt.NewList(items))
}

// outerFrame is sys._getframe().f_back... n times from the calling
// frame, failing as CPython's attribute chain does when the stack is
// not that deep.
func outerFrame(th *rt.Thread, n int) (rt.Value, error) {
	if rt.GetFrame == nil {
		return nil, rt.NewError(rt.RuntimeErrorType, "frames are not available without the interpreter")
	}
	f, err := rt.GetFrame(th, 0)
	if err != nil {
		return nil, err
	}
	for ; n > 0; n-- {
		if f, err = rt.GetAttr(th, f, "f_back"); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// eachFrame calls fn(frame, frame.f_lineno) for f and each f_back.
func eachFrame(th *rt.Thread, f rt.Value, fn func(f, lineno rt.Value) error) error {
	for f != rt.None {
		ln, err := rt.GetAttr(th, f, "f_lineno")
		if err != nil {
			return err
		}
		if err := fn(f, ln); err != nil {
			return err
		}
		if f, err = rt.GetAttr(th, f, "f_back"); err != nil {
			return err
		}
	}
	return nil
}

// frameEntry is the traceback entry of frame f at line ln.
func frameEntry(th *rt.Thread, f, ln rt.Value) (rt.TracebackEntry, error) {
	code, err := rt.GetAttr(th, f, "f_code")
	if err != nil {
		return rt.TracebackEntry{}, err
	}
	var file, name string
	for _, a := range []struct {
		attr string
		dst  *string
	}{{"co_filename", &file}, {"co_name", &name}} {
		v, err := rt.GetAttr(th, code, a.attr)
		if err != nil {
			return rt.TracebackEntry{}, err
		}
		if *a.dst, err = rt.ToStr(th, v); err != nil {
			return rt.TracebackEntry{}, err
		}
	}
	line, err := rt.IndexInt(ln)
	if err != nil {
		return rt.TracebackEntry{}, err
	}
	return rt.TracebackEntry{File: file, Line: line, Name: name}, nil
}

// frameStackEntries is the stack from frame f outwards, innermost first.
func frameStackEntries(th *rt.Thread, f rt.Value) ([]rt.TracebackEntry, error) {
	var entries []rt.TracebackEntry
	err := eachFrame(th, f, func(fr, ln rt.Value) error {
		e, err := frameEntry(th, fr, ln)
		entries = append(entries, e)
		return err
	})
	return entries, err
}

// stackSummaryExtract is StackSummary.extract(frame_gen, *, limit=None,
// lookup_lines=True, capture_locals=False): a FrameSummary for each
// (frame, lineno) pair, in the generator's order; with capture_locals,
// each one's locals are the repr of the frame's f_locals values.
func stackSummaryExtract(th *rt.Thread, cls rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var gen, limit, lookup, capture rt.Value = nil, rt.None, rt.True, rt.False
	if err := rt.UnpackArgs("extract", args, kwargs, "frame_gen", &gen, "*", "limit?", &limit,
		"lookup_lines?", &lookup, "capture_locals?", &capture); err != nil {
		return nil, err
	}
	pairs, err := rt.IterateAll(th, gen)
	if err != nil {
		return nil, err
	}
	if limit != rt.None {
		n, err := rt.IndexInt(limit)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			n = 0
		}
		if n < len(pairs) {
			pairs = pairs[:n]
		}
	}
	withLocals, err := rt.Truth(th, capture)
	if err != nil {
		return nil, err
	}
	items := make([]rt.Value, 0, len(pairs))
	for _, p := range pairs {
		fl, err := rt.IterateAll(th, p)
		if err != nil {
			return nil, err
		}
		if len(fl) != 2 {
			return nil, rt.NewError(rt.ValueErrorType, "too many values to unpack (expected 2)")
		}
		e, err := frameEntry(th, fl[0], fl[1])
		if err != nil {
			return nil, err
		}
		var kw []rt.KwArg
		if withLocals {
			locals, err := reprLocals(th, fl[0])
			if err != nil {
				return nil, err
			}
			kw = []rt.KwArg{{Name: "locals", Value: locals}}
		}
		fs, err := rt.Call(th, frameSummaryType, []rt.Value{rt.Str(e.File), rt.MakeInt(int64(e.Line)), rt.Str(e.Name)}, kw)
		if err != nil {
			return nil, err
		}
		items = append(items, fs)
	}
	return rt.Call(th, cls, []rt.Value{rt.NewList(items)}, nil)
}

// reprLocals is {name: repr(value)} of frame f's f_locals.
func reprLocals(th *rt.Thread, f rt.Value) (rt.Value, error) {
	locals, err := rt.GetAttr(th, f, "f_locals")
	if err != nil {
		return nil, err
	}
	d, ok := locals.(*rt.Dict)
	if !ok {
		return rt.None, nil
	}
	out := rt.NewDict()
	for _, kv := range d.Items() {
		s, err := rt.Repr(th, kv[1])
		if err != nil {
			return nil, err
		}
		if err := out.SetItem(th, kv[0], rt.Str(s)); err != nil {
			return nil, err
		}
	}
	return out, nil
}
