package runtime

// GetAttr is v.name.
//
// Order: the value's own attributes (HasAttrs: modules, instances,
// exceptions, functions; *Type's GetAttr in class.go serves class
// attributes), then the type's MRO (binding methods and applying
// descriptors, see BindAttr), then the special attributes every object has.
func GetAttr(th *Thread, v Value, name string) (Value, error) {
	if x, ok := v.(HasAttrs); ok {
		r, err := x.GetAttr(th, name)
		if err != nil || r != nil {
			return r, err
		}
	}
	if t, ok := v.(*Type); ok {
		r, err := typeGetAttr(t, name)
		if err != nil {
			if g, ok, gerr := metaGetattr(th, t, name, err); ok {
				return g, gerr
			}
		}
		return r, err
	}
	if m := v.Type().Lookup(name); m != nil {
		if b, ok := m.(*Builtin); ok && b.Method {
			return b.Bind(v), nil
		}
		// Functions bind, property/staticmethod/classmethod apply
		// (user exception classes' methods; see class.go).
		return BindAttr(th, m, v)
	}
	if name == "__class__" {
		return v.Type(), nil
	}
	if m := builtinDunder(v, name); m != nil {
		return m, nil
	}
	return nil, noAttribute(v, name)
}

func typeGetAttr(t *Type, name string) (Value, error) {
	// A type's own __name__ and __qualname__ win over its dict (in
	// CPython they are data descriptors of type): the dict may hold the
	// instances' attribute of that name (generator.__name__).
	switch name {
	case "__name__":
		return Str(t.Name()), nil
	case "__qualname__":
		if t.Qualname() != "" {
			return Str(t.Qualname()), nil
		}
		return Str(t.Name()), nil
	}
	if m := t.Lookup(name); m != nil {
		return m, nil
	}
	switch name {
	case "__module__":
		return Str(t.Module()), nil
	case "__mro__":
		items := make([]Value, len(t.MRO()))
		for i, c := range t.MRO() {
			items[i] = c
		}
		return NewTuple(items), nil
	case "__bases__":
		items := make([]Value, len(t.Bases()))
		for i, c := range t.Bases() {
			items[i] = c
		}
		return NewTuple(items), nil
	case "__base__":
		if len(t.Bases()) == 0 {
			return None, nil
		}
		return t.Bases()[0], nil
	case "__class__":
		return t.Type(), nil
	case "__doc__":
		return None, nil
	}
	return nil, NewError(AttributeErrorType, "type object '%s' has no attribute '%s'", t.Name(), name)
}

// dottedTypeNames are the types CPython defines in C with a dotted
// tp_name, which its "object has no attribute" message shows.
var dottedTypeNames = map[*Type]string{
	LockType:        "_thread.lock",
	RLockType:       "_thread.RLock",
	SimpleQueueType: "_queue.SimpleQueue",
}

// noAttribute is CPython's AttributeError for a missing attribute, with
// its name and obj attributes set (the traceback printer uses them for
// "Did you mean" suggestions).
func noAttribute(v Value, name string) error {
	var e *Exception
	if m, ok := v.(*Module); ok {
		e = NewError(AttributeErrorType, "module '%s' has no attribute '%s'", m.Name, name)
	} else if l, ok := v.(*Local); ok {
		e = NewError(AttributeErrorType, "'%s' object has no attribute '%s'", l.typeName(), name)
	} else if q, ok := dottedTypeNames[v.Type()]; ok {
		e = NewError(AttributeErrorType, "'%s' object has no attribute '%s'", q, name)
	} else {
		e = NewError(AttributeErrorType, "'%s' object has no attribute '%s'", TypeName(v), name)
	}
	_ = e.SetAttr(nil, "name", Str(name))
	_ = e.SetAttr(nil, "obj", v)
	return e
}

// SetAttr is v.name = val.
func SetAttr(th *Thread, v Value, name string, val Value) error {
	if x, ok := v.(HasSetAttr); ok {
		return x.SetAttr(th, name, val)
	}
	if t, ok := v.(*Type); ok {
		if t.Module() == "builtins" {
			return NewError(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, t.Name())
		}
		t.Dict.SetStr(name, val)
		return nil
	}
	return readOnlyAttr(th, v, name)
}

// DelAttr is del v.name.
func DelAttr(th *Thread, v Value, name string) error {
	if x, ok := v.(HasSetAttr); ok {
		return x.SetAttr(th, name, nil)
	}
	return readOnlyAttr(th, v, name)
}

// readOnlyAttr is CPython's AttributeError for assigning or deleting an
// attribute of a built-in value that holds none of its own: a method of
// its type is "read-only", a computed attribute ((1).real, len.__name__)
// "not writable", anything else missing.
func readOnlyAttr(th *Thread, v Value, name string) error {
	if v.Type().Lookup(name) != nil {
		return NewError(AttributeErrorType, "'%s' object attribute '%s' is read-only", TypeName(v), name)
	}
	if _, err := GetAttr(th, v, name); err == nil {
		if isComplex(v) {
			// complex's real and imag are read-only members, not getters.
			return NewError(AttributeErrorType, "readonly attribute")
		}
		return NewError(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", name, TypeName(v))
	}
	return noAttribute(v, name)
}

// HasAttr reports whether v.name exists (hasattr): only AttributeError
// counts as absent; other errors propagate.
func HasAttr(th *Thread, v Value, name string) (bool, error) {
	_, err := GetAttr(th, v, name)
	if err == nil {
		return true, nil
	}
	if IsExc(err, AttributeErrorType) {
		return false, nil
	}
	return false, err
}

// CallMethod is v.name(*args, **kwargs) without allocating a bound method
// when the attribute is a built-in method of v's type.
func CallMethod(th *Thread, v Value, name string, args []Value, kwargs []KwArg) (Value, error) {
	if _, own := v.(HasAttrs); !own {
		if m := v.Type().Lookup(name); m != nil {
			if b, ok := m.(*Builtin); ok && b.Method {
				return b.Fn(th, v, args, kwargs)
			}
		}
	}
	fn, err := GetAttr(th, v, name)
	if err != nil {
		return nil, err
	}
	return Call(th, fn, args, kwargs)
}
