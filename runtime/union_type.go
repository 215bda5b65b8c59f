package runtime

import (
	"strings"

	"github.com/spindle-lang/spindle/ast"
)

// `X | Y` on classes: types.UnionType.
//
// `int | None` in an annotation (evaluated when the def runs, as in
// CPython 3.11) makes a union object; isinstance and issubclass accept one
// as they accept a tuple of classes. The operands that combine are
// classes, None (kept as NoneType), generic aliases (list[int]) and
// other unions; the arguments are flattened and duplicates dropped, and a
// union of one argument is that argument (int | int is int). Anything
// else leaves | to the usual operator rules ("unsupported operand
// type(s) for |: 'type' and 'int'"). A metaclass __or__ is tried first.

// UnionTypeType is types.UnionType.
var UnionTypeType = func() *Type {
	t := NewBuiltinType("UnionType", nil)
	t.SetModule("types")
	t.SetQualname("UnionType")
	return t
}()

// UnionType is X | Y | ...
type UnionType struct {
	Args []Value
}

// Type returns types.UnionType.
func (*UnionType) Type() *Type { return UnionTypeType }

// unionArgs returns the union arguments v contributes, or ok false when v
// does not combine with |.
func unionArgs(v Value) (args []Value, ok bool) {
	switch x := v.(type) {
	case *Type, *GenericAlias:
		return []Value{x}, true
	case *UnionType:
		return x.Args, true
	case *NoneValue:
		return []Value{NoneType}, true
	}
	return nil, false
}

// unionOr is a | b when both operands combine into a union.
func unionOr(th *Thread, a, b Value) (Value, bool, error) {
	x, ok := unionArgs(a)
	if !ok {
		return nil, false, nil
	}
	y, ok := unionArgs(b)
	if !ok || (a == None && b == None) {
		return nil, false, nil
	}
	var args []Value
	for _, v := range append(append([]Value(nil), x...), y...) {
		dup := false
		for _, seen := range args {
			eq, err := Equal(th, seen, v)
			if err != nil {
				return nil, true, err
			}
			if eq {
				dup = true
				break
			}
		}
		if !dup {
			args = append(args, v)
		}
	}
	if len(args) == 1 {
		return args[0], true, nil
	}
	return &UnionType{Args: args}, true, nil
}

// Binary is | with another union operand (either side).
func (u *UnionType) Binary(th *Thread, op ast.Op, other Value, reflected bool) (Value, error) {
	if op != ast.BitOr {
		return NotImplemented, nil
	}
	a, b := Value(u), other
	if reflected {
		a, b = other, u
	}
	r, ok, err := unionOr(th, a, b)
	if err != nil || !ok {
		return NotImplemented, err
	}
	return r, nil
}

// Repr is int | str | None.
func (u *UnionType) Repr(th *Thread) (string, error) {
	parts := make([]string, len(u.Args))
	for i, a := range u.Args {
		if a == NoneType {
			parts[i] = "None"
			continue
		}
		s, err := aliasArgRepr(th, a)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	return strings.Join(parts, " | "), nil
}

// GetAttr serves __args__ and __parameters__.
func (u *UnionType) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "__args__":
		return NewTuple(append([]Value(nil), u.Args...)), nil
	case "__parameters__":
		return NewTuple(nil), nil
	case "__class__":
		return UnionTypeType, nil
	}
	return nil, NewError(AttributeErrorType, "'types.UnionType' object has no attribute '%s'", name)
}

// Equal compares the arguments as sets: int | str == str | int.
func (u *UnionType) Equal(th *Thread, other Value) (bool, bool, error) {
	o, ok := other.(*UnionType)
	if !ok {
		return false, false, nil
	}
	if len(o.Args) != len(u.Args) {
		return false, true, nil
	}
	for _, a := range u.Args {
		found := false
		for _, b := range o.Args {
			eq, err := Equal(th, a, b)
			if err != nil {
				return false, true, err
			}
			if eq {
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

// Hash does not depend on the order of the arguments.
func (u *UnionType) Hash(th *Thread) (int64, error) {
	var h int64 = 0x5a17
	for _, a := range u.Args {
		x, err := Hash(th, a)
		if err != nil {
			return 0, err
		}
		h ^= x * 1000003
	}
	return h, nil
}
