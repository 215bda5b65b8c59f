package stdlib

import (
	"fmt"
	"sync"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The traceback module. Every report is formatted by the runtime's
// traceback printer (runtime/traceback.go), so traceback.print_exc()
// prints exactly what an uncaught exception would. Frames are
// FrameSummary objects (filename, lineno, name, line); Spindle has no
// frame objects, so extract_stack/print_stack accept only f=None and
// FrameSummary.locals is always None.

var (
	frameSummaryType *rt.Type
	tbExceptionType  *rt.Type
)

// loadTracebackModule makes the traceback module (registered in modules.go).
func loadTracebackModule() *rt.Module {
	setupTracebackTypes()
	return newTracebackModule()
}

// tracebackSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var tracebackSetup sync.Once

func setupTracebackTypes() { tracebackSetup.Do(initTracebackTypes) }

func initTracebackTypes() {
	initStackSummaryType()
	frameSummaryType = goClass("FrameSummary", "traceback", nil,
		"__init__", meth("__init__", frameSummaryInit),
		"__repr__", meth("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			fn, _ := rt.ToStr(th, attrOf(th, self, "filename"))
			ln, _ := rt.ToStr(th, attrOf(th, self, "lineno"))
			name, _ := rt.ToStr(th, attrOf(th, self, "name"))
			return rt.Str(fmt.Sprintf("<FrameSummary file %s, line %s in %s>", fn, ln, name)), nil
		}),
		"__iter__", meth("__iter__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return iterOf(th, frameSummaryTuple(th, self))
		}),
		"__getitem__", meth("__getitem__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var i rt.Value
			if err := rt.UnpackArgs("__getitem__", args, kwargs, "pos", &i); err != nil {
				return nil, err
			}
			return rt.GetItem(th, frameSummaryTuple(th, self), i)
		}),
		"__len__", meth("__len__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.MakeInt(4), nil
		}),
		"__eq__", meth("__eq__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var other rt.Value
			if err := rt.UnpackArgs("__eq__", args, kwargs, "other", &other); err != nil {
				return nil, err
			}
			mine := frameSummaryTuple(th, self)
			if rt.IsInstance(other, frameSummaryType) {
				other = frameSummaryTuple(th, other)
			}
			if t, ok := other.(*rt.Tuple); ok {
				eq, err := rt.Equal(th, mine, t)
				return rt.Bool(eq), err
			}
			return rt.NotImplemented, nil
		}),
		"__hash__", rt.None,
	)
	tbExceptionType = goClass("TracebackException", "traceback", nil,
		"__init__", meth("__init__", tbExceptionInit),
		"from_exception", classMeth("from_exception", func(th *rt.Thread, cls rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) != 1 {
				return nil, rt.NewError(rt.TypeErrorType, "TracebackException.from_exception() takes exactly one positional argument (%d given)", len(args))
			}
			e, ok := args[0].(*rt.Exception)
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "from_exception() argument must be an exception, not '%s'", rt.TypeName(args[0]))
			}
			return rt.Call(th, cls, []rt.Value{e.Class, e, tracebackOf(e)}, kwargs)
		}),
		"format", meth("format", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			chain := true
			if err := rt.UnpackArgs("format", args, kwargs, "*", "chain?", &chain); err != nil {
				return nil, err
			}
			e, opt := tbExceptionState(th, self)
			o := *opt
			o.NoChain = !chain
			parts, err := reportParts(th, e, &o)
			if err != nil {
				return nil, err
			}
			return iterOf(th, strList(parts))
		}),
		"format_exception_only", meth("format_exception_only", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("format_exception_only", args, kwargs); err != nil {
				return nil, err
			}
			e, _ := tbExceptionState(th, self)
			return iterOf(th, strList(exceptionOnlyParts(th, e)))
		}),
		"__str__", meth("__str__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			e, _ := tbExceptionState(th, self)
			s, err := rt.ToStr(th, e)
			return rt.Str(s), err
		}),
	)
}

