package stdlib

import (
	"os"
	"os/user"
	"strings"

	rt "github.com/spindle-lang/spindle/runtime"
)

// os.path: CPython's posixpath, rewritten over strings (Go's
// path/filepath differs in the corners: join("a", "/b") is "/b" here,
// normpath keeps a leading "//", split keeps a root of slashes).

func posixJoin(a string, parts ...string) string {
	path := a
	for _, b := range parts {
		switch {
		case strings.HasPrefix(b, "/"):
			path = b
		case path == "" || strings.HasSuffix(path, "/"):
			path += b
		default:
			path += "/" + b
		}
	}
	return path
}

func posixSplit(p string) (string, string) {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail := p[:i], p[i:]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

func posixSplitext(p string) (string, string) {
	sep := strings.LastIndexByte(p, '/')
	dot := strings.LastIndexByte(p, '.')
	if dot > sep {
		for i := sep + 1; i < dot; i++ {
			if p[i] != '.' {
				return p[:dot], p[dot:]
			}
		}
	}
	return p, ""
}

func posixNormpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var out []string
	for _, c := range strings.Split(p, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(out) == 0) || (len(out) > 0 && out[len(out)-1] == "..") {
			out = append(out, c)
		} else if len(out) > 0 {
			out = out[:len(out)-1]
		}
	}
	s := strings.Repeat("/", initial) + strings.Join(out, "/")
	if s == "" {
		return "."
	}
	return s
}

func posixAbspath(p string) string {
	if !strings.HasPrefix(p, "/") {
		wd, _ := os.Getwd()
		p = posixJoin(wd, p)
	}
	return posixNormpath(p)
}

func posixExpanduser(p string) string {
	if !strings.HasPrefix(p, "~") {
		return p
	}
	i := strings.IndexByte(p, '/')
	if i < 0 {
		i = len(p)
	}
	var home string
	if i == 1 {
		if v, ok := osEnviron().GetStr("HOME"); ok {
			if s, ok := v.(rt.Str); ok {
				home = string(s)
			}
		}
		if home == "" {
			if u, err := user.Current(); err == nil {
				home = u.HomeDir
			}
		}
	} else {
		u, err := user.Lookup(p[1:i])
		if err != nil {
			return p
		}
		home = u.HomeDir
	}
	home = strings.TrimRight(home, "/")
	if home == "" {
		home = "/"
		if i < len(p) {
			home = ""
		}
	}
	return home + p[i:]
}

func posixRelpath(p, start string) string {
	a := strings.Split(strings.Trim(posixAbspath(p), "/"), "/")
	b := strings.Split(strings.Trim(posixAbspath(start), "/"), "/")
	if len(a) == 1 && a[0] == "" {
		a = nil
	}
	if len(b) == 1 && b[0] == "" {
		b = nil
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	var parts []string
	for j := i; j < len(b); j++ {
		parts = append(parts, "..")
	}
	parts = append(parts, a[i:]...)
	if len(parts) == 0 {
		return "."
	}
	return strings.Join(parts, "/")
}

func posixExpandvars(p string) string {
	if !strings.Contains(p, "$") {
		return p
	}
	var b strings.Builder
	for i := 0; i < len(p); {
		if p[i] != '$' {
			b.WriteByte(p[i])
			i++
			continue
		}
		j := i + 1
		var name string
		end := j
		if j < len(p) && p[j] == '{' {
			k := strings.IndexByte(p[j:], '}')
			if k < 0 {
				b.WriteString(p[i:])
				break
			}
			name, end = p[j+1:j+k], j+k+1
		} else {
			for end < len(p) && (p[end] == '_' || p[end] >= 'a' && p[end] <= 'z' || p[end] >= 'A' && p[end] <= 'Z' || p[end] >= '0' && p[end] <= '9') {
				end++
			}
			name = p[j:end]
		}
		if v, ok := osEnviron().GetStr(name); ok && name != "" {
			b.WriteString(string(v.(rt.Str)))
		} else {
			b.WriteString(p[i:end])
		}
		i = end
	}
	return b.String()
}

// pathValue returns the result path as str, or bytes when the argument
// was bytes.
func pathValue(arg rt.Value, s string) rt.Value {
	if _, ok := arg.(rt.Bytes); ok {
		return rt.Bytes(s)
	}
	return rt.Str(s)
}

func onePath(name string, fn func(p string) rt.Value) *rt.Builtin {
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var pv rt.Value
		if err := rt.UnpackArgs(name, args, kwargs, "p", &pv); err != nil {
			return nil, err
		}
		p, err := pathArg(th, name, pv)
		if err != nil {
			return nil, err
		}
		return fn(p), nil
	})
}

