package stdlib

import (
	"strings"

	rt "github.com/spindle-lang/spindle/runtime"
)

// copyException copies an exception as CPython's BaseException.__reduce__
// does: a new instance from type(e)(*e.args) (so a user __init__ runs,
// and fails the same way when its signature does not fit the args), then
// the attribute dict (including __notes__) set on it. __cause__,
// __context__ and __traceback__ are not copied. memo != nil makes it a
// deep copy: the args and the attribute values are deep-copied.
func copyException(th *rt.Thread, e *rt.Exception, memo *rt.Dict) (rt.Value, error) {
	args := e.Args
	if memo != nil {
		c, err := deepCopy(th, rt.NewTuple(args), memo)
		if err != nil {
			return nil, err
		}
		args = c.(*rt.Tuple).Items
	}
	y, err := rt.Call(th, e.Class, append([]rt.Value(nil), args...), nil)
	if err != nil {
		return nil, err
	}
	if memo != nil {
		memo.Set(th, memoKey(e), y)
	}
	// Reading __notes__ moves notes added by add_note into the attrs.
	if _, err := e.GetAttr(th, "__notes__"); err != nil {
		return nil, err
	}
	type attr struct {
		name string
		val  rt.Value
	}
	var state []attr
	if e.Attrs != nil {
		for _, kv := range e.Attrs.Items() {
			if s, ok := kv[0].(rt.Str); ok && !strings.HasPrefix(string(s), "\x00") {
				state = append(state, attr{string(s), kv[1]})
			}
		}
	}
	for _, a := range state {
		v := a.val
		if memo != nil {
			if v, err = deepCopy(th, v, memo); err != nil {
				return nil, err
			}
		}
		if err := rt.SetAttr(th, y, a.name, v); err != nil {
			return nil, err
		}
	}
	return y, nil
}
