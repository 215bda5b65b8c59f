package stdlib

import (
	"sort"
	"strings"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The abc module. ABC's __init_subclass__ computes the class's abstract
// methods (names whose value, anywhere in the MRO, is marked by
// @abstractmethod and not overridden by a concrete one) into
// __abstractmethods__ and wraps the class's constructor so that
// instantiating a class with abstract methods raises CPython 3.11's
// TypeError. ABCMeta is a metaclass (a subclass of type) whose __init__
// does the same for classes written `class X(metaclass=ABCMeta)` and
// their subclasses; register() and isinstance of registered virtual
// subclasses work for both.

var abcType, abcMetaType *rt.Type

func init() {
	abcType = goClass("ABC", "abc", nil,
		"__init_subclass__", classMeth("__init_subclass__", abcInitSubclass),
		"register", classMeth("register", func(th *rt.Thread, cls rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var sub rt.Value
			if err := rt.UnpackArgs("register", args, kwargs, "subclass", &sub); err != nil {
				return nil, err
			}
			st, ok := sub.(*rt.Type)
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "Can only register classes")
			}
			registerVirtual(cls.(*rt.Type), st)
			return sub, nil
		}),
	)
	abcType.Dict.SetStr("__abstractmethods__", rt.NewTuple(nil))
	abcMetaType = goClass("ABCMeta", "abc", []*rt.Type{rt.TypeType},
		"__init__", meth("__init__", func(th *rt.Thread, cls rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return abcInitSubclass(th, cls, nil, nil)
		}),
		"register", meth("register", func(th *rt.Thread, cls rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var sub rt.Value
			if err := rt.UnpackArgs("register", args, kwargs, "subclass", &sub); err != nil {
				return nil, err
			}
			st, ok := sub.(*rt.Type)
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "Can only register classes")
			}
			registerVirtual(cls.(*rt.Type), st)
			return sub, nil
		}),
	)
	rt.RegisterModule("abc", func() *rt.Module {
		m := rt.NewModule("abc")
		m.Dict.SetStr("ABC", abcType)
		m.Dict.SetStr("ABCMeta", abcMetaType)
		m.Dict.SetStr("abstractmethod", rt.NewFunc("abstractmethod", abcAbstractMethod))
		for _, n := range []string{"abstractproperty", "abstractclassmethod", "abstractstaticmethod"} {
			m.Dict.SetStr(n, rt.NewFunc(n, abcAbstractMethod))
		}
		m.Dict.SetStr("get_cache_token", rt.NewFunc("get_cache_token", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.MakeInt(0), nil
		}))
		return m
	})
}

func abcAbstractMethod(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var fn rt.Value
	if err := rt.UnpackArgs("abstractmethod", args, kwargs, "funcobj", &fn); err != nil {
		return nil, err
	}
	if err := rt.SetAttr(th, fn, "__isabstractmethod__", rt.True); err != nil {
		// Values that take no attributes (built-ins) cannot be abstract.
		return fn, nil
	}
	return fn, nil
}

// isAbstract reports whether a class attribute is an abstract method.
func isAbstract(th *rt.Thread, v rt.Value) bool {
	switch x := v.(type) {
	case *rt.Property:
		for _, f := range []rt.Value{x.Get, x.Set, x.Del} {
			if f != nil && isAbstract(th, f) {
				return true
			}
		}
		return false
	case *rt.StaticMethod:
		return isAbstract(th, x.Fn)
	case *rt.ClassMethod:
		return isAbstract(th, x.Fn)
	case rt.Int, rt.Str, rt.Float, rt.Bool, *rt.Tuple, *rt.List, *rt.Dict:
		return false
	}
	if v == rt.None {
		return false
	}
	a, err := rt.GetAttr(th, v, "__isabstractmethod__")
	if err != nil {
		return false
	}
	return rt.Truthy(a)
}

func abcInitSubclass(th *rt.Thread, clsV rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	cls := clsV.(*rt.Type)
	seen := map[string]bool{}
	var abstract []string
	for _, t := range cls.MRO() {
		for _, k := range t.Dict.Keys() {
			name, ok := k.(rt.Str)
			if !ok || seen[string(name)] {
				continue
			}
			seen[string(name)] = true
			v, _ := t.Dict.GetStr(string(name))
			if isAbstract(th, v) {
				abstract = append(abstract, string(name))
			}
		}
	}
	sort.Strings(abstract)
	vals := make([]rt.Value, len(abstract))
	for i, n := range abstract {
		vals[i] = rt.Str(n)
	}
	fs, err := rt.Call(th, rt.FrozenSetType, []rt.Value{rt.NewList(vals)}, nil)
	if err != nil {
		return nil, err
	}
	if err := rt.SetAttr(th, cls, "__abstractmethods__", fs); err != nil {
		return nil, err
	}
	if len(abstract) > 0 {
		orig := cls.New
		cls.New = func(th *rt.Thread, c *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if c == cls {
				s := "s"
				if len(abstract) == 1 {
					s = ""
				}
				return nil, rt.NewError(rt.TypeErrorType, "Can't instantiate abstract class %s with abstract method%s %s", cls.Name(), s, strings.Join(abstract, ", "))
			}
			return orig(th, c, args, kwargs)
		}
	}
	return rt.None, nil
}
