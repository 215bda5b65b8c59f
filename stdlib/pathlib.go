package stdlib

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// pathlib: Path (a PosixPath) over os and os.path. A path is kept in
// pathlib's normal form: no repeated or trailing slashes, no "." parts,
// "" is ".".

var (
	purePathType  = newModuleType("PurePath", "pathlib")
	pathType      = rt.NewBuiltinType("Path", purePathType)
	posixPathType = rt.NewBuiltinType("PosixPath", pathType)
	purePosixType = rt.NewBuiltinType("PurePosixPath", purePathType)
)

type pathObj struct {
	path string
	pure bool
}

func (p *pathObj) Type() *rt.Type {
	if p.pure {
		return purePosixType
	}
	return posixPathType
}

func normPathlib(s string) string {
	if s == "" {
		return "."
	}
	lead := ""
	if strings.HasPrefix(s, "//") && !strings.HasPrefix(s, "///") {
		lead = "//"
	} else if strings.HasPrefix(s, "/") {
		lead = "/"
	}
	var parts []string
	for _, c := range strings.Split(s, "/") {
		if c != "" && c != "." {
			parts = append(parts, c)
		}
	}
	r := lead + strings.Join(parts, "/")
	if r == "" {
		return "."
	}
	return r
}

func newPath(s string, pure bool) *pathObj { return &pathObj{path: normPathlib(s), pure: pure} }

func (p *pathObj) join(other string) *pathObj {
	if p.path == "." {
		return newPath(other, p.pure)
	}
	return newPath(posixJoin(p.path, other), p.pure)
}

func (p *pathObj) name() string {
	if p.path == "/" || p.path == "." || p.path == "//" {
		return ""
	}
	_, t := posixSplit(p.path)
	return t
}

func (p *pathObj) parent() *pathObj {
	if p.path == "/" || p.path == "." || p.path == "//" {
		return p
	}
	h, _ := posixSplit(p.path)
	return newPath(h, p.pure)
}

func (p *pathObj) suffix() string {
	n := p.name()
	i := strings.LastIndexByte(n, '.')
	if i > 0 && i < len(n)-1 {
		return n[i:]
	}
	return ""
}

func (p *pathObj) parts() []rt.Value {
	var out []rt.Value
	s := p.path
	if strings.HasPrefix(s, "/") {
		out = append(out, rt.Str("/"))
		s = strings.TrimLeft(s, "/")
	}
	if s != "" && s != "." {
		for _, c := range strings.Split(s, "/") {
			out = append(out, rt.Str(c))
		}
	}
	return out
}

func (p *pathObj) Repr(th *rt.Thread) (string, error) {
	s, err := rt.Repr(th, rt.Str(p.path))
	return p.Type().Name() + "(" + s + ")", err
}

func (p *pathObj) Str(th *rt.Thread) (string, error) { return p.path, nil }

func (p *pathObj) Hash(th *rt.Thread) (int64, error) { return rt.Hash(th, rt.Str(p.path)) }

func (p *pathObj) Equal(th *rt.Thread, other rt.Value) (bool, bool, error) {
	o, ok := other.(*pathObj)
	if !ok {
		return false, false, nil
	}
	return o.path == p.path, true, nil
}

func (p *pathObj) Compare(th *rt.Thread, op ast.Op, other rt.Value) (rt.Value, error) {
	o, ok := other.(*pathObj)
	if !ok {
		return rt.NotImplemented, nil
	}
	return rt.Compare(th, op, rt.NewTuple(p.parts()), rt.NewTuple(o.parts()))
}

func (p *pathObj) Binary(th *rt.Thread, op ast.Op, other rt.Value, right bool) (rt.Value, error) {
	if op != ast.Div {
		return rt.NotImplemented, nil
	}
	var s string
	switch o := other.(type) {
	case rt.Str:
		s = string(o)
	case *pathObj:
		s = o.path
	default:
		return rt.NotImplemented, nil
	}
	if right {
		return newPath(s, p.pure).join(p.path), nil
	}
	return p.join(s), nil
}

func (p *pathObj) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "name":
		return rt.Str(p.name()), nil
	case "suffix":
		return rt.Str(p.suffix()), nil
	case "suffixes":
		n := p.name()
		var out []rt.Value
		if !strings.HasSuffix(n, ".") {
			n = strings.TrimLeft(n, ".")
			segs := strings.Split(n, ".")
			for _, s := range segs[1:] {
				out = append(out, rt.Str("."+s))
			}
		}
		return rt.NewList(out), nil
	case "stem":
		n := p.name()
		return rt.Str(n[:len(n)-len(p.suffix())]), nil
	case "parent":
		return p.parent(), nil
	case "parents":
		var out []rt.Value
		for q := p; ; {
			par := q.parent()
			if par.path == q.path {
				break
			}
			out = append(out, par)
			q = par
		}
		return rt.NewTuple(out), nil
	case "parts":
		return rt.NewTuple(p.parts()), nil
	case "anchor", "root":
		if strings.HasPrefix(p.path, "/") {
			return rt.Str("/"), nil
		}
		return rt.Str(""), nil
	case "drive":
		return rt.Str(""), nil
	}
	return nil, nil
}

