package runtime

import (
	"io"
	"strings"
)

// BufferView is a text file's binary layer, its `buffer` attribute
// (sys.stdin.buffer, sys.stdout.buffer): bytes read and written through
// it go through the text file's own read and write buffers under the
// text file's lock, so text and binary writes keep their order and a
// line read as bytes is not also read as text. Its methods are
// cancellable checkpoints like the text file's.
type BufferView struct {
	f *File
}

// Types of buffer views: CPython's names (not the classes of open()'s
// binary files, whose methods take a *File).
var (
	bufferReaderType = newFileType("BufferedReader")
	bufferWriterType = newFileType("BufferedWriter")
	bufferRandomType = newFileType("BufferedRandom")
)

// bufferView returns f's binary layer.
func (f *File) bufferView() *BufferView {
	if v := f.buffer.Load(); v != nil {
		return v
	}
	f.buffer.CompareAndSwap(nil, &BufferView{f: f})
	return f.buffer.Load()
}

// Type returns the io class matching the file's mode.
func (v *BufferView) Type() *Type {
	switch {
	case v.f.readable && v.f.writable:
		return bufferRandomType
	case v.f.readable:
		return bufferReaderType
	}
	return bufferWriterType
}

// Repr is <_io.BufferedWriter name='<stdout>'>.
func (v *BufferView) Repr(th *Thread) (string, error) {
	n, err := Repr(th, v.f.name)
	if err != nil {
		return "", err
	}
	return "<_io." + v.Type().Name() + " name=" + n + ">", nil
}

// GetAttr implements name, mode, closed and raw.
func (v *BufferView) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "name", "closed":
		return v.f.GetAttr(th, name)
	case "mode":
		return Str(strings.ReplaceAll(v.f.mode, "t", "") + "b"), nil
	case "raw":
		return v, nil
	}
	return nil, nil
}

// Iter returns the view: it iterates over lines of bytes.
func (v *BufferView) Iter(th *Thread) (Iterator, error) {
	if v.f.Closed() {
		return nil, errFileClosed()
	}
	return v, nil
}

// Next reads the next line for `for line in sys.stdin.buffer`.
func (v *BufferView) Next(th *Thread) (Value, bool, error) {
	line, err := v.readLine(th, -1)
	if err != nil || line == "" {
		return nil, false, err
	}
	return Bytes(line), true, nil
}

// locked runs fn with the text file locked for a read (pending output
// flushed first, as the text file's reads do).
func (v *BufferView) locked(th *Thread, read bool, fn func(f *File) error) error {
	f := v.f
	if read && f.flushFirst != nil {
		f.flushFirst.Flush()
	}
	if err := f.lock(th); err != nil {
		return err
	}
	defer f.unlock()
	if read {
		if err := f.beforeRead(); err != nil {
			return err
		}
	}
	return fn(f)
}

func (v *BufferView) readLine(th *Thread, size int) (line string, err error) {
	err = v.locked(th, true, func(f *File) error {
		line, err = f.readBinaryLine(size)
		return err
	})
	return line, err
}

// read1 returns up to size bytes (size < 0: what is buffered) with at
// most one read of the OS, and only when nothing is buffered.
func (v *BufferView) read1(th *Thread, size int) (data Value, err error) {
	err = v.locked(th, true, func(f *File) error {
		if size == 0 {
			data = Bytes("")
			return nil
		}
		if f.r.Buffered() == 0 {
			if _, err := f.r.Peek(1); err != nil && err != io.EOF {
				return IOError(err, "")
			}
		}
		n := f.r.Buffered()
		if size >= 0 && size < n {
			n = size
		}
		buf := make([]byte, n)
		io.ReadFull(f.r, buf)
		data = Bytes(buf)
		return nil
	})
	return data, err
}

func (v *BufferView) write(th *Thread, b Value) (int, error) {
	var data string
	switch x := b.(type) {
	case Bytes:
		data = string(x)
	case BytesLike:
		data = x.BytesData()
	default:
		return 0, NewError(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(b))
	}
	if v.f.flushFirst != nil {
		v.f.flushFirst.Flush()
	}
	err := v.locked(th, false, func(f *File) error {
		if f.closed.Load() {
			return errFileClosed()
		}
		if !f.writable {
			return NewError(unsupportedOperation(), "write")
		}
		if f.lastRead {
			f.syncAfterRead()
		}
		return f.writeBytesLocked(data, false)
	})
	if err != nil {
		return 0, err
	}
	return len(data), nil
}

func bufferMethod(name string, fn func(th *Thread, v *BufferView, args []Value, kwargs []KwArg) (Value, error)) *Builtin {
	return NewMethod(name, func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
		v, ok := self.(*BufferView)
		if !ok {
			return nil, NewError(TypeErrorType, "descriptor '%s' requires a buffered file object", name)
		}
		return fn(th, v, args, kwargs)
	})
}

// bufferFileMethod is a method that works as the text file's does.
func bufferFileMethod(name string) *Builtin {
	return bufferMethod(name, func(th *Thread, v *BufferView, args []Value, kwargs []KwArg) (Value, error) {
		return CallMethod(th, v.f, name, args, kwargs)
	})
}

func init() {
	methods := []*Builtin{
		bufferMethod("read", func(th *Thread, v *BufferView, args []Value, kwargs []KwArg) (Value, error) {
			n, err := fileSizeArg("read", args, kwargs)
			if err != nil {
				return nil, err
			}
			var data Value
			err = v.locked(th, true, func(f *File) error {
				data, err = f.readBinary(n)
				return err
			})
			return data, err
		}),
		bufferMethod("read1", func(th *Thread, v *BufferView, args []Value, kwargs []KwArg) (Value, error) {
			n, err := fileSizeArg("read1", args, kwargs)
			if err != nil {
				return nil, err
			}
			return v.read1(th, n)
		}),
		bufferMethod("readline", func(th *Thread, v *BufferView, args []Value, kwargs []KwArg) (Value, error) {
			n, err := fileSizeArg("readline", args, kwargs)
			if err != nil {
				return nil, err
			}
			line, err := v.readLine(th, n)
			if err != nil {
				return nil, err
			}
			return Bytes(line), nil
		}),
		bufferMethod("readlines", func(th *Thread, v *BufferView, args []Value, kwargs []KwArg) (Value, error) {
			hint, err := fileSizeArg("readlines", args, kwargs)
			if err != nil {
				return nil, err
			}
			var out []Value
			total := 0
			for hint <= 0 || total < hint {
				line, err := v.readLine(th, -1)
				if err != nil {
					return nil, err
				}
				if line == "" {
					break
				}
				out = append(out, Bytes(line))
				total += len(line)
			}
			return NewList(out), nil
		}),
		bufferMethod("write", func(th *Thread, v *BufferView, args []Value, kwargs []KwArg) (Value, error) {
			var b Value
			if err := UnpackArgs("write", args, kwargs, "buffer", &b, "/"); err != nil {
				return nil, err
			}
			n, err := v.write(th, b)
			if err != nil {
				return nil, err
			}
			return MakeInt(int64(n)), nil
		}),
		bufferMethod("detach", func(th *Thread, v *BufferView, args []Value, kwargs []KwArg) (Value, error) {
			return nil, NewError(unsupportedOperation(), "detach")
		}),
	}
	for _, name := range []string{"flush", "close", "fileno", "isatty", "readable", "writable", "seekable", "__enter__", "__exit__"} {
		methods = append(methods, bufferFileMethod(name))
	}
	for _, t := range []*Type{bufferReaderType, bufferWriterType, bufferRandomType} {
		t.AddMethods(methods...)
	}
}