func onePathStr(name string, fn func(p string) string) *rt.Builtin {
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var pv rt.Value
		if err := rt.UnpackArgs(name, args, kwargs, "p", &pv); err != nil {
			return nil, err
		}
		p, err := pathArg(th, name, pv)
		if err != nil {
			return nil, rt.NewError(rt.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", rt.TypeName(pv))
		}
		return pathValue(pv, fn(p)), nil
	})
}

func statPred(name string, lstat bool, pred func(os.FileInfo) bool) *rt.Builtin {
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var pv rt.Value
		if err := rt.UnpackArgs(name, args, kwargs, "path", &pv); err != nil {
			return nil, err
		}
		p, err := pathArg(th, name, pv)
		if err != nil {
			if n, ok := pv.(rt.Int); ok {
				var st os.FileInfo
				f := os.NewFile(uintptr(n), "")
				st, err = f.Stat()
				return rt.Bool(err == nil && pred(st)), nil
			}
			return nil, err
		}
		var st os.FileInfo
		if lstat {
			st, err = os.Lstat(p)
		} else {
			st, err = os.Stat(p)
		}
		return rt.Bool(err == nil && pred(st)), nil
	})
}

func statNum(name string, fn func(st os.FileInfo) rt.Value) *rt.Builtin {
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var pv rt.Value
		if err := rt.UnpackArgs(name, args, kwargs, "filename", &pv); err != nil {
			return nil, err
		}
		p, err := pathArg(th, name, pv)
		if err != nil {
			return nil, err
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, osErr(err, p)
		}
		return fn(st), nil
	})
}

