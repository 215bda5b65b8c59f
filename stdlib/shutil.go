package stdlib

import (
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"

	rt "github.com/spindle-lang/spindle/runtime"
)

// shutil: copyfile, copy, copy2, copytree, rmtree, move, which,
// disk_usage. Copies are plain read/write loops (Go's io.Copy uses
// copy_file_range/sendfile on Linux where it can).

var sameFileErrorType = newModExc("SameFileError", "shutil", rt.OSErrorType)

// loadShutilModule makes the shutil module (registered in modules.go).
func loadShutilModule() *rt.Module {
	setupShutilTypes()
	m := rt.NewModule("shutil")
	m.Dict.SetStr("SameFileError", sameFileErrorType)
	m.Dict.SetStr("Error", rt.OSErrorType)
	addFuncs(m,
		copyFunc("copyfile", false, false),
		copyFunc("copy", true, false),
		copyFunc("copy2", true, true),
		rt.NewFunc("copymode", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			src, dst, err := twoPaths(th, "copymode", args, kwargs)
			if err != nil {
				return nil, err
			}
			st, err := os.Stat(src)
			if err != nil {
				return nil, osErr(err, src)
			}
			return rt.None, osErr(os.Chmod(dst, st.Mode()), dst)
		}),
		rt.NewFunc("copytree", shutilCopytree),
		rt.NewFunc("rmtree", shutilRmtree),
		rt.NewFunc("move", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			src, dst, err := twoPaths(th, "move", args, kwargs)
			if err != nil {
				return nil, err
			}
			if st, err := os.Stat(dst); err == nil && st.IsDir() {
				_, base := posixSplit(strings.TrimRight(src, "/"))
				dst = posixJoin(dst, base)
				if _, err := os.Lstat(dst); err == nil {
					return nil, rt.NewError(rt.OSErrorType, "Destination path '%s' already exists", dst)
				}
			}
			if err := os.Rename(src, dst); err != nil {
				st, serr := os.Lstat(src)
				if serr != nil {
					return nil, osErr(serr, src)
				}
				if st.IsDir() {
					if err := copyTree(src, dst, false); err != nil {
						return nil, err
					}
					if err := os.RemoveAll(src); err != nil {
						return nil, osErr(err, src)
					}
				} else {
					if err := copyFile(src, dst, true); err != nil {
						return nil, err
					}
					os.Remove(src)
				}
			}
			return rt.Str(dst), nil
		}),
		rt.NewFunc("which", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var cmd string
			var mode, path rt.Value = rt.None, rt.None
			if err := rt.UnpackArgs("which", args, kwargs, "cmd", &cmd, "mode?", &mode, "path?", &path); err != nil {
				return nil, err
			}
			if strings.Contains(cmd, "/") {
				if st, err := os.Stat(cmd); err == nil && !st.IsDir() && syscall.Access(cmd, 1) == nil {
					return rt.Str(cmd), nil
				}
				return rt.None, nil
			}
			dirs := os.Getenv("PATH")
			if v, ok := osEnviron().GetStr("PATH"); ok {
				dirs = string(v.(rt.Str))
			}
			if s, ok := path.(rt.Str); ok {
				dirs = string(s)
			}
			for _, d := range strings.Split(dirs, ":") {
				if d == "" {
					continue
				}
				p := posixJoin(d, cmd)
				if st, err := os.Stat(p); err == nil && !st.IsDir() && syscall.Access(p, 1) == nil {
					return rt.Str(p), nil
				}
			}
			return rt.None, nil
		}),
		rt.NewFunc("disk_usage", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var pv rt.Value
			if err := rt.UnpackArgs("disk_usage", args, kwargs, "path", &pv); err != nil {
				return nil, err
			}
			p, err := pathArg(th, "disk_usage", pv)
			if err != nil {
				return nil, err
			}
			var s syscall.Statfs_t
			if err := syscall.Statfs(p, &s); err != nil {
				return nil, osErr(err, p)
			}
			bs := int64(s.Bsize)
			total, free := int64(s.Blocks)*bs, int64(s.Bavail)*bs
			used := (int64(s.Blocks) - int64(s.Bfree)) * bs
			return rt.NewTuple([]rt.Value{rt.MakeInt(total), rt.MakeInt(used), rt.MakeInt(free)}), nil
		}),
	)
	return m
}

// shutilSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var shutilSetup sync.Once

func setupShutilTypes() { shutilSetup.Do(initShutilTypes) }

func initShutilTypes() {
	_ = exec.LookPath
}

