package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// The built-in classes, constants and exceptions, and the builtins about
// types: isinstance, issubclass, type(x), object().

func init() {
	for _, t := range []*rt.Type{
		rt.IntType, rt.FloatType, rt.ComplexType, rt.StrType, rt.BoolType, rt.BytesType,
		rt.ListType, rt.TupleType, rt.DictType, rt.SetType, rt.FrozenSetType, rt.ByteArrayType,
		rt.TypeType, rt.ObjectType, rt.RangeType, rt.SliceType, rt.MemoryViewType,
	} {
		rt.Builtins.SetStr(t.Name(), t)
	}
	for name, t := range rt.ExceptionTypes() {
		rt.Builtins.SetStr(name, t)
	}
	// The old names of OSError (CPython keeps them as aliases).
	rt.Builtins.SetStr("IOError", rt.OSErrorType)
	rt.Builtins.SetStr("EnvironmentError", rt.OSErrorType)
	rt.Builtins.SetStr("NotImplemented", rt.NotImplemented)
	rt.Builtins.SetStr("Ellipsis", rt.Ellipsis)
	rt.Builtins.SetStr("__debug__", rt.True)
	register(
		rt.Func2(rt.NewFunc("isinstance", builtinIsinstance), func(th *rt.Thread, a, b rt.Value) (rt.Value, error) {
			args := [2]rt.Value{a, b}
			return builtinIsinstance(th, args[:], nil)
		}),
		rt.Func2(rt.NewFunc("issubclass", builtinIssubclass), func(th *rt.Thread, a, b rt.Value) (rt.Value, error) {
			args := [2]rt.Value{a, b}
			return builtinIssubclass(th, args[:], nil)
		}),
	)
	// Constructors other files have not provided (yet): type(x), object(),
	// range(...), slice(...). The owners of those types may replace them.
	if rt.TypeType.New == nil {
		rt.TypeType.New = newType
	}
	if rt.ObjectType.New == nil {
		rt.ObjectType.New = newObject
	}
	if rt.RangeType.New == nil {
		rt.RangeType.New = newRange
	}
	if rt.SliceType.New == nil {
		rt.SliceType.New = newSlice
	}
}

// classInfoError is the TypeError of isinstance/issubclass (fn) for a
// second argument that is not what: a generic alias (list[int], also in a
// union or tuple) gets CPython's own message, a typing alias
// (typing.List[int]) the one of its __instancecheck__.
func classInfoError(fn string, info rt.Value, what string) error {
	if g := findGenericAlias(info); g != nil {
		if g.Typing != "" {
			return rt.NewError(rt.TypeErrorType, "Subscripted generics cannot be used with class and instance checks")
		}
		return rt.NewError(rt.TypeErrorType, "%s() argument 2 cannot be a parameterized generic", fn)
	}
	return rt.NewError(rt.TypeErrorType, "%s() arg 2 must be %s", fn, what)
}

// findGenericAlias returns the first generic alias in a classinfo.
func findGenericAlias(info rt.Value) *rt.GenericAlias {
	var items []rt.Value
	switch x := info.(type) {
	case *rt.GenericAlias:
		return x
	case *rt.UnionType:
		items = x.Args
	case *rt.Tuple:
		items = x.Items
	}
	for _, it := range items {
		if g := findGenericAlias(it); g != nil {
			return g
		}
	}
	return nil
}

// classInfoMatch reports whether test(t) holds for the class or any class
// of a (nested) tuple of classes; ok is false when info is neither.
func classInfoMatch(info rt.Value, test func(*rt.Type) bool) (match, ok bool) {
	switch x := info.(type) {
	case *rt.Type:
		return test(x), true
	case *rt.Tuple:
		for _, it := range x.Items {
			m, ok := classInfoMatch(it, test)
			if !ok {
				return false, false
			}
			if m {
				return true, true
			}
		}
		return false, true
	case *rt.UnionType:
		return classInfoMatch(rt.NewTuple(x.Args), test)
	case rt.AliasOrigin:
		return test(x.AliasOrigin()), true
	}
	return false, false
}

