package interp

import "github.com/spindle-lang/spindle/runtime"

// newSuper makes the super object of a zero-argument super() call.
//
// TODO: runtime.NewSuper(th, cls, obj) is being written; until it lands,
// zero-argument super() falls back to the builtin super(cls, obj).
func newSuper(th *runtime.Thread, cls *runtime.Type, obj runtime.Value) (runtime.Value, error) {
	if b, ok := runtime.Builtins.GetStr("super"); ok {
		return runtime.Call(th, b, []runtime.Value{cls, obj}, nil)
	}
	return nil, runtime.NewError(runtime.RuntimeErrorType, "super() is not supported yet")
}