func newOSPathModule() *rt.Module {
	m := rt.NewModule("posixpath")
	m.Dict.SetStr("sep", rt.Str("/"))
	m.Dict.SetStr("curdir", rt.Str("."))
	m.Dict.SetStr("pardir", rt.Str(".."))
	m.Dict.SetStr("extsep", rt.Str("."))
	m.Dict.SetStr("pathsep", rt.Str(":"))
	m.Dict.SetStr("altsep", rt.None)
	m.Dict.SetStr("devnull", rt.Str("/dev/null"))
	addFuncs(m,
		rt.NewFunc("join", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(kwargs) > 0 {
				return nil, rt.NewError(rt.TypeErrorType, "join() takes no keyword arguments")
			}
			if len(args) == 0 {
				return nil, rt.NewError(rt.TypeErrorType, "join() missing 1 required positional argument: 'a'")
			}
			parts := make([]string, len(args))
			for i, a := range args {
				p, err := pathArg(th, "join", a)
				if err != nil {
					return nil, rt.NewError(rt.TypeErrorType, "join() argument must be str, bytes, or os.PathLike object, not '%s'", rt.TypeName(a))
				}
				parts[i] = p
			}
			return pathValue(args[0], posixJoin(parts[0], parts[1:]...)), nil
		}),
		onePath("split", func(p string) rt.Value {
			h, t := posixSplit(p)
			return tuple2(rt.Str(h), rt.Str(t))
		}),
		onePath("splitext", func(p string) rt.Value {
			a, b := posixSplitext(p)
			return tuple2(rt.Str(a), rt.Str(b))
		}),
		onePath("splitdrive", func(p string) rt.Value { return tuple2(rt.Str(""), rt.Str(p)) }),
		onePathStr("basename", func(p string) string { _, t := posixSplit(p); return p[len(p)-len(t):] }),
		onePathStr("dirname", func(p string) string { h, _ := posixSplit(p); return h }),
		onePathStr("normpath", posixNormpath),
		onePathStr("abspath", posixAbspath),
		onePathStr("realpath", func(p string) string {
			a := posixAbspath(p)
			if r, err := evalSymlinks(a); err == nil {
				return r
			}
			return a
		}),
		onePathStr("expanduser", posixExpanduser),
		onePathStr("expandvars", posixExpandvars),
		onePathStr("normcase", func(p string) string { return p }),
		onePath("isabs", func(p string) rt.Value { return rt.Bool(strings.HasPrefix(p, "/")) }),
		rt.NewFunc("relpath", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var pv rt.Value
			var sv rt.Value = rt.None
			if err := rt.UnpackArgs("relpath", args, kwargs, "path", &pv, "start?", &sv); err != nil {
				return nil, err
			}
			p, err := pathArg(th, "relpath", pv)
			if err != nil {
				return nil, err
			}
			if p == "" {
				return nil, rt.NewError(rt.ValueErrorType, "no path specified")
			}
			start := "."
			if sv != rt.None {
				if start, err = pathArg(th, "relpath", sv); err != nil {
					return nil, err
				}
			}
			return rt.Str(posixRelpath(p, start)), nil
		}),
		rt.NewFunc("commonprefix", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := oneArg("commonprefix", args, kwargs)
			if err != nil {
				return nil, err
			}
			items, err := rt.IterateAll(th, v)
			if err != nil {
				return nil, err
			}
			if len(items) == 0 {
				return rt.Str(""), nil
			}
			prefix, _ := pathArg(th, "commonprefix", items[0])
			for _, it := range items[1:] {
				s, _ := pathArg(th, "commonprefix", it)
				i := 0
				for i < len(prefix) && i < len(s) && prefix[i] == s[i] {
					i++
				}
				prefix = prefix[:i]
			}
			return rt.Str(prefix), nil
		}),
		statPred("exists", false, func(os.FileInfo) bool { return true }),
		statPred("lexists", true, func(os.FileInfo) bool { return true }),
		statPred("isfile", false, func(st os.FileInfo) bool { return st.Mode().IsRegular() }),
		statPred("isdir", false, func(st os.FileInfo) bool { return st.IsDir() }),
		statPred("islink", true, func(st os.FileInfo) bool { return st.Mode()&os.ModeSymlink != 0 }),
		statNum("getsize", func(st os.FileInfo) rt.Value { return rt.MakeInt(st.Size()) }),
		statNum("getmtime", func(st os.FileInfo) rt.Value { return rt.Float(float64(st.ModTime().UnixNano()) / 1e9) }),
		statNum("getatime", func(st os.FileInfo) rt.Value { return rt.Float(float64(st.ModTime().UnixNano()) / 1e9) }),
		statNum("getctime", func(st os.FileInfo) rt.Value { return rt.Float(float64(st.ModTime().UnixNano()) / 1e9) }),
		rt.NewFunc("samefile", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var av, bv rt.Value
			if err := rt.UnpackArgs("samefile", args, kwargs, "f1", &av, "f2", &bv); err != nil {
				return nil, err
			}
			a, err := pathArg(th, "samefile", av)
			if err != nil {
				return nil, err
			}
			b, err := pathArg(th, "samefile", bv)
			if err != nil {
				return nil, err
			}
			sa, err := os.Stat(a)
			if err != nil {
				return nil, osErr(err, a)
			}
			sb, err := os.Stat(b)
			if err != nil {
				return nil, osErr(err, b)
			}
			return rt.Bool(os.SameFile(sa, sb)), nil
		}),
	)
	return m
}
