package stdlib

import (
	"strings"

	rt "github.com/spindle-lang/spindle/runtime"
)

// logging: Logger, the logger hierarchy and the module-level functions.

func initLoggerClass() {
	lm := func(name string, level int64) (string, rt.Value) {
		return name, meth(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) == 0 {
				return nil, rt.NewError(rt.TypeErrorType, "Logger.%s() missing 1 required positional argument: 'msg'", name)
			}
			lvl := level
			if name == "exception" {
				kwargs = withDefaultKw(kwargs, "exc_info", rt.True)
			}
			return rt.None, loggerLog(th, self, lvl, args[0], args[1:], kwargs)
		})
	}
	var entries []any
	add := func(n string, v rt.Value) { entries = append(entries, n, v) }
	add(lm("debug", 10))
	add(lm("info", 20))
	add(lm("warning", 30))
	add(lm("warn", 30))
	add(lm("error", 40))
	add(lm("exception", 40))
	add(lm("critical", 50))
	add(lm("fatal", 50))
	add("__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var name string
		var level rt.Value = rt.MakeInt(0)
		if err := rt.UnpackArgs("Logger", args, kwargs, "name", &name, "level?", &level); err != nil {
			return nil, err
		}
		n, err := levelArg(th, level)
		if err != nil {
			return nil, err
		}
		setAttrs(th, self, "name", rt.Str(name), "level", rt.MakeInt(n), "parent", rt.None, "propagate", rt.True,
			"handlers", rt.NewList(nil), "disabled", rt.False, "filters", rt.NewList(nil))
		return rt.None, nil
	}))
	add("log", meth("log", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(args) < 2 {
			return nil, rt.NewError(rt.TypeErrorType, "Logger.log() missing required arguments: 'level' and 'msg'")
		}
		lvl, ok := rt.AsInt64(args[0])
		if !ok {
			return nil, rt.NewError(rt.TypeErrorType, "level must be an integer")
		}
		return rt.None, loggerLog(th, self, lvl, args[1], args[2:], kwargs)
	}))
	add("setLevel", meth("setLevel", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		n, err := levelArg(th, args[0])
		if err != nil {
			return nil, err
		}
		return rt.None, rt.SetAttr(th, self, "level", rt.MakeInt(n))
	}))
	add("getEffectiveLevel", meth("getEffectiveLevel", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return rt.MakeInt(effectiveLevel(th, self)), nil
	}))
	add("isEnabledFor", meth("isEnabledFor", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		n, _ := rt.AsInt64(args[0])
		return rt.Bool(n > logDisable && n >= effectiveLevel(th, self)), nil
	}))
	add("addHandler", meth("addHandler", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		hs := attrOf(th, self, "handlers")
		ok, err := rt.Contains(th, hs, args[0])
		if err != nil || ok {
			return rt.None, err
		}
		_, err = rt.CallMethod(th, hs, "append", args, nil)
		return rt.None, err
	}))
	add("removeHandler", meth("removeHandler", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		hs := attrOf(th, self, "handlers")
		if ok, _ := rt.Contains(th, hs, args[0]); ok {
			_, err := rt.CallMethod(th, hs, "remove", args, nil)
			return rt.None, err
		}
		return rt.None, nil
	}))
	add("hasHandlers", meth("hasHandlers", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		for c := self; c != nil; c = parentLogger(th, c) {
			if n, _ := rt.Len(th, attrOf(th, c, "handlers")); n > 0 {
				return rt.True, nil
			}
			if !rt.Truthy(attrOf(th, c, "propagate")) {
				break
			}
		}
		return rt.False, nil
	}))
	add("getChild", meth("getChild", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		suffix, _ := rt.ToStr(th, args[0])
		name, _ := rt.ToStr(th, attrOf(th, self, "name"))
		if self == rt.Value(rootLogger) {
			return getLogger(th, suffix), nil
		}
		return getLogger(th, name+"."+suffix), nil
	}))
	add("addFilter", meth("addFilter", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		_, err := rt.CallMethod(th, attrOf(th, self, "filters"), "append", args, nil)
		return rt.None, err
	}))
	add("removeFilter", meth("removeFilter", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		_, err := rt.CallMethod(th, attrOf(th, self, "filters"), "remove", args, nil)
		return rt.None, err
	}))
	add("handle", meth("handle", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return rt.None, callHandlers(th, self, args[0])
	}))
	add("__repr__", meth("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		name, _ := rt.ToStr(th, attrOf(th, self, "name"))
		cls := "Logger"
		if self == rt.Value(rootLogger) {
			cls = "RootLogger"
		}
		return rt.Str("<" + cls + " " + name + " (" + getLevelName(effectiveLevel(th, self)) + ")>"), nil
	}))
	loggerType = goClass("Logger", "logging", nil, entries...)
	th := rt.NewThread("")
	r, _ := rt.Call(th, loggerType, []rt.Value{rt.Str("root"), rt.MakeInt(30)}, nil)
	rootLogger = r.(*rt.Instance)
}

