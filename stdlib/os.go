package stdlib

import (
	"crypto/rand"
	"io"
	"os"
	goruntime "runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The os module: the process environment, the file system and raw file
// descriptors. Path arguments accept str, bytes and pathlib.Path; errors
// are the OSError subclasses CPython raises, with its messages
// ("[Errno 2] No such file or directory: 'x'").
//
// os.environ (os_environ.go) is built at import from the process
// environment; changing it calls setenv/unsetenv like CPython's.
// os.getenv reads it; subprocess passes it to children when env= is not
// given.
//
// os.read/os.write on a pipe made by os.pipe() are cancellable
// checkpoints (the descriptor table in os_fd.go keeps the pipe's
// poller-registered *os.File).

var (
	statResultType = newModuleType("stat_result", "os")
	dirEntryType   = newModuleType("DirEntry", "os")
	scandirType    = newIterType("ScandirIterator", "posix")
)

// osEnviron is the dict under os.environ: the process environment, read
// on first use (the os module's import, or a lookup by os.path, shutil or
// subprocess) rather than at process start. Only the os module changes
// the environment, and importing it reads it first, so this is the
// environment the process started with.
var osEnviron = sync.OnceValue(func() *rt.Dict {
	d := rt.NewDict()
	for _, kv := range os.Environ() {
		if i := strings.IndexByte(kv, '='); i > 0 {
			d.SetStr(kv[:i], rt.Str(kv[i+1:]))
		}
	}
	return d
})

// osTypesSetup gives stat_result, DirEntry and ScandirIterator their
// methods before the first object of one is made (newOSModule,
// statResult, newDirEntry, scandirIterType), not at process start.
var osTypesSetup sync.Once

// scandirIterType is ScandirIterator with its methods (also the type of
// glob's and pathlib's iterators over listed names).
func scandirIterType() *rt.Type {
	osTypesSetup.Do(setupOSTypes)
	return scandirType
}

func setupOSTypes() {
	statResultType.AddMethods(
		recMethod("__getitem__", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			k, err := oneArg("__getitem__", args, kwargs)
			if err != nil {
				return nil, err
			}
			return rt.GetItem(th, o.data.(*rt.Tuple), k)
		}),
		recMethod("__len__", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.MakeInt(10), nil
		}),
	)
	dirEntryType.AddMethods(
		recMethod("is_dir", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Bool(entryMode(o, args, kwargs).IsDir()), nil
		}),
		recMethod("is_file", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Bool(entryMode(o, args, kwargs).IsRegular()), nil
		}),
		recMethod("is_symlink", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Bool(o.data.(os.DirEntry).Type()&os.ModeSymlink != 0), nil
		}),
		recMethod("stat", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			p := string(o.get("path").(rt.Str))
			return osStatPath(p, !followSymlinks(args, kwargs))
		}),
		recMethod("inode", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			info, err := o.data.(os.DirEntry).Info()
			if err != nil {
				return nil, rt.IOError(err, "")
			}
			return rt.MakeInt(int64(info.Sys().(*syscall.Stat_t).Ino)), nil
		}),
		recMethod("__fspath__", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return o.get("path"), nil
		}),
		recMethod("__repr__", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			s, err := rt.Repr(th, o.get("name"))
			return rt.Str("<DirEntry " + s + ">"), err
		}),
	)
	scandirType.AddMethods(
		rt.NewMethod("__enter__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return self, nil
		}),
		rt.NewMethod("__exit__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, nil
		}),
		rt.NewMethod("close", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, nil
		}),
	)
}

func followSymlinks(args []rt.Value, kwargs []rt.KwArg) bool {
	for _, kw := range kwargs {
		if kw.Name == "follow_symlinks" {
			return rt.Truthy(kw.Value)
		}
	}
	return true
}

func entryMode(o *recObj, args []rt.Value, kwargs []rt.KwArg) os.FileMode {
	e := o.data.(os.DirEntry)
	if e.Type()&os.ModeSymlink != 0 && followSymlinks(args, kwargs) {
		if st, err := os.Stat(string(o.get("path").(rt.Str))); err == nil {
			return st.Mode()
		}
		return os.ModeSymlink
	}
	return e.Type()
}

