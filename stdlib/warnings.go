package stdlib

import (
	"fmt"
	"strings"
	"sync"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The warnings module: warn() prints "file:line: Category: message" and
// the source line to stderr, once per (message, category, location) under
// the default action; simplefilter/filterwarnings ("ignore", "error",
// "always", "default", "once", "module"), resetwarnings and
// catch_warnings(record=True) are supported. DeprecationWarning and
// PendingDeprecationWarning are ignored unless raised from __main__, as in
// CPython.

type warnFilter struct {
	action   string
	message  string
	category *rt.Type
	module   string
	lineno   int
}

var warnState struct {
	sync.Mutex
	filters []warnFilter
	seen    map[string]bool
	record  []*rt.List // catch_warnings(record=True) stack (innermost last)
}

var (
	warningMessageType *rt.Type
	catchWarningsType  *rt.Type
	extraWarningTypes  = map[string]*rt.Type{}
)

func warningType(name string) *rt.Type {
	if t, ok := rt.ExceptionTypes()[name]; ok {
		return t
	}
	return extraWarningTypes[name]
}

// loadWarningsModule makes the warnings module (registered in modules.go).
func loadWarningsModule() *rt.Module {
	setupWarningsTypes()
	m := rt.NewModule("warnings")
	m.Dict.SetStr("warn", rt.NewFunc("warn", warningsWarn))
	m.Dict.SetStr("simplefilter", rt.NewFunc("simplefilter", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var action string
		var category rt.Value = rt.WarningType
		lineno := 0
		appendF := false
		if err := rt.UnpackArgs("simplefilter", args, kwargs, "action", &action, "category?", &category, "lineno?", &lineno, "append?", &appendF); err != nil {
			return nil, err
		}
		return rt.None, addWarnFilter(warnFilter{action: action, category: category.(*rt.Type), lineno: lineno}, appendF)
	}))
	m.Dict.SetStr("filterwarnings", rt.NewFunc("filterwarnings", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var action, message, module string
		var category rt.Value = rt.WarningType
		lineno := 0
		appendF := false
		if err := rt.UnpackArgs("filterwarnings", args, kwargs, "action", &action, "message?", &message, "category?", &category, "module?", &module, "lineno?", &lineno, "append?", &appendF); err != nil {
			return nil, err
		}
		return rt.None, addWarnFilter(warnFilter{action: action, message: message, category: category.(*rt.Type), module: module, lineno: lineno}, appendF)
	}))
	m.Dict.SetStr("resetwarnings", rt.NewFunc("resetwarnings", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		warnState.Lock()
		warnState.filters = nil
		warnState.Unlock()
		return rt.None, nil
	}))
	m.Dict.SetStr("catch_warnings", catchWarningsType)
	m.Dict.SetStr("WarningMessage", warningMessageType)
	m.Dict.SetStr("showwarning", rt.NewFunc("showwarning", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var msg, cat, filename rt.Value
		var lineno int
		if err := rt.UnpackArgs("showwarning", args, kwargs, "message", &msg, "category", &cat, "filename", &filename, "lineno", &lineno, "file?", new(rt.Value), "line?", new(rt.Value)); err != nil {
			return nil, err
		}
		f, _ := rt.ToStr(th, filename)
		s, _ := rt.ToStr(th, msg)
		return rt.None, writeStream(th, "stderr", formatWarning(f, lineno, clsName(cat), s))
	}))
	m.Dict.SetStr("formatwarning", rt.NewFunc("formatwarning", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var msg, cat, filename rt.Value
		var lineno int
		if err := rt.UnpackArgs("formatwarning", args, kwargs, "message", &msg, "category", &cat, "filename", &filename, "lineno", &lineno, "line?", new(rt.Value)); err != nil {
			return nil, err
		}
		f, _ := rt.ToStr(th, filename)
		s, _ := rt.ToStr(th, msg)
		return rt.Str(formatWarning(f, lineno, clsName(cat), s)), nil
	}))
	m.Dict.SetStr("filters", rt.NewList(nil))
	return m
}

// warningsSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var warningsSetup sync.Once

func setupWarningsTypes() { warningsSetup.Do(initWarningsTypes) }

func initWarningsTypes() {
	for _, n := range []string{"SyntaxWarning", "FutureWarning", "PendingDeprecationWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"} {
		if _, ok := rt.ExceptionTypes()[n]; !ok {
			extraWarningTypes[n] = goClass(n, "builtins", []*rt.Type{rt.WarningType})
		}
	}
	warningMessageType = goClass("WarningMessage", "warnings", nil,
		"__repr__", meth("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			m, _ := rt.Repr(th, attrOf(th, self, "message"))
			c := attrOf(th, self, "category")
			f, _ := rt.Repr(th, attrOf(th, self, "filename"))
			l, _ := rt.ToStr(th, attrOf(th, self, "lineno"))
			return rt.Str(fmt.Sprintf("{message : %s, category : %s, filename : %s, lineno : %s, line : None}", m, mustRepr(rt.Str(clsName(c))), f, l)), nil
		}))
	catchWarningsType = goClass("catch_warnings", "warnings", nil,
		"__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			record := false
			var action rt.Value = rt.None
			for _, kw := range kwargs {
				switch kw.Name {
				case "record":
					record = rt.Truthy(kw.Value)
				case "action":
					action = kw.Value
				}
			}
			setAttrs(th, self, "_record", rt.Bool(record), "_action", action)
			return rt.None, nil
		}),
		"__enter__", meth("__enter__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			warnState.Lock()
			saved := append([]warnFilter(nil), warnState.filters...)
			warnState.Unlock()
			rt.SetAttr(th, self, "_saved", &goHandle{saved})
			if a, ok := attrOf(th, self, "_action").(rt.Str); ok {
				warnState.Lock()
				warnState.filters = append([]warnFilter{{action: string(a)}}, warnState.filters...)
				warnState.Unlock()
			}
			if rt.Truthy(attrOf(th, self, "_record")) {
				l := rt.NewList(nil)
				warnState.Lock()
				warnState.record = append(warnState.record, l)
				warnState.Unlock()
				return l, nil
			}
			return rt.None, nil
		}),
		"__exit__", meth("__exit__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			warnState.Lock()
			defer warnState.Unlock()
			if h, ok := attrOf(th, self, "_saved").(*goHandle); ok {
				warnState.filters = h.v.([]warnFilter)
			}
			if rt.Truthy(attrOf(th, self, "_record")) && len(warnState.record) > 0 {
				warnState.record = warnState.record[:len(warnState.record)-1]
			}
			return rt.False, nil
		}),
	)
}

