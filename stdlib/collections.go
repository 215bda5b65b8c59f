package stdlib

import (
	"strings"
	"sync"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The collections module. deque and ChainMap are Go types (their state is
// Go data behind a mutex); defaultdict, Counter and OrderedDict are classes
// deriving from dict built with runtime.BuildClass (collections_class.go),
// so the dict machinery (hashing, views, iteration) is dict's own and
// programs may subclass them; namedtuple builds a tuple subclass per call
// (collections_namedtuple.go).

var (
	dequeType    = newModuleType("deque", "collections")
	chainMapType = newModuleType("ChainMap", "collections")

	defaultdictType *rt.Type
	counterType     *rt.Type
	orderedDictType *rt.Type
)

// loadCollectionsModule makes the collections module (registered in modules.go).
func loadCollectionsModule() *rt.Module {
	setupCollectionsTypes()
	return newCollectionsModule()
}

// collectionsSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported (typing's setup
// sets it up for its aliases).
var collectionsSetup sync.Once

func setupCollectionsTypes() { collectionsSetup.Do(initCollectionsTypes) }

func initCollectionsTypes() {
	initDeque()
	initChainMap()
	defaultdictType = newDefaultdictClass()
	counterType = newCounterClass()
	orderedDictType = newOrderedDictClass()
}

func newCollectionsModule() *rt.Module {
	m := rt.NewModule("collections")
	m.Dict.SetStr("deque", dequeType)
	m.Dict.SetStr("ChainMap", chainMapType)
	m.Dict.SetStr("defaultdict", defaultdictType)
	m.Dict.SetStr("Counter", counterType)
	m.Dict.SetStr("OrderedDict", orderedDictType)
	m.Dict.SetStr("namedtuple", rt.NewFunc("namedtuple", collectionsNamedtuple))
	abc := collectionsAbcModule()
	m.Dict.SetStr("abc", abc)
	return m
}

// ---- defaultdict ----

func newDefaultdictClass() *rt.Type {
	return goClass("defaultdict", "collections", []*rt.Type{rt.DictType},
		"__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var factory rt.Value = rt.None
			if len(args) > 0 {
				factory = args[0]
				args = args[1:]
			}
			if factory != rt.None {
				if !isCallable(factory) {
					return nil, rt.NewError(rt.TypeErrorType, "first argument must be callable or None")
				}
			}
			if err := rt.SetAttr(th, self, "default_factory", factory); err != nil {
				return nil, err
			}
			return rt.None, dictInitInto(th, baseDict(self), "defaultdict", args, kwargs)
		}),
		"__missing__", meth("__missing__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var key rt.Value
			if err := rt.UnpackArgs("__missing__", args, kwargs, "key", &key); err != nil {
				return nil, err
			}
			f, err := rt.GetAttr(th, self, "default_factory")
			if err != nil {
				return nil, err
			}
			if f == rt.None {
				return nil, rt.NewException(rt.KeyErrorType, key)
			}
			v, err := call0(th, f)
			if err != nil {
				return nil, err
			}
			if err := rt.SetItem(th, self, key, v); err != nil {
				return nil, err
			}
			return v, nil
		}),
		"__repr__", meth("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			f, err := rt.GetAttr(th, self, "default_factory")
			if err != nil {
				return nil, err
			}
			fs, err := rt.Repr(th, f)
			if err != nil {
				return nil, err
			}
			ds, err := rt.Repr(th, baseDict(self))
			if err != nil {
				return nil, err
			}
			return rt.Str(clsName(self) + "(" + fs + ", " + ds + ")"), nil
		}),
		"copy", meth("copy", defaultdictCopy),
		"fromkeys", classMeth("fromkeys", dictSubclassFromkeys),
		"__copy__", meth("__copy__", defaultdictCopy),
	)
}

func defaultdictCopy(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	f, err := rt.GetAttr(th, self, "default_factory")
	if err != nil {
		return nil, err
	}
	return rt.Call(th, self.Type(), []rt.Value{f, baseDict(self).Copy()}, nil)
}

// dictInitInto is dict.__init__(d, *args, **kwargs).
func dictInitInto(th *rt.Thread, d *rt.Dict, name string, args []rt.Value, kwargs []rt.KwArg) error {
	if len(args) > 1 {
		return rt.NewError(rt.TypeErrorType, "%s expected at most 1 argument, got %d", name, len(args))
	}
	if len(args) == 1 {
		if err := d.Update(th, instBase(args[0])); err != nil {
			return err
		}
	}
	for _, kw := range kwargs {
		d.SetStr(kw.Name, kw.Value)
	}
	return nil
}

// ---- OrderedDict ----

