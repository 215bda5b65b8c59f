package runtime

import (
	"fmt"
)

// The descriptors of the object model (property, staticmethod,
// classmethod) and super.
//
// Attribute lookup recognises these Go types directly (classifyAttr in
// class.go), so a property read or a classmethod call costs a type switch
// rather than a __get__ lookup; the __get__/__set__ methods below exist
// for Python code that calls them explicitly.

// Descriptor types.
var (
	PropertyType     = NewBuiltinType("property", nil)
	StaticMethodType = NewBuiltinType("staticmethod", nil)
	ClassMethodType  = NewBuiltinType("classmethod", nil)
	SuperType        = NewBuiltinType("super", nil)
)

// StaticMethod is staticmethod(fn): read through a class or an instance
// it is fn itself.
type StaticMethod struct {
	Fn   Value
	dict *Dict
}

// Type returns staticmethod.
func (*StaticMethod) Type() *Type { return StaticMethodType }

// Repr is <staticmethod(<function f at 0x...>)>, as CPython.
func (s *StaticMethod) Repr(th *Thread) (string, error) { return wrapperRepr(th, "staticmethod", s.Fn) }

// Call calls the wrapped function (staticmethod objects are callable).
func (s *StaticMethod) Call(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
	return Call(th, s.Fn, args, kwargs)
}

// GetAttr serves __func__ and the wrapped function's attributes
// (__name__, __doc__, ...), as functools.wraps-style copies expect.
func (s *StaticMethod) GetAttr(th *Thread, name string) (Value, error) {
	return wrapperAttr(th, s.Fn, s.dict, name)
}

// SetAttr stores arbitrary attributes.
func (s *StaticMethod) SetAttr(th *Thread, name string, v Value) error {
	return wrapperSetAttr(&s.dict, "staticmethod", name, v)
}

// ClassMethod is classmethod(fn): read through a class or an instance it
// is fn bound to the class.
type ClassMethod struct {
	Fn   Value
	dict *Dict
}

// Type returns classmethod.
func (*ClassMethod) Type() *Type { return ClassMethodType }

// Repr is <classmethod(<function f at 0x...>)>, as CPython.
func (c *ClassMethod) Repr(th *Thread) (string, error) { return wrapperRepr(th, "classmethod", c.Fn) }

func wrapperRepr(th *Thread, kind string, fn Value) (string, error) {
	r, err := Repr(th, fn)
	if err != nil {
		return "", err
	}
	return "<" + kind + "(" + r + ")>", nil
}

// GetAttr serves __func__ and the wrapped function's attributes.
func (c *ClassMethod) GetAttr(th *Thread, name string) (Value, error) {
	return wrapperAttr(th, c.Fn, c.dict, name)
}

// SetAttr stores arbitrary attributes.
func (c *ClassMethod) SetAttr(th *Thread, name string, v Value) error {
	return wrapperSetAttr(&c.dict, "classmethod", name, v)
}

func wrapperAttr(th *Thread, fn Value, d *Dict, name string) (Value, error) {
	switch name {
	case "__func__", "__wrapped__":
		return fn, nil
	case "__isabstractmethod__":
		if v, err := GetAttr(th, fn, name); err == nil {
			return v, nil
		}
		return False, nil
	case "__name__", "__qualname__", "__doc__", "__module__", "__annotations__":
		if d != nil {
			if v, ok := d.GetStr(name); ok {
				return v, nil
			}
		}
		v, err := GetAttr(th, fn, name)
		if err != nil {
			return nil, nil
		}
		return v, nil
	}
	if d != nil {
		if v, ok := d.GetStr(name); ok {
			return v, nil
		}
	}
	return nil, nil
}

func wrapperSetAttr(d **Dict, typ, name string, v Value) error {
	if name == "__func__" {
		return NewError(AttributeErrorType, "readonly attribute")
	}
	if *d == nil {
		*d = NewDict()
	}
	if v == nil {
		if _, ok := (*d).DeleteStr(name); !ok {
			return NewError(AttributeErrorType, "'%s' object has no attribute '%s'", typ, name)
		}
		return nil
	}
	(*d).SetStr(name, v)
	return nil
}

