package stdlib

import (
	"os"
	"sync"

	rt "github.com/spindle-lang/spindle/runtime"
)

// os.environ: a dict subclass (CPython's is a MutableMapping named
// _Environ) over the dict osEnviron(), built at import from the process
// environment. Every change through the mapping — item assignment, del,
// pop, popitem, clear, update, setdefault — also calls setenv/unsetenv,
// so Go code in the process (and children started without env=) see it.
// Keys and values must be str, as in CPython.

// environClass is _Environ, made on the os module's first import.
var environClass = sync.OnceValue(newEnvironClass)

func newEnvironClass() *rt.Type {
	return goClass("_Environ", "os", []*rt.Type{rt.DictType},
		"__setitem__", meth("__setitem__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var k, v rt.Value
			if err := rt.UnpackArgs("__setitem__", args, kwargs, "key", &k, "value", &v); err != nil {
				return nil, err
			}
			return rt.None, environSet(th, self, k, v)
		}),
		"__delitem__", meth("__delitem__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var k rt.Value
			if err := rt.UnpackArgs("__delitem__", args, kwargs, "key", &k); err != nil {
				return nil, err
			}
			if _, ok, err := environDel(th, self, k); err != nil || !ok {
				if err == nil {
					err = rt.NewException(rt.KeyErrorType, k)
				}
				return nil, err
			}
			return rt.None, nil
		}),
		"pop", meth("pop", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var k, def rt.Value
			if err := rt.UnpackArgs("pop", args, kwargs, "key", &k, "default?", &def); err != nil {
				return nil, err
			}
			v, ok, err := environDel(th, self, k)
			switch {
			case err != nil:
				return nil, err
			case ok:
				return v, nil
			case def != nil:
				return def, nil
			}
			return nil, rt.NewException(rt.KeyErrorType, k)
		}),
		"popitem", meth("popitem", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("popitem", args, kwargs); err != nil {
				return nil, err
			}
			keys := baseDict(self).Keys()
			if len(keys) == 0 {
				return nil, rt.NewError(rt.KeyErrorType, "popitem(): dictionary is empty")
			}
			k := keys[len(keys)-1]
			v, _, err := environDel(th, self, k)
			if err != nil {
				return nil, err
			}
			return rt.NewTuple([]rt.Value{k, v}), nil
		}),
		"clear", meth("clear", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("clear", args, kwargs); err != nil {
				return nil, err
			}
			for _, k := range baseDict(self).Keys() {
				if _, _, err := environDel(th, self, k); err != nil {
					return nil, err
				}
			}
			return rt.None, nil
		}),
		"update", meth("update", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) > 1 {
				return nil, rt.NewError(rt.TypeErrorType, "update expected at most 1 argument, got %d", len(args))
			}
			tmp := rt.NewDict()
			if err := dictInitInto(th, tmp, "update", args, kwargs); err != nil {
				return nil, err
			}
			for _, kv := range tmp.Items() {
				if err := environSet(th, self, kv[0], kv[1]); err != nil {
					return nil, err
				}
			}
			return rt.None, nil
		}),
		"setdefault", meth("setdefault", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var k, def rt.Value
			if err := rt.UnpackArgs("setdefault", args, kwargs, "key", &k, "default", &def); err != nil {
				return nil, err
			}
			if v, ok, err := baseDict(self).Get(th, k); err != nil || ok {
				return v, err
			}
			return def, environSet(th, self, k, def)
		}),
		"copy", meth("copy", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("copy", args, kwargs); err != nil {
				return nil, err
			}
			return baseDict(self).Copy(), nil
		}),
		"__repr__", meth("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			s, err := rt.Repr(th, baseDict(self))
			if err != nil {
				return nil, err
			}
			return rt.Str("environ(" + s + ")"), nil
		}),
	)
}

// environStr checks that an environ key or value is a str.
func environStr(v rt.Value) (string, error) {
	s, ok := v.(rt.Str)
	if !ok {
		return "", rt.NewError(rt.TypeErrorType, "str expected, not %s", rt.TypeName(v))
	}
	return string(s), nil
}

// environSet is os.environ[k] = v: setenv, then the mapping.
func environSet(th *rt.Thread, self, k, v rt.Value) error {
	ks, err := environStr(k)
	if err != nil {
		return err
	}
	vs, err := environStr(v)
	if err != nil {
		return err
	}
	if err := os.Setenv(ks, vs); err != nil {
		return rt.NewError(rt.ValueErrorType, "illegal environment variable name")
	}
	return baseDict(self).SetItem(th, k, v)
}

// environDel removes k from the mapping and the process environment.
func environDel(th *rt.Thread, self, k rt.Value) (rt.Value, bool, error) {
	ks, err := environStr(k)
	if err != nil {
		return nil, false, err
	}
	v, ok, err := baseDict(self).Delete(th, k)
	if err == nil && ok {
		os.Unsetenv(ks)
	}
	return v, ok, err
}
