package stdlib

import (
	"sync/atomic"
	"syscall"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The _thread module, CPython's low-level threading API, over virtual
// threads: start_new_thread runs its function in the daemon group (the
// process does not wait for it at exit, as in CPython); an exception
// ending it is reported as "Exception ignored in thread started by:"
// with its traceback (SystemExit ends it quietly). The lock types are
// threading's.

// threadCount is _thread._count(): threads started by start_new_thread
// that have not ended.
var threadCount atomic.Int64

func startNewThread(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var fn, fargs rt.Value
	var fkw rt.Value = rt.None
	if err := rt.UnpackArgs("start_new_thread", args, kwargs, "function", &fn, "args", &fargs, "kwargs?", &fkw, "/"); err != nil {
		return nil, err
	}
	if !isCallable(fn) {
		return nil, rt.NewError(rt.TypeErrorType, "first arg must be callable")
	}
	if _, ok := fargs.(*rt.Tuple); !ok {
		return nil, rt.NewError(rt.TypeErrorType, "2nd arg must be a tuple")
	}
	a, err := rt.IterateAll(th, fargs)
	if err != nil {
		return nil, err
	}
	var kw []rt.KwArg
	if fkw != rt.None {
		d, ok := fkw.(*rt.Dict)
		if !ok {
			return nil, rt.NewError(rt.TypeErrorType, "optional 3rd arg must be a dictionary")
		}
		for _, kv := range d.Items() {
			k, ok := kv[0].(rt.Str)
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "keywords must be strings")
			}
			kw = append(kw, rt.KwArg{Name: string(k), Value: kv[1]})
		}
	}
	threadCount.Add(1)
	f, err := th.Env().Daemons().SpawnDetached(th, nil, func(c *rt.Thread) (rt.Value, error) {
		defer threadCount.Add(-1)
		rt.ClearContextVars(c)
		_, err := rt.Call(c, fn, a, kw)
		if err == nil {
			return rt.None, nil
		}
		exc := rt.AsException(err)
		if exc == nil || exc.Class == rt.CancelledType {
			return rt.None, err
		}
		if !exc.Class.IsSubtype(rt.SystemExitType) {
			writeStream(c, "stderr", "Exception ignored in thread started by: "+mustRepr(fn)+"\n"+rt.FormatTraceback(c, exc))
		}
		return rt.None, nil
	}, "", rt.SpawnSite{})
	if err != nil {
		threadCount.Add(-1)
		return nil, err
	}
	return rt.MakeInt(int64(f.Thread().ID())), nil
}

// loadThreadModule makes the _thread module (registered in modules.go).
func loadThreadModule() *rt.Module {
	setupThreadingTypes() // _ExceptHookArgs, excepthook
	m := rt.NewModule("_thread")
	allocate := rt.NewFunc("allocate_lock", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := rt.UnpackArgs("allocate_lock", args, kwargs); err != nil {
			return nil, err
		}
		return rt.Call(th, rt.LockType, nil, nil)
	})
	start := rt.NewFunc("start_new_thread", startNewThread)
	exit := rt.NewFunc("exit", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return nil, rt.NewException(rt.SystemExitType)
	})
	for name, v := range map[string]rt.Value{
		"LockType":         rt.LockType,
		"RLock":            rt.RLockType,
		"_local":           rt.LocalType,
		"error":            rt.RuntimeErrorType,
		"TIMEOUT_MAX":      rt.Float(1e9),
		"allocate_lock":    allocate,
		"allocate":         allocate,
		"start_new_thread": start,
		"start_new":        start,
		"exit":             exit,
		"exit_thread":      exit,
		"get_ident":        rt.NewFunc("get_ident", getIdent),
		"get_native_id":    rt.NewFunc("get_native_id", getIdent),
		"_excepthook":      defaultThreadExcepthook,
		"_ExceptHookArgs":  exceptHookArgsType,
		"_count": rt.NewFunc("_count", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.MakeInt(threadCount.Load()), nil
		}),
		"stack_size": rt.NewFunc("stack_size", stackSize),
		"interrupt_main": rt.NewFunc("interrupt_main", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			sig := int(syscall.SIGINT)
			if err := rt.UnpackArgs("interrupt_main", args, kwargs, "signum?", &sig); err != nil {
				return nil, err
			}
			if !sigValid(sig) {
				return nil, rt.NewError(rt.ValueErrorType, "signal number out of range")
			}
			// As if the signal arrived: its handler (KeyboardInterrupt
			// for SIGINT) runs in the main thread; nothing happens when
			// Python does not handle it (SIG_DFL, SIG_IGN).
			sigState.Lock()
			h := currentHandler(sig)
			sigState.Unlock()
			if h == sigDfl || h == sigIgn {
				return rt.None, nil
			}
			return rt.None, signalSelf(th, sig)
		}),
	} {
		m.Dict.SetStr(name, v)
	}
	return m
}
