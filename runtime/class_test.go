package runtime

import (
	"strconv"
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/ast"
	"github.com/stretchr/testify/require"
)

// Tests of the object model built without the interpreter: classes are
// made with BuildClass from namespaces holding Go functions that pose as
// user functions (their type is FunctionType, so they bind like def
// methods). Expected messages come from CPython 3.11.

type ocFunc struct {
	name string
	fn   func(th *Thread, args []Value, kwargs []KwArg) (Value, error)
}

func (*ocFunc) Type() *Type { return FunctionType }

func (f *ocFunc) Call(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
	return f.fn(th, args, kwargs)
}

func ocFn(name string, f func(th *Thread, args []Value, kwargs []KwArg) (Value, error)) *ocFunc {
	return &ocFunc{name: name, fn: f}
}

// ns builds a class namespace from name/value pairs.
func ocNS(kv ...any) *Dict {
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		d.SetStr(kv[i].(string), kv[i+1].(Value))
	}
	return d
}

func ocClass(t *testing.T, name string, bases []Value, d *Dict) *Type {
	t.Helper()
	c, err := BuildClass(NewThread("t"), name, name, "__main__", bases, d, nil)
	require.NoError(t, err)
	return c.(*Type)
}

func ocCall(t *testing.T, f Value, args ...Value) Value {
	t.Helper()
	v, err := Call(NewThread("t"), f, args, nil)
	require.NoError(t, err)
	return v
}

func ocAttr(t *testing.T, v Value, name string) Value {
	t.Helper()
	r, err := GetAttr(NewThread("t"), v, name)
	require.NoError(t, err)
	return r
}

func ocErr(t *testing.T, err error) string {
	t.Helper()
	require.Error(t, err)
	return FormatExceptionOnly(NewThread("t"), AsException(err))
}

func ocRepr(t *testing.T, v Value) string {
	t.Helper()
	s, err := Repr(NewThread("t"), v)
	require.NoError(t, err)
	return s
}

func ocMRO(c *Type) string {
	var names []string
	for _, k := range c.MRO() {
		names = append(names, k.Name())
	}
	return strings.Join(names, " ")
}

func TestMRO(t *testing.T) {
	O := ocClass(t, "O", nil, ocNS())
	A := ocClass(t, "A", []Value{O}, ocNS())
	B := ocClass(t, "B", []Value{O}, ocNS())
	C := ocClass(t, "C", []Value{O}, ocNS())
	D := ocClass(t, "D", []Value{O}, ocNS())
	E := ocClass(t, "E", []Value{O}, ocNS())
	K1 := ocClass(t, "K1", []Value{A, B, C}, ocNS())
	K2 := ocClass(t, "K2", []Value{D, B, E}, ocNS())
	K3 := ocClass(t, "K3", []Value{D, A}, ocNS())
	Z := ocClass(t, "Z", []Value{K1, K2, K3}, ocNS())
	require.Equal(t, "Z K1 K2 K3 D A B C E O object", ocMRO(Z))

	_, err := BuildClass(nil, "X", "X", "__main__", []Value{A, K3}, ocNS(), nil)
	require.Equal(t, "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, K3", ocErr(t, err))
	_, err = BuildClass(nil, "X", "X", "__main__", []Value{A, A}, ocNS(), nil)
	require.Equal(t, "TypeError: duplicate base class A", ocErr(t, err))
	_, err = BuildClass(nil, "X", "X", "__main__", []Value{BoolType}, ocNS(), nil)
	require.Equal(t, "TypeError: type 'bool' is not an acceptable base type", ocErr(t, err))
	require.Equal(t, "(<class '__main__.A'>, <class '__main__.O'>, <class 'object'>)", ocRepr(t, ocAttr(t, A, "__mro__")))
}

func ocPoint(t *testing.T) *Type {
	init := ocFn("__init__", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
		if len(args) != 3 {
			return nil, NewError(TypeErrorType, "Point.__init__() takes 3 positional arguments but %d were given", len(args))
		}
		if err := SetAttr(th, args[0], "x", args[1]); err != nil {
			return nil, err
		}
		return None, SetAttr(th, args[0], "y", args[2])
	})
	norm := ocFn("norm", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
		x, _ := GetAttr(th, args[0], "x")
		y, _ := GetAttr(th, args[0], "y")
		return BinaryOp(th, ast.Add, x, y)
	})
	return ocClass(t, "Point", nil, ocNS("__init__", init, "norm", norm, "kind", Str("point")))
}