func twoPaths(th *rt.Thread, fname string, args []rt.Value, kwargs []rt.KwArg) (string, string, error) {
	var av, bv rt.Value
	follow := true
	if err := rt.UnpackArgs(fname, args, kwargs, "src", &av, "dst", &bv, "*", "follow_symlinks?", &follow, "copy_function?", new(rt.Value)); err != nil {
		return "", "", err
	}
	a, err := pathArg(th, fname, av)
	if err != nil {
		return "", "", err
	}
	b, err := pathArg(th, fname, bv)
	if err != nil {
		return "", "", err
	}
	return a, b, nil
}

func copyFunc(name string, intoDir, times bool) *rt.Builtin {
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		src, dst, err := twoPaths(th, name, args, kwargs)
		if err != nil {
			return nil, err
		}
		if intoDir {
			if st, err := os.Stat(dst); err == nil && st.IsDir() {
				_, base := posixSplit(src)
				dst = posixJoin(dst, base)
			}
		}
		if err := copyFile(src, dst, intoDir); err != nil {
			return nil, err
		}
		if times {
			if st, err := os.Stat(src); err == nil {
				os.Chtimes(dst, st.ModTime(), st.ModTime())
			}
		}
		if _, ok := args[1].(*pathObj); ok && !intoDir {
			return args[1], nil
		}
		return rt.Str(dst), nil
	})
}

func copyFile(src, dst string, mode bool) error {
	in, err := os.Open(src)
	if err != nil {
		return osErr(err, src)
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return osErr(err, src)
	}
	if st.IsDir() {
		return rt.NewOSError(rt.IsADirectoryErrorType, int(syscall.EISDIR), "Is a directory", src)
	}
	if dst2, err := os.Stat(dst); err == nil && os.SameFile(st, dst2) {
		return rt.NewError(sameFileErrorType, "'%s' and '%s' are the same file", src, dst)
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o666)
	if err != nil {
		return osErr(err, dst)
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return osErr(err, dst)
	}
	if err := out.Close(); err != nil {
		return osErr(err, dst)
	}
	if mode {
		os.Chmod(dst, st.Mode().Perm())
	}
	return nil
}

func copyTree(src, dst string, existOK bool) error {
	ents, err := readDir(src)
	if err != nil {
		return err
	}
	if err := makedirs(dst, 0o777, existOK); err != nil {
		return err
	}
	for _, e := range ents {
		s, d := posixJoin(src, e.Name()), posixJoin(dst, e.Name())
		if e.IsDir() {
			if err := copyTree(s, d, existOK); err != nil {
				return err
			}
		} else if err := copyFile(s, d, true); err != nil {
			return err
		}
	}
	return nil
}

func shutilCopytree(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var av, bv rt.Value
	existOK := false
	var ignored rt.Value
	if err := rt.UnpackArgs("copytree", args, kwargs, "src", &av, "dst", &bv, "symlinks?", &ignored, "ignore?", &ignored,
		"copy_function?", &ignored, "ignore_dangling_symlinks?", &ignored, "dirs_exist_ok?", &existOK); err != nil {
		return nil, err
	}
	a, err := pathArg(th, "copytree", av)
	if err != nil {
		return nil, err
	}
	b, err := pathArg(th, "copytree", bv)
	if err != nil {
		return nil, err
	}
	if err := copyTree(a, b, existOK); err != nil {
		return nil, err
	}
	return rt.Str(b), nil
}

func shutilRmtree(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var pv rt.Value
	ignore := false
	var onerror rt.Value = rt.None
	if err := rt.UnpackArgs("rmtree", args, kwargs, "path", &pv, "ignore_errors?", &ignore, "onerror?", &onerror); err != nil {
		return nil, err
	}
	p, err := pathArg(th, "rmtree", pv)
	if err != nil {
		return nil, err
	}
	st, err := os.Lstat(p)
	if err != nil {
		if ignore {
			return rt.None, nil
		}
		return nil, osErr(err, p)
	}
	if st.Mode()&os.ModeSymlink != 0 {
		if ignore {
			return rt.None, nil
		}
		return nil, rt.NewError(rt.OSErrorType, "Cannot call rmtree on a symbolic link")
	}
	if !st.IsDir() {
		if ignore {
			return rt.None, nil
		}
		return nil, rt.NewOSError(rt.NotADirectoryErrorType, int(syscall.ENOTDIR), "Not a directory", p)
	}
	if err := os.RemoveAll(p); err != nil && !ignore {
		return nil, osErr(err, p)
	}
	return rt.None, nil
}