func newOSModule() *rt.Module {
	osTypesSetup.Do(setupOSTypes)
	m := rt.NewModule("os")
	d := m.Dict
	pathMod := newOSPathModule()
	d.SetStr("path", pathMod)
	d.SetStr("environ", newLike(environClass(), osEnviron()))
	d.SetStr("PathLike", osPathLikeType)
	d.SetStr("name", rt.Str("posix"))
	d.SetStr("sep", rt.Str("/"))
	d.SetStr("altsep", rt.None)
	d.SetStr("extsep", rt.Str("."))
	d.SetStr("pathsep", rt.Str(":"))
	d.SetStr("linesep", rt.Str("\n"))
	d.SetStr("curdir", rt.Str("."))
	d.SetStr("pardir", rt.Str(".."))
	d.SetStr("devnull", rt.Str("/dev/null"))
	d.SetStr("error", rt.OSErrorType)
	d.SetStr("stat_result", statResultType)
	d.SetStr("DirEntry", dirEntryType)
	for name, v := range map[string]int{
		"O_RDONLY": os.O_RDONLY, "O_WRONLY": os.O_WRONLY, "O_RDWR": os.O_RDWR, "O_APPEND": os.O_APPEND,
		"O_CREAT": os.O_CREATE, "O_EXCL": os.O_EXCL, "O_TRUNC": os.O_TRUNC, "O_NONBLOCK": syscall.O_NONBLOCK,
		"O_CLOEXEC": syscall.O_CLOEXEC, "F_OK": 0, "R_OK": 4, "W_OK": 2, "X_OK": 1,
		"SEEK_SET": 0, "SEEK_CUR": 1, "SEEK_END": 2, "WNOHANG": syscall.WNOHANG,
	} {
		d.SetStr(name, rt.MakeInt(int64(v)))
	}
	addFuncs(m,
		rt.NewFunc("getenv", osGetenv),
		rt.NewFunc("putenv", osPutenv),
		rt.NewFunc("unsetenv", osUnsetenv),
		rt.NewFunc("getcwd", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("getcwd", args, kwargs); err != nil {
				return nil, err
			}
			wd, err := os.Getwd()
			if err != nil {
				return nil, rt.IOError(err, "")
			}
			return rt.Str(wd), nil
		}),
		pathFunc("chdir", func(p string) (rt.Value, error) { return rt.None, osErr(os.Chdir(p), p) }),
		rt.NewFunc("listdir", osListdir),
		rt.NewFunc("scandir", osScandir),
		rt.NewFunc("walk", osWalk),
		rt.NewFunc("mkdir", osMkdir),
		rt.NewFunc("makedirs", osMakedirs),
		pathFunc("remove", osRemoveFile),
		pathFunc("unlink", osRemoveFile),
		pathFunc("rmdir", func(p string) (rt.Value, error) {
			st, err := os.Lstat(p)
			if err == nil && !st.IsDir() {
				return nil, rt.NewOSError(rt.NotADirectoryErrorType, int(syscall.ENOTDIR), "Not a directory", p)
			}
			return rt.None, osErr(syscall.Rmdir(p), p)
		}),
		pathFunc("removedirs", func(p string) (rt.Value, error) {
			if err := syscall.Rmdir(p); err != nil {
				return nil, osErr(err, p)
			}
			for head, _ := posixSplit(p); head != "" && head != "/"; head, _ = posixSplit(head) {
				if syscall.Rmdir(head) != nil {
					break
				}
			}
			return rt.None, nil
		}),
		twoPathFunc("rename", osRename),
		twoPathFunc("replace", osRename),
		twoPathFunc("symlink", func(a, b string) error { return os.Symlink(a, b) }),
		twoPathFunc("link", func(a, b string) error { return os.Link(a, b) }),
		pathFunc("readlink", func(p string) (rt.Value, error) {
			s, err := os.Readlink(p)
			if err != nil {
				return nil, osErr(err, p)
			}
			return rt.Str(s), nil
		}),
		rt.NewFunc("stat", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return osStat(th, "stat", args, kwargs, false)
		}),
		rt.NewFunc("lstat", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return osStat(th, "lstat", args, kwargs, true)
		}),
		rt.NewFunc("chmod", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var pv rt.Value
			var mode int
			if err := rt.UnpackArgs("chmod", args, kwargs, "path", &pv, "mode", &mode); err != nil {
				return nil, err
			}
			p, err := pathArg(th, "chmod", pv)
			if err != nil {
				return nil, err
			}
			return rt.None, osErr(os.Chmod(p, os.FileMode(mode)&os.ModePerm|unixModeBits(mode)), p)
		}),
		rt.NewFunc("access", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var pv rt.Value
			var mode int
			if err := rt.UnpackArgs("access", args, kwargs, "path", &pv, "mode", &mode); err != nil {
				return nil, err
			}
			p, err := pathArg(th, "access", pv)
			if err != nil {
				return nil, err
			}
			return rt.Bool(syscall.Access(p, uint32(mode)) == nil), nil
		}),
		rt.NewFunc("utime", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var pv rt.Value
			var times rt.Value = rt.None
			if err := rt.UnpackArgs("utime", args, kwargs, "path", &pv, "times?", &times); err != nil {
				return nil, err
			}
			p, err := pathArg(th, "utime", pv)
			if err != nil {
				return nil, err
			}
			at, mt := time.Now(), time.Now()
			if t, ok := times.(*rt.Tuple); ok && len(t.Items) == 2 {
				a, _ := rt.AsFloat(t.Items[0])
				b, _ := rt.AsFloat(t.Items[1])
				at, mt = time.Unix(0, int64(a*1e9)), time.Unix(0, int64(b*1e9))
			}
			return rt.None, osErr(os.Chtimes(p, at, mt), p)
		}),
		rt.NewFunc("pipe", osPipe),
		rt.NewFunc("mkfifo", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var pv rt.Value
			mode := 0o666
			if err := rt.UnpackArgs("mkfifo", args, kwargs, "path", &pv, "mode?", &mode); err != nil {
				return nil, err
			}
			p, err := pathArg(th, "mkfifo", pv)
			if err != nil {
				return nil, err
			}
			return rt.None, osErr(syscall.Mkfifo(p, uint32(mode)), p)
		}),
		rt.NewFunc("open", osOpen),
		rt.NewFunc("fdopen", osFdopen),
		rt.NewFunc("read", osRead),
		rt.NewFunc("write", osWrite),
		rt.NewFunc("close", osClose),
		rt.NewFunc("dup", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var fd int
			if err := rt.UnpackArgs("dup", args, kwargs, "fd", &fd); err != nil {
				return nil, err
			}
			n, err := syscall.Dup(fd)
			if err != nil {
				return nil, rt.IOError(err, "")
			}
			syscall.CloseOnExec(n)
			return rt.MakeInt(int64(n)), nil
		}),
		rt.NewFunc("isatty", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var fd int
			if err := rt.UnpackArgs("isatty", args, kwargs, "fd", &fd); err != nil {
				return nil, err
			}
			var st syscall.Stat_t
			return rt.Bool(syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFCHR && rt.IsTerminalFd(fd)), nil
		}),
		intFunc("getpid", func() int { return os.Getpid() }),
		intFunc("getppid", func() int { return os.Getppid() }),
		intFunc("getuid", func() int { return os.Getuid() }),
		intFunc("getgid", func() int { return os.Getgid() }),
		intFunc("geteuid", func() int { return os.Geteuid() }),
		intFunc("cpu_count", func() int { return goruntime.NumCPU() }),
		rt.NewFunc("_exit", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var code int
			if err := rt.UnpackArgs("_exit", args, kwargs, "status", &code, "/"); err != nil {
				return nil, err
			}
			// At once, as in CPython: no finally, no atexit, no flush of
			// buffered files or of a buffered sys.stdout.
			os.Exit(code)
			return rt.None, nil
		}),
		rt.NewFunc("kill", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var pid, sig int
			if err := rt.UnpackArgs("kill", args, kwargs, "pid", &pid, "signal", &sig); err != nil {
				return nil, err
			}
			if pid == os.Getpid() && sigValid(sig) && handledInProcess(sig) {
				return rt.None, signalSelf(th, sig) // the handler runs before kill returns, as in CPython
			}
			return rt.None, rt.IOError(syscall.Kill(pid, syscall.Signal(sig)), "")
		}),
		rt.NewFunc("urandom", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var n int
			if err := rt.UnpackArgs("urandom", args, kwargs, "size", &n); err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, rt.NewError(rt.ValueErrorType, "negative argument not allowed")
			}
			b := make([]byte, n)
			rand.Read(b)
			return rt.Bytes(b), nil
		}),
		rt.NewFunc("strerror", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var n int
			if err := rt.UnpackArgs("strerror", args, kwargs, "code", &n); err != nil {
				return nil, err
			}
			s := syscall.Errno(n).Error()
			if s != "" {
				s = strings.ToUpper(s[:1]) + s[1:]
			}
			return rt.Str(s), nil
		}),
		rt.NewFunc("fspath", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := oneArg("fspath", args, kwargs)
			if err != nil {
				return nil, err
			}
			if _, ok := v.(rt.Bytes); ok {
				return v, nil
			}
			p, err := pathArg(th, "fspath", v)
			if err != nil {
				return nil, rt.NewError(rt.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", rt.TypeName(v))
			}
			return rt.Str(p), nil
		}),
		rt.NewFunc("get_terminal_size", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.NewTuple([]rt.Value{rt.MakeInt(80), rt.MakeInt(24)}), nil
		}),
		rt.NewFunc("system", osSystem),
	)
	return m
}

