package runtime

import "fmt"

// __slots__.
//
// Instances already keep their attributes by slot number (class.go), so
// __slots__ costs no new storage: the slot names of the class and its
// bases get their slot numbers when the class is built (the first
// instance assigns nothing), and when every user class of the MRO
// declares __slots__ without "__dict__" the class is noDict: storing any
// other name fails with CPython's AttributeError and the instances have
// no __dict__. A subclass without __slots__ gets a __dict__ again.
//
// The slot names are not entries of the class dict (instance reads and
// writes of them stay the plain slot path with its inline caches); the
// class answers C.x with a member descriptor (Type.GetAttr), as CPython
// shows it.

// MemberDescriptorType is the type of slot descriptors (C.x for a name in
// C.__slots__).
var MemberDescriptorType = NewBuiltinType("member_descriptor", nil)

// Member is the descriptor of one slot name of a class.
type Member struct {
	Name  string
	Owner *Type
}

// Type returns member_descriptor.
func (*Member) Type() *Type { return MemberDescriptorType }

// Repr is <member 'x' of 'P' objects>.
func (m *Member) Repr(th *Thread) (string, error) {
	return fmt.Sprintf("<member '%s' of '%s' objects>", m.Name, m.Owner.Name()), nil
}

// GetAttr serves __name__ and __objclass__.
func (m *Member) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "__name__", "__qualname__":
		return Str(m.Name), nil
	case "__objclass__":
		return m.Owner, nil
	}
	return nil, nil
}

// instance checks that v is an instance of the member's class.
func (m *Member) instance(v Value) (*Instance, error) {
	inst, ok := v.(*Instance)
	if !ok || !inst.info().t.IsSubtype(m.Owner) {
		return nil, NewError(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name, m.Owner.Name(), TypeName(v))
	}
	return inst, nil
}

func init() {
	MemberDescriptorType.AddMethods(
		NewMethod("__get__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			m := self.(*Member)
			if len(args) == 0 || len(args) > 2 {
				return nil, NewError(TypeErrorType, "expected 1 or 2 arguments, got %d", len(args))
			}
			if args[0] == None {
				return m, nil
			}
			inst, err := m.instance(args[0])
			if err != nil {
				return nil, err
			}
			return inst.GetAttr(th, m.Name)
		}),
		NewMethod("__set__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			m := self.(*Member)
			if len(args) != 2 {
				return nil, NewError(TypeErrorType, "expected 2 arguments, got %d", len(args))
			}
			inst, err := m.instance(args[0])
			if err != nil {
				return nil, err
			}
			return None, inst.SetAttr(th, m.Name, args[1])
		}),
		NewMethod("__delete__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			m := self.(*Member)
			if len(args) != 1 {
				return nil, NewError(TypeErrorType, "expected 1 argument, got %d", len(args))
			}
			inst, err := m.instance(args[0])
			if err != nil {
				return nil, err
			}
			return None, inst.SetAttr(th, m.Name, nil)
		}),
	)
}

// slotNamesOf returns the names a class's own __slots__ declares (ok
// false when it has none).
func slotNamesOf(th *Thread, t *Type) (names []string, ok bool, err error) {
	v, ok := t.Dict.GetStr("__slots__")
	if !ok {
		return nil, false, nil
	}
	if s, isStr := v.(Str); isStr {
		return []string{string(s)}, true, nil
	}
	items, err := IterateAll(th, v)
	if err != nil {
		return nil, true, err
	}
	for _, it := range items {
		s, isStr := it.(Str)
		if !isStr {
			return nil, true, NewError(TypeErrorType, "__slots__ items must be strings, not '%s'", TypeName(it))
		}
		if !isIdentifier(string(s)) {
			return nil, true, NewError(TypeErrorType, "__slots__ must be identifiers")
		}
		names = append(names, string(s))
	}
	return names, true, nil
}

// isIdentifier is str.isidentifier for slot names.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= 0x80:
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// setupSlots reads __slots__ along the MRO of a new class: it records the
// class's own member descriptors, gives every slot name of the MRO its
// slot number, and decides whether instances lack a __dict__.
func (c *classInfo) setupSlots(th *Thread) error {
	own, declared, err := slotNamesOf(th, c.t)
	if err != nil {
		return err
	}
	if !declared {
		// A class without __slots__ has a __dict__, but still lays out
		// its bases' slot names first.
		for _, k := range c.t.MRO()[1:] {
			if ki := infoOf(k); ki != nil {
				for _, n := range ki.slotted {
					c.slotFor(n)
				}
			}
		}
		return nil
	}
	noDict := c.kind != baseException
	var mine []string
	for _, n := range own {
		switch n {
		case "__dict__":
			noDict = false
			continue
		case "__weakref__":
			continue
		}
		if _, clash := c.t.Dict.GetStr(n); clash {
			return NewError(ValueErrorType, "'%s' in __slots__ conflicts with class variable", n)
		}
		mine = append(mine, n)
	}
	for _, k := range c.t.MRO()[1:] {
		ki := infoOf(k)
		if ki == nil {
			continue
		}
		if !ki.noDict {
			noDict = false
		}
		for _, n := range ki.slotted {
			c.slotFor(n)
		}
	}
	for _, n := range mine {
		c.slotFor(n)
	}
	c.slotted = append(c.slotted, mine...)
	c.noDict = noDict
	return nil
}

// slotMember is C.name when name is in the __slots__ of a class of C's
// MRO.
func slotMember(t *Type, name string) *Member {
	for _, k := range t.MRO() {
		ki := infoOf(k)
		if ki == nil {
			continue
		}
		for _, n := range ki.slotted {
			if n == name {
				return &Member{Name: name, Owner: k}
			}
		}
	}
	return nil
}
