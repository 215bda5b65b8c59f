package stdlib

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// The logging module. LogRecord, Formatter, Handler, StreamHandler,
// FileHandler, NullHandler and Logger are classes built with
// runtime.BuildClass (so programs subclass Handler and Formatter as in
// CPython); their state lives in instance attributes. Loggers form
// CPython's dotted hierarchy under the root logger; records propagate to
// the handlers of every ancestor; with no handler anywhere, WARNING and
// above go to stderr as the bare message (CPython's lastResort). Each
// handler emits under one lock, so lines from concurrent threads never
// interleave.

var (
	logRecordType, formatterType, handlerType, streamHandlerType, fileHandlerType, nullHandlerType, loggerType *rt.Type

	logMu      sync.Mutex // guards the logger registry
	emitMu     sync.Mutex // serialises emission
	loggers    = map[string]*rt.Instance{}
	rootLogger *rt.Instance
	logStart   = time.Now()
	logDisable int64

	levelNames  = map[int64]string{50: "CRITICAL", 40: "ERROR", 30: "WARNING", 20: "INFO", 10: "DEBUG", 0: "NOTSET"}
	levelByName = map[string]int64{"CRITICAL": 50, "FATAL": 50, "ERROR": 40, "WARN": 30, "WARNING": 30, "INFO": 20, "DEBUG": 10, "NOTSET": 0}
)

const defaultLogFormat = "%(levelname)s:%(name)s:%(message)s"

func attrOf(th *rt.Thread, v rt.Value, name string) rt.Value {
	x, err := rt.GetAttr(th, v, name)
	if err != nil || x == nil {
		return rt.None
	}
	return x
}

func intAttr(th *rt.Thread, v rt.Value, name string) int64 {
	n, _ := rt.AsInt64(attrOf(th, v, name))
	return n
}

func levelArg(th *rt.Thread, v rt.Value) (int64, error) {
	if s, ok := v.(rt.Str); ok {
		n, ok := levelByName[string(s)]
		if !ok {
			return 0, rt.NewError(rt.ValueErrorType, "Unknown level: %s", pyQuote(string(s)))
		}
		return n, nil
	}
	n, ok := rt.AsInt64(v)
	if !ok || !rt.IsIntValue(v) {
		return 0, rt.NewError(rt.TypeErrorType, "Level not an integer or a valid string: %s", mustRepr(v))
	}
	return n, nil
}

func getLevelName(n int64) string {
	if s, ok := levelNames[n]; ok {
		return s
	}
	return fmt.Sprintf("Level %d", n)
}

func setAttrs(th *rt.Thread, obj rt.Value, kv ...any) {
	for i := 0; i < len(kv); i += 2 {
		rt.SetAttr(th, obj, kv[i].(string), kv[i+1].(rt.Value))
	}
}

// loadLoggingModule makes the logging module (registered in modules.go).
func loadLoggingModule() *rt.Module {
	setupLoggingTypes()
	return newLoggingModule()
}

// loggingSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var loggingSetup sync.Once

func setupLoggingTypes() { loggingSetup.Do(initLoggingTypes) }

