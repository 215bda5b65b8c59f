package runtime

// metaGetattr is a metaclass's __getattr__, called as CPython's
// type.__getattribute__ falls back to it: when looking name up on the
// class t failed with AttributeError err. ok is false when the
// metaclass defines no __getattr__ (err stands).
func metaGetattr(th *Thread, t *Type, name string, err error) (Value, bool, error) {
	if t.Meta == nil || !IsExc(err, AttributeErrorType) {
		return nil, false, nil
	}
	e := lookupEntry(t.Meta, "__getattr__")
	if !e.user() {
		return nil, false, nil
	}
	v, err := callEntry(th, e, t, []Value{Str(name)}, nil)
	return v, true, err
}
