package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// decimal.Context(...) and decimal.setcontext: a Context built by the
// program holds its own precision and rounding; setcontext copies them
// into the one process-wide context that arithmetic uses.

func newDecContext(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var prec, rounding, emin, emax, capitals, clamp, flags, traps rt.Value = rt.None, rt.None, rt.None, rt.None, rt.None, rt.None, rt.None, rt.None
	if err := rt.UnpackArgs("Context", args, kwargs, "prec?", &prec, "rounding?", &rounding,
		"Emin?", &emin, "Emax?", &emax, "capitals?", &capitals, "clamp?", &clamp,
		"flags?", &flags, "traps?", &traps); err != nil {
		return nil, err
	}
	c := newDecContextOf(28, "ROUND_HALF_EVEN")
	if prec != rt.None {
		if err := c.SetAttr(th, "prec", prec); err != nil {
			return nil, err
		}
	}
	if rounding != rt.None {
		if err := c.SetAttr(th, "rounding", rounding); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// decSetContext is decimal.setcontext(context).
func decSetContext(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var v rt.Value
	if err := rt.UnpackArgs("setcontext", args, kwargs, "context", &v); err != nil {
		return nil, err
	}
	c, ok := v.(*decContext)
	if !ok {
		return nil, rt.NewError(rt.TypeErrorType, "argument must be a context")
	}
	if c == decimalContext {
		return rt.None, nil
	}
	p, r := c.get()
	decimalContext.set(p, r)
	return rt.None, nil
}