func initLoggingTypes() {
	logRecordType = goClass("LogRecord", "logging", nil,
		"__init__", meth("__init__", recordInit),
		"getMessage", meth("getMessage", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return recordMessage(th, self)
		}),
		"__repr__", meth("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			n, _ := rt.ToStr(th, attrOf(th, self, "name"))
			l, _ := rt.ToStr(th, attrOf(th, self, "levelno"))
			p, _ := rt.ToStr(th, attrOf(th, self, "pathname"))
			ln, _ := rt.ToStr(th, attrOf(th, self, "lineno"))
			m, _ := rt.ToStr(th, attrOf(th, self, "msg"))
			return rt.Str(fmt.Sprintf("<LogRecord: %s, %s, %s, %s, \"%s\">", n, l, p, ln, m)), nil
		}),
	)
	formatterType = goClass("Formatter", "logging", nil,
		"__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var f, datefmt rt.Value = rt.None, rt.None
			style := "%"
			validate := true
			if err := rt.UnpackArgs("Formatter", args, kwargs, "fmt?", &f, "datefmt?", &datefmt, "style?", &style, "validate?", &validate, "*", "defaults?", new(rt.Value)); err != nil {
				return nil, err
			}
			if f == rt.None {
				switch style {
				case "{":
					f = rt.Str("{message}")
				case "$":
					f = rt.Str("${message}")
				default:
					f = rt.Str("%(message)s")
				}
			}
			if style != "%" && style != "{" && style != "$" {
				return nil, rt.NewError(rt.ValueErrorType, "Style must be one of: %%, {, $")
			}
			setAttrs(th, self, "_fmt", f, "datefmt", datefmt, "_style", rt.Str(style))
			return rt.None, nil
		}),
		"format", meth("format", formatterFormat),
		"formatTime", meth("formatTime", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var rec, datefmt rt.Value = nil, rt.None
			if err := rt.UnpackArgs("formatTime", args, kwargs, "record", &rec, "datefmt?", &datefmt); err != nil {
				return nil, err
			}
			return rt.Str(formatLogTime(th, rec, datefmt)), nil
		}),
		"formatException", meth("formatException", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Str(formatExcInfo(th, args[0])), nil
		}),
		"usesTime", meth("usesTime", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			f, _ := rt.ToStr(th, attrOf(th, self, "_fmt"))
			return rt.Bool(strings.Contains(f, "asctime")), nil
		}),
	)
	handlerType = goClass("Handler", "logging", nil,
		"__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var level rt.Value = rt.MakeInt(0)
			if err := rt.UnpackArgs("Handler", args, kwargs, "level?", &level); err != nil {
				return nil, err
			}
			n, err := levelArg(th, level)
			if err != nil {
				return nil, err
			}
			setAttrs(th, self, "level", rt.MakeInt(n), "formatter", rt.None, "filters", rt.NewList(nil), "name", rt.None)
			return rt.None, nil
		}),
		"setLevel", meth("setLevel", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			n, err := levelArg(th, args[0])
			if err != nil {
				return nil, err
			}
			return rt.None, rt.SetAttr(th, self, "level", rt.MakeInt(n))
		}),
		"setFormatter", meth("setFormatter", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, rt.SetAttr(th, self, "formatter", args[0])
		}),
		"addFilter", meth("addFilter", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			_, err := rt.CallMethod(th, attrOf(th, self, "filters"), "append", args, nil)
			return rt.None, err
		}),
		"format", meth("format", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			f := attrOf(th, self, "formatter")
			if f == rt.None {
				f = defaultFormatter(th)
			}
			return rt.CallMethod(th, f, "format", args, nil)
		}),
		"handle", meth("handle", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			ok, err := passesFilters(th, self, args[0])
			if err != nil || !ok {
				return rt.Bool(ok), err
			}
			emitMu.Lock()
			defer emitMu.Unlock()
			_, err = rt.CallMethod(th, self, "emit", args, nil)
			return rt.True, err
		}),
		"emit", meth("emit", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return nil, rt.NewError(rt.NotImplementedErrorType, "emit must be implemented by Handler subclasses")
		}),
		"flush", meth("flush", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, nil
		}),
		"close", meth("close", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, nil
		}),
		"acquire", meth("acquire", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, nil
		}),
		"release", meth("release", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, nil
		}),
	)
	streamHandlerType = goClass("StreamHandler", "logging", []*rt.Type{handlerType},
		"terminator", rt.Str("\n"),
		"__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var stream rt.Value = rt.None
			if err := rt.UnpackArgs("StreamHandler", args, kwargs, "stream?", &stream); err != nil {
				return nil, err
			}
			if _, err := rt.CallMethod(th, handlerType, "__init__", []rt.Value{self}, nil); err != nil {
				return nil, err
			}
			if stream == rt.None {
				stream, _ = SysModule().Dict.GetStr("stderr")
			}
			return rt.None, rt.SetAttr(th, self, "stream", stream)
		}),
		"emit", meth("emit", streamEmit),
		"flush", meth("flush", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			s := attrOf(th, self, "stream")
			if s != rt.None {
				if has, _ := rt.HasAttr(th, s, "flush"); has {
					return rt.CallMethod(th, s, "flush", nil, nil)
				}
			}
			return rt.None, nil
		}),
		"setStream", meth("setStream", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			old := attrOf(th, self, "stream")
			return old, rt.SetAttr(th, self, "stream", args[0])
		}),
	)
	fileHandlerType = goClass("FileHandler", "logging", []*rt.Type{streamHandlerType},
		"__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var filename rt.Value
			mode := "a"
			var encoding, errors rt.Value = rt.None, rt.None
			delay := false
			if err := rt.UnpackArgs("FileHandler", args, kwargs, "filename", &filename, "mode?", &mode, "encoding?", &encoding, "delay?", &delay, "errors?", &errors); err != nil {
				return nil, err
			}
			if _, err := rt.CallMethod(th, handlerType, "__init__", []rt.Value{self}, nil); err != nil {
				return nil, err
			}
			name, _ := rt.ToStr(th, filename)
			abs, _ := filepath.Abs(name)
			setAttrs(th, self, "baseFilename", rt.Str(abs), "mode", rt.Str(mode), "stream", rt.None)
			if delay {
				return rt.None, nil
			}
			return rt.None, openLogFile(th, self)
		}),
		"emit", meth("emit", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if attrOf(th, self, "stream") == rt.None {
				if err := openLogFile(th, self); err != nil {
					return nil, err
				}
			}
			return streamEmit(th, self, args, kwargs)
		}),
		"close", meth("close", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			s := attrOf(th, self, "stream")
			if s != rt.None {
				if _, err := rt.CallMethod(th, s, "close", nil, nil); err != nil {
					return nil, err
				}
				rt.SetAttr(th, self, "stream", rt.None)
			}
			return rt.None, nil
		}),
	)
	nullHandlerType = goClass("NullHandler", "logging", []*rt.Type{handlerType},
		"emit", meth("emit", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, nil
		}),
		"handle", meth("handle", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, nil
		}),
	)
	initLoggerClass()
}

