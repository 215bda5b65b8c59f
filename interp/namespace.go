package interp

import (
	"sync"
	"unsafe"

	"github.com/spindle-lang/spindle/runtime"
)

// Introspection of the running frame: globals(), locals(), and vars()/
// dir() without arguments (the stdlib calls Locals through its hook).

// codes maps the CodeInfo of every compiled code object to its Code, so
// that a runtime.StackFrame on a thread's stack can be recognised as the
// first field of an interpreter Frame.
var codes sync.Map // *runtime.CodeInfo -> *Code

func registerCode(c *Code) { codes.Store(&c.info, c) }

// currentFrame returns the innermost interpreter frame running on th.
func currentFrame(th *runtime.Thread) *Frame {
	return interpFrame(th.Top)
}

// interpFrame returns the first interpreter frame from sf outwards.
func interpFrame(sf *runtime.StackFrame) *Frame {
	for ; sf != nil; sf = sf.Parent {
		if sf.Code == nil {
			continue
		}
		if _, ok := codes.Load(sf.Code); ok {
			// StackFrame is the first field of Frame.
			return (*Frame)(unsafe.Pointer(sf))
		}
	}
	return nil
}

// Locals returns the local namespace of the innermost frame of th: the
// module dict at module level, else a snapshot dict of the function's
// bound local variables.
func Locals(th *runtime.Thread) (runtime.Value, error) {
	fr := currentFrame(th)
	if fr == nil {
		return runtime.NewDict(), nil
	}
	return frameLocals(fr), nil
}

// frameLocals is the local namespace of fr (see Locals).
func frameLocals(fr *Frame) runtime.Value {
	if fr.code.scope == nil || fr.code.scope.kind == scopeModule {
		return fr.globals.dict
	}
	return localsDict(fr.code, func(b *binding) runtime.Value {
		switch b.kind {
		case bindLocal:
			if b.index >= 0 && b.index < len(fr.locals) {
				return fr.detach(fr.locals[b.index])
			}
		case bindCell, bindFree:
			if b.index >= 0 && b.index < len(fr.cells) && fr.cells[b.index] != nil {
				return fr.cells[b.index].get()
			}
		}
		return nil
	})
}

// localsDict is the locals() dict of a function scope of code: each
// bound name in order with value(its binding), nil when unbound.
func localsDict(code *Code, value func(*binding) runtime.Value) *runtime.Dict {
	d := runtime.NewDict()
	s := code.scope
	for _, n := range s.order {
		b := s.names[n]
		if b == nil {
			continue
		}
		if v := value(b); v != nil {
			d.SetStr(n, v)
		}
	}
	return d
}

// GlobalsOf returns the global namespace of the innermost frame of th.
func GlobalsOf(th *runtime.Thread) (runtime.Value, error) {
	fr := currentFrame(th)
	if fr == nil {
		return runtime.NewDict(), nil
	}
	return fr.globals.dict, nil
}

// introspection makes registerIntrospection run once: interpreters
// may start concurrently, and each copies the builtins.
var introspection sync.Once

// registerIntrospection adds globals() and locals() to the builtins.
func registerIntrospection() {
	introspection.Do(func() {
		runtime.Builtins.SetStr("globals", runtime.NewFunc("globals", func(th *runtime.Thread, args []runtime.Value, kw []runtime.KwArg) (runtime.Value, error) {
			if len(args) > 0 || len(kw) > 0 {
				return nil, runtime.NewError(runtime.TypeErrorType, "globals() takes no arguments (%d given)", len(args)+len(kw))
			}
			return GlobalsOf(th)
		}))
		registerEvalExec()
		runtime.Builtins.SetStr("locals", runtime.NewFunc("locals", func(th *runtime.Thread, args []runtime.Value, kw []runtime.KwArg) (runtime.Value, error) {
			if len(args) > 0 || len(kw) > 0 {
				return nil, runtime.NewError(runtime.TypeErrorType, "locals() takes no arguments (%d given)", len(args)+len(kw))
			}
			return Locals(th)
		}))
	})
}
