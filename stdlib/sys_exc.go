package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// sys.exc_info(), sys.exception() and sys.excepthook: the exception being
// handled comes from the runtime's frames (Thread.HandledException); the
// interpreter calls sys.excepthook through rt.ReportUncaught when the main
// thread ends with an exception.

// addSysExcFuncs adds the exception functions to a sys module's dict.
func addSysExcFuncs(d *rt.Dict) {
	hook := rt.NewFunc("excepthook", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return excepthookImpl(th, args, kwargs)
	})
	d.SetStr("excepthook", hook)
	d.SetStr("__excepthook__", hook)
	d.SetStr("exc_info", rt.NewFunc("exc_info", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := methNoArgs("sys.exc_info", args, kwargs); err != nil {
			return nil, err
		}
		e := th.HandledException()
		if e == nil {
			return rt.NewTuple([]rt.Value{rt.None, rt.None, rt.None}), nil
		}
		return rt.NewTuple([]rt.Value{e.Class, e, tracebackOf(e)}), nil
	}))
	d.SetStr("exception", rt.NewFunc("exception", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := methNoArgs("sys.exception", args, kwargs); err != nil {
			return nil, err
		}
		if e := th.HandledException(); e != nil {
			return e, nil
		}
		return rt.None, nil
	}))
}

// excepthookImpl is sysExcepthook (set by init: sysExcepthook writes to
// sys.stderr, and the sys module is made during package initialisation).
var excepthookImpl func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)

func init() { excepthookImpl = sysExcepthook }

// tracebackOf is e.__traceback__.
func tracebackOf(e *rt.Exception) rt.Value { return rt.TracebackOf(e) }

// sysExcepthook is sys.__excepthook__(type, value, traceback): the
// traceback report on sys.stderr.
func sysExcepthook(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(kwargs) > 0 {
		return nil, rt.NewError(rt.TypeErrorType, "excepthook() takes no keyword arguments")
	}
	if len(args) != 3 {
		return nil, rt.NewError(rt.TypeErrorType, "excepthook expected 3 arguments, got %d", len(args))
	}
	e, ok := args[1].(*rt.Exception)
	if !ok {
		return rt.None, writeStream(th, "stderr", "TypeError: print_exception(): Exception expected for value, "+rt.TypeName(args[1])+" found\n")
	}
	// As CPython, the exception's own traceback wins; tb only fills in
	// for an exception that has none.
	opt := &rt.TracebackOptions{}
	if tb, ok := args[2].(*rt.Traceback); ok && len(e.TracebackEntries()) == 0 {
		opt.TB, opt.SetTB = tb.Entries[:tb.Index+1], true
	}
	return rt.None, writeReport(th, rt.None, e, opt)
}

// setTracebackArg makes tb (a traceback object or None) replace the
// exception's own traceback in opt.
func setTracebackArg(opt *rt.TracebackOptions, tb rt.Value) error {
	switch t := tb.(type) {
	case *rt.Traceback:
		opt.TB, opt.SetTB = t.Entries[:t.Index+1], true
	default:
		if tb != rt.None {
			return rt.NewError(rt.TypeErrorType, "'%s' object is not a traceback", rt.TypeName(tb))
		}
		opt.TB, opt.SetTB = nil, true
	}
	return nil
}

// writeReport writes the report of value (an exception, or None for
// "NoneType: None") to file, or to sys.stderr when file is None.
func writeReport(th *rt.Thread, file, value rt.Value, opt *rt.TracebackOptions) error {
	s, err := reportText(th, value, opt)
	if err != nil {
		return err
	}
	return writeTo(th, file, s)
}

// reportParts is traceback.format_exception's list for value.
func reportParts(th *rt.Thread, value rt.Value, opt *rt.TracebackOptions) ([]string, error) {
	if e, ok := value.(*rt.Exception); ok {
		return rt.FormatExceptionParts(th, e, opt), nil
	}
	if value == rt.None {
		return []string{"NoneType: None\n"}, nil
	}
	return nil, rt.NewError(rt.TypeErrorType, "print_exception(): Exception expected for value, %s found", rt.TypeName(value))
}

func reportText(th *rt.Thread, value rt.Value, opt *rt.TracebackOptions) (string, error) {
	parts, err := reportParts(th, value, opt)
	if err != nil {
		return "", err
	}
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	b := make([]byte, 0, n)
	for _, p := range parts {
		b = append(b, p...)
	}
	return string(b), nil
}

// writeTo writes s to file.write, or to sys.stderr when file is None.
func writeTo(th *rt.Thread, file rt.Value, s string) error {
	if file == nil || file == rt.None {
		return writeStream(th, "stderr", s)
	}
	_, err := rt.CallMethod(th, file, "write", []rt.Value{rt.Str(s)}, nil)
	return err
}

// methNoArgs is CPython's check of a METH_NOARGS function.
func methNoArgs(name string, args []rt.Value, kwargs []rt.KwArg) error {
	if len(kwargs) > 0 {
		return rt.NewError(rt.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) > 0 {
		return rt.NewError(rt.TypeErrorType, "%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}
