package stdlib

import (
	"sync"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The atexit module. register() records the callbacks; RunAtexit runs
// them last-registered first, as CPython does at interpreter exit. The
// interpreter must call stdlib.RunAtexit(mainThread) after the main
// module finishes (normally, by SystemExit or by an uncaught exception)
// — see the report of this work; _run_exitfuncs() runs them on demand.

type atexitEntry struct {
	fn     rt.Value
	args   []rt.Value
	kwargs []rt.KwArg
}

// atexitRegistry is the callbacks of one interpreter (kept in its
// runtime.Env).
type atexitRegistry struct {
	sync.Mutex
	entries []atexitEntry
}

type atexitKey struct{}

func atexitOf(th *rt.Thread) *atexitRegistry {
	return th.Env().Local(atexitKey{}, func() any { return &atexitRegistry{} }).(*atexitRegistry)
}

// RunAtexit runs and clears the registered exit functions. An exception
// in one is reported on stderr ("Exception ignored in atexit callback")
// and the others still run.
func RunAtexit(th *rt.Thread) {
	atexitState := atexitOf(th)
	atexitState.Lock()
	entries := atexitState.entries
	atexitState.entries = nil
	atexitState.Unlock()
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		if _, err := rt.Call(th, e.fn, e.args, e.kwargs); err != nil {
			if exc := rt.AsException(err); exc != nil {
				writeStream(th, "stderr", "Exception ignored in atexit callback: "+mustRepr(e.fn)+"\n"+rt.FormatTraceback(th, exc))
			}
		}
	}
}

// loadAtexitModule makes the atexit module (registered in modules.go).
func loadAtexitModule() *rt.Module {
	m := rt.NewModule("atexit")
	m.Dict.SetStr("register", rt.NewFunc("register", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(args) == 0 {
			return nil, rt.NewError(rt.TypeErrorType, "register() takes at least 1 argument (0 given)")
		}
		if !isCallable(args[0]) {
			return nil, rt.NewError(rt.TypeErrorType, "the first argument must be callable")
		}
		atexitState := atexitOf(th)
		atexitState.Lock()
		atexitState.entries = append(atexitState.entries, atexitEntry{args[0], append([]rt.Value(nil), args[1:]...), kwargs})
		atexitState.Unlock()
		return args[0], nil
	}))
	m.Dict.SetStr("unregister", rt.NewFunc("unregister", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var fn rt.Value
		if err := rt.UnpackArgs("unregister", args, kwargs, "func", &fn); err != nil {
			return nil, err
		}
		atexitState := atexitOf(th)
		atexitState.Lock()
		defer atexitState.Unlock()
		kept := atexitState.entries[:0]
		for _, e := range atexitState.entries {
			if eq, _ := rt.Equal(th, e.fn, fn); !eq {
				kept = append(kept, e)
			}
		}
		atexitState.entries = kept
		return rt.None, nil
	}))
	m.Dict.SetStr("_run_exitfuncs", rt.NewFunc("_run_exitfuncs", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		RunAtexit(th)
		return rt.None, nil
	}))
	m.Dict.SetStr("_clear", rt.NewFunc("_clear", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		atexitState := atexitOf(th)
		atexitState.Lock()
		atexitState.entries = nil
		atexitState.Unlock()
		return rt.None, nil
	}))
	m.Dict.SetStr("_ncallbacks", rt.NewFunc("_ncallbacks", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		atexitState := atexitOf(th)
		atexitState.Lock()
		defer atexitState.Unlock()
		return rt.MakeInt(int64(len(atexitState.entries))), nil
	}))
	return m
}
