package runtime

// Some classes act as containers of their own instances: an Enum class
// iterates over its members, has a len, is indexed by member name and
// answers `in`. In CPython that comes from the metaclass (EnumMeta);
// Spindle has no metaclasses, so the module that defines such classes
// (stdlib's enum) registers ClassContainer, and the generic operations
// consult it when the operand is a class. ok=false means "not such a
// class" and the operation proceeds as for any other class.
var ClassContainer struct {
	Members  func(t *Type) (members []Value, ok bool)
	GetItem  func(th *Thread, t *Type, key Value) (v Value, ok bool, err error)
	Contains func(th *Thread, t *Type, x Value) (in bool, ok bool)
	// SetAttr vets t.name = v (v nil: del t.name) before the class
	// changes: a non-nil error (reassigning a member) refuses it.
	SetAttr func(t *Type, name string, v Value) error
	// Repr is repr(t) for such a class (CPython's EnumType.__repr__:
	// <enum 'Color'>, <flag 'Perm'>).
	Repr func(t *Type) (s string, ok bool)
}

func classMembers(t *Type) ([]Value, bool) {
	if ClassContainer.Members == nil {
		return nil, false
	}
	return ClassContainer.Members(t)
}