func withDefaultKw(kwargs []rt.KwArg, name string, v rt.Value) []rt.KwArg {
	for _, kw := range kwargs {
		if kw.Name == name {
			return kwargs
		}
	}
	return append(append([]rt.KwArg(nil), kwargs...), rt.KwArg{Name: name, Value: v})
}

func getLogger(th *rt.Thread, name string) rt.Value {
	if name == "" || name == "root" {
		return rootLogger
	}
	logMu.Lock()
	l, ok := loggers[name]
	logMu.Unlock()
	if ok {
		return l
	}
	v, err := rt.Call(th, loggerType, []rt.Value{rt.Str(name)}, nil)
	if err != nil {
		return rootLogger
	}
	inst := v.(*rt.Instance)
	logMu.Lock()
	if existing, ok := loggers[name]; ok {
		logMu.Unlock()
		return existing
	}
	loggers[name] = inst
	logMu.Unlock()
	rt.SetAttr(th, inst, "parent", parentLogger(th, inst))
	// Children created earlier now have this logger as parent.
	logMu.Lock()
	var children []*rt.Instance
	for n, l := range loggers {
		if strings.HasPrefix(n, name+".") {
			children = append(children, l)
		}
	}
	logMu.Unlock()
	for _, c := range children {
		rt.SetAttr(th, c, "parent", parentLogger(th, c))
	}
	return inst
}

// parentLogger is the nearest existing ancestor (nil above root).
func parentLogger(th *rt.Thread, l rt.Value) rt.Value {
	if l == rt.Value(rootLogger) {
		return nil
	}
	name, _ := rt.ToStr(th, attrOf(th, l, "name"))
	logMu.Lock()
	defer logMu.Unlock()
	for {
		i := strings.LastIndexByte(name, '.')
		if i < 0 {
			return rootLogger
		}
		name = name[:i]
		if p, ok := loggers[name]; ok {
			return p
		}
	}
}

func effectiveLevel(th *rt.Thread, l rt.Value) int64 {
	for c := l; c != nil; c = parentLogger(th, c) {
		if n := intAttr(th, c, "level"); n != 0 {
			return n
		}
	}
	return 0
}

func loggerLog(th *rt.Thread, self rt.Value, level int64, msg rt.Value, args []rt.Value, kwargs []rt.KwArg) error {
	if level <= logDisable || level < effectiveLevel(th, self) || rt.Truthy(attrOf(th, self, "disabled")) {
		return nil
	}
	var excInfo, extra rt.Value = rt.None, rt.None
	for _, kw := range kwargs {
		switch kw.Name {
		case "exc_info":
			excInfo = kw.Value
		case "extra":
			extra = kw.Value
		case "stack_info", "stacklevel":
		default:
			return rt.NewError(rt.TypeErrorType, "Logger._log() got an unexpected keyword argument '%s'", kw.Name)
		}
	}
	switch e := excInfo.(type) {
	case *rt.Exception:
		excInfo = rt.NewTuple([]rt.Value{e.Type(), e, tracebackOf(e)})
	case *rt.Tuple:
	default:
		// exc_info=True (or any true value): the exception being handled,
		// as sys.exc_info() gives it.
		excInfo = rt.None
		if rt.Truthy(e) {
			if h := th.HandledException(); h != nil {
				excInfo = rt.NewTuple([]rt.Value{h.Class, h, tracebackOf(h)})
			} else {
				excInfo = rt.NewTuple([]rt.Value{rt.None, rt.None, rt.None})
			}
		}
	}
	name, _ := rt.ToStr(th, attrOf(th, self, "name"))
	rec, err := makeRecord(th, name, level, msg, rt.NewTuple(args), excInfo)
	if err != nil {
		return err
	}
	if d, ok := instBase(extra).(*rt.Dict); ok {
		for _, kv := range d.Items() {
			k, _ := rt.ToStr(th, kv[0])
			rt.SetAttr(th, rec, k, kv[1])
		}
	}
	if ok, err := passesFilters(th, self, rec); err != nil || !ok {
		return err
	}
	return callHandlers(th, self, rec)
}