var (
	_ rt.HasRepr    = (*pathObj)(nil)
	_ rt.HasStr     = (*pathObj)(nil)
	_ rt.HasBinary  = (*pathObj)(nil)
	_ rt.HasAttrs   = (*pathObj)(nil)
	_ rt.HasEqual   = (*pathObj)(nil)
	_ rt.HasHash    = (*pathObj)(nil)
	_ rt.HasCompare = (*pathObj)(nil)
)

func pathSelf(name string, self rt.Value) (*pathObj, error) {
	p, ok := self.(*pathObj)
	if !ok {
		return nil, rt.NewError(rt.TypeErrorType, "descriptor '%s' requires a 'PurePath' object but received a '%s'", name, rt.TypeName(self))
	}
	return p, nil
}

func pathMethod(name string, fn func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
	return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		p, err := pathSelf(name, self)
		if err != nil {
			return nil, err
		}
		return fn(th, p, args, kwargs)
	})
}

// callOS calls an os / os.path / builtin function with the path first.
func (p *pathObj) call(th *rt.Thread, fn rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	return rt.Call(th, fn, append([]rt.Value{rt.Str(p.path)}, args...), kwargs)
}

func newPathPy(pure bool) func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	return func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		p := newPath("", pure)
		for i, a := range args {
			s, err := pathArg(th, "Path", a)
			if err != nil {
				return nil, rt.NewError(rt.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", rt.TypeName(a))
			}
			if i == 0 {
				p = newPath(s, pure)
			} else {
				p = p.join(s)
			}
		}
		return p, nil
	}
}

// loadPathlibModule makes the pathlib module (registered in modules.go).
func loadPathlibModule() *rt.Module {
	setupPathlibTypes()
	m := rt.NewModule("pathlib")
	for name, t := range map[string]*rt.Type{"Path": pathType, "PosixPath": posixPathType,
		"PurePath": purePathType, "PurePosixPath": purePosixType} {
		m.Dict.SetStr(name, t)
	}
	return m
}

// pathlibSetup completes the pathlib types (constructors, method tables)
// on the module's first import rather than at process start: path
// objects exist only once pathlib has been imported, so no other path
// can see the types incomplete.
var pathlibSetup sync.Once

func setupPathlibTypes() { pathlibSetup.Do(initPathlibTypes) }

