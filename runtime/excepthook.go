package runtime

import "io"

// ReportUncaught reports an exception that ended the main thread, as
// CPython does: through sys.excepthook(type, value, traceback) when the
// program replaced it, else by printing the traceback to w. A hook that
// raises gets both tracebacks printed ("Error in sys.excepthook:" ...
// "Original exception was:"); a deleted hook is reported as missing. A
// hook that raises SystemExit decides the exit status: that exception is
// returned.
func ReportUncaught(th *Thread, w io.Writer, e *Exception) (exit *Exception) {
	sys := th.Env().Sys
	if sys == nil {
		PrintTraceback(th, w, e)
		return nil
	}
	hook, ok := sys.Dict.GetStr("excepthook")
	if !ok {
		io.WriteString(w, "sys.excepthook is missing\n"+FormatTraceback(th, e))
		return nil
	}
	if def, ok := sys.Dict.GetStr("__excepthook__"); ok && hook == def {
		PrintTraceback(th, w, e)
		return nil
	}
	_, err := Call(th, hook, []Value{e.Class, e, TracebackOf(e)}, nil)
	th.Env().FlushStdio()
	if err == nil {
		return nil
	}
	herr := AsException(err)
	if herr.Class.IsSubtype(SystemExitType) {
		return herr
	}
	io.WriteString(w, "Error in sys.excepthook:\n"+FormatTraceback(th, herr)+"\nOriginal exception was:\n"+FormatTraceback(th, e))
	return nil
}
