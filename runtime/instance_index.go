package runtime

// User __index__ (operator.index) for the built-in index paths.
//
// The conversions of indices, slice bounds and counts (IndexInt,
// seqIndexArg, sliceBound, seqClampIndex) take no thread, so an instance
// is not a HasIndex: they ask instanceIndex, which runs the class's
// __index__ on a fresh thread (as callEntry does for thread-less
// callers) and checks that it returns an int. Instances without
// __index__ keep each path's own TypeError.

// instanceIndex returns inst.__index__() for an instance whose class
// defines it; ok is false when it does not.
func instanceIndex(th *Thread, inst *Instance) (v Value, ok bool, err error) {
	e := inst.info().entry("__index__")
	if !e.user() {
		if e.value != nil && inst.BaseValue() != nil && IsIntValue(inst.BaseValue()) {
			return inst.BaseValue(), true, nil // int subclass
		}
		return nil, false, nil
	}
	r, err := callEntry(th, e, inst, nil, nil)
	if err != nil {
		return nil, true, err
	}
	if !IsIntValue(r) {
		return nil, true, NewError(TypeErrorType, "__index__ returned non-int (type %s)", TypeName(r))
	}
	if b, isBool := r.(Bool); isBool {
		r = MakeInt(boolToInt64(b))
	}
	return r, true, nil
}

// indexIfInstance is instanceIndex for any value: ok is false unless v
// is an instance whose class defines __index__.
func indexIfInstance(v Value) (Value, bool, error) {
	inst, isInst := v.(*Instance)
	if !isInst {
		return nil, false, nil
	}
	return instanceIndex(nil, inst)
}

// hasUserIndex reports whether v is an instance whose class defines
// __index__ (without calling it).
func hasUserIndex(v Value) bool {
	inst, ok := v.(*Instance)
	return ok && inst.info().entry("__index__").user()
}

// repeatIndex is the count an instance gives a sequence repetition
// (seq * obj): its __index__ (an int subclass's value included), unless
// its class defines __rmul__ itself, which CPython tries first.
func repeatIndex(v Value) (Value, bool, error) {
	inst, ok := v.(*Instance)
	if !ok || inst.info().entry("__rmul__").user() {
		return nil, false, nil
	}
	return instanceIndex(nil, inst)
}
