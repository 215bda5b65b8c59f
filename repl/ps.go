package repl

import (
	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/runtime"
)

// prompts are sys.ps1 and sys.ps2, which the REPL sets (to PS1 and PS2,
// unless a script run by -i set them) and reads before each line, as
// CPython: assigning sys.ps1 changes the prompt.
type prompts struct {
	th  *runtime.Thread
	sys runtime.Value // nil if sys cannot be imported
}

func newPrompts(s *interp.Session) *prompts {
	p := &prompts{th: s.Thread()}
	sys, err := interp.Import(p.th, "sys")
	if err != nil {
		return p
	}
	p.sys = sys
	for name, def := range map[string]string{"ps1": PS1, "ps2": PS2} {
		if _, err := runtime.GetAttr(p.th, sys, name); err != nil {
			runtime.SetAttr(p.th, sys, name, runtime.Str(def))
		}
	}
	return p
}

// get returns str(sys.<name>): "" when it is unset or str fails (as
// CPython), def when there is no sys.
func (p *prompts) get(name, def string) string {
	if p.sys == nil {
		return def
	}
	v, err := runtime.GetAttr(p.th, p.sys, name)
	if err != nil {
		return ""
	}
	if s, ok := v.(runtime.Str); ok {
		return string(s)
	}
	s, err := runtime.ToStr(p.th, v)
	if err != nil {
		return ""
	}
	return s
}
