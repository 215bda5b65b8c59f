package stdlib

import (
	"os"
	"strings"
	"syscall"

	rt "github.com/spindle-lang/spindle/runtime"
)

// open(): text and binary files over runtime.File, on paths and on file
// descriptors (open(fd, "rb")), with encoding= (utf-8, utf-8-sig,
// latin-1, ascii), errors=, newline=, buffering= (0 unbuffered binary, 1
// line-buffered text), closefd= and opener=.
//
// A descriptor that os.pipe()/os.open() made is taken from the os
// module's table with the *os.File Go registered with its poller, so
// reads of the pipe stay cancellable; a foreign descriptor is switched
// to non-blocking mode when it is a pipe, FIFO or socket, which makes
// os.NewFile register it (a terminal is read by a helper goroutine
// instead, see runtime.bgReader). The builtin is registered in
// modules.go.

// parseMode validates open()'s mode string and returns the os.OpenFile
// flags.
func parseMode(mode string) (int, error) {
	seen := map[rune]bool{}
	kinds := 0
	for _, c := range mode {
		if !strings.ContainsRune("rwxabt+", c) || seen[c] {
			return 0, rt.NewError(rt.ValueErrorType, "invalid mode: '%s'", mode)
		}
		seen[c] = true
		if strings.ContainsRune("rwxa", c) {
			kinds++
		}
	}
	if kinds != 1 {
		return 0, rt.NewError(rt.ValueErrorType, "must have exactly one of create/read/write/append mode")
	}
	if seen['b'] && seen['t'] {
		return 0, rt.NewError(rt.ValueErrorType, "can't have text and binary mode at once")
	}
	var flags int
	switch {
	case seen['r']:
		flags = os.O_RDONLY
	case seen['w']:
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	case seen['x']:
		flags = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	case seen['a']:
		flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	}
	if seen['+'] {
		flags = flags&^(os.O_WRONLY|os.O_RDONLY) | os.O_RDWR
	}
	return flags, nil
}

func optStr(fname, pname string, v rt.Value) (string, bool, error) {
	if v == rt.None {
		return "", false, nil
	}
	s, ok := v.(rt.Str)
	if !ok {
		return "", false, rt.NewError(rt.TypeErrorType, "%s() argument '%s' must be str or None, not %s", fname, pname, rt.TypeName(v))
	}
	return string(s), true, nil
}

func builtinOpen(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var file rt.Value
	mode := "r"
	buffering := -1
	var encoding, errors, newline rt.Value = rt.None, rt.None, rt.None
	closefd := true
	var opener rt.Value = rt.None
	if err := rt.UnpackArgs("open", args, kwargs, "file", &file, "mode?", &mode, "buffering?", &buffering,
		"encoding?", &encoding, "errors?", &errors, "newline?", &newline, "closefd?", &closefd, "opener?", &opener); err != nil {
		return nil, err
	}
	flags, err := parseMode(mode)
	if err != nil {
		return nil, err
	}
	binary := strings.Contains(mode, "b")
	opts := rt.FileOptions{Buffering: buffering, NoClose: !closefd}
	enc, hasEnc, err := optStr("open", "encoding", encoding)
	if err != nil {
		return nil, err
	}
	errs, hasErrs, err := optStr("open", "errors", errors)
	if err != nil {
		return nil, err
	}
	nl, hasNl, err := optStr("open", "newline", newline)
	if err != nil {
		return nil, err
	}
	if binary && hasEnc {
		return nil, rt.NewError(rt.ValueErrorType, "binary mode doesn't take an encoding argument")
	}
	if binary && hasErrs {
		return nil, rt.NewError(rt.ValueErrorType, "binary mode doesn't take an errors argument")
	}
	if binary && hasNl {
		return nil, rt.NewError(rt.ValueErrorType, "binary mode doesn't take a newline argument")
	}
	if !binary && buffering == 0 {
		return nil, rt.NewError(rt.ValueErrorType, "can't have unbuffered text I/O")
	}
	if hasNl && nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n" {
		return nil, rt.NewError(rt.ValueErrorType, "illegal newline value: %s", nl)
	}
	if hasEnc {
		if rt.NormalizeEncoding(enc) == "" {
			return nil, rt.NewError(rt.LookupErrorType, "unknown encoding: %s", enc)
		}
		opts.Encoding = enc
	}
	opts.Errors = errs
	if hasNl {
		opts.Newline = &nl
	}
	var f *os.File
	switch x := file.(type) {
	case rt.Str:
		if !closefd {
			return nil, rt.NewError(rt.ValueErrorType, "Cannot use closefd=False with file name")
		}
		f, err = openPath(th, string(x), flags, opener)
		if err != nil {
			return nil, err
		}
	case rt.Int, rt.Bool:
		fd, _ := rt.AsInt64(x)
		if fd < 0 {
			return nil, rt.NewError(rt.ValueErrorType, "negative file descriptor")
		}
		var owned bool
		if f, owned = fdForOpen(int(fd), closefd); f == nil {
			return nil, errBadFd()
		}
		opts.NoClose = !owned
	default:
		if p, ok := file.(*pathObj); ok {
			return builtinOpen(th, append([]rt.Value{rt.Str(p.path)}, args[1:]...), kwargs)
		}
		return nil, rt.NewError(rt.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", rt.TypeName(file))
	}
	return rt.NewFileWith(f, file, mode, opts), nil
}

