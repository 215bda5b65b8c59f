package interp

import (
	"github.com/spindle-lang/spindle/runtime"
)

// "Did you mean" suggestions for NameError (CPython 3.11): the runtime
// computes and prints them; the interpreter supplies the scopes.

// suggestName makes a NameError for name, raised in fr, propose the
// closest known name (runtime.SuggestName: locals, then globals, then
// builtins), printed by the traceback as "Did you mean: 'x'?". The local
// names are the scope's (fixed); globals and builtins are read when the
// traceback prints, as CPython does.
func suggestName(e *runtime.Exception, fr *Frame, name string) {
	locals := localNames(fr)
	globals, builtins := fr.globals.dict, fr.globals.builtinsDict()
	runtime.SetSuggestionFunc(e, func() string {
		return runtime.SuggestName(name, locals, dictNames(globals), dictNames(builtins))
	})
}

func dictNames(d *runtime.Dict) []string {
	var out []string
	for _, k := range d.Keys() {
		if s, ok := k.(runtime.Str); ok {
			out = append(out, string(s))
		}
	}
	return out
}

// localNames lists the names of fr's scope, for suggestions.
func localNames(fr *Frame) []string {
	if fr.code == nil || fr.code.scope == nil || fr.code.scope.kind == scopeModule {
		return nil
	}
	var out []string
	for _, n := range fr.code.scope.order {
		if b := fr.code.scope.names[n]; b != nil && b.kind != bindGlobal {
			out = append(out, n)
		}
	}
	return out
}
