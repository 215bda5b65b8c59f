package stdlib

import (
	"math"
	"os"
	goruntime "runtime"
	"sort"
	"strings"
	"sync"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The sys module. Each interpreter (runtime.Env) has one sys module
// object, made when it starts (SetupEnv), so that builtins (print, input)
// and the importer see the same sys.stdout a program may have replaced;
// the process's default Env has the one made at init.

// Version is the interpreter version shown by sys.version and
// `spindle --version`.
const Version = "0.1.0"

var (
	floatInfoType      = newModuleType("float_info", "sys")
	versionInfoType    = newModuleType("version_info", "sys")
	intInfoType        = newModuleType("int_info", "sys")
	implementationType = newModuleType("implementation", "sys")

	sysModule = newSysModule()

	sysArgv = rt.NewList([]rt.Value{rt.Str("")})
	sysPath = rt.NewList(nil)
	sysMu   sync.Mutex
)

func init() {
	rt.DefaultEnv().Sys = sysModule
	rt.RegisterModule("sys", func() *rt.Module { return sysModule })
	rt.RegisterEnvModule("sys", sysOfEnv) // what the importer uses
}

// sysOfEnv returns the sys module of interpreter e.
func sysOfEnv(e *rt.Env) *rt.Module {
	if e.Sys == nil {
		return sysModule
	}
	return e.Sys
}

// sysOf returns the sys module of th's interpreter.
func sysOf(th *rt.Thread) *rt.Module {
	if th == nil {
		return sysModule
	}
	return sysOfEnv(th.Env())
}

// SetupEnv gives interpreter e its own sys module, with e's streams,
// sys.argv = argv, sys.path = path and sys.modules = e.Modules (where
// it is registered as "sys" unless e.AllowModule forbids it).
func SetupEnv(e *rt.Env, argv, path []string) {
	m := newSysModuleWith(rt.NewList(strValues(argv)), rt.NewList(strValues(path)), e.Stdout, e.Stderr, e.Stdin)
	m.Dict.SetStr("modules", e.Modules)
	m.Dict.SetStr("builtin_module_names", builtinModuleNames(e.AllowModule))
	e.Sys = m
	if e.AllowModule == nil || e.AllowModule("sys") {
		e.Modules.SetStr("sys", m)
	}
}

// SysModule returns the sys module (the interpreter may set attributes
// such as sys.modules on it directly).
func SysModule() *rt.Module { return sysModule }

// SetArgv sets sys.argv (the script path, then its arguments).
func SetArgv(args []string) {
	sysMu.Lock()
	defer sysMu.Unlock()
	sysArgv.SetItems(strValues(args))
}

// SetPath sets sys.path (the main script's folder, then the SPINDLEPATH
// folders).
func SetPath(dirs []string) {
	sysMu.Lock()
	defer sysMu.Unlock()
	sysPath.SetItems(strValues(dirs))
}

// SetModules makes sys.modules the interpreter's module cache.
func SetModules(d *rt.Dict) { sysModule.Dict.SetStr("modules", d) }

func strValues(ss []string) []rt.Value {
	vs := make([]rt.Value, len(ss))
	for i, s := range ss {
		vs[i] = rt.Str(s)
	}
	return vs
}

func sysPlatform() string {
	switch goruntime.GOOS {
	case "windows":
		return "win32"
	case "linux", "darwin", "freebsd", "openbsd", "netbsd":
		return goruntime.GOOS
	}
	return goruntime.GOOS
}

func newSysModule() *rt.Module {
	return newSysModuleWith(sysArgv, sysPath, rt.Stdout, rt.Stderr, rt.Stdin)
}

func newSysModuleWith(argv, path *rt.List, stdout, stderr, stdin *rt.File) *rt.Module {
	m := rt.NewModule("sys")
	d := m.Dict
	d.SetStr("argv", argv)
	d.SetStr("path", path)
	d.SetStr("modules", rt.NewDict())
	d.SetStr("stdout", stdout)
	d.SetStr("stderr", stderr)
	d.SetStr("stdin", stdin)
	d.SetStr("__stdout__", stdout)
	d.SetStr("__stderr__", stderr)
	d.SetStr("__stdin__", stdin)
	addSysExcFuncs(d)
	addSysSizeof(d)
	addSysGetframe(d)
	d.SetStr("version", rt.Str("3.11.0 (Spindle "+Version+")"))
	versionInfo := newNamedTuple(versionInfoType, []string{"major", "minor", "micro", "releaselevel", "serial"},
		[]rt.Value{rt.MakeInt(3), rt.MakeInt(11), rt.MakeInt(0), rt.Str("final"), rt.MakeInt(0)})
	d.SetStr("version_info", versionInfo)
	d.SetStr("hexversion", rt.MakeInt(0x030b00f0))
	d.SetStr("maxsize", rt.MakeInt(1<<63-1))
	d.SetStr("maxunicode", rt.MakeInt(0x10ffff))
	d.SetStr("platform", rt.Str(sysPlatform()))
	d.SetStr("byteorder", rt.Str("little"))
	exe, err := os.Executable()
	if err != nil {
		exe = ""
	}
	d.SetStr("executable", rt.Str(exe))
	d.SetStr("builtin_module_names", builtinModuleNames(nil))
	d.SetStr("float_info", newNamedTuple(floatInfoType,
		[]string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"},
		[]rt.Value{rt.Float(math.MaxFloat64), rt.MakeInt(1024), rt.MakeInt(308), rt.Float(2.2250738585072014e-308),
			rt.MakeInt(-1021), rt.MakeInt(-307), rt.MakeInt(15), rt.MakeInt(53), rt.Float(2.220446049250313e-16),
			rt.MakeInt(2), rt.MakeInt(1)}))
	d.SetStr("int_info", newNamedTuple(intInfoType,
		[]string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
		[]rt.Value{rt.MakeInt(30), rt.MakeInt(4), rt.MakeInt(4300), rt.MakeInt(640)}))
	d.SetStr("implementation", newNamedTuple(implementationType,
		[]string{"name", "version", "cache_tag"},
		[]rt.Value{rt.Str("spindle"), versionInfo, rt.None}))
	for _, f := range []*rt.Builtin{
		rt.NewFunc("exit", sysExit),
		rt.NewFunc("getswitchinterval", sysGetSwitchInterval),
		rt.NewFunc("setswitchinterval", sysSetSwitchInterval),
		rt.NewFunc("getrecursionlimit", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("getrecursionlimit", args, kwargs); err != nil {
				return nil, err
			}
			return rt.MakeInt(int64(th.Env().RecursionLimit())), nil
		}),
		rt.NewFunc("setrecursionlimit", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := oneArg("setrecursionlimit", args, kwargs)
			if err != nil {
				return nil, err
			}
			if _, ok := v.(rt.Float); ok {
				return nil, rt.NewError(rt.TypeErrorType, "'float' object cannot be interpreted as an integer")
			}
			n, err := rt.IndexInt(v)
			if err != nil {
				return nil, err
			}
			if n < 1 {
				return nil, rt.NewError(rt.ValueErrorType, "recursion limit must be greater or equal than 1")
			}
			th.Env().SetRecursionLimit(n)
			return rt.None, nil
		}),
		rt.NewFunc("get_int_max_str_digits", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("get_int_max_str_digits", args, kwargs); err != nil {
				return nil, err
			}
			return rt.MakeInt(int64(rt.IntMaxStrDigits())), nil
		}),
		rt.NewFunc("set_int_max_str_digits", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var n int
			if err := rt.UnpackArgs("set_int_max_str_digits", args, kwargs, "maxdigits", &n); err != nil {
				return nil, err
			}
			if n != 0 && n < 640 {
				return nil, rt.NewError(rt.ValueErrorType, "maxdigits must be 0 or larger than 640")
			}
			rt.SetIntMaxStrDigits(n)
			return rt.None, nil
		}),
		rt.NewFunc("intern", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := oneArg("intern", args, kwargs)
			if err != nil {
				return nil, err
			}
			if _, ok := v.(rt.Str); !ok {
				return nil, rt.NewError(rt.TypeErrorType, "intern() argument must be str, not %s", rt.TypeName(v))
			}
			return v, nil
		}),
		rt.NewFunc("getdefaultencoding", constFunc("getdefaultencoding", rt.Str("utf-8"))),
		rt.NewFunc("getfilesystemencoding", constFunc("getfilesystemencoding", rt.Str("utf-8"))),
	} {
		d.SetStr(f.Name, f)
	}
	return m
}

// builtinModuleNames is sys.builtin_module_names: the sorted top-level
// names of the modules built into the interpreter (rt.BuiltinModules,
// plus sys and builtins), less those allow forbids (nil allows all).
// Submodules such as collections.abc are not listed, as in CPython.
func builtinModuleNames(allow func(string) bool) *rt.Tuple {
	names := []string{"builtins", "sys"}
	for name := range rt.BuiltinModules {
		if strings.Contains(name, ".") || name == "builtins" || name == "sys" {
			continue
		}
		if allow == nil || allow(name) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return rt.NewTuple(strValues(names))
}

func constFunc(name string, v rt.Value) func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	return func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := rt.UnpackArgs(name, args, kwargs); err != nil {
			return nil, err
		}
		return v, nil
	}
}

// sysExit is sys.exit([arg]): raise SystemExit(arg).
func sysExit(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := checkArgCount("exit", args, kwargs, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, rt.NewException(rt.SystemExitType)
	}
	return nil, rt.NewException(rt.SystemExitType, args[0])
}
