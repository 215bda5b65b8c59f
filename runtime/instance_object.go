package runtime

import "github.com/spindle-lang/spindle/ast"

// The methods of `object`, the defaults every class inherits. User
// classes reach them through super() (super().__init__(), object.__setattr__
// in a __setattr__ override, super().__eq__(other)); the generic
// operations on instances implement the same defaults directly and only
// consult the class for user-defined overrides.
//
// For values of built-in types (which reach these methods when their own
// type's dict lacks the dunder, as in (5).__repr__()), the methods defer
// to the generic operation, so they answer as the built-in type would.

func objectRepr(th *Thread, self Value) (string, error) {
	switch self.(type) {
	case *Instance:
		return defaultRepr(self), nil
	}
	return Repr(th, self)
}

func initObjectMethods() {
	ObjectType.AddMethods(
		NewMethod("__init__", objectInit),
		NewMethod("__repr__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("__repr__", args, kwargs); err != nil {
				return nil, err
			}
			s, err := objectRepr(th, self)
			return Str(s), err
		}),
		NewMethod("__str__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("__str__", args, kwargs); err != nil {
				return nil, err
			}
			if inst, ok := self.(*Instance); ok {
				s, err := inst.Repr(th)
				return Str(s), err
			}
			s, err := ToStr(th, self)
			return Str(s), err
		}),
		NewMethod("__format__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var spec string
			if err := UnpackArgs("__format__", args, kwargs, "format_spec", &spec, "/"); err != nil {
				return nil, err
			}
			if inst, ok := self.(*Instance); ok && inst.BaseValue() == nil {
				if spec != "" {
					return nil, NewError(TypeErrorType, "unsupported format string passed to %s.__format__", inst.info().t.Name())
				}
				s, err := ToStr(th, self)
				return Str(s), err
			}
			s, err := Format(th, self, spec)
			return Str(s), err
		}),
		NewMethod("__hash__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("__hash__", args, kwargs); err != nil {
				return nil, err
			}
			if _, ok := self.(*Instance); ok {
				return MakeInt(int64(Id(self) >> 4)), nil
			}
			h, err := Hash(th, self)
			return MakeInt(h), err
		}),
		objectCompare("__eq__", ast.Eq), objectCompare("__ne__", ast.NotEq),
		objectCompare("__lt__", ast.Lt), objectCompare("__le__", ast.LtE),
		objectCompare("__gt__", ast.Gt), objectCompare("__ge__", ast.GtE),
		NewMethod("__setattr__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var name string
			var v Value
			if err := UnpackArgs("__setattr__", args, kwargs, "name", &name, "value", &v, "/"); err != nil {
				return nil, err
			}
			return None, objectSetAttr(th, self, name, v)
		}),
		NewMethod("__delattr__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var name string
			if err := UnpackArgs("__delattr__", args, kwargs, "name", &name, "/"); err != nil {
				return nil, err
			}
			return None, objectSetAttr(th, self, name, nil)
		}),
		NewMethod("__getattribute__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var name string
			if err := UnpackArgs("__getattribute__", args, kwargs, "name", &name, "/"); err != nil {
				return nil, err
			}
			if inst, ok := self.(*Instance); ok {
				return inst.getAttr(th, name, inst.info().entry(name), inst.info().gen.Load(), false)
			}
			return GetAttr(th, self, name)
		}),
		NewMethod("__dir__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("__dir__", args, kwargs); err != nil {
				return nil, err
			}
			var names []Value
			if d, ok := self.(HasDir); ok {
				for _, n := range d.AttrNames() {
					names = append(names, Str(n))
				}
			}
			for _, c := range self.Type().MRO() {
				if c.Dict != nil {
					names = append(names, c.Dict.Keys()...)
				}
			}
			return NewList(names), nil
		}),
	)
	ObjectType.Dict.SetStr("__new__", NewFunc("__new__", objectNew))
	ObjectType.Dict.SetStr("__init_subclass__", objectInitSubclass)
}

// immutableNew holds the immutable built-in types whose __new__ is their
// whole constructor.
var immutableNew = map[*Type]bool{}

func init() {
	for _, t := range []*Type{IntType, FloatType, ComplexType, StrType, BytesType, TupleType, FrozenSetType} {
		immutableNew[t] = true
	}
}