func openLogFile(th *rt.Thread, self rt.Value) error {
	open, err := openOf(th)
	if err != nil {
		return err
	}
	f, err := rt.Call(th, open, []rt.Value{attrOf(th, self, "baseFilename"), attrOf(th, self, "mode")}, nil)
	if err != nil {
		return err
	}
	return rt.SetAttr(th, self, "stream", f)
}

func streamEmit(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	msg, err := rt.CallMethod(th, self, "format", args, nil)
	if err != nil {
		return nil, err
	}
	s, err := rt.ToStr(th, msg)
	if err != nil {
		return nil, err
	}
	term, _ := rt.ToStr(th, attrOf(th, self, "terminator"))
	stream := attrOf(th, self, "stream")
	if _, err := rt.CallMethod(th, stream, "write", []rt.Value{rt.Str(s + term)}, nil); err != nil {
		return nil, err
	}
	if has, _ := rt.HasAttr(th, stream, "flush"); has {
		if _, err := rt.CallMethod(th, stream, "flush", nil, nil); err != nil {
			return nil, err
		}
	}
	return rt.None, nil
}

func passesFilters(th *rt.Thread, obj, rec rt.Value) (bool, error) {
	fl := attrOf(th, obj, "filters")
	if fl == rt.None {
		return true, nil
	}
	items, err := rt.IterateAll(th, fl)
	if err != nil {
		return false, err
	}
	for _, f := range items {
		var r rt.Value
		if has, _ := rt.HasAttr(th, f, "filter"); has {
			r, err = rt.CallMethod(th, f, "filter", []rt.Value{rec}, nil)
		} else {
			r, err = rt.Call(th, f, []rt.Value{rec}, nil)
		}
		if err != nil {
			return false, err
		}
		if !rt.Truthy(r) {
			return false, nil
		}
	}
	return true, nil
}

