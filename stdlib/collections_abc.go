package stdlib

import (
	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
	"sync"
)

// collections.abc: the abstract base classes. Each is a class programs can
// derive from (Mapping, MutableMapping, Sequence and MutableSequence supply
// CPython's mixin methods on top of the abstract ones). Whether an
// arbitrary value is an instance is decided by capability (abcCheck): a
// list is a MutableSequence, anything with __iter__ is an Iterable, as
// with CPython's __subclasshook__ and registered built-ins.

var (
	abcTypes   = map[string]*rt.Type{}
	abcOrdered []string
)

func abcClass(name string, bases []string, entries ...any) *rt.Type {
	var bs []*rt.Type
	for _, b := range bases {
		bs = append(bs, abcTypes[b])
	}
	t := goClass(name, "collections.abc", bs, entries...)
	abcTypes[name] = t
	abcOrdered = append(abcOrdered, name)
	return t
}

// collectionsAbcSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the classes
// are reachable only through collectionsAbcModule (collections,
// collections.abc) and the typing and UserDict/UserList setups, which
// call it.
var collectionsAbcSetup sync.Once

func setupCollectionsAbcTypes() { collectionsAbcSetup.Do(initCollectionsAbcTypes) }

func initCollectionsAbcTypes() {
	abcClass("Hashable", nil)
	abcClass("Awaitable", nil)
	abcClass("Iterable", nil)
	abcClass("Iterator", []string{"Iterable"},
		"__iter__", meth("__iter__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return self, nil
		}))
	abcClass("Reversible", []string{"Iterable"})
	abcClass("Generator", []string{"Iterator"})
	abcClass("Sized", nil)
	abcClass("Container", nil)
	abcClass("Callable", nil)
	abcClass("Collection", []string{"Sized", "Iterable", "Container"})
	abcClass("Set", []string{"Collection"})
	abcClass("MutableSet", []string{"Set"})
	abcClass("Mapping", []string{"Collection"},
		"get", meth("get", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var key, def rt.Value = nil, rt.None
			if err := rt.UnpackArgs("get", args, kwargs, "key", &key, "default?", &def); err != nil {
				return nil, err
			}
			v, err := rt.GetItem(th, self, key)
			if err != nil && rt.IsExc(err, rt.KeyErrorType) {
				return def, nil
			}
			return v, err
		}),
		"__contains__", meth("__contains__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			_, err := rt.GetItem(th, self, args[0])
			if err != nil {
				if rt.IsExc(err, rt.KeyErrorType) {
					return rt.False, nil
				}
				return nil, err
			}
			return rt.True, nil
		}),
		"keys", meth("keys", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			ks, err := rt.IterateAll(th, self)
			return rt.NewList(ks), err
		}),
		"items", meth("items", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return mappingPairs(th, self, true)
		}),
		"values", meth("values", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return mappingPairs(th, self, false)
		}),
		"__eq__", meth("__eq__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if !abcCheck(th, args[0], abcTypes["Mapping"]) {
				return rt.NotImplemented, nil
			}
			a, err := rt.Call(th, rt.DictType, []rt.Value{mustPairs(th, self)}, nil)
			if err != nil {
				return nil, err
			}
			b, err := rt.Call(th, rt.DictType, []rt.Value{mustPairs(th, args[0])}, nil)
			if err != nil {
				return nil, err
			}
			eq, err := rt.Equal(th, a, b)
			return rt.Bool(eq), err
		}),
	)
	abcClass("MutableMapping", []string{"Mapping"},
		"pop", meth("pop", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var key, def rt.Value
			if err := rt.UnpackArgs("pop", args, kwargs, "key", &key, "default?", &def); err != nil {
				return nil, err
			}
			v, err := rt.GetItem(th, self, key)
			if err != nil {
				if rt.IsExc(err, rt.KeyErrorType) && def != nil {
					return def, nil
				}
				return nil, err
			}
			return v, rt.DelItem(th, self, key)
		}),
		"popitem", meth("popitem", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			it, err := rt.Iter(th, self)
			if err != nil {
				return nil, err
			}
			k, ok, err := it.Next(th)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, rt.NewException(rt.KeyErrorType)
			}
			v, err := rt.GetItem(th, self, k)
			if err != nil {
				return nil, err
			}
			return rt.NewTuple([]rt.Value{k, v}), rt.DelItem(th, self, k)
		}),
		"clear", meth("clear", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			ks, err := rt.IterateAll(th, self)
			if err != nil {
				return nil, err
			}
			for _, k := range ks {
				if err := rt.DelItem(th, self, k); err != nil {
					return nil, err
				}
			}
			return rt.None, nil
		}),
		"setdefault", meth("setdefault", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var key, def rt.Value = nil, rt.None
			if err := rt.UnpackArgs("setdefault", args, kwargs, "key", &key, "default?", &def); err != nil {
				return nil, err
			}
			v, err := rt.GetItem(th, self, key)
			if err != nil && rt.IsExc(err, rt.KeyErrorType) {
				return def, rt.SetItem(th, self, key, def)
			}
			return v, err
		}),
		"update", meth("update", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d := rt.NewDict()
			if err := dictInitInto(th, d, "update", args, kwargs); err != nil {
				return nil, err
			}
			for _, kv := range d.Items() {
				if err := rt.SetItem(th, self, kv[0], kv[1]); err != nil {
					return nil, err
				}
			}
			return rt.None, nil
		}),
	)
	abcClass("Sequence", []string{"Reversible", "Collection"},
		"__iter__", meth("__iter__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			items, err := seqItems(th, self)
			if err != nil {
				return nil, err
			}
			it, _ := rt.Iter(th, rt.NewTuple(items))
			return rt.IteratorValue(it), nil
		}),
		"__contains__", meth("__contains__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			items, err := seqItems(th, self)
			if err != nil {
				return nil, err
			}
			ok, err := rt.Contains(th, rt.NewTuple(items), args[0])
			return rt.Bool(ok), err
		}),
		"__reversed__", meth("__reversed__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			items, err := seqItems(th, self)
			if err != nil {
				return nil, err
			}
			for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
				items[i], items[j] = items[j], items[i]
			}
			it, _ := rt.Iter(th, rt.NewTuple(items))
			return rt.IteratorValue(it), nil
		}),
		"index", meth("index", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			items, err := seqItems(th, self)
			if err != nil {
				return nil, err
			}
			return rt.CallMethod(th, rt.NewTuple(items), "index", args, kwargs)
		}),
		"count", meth("count", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			items, err := seqItems(th, self)
			if err != nil {
				return nil, err
			}
			return rt.CallMethod(th, rt.NewTuple(items), "count", args, kwargs)
		}),
	)
	abcClass("MutableSequence", []string{"Sequence"},
		"append", meth("append", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			n, err := rt.Len(th, self)
			if err != nil {
				return nil, err
			}
			return rt.CallMethod(th, self, "insert", []rt.Value{rt.MakeInt(int64(n)), args[0]}, nil)
		}),
		"extend", meth("extend", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			vals, err := rt.IterateAll(th, args[0])
			if err != nil {
				return nil, err
			}
			for _, v := range vals {
				if _, err := rt.CallMethod(th, self, "append", []rt.Value{v}, nil); err != nil {
					return nil, err
				}
			}
			return rt.None, nil
		}),
		"pop", meth("pop", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var idx rt.Value = rt.MakeInt(-1)
			if len(args) > 0 {
				idx = args[0]
			}
			v, err := rt.GetItem(th, self, idx)
			if err != nil {
				return nil, err
			}
			return v, rt.DelItem(th, self, idx)
		}),
		"remove", meth("remove", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			i, err := rt.CallMethod(th, self, "index", args, nil)
			if err != nil {
				return nil, err
			}
			return rt.None, rt.DelItem(th, self, i)
		}),
		"reverse", meth("reverse", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			items, err := seqItems(th, self)
			if err != nil {
				return nil, err
			}
			n := len(items)
			for i := 0; i < n; i++ {
				if err := rt.SetItem(th, self, rt.MakeInt(int64(i)), items[n-1-i]); err != nil {
					return nil, err
				}
			}
			return rt.None, nil
		}),
		"__iadd__", meth("__iadd__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if _, err := rt.CallMethod(th, self, "extend", args, nil); err != nil {
				return nil, err
			}
			return self, nil
		}),
	)
	abcClass("MappingView", []string{"Sized"})
	abcClass("KeysView", []string{"MappingView", "Set"})
	abcClass("ItemsView", []string{"MappingView", "Set"})
	abcClass("ValuesView", []string{"MappingView", "Collection"})
}

