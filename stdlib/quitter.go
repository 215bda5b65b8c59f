package stdlib

import rt "github.com/spindle-lang/spindle/runtime"

// quitterType is CPython's _sitebuiltins.Quitter, the class of exit and
// quit: calling one raises SystemExit; its repr tells how to leave the
// prompt (typing `exit` at the prompt shows it).
var quitterType = rt.NewBuiltinType("Quitter", nil)

// quitter is exit or quit.
type quitter struct{ name string }

func init() {
	quitterType.SetModule("_sitebuiltins")
	quitterType.SetQualname("Quitter")
	for _, name := range []string{"exit", "quit"} {
		rt.Builtins.SetStr(name, &quitter{name})
	}
}

// Type returns _sitebuiltins.Quitter.
func (*quitter) Type() *rt.Type { return quitterType }

// Repr is CPython's hint.
func (q *quitter) Repr(th *rt.Thread) (string, error) {
	return "Use " + q.name + "() or Ctrl-D (i.e. EOF) to exit", nil
}

// Call is exit([code]): raise SystemExit(code).
func (q *quitter) Call(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var code rt.Value = rt.None
	if err := rt.UnpackArgs(q.name, args, kwargs, "code?", &code); err != nil {
		return nil, err
	}
	if code == rt.None {
		return nil, rt.NewException(rt.SystemExitType)
	}
	return nil, rt.NewException(rt.SystemExitType, code)
}
