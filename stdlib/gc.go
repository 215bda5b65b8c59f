package stdlib

import (
	"sync/atomic"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The gc module. Spindle's memory is Go's: there is no reference count
// and no generational cycle collector, Go's collector decides when
// anything is freed. So collect() runs a full Go collection
// (runtime.GC), then the callbacks of the weak references whose referents
// it freed (weakref_registry.go), and returns 0, since Go does not count
// what it frees;
// enable/disable only set the flag isenabled() reports (Go's collector
// cannot be paused without letting memory grow without bound);
// get_count() is (0, 0, 0) and the thresholds are stored and returned
// but drive nothing. The state is per interpreter (one module object
// each).

func newGCModule() *rt.Module {
	m := rt.NewModule("gc")
	var disabled atomic.Bool
	var thresholds atomic.Pointer[[3]int]
	thresholds.Store(&[3]int{700, 10, 10})
	var debug atomic.Int64
	noArgs := func(name string, fn func() rt.Value) *rt.Builtin {
		return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(kwargs) > 0 {
				return nil, rt.NewError(rt.TypeErrorType, "gc.%s() takes no keyword arguments", name)
			}
			if len(args) > 0 {
				return nil, rt.NewError(rt.TypeErrorType, "gc.%s() takes no arguments (%d given)", name, len(args))
			}
			return fn(), nil
		})
	}
	ints := func(xs ...int) rt.Value {
		vs := make([]rt.Value, len(xs))
		for i, x := range xs {
			vs[i] = rt.MakeInt(int64(x))
		}
		return rt.NewTuple(vs)
	}
	for _, f := range []*rt.Builtin{
		rt.NewFunc("collect", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var genV rt.Value = rt.MakeInt(2)
			if err := rt.UnpackArgs("collect", args, kwargs, "generation?", &genV); err != nil {
				return nil, err
			}
			gen, err := rt.IndexInt(genV)
			if err != nil {
				return nil, err
			}
			if gen < 0 || gen > 2 {
				return nil, rt.NewError(rt.ValueErrorType, "invalid generation")
			}
			collectWeak(th)
			return rt.MakeInt(0), nil
		}),
		noArgs("enable", func() rt.Value { disabled.Store(false); return rt.None }),
		noArgs("disable", func() rt.Value { disabled.Store(true); return rt.None }),
		noArgs("isenabled", func() rt.Value { return rt.Bool(!disabled.Load()) }),
		noArgs("get_count", func() rt.Value { return ints(0, 0, 0) }),
		noArgs("get_threshold", func() rt.Value {
			t := thresholds.Load()
			return ints(t[0], t[1], t[2])
		}),
		rt.NewFunc("set_threshold", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(kwargs) > 0 {
				return nil, rt.NewError(rt.TypeErrorType, "set_threshold() takes no keyword arguments")
			}
			if len(args) < 1 {
				return nil, rt.NewError(rt.TypeErrorType, "set_threshold() takes at least 1 argument (0 given)")
			}
			if len(args) > 3 {
				return nil, rt.NewError(rt.TypeErrorType, "set_threshold() takes at most 3 arguments (%d given)", len(args))
			}
			t := *thresholds.Load()
			for i, a := range args {
				n, err := rt.IndexInt(a)
				if err != nil {
					return nil, err
				}
				t[i] = n
			}
			thresholds.Store(&t)
			return rt.None, nil
		}),
		noArgs("get_debug", func() rt.Value { return rt.MakeInt(debug.Load()) }),
		rt.NewFunc("set_debug", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var flags int
			if err := rt.UnpackArgs("set_debug", args, kwargs, "flags", &flags, "/"); err != nil {
				return nil, err
			}
			debug.Store(int64(flags))
			return rt.None, nil
		}),
		noArgs("freeze", func() rt.Value { return rt.None }),
		noArgs("unfreeze", func() rt.Value { return rt.None }),
		noArgs("get_freeze_count", func() rt.Value { return rt.MakeInt(0) }),
	} {
		m.Dict.SetStr(f.Name, f)
	}
	m.Dict.SetStr("garbage", rt.NewList(nil))
	m.Dict.SetStr("callbacks", rt.NewList(nil))
	for _, c := range []struct {
		name string
		v    int64
	}{{"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4}, {"DEBUG_SAVEALL", 32}} {
		m.Dict.SetStr(c.name, rt.MakeInt(c.v))
	}
	m.Dict.SetStr("DEBUG_LEAK", rt.MakeInt(0x26))
	return m
}
