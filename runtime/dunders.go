package runtime

import (
	"math"
	"math/big"

	"github.com/spindle-lang/spindle/ast"
)

// Explicit dunder calls on built-in values ('ab'.__add__('c'),
// (10).__neg__(), [].__len__()). The built-in types implement their
// behaviour as Go methods (the capability interfaces), not as entries of
// their type's Dict, so GetAttr falls back to builtinDunder, which makes a
// bound method out of the matching generic operation. As in CPython, a
// binary dunder returns NotImplemented for an unsupported operand.

var binaryDunders = map[string]ast.Op{
	"add": ast.Add, "sub": ast.Sub, "mul": ast.Mult, "matmul": ast.MatMult,
	"truediv": ast.Div, "floordiv": ast.FloorDiv, "mod": ast.Mod, "pow": ast.Pow,
	"lshift": ast.LShift, "rshift": ast.RShift, "and": ast.BitAnd, "or": ast.BitOr,
	"xor": ast.BitXor,
}

var compareDunders = map[string]ast.Op{
	"__eq__": ast.Eq, "__ne__": ast.NotEq, "__lt__": ast.Lt, "__le__": ast.LtE,
	"__gt__": ast.Gt, "__ge__": ast.GtE,
}

var unaryDunders = map[string]ast.Op{
	"__neg__": ast.USub, "__pos__": ast.UAdd, "__invert__": ast.Invert,
}

// dunderFn is the body of a synthesized dunder method.
type dunderFn func(th *Thread, self Value, args []Value) (Value, error)

// builtinDunder returns v's dunder `name` as a bound method, or nil when
// v does not support it.
func builtinDunder(v Value, name string) *Builtin {
	if len(name) < 5 || name[:2] != "__" || name[len(name)-2:] != "__" {
		return nil
	}
	fn, nargs := dunderFor(v, name)
	if fn == nil {
		return nil
	}
	return &Builtin{Name: name, Method: true, Self: v, Owner: v.Type(),
		Fn: func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if len(kwargs) > 0 {
				return nil, NewError(TypeErrorType, "%s() takes no keyword arguments", name)
			}
			if len(args) != nargs {
				return nil, NewError(TypeErrorType, "expected %d argument%s, got %d", nargs, plural(nargs), len(args))
			}
			return fn(th, self, args)
		}}
}

func dunderFor(v Value, name string) (dunderFn, int) {
	inner := name[2 : len(name)-2]
	if op, ok := binaryDunders[inner]; ok {
		if b, ok := v.(HasBinary); ok && !lacksComplexOp(v, op) {
			return func(th *Thread, self Value, a []Value) (Value, error) {
				if !numericOperandOK(self, a[0]) {
					return NotImplemented, nil
				}
				return b.Binary(th, op, a[0], false)
			}, 1
		}
		return nil, 0
	}
	if len(inner) > 1 && inner[0] == 'r' {
		if op, ok := binaryDunders[inner[1:]]; ok {
			if b, ok := v.(HasBinary); ok && !lacksComplexOp(v, op) {
				return func(th *Thread, self Value, a []Value) (Value, error) {
					if !numericOperandOK(self, a[0]) {
						return NotImplemented, nil
					}
					return b.Binary(th, op, a[0], true)
				}, 1
			}
			return nil, 0
		}
	}
	if op, ok := compareDunders[name]; ok {
		return func(th *Thread, self Value, a []Value) (Value, error) { return dunderCompare(th, op, self, a[0]) }, 1
	}
	if op, ok := unaryDunders[name]; ok {
		if _, ok := v.(HasUnary); ok || isNumber(v) {
			return func(th *Thread, self Value, _ []Value) (Value, error) { return UnaryOp(th, op, self) }, 0
		}
		return nil, 0
	}
	switch name {
	case "__repr__":
		return func(th *Thread, self Value, _ []Value) (Value, error) { s, err := Repr(th, self); return Str(s), err }, 0
	case "__str__":
		return func(th *Thread, self Value, _ []Value) (Value, error) { s, err := ToStr(th, self); return Str(s), err }, 0
	case "__hash__":
		return func(th *Thread, self Value, _ []Value) (Value, error) {
			h, err := Hash(th, self)
			return MakeInt(h), err
		}, 0
	case "__format__":
		return func(th *Thread, self Value, a []Value) (Value, error) {
			spec, ok := a[0].(Str)
			if !ok {
				return nil, NewError(TypeErrorType, "format() argument must be str, not %s", TypeName(a[0]))
			}
			s, err := Format(th, self, string(spec))
			return Str(s), err
		}, 1
	case "__len__":
		if _, err := Len(nil, v); err == nil || !IsExc(err, TypeErrorType) {
			return func(th *Thread, self Value, _ []Value) (Value, error) {
				n, err := Len(th, self)
				return MakeInt(int64(n)), err
			}, 0
		}
	case "__contains__":
		if canIterate(v) {
			return func(th *Thread, self Value, a []Value) (Value, error) {
				ok, err := Contains(th, self, a[0])
				return Bool(ok), err
			}, 1
		}
	case "__iter__":
		if canIterate(v) {
			return func(th *Thread, self Value, _ []Value) (Value, error) {
				it, err := Iter(th, self)
				if err != nil {
					return nil, err
				}
				return IteratorValue(it), nil
			}, 0
		}
	case "__getitem__":
		if _, ok := v.(Indexable); ok || isSequenceOrMapping(v) {
			return func(th *Thread, self Value, a []Value) (Value, error) { return GetItem(th, self, a[0]) }, 1
		}
	case "__setitem__":
		if _, ok := v.(HasSetItem); ok || isMutableContainer(v) {
			return func(th *Thread, self Value, a []Value) (Value, error) { return None, SetItem(th, self, a[0], a[1]) }, 2
		}
	case "__delitem__":
		if _, ok := v.(HasSetItem); ok || isMutableContainer(v) {
			return func(th *Thread, self Value, a []Value) (Value, error) { return None, DelItem(th, self, a[0]) }, 1
		}
	case "__bool__":
		if isNumber(v) || isComplex(v) {
			return func(th *Thread, self Value, _ []Value) (Value, error) { t, err := Truth(th, self); return Bool(t), err }, 0
		}
	case "__abs__":
		if isNumber(v) || isComplex(v) {
			return func(th *Thread, self Value, _ []Value) (Value, error) { return Abs(th, self) }, 0
		}
	case "__int__", "__index__", "__trunc__", "__floor__", "__ceil__":
		if IsIntValue(v) {
			return func(th *Thread, self Value, _ []Value) (Value, error) { return intOf(self), nil }, 0
		}
		if f, ok := v.(Float); ok && name != "__index__" {
			return func(th *Thread, _ Value, _ []Value) (Value, error) { return roundFloatToInt(name, float64(f)) }, 0
		}
	case "__float__":
		if isNumber(v) {
			return func(th *Thread, self Value, _ []Value) (Value, error) {
				f, ok := AsFloat(self)
				if !ok {
					return nil, NewError(OverflowErrorType, "int too large to convert to float")
				}
				return Float(f), nil
			}, 0
		}
	}
	return nil, 0
}

