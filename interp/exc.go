package interp

import (
	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/runtime"
)

// Exceptions travel as Go errors (*runtime.Exception). This file compiles
// raise, try and with, and keeps CPython's bookkeeping:
//
//   - traceback: a frame adds its entry (file, current line, name) when an
//     exception first passes through it — at a catch point (except,
//     finally, with) or when it leaves the frame — and again after an
//     explicit `raise e` there (see Frame.tbExc), so `raise e` in a
//     handler shows both lines, as in CPython, and a bare `raise` does not
//     add a second one; an exception caught in a frame that reaches it
//     again later (re-raised by a callee) adds a new entry;
//   - implicit chaining: an exception raised while another is being
//     handled (in an except or finally block, or in code called from one)
//     gets it as __context__ unless that would make a cycle.

// raise prepares exc to be raised from fr: sets its context and lets
// this frame add a fresh traceback entry.
func (fr *Frame) raise(exc *runtime.Exception) error {
	if fr.Handling != nil && fr.Handling != exc {
		setContext(exc, fr.Handling)
	}
	fr.tbExc = nil
	return exc
}

// setContext sets exc.__context__ = ctx, breaking a cycle in ctx's chain
// like CPython does.
func setContext(exc, ctx *runtime.Exception) {
	if ctx == nil || ctx == exc {
		return
	}
	// Break cycles: if exc appears in ctx's context chain, cut it out.
	for o := ctx; o != nil; o = o.Context {
		if o.Context == exc {
			o.Context = nil
			break
		}
	}
	exc.Context = ctx
}

// chainHandled gives an exception escaping a handler for `handled` its
// implicit context (when it has none yet).
func chainHandled(err error, handled *runtime.Exception) {
	exc, ok := err.(*runtime.Exception)
	if !ok || exc == handled || exc.Context != nil || handled == nil {
		return
	}
	setContext(exc, handled)
}

// groupCancelledBody reports whether exc is the Cancelled with which a
// ThreadGroup stopped its own block (a thread of the group failed): the
// failure the group then raises is the cause of that Cancelled, not an
// exception raised while handling it, so it takes no implicit context —
// the traceback reads as that of an await: block.
func groupCancelledBody(mgr runtime.Value, exc *runtime.Exception) bool {
	_, isGroup := mgr.(*runtime.ThreadGroup)
	return isGroup && runtime.IsCancelled(exc)
}

