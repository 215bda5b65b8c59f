package stdlib

import (
	"strings"
	"sync"
	"time"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// The timeit module: Timer, timeit, repeat, default_timer
// (time.perf_counter). A callable stmt (and setup) is timed by a Go loop
// calling it number times between two reads of the timer. A string stmt
// or setup goes through CPython's own template: the source of an
// inner(_it, _timer) function with the setup and a for loop around the
// statement, run by the builtin exec (in a fresh namespace, or the
// globals given), so statements see the same names as in CPython. When
// the interpreter has no exec builtin, string statements raise
// NotImplementedError; callables still work. Not provided: the command
// line (python -m timeit) and Timer.print_exc.

var timeitTimerType = newModuleType("Timer", "timeit")

const (
	timeitDefaultNumber = 1000000
	timeitDefaultRepeat = 5
)

// timeitTemplate is CPython 3.11's template, indentation and all.
const timeitTemplate = `
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
`

type timerObj struct {
	timer rt.Value
	stmt  rt.Value // callable (Go loop) or nil
	setup rt.Value // callable, or nil for none
	inner rt.Value // the compiled template's inner, for string statements
}

func (*timerObj) Type() *rt.Type { return timeitTimerType }

func (t *timerObj) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "timer":
		return t.timer, nil
	case "inner":
		if t.inner != nil {
			return t.inner, nil
		}
	}
	return nil, nil
}

func defaultTimer() *rt.Builtin {
	return clockFunc("perf_counter", func() float64 { return time.Since(processStart).Seconds() })
}

var timeitPerfCounter = defaultTimer()

func newTimer(th *rt.Thread, stmt, setup, timer, globals rt.Value) (*timerObj, error) {
	t := &timerObj{timer: timer}
	_, stmtStr := stmt.(rt.Str)
	_, setupStr := setup.(rt.Str)
	if !stmtStr && !isCallable(stmt) {
		return nil, rt.NewError(rt.ValueErrorType, "stmt is neither a string nor callable")
	}
	if !setupStr && !isCallable(setup) {
		return nil, rt.NewError(rt.ValueErrorType, "setup is neither a string nor callable")
	}
	if !stmtStr && (!setupStr || strings.TrimSpace(string(setup.(rt.Str))) == "pass") {
		t.stmt = stmt
		if !setupStr {
			t.setup = setup
		}
		return t, nil
	}
	exec, ok := th.Env().Builtins.GetStr("exec")
	if !ok {
		return nil, rt.NewError(rt.NotImplementedErrorType, "timeit: a statement given as a string needs the exec builtin, which this interpreter lacks; pass a callable")
	}
	local := rt.NewDict()
	init := ""
	// CPython compiles the statement alone first (with the setup when
	// that is a string too), for SyntaxErrors about the user's code.
	if compile, ok := th.Env().Builtins.GetStr("compile"); ok && stmtStr {
		check := []rt.Value{stmt}
		if setupStr {
			check = []rt.Value{setup, setup.(rt.Str) + "\n" + stmt.(rt.Str)}
		}
		for _, c := range check {
			if _, err := rt.Call(th, compile, []rt.Value{c, rt.Str("<timeit-src>"), rt.Str("exec")}, nil); err != nil {
				return nil, err
			}
		}
	}
	srcOf := func(v rt.Value, name string, indent int) (string, error) {
		if s, ok := v.(rt.Str); ok {
			return strings.ReplaceAll(string(s), "\n", "\n"+strings.Repeat(" ", indent)), nil
		}
		local.SetStr("_"+name, v)
		init += ", _" + name + "=_" + name
		return "_" + name + "()", nil
	}
	stmtSrc, err := srcOf(stmt, "stmt", 8)
	if err != nil {
		return nil, err
	}
	setupSrc, err := srcOf(setup, "setup", 4)
	if err != nil {
		return nil, err
	}
	src := strings.NewReplacer("{init}", init, "{setup}", setupSrc, "{stmt}", stmtSrc).Replace(timeitTemplate)
	ns := globals
	if ns == rt.None {
		ns = rt.NewDict()
	}
	// exec(code, global_ns, local_ns): the names go to local_ns.
	if _, err := rt.Call(th, exec, []rt.Value{rt.Str(src), ns, local}, nil); err != nil {
		return nil, err
	}
	inner, ok := local.GetStr("inner")
	if !ok {
		return nil, rt.NewError(rt.SystemErrorType, "timeit: the template defined no inner()")
	}
	t.inner = inner
	return t, nil
}

// run times number executions: the value of the timer's difference.
func (t *timerObj) run(th *rt.Thread, number int) (rt.Value, error) {
	if t.inner != nil {
		it := listIter(nil)
		if number > 0 {
			var err error
			if it, err = newRepeat(th, nil, []rt.Value{rt.None, rt.MakeInt(int64(number))}, nil); err != nil {
				return nil, err
			}
		}
		return rt.Call(th, t.inner, []rt.Value{it, t.timer}, nil)
	}
	if t.setup != nil {
		if _, err := rt.Call(th, t.setup, nil, nil); err != nil {
			return nil, err
		}
	}
	t0, err := rt.Call(th, t.timer, nil, nil)
	if err != nil {
		return nil, err
	}
	for i := 0; i < number; i++ {
		if _, err := rt.Call(th, t.stmt, nil, nil); err != nil {
			return nil, err
		}
	}
	t1, err := rt.Call(th, t.timer, nil, nil)
	if err != nil {
		return nil, err
	}
	return rt.BinaryOp(th, ast.Sub, t1, t0)
}

