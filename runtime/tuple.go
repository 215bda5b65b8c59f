package runtime

// Tuple is an immutable sequence. Items must not be modified after the
// tuple is shared.
type Tuple struct {
	Items []Value
}

// TupleType is `tuple`.
var TupleType = NewBuiltinType("tuple", nil)

// EmptyTuple is the shared ().
var EmptyTuple = &Tuple{}

// NewTuple makes a tuple that takes ownership of items.
func NewTuple(items []Value) *Tuple {
	if len(items) == 0 {
		return EmptyTuple
	}
	return &Tuple{Items: items}
}

// Type returns TupleType.
func (*Tuple) Type() *Type { return TupleType }
