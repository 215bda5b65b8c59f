package interp

import "github.com/spindle-lang/spindle/runtime"

// Calls of user classes whose construction is a bare instance plus a user
// __init__ (runtime.PlainInit): the call site runs __init__ itself, so the
// instance and the arguments are passed in a stack buffer (runtime.Call
// would copy them into a new slice to prepend self) and __init__ runs in
// the caller's reused child frame (Function.Call allocates one). Calls of
// instances whose class's __call__ is a def run it the same way.

// plainInit returns the new instance and the __init__ to run when calling
// f is such a construction.
func plainInit(f runtime.Value) (*runtime.Instance, *Function, bool) {
	t, ok := f.(*runtime.Type)
	if !ok {
		return nil, nil, false
	}
	inst, init, ok := runtime.PlainInit(t)
	if !ok {
		return nil, nil, false
	}
	uf, ok := init.(*Function)
	return inst, uf, ok
}

// callInit runs init(inst, *args) from frame fr and returns inst, with
// the check of newUserInstance: __init__ must return None.
func callInit(fr *Frame, inst *runtime.Instance, init *Function, args []runtime.Value) (runtime.Value, error) {
	r, err := callWithSelf(fr, init, inst, args)
	if err != nil {
		return nil, err
	}
	if r != runtime.None {
		return nil, runtime.NewError(runtime.TypeErrorType, "__init__() should return None, not '%s'", runtime.TypeName(r))
	}
	return inst, nil
}

// plainCall returns the __call__ to run when calling f is calling an
// instance of a user class whose __call__ is a def
// (runtime.Instance.PlainCall).
func plainCall(f runtime.Value) (*runtime.Instance, *Function, bool) {
	inst, ok := f.(*runtime.Instance)
	if !ok {
		return nil, nil, false
	}
	uf, ok := inst.PlainCall().(*Function)
	return inst, uf, ok
}

// callWithSelf is fn(self, *args) from frame fr, with the arguments in
// a stack buffer (callFrom does not retain them).
func callWithSelf(fr *Frame, fn *Function, self runtime.Value, args []runtime.Value) (runtime.Value, error) {
	var buf [8]runtime.Value
	var all []runtime.Value
	if len(args) < len(buf) {
		all = buf[:len(args)+1]
	} else {
		all = make([]runtime.Value, len(args)+1)
	}
	all[0] = self
	copy(all[1:], args)
	return fn.callFrom(fr, all)
}