func newTracebackModule() *rt.Module {
	m := rt.NewModule("traceback")
	d := m.Dict
	d.SetStr("FrameSummary", frameSummaryType)
	d.SetStr("TracebackException", tbExceptionType)
	d.SetStr("StackSummary", stackSummaryType)
	for _, f := range []*rt.Builtin{
		rt.NewFunc("print_exc", tbPrintExc),
		rt.NewFunc("format_exc", tbFormatExc),
		rt.NewFunc("print_exception", tbPrintException),
		rt.NewFunc("format_exception", tbFormatException),
		rt.NewFunc("format_exception_only", tbFormatExceptionOnly),
		rt.NewFunc("print_tb", tbPrintTB),
		rt.NewFunc("format_tb", tbFormatTB),
		rt.NewFunc("extract_tb", tbExtractTB),
		rt.NewFunc("extract_stack", tbExtractStack),
		rt.NewFunc("format_stack", tbFormatStack),
		rt.NewFunc("print_stack", tbPrintStack),
		rt.NewFunc("format_list", tbFormatList),
		rt.NewFunc("print_list", tbPrintList),
		rt.NewFunc("walk_tb", walkTB),
		rt.NewFunc("walk_stack", walkStack),
	} {
		d.SetStr(f.Name, f)
	}
	return m
}

func iterOf(th *rt.Thread, v rt.Value) (rt.Value, error) {
	it, err := rt.Iter(th, v)
	if err != nil {
		return nil, err
	}
	return rt.IteratorValue(it), nil
}

func joinParts(parts []string) string {
	s := ""
	for _, p := range parts {
		s += p
	}
	return s
}

// setLimit reads a limit argument (None or an int) into opt.
func setLimit(opt *rt.TracebackOptions, limit rt.Value) error {
	if limit == rt.None {
		return nil
	}
	n, ok := limit.(rt.Int)
	if !ok {
		return rt.NewError(rt.TypeErrorType, "'%s' object cannot be interpreted as an integer", rt.TypeName(limit))
	}
	opt.Limit, opt.HasLimit = int(n), true
	return nil
}

// excArgs parses print_exception's (exc, /, value=, tb=, *, limit, chain)
// shape shared by print_exception and format_exception, returning the
// exception (or None) to report.
func excArgs(th *rt.Thread, name string, args []rt.Value, kwargs []rt.KwArg, file *rt.Value) (rt.Value, *rt.TracebackOptions, error) {
	var exc, value, tb, limit rt.Value
	value, tb, limit = nil, nil, rt.None
	chain := true
	pairs := []any{"exc", &exc, "value?", &value, "tb?", &tb, "limit?", &limit}
	if file != nil {
		pairs = append(pairs, "file?", file)
	}
	pairs = append(pairs, "chain?", &chain)
	if err := rt.UnpackArgs(name, args, kwargs, pairs...); err != nil {
		return nil, nil, err
	}
	opt := &rt.TracebackOptions{NoChain: !chain}
	if err := setLimit(opt, limit); err != nil {
		return nil, nil, err
	}
	if (value == nil) != (tb == nil) {
		return nil, nil, rt.NewError(rt.ValueErrorType, "Both or neither of value and tb must be given")
	}
	if value == nil {
		if exc == rt.None {
			return rt.None, opt, nil
		}
		if _, ok := exc.(*rt.Exception); !ok {
			return nil, nil, rt.NewError(rt.TypeErrorType, "Exception expected for value, %s found", rt.TypeName(exc))
		}
		return exc, opt, nil
	}
	if err := setTracebackArg(opt, tb); err != nil {
		return nil, nil, err
	}
	return value, opt, nil
}

func tbPrintException(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var file rt.Value = rt.None
	value, opt, err := excArgs(th, "print_exception", args, kwargs, &file)
	if err != nil {
		return nil, err
	}
	return rt.None, writeReport(th, file, value, opt)
}

func tbFormatException(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	value, opt, err := excArgs(th, "format_exception", args, kwargs, nil)
	if err != nil {
		return nil, err
	}
	parts, err := reportParts(th, value, opt)
	if err != nil {
		return nil, err
	}
	return strList(parts), nil
}

// excArgsHandled parses (limit=None, [file=None,] chain=True) and returns
// the exception being handled (print_exc, format_exc).
func excArgsHandled(th *rt.Thread, name string, args []rt.Value, kwargs []rt.KwArg, file *rt.Value) (rt.Value, *rt.TracebackOptions, error) {
	var limit rt.Value = rt.None
	chain := true
	pairs := []any{"limit?", &limit}
	if file != nil {
		pairs = append(pairs, "file?", file)
	}
	pairs = append(pairs, "chain?", &chain)
	if err := rt.UnpackArgs(name, args, kwargs, pairs...); err != nil {
		return nil, nil, err
	}
	opt := &rt.TracebackOptions{NoChain: !chain}
	if err := setLimit(opt, limit); err != nil {
		return nil, nil, err
	}
	if e := th.HandledException(); e != nil {
		return e, opt, nil
	}
	return rt.None, opt, nil
}