func initPathlibTypes() {
	for _, t := range []*rt.Type{pathType, posixPathType, purePosixType} {
		t.SetModule("pathlib")
	}
	pathType.New = newPathPy(false)
	posixPathType.New = newPathPy(false)
	purePathType.New = newPathPy(true)
	purePosixType.New = newPathPy(true)
	osmod := func(name string) rt.Value {
		m := newOSModule()
		v, _ := m.Dict.GetStr(name)
		return v
	}
	pathmod := newOSPathModule()
	pathFn := func(name string) rt.Value { v, _ := pathmod.Dict.GetStr(name); return v }
	delegate := func(name string, fn rt.Value) *rt.Builtin {
		return pathMethod(name, func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return p.call(th, fn, args, kwargs)
		})
	}
	purePathType.AddMethods(
		pathMethod("__fspath__", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Str(p.path), nil
		}),
		pathMethod("__truediv__", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			o, err := oneArg("__truediv__", args, kwargs)
			if err != nil {
				return nil, err
			}
			return p.Binary(th, ast.Div, o, false)
		}),
		pathMethod("as_posix", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Str(p.path), nil
		}),
		pathMethod("joinpath", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			q := p
			for _, a := range args {
				s, err := pathArg(th, "joinpath", a)
				if err != nil {
					return nil, err
				}
				q = q.join(s)
			}
			return q, nil
		}),
		pathMethod("is_absolute", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Bool(strings.HasPrefix(p.path, "/")), nil
		}),
		pathMethod("with_name", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var n string
			if err := rt.UnpackArgs("with_name", args, kwargs, "name", &n); err != nil {
				return nil, err
			}
			if p.name() == "" {
				s, _ := p.Repr(th)
				return nil, rt.NewError(rt.ValueErrorType, "%s has an empty name", s)
			}
			if n == "" || strings.Contains(n, "/") || n == "." {
				return nil, rt.NewError(rt.ValueErrorType, "Invalid name '%s'", n)
			}
			return p.parent().join(n), nil
		}),
		pathMethod("with_suffix", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var suf string
			if err := rt.UnpackArgs("with_suffix", args, kwargs, "suffix", &suf); err != nil {
				return nil, err
			}
			if suf != "" && (!strings.HasPrefix(suf, ".") || suf == "." || strings.Contains(suf, "/")) {
				return nil, rt.NewError(rt.ValueErrorType, "Invalid suffix '%s'", suf)
			}
			n := p.name()
			if n == "" {
				s, _ := p.Repr(th)
				return nil, rt.NewError(rt.ValueErrorType, "%s has an empty name", s)
			}
			stem := n[:len(n)-len(p.suffix())]
			return p.parent().join(stem + suf), nil
		}),
		pathMethod("with_stem", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var stem string
			if err := rt.UnpackArgs("with_stem", args, kwargs, "stem", &stem); err != nil {
				return nil, err
			}
			return p.parent().join(stem + p.suffix()), nil
		}),
		pathMethod("relative_to", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) != 1 {
				return nil, rt.NewError(rt.TypeErrorType, "relative_to() takes 1 argument")
			}
			o, err := pathArg(th, "relative_to", args[0])
			if err != nil {
				return nil, err
			}
			base := normPathlib(o)
			switch {
			case base == p.path:
				return newPath(".", p.pure), nil
			case base == ".":
				if !strings.HasPrefix(p.path, "/") {
					return p, nil
				}
			case strings.HasPrefix(p.path, strings.TrimSuffix(base, "/")+"/"):
				return newPath(strings.TrimPrefix(p.path, strings.TrimSuffix(base, "/")+"/"), p.pure), nil
			}
			rs, _ := rt.Repr(th, rt.Str(p.path))
			os, _ := rt.Repr(th, rt.Str(base))
			return nil, rt.NewError(rt.ValueErrorType, "%s is not in the subpath of %s OR one path is relative and the other is absolute.", rs, os)
		}),
		pathMethod("match", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var pat string
			if err := rt.UnpackArgs("match", args, kwargs, "path_pattern", &pat); err != nil {
				return nil, err
			}
			pp := strings.Split(strings.Trim(pat, "/"), "/")
			parts := strings.Split(strings.Trim(p.path, "/"), "/")
			if len(pp) > len(parts) || strings.HasPrefix(pat, "/") && len(pp) != len(parts) {
				return rt.False, nil
			}
			for i := 1; i <= len(pp); i++ {
				if ok, _ := filepath.Match(pp[len(pp)-i], parts[len(parts)-i]); !ok {
					return rt.False, nil
				}
			}
			return rt.True, nil
		}),
	)
	pathType.AddMethods(
		delegate("exists", pathFn("exists")),
		delegate("is_file", pathFn("isfile")),
		delegate("is_dir", pathFn("isdir")),
		delegate("is_symlink", pathFn("islink")),
		delegate("stat", osmod("stat")),
		delegate("lstat", osmod("lstat")),
		delegate("chmod", osmod("chmod")),
		delegate("rmdir", osmod("rmdir")),
		delegate("open", rt.NewFunc("open", builtinOpen)),
		pathMethod("unlink", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			missingOK := false
			if err := rt.UnpackArgs("unlink", args, kwargs, "missing_ok?", &missingOK); err != nil {
				return nil, err
			}
			_, err := osRemoveFile(p.path)
			if err != nil && missingOK && rt.IsExc(err, rt.FileNotFoundErrorType) {
				return rt.None, nil
			}
			return rt.None, err
		}),
		pathMethod("mkdir", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			mode := 0o777
			parents, existOK := false, false
			if err := rt.UnpackArgs("mkdir", args, kwargs, "mode?", &mode, "parents?", &parents, "exist_ok?", &existOK); err != nil {
				return nil, err
			}
			if parents {
				return rt.None, makedirs(p.path, mode, existOK)
			}
			err := syscall.Mkdir(p.path, uint32(mode))
			if err == syscall.EEXIST && existOK {
				if st, serr := os.Stat(p.path); serr == nil && st.IsDir() {
					return rt.None, nil
				}
			}
			return rt.None, osErr(err, p.path)
		}),
		pathMethod("touch", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			mode := 0o666
			existOK := true
			if err := rt.UnpackArgs("touch", args, kwargs, "mode?", &mode, "exist_ok?", &existOK); err != nil {
				return nil, err
			}
			flags := os.O_CREATE | os.O_WRONLY
			if !existOK {
				flags |= os.O_EXCL
			}
			f, err := os.OpenFile(p.path, flags, os.FileMode(mode))
			if err != nil {
				return nil, osErr(err, p.path)
			}
			f.Close()
			now := timeNow()
			os.Chtimes(p.path, now, now)
			return rt.None, nil
		}),
		pathMethod("read_text", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var enc, errs rt.Value = rt.None, rt.None
			if err := rt.UnpackArgs("read_text", args, kwargs, "encoding?", &enc, "errors?", &errs); err != nil {
				return nil, err
			}
			return readWhole(th, p.path, "r", enc, errs)
		}),
		pathMethod("read_bytes", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("read_bytes", args, kwargs); err != nil {
				return nil, err
			}
			return readWhole(th, p.path, "rb", rt.None, rt.None)
		}),
		pathMethod("write_text", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var data rt.Value
			var enc, errs, nl rt.Value = rt.None, rt.None, rt.None
			if err := rt.UnpackArgs("write_text", args, kwargs, "data", &data, "encoding?", &enc, "errors?", &errs, "newline?", &nl); err != nil {
				return nil, err
			}
			if _, ok := data.(rt.Str); !ok {
				return nil, rt.NewError(rt.TypeErrorType, "data must be str, not %s", rt.TypeName(data))
			}
			return writeWhole(th, p.path, "w", data, []rt.KwArg{{Name: "encoding", Value: enc}, {Name: "errors", Value: errs}, {Name: "newline", Value: nl}})
		}),
		pathMethod("write_bytes", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var data rt.Value
			if err := rt.UnpackArgs("write_bytes", args, kwargs, "data", &data); err != nil {
				return nil, err
			}
			return writeWhole(th, p.path, "wb", data, nil)
		}),
		pathMethod("iterdir", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			ents, err := readDir(p.path)
			if err != nil {
				return nil, err
			}
			i := 0
			return &iterObject{typ: scandirIterType(), next: func(th *rt.Thread) (rt.Value, bool, error) {
				if i >= len(ents) {
					return nil, false, nil
				}
				i++
				return p.join(ents[i-1].Name()), true, nil
			}}, nil
		}),
		pathMethod("glob", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var pat string
			if err := rt.UnpackArgs("glob", args, kwargs, "pattern", &pat); err != nil {
				return nil, err
			}
			return pathGlob(p, pat)
		}),
		pathMethod("rglob", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var pat string
			if err := rt.UnpackArgs("rglob", args, kwargs, "pattern", &pat); err != nil {
				return nil, err
			}
			return pathGlob(p, "**/"+pat)
		}),
		pathMethod("rename", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var tv rt.Value
			if err := rt.UnpackArgs("rename", args, kwargs, "target", &tv); err != nil {
				return nil, err
			}
			t, err := pathArg(th, "rename", tv)
			if err != nil {
				return nil, err
			}
			if err := osRename(p.path, t); err != nil {
				return nil, twoPathErr(err, p.path, t)
			}
			return newPath(t, false), nil
		}),
		pathMethod("resolve", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			a := posixAbspath(p.path)
			if r, err := evalSymlinks(a); err == nil {
				a = r
			}
			return newPath(a, false), nil
		}),
		pathMethod("absolute", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if strings.HasPrefix(p.path, "/") {
				return p, nil
			}
			wd, _ := os.Getwd()
			return newPath(wd, false).join(p.path), nil
		}),
		pathMethod("expanduser", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return newPath(posixExpanduser(p.path), false), nil
		}),
		pathMethod("samefile", func(th *rt.Thread, p *pathObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return p.call(th, pathFn("samefile"), args, kwargs)
		}),
	)
	pathType.Dict.SetStr("cwd", rt.NewFunc("cwd", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		wd, err := os.Getwd()
		if err != nil {
			return nil, osErr(err, "")
		}
		return newPath(wd, false), nil
	}))
	pathType.Dict.SetStr("home", rt.NewFunc("home", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return newPath(posixExpanduser("~"), false), nil
	}))
}

func evalSymlinks(p string) (string, error) { return filepath.EvalSymlinks(p) }

func readWhole(th *rt.Thread, path, mode string, enc, errs rt.Value) (rt.Value, error) {
	f, err := builtinOpen(th, []rt.Value{rt.Str(path), rt.Str(mode)}, []rt.KwArg{{Name: "encoding", Value: enc}, {Name: "errors", Value: errs}})
	if err != nil {
		return nil, err
	}
	file := f.(*rt.File)
	defer file.Close()
	return file.ReadTh(th, -1)
}

func writeWhole(th *rt.Thread, path, mode string, data rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	f, err := builtinOpen(th, []rt.Value{rt.Str(path), rt.Str(mode)}, kwargs)
	if err != nil {
		return nil, err
	}
	file := f.(*rt.File)
	n, err := file.WriteValueTh(th, data)
	if cerr := file.CloseTh(th); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	return rt.MakeInt(int64(n)), nil
}
