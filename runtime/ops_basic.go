package runtime

import (
	"fmt"
	"reflect"
	"strconv"
	"unicode/utf8"

	"github.com/spindle-lang/spindle/ast"
)

// The generic operations. Each one first handles the hot built-in cases
// inline (the compiler calls these on every operation, so the common
// pairings must not go through an interface call), then falls back to the
// capability interfaces of value.go, then produces CPython's error.

// Truth is bool(v).
func Truth(th *Thread, v Value) (bool, error) {
	switch x := v.(type) {
	case Bool:
		return bool(x), nil
	case Int:
		return x != 0, nil
	case *NoneValue:
		return false, nil
	case Str:
		return x != "", nil
	case Float:
		return x != 0, nil
	case *List:
		return x.Len() != 0, nil
	case *Tuple:
		return len(x.Items) != 0, nil
	case *Dict:
		return x.Len() != 0, nil
	case *BigInt:
		return true, nil
	case Bytes:
		return x != "", nil
	case HasTruth:
		return x.Truth(th)
	case Sized:
		n, err := x.Len(th)
		return n != 0, err
	}
	return true, nil
}

// Truthy is bool(v) for callers that cannot run user code or report an
// error; a failing __bool__ counts as true.
func Truthy(v Value) bool {
	t, err := Truth(nil, v)
	return t || err != nil
}

// Repr is repr(v).
func Repr(th *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case Bool:
		if x {
			return "True", nil
		}
		return "False", nil
	case *NoneValue:
		return "None", nil
	case HasRepr:
		th, err := EnterRepr(th)
		if err != nil {
			return "", err
		}
		defer LeaveNative(th)
		return x.Repr(th)
	case *Type:
		if r, ok, err := metaDunder(th, x, "__repr__"); ok {
			if err != nil {
				return "", err
			}
			s, isStr := r.(Str)
			if !isStr {
				return "", NewError(TypeErrorType, "__repr__ returned non-string (type %s)", TypeName(r))
			}
			return string(s), nil
		}
		return typeRepr(x), nil
	case *Builtin:
		if x.Slot {
			if x.Self != nil {
				return fmt.Sprintf("<method-wrapper '%s' of %s object at %#x>", x.Name, TypeName(x.Self), Id(x.Self)), nil
			}
			return fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", x.Name, x.Owner.Name()), nil
		}
		if x.Self != nil && x.Method {
			return fmt.Sprintf("<built-in method %s of %s object at %#x>", x.Name, TypeName(x.Self), Id(x.Self)), nil
		}
		if x.Method && x.Owner != nil {
			return fmt.Sprintf("<method '%s' of '%s' objects>", x.Name, x.Owner.Name()), nil
		}
		return fmt.Sprintf("<built-in function %s>", x.Name), nil
	case *Module:
		if x.File == "" {
			return fmt.Sprintf("<module '%s' (built-in)>", x.Name), nil
		}
		return fmt.Sprintf("<module '%s' from '%s'>", x.Name, x.File), nil
	case *NotImplementedValue:
		return "NotImplemented", nil
	case *EllipsisValue:
		return "Ellipsis", nil
	}
	return defaultRepr(v), nil
}

func typeRepr(t *Type) string {
	if ClassContainer.Repr != nil {
		if s, ok := ClassContainer.Repr(t); ok {
			return s
		}
	}
	if t.Module() == "builtins" || t.Module() == "" {
		return "<class '" + t.Name() + "'>"
	}
	q := t.Qualname()
	if q == "" {
		q = t.Name()
	}
	return "<class '" + t.Module() + "." + q + "'>"
}

// ToStr is str(v).
func ToStr(th *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return string(x), nil
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case HasStr:
		return x.Str(th)
	}
	return Repr(th, v)
}

// Id is id(v): a number unique among live objects.
func Id(v Value) uintptr {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return rv.Pointer()
	}
	// Immutable non-pointer values (ints, strs, floats): derive a stable
	// number from the value itself.
	h, _ := Hash(nil, v)
	return uintptr(h)
}

// Hash is hash(v).
func Hash(th *Thread, v Value) (int64, error) {
	switch x := v.(type) {
	case Str:
		return StrHash(string(x)), nil
	case Int:
		return IntHash(int64(x)), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case Float:
		return FloatHash(float64(x)), nil
	case *BigInt:
		return BigHash(x.v), nil
	case HasHash:
		th, err := enterHash(th)
		if err != nil {
			return 0, err
		}
		defer LeaveNative(th)
		return x.Hash(th)
	case *List, *Dict:
		return 0, NewError(TypeErrorType, "unhashable type: '%s'", TypeName(v))
	case *Set:
		if !x.Frozen {
			return 0, NewError(TypeErrorType, "unhashable type: 'set'")
		}
	}
	return int64(Id(v) >> 4), nil
}

// Equal is a == b, as a Go bool.
func Equal(th *Thread, a, b Value) (bool, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	case Str:
		if y, ok := b.(Str); ok {
			return x == y, nil
		}
	case Float:
		if y, ok := b.(Float); ok {
			return x == y, nil
		}
	case *Instance:
		if y, ok := b.(*Instance); ok && identityEq(x, y) {
			return x == y, nil
		}
	}
	r, err := richCompare(th, ast.Eq, a, b)
	if err != nil {
		return false, err
	}
	return Truth(th, r)
}