// Property is property(fget, fset, fdel, doc).
type Property struct {
	Get, Set, Del Value // nil when absent
	Doc           Value
	Name          string // set by __set_name__ when assigned in a class body
	// GoGet, when set, is Get as a Go function: reads call it without
	// building an argument slice (namedtuple fields, built-in classes'
	// properties).
	GoGet func(th *Thread, obj Value) (Value, error)
}

// Type returns property.
func (*Property) Type() *Type { return PropertyType }

func (p *Property) named() string {
	if p.Name != "" {
		return "property '" + p.Name + "'"
	}
	return "property"
}

// get is the property read through obj.
func (p *Property) get(th *Thread, obj Value) (Value, error) {
	if p.Get == nil {
		return nil, NewError(AttributeErrorType, "%s of '%s' object has no getter", p.named(), TypeName(obj))
	}
	if th == nil {
		th = NewThread("")
	}
	if p.GoGet != nil {
		return p.GoGet(th, obj)
	}
	if f, ok := p.Get.(SelfCaller); ok {
		// A def getter: no argument slice (pyperf graphs' Node.label).
		return f.CallSelf0(th, obj)
	}
	return Call(th, p.Get, []Value{obj}, nil)
}

// set assigns (v != nil) or deletes (v == nil) through the property.
func (p *Property) set(th *Thread, obj Value, v Value) error {
	if th == nil {
		th = NewThread("")
	}
	if v == nil {
		if p.Del == nil {
			return NewError(AttributeErrorType, "%s of '%s' object has no deleter", p.named(), TypeName(obj))
		}
		_, err := Call(th, p.Del, []Value{obj}, nil)
		return err
	}
	if p.Set == nil {
		return NewError(AttributeErrorType, "%s of '%s' object has no setter", p.named(), TypeName(obj))
	}
	_, err := Call(th, p.Set, []Value{obj, v}, nil)
	return err
}

func orNone(v Value) Value {
	if v == nil {
		return None
	}
	return v
}

func noneToNil(v Value) Value {
	if v == None {
		return nil
	}
	return v
}

// GetAttr serves fget, fset, fdel and __doc__.
func (p *Property) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "fget":
		return orNone(p.Get), nil
	case "fset":
		return orNone(p.Set), nil
	case "fdel":
		return orNone(p.Del), nil
	case "__doc__":
		return orNone(p.Doc), nil
	case "__isabstractmethod__":
		for _, f := range []Value{p.Get, p.Set, p.Del} {
			if f == nil {
				continue
			}
			if v, err := GetAttr(th, f, name); err == nil && Truthy(v) {
				return True, nil
			}
		}
		return False, nil
	}
	return nil, nil
}

// SetAttr: fget, fset and fdel are read-only and __doc__ is writable, as
// in CPython; a property holds no other attributes.
func (p *Property) SetAttr(th *Thread, name string, v Value) error {
	switch name {
	case "fget", "fset", "fdel":
		return NewError(AttributeErrorType, "readonly attribute")
	case "__doc__":
		p.Doc = noneToNil(v)
		return nil
	case "__isabstractmethod__":
		return NewError(AttributeErrorType, "attribute '__isabstractmethod__' of 'property' objects is not writable")
	}
	return NewError(AttributeErrorType, "'property' object has no attribute '%s'", name)
}

// Super is super(type, obj): attribute lookup that starts after type in
// the MRO of obj's class.
type Super struct {
	This    *Type // the class whose successors are searched
	Obj     Value // the instance (or class, for classmethods); nil if unbound
	ObjType *Type // whose MRO is searched
}

// Type returns super.
func (*Super) Type() *Type { return SuperType }