// objectNew is object.__new__(cls, *args).
func objectNew(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
	if len(args) == 0 {
		return nil, NewError(TypeErrorType, "object.__new__(): not enough arguments")
	}
	cls, ok := args[0].(*Type)
	if !ok {
		return nil, NewError(TypeErrorType, "object.__new__(X): X is not a type object (%s)", TypeName(args[0]))
	}
	rest := args[1:]
	info := infoOf(cls)
	if info == nil {
		if cls == ObjectType && ObjectType.New != nil {
			if len(rest) > 0 || len(kwargs) > 0 {
				return nil, NewError(TypeErrorType, "object() takes no arguments")
			}
			return ObjectType.New(th, ObjectType, nil, nil)
		}
		if immutableNew[cls] {
			// int.__new__(int, '7'), complex.__new__(complex, 1, 2): the
			// built-in constructor does all the work.
			return cls.New(th, cls, rest, kwargs)
		}
		return nil, NewError(TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name(), cls.Name())
	}
	if info.kind == basePlain && (len(rest) > 0 || len(kwargs) > 0) {
		if info.entry("__new__").user() {
			return nil, NewError(TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if !info.entry("__init__").user() {
			return nil, NewError(TypeErrorType, "%s() takes no arguments", cls.Name())
		}
	}
	return allocate(th, cls, rest, kwargs, info.entry("__init__").user())
}

// objectInit is object.__init__: it checks the arguments, and for classes
// deriving from list, dict, set or bytearray it is the built-in
// initialiser (filling the value from the arguments).
func objectInit(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
	switch x := self.(type) {
	case *Instance:
		if x.BaseValue() != nil {
			if b := x.info().builtin; isMutableBuiltin(b) {
				v, err := b.New(th, b, args, kwargs)
				if err != nil {
					return nil, err
				}
				q := x.lock()
				x.replaceBaseLocked(v)
				x.unlock(q)
			}
			return None, nil
		}
		if len(args) > 0 || len(kwargs) > 0 {
			if x.info().entry("__init__").user() {
				return nil, NewError(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
			}
			if !x.info().entry("__new__").user() {
				return nil, NewError(TypeErrorType, "%s() takes no arguments", x.info().t.Name())
			}
		}
	case *Exception:
		if len(kwargs) > 0 {
			return nil, NewError(TypeErrorType, "%s() takes no keyword arguments", x.Class.Name())
		}
		x.Args = append([]Value(nil), args...)
	}
	return None, nil
}

// objectSetAttr is object.__setattr__ / __delattr__ (v nil): the
// attribute store without the class's __setattr__ hook.
func objectSetAttr(th *Thread, self Value, name string, v Value) error {
	if inst, ok := self.(*Instance); ok {
		return inst.setAttr(th, name, inst.info().entry(name), v)
	}
	if _, ok := self.(*Type); ok {
		return NewError(TypeErrorType, "can't apply this __setattr__ to type object")
	}
	if v == nil {
		return DelAttr(th, self, name)
	}
	return SetAttr(th, self, name, v)
}

// objectCompare is object.__eq__ and friends: identity for ==, the
// inverse of __eq__ for !=, NotImplemented otherwise.
func objectCompare(name string, op ast.Op) *Builtin {
	return NewMethod(name, func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
		var other Value
		if err := UnpackArgs(name, args, kwargs, "value", &other, "/"); err != nil {
			return nil, err
		}
		inst, ok := self.(*Instance)
		if !ok {
			if _, isExc := self.(*Exception); !isExc {
				return builtinCompareOrNotImpl(th, op, self, other)
			}
		}
		switch op {
		case ast.Eq:
			if self == other {
				return True, nil
			}
		case ast.NotEq:
			if inst != nil {
				if e := inst.dunder("__eq__"); e != nil {
					r, err := callEntry(th, e, self, []Value{other}, nil)
					if err != nil || r == NotImplemented {
						return r, err
					}
					t, err := Truth(th, r)
					return Bool(!t), err
				}
			}
			if self == other {
				return False, nil
			}
		}
		return NotImplemented, nil
	})
}

// builtinCompareOrNotImpl is a comparison of built-in values that answers
// NotImplemented instead of raising for unsupported pairings.
func builtinCompareOrNotImpl(th *Thread, op ast.Op, a, b Value) (Value, error) {
	if x, ok := a.(HasCompare); ok {
		return x.Compare(th, op, b)
	}
	if op == ast.Eq || op == ast.NotEq {
		if x, ok := a.(HasEqual); ok {
			eq, ok, err := x.Equal(th, b)
			if err != nil || !ok {
				return NotImplemented, err
			}
			return Bool(eq == (op == ast.Eq)), nil
		}
	}
	r, err := Compare(th, op, a, b)
	if err != nil && IsExc(err, TypeErrorType) {
		return NotImplemented, nil
	}
	return r, err
}

// objectInitSubclass is object.__init_subclass__ (a classmethod that
// accepts no keywords).
var objectInitSubclass = &ClassMethod{Fn: NewMethod("__init_subclass__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
	if len(args) > 0 {
		return nil, NewError(TypeErrorType, "__init_subclass__() takes no arguments (%d given)", len(args))
	}
	if len(kwargs) > 0 {
		name := "object"
		if t, ok := self.(*Type); ok {
			name = t.Name()
		}
		return nil, NewError(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", name)
	}
	return None, nil
})}

func init() {
	TypeType.New = newTypeCall
	Builtins.SetStr("object", ObjectType)
	initObjectMethods()
	// BaseException.__init__ sets args (for super().__init__(msg) in user
	// exception classes), unless the exceptions' file provides one.
	if _, ok := BaseExceptionType.Dict.GetStr("__init__"); !ok {
		BaseExceptionType.AddMethods(NewMethod("__init__", objectInit))
	}
}

// ObjectSetAttr is object.__setattr__(obj, name, v) (v nil: delattr): it
// stores the attribute without the class's __setattr__ hook (frozen
// dataclasses initialise their fields with it).
func ObjectSetAttr(th *Thread, obj Value, name string, v Value) error {
	return objectSetAttr(th, obj, name, v)
}
