package runtime

// Temporary declarations so the package compiles while ops*.go are
// written; each is replaced by its real implementation.

// Repr is repr(v).
func Repr(th *Thread, v Value) (string, error) { return "?", nil }

// ToStr is str(v).
func ToStr(th *Thread, v Value) (string, error) { return "?", nil }

// Hash is hash(v).
func Hash(th *Thread, v Value) (int64, error) {
	if s, ok := v.(Str); ok {
		return StrHash(string(s)), nil
	}
	return 0, nil
}

// Equal is a == b.
func Equal(th *Thread, a, b Value) (bool, error) { return a == b, nil }

// Truthy is the truth of a value that needs no user code.
func Truthy(v Value) bool { return true }

// Call calls fn.
func Call(th *Thread, fn Value, args []Value, kwargs []KwArg) (Value, error) {
	return fn.(Callable).Call(th, args, kwargs)
}
