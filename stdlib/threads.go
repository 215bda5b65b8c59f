package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// The structured-concurrency builtins (LANGUAGE.md §2.10) and the threads
// module. Everything here is a thin layer over package runtime
// (threadgroup.go, cancel.go, mutex.go, sync_prims.go, threadqueue.go,
// threaddump.go).

// threadBuiltins are the names available without import (set in
// rt.Builtins by modules.go's init, which also installs the SIGQUIT
// thread dump, rt.InstallDumpSignal).
var threadBuiltins = []namedValue{
	{"ThreadGroup", rt.ThreadGroupType},
	{"spawn", rt.SpawnBuiltin},
	{"Mutex", rt.MutexType},
	{"Cancelled", rt.CancelledType},
	{"DeadlockError", rt.DeadlockErrorType},
	{"timeout", rt.TimeoutBuiltin},
	{"shield", rt.ShieldBuiltin},
}

func newThreadsModule() *rt.Module {
	m := rt.NewModule("threads")
	for _, e := range threadBuiltins {
		m.Dict.SetStr(e.name, e.v)
	}
	m.Dict.SetStr("Lock", rt.LockType) // named _thread.lock, as in CPython
	for _, t := range []*rt.Type{
		rt.RLockType, rt.SemaphoreType, rt.BoundedSemaphoreType,
		rt.EventType, rt.ConditionType, rt.BarrierType, rt.ThreadsQueueType,
		rt.LifoQueueType, rt.PriorityQueueType, rt.FutureType,
	} {
		m.Dict.SetStr(t.Name(), t)
	}
	m.Dict.SetStr("Empty", rt.QueueEmptyType)
	m.Dict.SetStr("Full", rt.QueueFullType)
	m.Dict.SetStr("ShutDown", rt.QueueShutDownType)
	m.Dict.SetStr("QueueClosed", rt.QueueShutDownType)
	m.Dict.SetStr("BrokenBarrierError", rt.BrokenBarrierErrorType)
	m.Dict.SetStr("current_thread", rt.NewFunc("current_thread", currentThread))
	m.Dict.SetStr("dump", rt.NewFunc("dump", threadsDump))
	return m
}

// threadsDump is threads.dump(format="text"): the live thread tree as
// text, or as JSON with format="json".
func threadsDump(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	format := "text"
	if err := rt.UnpackArgs("dump", args, kwargs, "format?", &format); err != nil {
		return nil, err
	}
	d := rt.TakeDump(th)
	switch format {
	case "text":
		return rt.Str(d.Text()), nil
	case "json":
		return rt.Str(d.JSON()), nil
	}
	return nil, rt.NewError(rt.ValueErrorType, "dump() format must be 'text' or 'json', not '%s'", format)
}
