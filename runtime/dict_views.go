package runtime

import (
	"strings"

	"github.com/spindle-lang/spindle/ast"
)

// DictView is a live view of a dict: d.keys(), d.values() or d.items().
// Keys and items views are set-like (==, <=, &, |, -, ^, isdisjoint);
// values views only iterate and test membership.
type DictView struct {
	d    *Dict
	kind dictIterKind
}

// View types.
var (
	DictKeysType   = NewBuiltinType("dict_keys", nil)
	DictValuesType = NewBuiltinType("dict_values", nil)
	DictItemsType  = NewBuiltinType("dict_items", nil)
)

var (
	_ HasRepr     = (*DictView)(nil)
	_ Sized       = (*DictView)(nil)
	_ Iterable    = (*DictView)(nil)
	_ HasContains = (*DictView)(nil)
	_ HasBinary   = (*DictView)(nil)
	_ HasCompare  = (*DictView)(nil)
)

func init() {
	for _, t := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		tn := t.Name()
		t.AddMethods(typedMethod(tn, "__reversed__", func(th *Thread, v *DictView, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs(tn+".__reversed__", args, kwargs); err != nil {
				return nil, err
			}
			return v.Reversed(), nil
		}))
	}
	for _, t := range []*Type{DictKeysType, DictItemsType} {
		tn := t.Name()
		t.AddMethods(typedMethod(tn, "isdisjoint", func(th *Thread, v *DictView, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg(tn+".isdisjoint", args, kwargs); err != nil {
				return nil, err
			}
			r, err := setIsDisjoint(th, v.Contains, args[0])
			return Bool(r), err
		}))
	}
}

// Type returns dict_keys, dict_values or dict_items.
func (v *DictView) Type() *Type {
	switch v.kind {
	case dictIterKeys:
		return DictKeysType
	case dictIterValues:
		return DictValuesType
	}
	return DictItemsType
}

// Dict returns the viewed dict.
func (v *DictView) Dict() *Dict { return v.d }

// Len is len(view).
func (v *DictView) Len(th *Thread) (int, error) { return v.d.Len(), nil }

// Iter iterates the view.
func (v *DictView) Iter(th *Thread) (Iterator, error) {
	return newDictIterator(v.d, v.kind, false), nil
}

// Reversed is reversed(view).
func (v *DictView) Reversed() Value { return newDictIterator(v.d, v.kind, true) }

// Repr is dict_keys([...]) and friends.
func (v *DictView) Repr(th *Thread) (string, error) {
	th, ok := reprEnter(th, v)
	if !ok {
		return "...", nil
	}
	defer reprLeave(th, v)
	var items []Value
	switch v.kind {
	case dictIterKeys:
		items = v.d.Keys()
	case dictIterValues:
		items = v.d.Values()
	default:
		for _, kv := range v.d.Items() {
			items = append(items, NewTuple([]Value{kv[0], kv[1]}))
		}
	}
	var b strings.Builder
	b.WriteString(v.Type().Name())
	if err := reprSeqItems(th, &b, "([", "])", items); err != nil {
		return "", err
	}
	return b.String(), nil
}

// Hash fails for the set-like views.
func (v *DictView) Hash(th *Thread) (int64, error) {
	if v.kind == dictIterValues {
		return int64(Id(v) >> 4), nil
	}
	return 0, NewError(TypeErrorType, "unhashable type: '%s'", v.Type().Name())
}

// Contains is `x in view`.
func (v *DictView) Contains(th *Thread, x Value) (bool, error) {
	switch v.kind {
	case dictIterKeys:
		return v.d.Contains(th, x)
	case dictIterItems:
		t, ok := x.(*Tuple)
		if !ok || len(t.Items) != 2 {
			return false, nil
		}
		val, found, err := v.d.Get(th, t.Items[0])
		if err != nil || !found {
			return false, err
		}
		return sameOrEqual(th, val, t.Items[1])
	}
	for _, val := range v.d.Values() {
		eq, err := sameOrEqual(th, val, x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// toSet copies a set-like view into a new set.
func (v *DictView) toSet(th *Thread) (*Set, error) {
	if v.kind == dictIterKeys {
		return NewSetFrom(th, v.d, false)
	}
	return NewSetFrom(th, v, false)
}

// Binary implements & | - ^ of keys/items views with any iterable; the
// result is a set.
func (v *DictView) Binary(th *Thread, op ast.Op, other Value, right bool) (Value, error) {
	if v.kind == dictIterValues {
		return NotImplemented, nil
	}
	switch op {
	case ast.BitAnd:
		// Iterate the other operand, keeping what the view contains.
		r := NewSet()
		it, err := IterWhole(th, other)
		if err != nil {
			return nil, err
		}
		for {
			x, ok, err := it.Next(th)
			if err != nil {
				return nil, err
			}
			if !ok {
				return r, nil
			}
			in, err := v.Contains(th, x)
			if err != nil {
				return nil, err
			}
			if in {
				if err := r.Add(th, x); err != nil {
					return nil, err
				}
			}
		}
	case ast.BitOr, ast.BitXor:
		r, err := v.toSet(th)
		if err != nil {
			return nil, err
		}
		if op == ast.BitOr {
			err = r.updateFrom(th, other)
		} else {
			err = r.symmetricDifferenceUpdate(th, other)
		}
		if err != nil {
			return nil, err
		}
		return r, nil
	case ast.Sub:
		var r *Set
		var err error
		if right {
			// other - view
			if r, err = NewSetFrom(th, other, false); err == nil {
				err = r.differenceUpdate(th, v)
			}
		} else if r, err = v.toSet(th); err == nil {
			err = r.differenceUpdate(th, other)
		}
		if err != nil {
			return nil, err
		}
		return r, nil
	}
	return NotImplemented, nil
}

// Compare implements the set comparisons of keys/items views against sets
// and other set-like views.
func (v *DictView) Compare(th *Thread, op ast.Op, other Value) (Value, error) {
	if v.kind == dictIterValues {
		return NotImplemented, nil
	}
	var olen int
	var ocontains func(*Thread, Value) (bool, error)
	switch o := other.(type) {
	case *Set:
		olen, ocontains = o.Len(), o.Contains
	case *DictView:
		if o.kind == dictIterValues {
			return NotImplemented, nil
		}
		olen, ocontains = o.d.Len(), o.Contains
	default:
		return NotImplemented, nil
	}
	n := v.d.Len()
	// all contained: every item of a is in b
	allIn := func(a Value, contains func(*Thread, Value) (bool, error)) (bool, error) {
		items, err := IterateAll(th, a)
		if err != nil {
			return false, err
		}
		for _, x := range items {
			in, err := contains(th, x)
			if err != nil || !in {
				return false, err
			}
		}
		return true, nil
	}
	var r bool
	var err error
	switch op {
	case ast.Eq, ast.NotEq:
		if n == olen {
			r, err = allIn(v, ocontains)
		}
		if op == ast.NotEq {
			r = !r
		}
	case ast.Lt:
		if n < olen {
			r, err = allIn(v, ocontains)
		}
	case ast.LtE:
		if n <= olen {
			r, err = allIn(v, ocontains)
		}
	case ast.Gt:
		if n > olen {
			r, err = allIn(other, v.Contains)
		}
	case ast.GtE:
		if n >= olen {
			r, err = allIn(other, v.Contains)
		}
	default:
		return NotImplemented, nil
	}
	return Bool(r), err
}
