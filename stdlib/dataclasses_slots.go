package stdlib

// dataclass(slots=True): as CPython's _add_slots, the decorated class is
// rebuilt through its metaclass with __slots__ set to the field names not
// already slotted by a base (plus "__weakref__" for weakref_slot=True), and
// without the field defaults as class attributes (they would conflict with
// the slots; __init__ keeps its own copy of them).

import rt "github.com/spindle-lang/spindle/runtime"

// dcAddSlots returns the slotted replacement of the dataclass cls.
func dcAddSlots(th *rt.Thread, cls *rt.Type, weakrefSlot bool) (rt.Value, error) {
	if _, ok := cls.Dict.GetStr("__slots__"); ok {
		return nil, rt.NewError(rt.TypeErrorType, "%s already specifies __slots__", cls.Name())
	}
	d := cls.Dict.Copy()
	inherited := map[string]bool{}
	for _, b := range cls.MRO()[1:] {
		if b.Dict == nil {
			continue
		}
		sv, ok := b.Dict.GetStr("__slots__")
		if !ok {
			continue
		}
		if s, ok := sv.(rt.Str); ok {
			inherited[string(s)] = true
			continue
		}
		names, err := rt.IterateAll(th, sv)
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			if s, ok := n.(rt.Str); ok {
				inherited[string(s)] = true
			}
		}
	}
	var slots []rt.Value
	for _, f := range dcFieldsOf(cls) {
		d.DeleteStr(f.name)
		if !inherited[f.name] {
			slots = append(slots, rt.Str(f.name))
		}
	}
	if weakrefSlot && !inherited["__weakref__"] {
		slots = append(slots, rt.Str("__weakref__"))
	}
	d.DeleteStr("__dict__")
	d.DeleteStr("__weakref__")
	d.SetStr("__slots__", rt.NewTuple(slots))
	bases := make([]rt.Value, len(cls.Bases()))
	for i, b := range cls.Bases() {
		bases[i] = b
	}
	nc, err := rt.Call(th, cls.Type(), []rt.Value{rt.Str(cls.Name()), rt.NewTuple(bases), d}, nil)
	if err != nil {
		return nil, err
	}
	if t, ok := nc.(*rt.Type); ok {
		t.SetQualname(cls.Qualname())
	}
	return nc, nil
}