// seqItems reads a Sequence through __len__ and __getitem__.
func seqItems(th *rt.Thread, self rt.Value) ([]rt.Value, error) {
	n, err := rt.Len(th, self)
	if err != nil {
		return nil, err
	}
	out := make([]rt.Value, 0, n)
	for i := 0; i < n; i++ {
		v, err := rt.GetItem(th, self, rt.MakeInt(int64(i)))
		if err != nil {
			if rt.IsExc(err, rt.IndexErrorType) {
				break
			}
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func mappingPairs(th *rt.Thread, self rt.Value, pairs bool) (rt.Value, error) {
	ks, err := rt.IterateAll(th, self)
	if err != nil {
		return nil, err
	}
	out := make([]rt.Value, len(ks))
	for i, k := range ks {
		v, err := rt.GetItem(th, self, k)
		if err != nil {
			return nil, err
		}
		if pairs {
			out[i] = rt.NewTuple([]rt.Value{k, v})
		} else {
			out[i] = v
		}
	}
	return rt.NewList(out), nil
}

func mustPairs(th *rt.Thread, v rt.Value) rt.Value {
	if d, ok := instBase(v).(*rt.Dict); ok {
		return d
	}
	p, err := mappingPairs(th, v, true)
	if err != nil {
		return rt.NewList(nil)
	}
	return p
}

func collectionsAbcModule() *rt.Module {
	setupCollectionsAbcTypes()
	m := rt.NewModule("collections.abc")
	for _, n := range abcOrdered {
		m.Dict.SetStr(n, abcTypes[n])
	}
	return m
}

// abcCheck reports whether v is an instance of the ABC t: by class
// derivation, or by capability (CPython's __subclasshook__s and the
// built-in types registered with the ABCs). The runtime's isinstance
// should consult it for the collections.abc classes (see the report of
// the collections work).
func abcCheck(th *rt.Thread, v rt.Value, t *rt.Type) bool {
	if v.Type().IsSubtype(t) {
		return true
	}
	return abcCapable(v.Type(), t)
}

// AbcSubclassHook is issubclass(cls, abc) by capability, for the
// collections.abc classes; ok is false when abc is not one of them.
func AbcSubclassHook(cls, abc *rt.Type) (match, ok bool) {
	if abc.Module() != "collections.abc" || abcTypes[abc.Name()] != abc {
		return false, false
	}
	if cls.IsSubtype(abc) {
		return true, true
	}
	return abcCapable(cls, abc), true
}

func abcCapable(c *rt.Type, t *rt.Type) bool {
	has := func(names ...string) bool {
		for _, n := range names {
			v := c.Lookup(n)
			if v == nil || v == rt.None {
				return false
			}
		}
		return true
	}
	isAny := func(ts ...*rt.Type) bool {
		for _, x := range ts {
			if c.IsSubtype(x) {
				return true
			}
		}
		return false
	}
	seq := []*rt.Type{rt.ListType, rt.TupleType, rt.StrType, rt.BytesType, rt.RangeType, rt.ByteArrayType}
	views := []*rt.Type{rt.DictKeysType, rt.DictValuesType, rt.DictItemsType}
	switch t.Name() {
	case "Hashable":
		v := c.Lookup("__hash__")
		return v != nil && v != rt.None && !isAny(rt.ListType, rt.DictType, rt.SetType, rt.ByteArrayType, rt.DictKeysType, rt.DictItemsType)
	case "Iterable":
		return has("__iter__") || isAny(append(seq, rt.DictType, rt.SetType, rt.FrozenSetType)...) || isAny(views...)
	case "Iterator":
		return has("__iter__", "__next__")
	case "Generator":
		return c == rt.GeneratorType || has("__iter__", "__next__", "send", "throw", "close")
	case "Reversible":
		return has("__reversed__", "__iter__") || isAny(append(seq, rt.DictType)...) || isAny(views...)
	case "Sized":
		return has("__len__") || isAny(append(seq, rt.DictType, rt.SetType, rt.FrozenSetType)...) || isAny(views...)
	case "Container":
		return has("__contains__") || isAny(append(seq, rt.DictType, rt.SetType, rt.FrozenSetType)...) || isAny(views...)
	case "Callable":
		return has("__call__") || isAny(rt.FunctionType, rt.BuiltinFunctionType, rt.MethodType, rt.TypeType)
	case "Collection":
		return has("__len__", "__iter__", "__contains__") || isAny(append(seq, rt.DictType, rt.SetType, rt.FrozenSetType)...) || isAny(views...)
	case "Sequence":
		return isAny(seq...) || c == dequeType
	case "MutableSequence":
		return isAny(rt.ListType, rt.ByteArrayType) || c == dequeType
	case "Mapping":
		return isAny(rt.DictType) || c == chainMapType
	case "MutableMapping":
		return isAny(rt.DictType) || c == chainMapType
	case "Set":
		return isAny(rt.SetType, rt.FrozenSetType, rt.DictKeysType, rt.DictItemsType)
	case "MappingView":
		return isAny(views...)
	case "KeysView":
		return isAny(rt.DictKeysType)
	case "ItemsView":
		return isAny(rt.DictItemsType)
	case "ValuesView":
		return isAny(rt.DictValuesType)
	case "MutableSet":
		return isAny(rt.SetType)
	}
	return false
}

var _ = ast.Add
