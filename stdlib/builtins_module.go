package stdlib

import rt "github.com/spindle-lang/spindle/runtime"

// The builtins module: its namespace is the interpreter's dict of
// built-in names itself, so builtins.len is len, and a name a program
// sets there (builtins.print = my_print) is seen by every module's name
// lookups, as in CPython. Registered in modules.go.
func loadBuiltinsModule(e *rt.Env) *rt.Module {
	if _, ok := e.Builtins.GetStr("__name__"); !ok {
		e.Builtins.SetStr("__name__", rt.Str("builtins"))
	}
	return &rt.Module{Name: "builtins", Dict: e.Builtins}
}
