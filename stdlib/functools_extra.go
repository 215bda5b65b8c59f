package stdlib

import (
	"sync"

	rt "github.com/spindle-lang/spindle/runtime"
)

// functools additions: cached_property, singledispatch,
// singledispatchmethod, partialmethod, get_cache_token. They are added to
// the functools module made by functools.go.

var (
	cachedPropertyType, singledispatchMethodType, partialMethodType *rt.Type
	singledispatchType                                              = newModuleType("_SingleDispatchCallable", "functools")
)

// loadFunctoolsExtras adds this file's names to the functools module made by prev
// (registered in modules.go).
func loadFunctoolsExtras(prev func() *rt.Module) *rt.Module {
	setupFunctoolsExtraTypes()
	m := prev()
	m.Dict.SetStr("cached_property", cachedPropertyType)
	m.Dict.SetStr("singledispatchmethod", singledispatchMethodType)
	m.Dict.SetStr("partialmethod", partialMethodType)
	m.Dict.SetStr("singledispatch", rt.NewFunc("singledispatch", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var fn rt.Value
		if err := rt.UnpackArgs("singledispatch", args, kwargs, "func", &fn); err != nil {
			return nil, err
		}
		return newSingleDispatch(fn), nil
	}))
	m.Dict.SetStr("get_cache_token", rt.NewFunc("get_cache_token", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return rt.MakeInt(0), nil
	}))
	m.Dict.SetStr("recursive_repr", rt.NewFunc("recursive_repr", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return rt.NewFunc("decorating_function", func(th *rt.Thread, a []rt.Value, k []rt.KwArg) (rt.Value, error) {
			return a[0], nil
		}), nil
	}))
	return m
}

// functoolsExtraSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var functoolsExtraSetup sync.Once

func setupFunctoolsExtraTypes() { functoolsExtraSetup.Do(initFunctoolsExtraTypes) }

func initFunctoolsExtraTypes() {
	cachedPropertyType = goClass("cached_property", "functools", nil,
		"__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var fn rt.Value
			if err := rt.UnpackArgs("cached_property", args, kwargs, "func", &fn); err != nil {
				return nil, err
			}
			doc, _ := rt.GetAttr(th, fn, "__doc__")
			setAttrs(th, self, "func", fn, "attrname", rt.None, "__doc__", dtOrNone(doc))
			return rt.None, nil
		}),
		"__set_name__", meth("__set_name__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) == 2 {
				return rt.None, rt.SetAttr(th, self, "attrname", args[1])
			}
			return rt.None, nil
		}),
		"__get__", meth("__get__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) == 0 || args[0] == rt.None {
				return self, nil
			}
			obj := args[0]
			name := attrOf(th, self, "attrname")
			if name == rt.None {
				return nil, rt.NewError(rt.TypeErrorType, "Cannot use cached_property instance without calling __set_name__ on it.")
			}
			v, err := rt.Call(th, attrOf(th, self, "func"), []rt.Value{obj}, nil)
			if err != nil {
				return nil, err
			}
			if inst, ok := obj.(*rt.Instance); ok {
				inst.Dict().Set(th, name, v)
				return v, nil
			}
			n, _ := rt.ToStr(th, name)
			return v, rt.SetAttr(th, obj, n, v)
		}),
	)
	singledispatchType.AddMethods(
		rt.NewMethod("register", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return self.(*singleDispatch).register(th, args, kwargs)
		}),
		rt.NewMethod("dispatch", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			t, ok := args[0].(*rt.Type)
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "dispatch() argument must be a class")
			}
			return self.(*singleDispatch).dispatch(t), nil
		}),
	)
	singledispatchMethodType = goClass("singledispatchmethod", "functools", nil,
		"__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, rt.SetAttr(th, self, "dispatcher", newSingleDispatch(args[0]))
		}),
		"register", meth("register", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return attrOf(th, self, "dispatcher").(*singleDispatch).register(th, args, kwargs)
		}),
		"__get__", meth("__get__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d := attrOf(th, self, "dispatcher").(*singleDispatch)
			obj := args[0]
			return rt.NewFunc(d.name(th), func(th *rt.Thread, a []rt.Value, kw []rt.KwArg) (rt.Value, error) {
				if len(a) == 0 {
					return nil, rt.NewError(rt.TypeErrorType, "%s requires at least 1 positional argument", d.name(th))
				}
				fn := d.dispatch(a[0].Type())
				if obj == rt.None {
					return rt.Call(th, fn, a, kw)
				}
				bound, err := rt.BindAttr(th, fn, obj)
				if err != nil {
					return nil, err
				}
				return rt.Call(th, bound, a, kw)
			}), nil
		}),
	)
	partialMethodType = goClass("partialmethod", "functools", nil,
		"__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) == 0 {
				return nil, rt.NewError(rt.TypeErrorType, "partialmethod() missing 1 required positional argument: 'func'")
			}
			kw := rt.NewDict()
			for _, k := range kwargs {
				kw.SetStr(k.Name, k.Value)
			}
			setAttrs(th, self, "func", args[0], "args", rt.NewTuple(append([]rt.Value(nil), args[1:]...)), "keywords", kw)
			return rt.None, nil
		}),
		"__get__", meth("__get__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			fn := attrOf(th, self, "func")
			pre := attrOf(th, self, "args").(*rt.Tuple).Items
			kw := attrOf(th, self, "keywords").(*rt.Dict)
			obj := args[0]
			return rt.NewFunc("partialmethod", func(th *rt.Thread, a []rt.Value, k []rt.KwArg) (rt.Value, error) {
				all := append([]rt.Value(nil), pre...)
				if obj != rt.None {
					all = append([]rt.Value{obj}, all...)
				}
				all = append(all, a...)
				var kws []rt.KwArg
				for _, kv := range kw.Items() {
					kws = append(kws, rt.KwArg{Name: string(kv[0].(rt.Str)), Value: kv[1]})
				}
				kws = append(kws, k...)
				return rt.Call(th, fn, all, kws)
			}), nil
		}),
	)
}

