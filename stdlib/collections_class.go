package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// Helpers for Python-visible classes built from Go (collections, enum,
// abc, typing, ...): they are made by runtime.BuildClass like a class
// statement, with *Builtin methods in the namespace, so programs can
// subclass them and override any method. A Builtin method of such a class
// receives the *Instance itself as self; instBase returns the built-in
// value (dict, tuple, ...) it carries.

// goClass builds a class named name in module from the namespace entries
// (name, value pairs) and bases (object when empty).
func goClass(name, module string, bases []*rt.Type, entries ...any) *rt.Type {
	ns := rt.NewDict()
	for i := 0; i+1 < len(entries); i += 2 {
		ns.SetStr(entries[i].(string), entries[i+1].(rt.Value))
	}
	if _, ok := ns.GetStr("__class_getitem__"); !ok {
		// Stdlib classes are generic in annotations (OrderedDict[str, int]).
		ns.SetStr("__class_getitem__", rt.GenericClassGetItem)
	}
	bs := make([]rt.Value, len(bases))
	for i, b := range bases {
		bs[i] = b
	}
	t, err := rt.BuildClass(rt.NewThread(""), name, name, module, bs, ns, nil)
	if err != nil {
		panic("goClass " + name + ": " + err.Error())
	}
	return t.(*rt.Type)
}

// meth makes a method entry for goClass.
func meth(name string, fn func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
	return rt.NewMethod(name, fn)
}

// classMeth makes a classmethod entry for goClass (self is the class).
func classMeth(name string, fn func(th *rt.Thread, cls rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) rt.Value {
	return &rt.ClassMethod{Fn: rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return fn(th, args[0], args[1:], kwargs)
	})}
}

// staticMeth makes a staticmethod entry for goClass.
func staticMeth(name string, fn func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) rt.Value {
	return &rt.StaticMethod{Fn: rt.NewFunc(name, fn)}
}

// propGetter makes a read-only property entry.
func propGetter(name string, fn func(th *rt.Thread, self rt.Value) (rt.Value, error)) rt.Value {
	return &rt.Property{Name: name, GoGet: fn, Get: rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return fn(th, args[0])
	})}
}

// instBase returns the built-in value carried by an instance of a class
// deriving from a built-in type (or v itself).
func instBase(v rt.Value) rt.Value {
	if inst, ok := v.(*rt.Instance); ok && inst.BaseValue() != nil {
		return inst.BaseValue()
	}
	return v
}

// baseDict returns the dict of a dict-subclass instance.
func baseDict(v rt.Value) *rt.Dict {
	d, _ := instBase(v).(*rt.Dict)
	if d == nil {
		d = rt.NewDict()
	}
	return d
}

// newLike makes a new instance of cls (a class deriving from a built-in
// type) carrying base, without running __init__.
func newLike(cls *rt.Type, base rt.Value) rt.Value {
	inst := rt.NewInstance(cls)
	inst.SetBase(base)
	return inst
}

// typeOf returns the class of v as a *rt.Type.
func typeOf(v rt.Value) *rt.Type { return v.Type() }

// noArgs checks a call without arguments.
func noArgs(name string, args []rt.Value, kwargs []rt.KwArg) error {
	return rt.UnpackArgs(name, args, kwargs)
}

// reprOf is Repr ignoring nothing (helper for short code).
func reprOf(th *rt.Thread, v rt.Value) (string, error) { return rt.Repr(th, v) }

// setModuleDict copies entries into a module's namespace.
func setAll(m *rt.Module, entries map[string]rt.Value) {
	for k, v := range entries {
		m.Dict.SetStr(k, v)
	}
}

// callable0 calls fn with no arguments.
func call0(th *rt.Thread, fn rt.Value) (rt.Value, error) { return rt.Call(th, fn, nil, nil) }

// typeName returns the name of v's class.
func clsName(v rt.Value) string {
	if t, ok := v.(*rt.Type); ok {
		return t.Name()
	}
	return v.Type().Name()
}