// numericOperandOK reports whether a binary dunder of the number self
// takes other: int's only ints, float's ints and floats (int.__add__(1,
// 2.0) is NotImplemented; the operator + converts, the method does not).
func numericOperandOK(self, other Value) bool {
	switch self.(type) {
	case Int, *BigInt, Bool:
		return IsInstance(other, IntType)
	case Float:
		return IsInstance(other, IntType) || IsInstance(other, FloatType)
	}
	return true
}

// dunderCompare is a.__eq__(b) and friends: the operand's own comparison,
// NotImplemented when it has none (identity for == and !=).
func dunderCompare(th *Thread, op ast.Op, a, b Value) (Value, error) {
	if c, ok := a.(HasCompare); ok {
		return c.Compare(th, op, b)
	}
	if isNumber(a) || a.Type() == StrType {
		return Compare(th, op, a, b)
	}
	switch op {
	case ast.Eq:
		if a == b {
			return True, nil
		}
	case ast.NotEq:
		if a == b {
			return False, nil
		}
	}
	return NotImplemented, nil
}

func canIterate(v Value) bool {
	switch v.(type) {
	case Iterable, Iterator:
		return true
	}
	return false
}

func isSequenceOrMapping(v Value) bool {
	switch v.(type) {
	case *List, *Tuple, *Dict, Str, Bytes:
		return true
	}
	return false
}

func isMutableContainer(v Value) bool {
	switch v.(type) {
	case *List, *Dict:
		return true
	}
	return false
}

// intOf returns an int-like value as a plain int (True → 1).
func intOf(v Value) Value {
	if b, ok := v.(Bool); ok {
		if b {
			return MakeInt(1)
		}
		return MakeInt(0)
	}
	return v
}

// roundFloatToInt is __int__/__trunc__/__floor__/__ceil__ of a float.
func roundFloatToInt(name string, f float64) (Value, error) {
	switch name {
	case "__floor__":
		f = math.Floor(f)
	case "__ceil__":
		f = math.Ceil(f)
	}
	return floatToInt(f)
}

// isAbsBase reports whether a subclass instance's built-in value has a
// built-in abs() (int, float, complex subclasses).
func isAbsBase(v Value) bool {
	switch v.(type) {
	case Int, *BigInt, Bool, Float, Complex:
		return true
	}
	return false
}

// Abs is abs(v) for built-in numbers, else v.__abs__().
func Abs(th *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case Int:
		if x >= 0 {
			return x, nil
		}
		if x == math.MinInt64 {
			return NewBigInt(new(big.Int).Neg(big.NewInt(int64(x)))), nil
		}
		return MakeInt(-int64(x)), nil
	case *BigInt:
		if x.v.Sign() >= 0 {
			return x, nil
		}
		return NewBigInt(new(big.Int).Neg(x.v)), nil
	case Float:
		return Float(math.Abs(float64(x))), nil
	case Bool:
		return intOf(x), nil
	case Complex:
		return ComplexAbs(x)
	}
	if v.Type().Lookup("__abs__") != nil {
		return CallMethod(th, v, "__abs__", nil, nil)
	}
	if inst, ok := v.(*Instance); ok && isAbsBase(inst.BaseValue()) {
		return Abs(th, inst.BaseValue())
	}
	return nil, NewError(TypeErrorType, "bad operand type for abs(): '%s'", TypeName(v))
}
