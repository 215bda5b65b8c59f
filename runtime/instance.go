package runtime

import (
	"fmt"
	"sync/atomic"
	"unsafe"
)

// Instance is an object of a user-defined class (other than exception
// classes, whose objects are *Exception values).
//
// Attribute storage is shared between threads and every operation on it
// is atomic (LANGUAGE.md §2.6); see instance_storage.go for the layout
// (slots numbered by the class, the first few of them inside the
// object, read without locking under a sequence lock) and for the dict
// an instance switches to when __dict__ is asked for.
//
// BaseValue is the built-in value of an instance of a class deriving
// from a built-in type (class MyDict(dict): a *Dict); inherited built-in
// methods and the generic operations work on it.
//
// The header is 32 bytes, so a two-attribute object with its inline slots
// is a 64-byte allocation (instance_storage.go): the class is info.t, not
// a field of its own, the 32-bit sequence word shares a word with
// ninline, and the rarely used built-in value and slots beyond the
// inline ones share one pointer (ext, instanceExt).
type Instance struct {
	// infoP is the *classInfo, the class's object-model data (info().t
	// is the class). __class__ assignment replaces it while other
	// threads may read it: read it with info(), an atomic load (a plain
	// MOV on amd64); it is stored plainly only at creation.
	infoP unsafe.Pointer
	seq   atomic.Uint32 // sequence lock: odd while a writer is active
	// Slots 0..ninline-1 follow the Instance in its allocation
	// (fixed at creation: newInstance, slot); ext holds the rest, or
	// the dict that replaces them all (instanceExt).
	ninline int32
	dict    atomic.Pointer[Dict]        // dict mode: replaces all slots
	ext     atomic.Pointer[instanceExt] // BaseValue and more slots
}

// info returns the instance's class data.
func (inst *Instance) info() *classInfo { return (*classInfo)(atomic.LoadPointer(&inst.infoP)) }

// Type returns the instance's class.
func (inst *Instance) Type() *Type { return inst.info().t }

// Class returns the instance's class.
func (inst *Instance) Class() *Type { return inst.info().t }

// NewInstance makes a bare instance of a user class (object.__new__(cls)):
// no __init__ is run. cls must be a user class.
func NewInstance(cls *Type) *Instance {
	return newInstance(infoOf(cls))
}

// allocate makes the value for a new object of cls (object.__new__ and
// the built-in bases' __new__): an *Instance, an *Exception, or an
// *Instance carrying a new built-in value.
func allocate(th *Thread, cls *Type, args []Value, kwargs []KwArg, initUser bool) (Value, error) {
	info := infoOf(cls)
	if info == nil {
		return nil, NewError(TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name(), cls.Name())
	}
	switch info.kind {
	case baseException:
		if cls.IsSubtype(BaseExceptionGroupType) {
			return newExceptionGroup(th, cls, args, nil)
		}
		return &Exception{Class: cls, Args: append([]Value(nil), args...)}, nil
	case baseValue:
		if b := info.builtin; selfMade[b] {
			// The built-in value is the subclass's object itself.
			return b.New(th, cls, args, kwargs)
		}
		inst := NewInstance(cls)
		b := info.builtin
		var base Value
		var err error
		if initUser && isMutableBuiltin(b) {
			// list, dict, set: __new__ makes an empty value and
			// __init__ (the user's, through super()) fills it.
			base, err = b.New(th, b, nil, nil)
		} else if initUser && deferredInit[b] {
			// New sees the subclass: it leaves the arguments to __init__.
			base, err = b.New(th, cls, nil, nil)
		} else {
			base, err = b.New(th, b, args, kwargs)
		}
		if err != nil {
			return nil, renameCtorError(err, b, cls)
		}
		if bi, ok := base.(*Instance); ok {
			// A built-in constructor that itself made an instance.
			base = bi.BaseValue()
		}
		inst.SetBase(base)
		if o, ok := base.(Owned); ok {
			o.SetOwner(inst)
		}
		return inst, nil
	}
	return NewInstance(cls), nil
}