// NewSuper is super(cls, obj) — what zero-argument super() in a method of
// cls means, with obj the method's first argument (self, or cls in a
// classmethod or __new__).
func NewSuper(th *Thread, cls *Type, obj Value) (Value, error) {
	if cls == nil {
		return nil, NewError(RuntimeErrorType, "super(): __class__ cell not found")
	}
	if obj == nil {
		return nil, NewError(RuntimeErrorType, "super(): no arguments")
	}
	if t, ok := obj.(*Type); ok && t.IsSubtype(cls) {
		return &Super{This: cls, Obj: obj, ObjType: t}, nil
	}
	if obj.Type().IsSubtype(cls) {
		return &Super{This: cls, Obj: obj, ObjType: obj.Type()}, nil
	}
	return nil, NewError(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
}

// lookup finds name in the MRO of ObjType after This.
func (s *Super) lookup(name string) (Value, *Type) {
	mro := s.ObjType.MRO()
	i := 0
	for i < len(mro) && mro[i] != s.This {
		i++
	}
	return lookupWithSlots(mro[min(i+1, len(mro)):], name)
}

// GetAttr finds the attribute on the classes after This and binds it to
// Obj.
func (s *Super) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "__class__":
		return SuperType, nil
	case "__thisclass__":
		return s.This, nil
	case "__self__":
		return orNone(s.Obj), nil
	case "__self_class__":
		return s.ObjType, nil
	}
	v, owner := s.lookup(name)
	if v == nil {
		return nil, NewError(AttributeErrorType, "'super' object has no attribute '%s'", name)
	}
	if s.Obj == nil {
		return v, nil
	}
	if _, isClass := s.Obj.(*Type); isClass && s.Obj == Value(s.ObjType) {
		if b, ok := v.(*Builtin); ok && b.Method {
			return b, nil
		}
		return bindToClass(th, v, s.ObjType)
	}
	if b, ok := v.(*Builtin); ok && (b.Slot || b.KeepInstance) {
		// The wrapper unwraps a subclass instance itself, and hands
		// the instance back from in-place operators; dict.__getitem__
		// calls the subclass's __missing__.
		return b.Bind(s.Obj), nil
	}
	e := &attrEntry{value: v, owner: owner, kind: classifyAttr(v), cell: noSlot}
	return bindEntry(th, e, s.Obj)
}

// Method is super(...).name for a call (the interpreter's method-call
// path): when GetAttr would bind a def or a built-in method to the
// instance, the method is returned unbound with that receiver as self
// (fn must be called with self prepended), so no bound method is
// allocated per call (pyperf deltablue's super(C, self).__init__(...)).
// Otherwise self is nil and fn is GetAttr's result.
func (s *Super) Method(th *Thread, name string) (fn, self Value, err error) {
	switch name {
	case "__class__", "__thisclass__", "__self__", "__self_class__":
	default:
		if _, isClass := s.Obj.(*Type); s.Obj != nil && !isClass {
			v, owner := s.lookup(name)
			if b, ok := v.(*Builtin); ok && b.Method && b.Self == nil {
				if b.Slot || b.KeepInstance {
					return b, s.Obj, nil // (as GetAttr's b.Bind(s.Obj))
				}
				return b, builtinSelf(s.Obj, owner), nil
			}
			if v != nil && classifyAttr(v) == kindFunction {
				return v, s.Obj, nil
			}
		}
	}
	fn, err = s.GetAttr(th, name)
	return fn, nil, err
}

// Repr is <super: <class 'B'>, <B object>>.
func (s *Super) Repr(th *Thread) (string, error) {
	objRepr := "NULL"
	if s.Obj != nil {
		objRepr = "<" + s.ObjType.Name() + " object>"
	}
	return fmt.Sprintf("<super: %s, %s>", typeRepr(s.This), objRepr), nil
}

var (
	_ HasAttrs   = (*Super)(nil)
	_ HasAttrs   = (*Property)(nil)
	_ HasAttrs   = (*StaticMethod)(nil)
	_ HasAttrs   = (*ClassMethod)(nil)
	_ HasSetAttr = (*StaticMethod)(nil)
	_ HasSetAttr = (*ClassMethod)(nil)
	_ Callable   = (*StaticMethod)(nil)
)

func oneCallable(name string, args []Value, kwargs []KwArg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, NewError(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return nil, NewError(TypeErrorType, "%s expected 1 argument, got %d", name, len(args))
	}
	return args[0], nil
}

func descriptorGet(bind func(th *Thread, self, obj, typ Value) (Value, error)) *Builtin {
	return NewMethod("__get__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
		var obj, typ Value = None, None
		if err := UnpackArgs("__get__", args, kwargs, "instance", &obj, "owner?", &typ); err != nil {
			return nil, err
		}
		return bind(th, self, obj, typ)
	})
}

