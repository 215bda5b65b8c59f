package stdlib

import rt "github.com/spindle-lang/spindle/runtime"

// The __future__ module: every feature is already on, so `from __future__
// import annotations` (and the other historical names) just works.

// loadFutureModule makes the __future__ module (registered in modules.go).
func loadFutureModule() *rt.Module {
	m := rt.NewModule("__future__")
	for _, name := range []string{"annotations", "division", "absolute_import", "print_function",
		"unicode_literals", "generators", "nested_scopes", "with_statement", "generator_stop"} {
		m.Dict.SetStr(name, rt.True)
	}
	return m
}
