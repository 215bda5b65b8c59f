package stdlib

import (
	"sync"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// The numbers module: the numeric tower Number > Complex > Real >
// Rational > Integral. Like CPython's numbers.py, each class has the
// ABC machinery (abstract methods enforced at instantiation, register(),
// isinstance by registration: int and bool are Integral, float Real,
// complex Complex, fractions.Fraction Rational, decimal.Decimal a Number)
// and the mixin methods written in terms of the abstract ones
// (Complex.__sub__, Real.__divmod__, Real.__complex__, Rational.__float__,
// Integral.__index__, ...). The abstract
// methods are markers that raise NotImplementedError when called (as
// CPython's bodies do), without binding to an instance.

var numbersTypes = map[string]*rt.Type{}

// abstractMarker is an abstract method or property of a numbers class.
type abstractMarker struct{ name string }

func (*abstractMarker) Type() *rt.Type { return rt.FunctionType }

func (a *abstractMarker) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "__isabstractmethod__":
		return rt.True, nil
	case "__name__", "__qualname__":
		return rt.Str(a.name), nil
	}
	return nil, nil
}

func (a *abstractMarker) Call(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	return nil, rt.NewError(rt.NotImplementedErrorType, "")
}

// numbersClass builds one class: its abstract names, then its mixins.
func numbersClass(name string, base *rt.Type, abstract []string, mixins ...any) *rt.Type {
	var entries []any
	for _, a := range abstract {
		entries = append(entries, a, &abstractMarker{a})
	}
	entries = append(entries, mixins...)
	var bases []*rt.Type
	if base != nil {
		bases = []*rt.Type{base}
	}
	t := goClass(name, "numbers", bases, entries...)
	if base == nil {
		t.Dict.SetStr("__hash__", rt.None)
		abcRegister, _ := abcType.Dict.GetStr("register")
		t.Dict.SetStr("register", abcRegister)
		t.Dict.SetStr("__init_subclass__", classMeth("__init_subclass__", abcInitSubclass))
		if _, err := abcInitSubclass(rt.NewThread(""), t, nil, nil); err != nil {
			panic("numbers: " + err.Error())
		}
	}
	numbersTypes[name] = t
	return t
}

// binMixin is a method computing op on values derived from self/other.
func binMixin(name string, fn func(th *rt.Thread, self, other rt.Value) (rt.Value, error)) *rt.Builtin {
	return meth(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(args) != 1 || len(kwargs) != 0 {
			return nil, rt.NewError(rt.TypeErrorType, "%s() takes 2 positional arguments but %d were given", name, len(args)+1)
		}
		return fn(th, self, args[0])
	})
}

func unMixin(name string, fn func(th *rt.Thread, self rt.Value) (rt.Value, error)) *rt.Builtin {
	return meth(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(args) != 0 || len(kwargs) != 0 {
			return nil, rt.NewError(rt.TypeErrorType, "%s() takes 1 positional argument but %d were given", name, len(args)+1)
		}
		return fn(th, self)
	})
}

// loadNumbersModule makes the numbers module (registered in modules.go).
func loadNumbersModule() *rt.Module {
	setupNumbersTypes()
	m := rt.NewModule("numbers")
	for _, n := range []string{"Number", "Complex", "Real", "Rational", "Integral"} {
		m.Dict.SetStr(n, numbersTypes[n])
	}
	m.Dict.SetStr("__all__", strList([]string{"Number", "Complex", "Real", "Rational", "Integral"}))
	return m
}

// numbersSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var numbersSetup sync.Once

func setupNumbersTypes() { numbersSetup.Do(initNumbersTypes) }