func newOrderedDictClass() *rt.Type {
	return goClass("OrderedDict", "collections", []*rt.Type{rt.DictType},
		"__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, dictInitInto(th, baseDict(self), "OrderedDict", args, kwargs)
		}),
		"move_to_end", meth("move_to_end", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var key rt.Value
			last := true
			if err := rt.UnpackArgs("move_to_end", args, kwargs, "key", &key, "last?", &last); err != nil {
				return nil, err
			}
			ok, err := baseDict(self).MoveToEnd(th, key, last)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, rt.NewException(rt.KeyErrorType, key)
			}
			return rt.None, nil
		}),
		"popitem", meth("popitem", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			last := true
			if err := rt.UnpackArgs("popitem", args, kwargs, "last?", &last); err != nil {
				return nil, err
			}
			k, v, ok := baseDict(self).PopItem(last)
			if !ok {
				return nil, rt.NewError(rt.KeyErrorType, "dictionary is empty")
			}
			return rt.NewTuple([]rt.Value{k, v}), nil
		}),
		"__repr__", meth("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			items := baseDict(self).Items()
			if len(items) == 0 {
				return rt.Str(clsName(self) + "()"), nil
			}
			th, ok := rt.ReprEnter(th, self)
			if !ok {
				return rt.Str("..."), nil
			}
			defer rt.ReprLeave(th, self)
			s, err := rt.Repr(th, itemsList(items))
			if err != nil {
				return nil, err
			}
			return rt.Str(clsName(self) + "(" + s + ")"), nil
		}),
		"__eq__", meth("__eq__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			other := args[0]
			od, isDict := instBase(other).(*rt.Dict)
			if !isDict {
				return rt.NotImplemented, nil
			}
			d := baseDict(self)
			if other.Type().IsSubtype(orderedDictType) {
				eq, err := rt.Equal(th, itemsList(d.Items()), itemsList(od.Items()))
				return rt.Bool(eq), err
			}
			eq, err := rt.Equal(th, d, od)
			return rt.Bool(eq), err
		}),
		"copy", meth("copy", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Call(th, self.Type(), []rt.Value{baseDict(self).Copy()}, nil)
		}),
		"fromkeys", classMeth("fromkeys", dictSubclassFromkeys),
	)
}

// dictSubclassFromkeys is cls.fromkeys(iterable, value=None) for the dict
// subclasses: an instance of cls, not a plain dict.
func dictSubclassFromkeys(th *rt.Thread, cls rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var it, value rt.Value = nil, rt.None
	if err := rt.UnpackArgs("fromkeys", args, kwargs, "iterable", &it, "value?", &value); err != nil {
		return nil, err
	}
	obj, err := rt.Call(th, cls, nil, nil)
	if err != nil {
		return nil, err
	}
	keys, err := rt.IterateAll(th, it)
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		if err := rt.SetItem(th, obj, k, value); err != nil {
			return nil, err
		}
	}
	return obj, nil
}

func itemsList(items [][2]rt.Value) *rt.List {
	out := make([]rt.Value, len(items))
	for i, kv := range items {
		out[i] = rt.NewTuple([]rt.Value{kv[0], kv[1]})
	}
	return rt.NewList(out)
}

// ---- ChainMap ----

type chainMap struct {
	mu   sync.Mutex
	maps []rt.Value
}

func (*chainMap) Type() *rt.Type { return chainMapType }

func asChainMap(v rt.Value) *chainMap {
	c, _ := instBase(v).(*chainMap)
	return c
}

func (c *chainMap) snapshot() []rt.Value {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]rt.Value(nil), c.maps...)
}

func (c *chainMap) GetItem(th *rt.Thread, key rt.Value) (rt.Value, error) {
	for _, m := range c.snapshot() {
		ok, err := rt.Contains(th, m, key)
		if err != nil {
			return nil, err
		}
		if ok {
			return rt.GetItem(th, m, key)
		}
	}
	return nil, rt.NewException(rt.KeyErrorType, key)
}

func (c *chainMap) SetItem(th *rt.Thread, key, v rt.Value) error {
	first := c.snapshot()[0]
	if v != nil {
		return rt.SetItem(th, first, key, v)
	}
	err := rt.DelItem(th, first, key)
	if err != nil && rt.IsExc(err, rt.KeyErrorType) {
		s, rerr := rt.Repr(th, key)
		if rerr != nil {
			return rerr
		}
		return rt.NewError(rt.KeyErrorType, "Key not found in the first mapping: %s", s)
	}
	return err
}

// keys is the merged key order: later maps first, as CPython builds it.
func (c *chainMap) keys(th *rt.Thread) (*rt.Dict, error) {
	d := rt.NewDict()
	maps := c.snapshot()
	for i := len(maps) - 1; i >= 0; i-- {
		ks, err := rt.IterateAll(th, maps[i])
		if err != nil {
			return nil, err
		}
		for _, k := range ks {
			if err := d.Set(th, k, rt.None); err != nil {
				return nil, err
			}
		}
	}
	return d, nil
}

func (c *chainMap) Len(th *rt.Thread) (int, error) {
	d, err := c.keys(th)
	if err != nil {
		return 0, err
	}
	return d.Len(), nil
}