func unixModeBits(mode int) os.FileMode {
	var m os.FileMode
	if mode&0o4000 != 0 {
		m |= os.ModeSetuid
	}
	if mode&0o2000 != 0 {
		m |= os.ModeSetgid
	}
	if mode&0o1000 != 0 {
		m |= os.ModeSticky
	}
	return m
}

// osErr converts a Go error of a call on path p (nil stays nil).
func osErr(err error, p string) error {
	if err == nil {
		return nil
	}
	return rt.IOError(err, p)
}

func pathFunc(name string, fn func(p string) (rt.Value, error)) *rt.Builtin {
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var pv rt.Value
		if err := rt.UnpackArgs(name, args, kwargs, "path", &pv); err != nil {
			return nil, err
		}
		p, err := pathArg(th, name, pv)
		if err != nil {
			return nil, err
		}
		return fn(p)
	})
}

func twoPathFunc(name string, fn func(a, b string) error) *rt.Builtin {
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var av, bv rt.Value
		if err := rt.UnpackArgs(name, args, kwargs, "src", &av, "dst", &bv); err != nil {
			return nil, err
		}
		a, err := pathArg(th, name, av)
		if err != nil {
			return nil, err
		}
		b, err := pathArg(th, name, bv)
		if err != nil {
			return nil, err
		}
		if err := fn(a, b); err != nil {
			return nil, twoPathErr(err, a, b)
		}
		return rt.None, nil
	})
}

