// Package runtime holds Spindle's values, its object model, exceptions and
// the thread machinery that compiled code runs on.
//
// Design:
//
//   - Value is a tiny interface (just Type()). Every other behaviour is found
//     by a generic operation in ops*.go (Repr, Truth, Hash, Equal, Binary,
//     GetAttr, GetItem, Iter, Call, ...) which first type-switches on the
//     built-in Go types (the fast path the compiler relies on) and then falls
//     back to optional capability interfaces (HasRepr, HasBinary, HasAttrs,
//     Indexable, Iterable, Callable, ...). User-defined classes implement
//     those interfaces once, on a single Go type, by dispatching to their
//     dunder methods — so built-in and user types meet in the same ops.
//   - A *Type is the class object of every value, built-in or user-defined:
//     its name, bases, MRO and attribute dict (methods are *Builtin values
//     for built-in types). type(x) returns it; isinstance walks MRO.
//   - Python exceptions are *Exception values, which also implement Go's
//     error: compiled code returns them as errors and `raise` returns the
//     object itself. Control flow never uses panics.
//   - Every operation that may run user code takes the current *Thread,
//     which carries the call depth (RecursionError), the frame stack (for
//     tracebacks), and later the cancellation state of the virtual thread.
//
// A Go nil never escapes as a Value: Python's None is the value None.
package runtime

import "github.com/spindle-lang/spindle/ast"

// Value is any Spindle value.
type Value interface {
	// Type returns the value's class.
	Type() *Type
}

// KwArg is one keyword argument passed to a call.
type KwArg struct {
	Name  string
	Value Value
}

// Iterator produces the items of an iteration. Next returns ok=false when
// the iteration is exhausted (never a StopIteration error).
type Iterator interface {
	Next(th *Thread) (v Value, ok bool, err error)
}

// Capability interfaces: implemented by values whose behaviour is not
// covered by the fast paths of the generic operations (user instances,
// modules, generators, ...).

// HasRepr lets a value define repr() and str().
type HasRepr interface {
	Repr(th *Thread) (string, error)
}

// HasStr lets a value define str() separately from repr().
type HasStr interface {
	Str(th *Thread) (string, error)
}

// HasTruth lets a value define its truth value.
type HasTruth interface {
	Truth(th *Thread) (bool, error)
}

// HasHash lets a value define hash(); unhashable values return TypeError.
type HasHash interface {
	Hash(th *Thread) (int64, error)
}

// HasEqual lets a value define ==. It returns NotImplemented (as ok=false)
// when it does not know how to compare with other.
type HasEqual interface {
	Equal(th *Thread, other Value) (eq bool, ok bool, err error)
}

// HasCompare lets a value define the rich comparisons. op is one of
// ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE. It returns NotImplemented for an
// unsupported pairing.
type HasCompare interface {
	Compare(th *Thread, op ast.Op, other Value) (Value, error)
}

// HasBinary lets a value define binary operators. right is true when the
// value is the right operand (the reflected __radd__ form). It returns
// NotImplemented for an unsupported pairing.
type HasBinary interface {
	Binary(th *Thread, op ast.Op, other Value, right bool) (Value, error)
}

// HasInplace lets a value define augmented assignment (__iadd__ ...). It
// returns NotImplemented to fall back to HasBinary.
type HasInplace interface {
	Inplace(th *Thread, op ast.Op, other Value) (Value, error)
}

// HasUnary lets a value define -x, +x and ~x.
type HasUnary interface {
	Unary(th *Thread, op ast.Op) (Value, error)
}

// HasAttrs lets a value define attribute access beyond its type's dict.
// GetAttr returns (nil, nil) when the attribute does not exist, so the
// generic operation can produce CPython's AttributeError message.
type HasAttrs interface {
	GetAttr(th *Thread, name string) (Value, error)
}

// HasSetAttr lets a value accept attribute assignment and deletion
// (v == nil means delete).
type HasSetAttr interface {
	SetAttr(th *Thread, name string, v Value) error
}

// HasDir lets a value list its own attribute names for dir().
type HasDir interface {
	AttrNames() []string
}

// Indexable values support x[k].
type Indexable interface {
	GetItem(th *Thread, key Value) (Value, error)
}

// HasSetItem values support x[k] = v and del x[k] (v == nil).
type HasSetItem interface {
	SetItem(th *Thread, key, v Value) error
}

// Sized values support len().
type Sized interface {
	Len(th *Thread) (int, error)
}

// Iterable values support iter().
type Iterable interface {
	Iter(th *Thread) (Iterator, error)
}

// HasContains values support `in` directly.
type HasContains interface {
	Contains(th *Thread, item Value) (bool, error)
}

// Callable values support calls.
type Callable interface {
	Value
	Call(th *Thread, args []Value, kwargs []KwArg) (Value, error)
}

// HasFormat values implement format(v, spec) themselves (__format__).
type HasFormat interface {
	Format(th *Thread, spec string) (string, error)
}
