package runtime

import (
	"strings"
	"sync"
	"testing"

	"github.com/spindle-lang/spindle/ast"
	"github.com/stretchr/testify/require"
)

// ret is a method returning a fixed value.
func ret(v Value) *ocFunc {
	return ocFn("f", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) { return v, nil })
}

// selfAttr is a method returning self.<name>.
func selfAttr(name string) *ocFunc {
	return ocFn(name, func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
		return GetAttr(th, args[0], name)
	})
}

func TestDescriptors(t *testing.T) {
	th := NewThread("t")
	getter := selfAttr("_x")
	setter := ocFn("x", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
		r, err := BinaryOp(th, ast.Mult, args[1], MakeInt(2))
		if err != nil {
			return nil, err
		}
		return None, SetAttr(th, args[0], "_x", r)
	})
	prop, err := Call(th, PropertyType, []Value{getter}, nil)
	require.NoError(t, err)
	withSetter := ocCall(t, ocAttr(t, prop, "setter"), setter)
	static := &StaticMethod{Fn: ocFn("s", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
		return MakeInt(int64(len(args))), nil
	})}
	cm := &ClassMethod{Fn: ocFn("c", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
		return args[0], nil
	})}
	C := ocClass(t, "C", nil, ocNS("x", withSetter, "ro", prop, "s", static, "c", cm))
	c := ocCall(t, C)
	require.NoError(t, SetAttr(th, c, "x", MakeInt(5)))
	require.Equal(t, MakeInt(10), ocAttr(t, c, "x"))
	require.Equal(t, "AttributeError: property 'ro' of 'C' object has no setter", ocErr(t, SetAttr(th, c, "ro", MakeInt(1))))
	require.Equal(t, "AttributeError: property 'x' of 'C' object has no deleter", ocErr(t, DelAttr(th, c, "x")))
	require.Equal(t, MakeInt(0), ocCall(t, ocAttr(t, c, "s")))
	require.Equal(t, MakeInt(1), ocCall(t, ocAttr(t, C, "s"), None))
	require.Equal(t, C, ocCall(t, ocAttr(t, c, "c")))
	D := ocClass(t, "D", []Value{C}, ocNS())
	require.Equal(t, D, ocCall(t, ocAttr(t, D, "c")))
	require.Equal(t, PropertyType, ocAttr(t, C, "x").Type())

	// super(): D.who -> C.who
	C2 := ocClass(t, "C2", nil, ocNS("who", ret(Str("C2"))))
	var D2 *Type
	D2 = ocClass(t, "D2", []Value{C2}, ocNS("who", ocFn("who", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
		s, err := NewSuper(th, D2, args[0])
		if err != nil {
			return nil, err
		}
		m, err := GetAttr(th, s, "who")
		if err != nil {
			return nil, err
		}
		r, err := Call(th, m, nil, nil)
		if err != nil {
			return nil, err
		}
		return BinaryOp(th, ast.Add, Str("D2>"), r)
	})))
	require.Equal(t, Str("D2>C2"), ocCall(t, ocAttr(t, ocCall(t, D2), "who")))
	_, err = NewSuper(th, D2, MakeInt(1))
	require.Equal(t, "TypeError: super(type, obj): obj must be an instance or subtype of type", ocErr(t, err))
}