func twoPathErr(err error, a, b string) error {
	e := rt.IOError(err, a)
	if x, ok := e.(*rt.Exception); ok && x.Class.IsSubtype(rt.OSErrorType) && len(x.Args) == 2 {
		x.SetAttr(nil, "filename2", rt.Str(b))
	}
	return e
}

func intFunc(name string, fn func() int) *rt.Builtin {
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := rt.UnpackArgs(name, args, kwargs); err != nil {
			return nil, err
		}
		return rt.MakeInt(int64(fn())), nil
	})
}

func osGetenv(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var key rt.Value
	var def rt.Value = rt.None
	if err := rt.UnpackArgs("getenv", args, kwargs, "key", &key, "default?", &def); err != nil {
		return nil, err
	}
	if _, ok := key.(rt.Str); !ok {
		return nil, rt.NewError(rt.TypeErrorType, "str expected, not %s", rt.TypeName(key))
	}
	v, ok, err := osEnviron().Get(th, key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return def, nil
	}
	return v, nil
}

func osPutenv(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var k, v string
	if err := rt.UnpackArgs("putenv", args, kwargs, "name", &k, "value", &v); err != nil {
		return nil, err
	}
	os.Setenv(k, v)
	return rt.None, nil
}

func osUnsetenv(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var k string
	if err := rt.UnpackArgs("unsetenv", args, kwargs, "name", &k); err != nil {
		return nil, err
	}
	os.Unsetenv(k)
	return rt.None, nil
}