// singleDispatch is a @singledispatch function.
type singleDispatch struct {
	mu       sync.Mutex
	fn       rt.Value
	registry *rt.Dict // type -> implementation
	order    []*rt.Type
}

func newSingleDispatch(fn rt.Value) *singleDispatch {
	d := &singleDispatch{fn: fn, registry: rt.NewDict()}
	d.registry.Set(nil, rt.ObjectType, fn)
	d.order = []*rt.Type{rt.ObjectType}
	return d
}

func (*singleDispatch) Type() *rt.Type { return singledispatchType }

func (d *singleDispatch) name(th *rt.Thread) string {
	n, err := rt.GetAttr(th, d.fn, "__name__")
	if err != nil || n == nil {
		return "singledispatch function"
	}
	s, _ := rt.ToStr(th, n)
	return s
}

func (d *singleDispatch) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "registry":
		d.mu.Lock()
		defer d.mu.Unlock()
		return d.registry.Copy(), nil
	case "__wrapped__":
		return d.fn, nil
	case "__name__", "__qualname__", "__doc__", "__module__":
		return rt.GetAttr(th, d.fn, name)
	}
	return nil, nil
}

func (d *singleDispatch) Call(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(args) == 0 {
		return nil, rt.NewError(rt.TypeErrorType, "%s requires at least 1 positional argument", d.name(th))
	}
	return rt.Call(th, d.dispatch(args[0].Type()), args, kwargs)
}

// dispatch finds the implementation for cls: the first class of its MRO
// with one, else a registered ABC it matches.
func (d *singleDispatch) dispatch(cls *rt.Type) rt.Value {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, t := range cls.MRO() {
		if t == rt.ObjectType {
			break
		}
		if v, ok, _ := d.registry.Get(nil, t); ok {
			return v
		}
	}
	for _, t := range d.order {
		if t == rt.ObjectType {
			continue
		}
		if m, ok := hookedSubclass(cls, t); ok && m {
			v, _, _ := d.registry.Get(nil, t)
			return v
		}
	}
	v, _, _ := d.registry.Get(nil, rt.ObjectType)
	return v
}

func (d *singleDispatch) add(t *rt.Type, fn rt.Value) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.registry.Set(nil, t, fn)
	d.order = append(d.order, t)
}

func (d *singleDispatch) register(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(args) == 0 {
		return nil, rt.NewError(rt.TypeErrorType, "register() missing 1 required positional argument: 'cls'")
	}
	if t, ok := args[0].(*rt.Type); ok {
		if len(args) > 1 {
			d.add(t, args[1])
			return args[1], nil
		}
		return rt.NewFunc("register", func(th *rt.Thread, a []rt.Value, k []rt.KwArg) (rt.Value, error) {
			d.add(t, a[0])
			return a[0], nil
		}), nil
	}
	// register(func): the type is the annotation of the first parameter.
	fn := args[0]
	ann, err := rt.GetAttr(th, fn, "__annotations__")
	if err != nil {
		return nil, rt.NewError(rt.TypeErrorType, "Invalid first argument to `register()`: %s. Use either `@register(some_class)` or plain `@register` on an annotated function.", mustRepr(fn))
	}
	ad, ok := ann.(*rt.Dict)
	if ok {
		for _, kv := range ad.Items() {
			if k, _ := kv[0].(rt.Str); k == "return" {
				continue
			}
			if t, ok := kv[1].(*rt.Type); ok {
				d.add(t, fn)
				return fn, nil
			}
			break
		}
	}
	return nil, rt.NewError(rt.TypeErrorType, "Invalid first argument to `register()`: %s. Use either `@register(some_class)` or plain `@register` on an annotated function.", mustRepr(fn))
}