func TestDunders(t *testing.T) {
	th := NewThread("t")
	V := ocClass(t, "V", nil, ocNS(
		"__init__", ocFn("__init__", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
			return None, SetAttr(th, args[0], "v", args[1])
		}),
		"__repr__", ocFn("__repr__", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
			v, _ := GetAttr(th, args[0], "v")
			s, err := Repr(th, v)
			return Str("V(" + s + ")"), err
		}),
		"__add__", ocFn("__add__", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
			if args[1].Type() != args[0].Type() {
				return NotImplemented, nil
			}
			return Str("V.add"), nil
		}),
		"__eq__", ocFn("__eq__", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
			a, _ := GetAttr(th, args[0], "v")
			b, err := GetAttr(th, args[1], "v")
			if err != nil {
				return NotImplemented, nil
			}
			return Compare(th, ast.Eq, a, b)
		}),
		"__len__", ret(MakeInt(3)),
		"__getitem__", ocFn("__getitem__", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
			i, _ := args[1].(Int)
			if i >= 3 {
				return nil, NewError(IndexErrorType, "out")
			}
			return MakeInt(int64(i) * 10), nil
		}),
	))
	W := ocClass(t, "W", []Value{V}, ocNS("__radd__", ret(Str("W.radd"))))
	a, b := ocCall(t, V, MakeInt(1)), ocCall(t, V, MakeInt(1))
	w := ocCall(t, W, MakeInt(2))
	require.Equal(t, "V(1)", ocRepr(t, a))
	s, err := ToStr(th, a)
	require.NoError(t, err)
	require.Equal(t, "V(1)", s)
	r, err := BinaryOp(th, ast.Add, a, b)
	require.NoError(t, err)
	require.Equal(t, Str("V.add"), r)
	r, err = BinaryOp(th, ast.Add, a, w) // the subclass's reflected method first
	require.NoError(t, err)
	require.Equal(t, Str("W.radd"), r)
	_, err = BinaryOp(th, ast.Sub, a, b)
	require.Equal(t, "TypeError: unsupported operand type(s) for -: 'V' and 'V'", ocErr(t, err))
	eq, err := Equal(th, a, b)
	require.NoError(t, err)
	require.True(t, eq)
	ne, err := Compare(th, ast.NotEq, a, b)
	require.NoError(t, err)
	require.Equal(t, False, ne)
	_, err = Hash(th, a)
	require.Equal(t, "TypeError: unhashable type: 'V'", ocErr(t, err))
	n, err := Len(th, a)
	require.NoError(t, err)
	require.Equal(t, 3, n)
	items, err := IterateAll(th, a)
	require.NoError(t, err)
	require.Equal(t, ints(0, 10, 20), items)
	in, err := Contains(th, a, MakeInt(20))
	require.NoError(t, err)
	require.True(t, in)
	_, err = Compare(th, ast.Lt, a, b)
	require.Equal(t, "TypeError: '<' not supported between instances of 'V' and 'V'", ocErr(t, err))
	_, err = Call(th, a, nil, nil)
	require.Equal(t, "TypeError: 'V' object is not callable", ocErr(t, err))

	// Plain objects: identity equality and hash, default repr.
	P := ocClass(t, "P", nil, ocNS())
	p := ocCall(t, P)
	h, err := Hash(th, p)
	require.NoError(t, err)
	require.Equal(t, int64(Id(p)>>4), h)
	_, err = Len(th, p)
	require.Equal(t, "TypeError: object of type 'P' has no len()", ocErr(t, err))
	_, err = Iter(th, p)
	require.Equal(t, "TypeError: 'P' object is not iterable", ocErr(t, err))
	_, err = GetItem(th, p, MakeInt(0))
	require.Equal(t, "TypeError: 'P' object is not subscriptable", ocErr(t, err))
	_, err = UnaryOp(th, ast.USub, p)
	require.Equal(t, "TypeError: bad operand type for unary -: 'P'", ocErr(t, err))
}