// environList returns os.environ as KEY=VALUE strings for a child.
func environList(th *rt.Thread, env rt.Value) ([]string, error) {
	d, ok := instBase(env).(*rt.Dict)
	if !ok {
		if env == rt.None {
			d = osEnviron()
		} else {
			items, err := rt.CallMethod(th, env, "items", nil, nil)
			if err != nil {
				return nil, err
			}
			d = rt.NewDict()
			if err := d.Update(th, items); err != nil {
				return nil, err
			}
		}
	}
	var out []string
	for _, kv := range d.Items() {
		k, err := rt.ToStr(th, kv[0])
		if err != nil {
			return nil, err
		}
		v, err := rt.ToStr(th, kv[1])
		if err != nil {
			return nil, err
		}
		out = append(out, k+"="+v)
	}
	return out, nil
}

func optPath(th *rt.Thread, fname string, args []rt.Value, kwargs []rt.KwArg) (string, error) {
	var pv rt.Value = rt.Str(".")
	if err := rt.UnpackArgs(fname, args, kwargs, "path?", &pv); err != nil {
		return "", err
	}
	if pv == rt.None {
		return ".", nil
	}
	return pathArg(th, fname, pv)
}

func readDir(p string) ([]os.DirEntry, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, osErr(err, p)
	}
	defer f.Close()
	st, err := f.Stat()
	if err == nil && !st.IsDir() {
		return nil, rt.NewOSError(rt.NotADirectoryErrorType, int(syscall.ENOTDIR), "Not a directory", p)
	}
	ents, err := f.ReadDir(-1)
	if err != nil {
		return nil, osErr(err, p)
	}
	return ents, nil
}

func osListdir(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	p, err := optPath(th, "listdir", args, kwargs)
	if err != nil {
		return nil, err
	}
	ents, err := readDir(p)
	if err != nil {
		return nil, err
	}
	names := make([]rt.Value, len(ents))
	for i, e := range ents {
		names[i] = rt.Str(e.Name())
	}
	return rt.NewList(names), nil
}

func newDirEntry(dir string, e os.DirEntry) *recObj {
	osTypesSetup.Do(setupOSTypes)
	o := newRec(dirEntryType, e)
	o.set("name", rt.Str(e.Name()), false)
	o.set("path", rt.Str(posixJoin(dir, e.Name())), false)
	return o
}

func osScandir(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	p, err := optPath(th, "scandir", args, kwargs)
	if err != nil {
		return nil, err
	}
	ents, err := readDir(p)
	if err != nil {
		return nil, err
	}
	i := 0
	return &iterObject{typ: scandirIterType(), next: func(th *rt.Thread) (rt.Value, bool, error) {
		if i >= len(ents) {
			return nil, false, nil
		}
		e := ents[i]
		i++
		return newDirEntry(p, e), true, nil
	}}, nil
}

