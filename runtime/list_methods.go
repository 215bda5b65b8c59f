package runtime

// The methods of list and list(...).

func init() {
	ListType.New = listNew
	m := func(name string, fn func(th *Thread, l *List, args []Value, kwargs []KwArg) (Value, error)) *Builtin {
		return typedMethod("list", name, fn)
	}
	ListType.AddMethods(
		Method1(m("append", listAppend), func(th *Thread, l *List, v Value) (Value, error) {
			l.Append(v)
			return None, nil
		}),
		m("extend", listExtend),
		Method2(m("insert", listInsert), func(th *Thread, l *List, i, v Value) (Value, error) {
			args := [2]Value{i, v}
			return listInsert(th, l, args[:], nil)
		}),
		m("remove", listRemove),
		Method1(m("pop", listPop), func(th *Thread, l *List, a Value) (Value, error) {
			i, err := IndexInt(a)
			if err != nil {
				return nil, err
			}
			return listPopAt(l, i)
		}),
		m("clear", listClear),
		m("index", listIndex),
		m("count", listCount),
		m("sort", listSort),
		m("reverse", listReverse),
		m("copy", listCopy),
		m("__getitem__", func(th *Thread, l *List, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg("list.__getitem__", args, kwargs); err != nil {
				return nil, err
			}
			return GetItem(th, l, args[0])
		}),
		m("__setitem__", func(th *Thread, l *List, args []Value, kwargs []KwArg) (Value, error) {
			if err := cArgCount("__setitem__", "list.__setitem__", args, kwargs, 2, 2); err != nil {
				return nil, err
			}
			return None, SetItem(th, l, args[0], args[1])
		}),
		m("__delitem__", func(th *Thread, l *List, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg("list.__delitem__", args, kwargs); err != nil {
				return nil, err
			}
			return None, l.SetItem(th, args[0], nil)
		}),
		m("__len__", func(th *Thread, l *List, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("list.__len__", args, kwargs); err != nil {
				return nil, err
			}
			return MakeInt(int64(l.Len())), nil
		}),
		m("__contains__", func(th *Thread, l *List, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg("list.__contains__", args, kwargs); err != nil {
				return nil, err
			}
			ok, err := l.Contains(th, args[0])
			return Bool(ok), err
		}),
		m("__iter__", func(th *Thread, l *List, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("list.__iter__", args, kwargs); err != nil {
				return nil, err
			}
			return &ListIterator{l: l}, nil
		}),
		m("__reversed__", func(th *Thread, l *List, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("list.__reversed__", args, kwargs); err != nil {
				return nil, err
			}
			return l.Reversed(), nil
		}),
	)
}

// listNew is list() and list(iterable).
func listNew(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
	if err := cArgCount("list", "list", args, kwargs, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return NewList(nil), nil
	}
	items, err := IterateAll(th, args[0])
	if err != nil {
		return nil, err
	}
	return NewList(items), nil
}

func listAppend(th *Thread, l *List, args []Value, kwargs []KwArg) (Value, error) {
	if err := cOneArg("list.append", args, kwargs); err != nil {
		return nil, err
	}
	l.Append(args[0])
	return None, nil
}

func listExtend(th *Thread, l *List, args []Value, kwargs []KwArg) (Value, error) {
	if err := cOneArg("list.extend", args, kwargs); err != nil {
		return nil, err
	}
	return None, l.extend(th, args[0])
}

func listInsert(th *Thread, l *List, args []Value, kwargs []KwArg) (Value, error) {
	if err := cArgCount("insert", "list.insert", args, kwargs, 2, 2); err != nil {
		return nil, err
	}
	i, err := seqIndexOrClamp(args[0])
	if err != nil {
		return nil, err
	}
	l.Insert(i, args[1])
	return None, nil
}

// seqIndexOrClamp converts an int argument that is clamped to a sequence
// anyway (list.insert), so huge ints are fine.
func seqIndexOrClamp(v Value) (int, error) {
	if b, ok := v.(*BigInt); ok {
		if b.v.Sign() < 0 {
			return -seqMaxInt, nil
		}
		return seqMaxInt, nil
	}
	return IndexInt(v)
}

func listRemove(th *Thread, l *List, args []Value, kwargs []KwArg) (Value, error) {
	if err := cOneArg("list.remove", args, kwargs); err != nil {
		return nil, err
	}
	// The search runs over a snapshot, so that items moved by other
	// threads meanwhile (an insert, remove or reverse) cannot make it skip
	// the one it looks for; removeAt then checks the item is still at that
	// index, and the search starts again from a new snapshot if not.
	var buf [16]Value
	for {
		var items []Value
		if sharing.Load() == 0 {
			items = l.items // one thread: no copy (removeAt still checks)
		} else {
			items = l.SnapshotInto(buf[:])
		}
		found := false
		for i, v := range items {
			eq, err := sameOrEqual(th, v, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				if l.removeAt(i, v) {
					return None, nil
				}
				found = true // moved by another thread: search again
				break
			}
		}
		if !found {
			return nil, NewError(ValueErrorType, "list.remove(x): x not in list")
		}
	}
}

func listPop(th *Thread, l *List, args []Value, kwargs []KwArg) (Value, error) {
	if err := cArgCount("pop", "list.pop", args, kwargs, 0, 1); err != nil {
		return nil, err
	}
	i := -1
	if len(args) == 1 {
		var err error
		if i, err = IndexInt(args[0]); err != nil {
			return nil, err
		}
	}
	return listPopAt(l, i)
}

