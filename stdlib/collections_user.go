package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
	"sync"
)

// collections.UserDict and UserList: classes wrapping a real dict/list in
// self.data, every method delegating to it, for programs that subclass
// them to customise a few operations.

func userData(th *rt.Thread, self rt.Value) rt.Value { return attrOf(th, self, "data") }

// delegate is a method that calls the same method on self.data.
func delegate(name string) (string, rt.Value) {
	return name, meth(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return rt.CallMethod(th, userData(th, self), name, args, kwargs)
	})
}

// wrapResult is a method whose list result is wrapped in the instance's
// class (UserList slicing, +, *).
func wrapResult(name string) (string, rt.Value) {
	return name, meth(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		conv := make([]rt.Value, len(args))
		for i, a := range args {
			if a.Type().IsSubtype(userListType) {
				a = userData(th, a)
			}
			conv[i] = a
		}
		r, err := rt.CallMethod(th, userData(th, self), name, conv, kwargs)
		if err != nil || r == rt.NotImplemented {
			return r, err
		}
		if _, ok := r.(*rt.List); ok {
			return rt.Call(th, self.Type(), []rt.Value{r}, nil)
		}
		return r, nil
	})
}

var userDictType, userListType *rt.Type

// loadCollectionsExtras adds this file's names to the collections module made by prev
// (registered in modules.go).
func loadCollectionsExtras(prev func() *rt.Module) *rt.Module {
	setupCollectionsUserTypes()
	m := prev()
	m.Dict.SetStr("UserDict", userDictType)
	m.Dict.SetStr("UserList", userListType)
	return m
}

// collectionsUserSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var collectionsUserSetup sync.Once

func setupCollectionsUserTypes() { collectionsUserSetup.Do(initCollectionsUserTypes) }

func initCollectionsUserTypes() {
	setupCollectionsAbcTypes()
	var e []any
	add := func(n string, v rt.Value) { e = append(e, n, v) }
	add("__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		d := rt.NewDict()
		if err := rt.SetAttr(th, self, "data", d); err != nil {
			return nil, err
		}
		if len(args) > 1 {
			return nil, rt.NewError(rt.TypeErrorType, "expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 1 && args[0] != rt.None {
			if _, err := rt.CallMethod(th, self, "update", args, nil); err != nil {
				return nil, err
			}
		}
		if len(kwargs) > 0 {
			if _, err := rt.CallMethod(th, self, "update", nil, kwargs); err != nil {
				return nil, err
			}
		}
		return rt.None, nil
	}))
	add("__getitem__", meth("__getitem__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		d := userData(th, self)
		v, err := rt.GetItem(th, d, args[0])
		if err != nil && rt.IsExc(err, rt.KeyErrorType) && self.Type().Lookup("__missing__") != nil {
			return rt.CallMethod(th, self, "__missing__", args, nil)
		}
		return v, err
	}))
	for _, n := range []string{"__len__", "__setitem__", "__delitem__", "__iter__", "__contains__", "__repr__", "keys", "items", "values"} {
		add(delegate(n))
	}
	add("copy", meth("copy", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return rt.Call(th, self.Type(), []rt.Value{userData(th, self)}, nil)
	}))
	add("__eq__", meth("__eq__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		o := args[0]
		if o.Type().IsSubtype(userDictType) {
			o = userData(th, o)
		}
		eq, err := rt.Equal(th, userData(th, self), o)
		return rt.Bool(eq), err
	}))
	userDictType = goClass("UserDict", "collections", []*rt.Type{abcTypes["MutableMapping"]}, e...)

	e = nil
	add("__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var items []rt.Value
		if len(args) > 0 && args[0] != rt.None {
			src := args[0]
			if src.Type().IsSubtype(userListType) {
				src = userData(th, src)
			}
			var err error
			if items, err = rt.IterateAll(th, src); err != nil {
				return nil, err
			}
		}
		return rt.None, rt.SetAttr(th, self, "data", rt.NewList(items))
	}))
	for _, n := range []string{"__len__", "__setitem__", "__delitem__", "__iter__", "__contains__", "__repr__", "__reversed__",
		"append", "insert", "pop", "remove", "clear", "count", "index", "reverse", "sort", "extend"} {
		add(delegate(n))
	}
	for _, n := range []string{"__getitem__", "__add__", "__mul__", "__rmul__", "copy"} {
		add(wrapResult(n))
	}
	add("__radd__", meth("__radd__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		r, err := rt.BinaryOp(th, astAdd, args[0], userData(th, self))
		if err != nil {
			return nil, err
		}
		return rt.Call(th, self.Type(), []rt.Value{r}, nil)
	}))
	add("__iadd__", meth("__iadd__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		o := args[0]
		if o.Type().IsSubtype(userListType) {
			o = userData(th, o)
		}
		_, err := rt.CallMethod(th, userData(th, self), "extend", []rt.Value{o}, nil)
		return self, err
	}))
	for _, op := range []string{"__eq__", "__lt__", "__le__", "__gt__", "__ge__"} {
		op := op
		add(op, meth(op, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			o := args[0]
			if o.Type().IsSubtype(userListType) {
				o = userData(th, o)
			}
			return rt.CallMethod(th, userData(th, self), op, []rt.Value{o}, nil)
		}))
	}
	userListType = goClass("UserList", "collections", []*rt.Type{abcTypes["MutableSequence"]}, e...)

}
