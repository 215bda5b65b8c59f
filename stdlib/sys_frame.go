package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// sys._getframe: frame snapshots made by the interpreter
// (runtime.GetFrame; interp/frameobj.go).

// addSysGetframe adds _getframe to a sys module's dict.
func addSysGetframe(d *rt.Dict) {
	d.SetStr("_getframe", rt.NewFunc("_getframe", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		depth := 0
		if err := rt.UnpackArgs("_getframe", args, kwargs, "depth?", &depth, "/"); err != nil {
			return nil, err
		}
		if rt.GetFrame == nil {
			return nil, rt.NewError(rt.RuntimeErrorType, "sys._getframe is not available without the interpreter")
		}
		return rt.GetFrame(th, depth)
	}))
}
