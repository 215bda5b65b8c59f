package runtime

import "github.com/spindle-lang/spindle/ast"

// bool is a subclass of int: every operation treats True as 1 and False
// as 0, except repr ("True") and & | ^ between two bools, which stay bool.

var (
	_ HasBinary  = False
	_ HasUnary   = False
	_ HasCompare = False
	_ HasEqual   = False
	_ HasHash    = False
	_ HasRepr    = False
)

// Binary implements the arithmetic operators; & | ^ of two bools is a bool.
func (b Bool) Binary(th *Thread, op ast.Op, other Value, right bool) (Value, error) {
	if o, ok := other.(Bool); ok {
		switch op {
		case ast.BitAnd:
			return b && o, nil
		case ast.BitOr:
			return b || o, nil
		case ast.BitXor:
			return Bool(b != o), nil
		}
	}
	if inst, ok := other.(*Instance); ok && !right {
		// bool's own type decides which subclasses go first.
		return instBinary(th, op, b, inst)
	}
	return Int(boolToInt64(b)).Binary(th, op, other, right)
}

// Unary implements -x, +x and ~x (on the int value).
func (b Bool) Unary(th *Thread, op ast.Op) (Value, error) {
	return Int(boolToInt64(b)).Unary(th, op)
}

// Compare implements the rich comparisons (as the int 0 or 1).
func (b Bool) Compare(th *Thread, op ast.Op, other Value) (Value, error) {
	return Int(boolToInt64(b)).Compare(th, op, other)
}

// Equal implements ==.
func (b Bool) Equal(th *Thread, other Value) (bool, bool, error) {
	if o, ok := other.(Bool); ok {
		return b == o, true, nil
	}
	return Int(boolToInt64(b)).Equal(th, other)
}

// Hash implements hash(): 1 or 0.
func (b Bool) Hash(th *Thread) (int64, error) { return boolToInt64(b), nil }

// Repr implements repr() and str().
func (b Bool) Repr(th *Thread) (string, error) {
	if b {
		return "True", nil
	}
	return "False", nil
}