func propertyCopy(name string, which int) *Builtin {
	return NewMethod(name, func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
		var fn Value
		if err := UnpackArgs(name, args, kwargs, "func", &fn); err != nil {
			return nil, err
		}
		p := *self.(*Property)
		switch which {
		case 0:
			p.Get, p.GoGet = noneToNil(fn), nil
		case 1:
			p.Set = noneToNil(fn)
		case 2:
			p.Del = noneToNil(fn)
		}
		return &p, nil
	})
}

func init() {
	for _, t := range []*Type{PropertyType, StaticMethodType, ClassMethodType, SuperType} {
		Builtins.SetStr(t.Name(), t)
	}
	StaticMethodType.New = func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		fn, err := oneCallable("staticmethod", args, kwargs)
		if err != nil {
			return nil, err
		}
		return &StaticMethod{Fn: fn}, nil
	}
	ClassMethodType.New = func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		fn, err := oneCallable("classmethod", args, kwargs)
		if err != nil {
			return nil, err
		}
		return &ClassMethod{Fn: fn}, nil
	}
	StaticMethodType.AddMethods(descriptorGet(func(th *Thread, self, obj, typ Value) (Value, error) {
		return self.(*StaticMethod).Fn, nil
	}))
	ClassMethodType.AddMethods(descriptorGet(func(th *Thread, self, obj, typ Value) (Value, error) {
		if typ == None {
			typ = obj.Type()
		}
		return &BoundMethod{Self: typ, Fn: self.(*ClassMethod).Fn}, nil
	}))

	PropertyType.New = func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		var fget, fset, fdel, doc Value = None, None, None, None
		if err := UnpackArgs("property", args, kwargs, "fget?", &fget, "fset?", &fset, "fdel?", &fdel, "doc?", &doc); err != nil {
			return nil, err
		}
		p := &Property{Get: noneToNil(fget), Set: noneToNil(fset), Del: noneToNil(fdel), Doc: noneToNil(doc)}
		if p.Doc == nil && p.Get != nil {
			if d, err := GetAttr(th, p.Get, "__doc__"); err == nil && d != None {
				p.Doc = d
			}
		}
		return p, nil
	}
	PropertyType.AddMethods(
		propertyCopy("getter", 0), propertyCopy("setter", 1), propertyCopy("deleter", 2),
		descriptorGet(func(th *Thread, self, obj, typ Value) (Value, error) {
			if obj == None {
				return self, nil
			}
			return self.(*Property).get(th, obj)
		}),
		NewMethod("__set__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var obj, v Value
			if err := UnpackArgs("__set__", args, kwargs, "instance", &obj, "value", &v); err != nil {
				return nil, err
			}
			return None, self.(*Property).set(th, obj, v)
		}),
		NewMethod("__delete__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var obj Value
			if err := UnpackArgs("__delete__", args, kwargs, "instance", &obj); err != nil {
				return nil, err
			}
			return None, self.(*Property).set(th, obj, nil)
		}),
		NewMethod("__set_name__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var owner, name Value
			if err := UnpackArgs("__set_name__", args, kwargs, "owner", &owner, "name", &name); err != nil {
				return nil, err
			}
			if s, ok := name.(Str); ok {
				self.(*Property).Name = string(s)
			}
			return None, nil
		}),
	)

	SuperType.New = func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		if len(kwargs) > 0 {
			return nil, NewError(TypeErrorType, "super() takes no keyword arguments")
		}
		switch len(args) {
		case 0:
			return nil, NewError(RuntimeErrorType, "super(): no arguments")
		case 1, 2:
		default:
			return nil, NewError(TypeErrorType, "super() takes at most 2 arguments (%d given)", len(args))
		}
		t, ok := args[0].(*Type)
		if !ok {
			return nil, NewError(TypeErrorType, "super() argument 1 must be a type, not %s", TypeName(args[0]))
		}
		if len(args) == 1 {
			return &Super{This: t, ObjType: t}, nil
		}
		return NewSuper(th, t, args[1])
	}
}
