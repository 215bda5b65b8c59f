package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// logging.LoggerAdapter: a logger wrapper that passes its extra dict with
// every call. Each level method goes through the Python-visible log,
// isEnabledFor and process methods, so a subclass that overrides process
// (the documented way to add context to messages) is honoured.

func loggerAdapterClass() *rt.Type {
	var entries []any
	add := func(name string, v rt.Value) { entries = append(entries, name, v) }
	level := func(name string, lvl int64) {
		add(name, meth(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) == 0 {
				return nil, rt.NewError(rt.TypeErrorType, "LoggerAdapter.%s() missing 1 required positional argument: 'msg'", name)
			}
			if name == "exception" {
				kwargs = withDefaultKw(kwargs, "exc_info", rt.True)
			}
			return rt.CallMethod(th, self, "log", append([]rt.Value{rt.MakeInt(lvl)}, args...), kwargs)
		}))
	}
	level("debug", 10)
	level("info", 20)
	level("warning", 30)
	level("warn", 30)
	level("error", 40)
	level("exception", 40)
	level("critical", 50)
	add("__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var logger rt.Value
		var extra rt.Value = rt.None
		if err := rt.UnpackArgs("LoggerAdapter", args, kwargs, "logger", &logger, "extra?", &extra); err != nil {
			return nil, err
		}
		setAttrs(th, self, "logger", logger, "extra", extra)
		return rt.None, nil
	}))
	add("process", meth("process", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var msg, kw rt.Value
		if err := rt.UnpackArgs("process", args, kwargs, "msg", &msg, "kwargs", &kw); err != nil {
			return nil, err
		}
		if err := rt.SetItem(th, kw, rt.Str("extra"), attrOf(th, self, "extra")); err != nil {
			return nil, err
		}
		return rt.NewTuple([]rt.Value{msg, kw}), nil
	}))
	add("log", meth("log", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(args) < 2 {
			return nil, rt.NewError(rt.TypeErrorType, "LoggerAdapter.log() missing required arguments: 'level' and 'msg'")
		}
		on, err := rt.CallMethod(th, self, "isEnabledFor", args[:1], nil)
		if err != nil || !rt.Truthy(on) {
			return rt.None, err
		}
		kw := rt.NewDict()
		for _, k := range kwargs {
			kw.SetStr(k.Name, k.Value)
		}
		r, err := rt.CallMethod(th, self, "process", []rt.Value{args[1], kw}, nil)
		if err != nil {
			return nil, err
		}
		pair, err := rt.IterateAll(th, r)
		if err != nil {
			return nil, err
		}
		if len(pair) != 2 {
			return nil, rt.NewError(rt.ValueErrorType, "process() must return (msg, kwargs)")
		}
		var outKw []rt.KwArg
		if d, ok := pair[1].(*rt.Dict); ok {
			for _, kv := range d.Items() {
				name, ok := kv[0].(rt.Str)
				if !ok {
					return nil, rt.NewError(rt.TypeErrorType, "keywords must be strings")
				}
				outKw = append(outKw, rt.KwArg{Name: string(name), Value: kv[1]})
			}
		}
		callArgs := append([]rt.Value{args[0], pair[0]}, args[2:]...)
		_, err = rt.CallMethod(th, attrOf(th, self, "logger"), "log", callArgs, outKw)
		return rt.None, err
	}))
	delegate := func(name string) {
		add(name, meth(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.CallMethod(th, attrOf(th, self, "logger"), name, args, kwargs)
		}))
	}
	delegate("isEnabledFor")
	delegate("setLevel")
	delegate("getEffectiveLevel")
	delegate("hasHandlers")
	add("name", propGetter("name", func(th *rt.Thread, self rt.Value) (rt.Value, error) {
		return rt.GetAttr(th, attrOf(th, self, "logger"), "name")
	}))
	add("__repr__", meth("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		logger := attrOf(th, self, "logger")
		name, _ := rt.ToStr(th, attrOf(th, logger, "name"))
		lvl, err := rt.CallMethod(th, logger, "getEffectiveLevel", nil, nil)
		if err != nil {
			return nil, err
		}
		n, _ := rt.AsInt64(lvl)
		return rt.Str("<" + self.Type().Name() + " " + name + " (" + getLevelName(n) + ")>"), nil
	}))
	return goClass("LoggerAdapter", "logging", nil, entries...)
}