func TestBuiltinBases(t *testing.T) {
	th := NewThread("t")
	// class MyErr(ValueError) with a method.
	E := ocClass(t, "MyErr", []Value{ValueErrorType}, ocNS("code", ret(MakeInt(7))))
	e := ocCall(t, E, Str("bad"))
	exc, ok := e.(*Exception)
	require.True(t, ok)
	require.True(t, IsExc(exc, LookupErrorType) == false && IsExc(exc, ValueErrorType))
	require.Equal(t, MakeInt(7), ocCall(t, ocAttr(t, e, "code")))
	require.Equal(t, "MyErr: bad", FormatExceptionOnly(th, exc))

	// class D(dict) with __missing__.
	D := ocClass(t, "D", []Value{DictType}, ocNS("__missing__", ocFn("__missing__", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
		return BinaryOp(th, ast.Mult, args[1], MakeInt(2))
	})))
	d := ocCall(t, D)
	require.NoError(t, SetItem(th, d, Str("a"), MakeInt(1)))
	v, err := GetItem(th, d, Str("a"))
	require.NoError(t, err)
	require.Equal(t, MakeInt(1), v)
	v, err = GetItem(th, d, MakeInt(21))
	require.NoError(t, err)
	require.Equal(t, MakeInt(42), v)
	require.Equal(t, "{'a': 1}", ocRepr(t, d))
	keys := ocCall(t, ocAttr(t, d, "keys"))
	require.Equal(t, "dict_keys(['a'])", ocRepr(t, keys))

	// class L(list).
	L := ocClass(t, "L", []Value{ListType}, ocNS())
	l := ocCall(t, L, NewList(ints(1, 2)))
	ocCall(t, ocAttr(t, l, "append"), MakeInt(3))
	n, err := Len(th, l)
	require.NoError(t, err)
	require.Equal(t, 3, n)
	require.True(t, IsInstance(l, ListType))
}

func TestInitSubclassAndType(t *testing.T) {
	th := NewThread("t")
	var seen []string
	Base := ocClass(t, "Base", nil, ocNS("__init_subclass__", ocFn("__init_subclass__", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
		tag := "none"
		for _, kw := range kwargs {
			tag = string(kw.Value.(Str))
		}
		seen = append(seen, args[0].(*Type).Name()+":"+tag)
		return None, nil
	})))
	_, err := BuildClass(th, "A", "A", "__main__", []Value{Base}, ocNS(), []KwArg{{Name: "tag", Value: Str("x")}})
	require.NoError(t, err)
	ocClass(t, "B", []Value{Base}, ocNS())
	require.Equal(t, []string{"A:x", "B:none"}, seen)
	_, err = BuildClass(th, "X", "X", "__main__", nil, ocNS(), []KwArg{{Name: "tag", Value: Str("x")}})
	require.Equal(t, "TypeError: X.__init_subclass__() takes no keyword arguments", ocErr(t, err))

	T, err := Call(th, TypeType, []Value{Str("T"), NewTuple(nil), ocNS("k", MakeInt(1))}, nil)
	require.NoError(t, err)
	require.Equal(t, MakeInt(1), ocAttr(t, ocCall(t, T), "k"))
	require.Equal(t, TypeType, ocCall(t, TypeType, T))
}

// TestSharedInstance hammers one instance from many goroutines: every
// read sees a value some writer stored (never a torn one), and -race stays
// clean.
func TestSharedInstance(t *testing.T) {
	EnableSharing()
	C := ocClass(t, "Shared", nil, ocNS())
	obj := ocCall(t, C)
	site := NewAttrSite("a")
	values := []Value{MakeInt(1), Str("two"), NewList(nil), None}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			th := NewThread("w")
			for i := 0; i < 2000; i++ {
				name := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}[(i+g)%10]
				require.NoError(t, SetAttr(th, obj, name, values[(i+g)%len(values)]))
				if g%2 == 0 {
					require.NoError(t, site.Set(th, obj, values[i%len(values)]))
				}
				v, err := site.Get(th, obj)
				if err == nil {
					found := false
					for _, x := range values {
						if sameObj(x, v) {
							found = true
						}
					}
					require.True(t, found, "torn value %v", v)
				}
				if i == 1000 && g == 3 {
					_ = obj.(*Instance).Dict() // switch to dict mode mid-run
				}
			}
		}(g)
	}
	wg.Wait()
	d := obj.(*Instance).Dict()
	require.True(t, strings.HasPrefix(ocRepr(t, d), "{"))
}
