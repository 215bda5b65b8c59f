package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// threading.excepthook: what happens to an exception that ends a
// threading.Thread's run(). With the default hook the exception goes on
// to the background group, which prints "Exception in thread NAME:" and
// the traceback (with its spawned-at lines) and makes the process exit 1
// (LANGUAGE.md §2.7). A hook the program installed
// (threading.excepthook = f) is called instead with an ExceptHookArgs
// (exc_type, exc_value, exc_traceback, thread), as in CPython, and the
// exception counts as handled.

var exceptHookArgsType = newModuleType("_ExceptHookArgs", "_thread")

var exceptHookArgsFields = []string{"exc_type", "exc_value", "exc_traceback", "thread"}

// defaultThreadExcepthook is threading.excepthook and
// threading.__excepthook__: it prints the exception of args.thread to
// sys.stderr (SystemExit is ignored).
var defaultThreadExcepthook = rt.NewFunc("excepthook", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	a, err := oneArg("excepthook", args, kwargs)
	if err != nil {
		return nil, err
	}
	get := func(name string) (rt.Value, error) { return rt.GetAttr(th, a, name) }
	typ, err := get("exc_type")
	if err != nil {
		return nil, err
	}
	if t, ok := typ.(*rt.Type); ok && t.IsSubtype(rt.SystemExitType) {
		return rt.None, nil
	}
	val, err := get("exc_value")
	if err != nil {
		return nil, err
	}
	name := rt.Str(th.Label())
	if t, err := get("thread"); err == nil && t != rt.None {
		if n, err := rt.GetAttr(th, t, "name"); err == nil {
			if s, err := rt.ToStr(th, n); err == nil {
				name = rt.Str(s)
			}
		}
	}
	msg := "Exception in thread " + string(name) + ":\n"
	if e, ok := val.(*rt.Exception); ok {
		msg += rt.FormatTraceback(th, e)
	} else {
		s, err := rt.ToStr(th, val)
		if err != nil {
			return nil, err
		}
		msg += rt.TypeName(val) + ": " + s + "\n"
	}
	th.Env().Stderr.WriteString(msg)
	return rt.None, nil
})

// threadExcepthook handles err, which ended thread o's run() on c: it
// returns err for the default hook (which ignores SystemExit) and for
// Cancelled, or calls the program's hook (SystemExit included, as in
// CPython); an exception the hook raises is reported as "Exception in
// threading.excepthook:" and still makes the process exit 1.
func threadExcepthook(c *rt.Thread, o *threadObj, err error) error {
	exc := rt.AsException(err)
	if exc == nil || exc.Class == rt.CancelledType {
		return err
	}
	mod, ok := c.Env().Modules.GetStr("threading")
	if !ok {
		return err
	}
	hook, herr := rt.GetAttr(c, mod, "excepthook")
	if herr != nil || hook == rt.Value(defaultThreadExcepthook) {
		return err
	}
	args := newNamedTuple(exceptHookArgsType, exceptHookArgsFields, []rt.Value{exc.Class, exc, rt.TracebackOf(exc), o.value()})
	_, herr = rt.Call(c, hook, []rt.Value{args}, nil)
	c.Env().FlushStdio()
	if e := rt.AsException(herr); herr != nil && e.Class != rt.CancelledType {
		// CPython reports the hook's own failure under its own header.
		rt.ReportThreadFailure(c, "Exception in threading.excepthook:", e)
		return nil
	}
	return herr
}