func tbPrintExc(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var file rt.Value = rt.None
	value, opt, err := excArgsHandled(th, "print_exc", args, kwargs, &file)
	if err != nil {
		return nil, err
	}
	return rt.None, writeReport(th, file, value, opt)
}

func tbFormatExc(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	value, opt, err := excArgsHandled(th, "format_exc", args, kwargs, nil)
	if err != nil {
		return nil, err
	}
	s, err := reportText(th, value, opt)
	return rt.Str(s), err
}

// exceptionOnlyParts is format_exception_only for an exception or None.
func exceptionOnlyParts(th *rt.Thread, v rt.Value) []string {
	if e, ok := v.(*rt.Exception); ok {
		return rt.FormatExceptionOnlyParts(th, e)
	}
	if t, ok := v.(*rt.Type); ok {
		return []string{t.Name() + "\n"}
	}
	return []string{rt.TypeName(v) + ": " + mustStr(v) + "\n"}
}

func mustStr(v rt.Value) string {
	s, err := rt.ToStr(nil, v)
	if err != nil {
		return "<exception str() failed>"
	}
	return s
}

func tbFormatExceptionOnly(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var exc, value rt.Value
	if err := rt.UnpackArgs("format_exception_only", args, kwargs, "exc", &exc, "value?", &value, "/"); err != nil {
		return nil, err
	}
	if value == nil {
		value = exc
	}
	return strList(exceptionOnlyParts(th, value)), nil
}

// tbEntries returns the entries (innermost first) from a traceback object
// to its innermost frame, or none for None.
func tbEntries(tb rt.Value) ([]rt.TracebackEntry, error) {
	switch t := tb.(type) {
	case *rt.Traceback:
		return t.Entries[:t.Index+1], nil
	}
	if tb == rt.None {
		return nil, nil
	}
	return nil, rt.NewError(rt.AttributeErrorType, "'%s' object has no attribute 'tb_frame'", rt.TypeName(tb))
}

// tbArgs parses (tb, limit=None[, file=None]) and returns the limited
// entries, innermost first.
func tbArgs(name string, args []rt.Value, kwargs []rt.KwArg, file *rt.Value) ([]rt.TracebackEntry, error) {
	var tb, limit rt.Value
	limit = rt.None
	pairs := []any{"tb", &tb, "limit?", &limit}
	if file != nil {
		pairs = append(pairs, "file?", file)
	}
	if err := rt.UnpackArgs(name, args, kwargs, pairs...); err != nil {
		return nil, err
	}
	entries, err := tbEntries(tb)
	if err != nil {
		return nil, err
	}
	opt := &rt.TracebackOptions{}
	if err := setLimit(opt, limit); err != nil {
		return nil, err
	}
	if opt.HasLimit {
		n := opt.Limit
		switch {
		case n >= 0 && n < len(entries):
			entries = entries[len(entries)-n:]
		case n < 0 && -n < len(entries):
			entries = entries[:-n]
		}
	}
	return entries, nil
}

func tbPrintTB(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var file rt.Value = rt.None
	entries, err := tbArgs("print_tb", args, kwargs, &file)
	if err != nil {
		return nil, err
	}
	return rt.None, writeTo(th, file, joinParts(rt.FormatEntryParts(entries, nil)))
}

func tbFormatTB(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	entries, err := tbArgs("format_tb", args, kwargs, nil)
	if err != nil {
		return nil, err
	}
	return strList(rt.FormatEntryParts(entries, nil)), nil
}

func tbExtractTB(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	entries, err := tbArgs("extract_tb", args, kwargs, nil)
	if err != nil {
		return nil, err
	}
	return frameSummaries(th, entries)
}

// stackArgs parses (f=None, limit=None[, file=None]) and returns the
// calling thread's stack, innermost first, limited as CPython's
// extract_stack does (a positive limit keeps the innermost frames).
func stackArgs(th *rt.Thread, name string, args []rt.Value, kwargs []rt.KwArg, file *rt.Value) ([]rt.TracebackEntry, error) {
	var f, limit rt.Value = rt.None, rt.None
	pairs := []any{"f?", &f, "limit?", &limit}
	if file != nil {
		pairs = append(pairs, "file?", file)
	}
	if err := rt.UnpackArgs(name, args, kwargs, pairs...); err != nil {
		return nil, err
	}
	opt := &rt.TracebackOptions{}
	if err := setLimit(opt, limit); err != nil {
		return nil, err
	}
	var entries []rt.TracebackEntry
	if f != rt.None {
		var err error
		if entries, err = frameStackEntries(th, f); err != nil {
			return nil, err
		}
	}
	for fr := th.Top; f == rt.None && fr != nil; fr = fr.Parent {
		if fr.Code == nil {
			continue
		}
		entries = append(entries, rt.TracebackEntry{File: fr.Code.File, Line: fr.Line, Name: fr.Code.Name})
	}
	if opt.HasLimit {
		n := opt.Limit
		switch {
		case n >= 0 && n < len(entries):
			entries = entries[:n]
		case n < 0 && -n < len(entries):
			entries = entries[len(entries)+n:]
		}
	}
	return entries, nil
}

