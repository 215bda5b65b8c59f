package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// dataclasses.InitVar: InitVar[T] (an InitVar instance holding T as
// .type) annotates an init-only pseudo-field: a parameter of the
// generated __init__ handed to __post_init__ in field order, not stored on
// the instance, and left out of fields(), repr, comparisons and asdict.

var dcInitVarClass = goClass("InitVar", "dataclasses", nil,
	"__slots__", rt.NewTuple([]rt.Value{rt.Str("type")}),
	"__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var typ rt.Value
		if err := rt.UnpackArgs("InitVar", args, kwargs, "type", &typ); err != nil {
			return nil, err
		}
		return rt.None, rt.SetAttr(th, self, "type", typ)
	}),
	"__repr__", meth("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		typ, err := rt.GetAttr(th, self, "type")
		if err != nil {
			return nil, err
		}
		name := ""
		if t, ok := typ.(*rt.Type); ok {
			name = t.Name()
		} else if name, err = rt.Repr(th, typ); err != nil {
			return nil, err
		}
		return rt.Str("dataclasses.InitVar[" + name + "]"), nil
	}),
	"__class_getitem__", classMeth("__class_getitem__", func(th *rt.Thread, cls rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return rt.Call(th, cls, args, nil)
	}),
)

// isInitVar reports whether a field annotation is InitVar or InitVar[T].
func isInitVar(ann rt.Value) bool {
	return ann == rt.Value(dcInitVarClass) || ann.Type() == dcInitVarClass
}
