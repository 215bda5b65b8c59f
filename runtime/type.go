package runtime

import "sync/atomic"

// Type is a class: the type of every value, built-in or user-defined.
//
// Built-in types are package-level *Type values (IntType, StrType, ...)
// whose Dict holds their methods as *Builtin values taking the receiver as
// self. User classes (interp) create Types with a Dict filled by the class
// body. Attribute lookup on an instance searches MRO's dicts in order.
type Type struct {
	// names holds Name, Qualname and Module ("builtins" for built-in
	// types); hier holds Bases and the MRO (this type first, object
	// last). Both are replaced whole, never changed in place
	// (type_state.go), so a class renamed or rebased by one thread while
	// others use it is always read consistently.
	names atomic.Pointer[typeNames]
	hier  atomic.Pointer[typeHier]
	Dict  *Dict // class namespace: str -> Value

	// New constructs an instance when the type is called (int("3"),
	// list(x), ValueError("m")). Nil means the type cannot be instantiated
	// ("cannot create 'X' instances").
	New func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error)

	// Flags.
	Final     bool // cannot be subclassed (bool, NoneType, ...)
	Exception bool // BaseException or a subclass

	// Meta is the metaclass (metaclass.go); nil means `type`.
	Meta *Type

	// Extra is free for the object model (issue 3): user-class data such
	// as slot caches. Built-in types leave it nil.
	Extra any
}

// ObjectType is `object`, the root of every MRO.
var ObjectType = func() *Type {
	t := newType("object", "object", "builtins", NewDict())
	t.setHier(nil, []*Type{t})
	return t
}()

// TypeType is `type`, the class of classes.
var TypeType = NewBuiltinType("type", nil)

// Type returns the metaclass, `type` unless the class has another.
func (t *Type) Type() *Type {
	if t.Meta != nil {
		return t.Meta
	}
	return TypeType
}

// NewBuiltinType makes a built-in type with the given single base (nil
// for object). The MRO is the base's MRO with t in front.
//
// Convention: package-level type variables are created bare
// (`var StrType = NewBuiltinType("str", nil)`) and their methods and New
// are attached in an init() function of the type's file, because method
// bodies refer to other types and exceptions and Go forbids
// initialization cycles.
func NewBuiltinType(name string, base *Type) *Type {
	t := newType(name, name, "builtins", NewDict())
	if base == nil && name != "object" {
		base = ObjectType
	}
	if base != nil {
		t.setHier([]*Type{base}, append([]*Type{t}, base.MRO()...))
	} else {
		t.setHier(nil, []*Type{t})
	}
	return t
}

// AddMethods adds built-in methods to a type's dict.
func (t *Type) AddMethods(methods ...*Builtin) {
	for _, m := range methods {
		if m.Method && m.Owner == nil {
			m.Owner = t
		}
		t.Dict.SetStr(m.Name, m)
	}
}

// Lookup finds name in the type's MRO dicts without binding it. It
// returns nil when absent.
func (t *Type) Lookup(name string) Value {
	for _, c := range t.MRO() {
		if c.Dict == nil {
			continue
		}
		if v, ok := c.Dict.GetStr(name); ok {
			return v
		}
	}
	return nil
}

// IsSubtype reports whether t is sup or derives from it.
func (t *Type) IsSubtype(sup *Type) bool {
	if t == sup {
		return true
	}
	for _, c := range t.MRO() {
		if c == sup {
			return true
		}
	}
	return false
}

// IsInstance reports whether v's type is t or a subtype of it.
func IsInstance(v Value, t *Type) bool {
	return v.Type().IsSubtype(t)
}

// TypeName returns the type name of v as CPython shows it in messages
// ("int", "NoneType", "list").
func TypeName(v Value) string { return v.Type().Name() }
