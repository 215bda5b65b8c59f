package runtime

// The methods of dict and dict(...).

func init() {
	DictType.New = dictNew
	m := func(name string, fn func(th *Thread, d *Dict, args []Value, kwargs []KwArg) (Value, error)) *Builtin {
		return typedMethod("dict", name, fn)
	}
	DictType.AddMethods(
		Method2(Method1(m("get", func(th *Thread, d *Dict, args []Value, kwargs []KwArg) (Value, error) {
			if err := cArgCount("get", "dict.get", args, kwargs, 1, 2); err != nil {
				return nil, err
			}
			v, ok, err := d.Get(th, args[0])
			if err != nil {
				return nil, err
			}
			if !ok {
				if len(args) == 2 {
					return args[1], nil
				}
				return None, nil
			}
			return v, nil
		}), func(th *Thread, d *Dict, k Value) (Value, error) {
			v, ok, err := d.Get(th, k)
			if err != nil || ok {
				return v, err
			}
			return None, nil
		}), func(th *Thread, d *Dict, k, def Value) (Value, error) {
			v, ok, err := d.Get(th, k)
			if err != nil || ok {
				return v, err
			}
			return def, nil
		}),
		Method2(m("setdefault", func(th *Thread, d *Dict, args []Value, kwargs []KwArg) (Value, error) {
			if err := cArgCount("setdefault", "dict.setdefault", args, kwargs, 1, 2); err != nil {
				return nil, err
			}
			def := Value(None)
			if len(args) == 2 {
				def = args[1]
			}
			return d.SetDefault(th, args[0], def)
		}), func(th *Thread, d *Dict, k, def Value) (Value, error) {
			return d.SetDefault(th, k, def)
		}),
		m("pop", func(th *Thread, d *Dict, args []Value, kwargs []KwArg) (Value, error) {
			if err := cArgCount("pop", "dict.pop", args, kwargs, 1, 2); err != nil {
				return nil, err
			}
			v, ok, err := d.Delete(th, args[0])
			if err != nil {
				return nil, err
			}
			if !ok {
				if len(args) == 2 {
					return args[1], nil
				}
				return nil, NewException(KeyErrorType, args[0])
			}
			return v, nil
		}),
		m("popitem", func(th *Thread, d *Dict, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("dict.popitem", args, kwargs); err != nil {
				return nil, err
			}
			k, v, ok := d.popLast()
			if !ok {
				return nil, NewError(KeyErrorType, "popitem(): dictionary is empty")
			}
			return NewTuple([]Value{k, v}), nil
		}),
		m("update", func(th *Thread, d *Dict, args []Value, kwargs []KwArg) (Value, error) {
			if len(args) > 1 {
				return nil, NewError(TypeErrorType, "update expected at most 1 argument, got %d", len(args))
			}
			if len(args) == 1 {
				if err := d.Update(th, args[0]); err != nil {
					return nil, err
				}
			}
			d.updateKwargs(kwargs)
			return None, nil
		}),
		m("clear", func(th *Thread, d *Dict, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("dict.clear", args, kwargs); err != nil {
				return nil, err
			}
			d.Clear()
			return None, nil
		}),
		m("copy", func(th *Thread, d *Dict, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("dict.copy", args, kwargs); err != nil {
				return nil, err
			}
			return d.Copy(), nil
		}),
		m("keys", func(th *Thread, d *Dict, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("dict.keys", args, kwargs); err != nil {
				return nil, err
			}
			return &DictView{d: d, kind: dictIterKeys}, nil
		}),
		m("values", func(th *Thread, d *Dict, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("dict.values", args, kwargs); err != nil {
				return nil, err
			}
			return &DictView{d: d, kind: dictIterValues}, nil
		}),
		m("items", func(th *Thread, d *Dict, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("dict.items", args, kwargs); err != nil {
				return nil, err
			}
			return &DictView{d: d, kind: dictIterItems}, nil
		}),

		m("__setitem__", func(th *Thread, d *Dict, args []Value, kwargs []KwArg) (Value, error) {
			if err := cArgCount("__setitem__", "dict.__setitem__", args, kwargs, 2, 2); err != nil {
				return nil, err
			}
			return None, d.Set(th, args[0], args[1])
		}),
		m("__delitem__", func(th *Thread, d *Dict, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg("dict.__delitem__", args, kwargs); err != nil {
				return nil, err
			}
			return None, d.SetItem(th, args[0], nil)
		}),
		m("__contains__", func(th *Thread, d *Dict, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg("dict.__contains__", args, kwargs); err != nil {
				return nil, err
			}
			ok, err := d.Contains(th, args[0])
			return Bool(ok), err
		}),
		m("__len__", func(th *Thread, d *Dict, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("dict.__len__", args, kwargs); err != nil {
				return nil, err
			}
			return MakeInt(int64(d.Len())), nil
		}),
		m("__iter__", func(th *Thread, d *Dict, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("dict.__iter__", args, kwargs); err != nil {
				return nil, err
			}
			return newDictIterator(d, dictIterKeys, false), nil
		}),
		m("__reversed__", func(th *Thread, d *Dict, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("dict.__reversed__", args, kwargs); err != nil {
				return nil, err
			}
			return d.Reversed(), nil
		}),
	)
	DictType.AddMethods(&Builtin{Name: "__getitem__", Method: true, KeepInstance: true, Fn: dictSubscript})
	// fromkeys is a class method: a plain function in the type's dict, so
	// dict.fromkeys(...) and d.fromkeys(...) both work.
	DictType.AddMethods(NewFunc("fromkeys", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
		if err := cArgCount("fromkeys", "dict.fromkeys", args, kwargs, 1, 2); err != nil {
			return nil, err
		}
		v := Value(None)
		if len(args) == 2 {
			v = args[1]
		}
		d := NewDict()
		if src, ok := args[0].(*Dict); ok {
			for _, k := range src.Keys() {
				if err := d.Set(th, k, v); err != nil {
					return nil, err
				}
			}
			return d, nil
		}
		it, err := Iter(th, args[0])
		if err != nil {
			return nil, err
		}
		for {
			k, ok, err := it.Next(th)
			if err != nil {
				return nil, err
			}
			if !ok {
				return d, nil
			}
			if err := d.Set(th, k, v); err != nil {
				return nil, err
			}
		}
	}))
}