// makeException turns the operand of raise into an exception instance.
func makeException(th *runtime.Thread, v runtime.Value, forCause bool) (*runtime.Exception, error) {
	switch x := v.(type) {
	case *runtime.Exception:
		return x, nil
	case *runtime.Type:
		if x.Exception {
			r, err := runtime.Call(th, x, nil, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := r.(*runtime.Exception); ok {
				return e, nil
			}
			return nil, runtime.NewError(runtime.TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", x.Name(), runtime.TypeName(r))
		}
	}
	if forCause {
		return nil, runtime.NewError(runtime.TypeErrorType, "exception causes must derive from BaseException")
	}
	return nil, runtime.NewError(runtime.TypeErrorType, "exceptions must derive from BaseException")
}

func (c *compiler) raise(s *ast.Raise) stmtFn {
	if s.Exc == nil {
		return func(fr *Frame) (ctrl, error) {
			if fr.Handling == nil {
				return 0, fr.raise(runtime.NewError(runtime.RuntimeErrorType, "No active exception to reraise"))
			}
			// A bare raise keeps the traceback as it is: this frame
			// already has its entry for the exception, even if an
			// exception caught since then took the frame's tbExc.
			fr.tbExc = fr.Handling
			return 0, fr.Handling
		}
	}
	excE := c.expr(s.Exc)
	pos := spanOf(s)
	var causeE exprFn
	if s.Cause != nil {
		causeE = c.expr(s.Cause)
	}
	return func(fr *Frame) (ctrl, error) {
		v, err := excE(fr)
		if err != nil {
			return 0, err
		}
		exc, err := makeException(fr.th, v, false)
		if err != nil {
			return 0, fr.at(err, pos)
		}
		if causeE != nil {
			cv, err := causeE(fr)
			if err != nil {
				return 0, err
			}
			if cv == runtime.None {
				exc.Cause = nil
			} else {
				cause, err := makeException(fr.th, cv, true)
				if err != nil {
					return 0, fr.at(err, pos)
				}
				exc.Cause = cause
			}
			exc.SuppressContext = true
		}
		return 0, fr.raiseAt(exc, pos)
	}
}

type handler struct {
	typ   exprFn // nil: bare except
	store storeFn
	del   stmtFn
	body  stmtFn
	line  int
}

// matches reports whether exc matches an except clause's type value,
// which must be valid even when an earlier class matches.
func matches(exc *runtime.Exception, t runtime.Value) (bool, error) {
	if x, ok := t.(*runtime.Type); ok && x.Exception {
		return exc.Class.IsSubtype(x), nil // the common case, checked at once
	}
	if err := runtime.CheckExceptType(t); err != nil {
		return false, err
	}
	return runtime.ExceptionMatches(exc, t), nil
}

func (c *compiler) try(s *ast.Try) stmtFn {
	body := c.block(s.Body)
	handlers := make([]handler, len(s.Handlers))
	for i, h := range s.Handlers {
		hd := handler{line: h.Pos.Line}
		if h.Type != nil {
			hd.typ = c.expr(h.Type)
		}
		if h.Name != "" {
			hd.store = c.storeName(h.Name, false)
			hd.del = c.deleteName(h.Name)
		}
		hd.body = c.block(h.Body)
		handlers[i] = hd
	}
	var orelse, final stmtFn
	if len(s.Orelse) > 0 {
		orelse = c.block(s.Orelse)
	}
	if len(s.Finalbody) > 0 {
		final = c.block(s.Finalbody)
	}
	run := runHandlers
	if s.Star {
		run = runStarHandlers
	}
	return func(fr *Frame) (ctrl, error) {
		ct, err := body(fr)
		if err != nil {
			if exc, ok := err.(*runtime.Exception); ok && len(handlers) > 0 {
				fr.addTraceback(exc)
				ct, err = run(fr, handlers, exc)
			}
		} else if orelse != nil && ct == ctrlNone {
			ct, err = orelse(fr)
		}
		if final == nil {
			return ct, err
		}
		return runFinally(fr, final, ct, err)
	}
}

// runHandlers runs the first handler matching exc; with none it returns
// exc itself.
func runHandlers(fr *Frame, handlers []handler, exc *runtime.Exception) (ctrl, error) {
	for i := range handlers {
		h := &handlers[i]
		if h.typ != nil {
			fr.Line = h.line
			t, err := h.typ(fr)
			if err != nil {
				chainHandled(err, exc)
				return 0, err
			}
			ok, err := matches(exc, t)
			if err != nil {
				chainHandled(err, exc)
				return 0, err
			}
			if !ok {
				continue
			}
		}
		return runHandler(fr, h, exc, exc)
	}
	return 0, exc
}

// runHandler runs an except (or except*) clause's body while exc, the
// exception being handled, is in its cleanup: bound is stored in the
// clause's name and is what the body handles (exc itself for except, the
// matching part of a group for except*); whatever the body raises takes
// bound as its context.
func runHandler(fr *Frame, h *handler, exc, bound *runtime.Exception) (ctrl, error) {
	// exc is caught here: if it reaches this frame again (re-raised by
	// a callee, or taken from a Future's result()), that is a new pass
	// and adds a new entry, as in CPython; a bare raise still does not.
	fr.tbExc = nil
	saved := fr.Handling
	fr.Handling = bound
	if h.store != nil {
		h.store(fr, bound)
	}
	cleanup := fr.th.BeginCleanup(exc)
	ct, err := h.body(fr)
	if cleanup {
		fr.th.EndCleanup()
	}
	fr.Handling = saved
	if h.del != nil {
		h.del(fr)
	}
	if err != nil {
		chainHandled(err, bound)
	}
	return ct, err
}

// runFinally runs a finally block after the try part ended with (ct, err).
// A break/continue/return in the finally block overrides both.
func runFinally(fr *Frame, final stmtFn, ct ctrl, err error) (ctrl, error) {
	if err == errGenAbort {
		return ct, err
	}
	exc, _ := err.(*runtime.Exception)
	saved := fr.Handling
	savedRet := fr.ret
	if exc != nil {
		fr.addTraceback(exc)
		fr.Handling = exc
	}
	line := fr.Line
	cleanup := fr.th.BeginCleanup(err)
	fct, ferr := final(fr)
	if cleanup {
		fr.th.EndCleanup()
	}
	fr.Handling = saved
	if ferr != nil {
		if exc != nil {
			chainHandled(ferr, exc)
		}
		return 0, ferr
	}
	if fct != ctrlNone {
		return fct, nil
	}
	fr.Line = line
	fr.ret = savedRet
	return ct, err
}

// ---- with ----

func (c *compiler) with(s *ast.With) stmtFn {
	inner := c.block(s.Body)
	for i := len(s.Items) - 1; i >= 0; i-- {
		inner = c.withItem(s.Items[i], inner, s.Pos.Line)
	}
	return inner
}

func (c *compiler) withItem(it *ast.WithItem, body stmtFn, line int) stmtFn {
	ctx := c.expr(it.Context)
	var store storeFn
	if it.Vars != nil {
		store = c.store(it.Vars, false)
	}
	return func(fr *Frame) (ctrl, error) {
		th := fr.th
		mgr, err := ctx(fr)
		if err != nil {
			return 0, err
		}
		enter, exit, err := contextMethods(th, mgr)
		if err != nil {
			return 0, err
		}
		v, err := runtime.Call(th, enter, nil, nil)
		if err != nil {
			return 0, closeGroupLeftOpen(th, mgr, err)
		}
		if store != nil {
			if err := store(fr, v); err != nil {
				runtime.Call(th, exit, []runtime.Value{runtime.None, runtime.None, runtime.None}, nil)
				return 0, closeGroupLeftOpen(th, mgr, err)
			}
		}
		ct, err := body(fr)
		if err == errGenAbort {
			return ct, err
		}
		if exc, ok := err.(*runtime.Exception); ok {
			fr.addTraceback(exc)
			fr.Line = line
			saved := fr.Handling
			fr.Handling = exc
			cleanup := th.BeginCleanup(exc)
			r, xerr := runtime.Call(th, exit, []runtime.Value{exc.Class, exc, runtime.None}, nil)
			if cleanup {
				th.EndCleanup()
			}
			fr.Handling = saved
			if xerr != nil {
				if !groupCancelledBody(mgr, exc) {
					chainHandled(xerr, exc)
				}
				return 0, closeGroupLeftOpen(th, mgr, xerr)
			}
			suppress, terr := runtime.Truth(th, r)
			if terr != nil {
				return 0, closeGroupLeftOpen(th, mgr, terr)
			}
			if suppress {
				fr.tbExc = nil // caught here (see runHandler)
				return 0, closeGroupLeftOpen(th, mgr, nil)
			}
			return 0, closeGroupLeftOpen(th, mgr, exc)
		}
		fr.Line = line
		savedRet := fr.ret
		if _, xerr := runtime.Call(th, exit, []runtime.Value{runtime.None, runtime.None, runtime.None}, nil); xerr != nil {
			return 0, closeGroupLeftOpen(th, mgr, xerr)
		}
		if xerr := closeGroupLeftOpen(th, mgr, nil); xerr != nil {
			return 0, xerr
		}
		fr.ret = savedRet
		return ct, err
	}
}

func contextMethods(th *runtime.Thread, mgr runtime.Value) (enter, exit runtime.Value, err error) {
	enter, err = runtime.GetAttr(th, mgr, "__enter__")
	if err != nil {
		if runtime.IsExc(err, runtime.AttributeErrorType) {
			return nil, nil, runtime.NewError(runtime.TypeErrorType, "'%s' object does not support the context manager protocol", runtime.TypeName(mgr))
		}
		return nil, nil, err
	}
	exit, err = runtime.GetAttr(th, mgr, "__exit__")
	if err != nil {
		if runtime.IsExc(err, runtime.AttributeErrorType) {
			return nil, nil, runtime.NewError(runtime.TypeErrorType, "'%s' object does not support the context manager protocol (missed __exit__ method)", runtime.TypeName(mgr))
		}
		return nil, nil, err
	}
	return enter, exit, nil
}
