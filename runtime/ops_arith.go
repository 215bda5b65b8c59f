package runtime

import (
	"github.com/spindle-lang/spindle/ast"
)

// BinaryOp is `a op b` for the arithmetic and bitwise operators.
func BinaryOp(th *Thread, op ast.Op, a, b Value) (Value, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			if r, ok := intFast(op, x, y); ok {
				return r, nil
			}
		}
	case Float:
		if y, ok := b.(Float); ok {
			if r, ok := floatFast(op, x, y); ok {
				return r, nil
			}
		}
	case Str:
		if y, ok := b.(Str); ok && op == ast.Add {
			return StrConcat(x, y), nil
		}
	}
	return binarySlow(th, op, a, b)
}

// intFast handles the int pairings that cannot overflow int64 or divide
// by zero; everything else goes to the int type's full implementation.
func intFast(op ast.Op, x, y Int) (Value, bool) {
	switch op {
	case ast.Add:
		r := x + y
		if (r > x) == (y > 0) {
			return MakeInt(int64(r)), true
		}
	case ast.Sub:
		r := x - y
		if (r < x) == (y > 0) {
			return MakeInt(int64(r)), true
		}
	case ast.Mult:
		if x > -1<<31 && x < 1<<31 && y > -1<<31 && y < 1<<31 {
			return MakeInt(int64(x * y)), true
		}
	case ast.FloorDiv:
		if y > 0 && x >= 0 {
			return MakeInt(int64(x / y)), true
		}
	case ast.Mod:
		if y > 0 {
			r := x % y
			if r < 0 {
				r += y
			}
			return MakeInt(int64(r)), true
		}
	case ast.BitAnd:
		return MakeInt(int64(x & y)), true
	case ast.BitOr:
		return MakeInt(int64(x | y)), true
	case ast.BitXor:
		return MakeInt(int64(x ^ y)), true
	}
	return nil, false
}

func floatFast(op ast.Op, x, y Float) (Value, bool) {
	switch op {
	case ast.Add:
		return x + y, true
	case ast.Sub:
		return x - y, true
	case ast.Mult:
		return x * y, true
	case ast.Div:
		if y != 0 {
			return x / y, true
		}
	}
	return nil, false
}

func binarySlow(th *Thread, op ast.Op, a, b Value) (Value, error) {
	if x, ok := a.(HasBinary); ok {
		r, err := x.Binary(th, op, b, false)
		if err != nil || r != NotImplemented {
			return r, err
		}
	} else if r, ok, err := metaBinary(th, op, a, b, 0); ok && (err != nil || r != NotImplemented) {
		return r, err
	}
	if y, ok := b.(HasBinary); ok {
		r, err := y.Binary(th, op, a, true)
		if err != nil || r != NotImplemented {
			return r, err
		}
	} else if r, ok, err := metaBinary(th, op, b, a, 1); ok && (err != nil || r != NotImplemented) {
		return r, err
	}
	if op == ast.BitOr {
		if r, ok, err := unionOr(th, a, b); ok {
			return r, err
		}
	}
	return nil, binaryTypeError(op, a, b)
}

// metaBinary calls the binary-operator dunder of class t's metaclass
// (form 0: the method, 1: its reflection, 2: the in-place form) with
// other: C + 1 with a metaclass defining __add__. ok is false when t is
// not a class or its metaclass does not define the method.
func metaBinary(th *Thread, op ast.Op, t, other Value, form dunderSlot) (Value, bool, error) {
	c, isType := t.(*Type)
	if !isType || !isBinOp(op) {
		return nil, false, nil
	}
	return metaDunder(th, c, dunderNames[binSlot(op)+form], other)
}

func binaryTypeError(op ast.Op, a, b Value) error {
	sym := op.String()
	if op == ast.Pow {
		sym = "** or pow()"
	}
	return NewError(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", sym, TypeName(a), TypeName(b))
}

// InplaceOp is `a op= b`: the in-place dunder when the left operand has
// one (list +=), else the binary operator.
func InplaceOp(th *Thread, op ast.Op, a, b Value) (Value, error) {
	if x, ok := a.(HasInplace); ok {
		r, err := x.Inplace(th, op, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	} else if r, ok, err := metaBinary(th, op, a, b, 2); ok && (err != nil || r != NotImplemented) {
		return r, err
	}
	r, err := BinaryOp(th, op, a, b)
	if err != nil {
		return nil, augmentedMessage(op, a, b, err)
	}
	return r, nil
}

// augmentedMessage rewrites the "unsupported operand type(s) for +" error
// of a failed `a += b` to name `+=`, as CPython does.
func augmentedMessage(op ast.Op, a, b Value, err error) error {
	e, ok := err.(*Exception)
	if !ok || e.Class != TypeErrorType || len(e.Args) != 1 {
		return err
	}
	if e.Args[0] != binaryTypeError(op, a, b).(*Exception).Args[0] {
		return err
	}
	return NewError(TypeErrorType, "unsupported operand type(s) for %s=: '%s' and '%s'", op.String(), TypeName(a), TypeName(b))
}

// UnaryOp is `op a` for -, + and ~ (and `not`).
func UnaryOp(th *Thread, op ast.Op, a Value) (Value, error) {
	switch op {
	case ast.Not:
		t, err := Truth(th, a)
		return Bool(!t), err
	case ast.USub:
		switch x := a.(type) {
		case Int:
			if x != -x || x == 0 {
				return MakeInt(int64(-x)), nil
			}
		case Float:
			return -x, nil
		}
	}
	if x, ok := a.(HasUnary); ok {
		return x.Unary(th, op)
	}
	return nil, NewError(TypeErrorType, "bad operand type for unary %s: '%s'", op.String(), TypeName(a))
}
