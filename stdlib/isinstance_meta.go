package stdlib

import rt "github.com/spindle-lang/spindle/runtime"

// isinstance/issubclass honour a metaclass's __instancecheck__ and
// __subclasscheck__ (class Meta(type) defining them), as CPython's
// PyObject_IsInstance / PyObject_IsSubclass do.

// metaClassCheck is isinstance(arg, info) (hook "__instancecheck__") or
// issubclass(arg, info) ("__subclasscheck__") for a class info or a
// (nested) tuple of classes, calling the hook of each class whose
// metaclass defines it, in order; test is the plain check of the others.
// ok is false when info is not a class or tuple (the caller's error).
func metaClassCheck(th *rt.Thread, info rt.Value, hook string, arg rt.Value, test func(*rt.Type) bool) (m, ok bool, err error) {
	switch x := info.(type) {
	case *rt.Type:
		meta := x.Type()
		if meta == rt.TypeType || meta.Lookup(hook) == nil {
			return classInfoMatchErr(info, test)
		}
		if hook == "__instancecheck__" && arg.Type() == x {
			return true, true, nil // CPython's exact-type shortcut
		}
		r, err := rt.CallMethod(th, x, hook, []rt.Value{arg}, nil)
		if err != nil {
			return false, true, err
		}
		m, err := rt.Truth(th, r)
		return m, true, err
	case *rt.Tuple:
		for _, it := range x.Items {
			m, ok, err := metaClassCheck(th, it, hook, arg, test)
			if !ok || err != nil || m {
				return m, ok, err
			}
		}
		return false, true, nil
	}
	return classInfoMatchErr(info, test)
}

func classInfoMatchErr(info rt.Value, test func(*rt.Type) bool) (bool, bool, error) {
	m, ok := classInfoMatch(info, test)
	return m, ok, nil
}
