package stdlib

import (
	"os"
	"strings"
	"sync"

	rt "github.com/spindle-lang/spindle/runtime"
)

// tempfile: gettempdir, mkdtemp, mkstemp, TemporaryDirectory,
// NamedTemporaryFile and TemporaryFile, on Go's os.MkdirTemp /
// os.CreateTemp (random names, O_EXCL creation).

var tempDirType = newModuleType("TemporaryDirectory", "tempfile")

func tempArgs(th *rt.Thread, fname string, args []rt.Value, kwargs []rt.KwArg, extra ...any) (suffix, prefix, dir string, err error) {
	var sv, pv, dv rt.Value = rt.None, rt.None, rt.None
	pairs := append([]any{"suffix?", &sv, "prefix?", &pv, "dir?", &dv}, extra...)
	if err = rt.UnpackArgs(fname, args, kwargs, pairs...); err != nil {
		return
	}
	prefix = "tmp"
	if sv != rt.None {
		if suffix, err = pathArg(th, fname, sv); err != nil {
			return
		}
	}
	if pv != rt.None {
		if prefix, err = pathArg(th, fname, pv); err != nil {
			return
		}
	}
	dir = os.TempDir()
	if dv != rt.None {
		if dir, err = pathArg(th, fname, dv); err != nil {
			return
		}
	}
	return
}

func mkdtemp(suffix, prefix, dir string) (string, error) {
	p, err := os.MkdirTemp(dir, prefix+"*"+suffix)
	if err != nil {
		return "", osErr(err, dir)
	}
	return posixAbspath(p), nil
}

// loadTempfileModule makes the tempfile module (registered in modules.go).
func loadTempfileModule() *rt.Module {
	setupTempfileTypes()
	m := rt.NewModule("tempfile")
	m.Dict.SetStr("TemporaryDirectory", tempDirType)
	m.Dict.SetStr("tempdir", rt.None)
	addFuncs(m,
		rt.NewFunc("gettempdir", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Str(os.TempDir()), nil
		}),
		rt.NewFunc("gettempprefix", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Str("tmp"), nil
		}),
		rt.NewFunc("mkdtemp", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			suffix, prefix, dir, err := tempArgs(th, "mkdtemp", args, kwargs)
			if err != nil {
				return nil, err
			}
			p, err := mkdtemp(suffix, prefix, dir)
			if err != nil {
				return nil, err
			}
			return rt.Str(p), nil
		}),
		rt.NewFunc("mkstemp", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var text rt.Value
			suffix, prefix, dir, err := tempArgs(th, "mkstemp", args, kwargs, "text?", &text)
			if err != nil {
				return nil, err
			}
			f, err := os.CreateTemp(dir, prefix+"*"+suffix)
			if err != nil {
				return nil, osErr(err, dir)
			}
			return tuple2(rt.MakeInt(int64(fdRegister(f))), rt.Str(posixAbspath(f.Name()))), nil
		}),
		rt.NewFunc("NamedTemporaryFile", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return tempFile(th, "NamedTemporaryFile", args, kwargs, true)
		}),
		rt.NewFunc("TemporaryFile", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return tempFile(th, "TemporaryFile", args, kwargs, false)
		}),
	)
	return m
}

// tempfileSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var tempfileSetup sync.Once

func setupTempfileTypes() { tempfileSetup.Do(initTempfileTypes) }

func initTempfileTypes() {
	tempDirType.AddMethods(
		recMethod("__enter__", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return o.get("name"), nil
		}),
		recMethod("__exit__", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			os.RemoveAll(string(o.get("name").(rt.Str)))
			return rt.None, nil
		}),
		recMethod("cleanup", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			os.RemoveAll(string(o.get("name").(rt.Str)))
			return rt.None, nil
		}),
		recMethod("__repr__", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			s, err := rt.Repr(th, o.get("name"))
			return rt.Str("<TemporaryDirectory " + s + ">"), err
		}),
	)
	tempDirType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var ignore rt.Value
		suffix, prefix, dir, err := tempArgs(th, "TemporaryDirectory", args, kwargs, "ignore_cleanup_errors?", &ignore)
		if err != nil {
			return nil, err
		}
		p, err := mkdtemp(suffix, prefix, dir)
		if err != nil {
			return nil, err
		}
		return newRec(tempDirType, nil).set("name", rt.Str(p), false), nil
	}
}

// tempFile is NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
// newline=None, suffix=None, prefix=None, dir=None, delete=True,
// errors=None): the file is removed when closed (delete=True); a
// TemporaryFile is removed at once.
func tempFile(th *rt.Thread, fname string, args []rt.Value, kwargs []rt.KwArg, named bool) (rt.Value, error) {
	mode := "w+b"
	buffering := -1
	var enc, nl, errs rt.Value = rt.None, rt.None, rt.None
	var sv, pv, dv rt.Value = rt.None, rt.None, rt.None
	del := true
	if err := rt.UnpackArgs(fname, args, kwargs, "mode?", &mode, "buffering?", &buffering, "encoding?", &enc,
		"newline?", &nl, "suffix?", &sv, "prefix?", &pv, "dir?", &dv, "delete?", &del, "*", "errors?", &errs); err != nil {
		return nil, err
	}
	suffix, prefix, dir, err := tempArgs(th, fname, nil, []rt.KwArg{{Name: "suffix", Value: sv}, {Name: "prefix", Value: pv}, {Name: "dir", Value: dv}})
	if err != nil {
		return nil, err
	}
	if _, err := parseMode(mode); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(dir, prefix+"*"+suffix)
	if err != nil {
		return nil, osErr(err, dir)
	}
	path := posixAbspath(f.Name())
	opts := rt.FileOptions{Buffering: buffering}
	if s, ok := enc.(rt.Str); ok {
		opts.Encoding = string(s)
	}
	if s, ok := errs.(rt.Str); ok {
		opts.Errors = string(s)
	}
	if s, ok := nl.(rt.Str); ok {
		str := string(s)
		opts.Newline = &str
	}
	var name rt.Value = rt.Str(path)
	if !named {
		os.Remove(path)
		name = rt.MakeInt(int64(rt.RawFd(f)))
	} else if del {
		opts.OnClose = func() { os.Remove(path) }
	}
	fileMode := strings.ReplaceAll(mode, "w", "w")
	if !strings.ContainsAny(fileMode, "+") && strings.Contains(fileMode, "r") {
		fileMode += "+"
	}
	return rt.NewFileWith(f, name, fileMode, opts), nil
}