var defaultFormatterOnce struct {
	sync.Once
	v rt.Value
}

func defaultFormatter(th *rt.Thread) rt.Value {
	defaultFormatterOnce.Do(func() {
		defaultFormatterOnce.v, _ = rt.Call(th, formatterType, nil, nil)
	})
	return defaultFormatterOnce.v
}

func recordMessage(th *rt.Thread, rec rt.Value) (rt.Value, error) {
	msg := attrOf(th, rec, "msg")
	s, err := rt.ToStr(th, msg)
	if err != nil {
		return nil, err
	}
	args := attrOf(th, rec, "args")
	if t, ok := args.(*rt.Tuple); ok && len(t.Items) == 0 {
		return rt.Str(s), nil
	}
	if args == rt.None {
		return rt.Str(s), nil
	}
	return rt.BinaryOp(th, ast.Mod, rt.Str(s), args)
}

func formatLogTime(th *rt.Thread, rec, datefmt rt.Value) string {
	created, _ := rt.AsFloat(attrOf(th, rec, "created"))
	sec := int64(created)
	t := time.Unix(sec, int64((created-float64(sec))*1e9)).Local()
	d := fromGoTime(t, nil)
	if s, ok := datefmt.(rt.Str); ok {
		return strftimeOf(th, d, string(s))
	}
	msecs := intAttr(th, rec, "msecs")
	return strftimeOf(th, d, "%Y-%m-%d %H:%M:%S") + fmt.Sprintf(",%03d", msecs)
}

func formatExcInfo(th *rt.Thread, ei rt.Value) string {
	t, ok := ei.(*rt.Tuple)
	if !ok || len(t.Items) < 2 {
		return ""
	}
	opt := &rt.TracebackOptions{}
	if len(t.Items) > 2 {
		if setTracebackArg(opt, t.Items[2]) != nil {
			opt.SetTB = false
		}
	}
	text, err := reportText(th, t.Items[1], opt)
	if err != nil {
		return ""
	}
	return strings.TrimRight(text, "\n")
}

func formatterFormat(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var rec rt.Value
	if err := rt.UnpackArgs("format", args, kwargs, "record", &rec); err != nil {
		return nil, err
	}
	msg, err := rt.CallMethod(th, rec, "getMessage", nil, nil)
	if err != nil {
		return nil, err
	}
	if err := rt.SetAttr(th, rec, "message", msg); err != nil {
		return nil, err
	}
	f, _ := rt.ToStr(th, attrOf(th, self, "_fmt"))
	style, _ := rt.ToStr(th, attrOf(th, self, "_style"))
	if strings.Contains(f, "asctime") {
		at, err := rt.CallMethod(th, self, "formatTime", []rt.Value{rec, attrOf(th, self, "datefmt")}, nil)
		if err != nil {
			return nil, err
		}
		rt.SetAttr(th, rec, "asctime", at)
	}
	d := rec.(*rt.Instance).Dict()
	var out rt.Value
	switch style {
	case "{":
		out, err = rt.CallMethod(th, rt.Str(f), "format_map", []rt.Value{d}, nil)
	case "$":
		s := f
		for _, kv := range d.Items() {
			k, _ := rt.ToStr(th, kv[0])
			v, _ := rt.ToStr(th, kv[1])
			s = strings.ReplaceAll(s, "${"+k+"}", v)
			s = strings.ReplaceAll(s, "$"+k, v)
		}
		out = rt.Str(s)
	default:
		out, err = rt.BinaryOp(th, ast.Mod, rt.Str(f), d)
	}
	if err != nil {
		return nil, err
	}
	s, _ := rt.ToStr(th, out)
	if ei := attrOf(th, rec, "exc_info"); ei != rt.None && rt.Truthy(ei) {
		text, err := rt.CallMethod(th, self, "formatException", []rt.Value{ei}, nil)
		if err != nil {
			return nil, err
		}
		ts, _ := rt.ToStr(th, text)
		if ts != "" {
			s += "\n" + ts
		}
	}
	return rt.Str(s), nil
}

