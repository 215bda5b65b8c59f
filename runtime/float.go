package runtime

// Float is a Python float.
type Float float64

// FloatType is `float`.
var FloatType = NewBuiltinType("float", nil)

// Type returns FloatType.
func (Float) Type() *Type { return FloatType }
