package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// The _weakref module: the Go half of weakref (ref, proxy, the counts,
// the types). weakref itself (pysrc/weakref.py) adds WeakValueDictionary,
// WeakKeyDictionary, WeakSet, WeakMethod and finalize on top of it.

// loadWeakrefModule makes the _weakref module (registered in modules.go).
func loadWeakrefModule() *rt.Module {
	setupWeakTypes()
	m := rt.NewModule("_weakref")
	m.Dict.SetStr("ref", weakRefType)
	m.Dict.SetStr("ReferenceType", weakRefType)
	m.Dict.SetStr("ProxyType", weakProxyType)
	m.Dict.SetStr("CallableProxyType", weakCallableProxyType)
	for _, f := range []*rt.Builtin{
		rt.NewFunc("proxy", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			obj, cb, err := weakRefArgs("proxy", args, kwargs)
			if err != nil {
				return nil, err
			}
			return newWeakRef(th, obj, cb, weakProxyType)
		}),
		rt.NewFunc1("getweakrefcount", func(th *rt.Thread, obj rt.Value) (rt.Value, error) {
			return rt.MakeInt(int64(len(liveWeakRefs(th, obj)))), nil
		}),
		rt.NewFunc1("getweakrefs", func(th *rt.Thread, obj rt.Value) (rt.Value, error) {
			refs := liveWeakRefs(th, obj)
			out := make([]rt.Value, len(refs))
			for i, r := range refs {
				out[i] = r.self()
			}
			return rt.NewList(out), nil
		}),
		rt.NewFunc("_run_callbacks", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("_run_callbacks", args, kwargs); err != nil {
				return nil, err
			}
			runWeakCallbacks(th)
			return rt.None, nil
		}),
	} {
		m.Dict.SetStr(f.Name, f)
	}
	return m
}

// liveWeakRefs returns obj's live weak references and proxies (none for
// a value that cannot be referenced weakly).
func liveWeakRefs(th *rt.Thread, obj rt.Value) []*weakRef {
	if !weakrefable(obj) {
		return nil
	}
	target, _ := newWeakTarget(obj)
	return weakRegistryOf(th).live(target)
}