// osWalk is os.walk(top, topdown=True, onerror=None, followlinks=False):
// an iterator that descends lazily, so a top-down caller may prune the
// dirnames list it was given.
func osWalk(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var top rt.Value
	topdown := true
	var onerror rt.Value = rt.None
	followlinks := false
	if err := rt.UnpackArgs("walk", args, kwargs, "top", &top, "topdown?", &topdown, "onerror?", &onerror, "followlinks?", &followlinks); err != nil {
		return nil, err
	}
	root, err := pathArg(th, "walk", top)
	if err != nil {
		return nil, err
	}
	type frame struct {
		dir   string
		dirs  *rt.List
		files *rt.List
	}
	list := func(th *rt.Thread, dir string) (*frame, error) {
		ents, err := readDir(dir)
		if err != nil {
			if onerror != rt.None {
				if _, cerr := rt.Call(th, onerror, []rt.Value{err.(rt.Value)}, nil); cerr != nil {
					return nil, cerr
				}
			}
			return nil, nil
		}
		var dirs, files []string
		for _, e := range ents {
			isDir := e.IsDir()
			if e.Type()&os.ModeSymlink != 0 {
				if st, err := os.Stat(posixJoin(dir, e.Name())); err == nil && st.IsDir() {
					isDir = true
				}
			}
			if isDir {
				dirs = append(dirs, e.Name())
			} else {
				files = append(files, e.Name())
			}
		}
		return &frame{dir, strList(dirs), strList(files)}, nil
	}
	yield := func(f *frame) rt.Value {
		return rt.NewTuple([]rt.Value{rt.Str(f.dir), f.dirs, f.files})
	}
	descend := func(f *frame) []string {
		var subs []string
		for _, v := range f.dirs.Snapshot() {
			s, ok := v.(rt.Str)
			if !ok {
				continue
			}
			p := posixJoin(f.dir, string(s))
			if !followlinks {
				if st, err := os.Lstat(p); err == nil && st.Mode()&os.ModeSymlink != 0 {
					continue
				}
			}
			subs = append(subs, p)
		}
		return subs
	}
	if topdown {
		// stack of directories still to visit; a directory's children
		// are computed after its tuple was consumed.
		pending := []string{root}
		var last *frame
		return &iterObject{typ: scandirIterType(), next: func(th *rt.Thread) (rt.Value, bool, error) {
			if last != nil {
				subs := descend(last)
				for i := len(subs) - 1; i >= 0; i-- {
					pending = append(pending, subs[i])
				}
				last = nil
			}
			for len(pending) > 0 {
				dir := pending[len(pending)-1]
				pending = pending[:len(pending)-1]
				f, err := list(th, dir)
				if err != nil {
					return nil, false, err
				}
				if f == nil {
					continue
				}
				last = f
				return yield(f), true, nil
			}
			return nil, false, nil
		}}, nil
	}
	// Bottom-up: compute everything first.
	var out []rt.Value
	var visit func(dir string) error
	visit = func(dir string) error {
		f, err := list(th, dir)
		if err != nil || f == nil {
			return err
		}
		for _, s := range descend(f) {
			if err := visit(s); err != nil {
				return err
			}
		}
		out = append(out, yield(f))
		return nil
	}
	if err := visit(root); err != nil {
		return nil, err
	}
	i := 0
	return &iterObject{typ: scandirIterType(), next: func(th *rt.Thread) (rt.Value, bool, error) {
		if i >= len(out) {
			return nil, false, nil
		}
		i++
		return out[i-1], true, nil
	}}, nil
}

func osMkdir(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var pv rt.Value
	mode := 0o777
	if err := rt.UnpackArgs("mkdir", args, kwargs, "path", &pv, "mode?", &mode); err != nil {
		return nil, err
	}
	p, err := pathArg(th, "mkdir", pv)
	if err != nil {
		return nil, err
	}
	return rt.None, osErr(syscall.Mkdir(p, uint32(mode)), p)
}

func osMakedirs(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var pv rt.Value
	mode := 0o777
	existOK := false
	if err := rt.UnpackArgs("makedirs", args, kwargs, "name", &pv, "mode?", &mode, "exist_ok?", &existOK); err != nil {
		return nil, err
	}
	p, err := pathArg(th, "makedirs", pv)
	if err != nil {
		return nil, err
	}
	return rt.None, makedirs(p, mode, existOK)
}

