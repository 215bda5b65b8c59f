package runtime

// Str is a Python str: an immutable UTF-8 Go string. Indexing and len
// count code points (runes); an ASCII-only string takes the byte fast path.
type Str string

// StrType is `str`.
var StrType = NewBuiltinType("str", nil)

// Type returns StrType.
func (Str) Type() *Type { return StrType }

// Bytes is a Python bytes value: immutable raw bytes in a Go string.
type Bytes string

// BytesType is `bytes`.
var BytesType = NewBuiltinType("bytes", nil)

// Type returns BytesType.
func (Bytes) Type() *Type { return BytesType }
