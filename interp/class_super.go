package interp

import "github.com/spindle-lang/spindle/runtime"

// newSuper makes the super object of a zero-argument super() call.
func newSuper(th *runtime.Thread, cls *runtime.Type, obj runtime.Value) (runtime.Value, error) {
	return runtime.NewSuper(th, cls, obj)
}
