package runtime

import (
	"strings"

	"github.com/spindle-lang/spindle/ast"
)

// The behaviour of tuple: repr, hash, comparison, + and *, indexing and
// slicing, membership, iteration, count/index and tuple(...).

var (
	_ HasRepr     = (*Tuple)(nil)
	_ HasHash     = (*Tuple)(nil)
	_ HasEqual    = (*Tuple)(nil)
	_ HasCompare  = (*Tuple)(nil)
	_ HasBinary   = (*Tuple)(nil)
	_ Indexable   = (*Tuple)(nil)
	_ HasContains = (*Tuple)(nil)
	_ Iterable    = (*Tuple)(nil)
	_ Sized       = (*Tuple)(nil)
)

func init() {
	TupleType.New = func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		if err := cArgCount("tuple", "tuple", args, kwargs, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return EmptyTuple, nil
		}
		if t, ok := args[0].(*Tuple); ok {
			return t, nil
		}
		items, err := IterateAll(th, args[0])
		if err != nil {
			return nil, err
		}
		return NewTuple(items), nil
	}
	m := func(name string, fn func(th *Thread, t *Tuple, args []Value, kwargs []KwArg) (Value, error)) *Builtin {
		return typedMethod("tuple", name, fn)
	}
	TupleType.AddMethods(
		m("count", func(th *Thread, t *Tuple, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg("tuple.count", args, kwargs); err != nil {
				return nil, err
			}
			n := 0
			for _, v := range t.Items {
				eq, err := sameOrEqual(th, v, args[0])
				if err != nil {
					return nil, err
				}
				if eq {
					n++
				}
			}
			return MakeInt(int64(n)), nil
		}),
		m("index", func(th *Thread, t *Tuple, args []Value, kwargs []KwArg) (Value, error) {
			if err := cArgCount("index", "tuple.index", args, kwargs, 1, 3); err != nil {
				return nil, err
			}
			lo, hi, err := seqSearchRange(args[1:], len(t.Items))
			if err != nil {
				return nil, err
			}
			for i := lo; i < hi; i++ {
				eq, err := sameOrEqual(th, t.Items[i], args[0])
				if err != nil {
					return nil, err
				}
				if eq {
					return MakeInt(int64(i)), nil
				}
			}
			return nil, NewError(ValueErrorType, "tuple.index(x): x not in tuple")
		}),
		m("__getitem__", func(th *Thread, t *Tuple, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg("tuple.__getitem__", args, kwargs); err != nil {
				return nil, err
			}
			return t.GetItem(th, args[0])
		}),
		m("__len__", func(th *Thread, t *Tuple, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("tuple.__len__", args, kwargs); err != nil {
				return nil, err
			}
			return MakeInt(int64(len(t.Items))), nil
		}),
		m("__contains__", func(th *Thread, t *Tuple, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg("tuple.__contains__", args, kwargs); err != nil {
				return nil, err
			}
			ok, err := t.Contains(th, args[0])
			return Bool(ok), err
		}),
		m("__iter__", func(th *Thread, t *Tuple, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("tuple.__iter__", args, kwargs); err != nil {
				return nil, err
			}
			return &TupleIterator{items: t.Items}, nil
		}),
	)
}

// Repr is (1, 2), (1,) or ().
func (t *Tuple) Repr(th *Thread) (string, error) {
	if len(t.Items) == 0 {
		return "()", nil
	}
	th, ok := reprEnter(th, t)
	if !ok {
		return "(...)", nil
	}
	defer reprLeave(th, t)
	if len(t.Items) == 1 {
		s, err := Repr(th, t.Items[0])
		if err != nil {
			return "", err
		}
		return "(" + s + ",)", nil
	}
	var b strings.Builder
	if err := reprSeqItems(th, &b, "(", ")", t.Items); err != nil {
		return "", err
	}
	return b.String(), nil
}