func makedirs(p string, mode int, existOK bool) error {
	if st, err := os.Stat(p); err == nil {
		if existOK && st.IsDir() {
			return nil
		}
		return rt.NewOSError(rt.FileExistsErrorType, int(syscall.EEXIST), "File exists", p)
	}
	head, tail := posixSplit(p)
	if tail == "" {
		head, _ = posixSplit(head)
	}
	if head != "" && tail != "" {
		if _, err := os.Stat(head); err != nil {
			if err := makedirs(head, mode, true); err != nil {
				return err
			}
		}
	}
	if err := syscall.Mkdir(p, uint32(mode)); err != nil {
		if err == syscall.EEXIST && existOK {
			if st, serr := os.Stat(p); serr == nil && st.IsDir() {
				return nil
			}
		}
		return osErr(err, p)
	}
	return nil
}

func osRemoveFile(p string) (rt.Value, error) {
	if st, err := os.Lstat(p); err == nil && st.IsDir() {
		return nil, rt.NewOSError(rt.IsADirectoryErrorType, int(syscall.EISDIR), "Is a directory", p)
	}
	return rt.None, osErr(syscall.Unlink(p), p)
}

func osRename(a, b string) error {
	return syscall.Rename(a, b)
}

func osStat(th *rt.Thread, fname string, args []rt.Value, kwargs []rt.KwArg, lstat bool) (rt.Value, error) {
	var pv rt.Value
	follow := true
	if err := rt.UnpackArgs(fname, args, kwargs, "path", &pv, "*", "dir_fd?", new(rt.Value), "follow_symlinks?", &follow); err != nil {
		return nil, err
	}
	if n, ok := pv.(rt.Int); ok {
		var st syscall.Stat_t
		if err := syscall.Fstat(int(n), &st); err != nil {
			return nil, osErr(err, "")
		}
		return statResult(&st), nil
	}
	p, err := pathArg(th, fname, pv)
	if err != nil {
		return nil, err
	}
	return osStatPath(p, lstat || !follow)
}

func osStatPath(p string, lstat bool) (rt.Value, error) {
	var st syscall.Stat_t
	var err error
	if lstat {
		err = syscall.Lstat(p, &st)
	} else {
		err = syscall.Stat(p, &st)
	}
	if err != nil {
		return nil, osErr(err, p)
	}
	return statResult(&st), nil
}

func statResult(st *syscall.Stat_t) rt.Value {
	osTypesSetup.Do(setupOSTypes)
	o := newRec(statResultType, nil)
	ints := []struct {
		name string
		v    int64
	}{
		{"st_mode", int64(st.Mode)}, {"st_ino", int64(st.Ino)}, {"st_dev", int64(st.Dev)},
		{"st_nlink", int64(st.Nlink)}, {"st_uid", int64(st.Uid)}, {"st_gid", int64(st.Gid)},
		{"st_size", st.Size},
	}
	var items []rt.Value
	for _, f := range ints {
		o.set(f.name, rt.MakeInt(f.v), true)
		items = append(items, rt.MakeInt(f.v))
	}
	times := []struct {
		name string
		ts   syscall.Timespec
	}{{"st_atime", st.Atim}, {"st_mtime", st.Mtim}, {"st_ctime", st.Ctim}}
	for _, t := range times {
		ns := t.ts.Sec*1e9 + t.ts.Nsec
		o.set(t.name, rt.MakeInt(t.ts.Sec), true)
		items = append(items, rt.MakeInt(t.ts.Sec))
		o.attrs.SetStr(t.name, rt.Float(float64(ns)/1e9))
		o.attrs.SetStr(t.name+"_ns", rt.MakeInt(ns))
	}
	o.attrs.SetStr("st_blksize", rt.MakeInt(int64(st.Blksize)))
	o.attrs.SetStr("st_blocks", rt.MakeInt(st.Blocks))
	o.data = rt.NewTuple(items)
	return o
}

// ---- raw descriptors ----

func osPipe(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := rt.UnpackArgs("pipe", args, kwargs); err != nil {
		return nil, err
	}
	r, w, err := os.Pipe()
	if err != nil {
		return nil, rt.IOError(err, "")
	}
	return tuple2(rt.MakeInt(int64(fdRegister(r))), rt.MakeInt(int64(fdRegister(w)))), nil
}

