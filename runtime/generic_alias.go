package runtime

import "strings"

// Subscripting a class: C[key].
//
// In order: a class container (enum, class_container.go), a metaclass
// __getitem__, the class's __class_getitem__ (a user classmethod, or the
// built-in one of list, dict, tuple, set, frozenset and type that makes a
// types.GenericAlias printing list[int]). Other built-in types accept
// subscripts as generic aliases too (stdlib types used in annotations);
// a user class with neither is "not subscriptable", as in CPython.

// GenericAliasType is types.GenericAlias.
var GenericAliasType = func() *Type {
	t := NewBuiltinType("GenericAlias", nil)
	t.SetModule("types")
	t.SetQualname("GenericAlias")
	return t
}()

// GenericAlias is origin[args] (list[int]).
type GenericAlias struct {
	Origin Value
	Args   []Value
	// Typing is the name of the typing alias that made it (typing.List[int]
	// has "List", shown as such); empty for list[int].
	Typing string
	// NoInst: calling the alias is a TypeError (typing.List[int]()).
	NoInst bool
}

// AliasOrigin is a value standing for a class in bases and isinstance
// (typing.List stands for list): its __mro_entries__ origin.
type AliasOrigin interface {
	AliasOrigin() *Type
}

// Type returns types.GenericAlias.
func (*GenericAlias) Type() *Type { return GenericAliasType }

// NewGenericAlias is origin[key]: a tuple key gives several arguments.
func NewGenericAlias(origin, key Value) *GenericAlias {
	if t, ok := key.(*Tuple); ok {
		return &GenericAlias{Origin: origin, Args: t.Items}
	}
	return &GenericAlias{Origin: origin, Args: []Value{key}}
}

// aliasArgRepr is how CPython shows a type inside a generic alias: a
// class by its (module-qualified) name, ... as "...".
func aliasArgRepr(th *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case *Type:
		if x.Module() == "builtins" {
			return x.Qualname(), nil
		}
		return x.Module() + "." + x.Qualname(), nil
	case *EllipsisValue:
		return "...", nil
	case *List:
		// Callable[[int, str], bool]
		var b strings.Builder
		b.WriteByte('[')
		for i, x := range x.Snapshot() {
			if i > 0 {
				b.WriteString(", ")
			}
			s, err := aliasArgRepr(th, x)
			if err != nil {
				return "", err
			}
			b.WriteString(s)
		}
		b.WriteByte(']')
		return b.String(), nil
	}
	return Repr(th, v)
}

// isTypingUnion reports whether g is typing.Union[...] (stdlib/typing.go
// makes them).
func (g *GenericAlias) isTypingUnion() bool {
	t, ok := g.Origin.(*Type)
	return ok && t.Module() == "typing" && t.Name() == "Union"
}

// optionalRepr is typing.Optional[X] for a typing.Union of X and
// NoneType, as CPython shows it; ok is false for other aliases.
func (g *GenericAlias) optionalRepr(th *Thread) (string, bool, error) {
	if !g.isTypingUnion() || len(g.Args) != 2 {
		return "", false, nil
	}
	for i, a := range g.Args {
		if a == Value(NoneType) {
			s, err := aliasArgRepr(th, g.Args[1-i])
			return "typing.Optional[" + s + "]", true, err
		}
	}
	return "", false, nil
}

// Repr is list[int], dict[str, int], tuple[int, ...].
func (g *GenericAlias) Repr(th *Thread) (string, error) {
	if s, ok, err := g.optionalRepr(th); ok || err != nil {
		return s, err
	}
	var b strings.Builder
	if g.Typing != "" {
		b.WriteString("typing." + g.Typing)
	} else {
		s, err := aliasArgRepr(th, g.Origin)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteByte('[')
	if len(g.Args) == 0 {
		b.WriteString("()")
	}
	for i, a := range g.Args {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := aliasArgRepr(th, a)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteByte(']')
	return b.String(), nil
}

// Call instantiates the origin: list[int]("ab") is list("ab").
func (g *GenericAlias) Call(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
	if g.NoInst {
		return nil, NoInstError(g.Typing, g.Origin)
	}
	return Call(th, g.Origin, args, kwargs)
}

// GetAttr serves __origin__, __args__ and __parameters__; other names
// are the origin's.
func (g *GenericAlias) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "__origin__":
		return g.Origin, nil
	case "__args__":
		return NewTuple(append([]Value(nil), g.Args...)), nil
	case "__parameters__":
		return NewTuple(nil), nil
	case "__class__":
		return GenericAliasType, nil
	}
	return GetAttr(th, g.Origin, name)
}

// NoInstError is CPython's error for calling typing.List or typing.List[int].
func NoInstError(name string, origin Value) error {
	n := TypeName(origin)
	if t, ok := origin.(*Type); ok {
		n = t.Name()
	}
	return NewError(TypeErrorType, "Type %s cannot be instantiated; use %s() instead", name, n)
}

// GetItem: a parameterized alias takes no more arguments.
func (g *GenericAlias) GetItem(th *Thread, key Value) (Value, error) {
	s, err := g.Repr(th)
	if err != nil {
		return nil, err
	}
	return nil, NewError(TypeErrorType, "%s is not a generic class", s)
}