func initNumbersTypes() {
	number := numbersClass("Number", nil, nil)
	complexT := numbersClass("Complex", number,
		[]string{"__complex__", "real", "imag", "__add__", "__radd__", "__neg__", "__pos__", "__mul__", "__rmul__",
			"__truediv__", "__rtruediv__", "__pow__", "__rpow__", "__abs__", "conjugate", "__eq__"},
		"__bool__", unMixin("__bool__", func(th *rt.Thread, self rt.Value) (rt.Value, error) {
			r, err := rt.Compare(th, ast.NotEq, self, rt.MakeInt(0))
			return r, err
		}),
		"__sub__", binMixin("__sub__", func(th *rt.Thread, self, other rt.Value) (rt.Value, error) {
			neg, err := rt.UnaryOp(th, ast.USub, other)
			if err != nil {
				return nil, err
			}
			return rt.BinaryOp(th, ast.Add, self, neg)
		}),
		"__rsub__", binMixin("__rsub__", func(th *rt.Thread, self, other rt.Value) (rt.Value, error) {
			neg, err := rt.UnaryOp(th, ast.USub, self)
			if err != nil {
				return nil, err
			}
			return rt.BinaryOp(th, ast.Add, neg, other)
		}),
	)
	plusSelf := func(th *rt.Thread, self rt.Value) (rt.Value, error) { return rt.UnaryOp(th, ast.UAdd, self) }
	real := numbersClass("Real", complexT,
		[]string{"__float__", "__trunc__", "__floor__", "__ceil__", "__round__", "__floordiv__", "__rfloordiv__",
			"__mod__", "__rmod__", "__lt__", "__le__"},
		"__divmod__", binMixin("__divmod__", func(th *rt.Thread, self, other rt.Value) (rt.Value, error) {
			return divmodOf(th, self, other)
		}),
		"__rdivmod__", binMixin("__rdivmod__", func(th *rt.Thread, self, other rt.Value) (rt.Value, error) {
			return divmodOf(th, other, self)
		}),
		"__complex__", unMixin("__complex__", func(th *rt.Thread, self rt.Value) (rt.Value, error) {
			f, err := rt.Call(th, rt.FloatType, []rt.Value{self}, nil)
			if err != nil {
				return nil, err
			}
			return rt.Call(th, rt.ComplexType, []rt.Value{f}, nil)
		}),
		"real", propGetter("real", plusSelf),
		"imag", propGetter("imag", func(th *rt.Thread, self rt.Value) (rt.Value, error) { return rt.MakeInt(0), nil }),
		"conjugate", unMixin("conjugate", plusSelf),
	)
	rational := numbersClass("Rational", real, []string{"numerator", "denominator"},
		"__float__", unMixin("__float__", func(th *rt.Thread, self rt.Value) (rt.Value, error) {
			n, err := rt.GetAttr(th, self, "numerator")
			if err != nil {
				return nil, err
			}
			d, err := rt.GetAttr(th, self, "denominator")
			if err != nil {
				return nil, err
			}
			n, err = rt.Call(th, rt.IntType, []rt.Value{n}, nil)
			if err != nil {
				return nil, err
			}
			d, err = rt.Call(th, rt.IntType, []rt.Value{d}, nil)
			if err != nil {
				return nil, err
			}
			return rt.BinaryOp(th, ast.Div, n, d)
		}),
	)
	numbersClass("Integral", rational,
		[]string{"__int__", "__pow__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__",
			"__xor__", "__rxor__", "__or__", "__ror__", "__invert__"},
		"__index__", unMixin("__index__", func(th *rt.Thread, self rt.Value) (rt.Value, error) {
			return rt.Call(th, rt.IntType, []rt.Value{self}, nil)
		}),
		"__float__", unMixin("__float__", func(th *rt.Thread, self rt.Value) (rt.Value, error) {
			i, err := rt.Call(th, rt.IntType, []rt.Value{self}, nil)
			if err != nil {
				return nil, err
			}
			return rt.Call(th, rt.FloatType, []rt.Value{i}, nil)
		}),
		"numerator", propGetter("numerator", plusSelf),
		"denominator", propGetter("denominator", func(th *rt.Thread, self rt.Value) (rt.Value, error) { return rt.MakeInt(1), nil }),
	)
	// Registered on first import: before any registration isinstance
	// skips the virtual-subclass table.
	registerVirtual(numbersTypes["Integral"], rt.IntType)
	registerVirtual(numbersTypes["Complex"], rt.ComplexType)
	registerVirtual(numbersTypes["Real"], rt.FloatType)
	registerVirtual(numbersTypes["Rational"], fractionType)
	registerVirtual(numbersTypes["Number"], decimalType)
}

// divmodOf is (a // b, a % b).
func divmodOf(th *rt.Thread, a, b rt.Value) (rt.Value, error) {
	q, err := rt.BinaryOp(th, ast.FloorDiv, a, b)
	if err != nil {
		return nil, err
	}
	r, err := rt.BinaryOp(th, ast.Mod, a, b)
	if err != nil {
		return nil, err
	}
	return rt.NewTuple([]rt.Value{q, r}), nil
}

// complexAsReal is the rule of Fraction and Decimal comparisons with a
// complex: == and != compare with its real part when its imaginary part
// is 0, and nothing else is supported (ok false: NotImplemented). Other
// values are returned unchanged.
func complexAsReal(op ast.Op, other rt.Value) (rt.Value, bool) {
	c, isComplex := other.(rt.Complex)
	if !isComplex {
		return other, true
	}
	if (op != ast.Eq && op != ast.NotEq) || c.Imag() != 0 {
		return nil, false
	}
	return rt.Float(c.Real()), true
}