// SetDefault is d.setdefault(key, def): the value for key, inserting def
// first when key is absent.
func (d *Dict) SetDefault(th *Thread, key, def Value) (Value, error) {
	h, err := dictHashKey(th, key)
	if err != nil {
		return nil, err
	}
	k := d.lock()
	defer func() { d.unlock(k) }()
	_, pos, k2, err := d.lookup(th, key, h, k)
	k = k2
	if err != nil {
		return nil, err
	}
	if pos >= 0 {
		return d.entries[pos].value, nil
	}
	d.insertNew(h, key, def)
	return def, nil
}

// dictNew is dict(), dict(mapping or pairs), dict(**kwargs).
func dictNew(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
	if len(args) > 1 {
		return nil, NewError(TypeErrorType, "dict expected at most 1 argument, got %d", len(args))
	}
	d := NewDict()
	if len(args) == 1 {
		if err := d.Update(th, args[0]); err != nil {
			return nil, err
		}
	}
	d.updateKwargs(kwargs)
	return d, nil
}

// dictSubscript is dict.__getitem__: on an instance of a dict subclass
// (super().__getitem__(k) in an override) a missing key goes to the
// subclass's __missing__, as CPython's dict_subscript does.
func dictSubscript(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
	if err := cOneArg("dict.__getitem__", args, kwargs); err != nil {
		return nil, err
	}
	switch x := self.(type) {
	case *Dict:
		return x.GetItem(th, args[0])
	case *Instance:
		if d, ok := x.BaseValue().(*Dict); ok {
			v, found, err := d.Get(th, args[0])
			if err != nil || found {
				return v, err
			}
			if m := x.Type().Lookup("__missing__"); m != nil {
				fn, err := BindAttr(th, m, x)
				if err != nil {
					return nil, err
				}
				return Call(th, fn, []Value{args[0]}, nil)
			}
			return nil, NewException(KeyErrorType, args[0])
		}
	}
	return nil, NewError(TypeErrorType, "descriptor '__getitem__' for 'dict' objects doesn't apply to a '%s' object", TypeName(self))
}
