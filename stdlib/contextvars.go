package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// The contextvars module (LANGUAGE.md §2.8); the values live on the
// runtime Thread (runtime/contextvars.go) and are copied at spawn.

// loadContextvarsModule makes the contextvars module (registered in modules.go).
func loadContextvarsModule() *rt.Module {
	m := rt.NewModule("contextvars")
	m.Dict.SetStr("ContextVar", rt.ContextVarType)
	m.Dict.SetStr("Token", rt.ContextTokenType)
	m.Dict.SetStr("Context", rt.ContextType)
	m.Dict.SetStr("copy_context", rt.NewFunc("copy_context", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := rt.UnpackArgs("copy_context", args, kwargs); err != nil {
			return nil, err
		}
		return rt.CopyContext(th), nil
	}))
	return m
}