// listPopAt is l.pop(i).
func listPopAt(l *List, i int) (Value, error) {
	v, ok := l.Pop(i)
	if !ok {
		if l.Len() == 0 {
			return nil, NewError(IndexErrorType, "pop from empty list")
		}
		return nil, NewError(IndexErrorType, "pop index out of range")
	}
	return v, nil
}

func listClear(th *Thread, l *List, args []Value, kwargs []KwArg) (Value, error) {
	if err := cNoArgs("list.clear", args, kwargs); err != nil {
		return nil, err
	}
	l.Clear()
	return None, nil
}

func listIndex(th *Thread, l *List, args []Value, kwargs []KwArg) (Value, error) {
	if err := cArgCount("index", "list.index", args, kwargs, 1, 3); err != nil {
		return nil, err
	}
	var buf [16]Value
	items := l.search(buf[:])
	lo, hi, err := seqSearchRange(args[1:], items.len(l))
	if err != nil {
		return nil, err
	}
	for i := lo; i < hi; i++ {
		v, ok := items.at(l, i)
		if !ok {
			break
		}
		eq, err := sameOrEqual(th, v, args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return MakeInt(int64(i)), nil
		}
	}
	r, err := Repr(th, args[0])
	if err != nil {
		return nil, err
	}
	return nil, NewError(ValueErrorType, "%s is not in list", r)
}

func listCount(th *Thread, l *List, args []Value, kwargs []KwArg) (Value, error) {
	if err := cOneArg("list.count", args, kwargs); err != nil {
		return nil, err
	}
	var buf [16]Value
	items := l.search(buf[:])
	n := 0
	for i := 0; ; i++ {
		v, ok := items.at(l, i)
		if !ok {
			break
		}
		eq, err := sameOrEqual(th, v, args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return MakeInt(int64(n)), nil
}

func listSort(th *Thread, l *List, args []Value, kwargs []KwArg) (Value, error) {
	if len(args) > 0 {
		return nil, NewError(TypeErrorType, "sort() takes no positional arguments")
	}
	key, reverse, err := sortKwargs("sort", kwargs)
	if err != nil {
		return nil, err
	}
	return None, l.Sort(th, key, reverse)
}

// sortKwargs parses the key= and reverse= arguments of sort/sorted.
func sortKwargs(fname string, kwargs []KwArg) (key Value, reverse bool, err error) {
	key = None
	for _, kw := range kwargs {
		switch kw.Name {
		case "key":
			key = kw.Value
		case "reverse":
			r, err := sortReverseFlag(kw.Value)
			if err != nil {
				return nil, false, err
			}
			reverse = r
		default:
			return nil, false, NewError(TypeErrorType, "'%s' is an invalid keyword argument for %s()", kw.Name, fname)
		}
	}
	return key, reverse, nil
}

// sortReverseFlag converts reverse= (CPython parses it as an int).
func sortReverseFlag(v Value) (bool, error) {
	if _, ok := v.(Float); ok {
		return false, NewError(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	if IsIntValue(v) {
		return Truthy(v), nil
	}
	n, err := IndexInt(v)
	return n != 0, err
}

// Sort is list.sort(key=key, reverse=reverse). With one thread, while it
// runs the list looks empty; a key function or comparison that modifies
// the list makes it fail with "list modified during sort" (CPython's
// behaviour). Once threads share data see sortShared.
func (l *List) Sort(th *Thread, key Value, reverse bool) error {
	if sharing.Load() != 0 {
		return l.sortShared(th, key, reverse)
	}
	items := l.swapOut()
	err := SortValues(th, items, key, reverse)
	modified := l.swapIn(items)
	if err == nil && modified {
		return NewError(ValueErrorType, "list modified during sort")
	}
	return err
}

// sortShared sorts a copy of the items and puts it in place only if the
// list still holds the items it copied (the same objects in the same
// order). Emptying the list for the sort, as with one thread, would make
// other threads' searches miss items that are in it, their pop and
// remove fail, and the items they add meanwhile be dropped by the swap
// back. A sort that raced with a change fails with "list modified during
// sort" and leaves the list as the other threads made it. Without a key,
// a list of ints, strs or floats sorts in place under the lock: those
// comparisons run no user code (in the lists kernel the two copies and
// the check cost a third of the sort's time).
func (l *List) sortShared(th *Thread, key Value, reverse bool) error {
	if key == nil || key == None {
		l.mu.Lock()
		done := sortPlain(l.items, reverse)
		l.mu.Unlock()
		if done {
			return nil
		}
	}
	orig := l.Snapshot()
	items := append([]Value(nil), orig...)
	if err := SortValues(th, items, key, reverse); err != nil {
		return err
	}
	l.mu.Lock()
	same := len(l.items) == len(orig)
	for i := 0; same && i < len(orig); i++ {
		same = sameObj(l.items[i], orig[i])
	}
	if same {
		l.items = items
	}
	l.mu.Unlock()
	if !same {
		return NewError(ValueErrorType, "list modified during sort")
	}
	return nil
}

func listReverse(th *Thread, l *List, args []Value, kwargs []KwArg) (Value, error) {
	if err := cNoArgs("list.reverse", args, kwargs); err != nil {
		return nil, err
	}
	l.Reverse()
	return None, nil
}

func listCopy(th *Thread, l *List, args []Value, kwargs []KwArg) (Value, error) {
	if err := cNoArgs("list.copy", args, kwargs); err != nil {
		return nil, err
	}
	return NewList(l.Snapshot()), nil
}