func osOpen(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var pv rt.Value
	var flags int
	mode := 0o777
	if err := rt.UnpackArgs("open", args, kwargs, "path", &pv, "flags", &flags, "mode?", &mode); err != nil {
		return nil, err
	}
	p, err := pathArg(th, "open", pv)
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(p, flags, os.FileMode(mode))
	if err != nil {
		return nil, osErr(err, p)
	}
	return rt.MakeInt(int64(fdRegister(f))), nil
}

func osRead(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var fd, n int
	if err := rt.UnpackArgs("read", args, kwargs, "fd", &fd, "length", &n, "/"); err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, rt.NewError(rt.ValueErrorType, "negative length")
	}
	buf := make([]byte, n)
	if f, ok := fdFile(fd); ok {
		var got int
		var err error
		if rt.IsPollable(f) {
			got, err = rt.ReadCancellable(th, f, f, buf, time.Time{}, "os.read(fd "+itoaInt(fd)+")", rt.None)
		} else {
			got, err = f.Read(buf)
		}
		if err == io.EOF {
			return rt.Bytes(""), nil
		}
		if err != nil {
			return nil, rt.IOError(err, "")
		}
		return rt.Bytes(buf[:got]), nil
	}
	got, err := readRawFd(th, fd, buf)
	if err != nil {
		return nil, err
	}
	return rt.Bytes(buf[:got]), nil
}

// readRawFd reads a descriptor Spindle did not open (0, inherited ones,
// one that open(fd) took over): a regular file directly, anything else
// through the descriptor's FdReader (os_fd.go), so that the wait is
// cancellable and a cancelled read loses no data.
func readRawFd(th *rt.Thread, fd int, buf []byte) (int, error) {
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG {
		n, err := syscall.Read(fd, buf)
		if err != nil {
			return 0, rt.IOError(err, "")
		}
		return n, nil
	}
	n, err := rawReader(fd).Read(th, buf, "os.read(fd "+itoaInt(fd)+")")
	if err == io.EOF {
		return 0, nil
	}
	if err != nil {
		return 0, rt.IOError(err, "")
	}
	return n, nil
}

func itoaInt(n int) string { return strconv.Itoa(n) }

func osWrite(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var fd int
	var data rt.Value
	if err := rt.UnpackArgs("write", args, kwargs, "fd", &fd, "data", &data, "/"); err != nil {
		return nil, err
	}
	b, err := bytesArg(data)
	if err != nil {
		return nil, err
	}
	if f, ok := fdFile(fd); ok {
		var n int
		if rt.IsPollable(f) {
			n, err = rt.WriteCancellable(th, f, f, b, time.Time{}, "os.write(fd "+itoaInt(fd)+")", rt.None)
		} else {
			n, err = f.Write(b)
		}
		if err != nil {
			return nil, rt.IOError(err, "")
		}
		return rt.MakeInt(int64(n)), nil
	}
	if fd == 1 {
		rt.Stdout.Flush()
	}
	n, werr := syscall.Write(fd, b)
	if werr != nil {
		return nil, rt.IOError(werr, "")
	}
	return rt.MakeInt(int64(n)), nil
}

func bytesArg(v rt.Value) ([]byte, error) {
	switch b := v.(type) {
	case rt.Bytes:
		return []byte(b), nil
	}
	if bb, ok := v.(rt.BytesLike); ok {
		return []byte(bb.BytesData()), nil
	}
	return nil, rt.NewError(rt.TypeErrorType, "a bytes-like object is required, not '%s'", rt.TypeName(v))
}

func osClose(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var fd int
	if err := rt.UnpackArgs("close", args, kwargs, "fd", &fd); err != nil {
		return nil, err
	}
	if f := fdTake(fd); f != nil {
		return rt.None, osErr(f.Close(), "")
	}
	dropRawReader(fd)
	return rt.None, osErr(syscall.Close(fd), "")
}

// sortedNames is used by tests and glob for a stable order.
func sortedNames(ents []os.DirEntry) []string {
	names := make([]string, len(ents))
	for i, e := range ents {
		names[i] = e.Name()
	}
	sort.Strings(names)
	return names
}