// Compare is a rich comparison `a op b` (op one of ast.Eq, NotEq, Lt, LtE,
// Gt, GtE), returning whatever the operands' dunders return (usually a
// Bool).
func Compare(th *Thread, op ast.Op, a, b Value) (Value, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return Bool(CmpOrdered(op, x, y)), nil
		}
	case Float:
		if y, ok := b.(Float); ok {
			return Bool(CmpOrdered(op, x, y)), nil
		}
	case Str:
		if y, ok := b.(Str); ok {
			return Bool(CmpOrdered(op, x, y)), nil
		}
	case *Instance:
		if y, ok := b.(*Instance); ok && (op == ast.Eq || op == ast.NotEq) && identityEq(x, y) {
			return Bool((x == y) == (op == ast.Eq)), nil
		}
	}
	return richCompare(th, op, a, b)
}

// CmpOrdered is the comparison op (one of the six) of two ints, floats
// or strs by Go's ordering (IEEE for floats: every comparison with a NaN
// is false but !=).
func CmpOrdered[T ~int64 | ~float64 | ~string](op ast.Op, a, b T) bool {
	switch op {
	case ast.Eq:
		return a == b
	case ast.NotEq:
		return a != b
	case ast.Lt:
		return a < b
	case ast.LtE:
		return a <= b
	case ast.Gt:
		return a > b
	case ast.GtE:
		return a >= b
	}
	return false
}

// reflectedCmp is the operator tried on the right operand: a < b is b > a.
var reflectedCmp = map[ast.Op]ast.Op{
	ast.Eq: ast.Eq, ast.NotEq: ast.NotEq, ast.Lt: ast.Gt, ast.Gt: ast.Lt, ast.LtE: ast.GtE, ast.GtE: ast.LtE,
}

func richCompare(th *Thread, op ast.Op, a, b Value) (Value, error) {
	th, err := EnterCompare(th)
	if err != nil {
		return nil, err
	}
	defer LeaveNative(th)
	if op == ast.Eq || op == ast.NotEq {
		if x, ok := a.(HasEqual); ok {
			eq, ok, err := x.Equal(th, b)
			if err != nil || ok {
				return Bool(eq == (op == ast.Eq)), err
			}
		}
	}
	if x, ok := a.(HasCompare); ok {
		r, err := x.Compare(th, op, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if op == ast.Eq || op == ast.NotEq {
		if y, ok := b.(HasEqual); ok {
			eq, ok, err := y.Equal(th, a)
			if err != nil || ok {
				return Bool(eq == (op == ast.Eq)), err
			}
		}
	}
	if y, ok := b.(HasCompare); ok {
		r, err := y.Compare(th, reflectedCmp[op], a)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	switch op {
	case ast.Eq:
		return Bool(a == b), nil
	case ast.NotEq:
		return Bool(a != b), nil
	}
	return nil, NewError(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", op.String(), TypeName(a), TypeName(b))
}

// Less is a < b as a Go bool (for sorting, min, max).
func Less(th *Thread, a, b Value) (bool, error) {
	r, err := Compare(th, ast.Lt, a, b)
	if err != nil {
		return false, err
	}
	if bv, ok := r.(Bool); ok {
		return bool(bv), nil
	}
	return Truth(th, r)
}

// Len is len(v).
func Len(th *Thread, v Value) (int, error) {
	switch x := v.(type) {
	case Str:
		return utf8.RuneCountInString(string(x)), nil
	case *List:
		return x.Len(), nil
	case *Tuple:
		return len(x.Items), nil
	case *Dict:
		return x.Len(), nil
	case *Set:
		return x.Len(), nil
	case Bytes:
		return len(x), nil
	case Sized:
		return x.Len(th)
	case *Type:
		if members, ok := classMembers(x); ok {
			return len(members), nil
		}
		if r, ok, err := metaDunder(th, x, "__len__"); ok {
			if err != nil {
				return 0, err
			}
			return IndexInt(r)
		}
	}
	return 0, NewError(TypeErrorType, "object of type '%s' has no len()", TypeName(v))
}

// Format is format(v, spec).
func Format(th *Thread, v Value, spec string) (string, error) {
	if f, ok := v.(HasFormat); ok {
		return f.Format(th, spec)
	}
	if spec == "" {
		return ToStr(th, v)
	}
	return "", NewError(TypeErrorType, "unsupported format string passed to %s.__format__", TypeName(v))
}

// IsCallable is callable(v). Instances of user classes (whose Go type may
// implement Callable for every instance) count only when their class
// defines __call__.
func IsCallable(v Value) bool {
	switch v.(type) {
	case *Type, *Builtin, *BoundMethod:
		return true
	}
	t := v.Type()
	if t.Extra != nil {
		return t.Lookup("__call__") != nil
	}
	_, ok := v.(Callable)
	return ok || t.Lookup("__call__") != nil
}
