package stdlib

import (
	"sync"
	"sync/atomic"

	rt "github.com/spindle-lang/spindle/runtime"
)

// isinstance/issubclass for classes that decide membership themselves
// (CPython's __instancecheck__/__subclasscheck__ on ABCMeta): the
// collections.abc classes (by capability) and the classes of abc.ABC
// (virtual subclasses from register()). The object model has no
// metaclasses, so this file wraps the isinstance and issubclass builtins:
// a class listed in subclassHooks is asked first (typing protocols before
// them, typing_protocol.go), everything else goes to the original builtin
// unchanged.

var subclassHooks struct {
	sync.RWMutex
	// virtual maps an ABC to the classes registered with it.
	virtual map[*rt.Type][]*rt.Type
	// any is set once a class is registered: until then isinstance only
	// pays for the collections.abc check (a string comparison).
	any atomic.Bool
}

// registerVirtual records cls as a virtual subclass of abc (ABC.register).
func registerVirtual(abc, cls *rt.Type) {
	subclassHooks.Lock()
	defer subclassHooks.Unlock()
	if subclassHooks.virtual == nil {
		subclassHooks.virtual = map[*rt.Type][]*rt.Type{}
	}
	subclassHooks.virtual[abc] = append(subclassHooks.virtual[abc], cls)
	subclassHooks.any.Store(true)
}

// hookedSubclass is issubclass(cls, t) for classes with a hook; ok false
// when t has none.
func hookedSubclass(cls, t *rt.Type) (match, ok bool) {
	if t == osPathLikeType {
		return pathLikeSubclass(cls), true
	}
	if m, ok := AbcSubclassHook(cls, t); ok {
		if m {
			return true, true
		}
		return virtualSubclass(cls, t), true
	}
	if !subclassHooks.any.Load() {
		return false, false
	}
	subclassHooks.RLock()
	_, has := subclassHooks.virtual[t]
	subclassHooks.RUnlock()
	if has || takesRegistrations(t) {
		return cls.IsSubtype(t) || virtualSubclass(cls, t), true
	}
	return false, false
}

// takesRegistrations reports whether t has ABC.register (abc.ABC and the
// numbers classes): a class registered with one of its subclasses is
// its virtual subclass too, though t itself has no entry.
func takesRegistrations(t *rt.Type) bool {
	r, _ := abcType.Dict.GetStr("register")
	return t.Lookup("register") == r
}

func virtualSubclass(cls, t *rt.Type) bool {
	if !subclassHooks.any.Load() {
		return false
	}
	subclassHooks.RLock()
	defer subclassHooks.RUnlock()
	for abc, regs := range subclassHooks.virtual {
		if !abc.IsSubtype(t) {
			continue
		}
		for _, r := range regs {
			if cls.IsSubtype(r) {
				return true
			}
		}
	}
	return false
}

// hookedMatch walks a classinfo (class or nested tuple) with hooks; ok
// false when no class in it has a hook.
func hookedMatch(cls *rt.Type, info rt.Value) (match, ok bool) {
	switch x := info.(type) {
	case *rt.Type:
		return hookedSubclass(cls, x)
	case rt.AliasOrigin:
		return hookedSubclass(cls, x.AliasOrigin())
	case *rt.Tuple:
		any := false
		for _, it := range x.Items {
			m, ok := hookedMatch(cls, it)
			if ok {
				any = true
				if m {
					return true, true
				}
			}
		}
		if !any {
			return false, false
		}
		for _, it := range x.Items {
			if a, isAlias := it.(rt.AliasOrigin); isAlias {
				it = a.AliasOrigin()
			}
			if t, isType := it.(*rt.Type); isType && cls.IsSubtype(t) {
				return true, true
			}
		}
		return false, true
	}
	return false, false
}

func init() {
	wrap := func(name string, classOf func(v rt.Value) (*rt.Type, bool)) {
		orig, ok := rt.Builtins.GetStr(name)
		if !ok {
			return
		}
		// check is the call with two positional arguments; the wrapper
		// has Fn2 so that isinstance(x, T) makes no argument slice.
		check := func(th *rt.Thread, a, b rt.Value) (rt.Value, error) {
			if cls, ok := classOf(a); ok {
				v := a
				if name == "issubclass" {
					v = cls
				}
				if m, ok, err := protocolCheck(th, v, b, name == "isinstance"); ok || err != nil {
					return rt.Bool(m), err
				}
				if m, ok := hookedMatch(cls, b); ok {
					return rt.Bool(m), nil
				}
			}
			if ob, ok := orig.(*rt.Builtin); ok && ob.Fn2 != nil {
				return ob.Fn2(th, a, b)
			}
			return rt.Call(th, orig, []rt.Value{a, b}, nil)
		}
		rt.Builtins.SetStr(name, rt.Func2(rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) == 2 && len(kwargs) == 0 {
				return check(th, args[0], args[1])
			}
			return rt.Call(th, orig, args, kwargs)
		}), check))
	}
	wrap("isinstance", func(v rt.Value) (*rt.Type, bool) { return v.Type(), true })
	wrap("issubclass", func(v rt.Value) (*rt.Type, bool) {
		t, ok := v.(*rt.Type)
		return t, ok
	})
}