func builtinIsinstance(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := checkArgCount("isinstance", args, kwargs, 2, 2); err != nil {
		return nil, err
	}
	t := args[0].Type()
	m, ok, err := metaClassCheck(th, args[1], "__instancecheck__", args[0], t.IsSubtype)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, classInfoError("isinstance", args[1], "a type, a tuple of types, or a union")
	}
	return rt.Bool(m), nil
}

func builtinIssubclass(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := checkArgCount("issubclass", args, kwargs, 2, 2); err != nil {
		return nil, err
	}
	t, isType := args[0].(*rt.Type)
	if !isType {
		return nil, rt.NewError(rt.TypeErrorType, "issubclass() arg 1 must be a class")
	}
	m, ok, err := metaClassCheck(th, args[1], "__subclasscheck__", t, t.IsSubtype)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, classInfoError("issubclass", args[1], "a class, a tuple of classes, or a union")
	}
	return rt.Bool(m), nil
}

// newType is type(x). The three-argument form belongs to the object
// model (class creation).
func newType(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if cls == rt.TypeType && len(args) == 1 && len(kwargs) == 0 {
		return args[0].Type(), nil
	}
	if len(args) == 3 {
		return nil, rt.NewError(rt.TypeErrorType, "type() with 3 arguments is not supported yet")
	}
	return nil, rt.NewError(rt.TypeErrorType, "type() takes 1 or 3 arguments")
}

// plainObject is an instance of object itself (object(), often used as a
// unique sentinel).
type plainObject struct{ _ byte }

// Type returns object.
func (*plainObject) Type() *rt.Type { return rt.ObjectType }

func newObject(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(args) > 0 || len(kwargs) > 0 {
		return nil, rt.NewError(rt.TypeErrorType, "object() takes no arguments")
	}
	return &plainObject{}, nil
}

func newRange(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(kwargs) > 0 {
		return nil, rt.NewError(rt.TypeErrorType, "range() takes no keyword arguments")
	}
	if len(args) == 0 {
		return nil, rt.NewError(rt.TypeErrorType, "range expected at least 1 argument, got 0")
	}
	if len(args) > 3 {
		return nil, rt.NewError(rt.TypeErrorType, "range expected at most 3 arguments, got %d", len(args))
	}
	var n [3]int64
	for i, a := range args {
		v, err := rt.IndexInt(a)
		if err != nil {
			if rt.IsExc(err, rt.IndexErrorType) {
				return nil, rt.NewError(rt.OverflowErrorType, "Python int too large to convert to C ssize_t")
			}
			return nil, err
		}
		n[i] = int64(v)
	}
	r := &rt.Range{Step: 1}
	switch len(args) {
	case 1:
		r.Stop = n[0]
	case 2:
		r.Start, r.Stop = n[0], n[1]
	case 3:
		r.Start, r.Stop, r.Step = n[0], n[1], n[2]
		if r.Step == 0 {
			return nil, rt.NewError(rt.ValueErrorType, "range() arg 3 must not be zero")
		}
	}
	return r, nil
}

func newSlice(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(kwargs) > 0 {
		return nil, rt.NewError(rt.TypeErrorType, "slice() takes no keyword arguments")
	}
	switch len(args) {
	case 1:
		return &rt.Slice{Start: rt.None, Stop: args[0], Step: rt.None}, nil
	case 2:
		return &rt.Slice{Start: args[0], Stop: args[1], Step: rt.None}, nil
	case 3:
		return &rt.Slice{Start: args[0], Stop: args[1], Step: args[2]}, nil
	case 0:
		return nil, rt.NewError(rt.TypeErrorType, "slice expected at least 1 argument, got 0")
	}
	return nil, rt.NewError(rt.TypeErrorType, "slice expected at most 3 arguments, got %d", len(args))
}