// Equal compares origin and arguments.
func (g *GenericAlias) Equal(th *Thread, other Value) (bool, bool, error) {
	o, ok := other.(*GenericAlias)
	if !ok {
		return false, false, nil
	}
	if len(o.Args) != len(g.Args) || o.Typing != g.Typing {
		return false, true, nil
	}
	eq, err := Equal(th, g.Origin, o.Origin)
	if err != nil || !eq {
		return false, true, err
	}
	if g.isTypingUnion() {
		// Union[int, str] == Union[str, int]: members compare as a set
		// (they hold no duplicates).
		for _, a := range g.Args {
			found := false
			for _, b := range o.Args {
				if eq, err := Equal(th, a, b); err != nil {
					return false, true, err
				} else if eq {
					found = true
					break
				}
			}
			if !found {
				return false, true, nil
			}
		}
		return true, true, nil
	}
	for i := range g.Args {
		eq, err := Equal(th, g.Args[i], o.Args[i])
		if err != nil || !eq {
			return false, true, err
		}
	}
	return true, true, nil
}

// Hash combines the origin's and the arguments' hashes.
func (g *GenericAlias) Hash(th *Thread) (int64, error) {
	h, err := Hash(th, g.Origin)
	if err != nil {
		return 0, err
	}
	union := g.isTypingUnion()
	for _, a := range g.Args {
		x, err := Hash(th, a)
		if err != nil {
			return 0, err
		}
		if union {
			h ^= x // order-independent, as Equal is
			continue
		}
		h = h*1000003 ^ x
	}
	return h, nil
}

// GenericClassGetItem is the __class_getitem__ of the generic built-in
// classes: cls[key] is a GenericAlias. stdlib puts it on its generic
// classes too.
var GenericClassGetItem = &ClassMethod{Fn: NewFunc("__class_getitem__", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
	if len(args) != 2 || len(kwargs) > 0 {
		return nil, NewError(TypeErrorType, "__class_getitem__() takes exactly one argument (%d given)", len(args)-1)
	}
	return NewGenericAlias(args[0], args[1]), nil
})}

func init() {
	for _, t := range []*Type{ListType, DictType, TupleType, SetType, FrozenSetType, TypeType} {
		t.Dict.SetStr("__class_getitem__", GenericClassGetItem)
	}
}

// classGetItem is t[key] for a class t.
func classGetItem(th *Thread, t *Type, key Value) (Value, error) {
	if ClassContainer.GetItem != nil {
		if r, ok, err := ClassContainer.GetItem(th, t, key); ok || err != nil {
			return r, err
		}
	}
	if t.Meta != nil {
		if e := lookupEntry(t.Meta, "__getitem__"); e.user() {
			return callEntry(th, e, t, []Value{key}, nil)
		}
	}
	e := lookupEntry(t, "__class_getitem__")
	if e.value != nil {
		fn, err := bindToClass(th, e.value, t)
		if err != nil {
			return nil, err
		}
		return Call(th, fn, []Value{key}, nil)
	}
	for _, k := range t.MRO() {
		if k != ObjectType && infoOf(k) == nil {
			if notGeneric(k) {
				break
			}
			return NewGenericAlias(t, key), nil
		}
	}
	return nil, NewError(TypeErrorType, "type '%s' is not subscriptable", t.Name())
}

// notGeneric reports whether built-in type k has no __class_getitem__ in
// CPython (int[1:2] and str[int] are TypeErrors; list[int] and the
// collections' classes make generic aliases).
func notGeneric(k *Type) bool {
	switch k {
	case IntType, BoolType, FloatType, StrType, BytesType, ByteArrayType, RangeType, SliceType,
		MemoryViewType, NoneType:
		return true
	}
	return k.Exception && k.Name() != "ExceptionGroup" && k.Name() != "BaseExceptionGroup"
}

// TypingGeneric is typing.Generic (stdlib makes it on typing's first
// import): a base from a typing alias brings it along (mroEntries).
var TypingGeneric *Type

// typingBase reports whether b is a typing alias (typing.List,
// typing.List[int]) as a base.
func typingBase(b Value) bool {
	switch x := b.(type) {
	case *GenericAlias:
		return x.Typing != ""
	case AliasOrigin:
		return true
	}
	return false
}

// needsGeneric is CPython's _BaseGenericAlias.__mro_entries__ test: no
// later base is an alias or a subclass of typing.Generic.
func needsGeneric(later []Value) bool {
	for _, b := range later {
		switch x := b.(type) {
		case *GenericAlias, AliasOrigin:
			return false
		case *Type:
			if TypingGeneric != nil && x.IsSubtype(TypingGeneric) {
				return false
			}
		}
	}
	return true
}

// mroEntries replaces generic-alias bases by their origin
// (class Stack(Generic[T]), class L(list[int])), as their
// __mro_entries__ does in CPython; an origin already among the bases is
// dropped, and a typing alias adds typing.Generic.
func mroEntries(bases []Value) []Value {
	var out []Value
	for i, b := range bases {
		var origin Value
		switch g := b.(type) {
		case *GenericAlias:
			origin = g.Origin
		case AliasOrigin:
			origin = g.AliasOrigin()
		}
		if origin == nil {
			if out != nil {
				out = append(out, b)
			}
			continue
		}
		if out == nil {
			out = append([]Value(nil), bases[:i]...)
		}
		dup := false
		for _, x := range bases {
			if x == origin {
				dup = true
			}
		}
		if !dup {
			out = append(out, origin)
		}
		if typingBase(b) && TypingGeneric != nil && needsGeneric(bases[i+1:]) {
			out = append(out, TypingGeneric)
		}
	}
	if out == nil {
		return bases
	}
	return out
}
