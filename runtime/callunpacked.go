package runtime

// CallUnpacked is fn(*args, **kwargs) where args and kwargs are the
// Python values as given (kwargs None: no keywords), unpacked when the
// call is made, with CPython's errors: threading.Thread keeps its args
// and kwargs as passed and unpacks them in run(), so a mistake such as
// args=(1) (an int, not a tuple) fails in the new thread, not in the
// constructor.
func CallUnpacked(th *Thread, fn, args, kwargs Value) (Value, error) {
	if _, ok := args.(Iterable); !ok {
		return nil, NewError(TypeErrorType, "%s argument after * must be an iterable, not %s", FunctionStr(th, fn), TypeName(args))
	}
	pos, err := IterateAll(th, args)
	if err != nil {
		return nil, err
	}
	var kw []KwArg
	if kwargs != nil && kwargs != None {
		kw, err = unpackKwargs(th, fn, kwargs)
		if err != nil {
			return nil, err
		}
	}
	return Call(th, fn, pos, kw)
}

// unpackKwargs turns the mapping m of a **m into keyword arguments.
func unpackKwargs(th *Thread, fn, m Value) ([]KwArg, error) {
	d, ok := m.(*Dict)
	if !ok {
		keysFn, err := GetAttr(th, m, "keys")
		if err != nil {
			return nil, NewError(TypeErrorType, "%s argument after ** must be a mapping, not %s", FunctionStr(th, fn), TypeName(m))
		}
		ks, err := Call(th, keysFn, nil, nil)
		if err != nil {
			return nil, err
		}
		keys, err := IterateAll(th, ks)
		if err != nil {
			return nil, err
		}
		d = NewDict()
		for _, k := range keys {
			v, err := GetItem(th, m, k)
			if err != nil {
				return nil, err
			}
			if err := d.Set(th, k, v); err != nil {
				return nil, err
			}
		}
	}
	items := d.Items()
	kw := make([]KwArg, len(items))
	for i, kv := range items {
		k, ok := kv[0].(Str)
		if !ok {
			return nil, NewError(TypeErrorType, "keywords must be strings")
		}
		kw[i] = KwArg{Name: string(k), Value: kv[1]}
	}
	return kw, nil
}

// FunctionStr is how CPython names a callable in call errors
// (_PyObject_FunctionStr): "module.qualname()", or "qualname()" for a
// builtin, or str(fn) when fn has no __qualname__.
func FunctionStr(th *Thread, fn Value) string {
	q, err := GetAttr(th, fn, "__qualname__")
	qs, ok := q.(Str)
	if err != nil || !ok {
		s, err := ToStr(th, fn)
		if err != nil {
			return TypeName(fn) + " object"
		}
		return s
	}
	if m, err := GetAttr(th, fn, "__module__"); err == nil && m != None {
		if ms, ok := m.(Str); !ok || ms != "builtins" {
			s, err := ToStr(th, m)
			if err == nil {
				return s + "." + string(qs) + "()"
			}
		}
	}
	return string(qs) + "()"
}