// Hash is CPython's tuple hash (the xxHash-based one of 3.8+), so tuples
// of ints hash exactly as in CPython.
func (t *Tuple) Hash(th *Thread) (int64, error) {
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	acc := uint64(prime5)
	for _, v := range t.Items {
		h, err := dictHashKey(th, v)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * prime2
		acc = acc<<31 | acc>>33
		acc *= prime1
	}
	acc += uint64(len(t.Items)) ^ (prime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, nil
	}
	return int64(acc), nil
}

func (t *Tuple) get(i int) (Value, bool) {
	if i < 0 || i >= len(t.Items) {
		return nil, false
	}
	return t.Items[i], true
}

// Equal is t == other for another tuple.
func (t *Tuple) Equal(th *Thread, other Value) (bool, bool, error) {
	o, ok := other.(*Tuple)
	if !ok {
		return false, false, nil
	}
	if len(t.Items) != len(o.Items) {
		return false, true, nil
	}
	r, err := seqCompare(th, ast.Eq, t.get, o.get)
	if err != nil {
		return false, true, err
	}
	eq, err := Truth(th, r)
	return eq, true, err
}

// Compare is the lexicographic comparison with another tuple.
func (t *Tuple) Compare(th *Thread, op ast.Op, other Value) (Value, error) {
	o, ok := other.(*Tuple)
	if !ok {
		return NotImplemented, nil
	}
	if (op == ast.Eq || op == ast.NotEq) && len(t.Items) != len(o.Items) {
		return Bool(op == ast.NotEq), nil
	}
	return seqCompare(th, op, t.get, o.get)
}

// Binary implements tuple + tuple and tuple * int.
func (t *Tuple) Binary(th *Thread, op ast.Op, other Value, right bool) (Value, error) {
	switch op {
	case ast.Add:
		if right {
			return NotImplemented, nil
		}
		o, ok := other.(*Tuple)
		if !ok {
			return seqReflectedOr(th, op, t, other, func() error {
				return NewError(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", TypeName(other))
			})
		}
		if len(o.Items) == 0 {
			return t, nil
		}
		if len(t.Items) == 0 {
			return o, nil
		}
		out := make([]Value, 0, len(t.Items)+len(o.Items))
		return NewTuple(append(append(out, t.Items...), o.Items...)), nil
	case ast.Mult:
		n, ok, err := seqRepeatCount(th, op, t, other, right)
		if !ok || err != nil {
			return n, err
		}
		if n.(Int) == 1 {
			return t, nil
		}
		if err := checkRepeat(len(t.Items), int(n.(Int)), valueSize); err != nil {
			return nil, err
		}
		return NewTuple(seqRepeatItems(t.Items, int(n.(Int)))), nil
	}
	return NotImplemented, nil
}

// GetItem is t[i] or t[slice].
func (t *Tuple) GetItem(th *Thread, key Value) (Value, error) {
	if s, ok := key.(*Slice); ok {
		start, stop, step, err := SliceIndices(th, s, len(t.Items))
		if err != nil {
			return nil, err
		}
		if step == 1 && start == 0 && stop == len(t.Items) {
			return t, nil
		}
		items, err := seqSliceSelect(th, s, t.Items)
		if err != nil {
			return nil, err
		}
		return NewTuple(items), nil
	}
	i, err := seqIndexArg("tuple", key)
	if err != nil {
		return nil, err
	}
	j, ok := seqIndex(i, len(t.Items))
	if !ok {
		return nil, NewError(IndexErrorType, "tuple index out of range")
	}
	return t.Items[j], nil
}

// Len is len(t).
func (t *Tuple) Len(th *Thread) (int, error) { return len(t.Items), nil }

// Contains is `item in t`.
func (t *Tuple) Contains(th *Thread, item Value) (bool, error) {
	for _, v := range t.Items {
		eq, err := sameOrEqual(th, v, item)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// Iter returns a tuple_iterator.
func (t *Tuple) Iter(th *Thread) (Iterator, error) { return &TupleIterator{items: t.Items}, nil }