// Owned is a built-in value that must know the instance of a user
// subclass carrying it: its methods call the subclass's overrides (a
// threading.Thread subclass's run()).
type Owned interface{ SetOwner(inst *Instance) }

// deferredInit holds the built-in types whose subclasses defining
// __init__ get their arguments in __init__ (through super()), not at
// allocation (threading.Thread: Thread.__init__ names and numbers the
// thread once). Their New is called with the subclass as cls and no
// arguments. Filled by DeferInit at init time.
var deferredInit = map[*Type]bool{}

// DeferInit marks t as a deferredInit type. Call it from an init function.
func DeferInit(t *Type) { deferredInit[t] = true }

// selfMade holds the built-in types whose New, called with a subclass
// as cls, makes the subclass's object itself (no *Instance around it):
// threading.local, whose attributes are per thread.
var selfMade = map[*Type]bool{LocalType: true}

func isMutableBuiltin(t *Type) bool {
	return t.IsSubtype(ListType) || t.IsSubtype(DictType) || t.IsSubtype(SetType) || t.IsSubtype(ByteArrayType)
}

// renameCtorError leaves constructor errors as they are; CPython names
// the base type in most of them, as we do.
func renameCtorError(err error, base, cls *Type) error { return err }

// newUserInstance is Type.New of user classes: __new__, then __init__
// when __new__ returned an instance of the class.
func newUserInstance(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
	info := infoOf(cls)
	newE := info.dunderEntry(dNew)
	initE := info.dunderEntry(dInit)
	var obj Value
	var err error
	if newE.user() {
		fn, err := bindToClass(th, newE.value, cls)
		if err != nil {
			return nil, err
		}
		obj, err = Call(th, fn, prepend(cls, args), kwargs)
		if err != nil {
			return nil, err
		}
		if !IsInstance(obj, cls) {
			return obj, nil
		}
	} else {
		if (len(args) > 0 || len(kwargs) > 0) && info.kind == basePlain && !initE.user() {
			return nil, NewError(TypeErrorType, "%s() takes no arguments", cls.Name())
		}
		obj, err = allocate(th, cls, args, kwargs, initE.user())
		if err != nil {
			return nil, err
		}
	}
	// __init__ of obj's class (a __new__ may return an instance of a
	// subclass).
	if t := obj.Type(); t != cls {
		if ti := infoOf(t); ti != nil {
			initE = ti.dunderEntry(dInit)
		}
	}
	if !initE.user() {
		if info.kind == baseException && len(kwargs) > 0 {
			return nil, NewError(TypeErrorType, "%s() takes no keyword arguments", cls.Name())
		}
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

func prepend(v Value, args []Value) []Value {
	all := make([]Value, len(args)+1)
	all[0] = v
	copy(all[1:], args)
	return all
}

// callEntry calls the class attribute of e as a method of self.
func callEntry(th *Thread, e *attrEntry, self Value, args []Value, kwargs []KwArg) (Value, error) {
	if th == nil {
		th = NewThread("")
	}
	switch e.kind {
	case kindFunction:
		return Call(th, e.value, prepend(self, args), kwargs)
	case kindBuiltin:
		b := e.value.(*Builtin)
		return b.Fn(th, builtinSelf(self, e.owner), args, kwargs)
	}
	fn, err := bindEntry(th, e, self)
	if err != nil {
		return nil, err
	}
	return Call(th, fn, args, kwargs)
}

// builtinSelf is the receiver a built-in method of class owner gets: the
// built-in value of an instance of a class deriving from a built-in type.
func builtinSelf(self Value, owner *Type) Value {
	if inst, ok := self.(*Instance); ok && inst.BaseValue() != nil && owner != ObjectType && owner.Extra == nil {
		return inst.BaseValue()
	}
	return self
}

// bindEntry is the class attribute of e read through the object self
// (the non-data part of attribute lookup, and the getters of data
// descriptors).
func bindEntry(th *Thread, e *attrEntry, self Value) (Value, error) {
	switch e.kind {
	case kindFunction:
		return &BoundMethod{Self: self, Fn: e.value}, nil
	case kindBuiltin:
		return e.value.(*Builtin).Bind(builtinSelf(self, e.owner)), nil
	case kindStatic:
		return e.value.(*StaticMethod).Fn, nil
	case kindClassMethod:
		return &BoundMethod{Self: self.Type(), Fn: e.value.(*ClassMethod).Fn}, nil
	case kindProperty:
		return e.value.(*Property).get(th, self)
	case kindDescr, kindDataDescr:
		if th == nil {
			th = NewThread("")
		}
		return CallMethod(th, e.value, "__get__", []Value{self, self.Type()}, nil)
	}
	return e.value, nil
}

// BindAttr is the class attribute m of v's type read through v (v.name
// when the instance itself has no such attribute): functions bind to v,
// built-in methods bind, staticmethods unwrap, classmethods bind to the
// class, properties and other descriptors are called.
func BindAttr(th *Thread, m Value, v Value) (Value, error) {
	e := attrEntry{value: m, owner: v.Type(), kind: classifyAttr(m), cell: noSlot}
	if e.kind == kindBuiltin {
		return m.(*Builtin).Bind(v), nil
	}
	return bindEntry(th, &e, v)
}

// GetMethod finds v.name for a call, without allocating a bound method
// when it can: when self is non-nil the caller must call fn with self
// prepended to the arguments; otherwise fn is called as is. The
// interpreter's method-call path uses it for instances of user classes.
func GetMethod(th *Thread, v Value, name string) (fn Value, self Value, err error) {
	inst, ok := v.(*Instance)
	if !ok {
		fn, err = GetAttr(th, v, name)
		return fn, nil, err
	}
	return inst.method(th, name, inst.info().entry(name), inst.info().gen.Load())
}

// method is GetMethod for an instance, given the name's entry and the
// class generation.
func (inst *Instance) method(th *Thread, name string, e *attrEntry, g *classGen) (Value, Value, error) {
	if (e.kind == kindFunction || e.kind == kindBuiltin) && g.getattribut == nil {
		if x, found := inst.load(name, e); found {
			return x, nil, nil
		}
		if e.kind == kindBuiltin {
			// An inherited built-in method (append on a list
			// subclass, deltablue's OrderedCollection): returned
			// unbound with the receiver bindEntry would bind, so no
			// bound method is allocated per call.
			return e.value, builtinSelf(inst, e.owner), nil
		}
		return e.value, inst, nil
	}
	fn, err := inst.getAttrGen(th, name, e, g)
	return fn, nil, err
}

// GetAttr is inst.name: data descriptors of the class, then the
// instance's attributes, then the class attribute (bound), then
// __getattr__.
func (inst *Instance) GetAttr(th *Thread, name string) (Value, error) {
	return inst.getAttrGen(th, name, inst.info().entry(name), inst.info().gen.Load())
}

// getAttrGen is GetAttr given the name's entry and the class generation.
func (inst *Instance) getAttrGen(th *Thread, name string, e *attrEntry, g *classGen) (Value, error) {
	if g.getattribut != nil {
		v, err := callEntry(th, g.getattribut, inst, []Value{Str(name)}, nil)
		if err != nil && g.getattr != nil && IsExc(err, AttributeErrorType) {
			return callEntry(th, g.getattr, inst, []Value{Str(name)}, nil)
		}
		return v, err
	}
	return inst.getAttr(th, name, e, g, true)
}

// getAttr is object.__getattribute__, followed by __getattr__ when
// useGetattr is set.
func (inst *Instance) getAttr(th *Thread, name string, e *attrEntry, g *classGen, useGetattr bool) (Value, error) {
	switch e.kind {
	case kindProperty, kindDataDescr:
		v, err := bindEntry(th, e, inst)
		if err != nil && useGetattr && g.getattr != nil && IsExc(err, AttributeErrorType) {
			return callEntry(th, g.getattr, inst, []Value{Str(name)}, nil)
		}
		return v, err
	}
	if v, ok := inst.load(name, e); ok {
		return v, nil
	}
	if e.value != nil {
		return bindEntry(th, e, inst)
	}
	switch name {
	case "__dict__":
		if !inst.info().noDict {
			return inst.Dict(), nil
		}
	case "__class__":
		return inst.info().t, nil
	}
	// The data attributes of a built-in base value: real and imag of an
	// int, float or complex subclass.
	if b, ok := inst.BaseValue().(HasAttrs); ok {
		if v, err := b.GetAttr(th, name); err != nil || v != nil {
			return v, err
		}
	}
	if useGetattr && g.getattr != nil {
		return callEntry(th, g.getattr, inst, []Value{Str(name)}, nil)
	}
	return nil, noAttribute(inst, name)
}

// SetAttr is inst.name = v (v == nil: del inst.name), through a user
// __setattr__ / __delattr__ when the class defines one.
func (inst *Instance) SetAttr(th *Thread, name string, v Value) error {
	return inst.setAttrGen(th, name, v, inst.info().entry(name), inst.info().gen.Load())
}

func (inst *Instance) setAttrGen(th *Thread, name string, v Value, e *attrEntry, g *classGen) error {
	if v != nil && g.setattr != nil {
		_, err := callEntry(th, g.setattr, inst, []Value{Str(name), v}, nil)
		return err
	}
	if v == nil && g.delattr != nil {
		_, err := callEntry(th, g.delattr, inst, []Value{Str(name)}, nil)
		return err
	}
	return inst.setAttr(th, name, e, v)
}

// setAttr is object.__setattr__ / object.__delattr__ (e is name's
// entry).
func (inst *Instance) setAttr(th *Thread, name string, e *attrEntry, v Value) error {
	switch e.kind {
	case kindProperty:
		return e.value.(*Property).set(th, inst, v)
	case kindDataDescr:
		if th == nil {
			th = NewThread("")
		}
		if v == nil {
			_, err := CallMethod(th, e.value, "__delete__", []Value{inst}, nil)
			return err
		}
		_, err := CallMethod(th, e.value, "__set__", []Value{inst, v}, nil)
		return err
	}
	switch name {
	case "__dict__":
		d, ok := v.(*Dict)
		if !ok {
			if v == nil {
				return NewError(TypeErrorType, "cannot delete __dict__")
			}
			return NewError(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", TypeName(v))
		}
		inst.replaceDict(d)
		return nil
	case "__class__":
		return inst.setClass(v)
	}
	if !inst.store(name, e, v) {
		return noAttribute(inst, name)
	}
	return nil
}

// setClass is obj.__class__ = C, allowed between plain user classes.
func (inst *Instance) setClass(v Value) error {
	t, ok := v.(*Type)
	if !ok {
		if v == nil {
			return NewError(TypeErrorType, "can't delete __class__ attribute")
		}
		return NewError(TypeErrorType, "__class__ must be set to a class, not '%s' object", TypeName(v))
	}
	ti := infoOf(t)
	if ti == nil || ti.kind != inst.info().kind || ti.builtin != inst.info().builtin {
		return NewError(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", t.Name(), inst.info().t.Name())
	}
	inst.Dict() // the slot numbers are per class: keep the attributes by name
	q := inst.lock()
	atomic.StorePointer(&inst.infoP, unsafe.Pointer(ti))
	inst.unlock(q)
	return nil
}

// defaultRepr is object.__repr__: <__main__.Point object at 0x...>.
func defaultRepr(v Value) string {
	t := v.Type()
	q := t.Qualname()
	if q == "" {
		q = t.Name()
	}
	if t.Module() != "" && t.Module() != "builtins" {
		q = t.Module() + "." + q
	}
	return fmt.Sprintf("<%s object at %#x>", q, Id(v))
}

var (
	_ HasAttrs   = (*Instance)(nil)
	_ HasSetAttr = (*Instance)(nil)
	_ HasDir     = (*Instance)(nil)
)
