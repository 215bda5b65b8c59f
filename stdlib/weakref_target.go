package stdlib

import (
	"reflect"
	"unsafe"
	"weak"

	rt "github.com/spindle-lang/spindle/runtime"
)

// weakTarget is a weak reference to one Spindle value: a Go weak pointer
// (package weak) to the value's heap object and the value's Go pointer
// type, so the Value can be rebuilt while the object lives. Every
// pointer-shaped value can be the target (instances, functions, classes,
// modules, sets, generators, files, locks, ...); the built-in types that
// CPython refuses (int, str, tuple, list, dict, object(), ...) are
// refused with its TypeError.
type weakTarget struct {
	typ reflect.Type // the referent's Go pointer type
	ptr weak.Pointer[byte]
}

// newWeakTarget makes a weak reference to v, or the TypeError CPython
// raises for a value that cannot be referenced weakly.
func newWeakTarget(v rt.Value) (weakTarget, error) {
	if !weakrefable(v) {
		return weakTarget{}, rt.NewError(rt.TypeErrorType, "cannot create weak reference to '%s' object", rt.TypeName(v))
	}
	rv := reflect.ValueOf(v)
	return weakTarget{typ: rv.Type(), ptr: weak.Make((*byte)(rv.UnsafePointer()))}, nil
}

// weakrefable reports whether v may be the target of a weak reference.
// A user class deriving from int, bytes or tuple is refused as in CPython
// (variable-size objects have no room for __weakref__).
func weakrefable(v rt.Value) bool {
	if _, ok := v.(*rt.Instance); ok {
		switch instBase(v).(type) {
		case rt.Int, *rt.BigInt, rt.Bool, rt.Bytes, *rt.Tuple:
			return false
		}
		return v.Type() != rt.ObjectType
	}
	switch v.Type() {
	// The built-in types without a __weakref__ slot in CPython.
	case rt.NoneType, rt.BoolType, rt.IntType, rt.FloatType, rt.ComplexType, rt.StrType, rt.BytesType,
		rt.ByteArrayType, rt.TupleType, rt.ListType, rt.DictType, rt.ObjectType,
		rt.RangeType, rt.SliceType:
		return false
	}
	return reflect.TypeOf(v).Kind() == reflect.Pointer
}

// get returns the referent, or nil once it has been collected.
func (w weakTarget) get() rt.Value {
	p := w.ptr.Value()
	if p == nil {
		return nil
	}
	return reflect.NewAt(w.typ.Elem(), unsafe.Pointer(p)).Interface().(rt.Value)
}