func addWarnFilter(f warnFilter, appendF bool) error {
	switch f.action {
	case "ignore", "error", "always", "default", "once", "module":
	default:
		return rt.NewError(rt.AssertionErrorType, "invalid action: %s", pyQuote(f.action))
	}
	warnState.Lock()
	defer warnState.Unlock()
	if appendF {
		warnState.filters = append(warnState.filters, f)
	} else {
		warnState.filters = append([]warnFilter{f}, warnState.filters...)
	}
	return nil
}

func formatWarning(file string, line int, cat, msg string) string {
	s := fmt.Sprintf("%s:%d: %s: %s\n", file, line, cat, msg)
	if src := strings.TrimSpace(rt.SourceLine(file, line)); src != "" {
		s += "  " + src + "\n"
	}
	return s
}

func warningsWarn(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var message, category rt.Value = nil, rt.None
	stacklevel := 1
	if err := rt.UnpackArgs("warn", args, kwargs, "message", &message, "category?", &category, "stacklevel?", &stacklevel, "source?", new(rt.Value), "*", "skip_file_prefixes?", new(rt.Value)); err != nil {
		return nil, err
	}
	cat := rt.UserWarningType
	if exc, ok := message.(*rt.Exception); ok && exc.Class.IsSubtype(rt.WarningType) {
		cat = exc.Class
	} else if t, ok := category.(*rt.Type); ok {
		if !t.IsSubtype(rt.WarningType) {
			return nil, rt.NewError(rt.TypeErrorType, "category must be a Warning subclass, not '%s'", t.Name())
		}
		cat = t
	} else if category != rt.None {
		return nil, rt.NewError(rt.TypeErrorType, "category must be a Warning subclass, not '%s'", rt.TypeName(category))
	}
	text, err := rt.ToStr(th, message)
	if err != nil {
		return nil, err
	}
	file, line, module := "sys", 1, "sys"
	if f := th.Top; f != nil {
		for i := 1; i < stacklevel && f.Parent != nil; i++ {
			f = f.Parent
		}
		line = f.Line
		if f.Code != nil {
			file = f.Code.File
			module = "__main__"
		}
	}
	action := "default"
	if cat.IsSubtype(rt.DeprecationWarningType) || cat.Name() == "PendingDeprecationWarning" {
		if module != "__main__" {
			action = "ignore"
		}
	}
	warnState.Lock()
	for _, f := range warnState.filters {
		if f.category != nil && !cat.IsSubtype(f.category) {
			continue
		}
		if f.message != "" && !strings.HasPrefix(strings.ToLower(text), strings.ToLower(f.message)) {
			continue
		}
		if f.lineno != 0 && f.lineno != line {
			continue
		}
		action = f.action
		break
	}
	if action == "error" {
		warnState.Unlock()
		if exc, ok := message.(*rt.Exception); ok {
			return nil, exc
		}
		return nil, rt.NewException(cat, rt.Str(text))
	}
	if action == "ignore" {
		warnState.Unlock()
		return rt.None, nil
	}
	if warnState.seen == nil {
		warnState.seen = map[string]bool{}
	}
	key := fmt.Sprintf("%s\x00%s\x00%s\x00%d", text, cat.Name(), file, line)
	switch action {
	case "once":
		key = text + "\x00" + cat.Name()
	case "module":
		key = text + "\x00" + cat.Name() + "\x00" + file
	}
	if action != "always" && warnState.seen[key] {
		warnState.Unlock()
		return rt.None, nil
	}
	warnState.seen[key] = true
	var rec *rt.List
	if n := len(warnState.record); n > 0 {
		rec = warnState.record[n-1]
	}
	warnState.Unlock()
	if rec != nil {
		wm := rt.NewInstance(warningMessageType)
		msgObj := message
		if _, ok := message.(*rt.Exception); !ok {
			msgObj = rt.NewException(cat, rt.Str(text))
		}
		d := wm.Dict()
		d.SetStr("message", msgObj)
		d.SetStr("category", cat)
		d.SetStr("filename", rt.Str(file))
		d.SetStr("lineno", rt.MakeInt(int64(line)))
		d.SetStr("line", rt.None)
		rec.Append(wm)
		return rt.None, nil
	}
	return rt.None, writeStream(th, "stderr", formatWarning(file, line, cat.Name(), text))
}