// openPath opens a file by name (through opener(path, flags) when given).
func openPath(th *rt.Thread, path string, flags int, opener rt.Value) (*os.File, error) {
	if opener != rt.None {
		v, err := rt.Call(th, opener, []rt.Value{rt.Str(path), rt.MakeInt(int64(flags | syscall.O_CLOEXEC))}, nil)
		if err != nil {
			return nil, err
		}
		fd, ok := rt.AsInt64(v)
		if !ok {
			return nil, rt.NewError(rt.TypeErrorType, "expected an integer from opener")
		}
		if fd < 0 {
			return nil, rt.NewError(rt.ValueErrorType, "opener returned %d", fd)
		}
		if f, _ := fdForOpen(int(fd), true); f != nil {
			return f, nil
		}
		return nil, errBadFd()
	}
	if st, err := os.Stat(path); err == nil && st.Mode()&os.ModeNamedPipe != 0 {
		return openFIFO(th, path, flags)
	}
	f, err := rt.RetryOpen(func() (*os.File, error) { return os.OpenFile(path, flags, 0o666) })
	if err != nil {
		return nil, rt.IOError(err, path)
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, rt.NewOSError(rt.IsADirectoryErrorType, int(syscall.EISDIR), "Is a directory", path)
	}
	return f, nil
}

// fdForOpen returns the *os.File for open(fd): the os module's own file
// for the descriptor when it made it, else a new one over fd (over a
// duplicate of fd with closefd=False). owned says whether closing the
// file object must close the *os.File.
func fdForOpen(fd int, closefd bool) (f *os.File, owned bool) {
	if closefd {
		if f := fdTake(fd); f != nil {
			return f, true
		}
	} else if f := fdLookup(fd); f != nil {
		return f, false
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return nil, false
	}
	if !closefd {
		// The file object must never close fd, not even through the
		// *os.File finalizer: it owns a duplicate instead.
		dup, err := syscall.Dup(fd)
		if err != nil {
			return nil, false
		}
		syscall.CloseOnExec(dup)
		fd = dup
	}
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFIFO, syscall.S_IFSOCK:
		syscall.SetNonblock(fd, true)
	}
	return os.NewFile(uintptr(fd), "fd"), true
}

// openFIFO opens a named pipe. Opening one end blocks until the other
// end is opened, so the open runs on a helper goroutine and the thread
// waits cancellably; on cancellation the helper is released by opening
// the other end ourselves (non-blocking) and the file is closed.
func openFIFO(th *rt.Thread, path string, flags int) (*os.File, error) {
	type res struct {
		f   *os.File
		err error
	}
	ch := make(chan res, 1)
	go func() {
		f, err := os.OpenFile(path, flags, 0o666)
		ch <- res{f, err}
	}()
	var r res
	err := th.Block("opening FIFO '"+path+"'", rt.None, func(cancel <-chan struct{}) error {
		select {
		case r = <-ch:
			return nil
		case <-cancel:
			other := os.O_RDONLY
			if flags&(os.O_WRONLY|os.O_RDWR) == 0 {
				other = os.O_WRONLY
			}
			if fd, err := syscall.Open(path, other|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0); err == nil {
				r = <-ch
				syscall.Close(fd)
			} else {
				go func() {
					if x := <-ch; x.f != nil {
						x.f.Close()
					}
				}()
				return rt.NewCancelled()
			}
			if r.f != nil {
				r.f.Close()
			}
			return rt.NewCancelled()
		}
	})
	if err != nil {
		return nil, err
	}
	if r.err != nil {
		return nil, rt.IOError(r.err, path)
	}
	return r.f, nil
}

// openOf returns the open() builtin of th's interpreter, which a
// sandboxed one does not have: then the modules that open files for the
// program (logging.FileHandler, argparse.FileType) cannot either.
func openOf(th *rt.Thread) (rt.Value, error) {
	if open, ok := th.Env().Builtins.GetStr("open"); ok {
		return open, nil
	}
	return nil, rt.NewError(rt.PermissionErrorType, "opening files is not allowed in this interpreter")
}
