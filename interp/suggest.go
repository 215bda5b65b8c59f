package interp

import (
	"github.com/spindle-lang/spindle/runtime"
)

// "Did you mean" suggestions for NameError (CPython 3.11): the runtime
// computes and prints them; the interpreter supplies the scopes.

// suggestName records on a NameError for name, raised in fr, the
// closest known name (runtime.SuggestName: locals, then globals, then
// builtins), which the traceback prints as "Did you mean: 'x'?".
func suggestName(e *runtime.Exception, fr *Frame, name string) {
	runtime.SetSuggestion(e, runtime.SuggestName(name, localNames(fr), dictNames(fr.globals.dict), dictNames(fr.globals.builtinsDict())))
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
