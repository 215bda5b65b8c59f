package runtime

// PlainInit is the fast path of calling a user class: when cls(...) is
// exactly object.__new__ (no user __new__, no built-in base) followed by
// a user function __init__ called with the new instance first, it returns
// the bare instance and that function, and the caller makes the call
// itself (the interpreter then passes the arguments without a prepended
// copy and runs __init__ in a reused frame). ok is false in every other
// case; the caller then uses Call, which runs newUserInstance.
func PlainInit(cls *Type) (inst *Instance, init Value, ok bool) {
	info := infoOf(cls)
	if info == nil || info.kind != basePlain || info.metaCall {
		return nil, nil, false
	}
	// The two entries come from the class's dunder slots (two atomic
	// loads; by name they were two map lookups per construction, 3% of
	// pyperf raytrace's CPU).
	if info.dunderEntry(dNew).user() {
		return nil, nil, false
	}
	e := info.dunderEntry(dInit)
	if !e.user() || e.kind != kindFunction {
		return nil, nil, false
	}
	return NewInstance(cls), e.value, true
}

// PlainMethod is the user function that the special method name of inst
// is (a def in inst's class or a user base, called as fn(inst, ...)), or
// nil when the class defines name any other way or not at all. The
// interpreter uses it to run `for x in inst` and `yield from inst` with
// an __iter__ generator inline (the iterator it makes is owned by the
// loop), as Instance.Iter would call it.
func (inst *Instance) PlainMethod(name string) Value {
	e := inst.info().entry(name)
	if !e.user() || e.kind != kindFunction {
		return nil
	}
	return e.value
}

// PlainCall is the user function that inst's __call__ is (a def in its
// class or a user base, called as fn(inst, args...)), or nil when the
// class defines __call__ any other way or not at all: the interpreter
// calls inst(args) through it without Instance.Call's argument copy and
// new frame (pyperf chaos calls its Spline instance 60000 times).
func (inst *Instance) PlainCall() Value {
	e := inst.info().dunderEntry(dCall)
	if !e.user() || e.kind != kindFunction {
		return nil
	}
	return e.value
}
