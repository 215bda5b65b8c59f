package interp

import "github.com/spindle-lang/spindle/runtime"

// Calls of user classes whose construction is a bare instance plus a user
// __init__ (runtime.PlainInit): the call site runs __init__ itself, so the
// instance and the arguments are passed in a stack buffer (runtime.Call
// would copy them into a new slice to prepend self) and __init__ runs in
// the caller's reused child frame (Function.Call allocates one).

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
	var buf [8]runtime.Value
	var all []runtime.Value
	if len(args) < len(buf) {
		all = buf[:len(args)+1]
	} else {
		all = make([]runtime.Value, len(args)+1)
	}
	all[0] = inst
	copy(all[1:], args)
	r, err := init.callFrom(fr, all)
	if err != nil {
		return nil, err
	}
	if r != runtime.None {
		return nil, runtime.NewError(runtime.TypeErrorType, "__init__() should return None, not '%s'", runtime.TypeName(r))
	}
	return inst, nil
}
