package runtime

// The methods of set and frozenset, and their constructors.

func init() {
	SetType.New = func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		return setNewValue(th, "set", args, kwargs, false)
	}
	FrozenSetType.New = func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		return setNewValue(th, "frozenset", args, kwargs, true)
	}
	// Methods shared by set and frozenset.
	for _, t := range []*Type{SetType, FrozenSetType} {
		tn := t.Name()
		m := func(name string, fn func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error)) *Builtin {
			return typedMethod(tn, name, fn)
		}
		t.AddMethods(
			m("copy", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
				if err := cNoArgs(tn+".copy", args, kwargs); err != nil {
					return nil, err
				}
				if s.Frozen {
					return s, nil
				}
				return s.copySet(false), nil
			}),
			m("union", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
				if err := cNoKwargs(tn+".union", kwargs); err != nil {
					return nil, err
				}
				return s.union(th, args...)
			}),
			m("intersection", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
				if err := cNoKwargs(tn+".intersection", kwargs); err != nil {
					return nil, err
				}
				r := s
				if len(args) == 0 {
					return s.copySet(s.Frozen), nil
				}
				for _, o := range args {
					var err error
					if r, err = r.intersection(th, o); err != nil {
						return nil, err
					}
				}
				return r, nil
			}),
			m("difference", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
				if err := cNoKwargs(tn+".difference", kwargs); err != nil {
					return nil, err
				}
				if len(args) == 0 {
					return s.copySet(s.Frozen), nil
				}
				r, err := s.difference(th, args[0])
				if err != nil {
					return nil, err
				}
				for _, o := range args[1:] {
					if err := r.differenceUpdate(th, o); err != nil {
						return nil, err
					}
				}
				return r, nil
			}),
			m("symmetric_difference", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
				if err := cOneArg(tn+".symmetric_difference", args, kwargs); err != nil {
					return nil, err
				}
				return s.symmetricDifference(th, args[0])
			}),
			m("issubset", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
				if err := cOneArg(tn+".issubset", args, kwargs); err != nil {
					return nil, err
				}
				o, err := setFromAny(th, args[0])
				if err != nil {
					return nil, err
				}
				r, err := s.isSubset(th, o)
				return Bool(r), err
			}),
			m("issuperset", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
				if err := cOneArg(tn+".issuperset", args, kwargs); err != nil {
					return nil, err
				}
				o, err := setFromAny(th, args[0])
				if err != nil {
					return nil, err
				}
				r, err := o.isSubset(th, s)
				return Bool(r), err
			}),
			m("isdisjoint", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
				if err := cOneArg(tn+".isdisjoint", args, kwargs); err != nil {
					return nil, err
				}
				r, err := setIsDisjoint(th, s.Has, args[0])
				return Bool(r), err
			}),
			m("__contains__", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
				if err := cOneArg(tn+".__contains__", args, kwargs); err != nil {
					return nil, err
				}
				r, err := s.Contains(th, args[0])
				return Bool(r), err
			}),
			m("__len__", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
				if err := cNoArgs(tn+".__len__", args, kwargs); err != nil {
					return nil, err
				}
				return MakeInt(int64(s.Len())), nil
			}),
			m("__iter__", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
				if err := cNoArgs(tn+".__iter__", args, kwargs); err != nil {
					return nil, err
				}
				it, _ := s.Iter(th)
				return it.(Value), nil
			}),
		)
	}
	m := func(name string, fn func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error)) *Builtin {
		return typedMethod("set", name, fn)
	}
	SetType.AddMethods(
		Method1(m("add", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg("set.add", args, kwargs); err != nil {
				return nil, err
			}
			return None, s.Add(th, args[0])
		}), func(th *Thread, s *Set, v Value) (Value, error) { return None, s.Add(th, v) }),
		m("discard", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg("set.discard", args, kwargs); err != nil {
				return nil, err
			}
			_, err := s.removeKey(th, args[0])
			return None, err
		}),
		m("remove", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg("set.remove", args, kwargs); err != nil {
				return nil, err
			}
			ok, err := s.removeKey(th, args[0])
			if err == nil && !ok {
				return nil, NewException(KeyErrorType, args[0])
			}
			return None, err
		}),
		m("pop", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("set.pop", args, kwargs); err != nil {
				return nil, err
			}
			v, ok := s.pop()
			if !ok {
				return nil, NewError(KeyErrorType, "pop from an empty set")
			}
			return v, nil
		}),
		m("clear", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("set.clear", args, kwargs); err != nil {
				return nil, err
			}
			s.Clear()
			return None, nil
		}),
		m("update", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoKwargs("set.update", kwargs); err != nil {
				return nil, err
			}
			for _, o := range args {
				if err := s.updateFrom(th, o); err != nil {
					return nil, err
				}
			}
			return None, nil
		}),
		m("intersection_update", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoKwargs("set.intersection_update", kwargs); err != nil {
				return nil, err
			}
			r := s
			for _, o := range args {
				var err error
				if r, err = r.intersection(th, o); err != nil {
					return nil, err
				}
			}
			if r != s {
				s.swapBodies(r)
			}
			return None, nil
		}),
		m("difference_update", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoKwargs("set.difference_update", kwargs); err != nil {
				return nil, err
			}
			for _, o := range args {
				if err := s.differenceUpdate(th, o); err != nil {
					return nil, err
				}
			}
			return None, nil
		}),
		m("symmetric_difference_update", func(th *Thread, s *Set, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg("set.symmetric_difference_update", args, kwargs); err != nil {
				return nil, err
			}
			return None, s.symmetricDifferenceUpdate(th, args[0])
		}),
	)
}

// removeKey is Remove, but an unhashable set argument is looked up as the
// equivalent frozenset (CPython's discard/remove do this).
func (s *Set) removeKey(th *Thread, v Value) (bool, error) {
	ok, err := s.Remove(th, v)
	if err != nil {
		if t, isSet := v.(*Set); isSet && !t.Frozen && IsExc(err, TypeErrorType) {
			return s.Remove(th, t.copySet(true))
		}
	}
	return ok, err
}

// setIsDisjoint reports whether no item of other satisfies has.
func setIsDisjoint(th *Thread, has func(*Thread, Value) (bool, error), other Value) (bool, error) {
	it, err := IterWhole(th, other)
	if err != nil {
		return false, err
	}
	for {
		v, ok, err := it.Next(th)
		if err != nil {
			return false, err
		}
		if !ok {
			return true, nil
		}
		in, err := has(th, v)
		if err != nil || in {
			return false, err
		}
	}
}

func setNewValue(th *Thread, name string, args []Value, kwargs []KwArg, frozen bool) (Value, error) {
	if err := cArgCount(name, name, args, kwargs, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return &Set{Frozen: frozen}, nil
	}
	if s, ok := args[0].(*Set); ok && frozen && s.Frozen {
		return s, nil
	}
	s, err := NewSetFrom(th, args[0], frozen)
	if err != nil {
		return nil, err
	}
	return s, nil
}
