package interp

import "github.com/spindle-lang/spindle/runtime"

// except* (PEP 654), as CPython 3.11 runs it: each clause in turn takes
// the part of the raised exception its type matches (a group split with
// BaseExceptionGroup.split; a naked exception that matches is wrapped in
// ExceptionGroup('', (exc,))), runs its body with that part bound, and
// leaves the rest to the next clauses. Clause bodies cannot break,
// continue or return (the resolver rejects them), so each one ends
// normally or with an exception. Afterwards the exceptions the bodies
// raised, the parts they re-raised and the unhandled rest are combined
// by runtime.PrepReraiseStar into what the statement raises.

// runStarHandlers runs the except* clauses for exc.
func runStarHandlers(fr *Frame, handlers []handler, exc *runtime.Exception) (ctrl, error) {
	rest := exc
	var raised []*runtime.Exception
	for i := range handlers {
		h := &handlers[i]
		fr.Line = h.line
		t, err := h.typ(fr)
		if err == nil {
			err = runtime.CheckExceptStarType(t)
		}
		if err != nil {
			chainHandled(err, exc)
			return 0, err
		}
		if rest == nil {
			continue
		}
		match, left, err := runtime.ExceptStarMatch(fr.th, rest, t)
		if err != nil {
			chainHandled(err, exc)
			return 0, err
		}
		if match == nil {
			continue
		}
		rest = left
		if err := runStarBody(fr, h, exc, match); err != nil {
			if e, ok := err.(*runtime.Exception); ok {
				raised = append(raised, e)
			} else {
				return 0, err
			}
		}
	}
	if rest != nil {
		raised = append(raised, rest)
	}
	result, err := runtime.PrepReraiseStar(fr.th, exc, raised)
	if err != nil {
		return 0, err
	}
	if result == nil {
		return ctrlNone, nil
	}
	// What is re-raised already carries this frame's entry (or, a new
	// group, gets none here: CPython re-raises it without one).
	fr.tbExc = result
	return 0, result
}

// runStarBody runs one except* clause's body with match bound to its
// name and being handled; it returns what the body raised.
func runStarBody(fr *Frame, h *handler, exc, match *runtime.Exception) error {
	// A bare `raise` re-raises match as it is; `raise e` adds an entry.
	fr.tbExc = match
	_, err := runHandler(fr, h, exc, match)
	if err != nil {
		fr.addTraceback(err)
	}
	return err
}