func (t *timerObj) repeat(th *rt.Thread, repeat, number int) (rt.Value, error) {
	var out []rt.Value
	for i := 0; i < repeat; i++ {
		v, err := t.run(th, number)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return rt.NewList(out), nil
}

func timeitInts(vs []rt.Value, defs ...int) ([]int, error) { return calInts(vs, defs...) }

// loadTimeitModule makes the timeit module (registered in modules.go).
func loadTimeitModule() *rt.Module {
	setupTimeitTypes()
	return newTimeitModule()
}

// timeitSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var timeitSetup sync.Once

func setupTimeitTypes() { timeitSetup.Do(initTimeitTypes) }

func initTimeitTypes() {
	timeitTimerType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		vs, err := pyArgs("Timer.__init__", args, kwargs, "stmt=", "setup=", "timer=", "globals=")
		if err != nil {
			return nil, err
		}
		return newTimer(th, orDefault(vs[0], rt.Str("pass")), orDefault(vs[1], rt.Str("pass")),
			orDefault(vs[2], timeitPerfCounter), orDefault(vs[3], rt.None))
	}
	timeitTimerType.AddMethods(
		rt.NewMethod("timeit", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			vs, err := pyArgs("Timer.timeit", args, kwargs, "number=")
			if err != nil {
				return nil, err
			}
			xs, err := timeitInts(vs, timeitDefaultNumber)
			if err != nil {
				return nil, err
			}
			return self.(*timerObj).run(th, xs[0])
		}),
		rt.NewMethod("repeat", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			vs, err := pyArgs("Timer.repeat", args, kwargs, "repeat=", "number=")
			if err != nil {
				return nil, err
			}
			xs, err := timeitInts(vs, timeitDefaultRepeat, timeitDefaultNumber)
			if err != nil {
				return nil, err
			}
			return self.(*timerObj).repeat(th, xs[0], xs[1])
		}),
		rt.NewMethod("autorange", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			vs, err := pyArgs("Timer.autorange", args, kwargs, "callback=")
			if err != nil {
				return nil, err
			}
			callback := orDefault(vs[0], rt.None)
			t := self.(*timerObj)
			for i := 1; ; i *= 10 {
				for _, j := range []int{1, 2, 5} {
					number := i * j
					took, err := t.run(th, number)
					if err != nil {
						return nil, err
					}
					if callback != rt.None {
						if _, err := rt.Call(th, callback, []rt.Value{rt.MakeInt(int64(number)), took}, nil); err != nil {
							return nil, err
						}
					}
					ge, err := rt.Compare(th, ast.GtE, took, rt.Float(0.2))
					if err != nil {
						return nil, err
					}
					if rt.Truthy(ge) {
						return rt.NewTuple([]rt.Value{rt.MakeInt(int64(number)), took}), nil
					}
				}
			}
		}),
	)
}

func newTimeitModule() *rt.Module {
	m := rt.NewModule("timeit")
	m.Dict.SetStr("Timer", timeitTimerType)
	m.Dict.SetStr("default_timer", timeitPerfCounter)
	m.Dict.SetStr("default_number", rt.MakeInt(timeitDefaultNumber))
	m.Dict.SetStr("default_repeat", rt.MakeInt(timeitDefaultRepeat))
	m.Dict.SetStr("timeit", rt.NewFunc("timeit", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		vs, err := pyArgs("timeit", args, kwargs, "stmt=", "setup=", "timer=", "number=", "globals=")
		if err != nil {
			return nil, err
		}
		t, err := newTimer(th, orDefault(vs[0], rt.Str("pass")), orDefault(vs[1], rt.Str("pass")),
			orDefault(vs[2], timeitPerfCounter), orDefault(vs[4], rt.None))
		if err != nil {
			return nil, err
		}
		xs, err := timeitInts(vs[3:4], timeitDefaultNumber)
		if err != nil {
			return nil, err
		}
		return t.run(th, xs[0])
	}))
	m.Dict.SetStr("repeat", rt.NewFunc("repeat", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		vs, err := pyArgs("repeat", args, kwargs, "stmt=", "setup=", "timer=", "repeat=", "number=", "globals=")
		if err != nil {
			return nil, err
		}
		t, err := newTimer(th, orDefault(vs[0], rt.Str("pass")), orDefault(vs[1], rt.Str("pass")),
			orDefault(vs[2], timeitPerfCounter), orDefault(vs[5], rt.None))
		if err != nil {
			return nil, err
		}
		xs, err := timeitInts(vs[3:5], timeitDefaultRepeat, timeitDefaultNumber)
		if err != nil {
			return nil, err
		}
		return t.repeat(th, xs[0], xs[1])
	}))
	return m
}
