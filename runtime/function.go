package runtime

// Types of callables and generators implemented by the interpreter. The
// interpreter's Function and Generator values return these from Type();
// they live here so that the stdlib can recognise them.
var (
	FunctionType  = NewBuiltinType("function", nil)
	GeneratorType = NewBuiltinType("generator", nil)
	CellType      = NewBuiltinType("cell", nil)
	MethodType    = NewBuiltinType("method", nil)
)

// BoundMethod is a function bound to a receiver: obj.method for a
// user-defined function found on obj's class. Calling it prepends Self.
type BoundMethod struct {
	Self Value
	Fn   Value // a Callable
}

// Type returns MethodType.
func (*BoundMethod) Type() *Type { return MethodType }

// Call calls Fn with Self as the first argument.
func (m *BoundMethod) Call(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
	all := make([]Value, 0, len(args)+1)
	all = append(all, m.Self)
	all = append(all, args...)
	return Call(th, m.Fn, all, kwargs)
}

var _ Callable = (*BoundMethod)(nil)

// A function's __get__ binds it by hand (f.__get__(obj) is obj's bound
// method; f.__get__(None, cls) is f), as CPython's function descriptor.
// Attribute lookup binds functions directly and does not call it.
func init() {
	FunctionType.AddMethods(descriptorGet(func(th *Thread, self, obj, typ Value) (Value, error) {
		if obj == None {
			if typ == None {
				return nil, NewError(TypeErrorType, "__get__(None, None) is invalid")
			}
			return self, nil
		}
		return &BoundMethod{Self: obj, Fn: self}, nil
	}))
}
