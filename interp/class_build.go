package interp

import "github.com/spindle-lang/spindle/runtime"

// buildClass creates the class of a class statement from its evaluated
// bases, body namespace and keywords (runtime.BuildClass).
func buildClass(th *runtime.Thread, name, qualname, module string, bases []runtime.Value, ns *runtime.Dict, kwargs []runtime.KwArg) (runtime.Value, error) {
	return runtime.BuildClass(th, name, qualname, module, bases, ns, kwargs)
}
