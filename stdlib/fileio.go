package stdlib

import (
	"os"
	"strings"
	"syscall"

	rt "github.com/spindle-lang/spindle/runtime"
)

// open(): text and binary files over runtime.File. This is the minimal
// version of the core language; the I/O work extends it (newline=,
// buffering=, encodings other than UTF-8, opener=).

func init() {
	register(rt.NewFunc("open", builtinOpen))
}

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

func builtinOpen(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var file rt.Value
	mode := "r"
	var buffering rt.Value = rt.MakeInt(-1)
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
	if binary && encoding != rt.None {
		return nil, rt.NewError(rt.ValueErrorType, "binary mode doesn't take an encoding argument")
	}
	if binary && errors != rt.None {
		return nil, rt.NewError(rt.ValueErrorType, "binary mode doesn't take an errors argument")
	}
	if binary && newline != rt.None {
		return nil, rt.NewError(rt.ValueErrorType, "binary mode doesn't take a newline argument")
	}
	if encoding != rt.None {
		if _, ok := encoding.(rt.Str); !ok {
			return nil, rt.NewError(rt.TypeErrorType, "open() argument 'encoding' must be str or None, not %s", rt.TypeName(encoding))
		}
	}
	var f *os.File
	switch x := file.(type) {
	case rt.Str:
		f, err = os.OpenFile(string(x), flags, 0o666)
		if err != nil {
			return nil, rt.OSErrorFromGo(err, string(x))
		}
		if st, err := f.Stat(); err == nil && st.IsDir() {
			f.Close()
			return nil, rt.NewOSError(rt.IsADirectoryErrorType, int(syscall.EISDIR), "Is a directory", string(x))
		}
	case rt.Int:
		f = os.NewFile(uintptr(x), "fd")
		if f == nil {
			return nil, rt.NewOSError(rt.OSErrorType, int(syscall.EBADF), "Bad file descriptor", "")
		}
	default:
		return nil, rt.NewError(rt.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", rt.TypeName(file))
	}
	return rt.NewFile(f, file, mode), nil
}