func TestInstanceAttributes(t *testing.T) {
	th := NewThread("t")
	P := ocPoint(t)
	p := ocCall(t, P, MakeInt(1), MakeInt(2))
	require.Equal(t, MakeInt(1), ocAttr(t, p, "x"))
	require.Equal(t, Str("point"), ocAttr(t, p, "kind"))
	require.Equal(t, MakeInt(3), ocCall(t, ocAttr(t, p, "norm")))
	require.Equal(t, P, ocAttr(t, p, "__class__"))
	_, err := GetAttr(th, p, "z")
	require.Equal(t, "AttributeError: 'Point' object has no attribute 'z'", ocErr(t, err))
	require.True(t, strings.HasPrefix(ocRepr(t, p), "<__main__.Point object at 0x"))

	// Instance attributes shadow class attributes; deletion uncovers.
	require.NoError(t, SetAttr(th, p, "kind", Str("mine")))
	require.Equal(t, Str("mine"), ocAttr(t, p, "kind"))
	require.NoError(t, DelAttr(th, p, "kind"))
	require.Equal(t, Str("point"), ocAttr(t, p, "kind"))
	require.Equal(t, "AttributeError: 'Point' object has no attribute 'kind'", ocErr(t, DelAttr(th, p, "kind")))

	// __dict__ is live.
	d := ocAttr(t, p, "__dict__").(*Dict)
	require.Equal(t, "{'x': 1, 'y': 2}", ocRepr(t, d))
	d.SetStr("w", MakeInt(9))
	require.Equal(t, MakeInt(9), ocAttr(t, p, "w"))
	require.NoError(t, SetAttr(th, p, "v", MakeInt(5)))
	require.Equal(t, "{'x': 1, 'y': 2, 'w': 9, 'v': 5}", ocRepr(t, d))

	// Method lookup without binding.
	q := ocCall(t, P, MakeInt(3), MakeInt(4))
	f, self, err := GetMethod(th, q, "norm")
	require.NoError(t, err)
	require.Equal(t, q, self)
	require.Equal(t, MakeInt(7), ocCall(t, f, self))

	// Class changes are seen by existing instances (cache invalidation).
	require.NoError(t, SetAttr(th, P, "kind", Str("changed")))
	require.Equal(t, Str("changed"), ocAttr(t, q, "kind"))
	Sub := ocClass(t, "Sub", []Value{P}, ocNS())
	s := ocCall(t, Sub, MakeInt(1), MakeInt(1))
	require.Equal(t, Str("changed"), ocAttr(t, s, "kind"))
	require.NoError(t, SetAttr(th, P, "kind", Str("again")))
	require.Equal(t, Str("again"), ocAttr(t, s, "kind"))
	require.NoError(t, DelAttr(th, P, "kind"))
	_, err = GetAttr(th, s, "kind")
	require.Error(t, err)

	// Many attribute names: the instance falls back to a dict.
	for i := 0; i < maxSlots+10; i++ {
		require.NoError(t, SetAttr(th, q, "a"+ocItoa(i), MakeInt(int64(i))))
	}
	require.Equal(t, MakeInt(int64(maxSlots+5)), ocAttr(t, q, "a"+ocItoa(maxSlots+5)))
	require.Equal(t, MakeInt(4), ocAttr(t, q, "y"))
}

func ocItoa(i int) string { return strconv.Itoa(i) }

func TestInitErrors(t *testing.T) {
	E := ocClass(t, "Empty", nil, ocNS())
	_, err := Call(nil, E, []Value{MakeInt(1)}, nil)
	require.Equal(t, "TypeError: Empty() takes no arguments", ocErr(t, err))
	R := ocClass(t, "R", nil, ocNS("__init__", ocFn("__init__", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
		return MakeInt(1), nil
	})))
	_, err = Call(NewThread("t"), R, nil, nil)
	require.Equal(t, "TypeError: __init__() should return None, not 'int'", ocErr(t, err))
}
