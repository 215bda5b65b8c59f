package runtime

// Builtin is a function implemented in Go: a builtin like len, a method
// of a built-in type (self is the receiver), or a module function.
//
// Stored in a type's Dict, a Builtin is a method descriptor: GetAttr on an
// instance binds it (Self set). Called unbound through the type
// (str.upper("a")), the first argument becomes self.
type Builtin struct {
	Name string
	// Method is true for methods of a type (they take self); false for
	// plain functions (builtins, module functions), which are never bound.
	Method bool
	Self   Value // bound receiver, nil when unbound
	Owner  *Type // the type whose Dict holds the method (set by AddMethods)
	// NoCheckpoint exempts the function from the cancellation checkpoint
	// compiled code takes before a call (for shield(), which must be
	// callable inside a cancelled scope).
	NoCheckpoint bool
	// Slot marks a built-in type's special method reached through the
	// type (slot_wrappers.go): CPython's wrapper_descriptor, bound a
	// method-wrapper.
	Slot bool
	// KeepInstance gives the method, called unbound or through super()
	// on an instance of a subclass of its built-in type, the instance
	// itself rather than its built-in value (dict.__getitem__ calls the
	// subclass's __missing__).
	KeepInstance bool
	Fn           func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error)
	// Fn1, when set (NewFunc1), is Fn for a plain function called with
	// one positional argument and no keywords: compiled code calls it
	// with no argument slice (a slice passed to Fn escapes to the heap)
	// and two frames fewer on the goroutine stack.
	Fn1 func(th *Thread, arg Value) (Value, error)
	// M1, when set (Method1), is Fn for a method called on self with one
	// positional argument and no keywords, with no argument slice
	// (AttrSite.CallPlain1: list.append(x), d.get(k), g.send(v)).
	M1 func(th *Thread, self, arg Value) (Value, error)
	// Fn2 and M2, when set (Func2, Method2), are Fn1 and M1 for calls
	// with two positional arguments and no keywords: isinstance(x, T),
	// heappush(h, x), d.get(k, 0) make no argument slice (one passed to
	// Fn escapes to the heap: 32 bytes per call).
	Fn2 func(th *Thread, a, b Value) (Value, error)
	M2  func(th *Thread, self, a, b Value) (Value, error)
}

// BuiltinFunctionType is the type of builtins and bound built-in methods.
var BuiltinFunctionType = NewBuiltinType("builtin_function_or_method", nil)

// MethodDescriptorType is the type of an unbound built-in method.
var MethodDescriptorType = NewBuiltinType("method_descriptor", nil)

// WrapperDescriptorType and MethodWrapperType are the types of a built-in
// type's special method (int.__add__) and of one bound ((1).__add__).
var (
	WrapperDescriptorType = NewBuiltinType("wrapper_descriptor", nil)
	MethodWrapperType     = NewBuiltinType("method-wrapper", nil)
)

// Type returns builtin_function_or_method (or method_descriptor when an
// unbound method).
func (b *Builtin) Type() *Type {
	if b.Slot {
		if b.Self == nil {
			return WrapperDescriptorType
		}
		return MethodWrapperType
	}
	if b.Method && b.Self == nil {
		return MethodDescriptorType
	}
	return BuiltinFunctionType
}

// Call runs the function.
func (b *Builtin) Call(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
	if b.Method && b.Self == nil {
		if len(args) == 0 {
			if b.Slot {
				return nil, NewError(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", b.Name, b.Owner.Name())
			}
			return nil, NewError(TypeErrorType, "unbound method %s() needs an argument", b.qualname())
		}
		self := args[0]
		if b.Owner != nil && !b.Slot && !b.KeepInstance {
			// list.append(sub, x) with sub an instance of a list
			// subclass works on its built-in value.
			self = builtinSelf(self, b.Owner)
		}
		return b.Fn(th, self, args[1:], kwargs)
	}
	return b.Fn(th, b.Self, args, kwargs)
}

// Bind returns the method bound to self.
func (b *Builtin) Bind(self Value) *Builtin {
	return &Builtin{Name: b.Name, Method: true, Slot: b.Slot, KeepInstance: b.KeepInstance, Self: self, Owner: b.Owner, Fn: b.Fn}
}

// qualname is "list.append" for a method of a known type, else the name.
func (b *Builtin) qualname() string {
	if b.Owner != nil {
		return b.Owner.Name() + "." + b.Name
	}
	if b.Self != nil {
		return b.Self.Type().Name() + "." + b.Name
	}
	return b.Name
}

// NewFunc makes a plain built-in function.
func NewFunc(name string, fn func(th *Thread, args []Value, kwargs []KwArg) (Value, error)) *Builtin {
	return &Builtin{Name: name, Fn: func(th *Thread, _ Value, args []Value, kwargs []KwArg) (Value, error) {
		return fn(th, args, kwargs)
	}}
}

// NewFunc1 makes a plain built-in function of exactly one positional
// argument, callable through Fn1 (see Builtin.Fn1); other calls get
// OneArg's TypeErrors.
func NewFunc1(name string, fn func(th *Thread, arg Value) (Value, error)) *Builtin {
	return &Builtin{Name: name, Fn1: fn, Fn: func(th *Thread, _ Value, args []Value, kwargs []KwArg) (Value, error) {
		a, err := OneArg(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		return fn(th, a)
	}}
}

// Func2 gives b, a plain function (NewFunc), the two-argument fast path
// Builtin.Fn2: fn must do what b.Fn does with those two arguments.
func Func2(b *Builtin, fn func(th *Thread, a, b Value) (Value, error)) *Builtin {
	b.Fn2 = fn
	return b
}

// NewMethod makes a built-in method for a type's Dict.
func NewMethod(name string, fn func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error)) *Builtin {
	return &Builtin{Name: name, Method: true, Fn: fn}
}

// GetAttr gives built-in functions and methods their introspection
// attributes (__name__, __qualname__, __self__, __module__, __doc__).
func (b *Builtin) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "__name__":
		return Str(b.Name), nil
	case "__qualname__":
		return Str(b.qualname()), nil
	case "__self__":
		if b.Self != nil {
			return b.Self, nil
		}
		return None, nil
	case "__module__":
		if b.Method {
			return None, nil
		}
		return Str("builtins"), nil
	case "__doc__":
		return None, nil
	}
	return nil, nil
}

func init() { ShieldBuiltin.NoCheckpoint = true }

var (
	_ Callable = (*Builtin)(nil)
	_ HasAttrs = (*Builtin)(nil)
)