// makeRecord builds a LogRecord as Logger.makeRecord does, located at
// th's current line.
func makeRecord(th *rt.Thread, name string, level int64, msg rt.Value, args rt.Value, excInfo rt.Value) (rt.Value, error) {
	rec := rt.NewInstance(logRecordType)
	pathname, lineno, funcName := "", 0, rt.Value(rt.None)
	if th != nil && th.Top != nil {
		f := th.Top
		lineno = f.Line
		if f.Code != nil {
			pathname = f.Code.File
			funcName = rt.Str(f.Code.Name)
		}
	}
	fillRecord(th, rec.Dict(), rt.Str(name), level, pathname, rt.MakeInt(int64(lineno)), funcName, msg, args, excInfo, rt.None)
	return rec, nil
}

// recordInit is LogRecord(name, level, pathname, lineno, msg, args,
// exc_info, func=None, sinfo=None).
func recordInit(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	vs, err := pyArgs("LogRecord.__init__", args, kwargs, "name", "level", "pathname", "lineno", "msg", "args", "exc_info", "func=", "sinfo=")
	if err != nil {
		return nil, err
	}
	lv, ok := rt.AsInt64(vs[1])
	if !ok {
		return nil, rt.NewError(rt.TypeErrorType, "Level not an integer: %s", rt.TypeName(vs[1]))
	}
	pathname, ok := vs[2].(rt.Str)
	if !ok {
		return nil, rt.NewError(rt.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", rt.TypeName(vs[2]))
	}
	inst, ok := self.(*rt.Instance)
	if !ok {
		return nil, rt.NewError(rt.TypeErrorType, "LogRecord.__init__ needs a LogRecord, not '%s'", rt.TypeName(self))
	}
	fillRecord(th, inst.Dict(), vs[0], lv, string(pathname), vs[3], orDefault(vs[7], rt.None), vs[4], vs[5], vs[6], orDefault(vs[8], rt.None))
	return rt.None, nil
}

// fillRecord sets the attributes of a LogRecord, as LogRecord.__init__.
func fillRecord(th *rt.Thread, d *rt.Dict, name rt.Value, level int64, pathname string, lineno, funcName, msg, args, excInfo, sinfo rt.Value) {
	now := time.Now()
	created := float64(now.UnixNano()) / 1e9
	module := strings.TrimSuffix(filepath.Base(pathname), filepath.Ext(pathname))
	tname := rt.Value(rt.Str("MainThread"))
	if th != nil {
		if to, err := currentThread(th, nil, nil); err == nil {
			tname = attrOf(th, to, "name")
		}
	}
	if t, ok := args.(*rt.Tuple); ok && len(t.Items) == 1 {
		if _, isDict := instBase(t.Items[0]).(*rt.Dict); isDict {
			args = t.Items[0]
		}
	}
	var tid uint64
	if th != nil {
		tid = th.ID()
	}
	for _, kv := range []struct {
		k string
		v rt.Value
	}{
		{"name", name}, {"msg", msg}, {"args", args}, {"levelname", rt.Str(getLevelName(level))},
		{"levelno", rt.MakeInt(level)}, {"pathname", rt.Str(pathname)}, {"filename", rt.Str(filepath.Base(pathname))},
		{"module", rt.Str(module)}, {"exc_info", excInfo}, {"exc_text", rt.None}, {"stack_info", sinfo},
		{"lineno", lineno}, {"funcName", funcName}, {"created", rt.Float(created)},
		{"msecs", rt.MakeInt(int64(now.Nanosecond() / 1e6))},
		{"relativeCreated", rt.Float(float64(now.Sub(logStart).Nanoseconds()) / 1e6)},
		{"thread", rt.MakeInt(int64(tid))}, {"threadName", tname},
		{"processName", rt.Str("MainProcess")}, {"process", rt.MakeInt(int64(os.Getpid()))},
	} {
		d.SetStr(kv.k, kv.v)
	}
}