func (c *chainMap) Iter(th *rt.Thread) (rt.Iterator, error) {
	d, err := c.keys(th)
	if err != nil {
		return nil, err
	}
	return d.Iter(th)
}

func (c *chainMap) Contains(th *rt.Thread, key rt.Value) (bool, error) {
	for _, m := range c.snapshot() {
		ok, err := rt.Contains(th, m, key)
		if err != nil || ok {
			return ok, err
		}
	}
	return false, nil
}

func (c *chainMap) Repr(th *rt.Thread) (string, error) {
	parts := []string{}
	for _, m := range c.snapshot() {
		s, err := rt.Repr(th, m)
		if err != nil {
			return "", err
		}
		parts = append(parts, s)
	}
	return "ChainMap(" + strings.Join(parts, ", ") + ")", nil
}

func (c *chainMap) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "maps":
		c.mu.Lock()
		defer c.mu.Unlock()
		return rt.NewList(append([]rt.Value(nil), c.maps...)), nil
	case "parents":
		maps := c.snapshot()
		if len(maps) <= 1 {
			return &chainMap{maps: []rt.Value{rt.NewDict()}}, nil
		}
		return &chainMap{maps: maps[1:]}, nil
	}
	return nil, nil
}

// flatten is the ChainMap as one dict (for items(), values(), copy()).
func (c *chainMap) flatten(th *rt.Thread) (*rt.Dict, error) {
	d, err := c.keys(th)
	if err != nil {
		return nil, err
	}
	for _, k := range d.Keys() {
		v, err := c.GetItem(th, k)
		if err != nil {
			return nil, err
		}
		if err := d.Set(th, k, v); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func initChainMap() {
	chainMapType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(kwargs) > 0 {
			return nil, rt.NewError(rt.TypeErrorType, "ChainMap() takes no keyword arguments")
		}
		maps := append([]rt.Value(nil), args...)
		if len(maps) == 0 {
			maps = []rt.Value{rt.NewDict()}
		}
		return &chainMap{maps: maps}, nil
	}
	cm := func(name string, fn func(th *rt.Thread, c *chainMap, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
		return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return fn(th, asChainMap(self), args, kwargs)
		})
	}
	flatMethod := func(name string) *rt.Builtin {
		return cm(name, func(th *rt.Thread, c *chainMap, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d, err := c.flatten(th)
			if err != nil {
				return nil, err
			}
			return rt.CallMethod(th, d, name, args, kwargs)
		})
	}
	chainMapType.AddMethods(
		cm("get", func(th *rt.Thread, c *chainMap, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var key, def rt.Value = nil, rt.None
			if err := rt.UnpackArgs("get", args, kwargs, "key", &key, "default?", &def); err != nil {
				return nil, err
			}
			ok, err := c.Contains(th, key)
			if err != nil || !ok {
				return def, err
			}
			return c.GetItem(th, key)
		}),
		cm("new_child", func(th *rt.Thread, c *chainMap, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var m rt.Value = rt.None
			if err := rt.UnpackArgs("new_child", args, kwargs, "m?", &m); err != nil {
				return nil, err
			}
			if m == rt.None {
				m = rt.NewDict()
			}
			return &chainMap{maps: append([]rt.Value{m}, c.snapshot()...)}, nil
		}),
		cm("pop", func(th *rt.Thread, c *chainMap, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			first := c.snapshot()[0]
			v, err := rt.CallMethod(th, first, "pop", args, kwargs)
			if err != nil && rt.IsExc(err, rt.KeyErrorType) {
				s, rerr := rt.Repr(th, args[0])
				if rerr != nil {
					return nil, rerr
				}
				return nil, rt.NewError(rt.KeyErrorType, "Key not found in the first mapping: %s", s)
			}
			return v, err
		}),
		cm("popitem", func(th *rt.Thread, c *chainMap, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := rt.CallMethod(th, c.snapshot()[0], "popitem", nil, nil)
			if err != nil && rt.IsExc(err, rt.KeyErrorType) {
				return nil, rt.NewError(rt.KeyErrorType, "No keys found in the first mapping.")
			}
			return v, err
		}),
		cm("clear", func(th *rt.Thread, c *chainMap, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.CallMethod(th, c.snapshot()[0], "clear", nil, nil)
		}),
		cm("copy", func(th *rt.Thread, c *chainMap, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			maps := c.snapshot()
			first, err := rt.CallMethod(th, maps[0], "copy", nil, nil)
			if err != nil {
				return nil, err
			}
			return &chainMap{maps: append([]rt.Value{first}, maps[1:]...)}, nil
		}),
		cm("keys", func(th *rt.Thread, c *chainMap, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d, err := c.keys(th)
			if err != nil {
				return nil, err
			}
			return rt.CallMethod(th, d, "keys", nil, nil)
		}),
		flatMethod("items"),
		flatMethod("values"),
	)
}
