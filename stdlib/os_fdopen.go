package stdlib

import rt "github.com/spindle-lang/spindle/runtime"

// osFdopen is os.fdopen(fd, mode='r', ...): open() on an integer
// descriptor, the rest of the arguments passed through, as CPython's
// os.fdopen.
func osFdopen(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(args) == 0 {
		for i, kw := range kwargs {
			if kw.Name == "fd" {
				args = []rt.Value{kw.Value}
				kwargs = append(append([]rt.KwArg(nil), kwargs[:i]...), kwargs[i+1:]...)
				break
			}
		}
	}
	if len(args) == 0 {
		return nil, rt.NewError(rt.TypeErrorType, "fdopen() missing 1 required positional argument: 'fd'")
	}
	if !rt.IsIntValue(args[0]) {
		t, err := rt.Repr(th, args[0].Type())
		if err != nil {
			return nil, err
		}
		return nil, rt.NewError(rt.TypeErrorType, "invalid fd type (%s, expected integer)", t)
	}
	return builtinOpen(th, args, kwargs)
}
