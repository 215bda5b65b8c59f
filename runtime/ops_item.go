package runtime

// GetItem is v[key].
func GetItem(th *Thread, v, key Value) (Value, error) {
	switch x := v.(type) {
	case *List:
		if i, ok := key.(Int); ok {
			v, ok := x.GetIndex(int(i))
			if !ok {
				return nil, NewError(IndexErrorType, "list index out of range")
			}
			return v, nil
		}
	case *Tuple:
		if i, ok := key.(Int); ok {
			j := int(i)
			if j < 0 {
				j += len(x.Items)
			}
			if j < 0 || j >= len(x.Items) {
				return nil, NewError(IndexErrorType, "tuple index out of range")
			}
			return x.Items[j], nil
		}
	case *Dict:
		r, ok, err := x.Get(th, key)
		if err != nil {
			return nil, err
		}
		if !ok {
			if m, ok := v.(HasMissing); ok {
				return m.Missing(th, key)
			}
			return nil, NewException(KeyErrorType, key)
		}
		return r, nil
	}
	if x, ok := v.(Indexable); ok {
		return x.GetItem(th, key)
	}
	if t, ok := v.(*Type); ok {
		return classGetItem(th, t, key) // generic_alias.go
	}
	return nil, NewError(TypeErrorType, "'%s' object is not subscriptable", TypeName(v))
}

// HasMissing lets a dict subclass define __missing__.
type HasMissing interface {
	Missing(th *Thread, key Value) (Value, error)
}

// SetItem is v[key] = val.
func SetItem(th *Thread, v, key, val Value) error {
	switch x := v.(type) {
	case *List:
		if i, ok := key.(Int); ok {
			if !x.SetIndex(int(i), val) {
				return NewError(IndexErrorType, "list assignment index out of range")
			}
			return nil
		}
	case *Dict:
		return x.Set(th, key, val)
	}
	if x, ok := v.(HasSetItem); ok {
		return x.SetItem(th, key, val)
	}
	return NewError(TypeErrorType, "'%s' object does not support item assignment", TypeName(v))
}

// DelItem is del v[key].
func DelItem(th *Thread, v, key Value) error {
	if x, ok := v.(*Dict); ok {
		_, found, err := x.Delete(th, key)
		if err == nil && !found {
			return NewException(KeyErrorType, key)
		}
		return err
	}
	if x, ok := v.(HasSetItem); ok {
		return x.SetItem(th, key, nil)
	}
	return NewError(TypeErrorType, "'%s' object doesn't support item deletion", TypeName(v))
}

// Contains is `item in container`.
func Contains(th *Thread, container, item Value) (bool, error) {
	switch x := container.(type) {
	case *Dict:
		_, ok, err := x.Get(th, item)
		return ok, err
	case HasContains:
		return x.Contains(th, item)
	case *Type:
		if ClassContainer.Contains != nil {
			if in, ok := ClassContainer.Contains(th, x, item); ok {
				return in, nil
			}
		}
		if r, ok, err := metaDunder(th, x, "__contains__", item); ok {
			if err != nil {
				return false, err
			}
			return Truth(th, r)
		}
	}
	it, err := Iter(th, container)
	if err != nil {
		if IsExc(err, TypeErrorType) {
			return false, NewError(TypeErrorType, "argument of type '%s' is not iterable", TypeName(container))
		}
		return false, err
	}
	for {
		v, ok, err := it.Next(th)
		if err != nil || !ok {
			return false, err
		}
		if v == item {
			return true, nil
		}
		eq, err := Equal(th, v, item)
		if err != nil || eq {
			return eq, err
		}
	}
}

// Iter is iter(v).
func Iter(th *Thread, v Value) (Iterator, error) {
	if x, ok := v.(Iterable); ok {
		return x.Iter(th)
	}
	if t, ok := v.(*Type); ok {
		if members, ok := classMembers(t); ok {
			return NewTuple(members).Iter(th)
		}
		if r, ok, err := metaDunder(th, t, "__iter__"); ok {
			if err != nil {
				return nil, err
			}
			if it, isIt := r.(Iterator); isIt {
				return it, nil
			}
			return nil, NewError(TypeErrorType, "iter() returned non-iterator of type '%s'", TypeName(r))
		}
	}
	// An iterator is its own iterable (iter(it) is it).
	if x, ok := v.(Iterator); ok {
		return x, nil
	}
	return nil, NewError(TypeErrorType, "'%s' object is not iterable", TypeName(v))
}

// IterateAll collects the items of an iterable (list(v) without the list).
func IterateAll(th *Thread, v Value) ([]Value, error) {
	switch x := v.(type) {
	case *Tuple:
		return append([]Value(nil), x.Items...), nil
	case *List, *Dict, *Set, *DictView:
		items, _ := containerSnapshot(x)
		return items, nil
	case Pusher:
		// Room for a few items up front: a short generator (tuple(x for
		// x in row)) costs one allocation instead of one per doubling.
		out := make([]Value, 0, 8)
		err := x.Push(th, func(item Value) (bool, error) {
			out = append(out, item)
			return false, nil
		})
		return out, err
	case Collector:
		if out, ok, err := x.CollectAll(th); ok {
			return out, err
		}
	case *Range:
		if err := checkRangeAlloc(x); err != nil {
			return nil, err
		}
	case *BigRange:
		if err := x.checkAlloc(); err != nil {
			return nil, err
		}
	}
	it, err := Iter(th, v)
	if err != nil {
		return nil, err
	}
	var out []Value
	for {
		item, ok, err := it.Next(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, item)
	}
}

// Call is fn(*args, **kwargs).
func Call(th *Thread, fn Value, args []Value, kwargs []KwArg) (Value, error) {
	switch f := fn.(type) {
	case Callable:
		return f.Call(th, args, kwargs)
	case *Type:
		if f.New == nil {
			return nil, NewError(TypeErrorType, "cannot create '%s' instances", f.Name())
		}
		return f.New(th, f, args, kwargs)
	}
	return nil, NewError(TypeErrorType, "'%s' object is not callable", TypeName(fn))
}
