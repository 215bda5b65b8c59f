package stdlib

// typing's special generic aliases (typing.List, typing.Dict,
// typing.Callable, typing.Iterable, ...): as CPython's
// _SpecialGenericAlias each stands for a class (its origin) in bases,
// isinstance and issubclass, shows as typing.List, checks the number of
// arguments when subscripted and makes an alias shown as typing.List[int]
// (a runtime GenericAlias carrying the typing name).

import rt "github.com/spindle-lang/spindle/runtime"

var typingSpecialType = func() *rt.Type {
	t := rt.NewBuiltinType("_SpecialGenericAlias", nil)
	t.SetModule("typing")
	t.SetQualname("_SpecialGenericAlias")
	return t
}()

// typingSpecial is one special alias. nparams < 0: any number (Tuple);
// callable: Callable[[args], result].
type typingSpecial struct {
	name     string
	origin   *rt.Type
	nparams  int
	inst     bool
	callable bool
}

// Type returns typing._SpecialGenericAlias.
func (*typingSpecial) Type() *rt.Type { return typingSpecialType }

// AliasOrigin is the class the alias stands for.
func (s *typingSpecial) AliasOrigin() *rt.Type { return s.origin }

// Repr is typing.List.
func (s *typingSpecial) Repr(th *rt.Thread) (string, error) { return "typing." + s.name, nil }

// Call instantiates the origin where CPython allows it.
func (s *typingSpecial) Call(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if !s.inst {
		return nil, rt.NoInstError(s.name, s.origin)
	}
	return rt.Call(th, s.origin, args, kwargs)
}

// GetAttr serves __origin__ and __name__; other names are the origin's.
func (s *typingSpecial) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "__origin__":
		return s.origin, nil
	case "__name__", "_name":
		return rt.Str(s.name), nil
	case "__class__":
		return typingSpecialType, nil
	}
	return rt.GetAttr(th, s.origin, name)
}

// GetItem is typing.List[int].
func (s *typingSpecial) GetItem(th *rt.Thread, key rt.Value) (rt.Value, error) {
	g := rt.NewGenericAlias(s.origin, key)
	g.Typing, g.NoInst = s.name, !s.inst
	if s.callable {
		if len(g.Args) != 2 {
			return nil, rt.NewError(rt.TypeErrorType, "Callable must be used as Callable[[arg, ...], result].")
		}
		return g, nil
	}
	if t, ok := key.(*rt.Tuple); ok && len(t.Items) == 0 && s.nparams < 0 {
		return g, nil // Tuple[()]
	}
	if s.nparams >= 0 && len(g.Args) != s.nparams {
		much := "many"
		if len(g.Args) < s.nparams {
			much = "few"
		}
		return nil, rt.NewError(rt.TypeErrorType, "Too %s arguments for typing.%s; actual %d, expected %d", much, s.name, len(g.Args), s.nparams)
	}
	return g, nil
}
