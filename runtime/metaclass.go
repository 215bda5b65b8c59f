package runtime

// Metaclasses.
//
// A class's metaclass is its Type.Meta (nil means `type`). A class
// statement picks the most derived of the explicit metaclass= and its
// bases' metaclasses (resolveMeta, CPython's "metaclass conflict" when
// they are unrelated). When that is a user subclass of `type`, the class
// statement calls it like any class: Meta(name, bases, ns, **kwargs) runs
// Meta.__new__ (whose type.__new__ / super().__new__ builds the class with
// Meta recorded) and then Meta.__init__. A metaclass= that is not a class
// (a function) is simply called.
//
// Classes read through a metaclass: C.x falls back to the metaclass's
// attributes bound to the class (Type.GetAttr), so methods and properties
// defined on a metaclass work on its classes. A metaclass __call__
// replaces instantiation: such classes get metaCallNew as Type.New, and
// type.__call__ (reached by super().__call__ from the override) runs the
// default construction.

// resolveMeta returns the most derived metaclass among explicit (nil for
// none) and the metaclasses of bases, or the metaclass-conflict error.
func resolveMeta(explicit *Type, bases []Value) (*Type, error) {
	winner := explicit
	if winner == nil {
		winner = TypeType
	}
	for _, b := range bases {
		bt, ok := b.(*Type)
		if !ok {
			continue
		}
		bm := bt.Type()
		if winner.IsSubtype(bm) {
			continue
		}
		if bm.IsSubtype(winner) {
			winner = bm
			continue
		}
		return nil, NewError(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}

// callMetaclass runs the class statement through a metaclass that is not
// plain `type`: the call meta(name, bases, ns, **kwargs).
func callMetaclass(th *Thread, meta Value, name, qualname, module string, bases []Value, ns *Dict, kwargs []KwArg) (Value, error) {
	if ns == nil {
		ns = NewDict()
	}
	if _, ok := ns.GetStr("__module__"); !ok {
		ns.SetStr("__module__", Str(module))
	}
	if _, ok := ns.GetStr("__qualname__"); !ok && qualname != "" {
		ns.SetStr("__qualname__", Str(qualname))
	}
	items := make([]Value, len(bases))
	copy(items, bases)
	return Call(th, meta, []Value{Str(name), NewTuple(items), ns}, kwargs)
}

// typeNew is type.__new__(mcs, name, bases, ns, **kwargs): it builds the
// class with metaclass mcs (or a more derived one of the bases').
func typeNew(th *Thread, mcs *Type, args []Value, kwargs []KwArg) (Value, error) {
	if len(args) != 3 {
		return nil, NewError(TypeErrorType, "type.__new__() takes exactly 3 arguments (%d given)", len(args))
	}
	name, ok := args[0].(Str)
	if !ok {
		return nil, NewError(TypeErrorType, "type.__new__() argument 1 must be str, not %s", TypeName(args[0]))
	}
	bt, ok := args[1].(*Tuple)
	if !ok {
		return nil, NewError(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", TypeName(args[1]))
	}
	d, ok := args[2].(*Dict)
	if !ok {
		return nil, NewError(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", TypeName(args[2]))
	}
	meta, err := resolveMeta(mcs, bt.Items)
	if err != nil {
		return nil, err
	}
	module := "__main__"
	if m, ok := d.GetStr("__module__"); ok {
		if s, ok := m.(Str); ok {
			module = string(s)
		}
	} else if CallerModule != nil {
		module = CallerModule(th)
	}
	return buildClass(th, meta, string(name), string(name), module, bt.Items, d.Copy(), kwargs)
}

// newMetaInstance is Type.New of user metaclasses: calling Meta(name,
// bases, ns) runs Meta.__new__ (type.__new__ by default), then
// Meta.__init__ on the result when it is an instance of Meta.
func newMetaInstance(th *Thread, mcs *Type, args []Value, kwargs []KwArg) (Value, error) {
	info := infoOf(mcs)
	newE := info.entry("__new__")
	var obj Value
	var err error
	if newE.user() {
		fn, err := bindToClass(th, newE.value, mcs)
		if err != nil {
			return nil, err
		}
		if obj, err = Call(th, fn, prepend(mcs, args), kwargs); err != nil {
			return nil, err
		}
	} else if obj, err = typeNew(th, mcs, args, kwargs); err != nil {
		return nil, err
	}
	if !IsInstance(obj, mcs) {
		return obj, nil
	}
	initE := info.entry("__init__")
	if ti := infoOf(obj.Type()); ti != nil {
		initE = ti.entry("__init__")
	}
	if !initE.user() {
		return obj, nil
	}
	r, err := callEntry(th, initE, obj, args, kwargs)
	if err != nil {
		return nil, err
	}
	if r != None {
		return nil, NewError(TypeErrorType, "__init__() should return None, not '%s'", TypeName(r))
	}
	return obj, nil
}

// metaCallNew is Type.New of classes whose metaclass defines __call__:
// cls(...) is Meta.__call__(cls, ...).
func metaCallNew(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
	e := lookupEntry(cls.Type(), "__call__")
	if !e.user() {
		return defaultNew(cls)(th, cls, args, kwargs)
	}
	return callEntry(th, e, cls, args, kwargs)
}

// defaultNew is the construction of cls without a metaclass __call__.
func defaultNew(cls *Type) func(*Thread, *Type, []Value, []KwArg) (Value, error) {
	ci := infoOf(cls)
	switch {
	case ci == nil:
		return cls.New
	case ci.kind == baseValue && ci.builtin == TypeType:
		return newMetaInstance
	}
	return newUserInstance
}

// metaAttr is C.name found on C's metaclass, bound to C; ok is false when
// the metaclass has no such attribute.
func metaAttr(th *Thread, t *Type, name string) (Value, bool, error) {
	if t.Meta == nil {
		return nil, false, nil
	}
	e := lookupEntry(t.Meta, name)
	if e.value == nil {
		return nil, false, nil
	}
	v, err := bindEntry(th, e, t)
	return v, true, err
}

func init() {
	TypeType.Dict.SetStr("__new__", &StaticMethod{Fn: NewFunc("__new__", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "type.__new__(): not enough arguments")
		}
		mcs, ok := args[0].(*Type)
		if !ok {
			return nil, NewError(TypeErrorType, "type.__new__(X): X is not a type object (%s)", TypeName(args[0]))
		}
		if !mcs.IsSubtype(TypeType) {
			return nil, NewError(TypeErrorType, "type.__new__(%s): %s is not a subtype of type", mcs.Name(), mcs.Name())
		}
		if mcs == TypeType && len(args) == 2 && len(kwargs) == 0 {
			return args[1].Type(), nil
		}
		return typeNew(th, mcs, args[1:], kwargs)
	})})
	TypeType.AddMethods(
		NewMethod("__init__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if len(args) != 1 && len(args) != 3 {
				return nil, NewError(TypeErrorType, "type.__init__() takes 1 or 3 arguments")
			}
			return None, nil
		}),
		NewMethod("__call__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			cls, ok := self.(*Type)
			if !ok {
				return nil, NewError(TypeErrorType, "descriptor '__call__' requires a 'type' object but received a '%s'", TypeName(self))
			}
			n := defaultNew(cls)
			if n == nil {
				return nil, NewError(TypeErrorType, "cannot create '%s' instances", cls.Name())
			}
			return n(th, cls, args, kwargs)
		}),
	)
}

