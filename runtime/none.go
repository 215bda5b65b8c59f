package runtime

// NoneValue is the type of None; the only instance is None.
type NoneValue struct{ _ byte }

// None is Python's None.
var None = &NoneValue{}

// NoneType is type(None).
var NoneType = NewBuiltinType("NoneType", nil)

// Type returns NoneType.
func (*NoneValue) Type() *Type { return NoneType }

// NotImplementedValue is the type of NotImplemented.
type NotImplementedValue struct{ _ byte }

// NotImplemented is returned by binary dunders for unsupported operands.
var NotImplemented = &NotImplementedValue{}

// NotImplementedType is type(NotImplemented).
var NotImplementedType = NewBuiltinType("NotImplementedType", nil)

// Type returns NotImplementedType.
func (*NotImplementedValue) Type() *Type { return NotImplementedType }

// EllipsisValue is the type of `...`.
type EllipsisValue struct{ _ byte }

// Ellipsis is `...`.
var Ellipsis = &EllipsisValue{}

// EllipsisType is type(...).
var EllipsisType = NewBuiltinType("ellipsis", nil)

// Type returns EllipsisType.
func (*EllipsisValue) Type() *Type { return EllipsisType }

// Bool is True or False. Boxing a Bool into a Value does not allocate.
type Bool bool

// True and False as Values.
const (
	True  = Bool(true)
	False = Bool(false)
)

// BoolType is `bool`; it derives from int.
var BoolType = NewBuiltinType("bool", IntType)

// Type returns BoolType.
func (Bool) Type() *Type { return BoolType }
