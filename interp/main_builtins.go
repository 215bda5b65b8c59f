package interp

import "github.com/spindle-lang/spindle/runtime"

// setMainBuiltins binds __builtins__ in the __main__ module m of
// interpreter e to the builtins module, as CPython does for __main__
// (`__builtins__.len is len`, `__builtins__ is builtins` after `import
// builtins`). The module is made and registered in e's sys.modules the
// first time; an interpreter that does not allow importing builtins
// gets no __builtins__ name.
func setMainBuiltins(e *runtime.Env, m *runtime.Module) {
	b, ok := e.Modules.GetStr("builtins")
	if !ok {
		mk := builtinModule(e, "builtins")
		if mk == nil {
			return
		}
		bm := mk()
		registerModuleIn(e, "builtins", bm)
		b = bm
	}
	m.Dict.SetStr("__builtins__", b)
}
