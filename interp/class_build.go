package interp

import "github.com/spindle-lang/spindle/runtime"

// buildClass creates the class of a class statement from its evaluated
// bases, body namespace and keywords.
//
// TODO: call runtime.BuildClass once the object model lands in runtime.
func buildClass(th *runtime.Thread, name, qualname, module string, bases []runtime.Value, ns *runtime.Dict, kwargs []runtime.KwArg) (runtime.Value, error) {
	return nil, runtime.NewError(runtime.NotImplementedErrorType, "classes are not implemented yet")
}
