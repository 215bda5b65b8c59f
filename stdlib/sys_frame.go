package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// sys._getframe: frame snapshots made by the interpreter
// (runtime.GetFrame; interp/frameobj.go).

// addSysGetframe adds _getframe to a sys module's dict.
func addSysGetframe(d *rt.Dict) {
	d.SetStr("_getframe", rt.NewFunc("_getframe", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := checkArgCount("_getframe", args, kwargs, 0, 1); err != nil {
			return nil, err
		}
		depth := 0
		if len(args) == 1 {
			n, err := rt.IndexInt(args[0])
			if err != nil {
				return nil, err
			}
			depth = n
		}
		if rt.GetFrame == nil {
			return nil, rt.NewError(rt.RuntimeErrorType, "sys._getframe is not available without the interpreter")
		}
		return rt.GetFrame(th, depth)
	}))
}