func tbExtractStack(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	entries, err := stackArgs(th, "extract_stack", args, kwargs, nil)
	if err != nil {
		return nil, err
	}
	return frameSummaries(th, entries)
}

func tbFormatStack(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	entries, err := stackArgs(th, "format_stack", args, kwargs, nil)
	if err != nil {
		return nil, err
	}
	return strList(rt.FormatEntryParts(entries, nil)), nil
}

func tbPrintStack(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var file rt.Value = rt.None
	entries, err := stackArgs(th, "print_stack", args, kwargs, &file)
	if err != nil {
		return nil, err
	}
	return rt.None, writeTo(th, file, joinParts(rt.FormatEntryParts(entries, nil)))
}

// frameSummaries makes the FrameSummary list of entries (innermost
// first), outermost first.
func frameSummaries(th *rt.Thread, entries []rt.TracebackEntry) (rt.Value, error) {
	items := make([]rt.Value, 0, len(entries))
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		var kw []rt.KwArg
		if e.Pos != 0 {
			endLine := e.Pos.EndLine()
			col, endCol := e.Pos.ByteCols(rt.SourceLine(e.File, e.Line), rt.SourceLine(e.File, endLine))
			kw = []rt.KwArg{{Name: "end_lineno", Value: rt.MakeInt(int64(endLine))},
				{Name: "colno", Value: rt.MakeInt(int64(col))}, {Name: "end_colno", Value: rt.MakeInt(int64(endCol))}}
		}
		fs, err := rt.Call(th, frameSummaryType, []rt.Value{rt.Str(e.File), rt.MakeInt(int64(e.Line)), rt.Str(e.Name)}, kw)
		if err != nil {
			return nil, err
		}
		items = append(items, fs)
	}
	return newStackSummary(th, items)
}

// listEntries reads format_list's argument: FrameSummary objects or
// (filename, lineno, name, line) tuples, outermost first. It returns the
// entries innermost first and their lines.
func listEntries(th *rt.Thread, v rt.Value) ([]rt.TracebackEntry, []string, error) {
	items, err := rt.IterateAll(th, v)
	if err != nil {
		return nil, nil, err
	}
	n := len(items)
	entries := make([]rt.TracebackEntry, n)
	lines := make([]string, n)
	for i, it := range items {
		t := it
		if rt.IsInstance(it, frameSummaryType) {
			t = frameSummaryTuple(th, it)
		}
		fields, err := rt.IterateAll(th, t)
		if err != nil {
			return nil, nil, err
		}
		if len(fields) != 4 {
			return nil, nil, rt.NewError(rt.ValueErrorType, "too many values to unpack (expected 4)")
		}
		file, _ := rt.ToStr(th, fields[0])
		line, _ := rt.ToStr(th, fields[1])
		var ln int
		fmt.Sscan(line, &ln)
		name, _ := rt.ToStr(th, fields[2])
		src := ""
		if fields[3] != rt.None {
			src, _ = rt.ToStr(th, fields[3])
		}
		entries[n-1-i] = rt.TracebackEntry{File: file, Line: ln, Name: name}
		if rt.IsInstance(it, frameSummaryType) {
			entries[n-1-i].Pos = frameSummarySpan(th, it, file, ln)
		}
		lines[n-1-i] = src
	}
	return entries, lines, nil
}

func tbFormatList(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var l rt.Value
	if err := rt.UnpackArgs("format_list", args, kwargs, "extracted_list", &l); err != nil {
		return nil, err
	}
	entries, lines, err := listEntries(th, l)
	if err != nil {
		return nil, err
	}
	return strList(rt.FormatEntryParts(entries, lines)), nil
}

func tbPrintList(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var l, file rt.Value
	file = rt.None
	if err := rt.UnpackArgs("print_list", args, kwargs, "extracted_list", &l, "file?", &file); err != nil {
		return nil, err
	}
	entries, lines, err := listEntries(th, l)
	if err != nil {
		return nil, err
	}
	return rt.None, writeTo(th, file, joinParts(rt.FormatEntryParts(entries, lines)))
}