// metaDunder calls the metaclass's user dunder name on class t (len(C),
// iter(C), x in C with a metaclass defining __len__, __iter__,
// __contains__); ok is false when the metaclass does not define it.
func metaDunder(th *Thread, t *Type, name string, args ...Value) (Value, bool, error) {
	if t.Meta == nil {
		return nil, false, nil
	}
	e := lookupEntry(t.Meta, name)
	if !e.user() {
		return nil, false, nil
	}
	r, err := callEntry(th, e, t, args, nil)
	return r, true, err
}

// PrepareNamespace is the namespace a class body runs into: a fresh dict,
// or what the metaclass's __prepare__(name, bases, **kwargs) returns
// (which must be a dict here: the body stores into a plain dict).
func PrepareNamespace(th *Thread, name string, bases []Value, kwargs []KwArg) (*Dict, error) {
	var explicit *Type
	var rest []KwArg
	for _, kw := range kwargs {
		if kw.Name == "metaclass" {
			t, ok := kw.Value.(*Type)
			if !ok {
				return NewDict(), nil
			}
			explicit = t
			continue
		}
		rest = append(rest, kw)
	}
	if explicit == nil && len(bases) == 0 {
		return NewDict(), nil
	}
	meta, err := resolveMeta(explicit, mroEntries(bases))
	if err != nil || meta == TypeType {
		return NewDict(), nil // the conflict is reported by BuildClass
	}
	e := lookupEntry(meta, "__prepare__")
	if !e.user() {
		return NewDict(), nil
	}
	fn, err := bindToClass(th, e.value, meta)
	if err != nil {
		return nil, err
	}
	items := make([]Value, len(bases))
	copy(items, bases)
	r, err := Call(th, fn, []Value{Str(name), NewTuple(items)}, rest)
	if err != nil {
		return nil, err
	}
	d, ok := r.(*Dict)
	if !ok {
		return nil, NewError(TypeErrorType, "%s.__prepare__() must return a dict, not %s", meta.Name(), TypeName(r))
	}
	return d, nil
}