func callHandlers(th *rt.Thread, logger, rec rt.Value) error {
	found := 0
	level := intAttr(th, rec, "levelno")
	for c := logger; c != nil; c = parentLogger(th, c) {
		hs, err := rt.IterateAll(th, attrOf(th, c, "handlers"))
		if err != nil {
			return err
		}
		for _, h := range hs {
			found++
			if level >= intAttr(th, h, "level") {
				if _, err := rt.CallMethod(th, h, "handle", []rt.Value{rec}, nil); err != nil {
					return err
				}
			}
		}
		if !rt.Truthy(attrOf(th, c, "propagate")) {
			break
		}
	}
	if found == 0 && level >= 30 {
		msg, err := recordMessage(th, rec)
		if err != nil {
			return err
		}
		s, _ := rt.ToStr(th, msg)
		// logging.lastResort formats like a default Formatter: the
		// traceback of exc_info follows the message.
		if t := formatExcInfo(th, attrOf(th, rec, "exc_info")); t != "" {
			s += "\n" + t
		}
		emitMu.Lock()
		defer emitMu.Unlock()
		return writeStream(th, "stderr", s+"\n")
	}
	return nil
}

func basicConfig(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	opts := map[string]rt.Value{}
	var bad []string
	for _, kw := range kwargs {
		switch kw.Name {
		case "filename", "filemode", "format", "datefmt", "style", "level", "stream", "handlers", "force", "encoding", "errors":
			opts[kw.Name] = kw.Value
		default:
			bad = append(bad, kw.Name)
		}
	}
	if len(bad) > 0 {
		return nil, rt.NewError(rt.ValueErrorType, "Unrecognised argument(s): %s", strings.Join(bad, ", "))
	}
	root := rootLogger
	hs := attrOf(th, root, "handlers")
	if force, ok := opts["force"]; ok && rt.Truthy(force) {
		items, _ := rt.IterateAll(th, hs)
		for _, h := range items {
			rt.CallMethod(th, h, "close", nil, nil)
		}
		rt.CallMethod(th, hs, "clear", nil, nil)
	}
	if n, _ := rt.Len(th, hs); n > 0 {
		return rt.None, nil
	}
	var handlers []rt.Value
	if hv, ok := opts["handlers"]; ok && hv != rt.None {
		if _, has := opts["stream"]; has {
			return nil, rt.NewError(rt.ValueErrorType, "'stream' and 'filename' should not be specified together")
		}
		var err error
		if handlers, err = rt.IterateAll(th, hv); err != nil {
			return nil, err
		}
	} else if fn, ok := opts["filename"]; ok && fn != rt.None {
		if _, has := opts["stream"]; has {
			return nil, rt.NewError(rt.ValueErrorType, "'stream' and 'filename' should not be specified together")
		}
		mode := rt.Value(rt.Str("a"))
		if m, ok := opts["filemode"]; ok {
			mode = m
		}
		h, err := rt.Call(th, fileHandlerType, []rt.Value{fn, mode}, nil)
		if err != nil {
			return nil, err
		}
		handlers = []rt.Value{h}
	} else {
		var sargs []rt.Value
		if s, ok := opts["stream"]; ok {
			sargs = []rt.Value{s}
		}
		h, err := rt.Call(th, streamHandlerType, sargs, nil)
		if err != nil {
			return nil, err
		}
		handlers = []rt.Value{h}
	}
	style := rt.Value(rt.Str("%"))
	if s, ok := opts["style"]; ok {
		style = s
	}
	f, ok := opts["format"]
	if !ok {
		switch style {
		case rt.Str("{"):
			f = rt.Str("{levelname}:{name}:{message}")
		case rt.Str("$"):
			f = rt.Str("${levelname}:${name}:${message}")
		default:
			f = rt.Str(defaultLogFormat)
		}
	}
	datefmt := rt.Value(rt.None)
	if d, ok := opts["datefmt"]; ok {
		datefmt = d
	}
	fmtr, err := rt.Call(th, formatterType, []rt.Value{f, datefmt, style}, nil)
	if err != nil {
		return nil, err
	}
	for _, h := range handlers {
		if attrOf(th, h, "formatter") == rt.None {
			rt.CallMethod(th, h, "setFormatter", []rt.Value{fmtr}, nil)
		}
		if _, err := rt.CallMethod(th, root, "addHandler", []rt.Value{h}, nil); err != nil {
			return nil, err
		}
	}
	if lv, ok := opts["level"]; ok {
		if _, err := rt.CallMethod(th, root, "setLevel", []rt.Value{lv}, nil); err != nil {
			return nil, err
		}
	}
	return rt.None, nil
}