// frameSummaryInit is FrameSummary(filename, lineno, name, *,
// lookup_line=True, locals=None, line=None, end_lineno=None,
// colno=None, end_colno=None).
func frameSummaryInit(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var filename, lineno, name, locals, line, endLineno, colno, endColno rt.Value
	locals, line, endLineno, colno, endColno = rt.None, rt.None, rt.None, rt.None, rt.None
	lookup := true
	if err := rt.UnpackArgs("FrameSummary", args, kwargs, "filename", &filename, "lineno", &lineno, "name", &name,
		"*", "lookup_line?", &lookup, "locals?", &locals, "line?", &line,
		"end_lineno?", &endLineno, "colno?", &colno, "end_colno?", &endColno); err != nil {
		return nil, err
	}
	setAttrs(th, self, "end_lineno", endLineno, "colno", colno, "end_colno", endColno)
	if line == rt.None {
		f, _ := filename.(rt.Str)
		n, _ := lineno.(rt.Int)
		line = rt.Str(rt.SourceLine(string(f), int(n)))
	}
	if s, ok := line.(rt.Str); ok {
		line = rt.Str(trimSpace(string(s)))
	}
	setAttrs(th, self, "filename", filename, "lineno", lineno, "name", name, "line", line, "locals", locals)
	return rt.None, nil
}

func trimSpace(s string) string {
	i, j := 0, len(s)
	for i < j && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v') {
		i++
	}
	for j > i && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\n' || s[j-1] == '\r' || s[j-1] == '\f' || s[j-1] == '\v') {
		j--
	}
	return s[i:j]
}

// frameSummarySpan is the span a FrameSummary's position gives (0 when
// it has none), its byte offsets read against the file's lines.
func frameSummarySpan(th *rt.Thread, fs rt.Value, file string, line int) rt.Span {
	endLine, ok1 := attrOf(th, fs, "end_lineno").(rt.Int)
	col, ok2 := attrOf(th, fs, "colno").(rt.Int)
	endCol, ok3 := attrOf(th, fs, "end_colno").(rt.Int)
	if !ok1 || !ok2 || !ok3 {
		return 0
	}
	return rt.SpanFromByteCols(line, int(endLine), rt.SourceLine(file, line), rt.SourceLine(file, int(endLine)), int(col), int(endCol))
}

func frameSummaryTuple(th *rt.Thread, fs rt.Value) *rt.Tuple {
	return rt.NewTuple([]rt.Value{attrOf(th, fs, "filename"), attrOf(th, fs, "lineno"), attrOf(th, fs, "name"), attrOf(th, fs, "line")})
}

// tbExceptionInit is TracebackException(exc_type, exc_value,
// exc_traceback, *, limit=None, ...): it keeps the exception and the
// formatting options, and exposes exc_type, stack and the chain.
func tbExceptionInit(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var typ, value, tb, limit, ignored rt.Value
	limit = rt.None
	if err := rt.UnpackArgs("TracebackException", args, kwargs, "exc_type", &typ, "exc_value", &value, "exc_traceback", &tb,
		"*", "limit?", &limit, "lookup_lines?", &ignored, "capture_locals?", &ignored, "compact?", &ignored, "max_group_width?", &ignored, "max_group_depth?", &ignored); err != nil {
		return nil, err
	}
	opt := &rt.TracebackOptions{}
	if err := setLimit(opt, limit); err != nil {
		return nil, err
	}
	if err := setTracebackArg(opt, tb); err != nil {
		return nil, err
	}
	stack, err := frameSummaries(th, limitedEntries(opt))
	if err != nil {
		return nil, err
	}
	setAttrs(th, self, "exc_type", typ, "stack", stack, "_exc", value, "_opt", &goHandle{opt})
	return rt.None, nil
}

func limitedEntries(opt *rt.TracebackOptions) []rt.TracebackEntry {
	entries := opt.TB
	if opt.HasLimit {
		n := opt.Limit
		switch {
		case n >= 0 && n < len(entries):
			entries = entries[len(entries)-n:]
		case n < 0 && -n < len(entries):
			entries = entries[:-n]
		}
	}
	return entries
}

func tbExceptionState(th *rt.Thread, self rt.Value) (rt.Value, *rt.TracebackOptions) {
	opt := &rt.TracebackOptions{}
	if h, ok := attrOf(th, self, "_opt").(*goHandle); ok {
		opt = h.v.(*rt.TracebackOptions)
	}
	return attrOf(th, self, "_exc"), opt
}