func newLoggingModule() *rt.Module {
	m := rt.NewModule("logging")
	for name, n := range levelByName {
		m.Dict.SetStr(name, rt.MakeInt(n))
	}
	for _, t := range []*rt.Type{logRecordType, formatterType, handlerType, streamHandlerType, fileHandlerType, nullHandlerType, loggerType} {
		m.Dict.SetStr(t.Name(), t)
	}
	m.Dict.SetStr("root", rootLogger)
	m.Dict.SetStr("LoggerAdapter", loggerAdapterClass())
	m.Dict.SetStr("BASIC_FORMAT", rt.Str(defaultLogFormat))
	m.Dict.SetStr("raiseExceptions", rt.True)
	m.Dict.SetStr("Filter", goClass("Filter", "logging", nil,
		"__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			name := ""
			if err := rt.UnpackArgs("Filter", args, kwargs, "name?", &name); err != nil {
				return nil, err
			}
			return rt.None, rt.SetAttr(th, self, "name", rt.Str(name))
		}),
		"filter", meth("filter", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			name, _ := rt.ToStr(th, attrOf(th, self, "name"))
			rn, _ := rt.ToStr(th, attrOf(th, args[0], "name"))
			return rt.Bool(name == "" || rn == name || strings.HasPrefix(rn, name+".")), nil
		}),
	))
	m.Dict.SetStr("basicConfig", rt.NewFunc("basicConfig", basicConfig))
	m.Dict.SetStr("getLogger", rt.NewFunc("getLogger", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var name rt.Value = rt.None
		if err := rt.UnpackArgs("getLogger", args, kwargs, "name?", &name); err != nil {
			return nil, err
		}
		s := ""
		if name != rt.None {
			var err error
			if s, err = rt.ToStr(th, name); err != nil {
				return nil, err
			}
		}
		return getLogger(th, s), nil
	}))
	m.Dict.SetStr("getLevelName", rt.NewFunc("getLevelName", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var level rt.Value
		if err := rt.UnpackArgs("getLevelName", args, kwargs, "level", &level); err != nil {
			return nil, err
		}
		if s, ok := level.(rt.Str); ok {
			if n, ok := levelByName[string(s)]; ok {
				return rt.MakeInt(n), nil
			}
			return rt.Str("Level " + string(s)), nil
		}
		n, _ := rt.AsInt64(level)
		return rt.Str(getLevelName(n)), nil
	}))
	m.Dict.SetStr("addLevelName", rt.NewFunc("addLevelName", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var level int
		var name string
		if err := rt.UnpackArgs("addLevelName", args, kwargs, "level", &level, "levelName", &name); err != nil {
			return nil, err
		}
		logMu.Lock()
		levelNames[int64(level)] = name
		levelByName[name] = int64(level)
		logMu.Unlock()
		return rt.None, nil
	}))
	m.Dict.SetStr("disable", rt.NewFunc("disable", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		level := 50
		if err := rt.UnpackArgs("disable", args, kwargs, "level?", &level); err != nil {
			return nil, err
		}
		logDisable = int64(level)
		return rt.None, nil
	}))
	m.Dict.SetStr("shutdown", rt.NewFunc("shutdown", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		all := []rt.Value{rootLogger}
		logMu.Lock()
		for _, l := range loggers {
			all = append(all, l)
		}
		logMu.Unlock()
		for _, l := range all {
			hs, _ := rt.IterateAll(th, attrOf(th, l, "handlers"))
			for _, h := range hs {
				rt.CallMethod(th, h, "flush", nil, nil)
				rt.CallMethod(th, h, "close", nil, nil)
			}
		}
		return rt.None, nil
	}))
	m.Dict.SetStr("captureWarnings", rt.NewFunc("captureWarnings", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return rt.None, nil
	}))
	for _, lv := range []struct {
		name  string
		level int64
	}{{"debug", 10}, {"info", 20}, {"warning", 30}, {"warn", 30}, {"error", 40}, {"exception", 40}, {"critical", 50}, {"fatal", 50}} {
		lv := lv
		m.Dict.SetStr(lv.name, rt.NewFunc(lv.name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if n, _ := rt.Len(th, attrOf(th, rootLogger, "handlers")); n == 0 {
				if _, err := basicConfig(th, nil, nil); err != nil {
					return nil, err
				}
			}
			return rt.CallMethod(th, rootLogger, lv.name, args, kwargs)
		}))
	}
	m.Dict.SetStr("log", rt.NewFunc("log", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if n, _ := rt.Len(th, attrOf(th, rootLogger, "handlers")); n == 0 {
			if _, err := basicConfig(th, nil, nil); err != nil {
				return nil, err
			}
		}
		return rt.CallMethod(th, rootLogger, "log", args, kwargs)
	}))
	return m
}
