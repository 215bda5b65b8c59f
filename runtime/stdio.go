package runtime

import (
	"bufio"
	"io"
	"os"
	"strings"
	"sync"
	"unicode/utf8"
)

// File is a Python file object: sys.stdin/stdout/stderr and the files
// open() returns. Text files read and write str (UTF-8, universal newlines
// on reading); binary files read and write bytes.
//
// Output is buffered. sys.stdout is flushed at exit (FlushStdio), before
// anything is written to sys.stderr (so that a program's output and its
// traceback interleave in a pipe as they would on a terminal), before
// stdin is read, and — when it is a terminal — at every newline, like
// CPython's line-buffered interactive stdout. A mutex makes each write
// atomic, so lines printed by concurrent threads never interleave.
type File struct {
	mu       sync.Mutex
	name     Value // file name (str) or fd (int)
	mode     string
	binary   bool
	readable bool
	writable bool

	f *os.File      // nil for in-memory streams
	r *bufio.Reader // nil unless readable
	w *bufio.Writer // nil unless writable
	c io.Closer     // what close() closes (nil for the std streams)

	lineFlush   bool  // flush after writes that contain a newline
	alwaysFlush bool  // flush after every write (stderr)
	flushFirst  *File // flushed before each write (stdout, for stderr)
	closed      bool
	// lastRead is true when the last operation was a read: a write
	// must then reposition the OS file before the read buffer's end.
	lastRead bool
}

// Types of file objects (CPython's io class names).
var (
	TextIOWrapperType  = newFileType("TextIOWrapper")
	BufferedReaderType = newFileType("BufferedReader")
	BufferedWriterType = newFileType("BufferedWriter")
	BufferedRandomType = newFileType("BufferedRandom")
)

func newFileType(name string) *Type {
	t := NewBuiltinType(name, nil)
	t.Module = "_io"
	t.Qualname = name
	return t
}

// Type returns the io class matching the file's mode.
func (f *File) Type() *Type {
	switch {
	case !f.binary:
		return TextIOWrapperType
	case f.readable && f.writable:
		return BufferedRandomType
	case f.readable:
		return BufferedReaderType
	}
	return BufferedWriterType
}

// The standard streams (sys.stdin, sys.stdout, sys.stderr).
var (
	Stdout = newStdout()
	Stderr = &File{name: Str("<stderr>"), mode: "w", writable: true, f: os.Stderr,
		w: bufio.NewWriterSize(os.Stderr, 4096), alwaysFlush: true, flushFirst: Stdout}
	Stdin = &File{name: Str("<stdin>"), mode: "r", readable: true, f: os.Stdin,
		r: bufio.NewReaderSize(os.Stdin, 64*1024), flushFirst: Stdout}
)

func newStdout() *File {
	return &File{name: Str("<stdout>"), mode: "w", writable: true, f: os.Stdout,
		w: bufio.NewWriterSize(os.Stdout, 64*1024), lineFlush: fileIsTerminal(os.Stdout)}
}

// FlushStdio flushes sys.stdout and sys.stderr; the interpreter calls it
// before the process exits (normally or with an error).
func FlushStdio() {
	Stdout.Flush()
	Stderr.Flush()
}

func fileIsTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// NewFile wraps an open OS file. mode is open()'s mode string ("r", "wb",
// "a+", ...), already validated; name is what the name attribute shows.
func NewFile(f *os.File, name Value, mode string) *File {
	file := &File{name: name, mode: mode, f: f, c: f, binary: strings.Contains(mode, "b")}
	file.readable = strings.ContainsAny(mode, "r+")
	file.writable = strings.ContainsAny(mode, "wax+")
	if file.readable {
		file.r = bufio.NewReader(f)
	}
	if file.writable {
		file.w = bufio.NewWriter(f)
	}
	return file
}

// NewWriterFile makes a writable text file object over any writer (tests
// use it to capture output). Every write is flushed when flush is true.
func NewWriterFile(name string, w io.Writer, flush bool) *File {
	return &File{name: Str(name), mode: "w", writable: true, w: bufio.NewWriter(w), alwaysFlush: flush}
}

// NewReaderFile makes a readable text file object over any reader.
func NewReaderFile(name string, r io.Reader) *File {
	return &File{name: Str(name), mode: "r", readable: true, r: bufio.NewReader(r)}
}

func errFileClosed() error { return NewError(ValueErrorType, "I/O operation on closed file.") }

// Closed reports whether close() was called.
func (f *File) Closed() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.closed
}

// Binary reports whether the file reads and writes bytes.
func (f *File) Binary() bool { return f.binary }

// WriteString writes s (text mode) and applies the flushing policy. It is
// the fast path of print().
func (f *File) WriteString(s string) error {
	if f.flushFirst != nil {
		f.flushFirst.Flush()
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.writeLocked(s)
}

// WriteStrings writes the parts as one atomic write.
func (f *File) WriteStrings(parts ...string) error {
	if f.flushFirst != nil {
		f.flushFirst.Flush()
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, s := range parts {
		if err := f.writeLocked(s); err != nil {
			return err
		}
	}
	return nil
}

// Write implements io.Writer (Go code writing to a stream, such as
// PrintTraceback to Stderr).
func (f *File) Write(p []byte) (int, error) {
	if err := f.WriteString(string(p)); err != nil {
		return 0, err
	}
	return len(p), nil
}

func (f *File) writeLocked(s string) error {
	if f.closed {
		return errFileClosed()
	}
	if !f.writable {
		return NewError(unsupportedOperation(), "not writable")
	}
	if f.lastRead {
		f.syncAfterRead()
	}
	if _, err := f.w.WriteString(s); err != nil {
		return OSErrorFromGo(err, "")
	}
	if f.alwaysFlush || (f.lineFlush && strings.IndexByte(s, '\n') >= 0) {
		if err := f.w.Flush(); err != nil {
			return OSErrorFromGo(err, "")
		}
	}
	return nil
}

// syncAfterRead drops read-ahead before a write or seek, moving the OS
// file position back to the logical position.
func (f *File) syncAfterRead() {
	f.lastRead = false
	if f.r == nil || f.f == nil {
		return
	}
	if n := f.r.Buffered(); n > 0 {
		f.f.Seek(int64(-n), io.SeekCurrent)
	}
	f.r.Reset(f.f)
}

// Flush writes out buffered output.
func (f *File) Flush() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.flushLocked()
}

func (f *File) flushLocked() error {
	if f.w == nil || f.closed {
		return nil
	}
	if err := f.w.Flush(); err != nil {
		return OSErrorFromGo(err, "")
	}
	return nil
}

// Close flushes and closes the file; closing twice is allowed. The
// standard streams are only flushed (their descriptors stay open for the
// interpreter's own messages).
func (f *File) Close() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return nil
	}
	err := f.flushLocked()
	f.closed = true
	if f.c != nil {
		if cerr := f.c.Close(); cerr != nil && err == nil {
			err = OSErrorFromGo(cerr, "")
		}
	}
	return err
}

// beforeRead checks the file can be read and flushes pending output (of
// this file, and of stdout when reading stdin).
func (f *File) beforeRead() error {
	if f.closed {
		return errFileClosed()
	}
	if !f.readable {
		return NewError(unsupportedOperation(), "not readable")
	}
	if f.w != nil && f.w.Buffered() > 0 {
		if err := f.w.Flush(); err != nil {
			return OSErrorFromGo(err, "")
		}
	}
	f.lastRead = true
	return nil
}

// ReadLine reads one line including its newline ("" at end of file).
// size >= 0 limits the number of characters (bytes in binary mode).
func (f *File) ReadLine(size int) (Value, error) {
	if f.flushFirst != nil {
		f.flushFirst.Flush()
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.beforeRead(); err != nil {
		return nil, err
	}
	s, err := f.readLineLocked(size)
	if err != nil {
		return nil, err
	}
	return f.value(s), nil
}

func (f *File) readLineLocked(size int) (string, error) {
	var b strings.Builder
	n := 0
	for size < 0 || n < size {
		c, width, err := f.readUnit()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", OSErrorFromGo(err, "")
		}
		if !f.binary && c == '\r' {
			// Universal newlines: \r\n and \r read as \n.
			if next, err := f.r.Peek(1); err == nil && next[0] == '\n' {
				f.r.ReadByte()
			}
			c = '\n'
		}
		if f.binary {
			b.WriteByte(byte(c))
		} else {
			b.WriteRune(c)
		}
		_ = width
		n++
		if c == '\n' {
			break
		}
	}
	return b.String(), nil
}

// readUnit reads one character (one byte in binary mode).
func (f *File) readUnit() (rune, int, error) {
	if f.binary {
		c, err := f.r.ReadByte()
		return rune(c), 1, err
	}
	return f.r.ReadRune()
}

// Read reads up to size characters (bytes in binary mode), or everything
// when size < 0.
func (f *File) Read(size int) (Value, error) {
	if f.flushFirst != nil {
		f.flushFirst.Flush()
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.beforeRead(); err != nil {
		return nil, err
	}
	if size < 0 {
		data, err := io.ReadAll(f.r)
		if err != nil {
			return nil, OSErrorFromGo(err, "")
		}
		return f.value(f.translate(string(data))), nil
	}
	var b strings.Builder
	for n := 0; n < size; n++ {
		c, _, err := f.readUnit()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, OSErrorFromGo(err, "")
		}
		if !f.binary && c == '\r' {
			if next, err := f.r.Peek(1); err == nil && next[0] == '\n' {
				f.r.ReadByte()
			}
			c = '\n'
		}
		if f.binary {
			b.WriteByte(byte(c))
		} else {
			b.WriteRune(c)
		}
	}
	return f.value(b.String()), nil
}

// translate applies universal newlines to text read in one piece.
func (f *File) translate(s string) string {
	if f.binary || strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

func (f *File) value(s string) Value {
	if f.binary {
		return Bytes(s)
	}
	return Str(s)
}

// Next reads the next line for iteration (`for line in f`).
func (f *File) Next(th *Thread) (Value, bool, error) {
	v, err := f.ReadLine(-1)
	if err != nil {
		return nil, false, err
	}
	switch s := v.(type) {
	case Str:
		if s == "" {
			return nil, false, nil
		}
	case Bytes:
		if s == "" {
			return nil, false, nil
		}
	}
	return v, true, nil
}

// Iter returns the file itself: a file is its own iterator.
func (f *File) Iter(th *Thread) (Iterator, error) {
	if f.Closed() {
		return nil, errFileClosed()
	}
	return f, nil
}

// WriteValue is file.write(v): str in text mode, bytes-like in binary
// mode; it returns the number of characters (or bytes) written.
func (f *File) WriteValue(v Value) (int, error) {
	if f.binary {
		var data string
		switch b := v.(type) {
		case Bytes:
			data = string(b)
		default:
			if bb, ok := v.(interface{ BytesData() []byte }); ok {
				data = string(bb.BytesData())
			} else {
				return 0, NewError(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(v))
			}
		}
		if err := f.WriteString(data); err != nil {
			return 0, err
		}
		return len(data), nil
	}
	s, ok := v.(Str)
	if !ok {
		return 0, NewError(TypeErrorType, "write() argument must be str, not %s", TypeName(v))
	}
	if err := f.WriteString(string(s)); err != nil {
		return 0, err
	}
	return utf8.RuneCountInString(string(s)), nil
}

// Seek moves the file position (whence 0, 1 or 2) and returns the new
// position.
func (f *File) Seek(offset int64, whence int) (int64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return 0, errFileClosed()
	}
	if f.f == nil || f.c == nil {
		return 0, NewError(unsupportedOperation(), "underlying stream is not seekable")
	}
	if err := f.flushLocked(); err != nil {
		return 0, err
	}
	if whence == io.SeekCurrent && f.lastRead && f.r != nil {
		offset -= int64(f.r.Buffered())
	}
	pos, err := f.f.Seek(offset, whence)
	if err != nil {
		return 0, OSErrorFromGo(err, "")
	}
	if f.r != nil {
		f.r.Reset(f.f)
	}
	f.lastRead = false
	return pos, nil
}

// Tell returns the current position.
func (f *File) Tell() (int64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return 0, errFileClosed()
	}
	if f.f == nil || f.c == nil {
		return 0, NewError(unsupportedOperation(), "underlying stream is not seekable")
	}
	pos, err := f.f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, OSErrorFromGo(err, "")
	}
	if f.lastRead && f.r != nil {
		pos -= int64(f.r.Buffered())
	}
	if f.w != nil {
		pos += int64(f.w.Buffered())
	}
	return pos, nil
}

// unsupportedOperationType is io.UnsupportedOperation (an OSError and
// ValueError in CPython; here an OSError).
var unsupportedOperationType = func() *Type {
	t := NewBuiltinType("UnsupportedOperation", OSErrorType)
	t.Module = "io"
	t.Exception = true
	t.New = func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		return &Exception{Class: cls, Args: append([]Value(nil), args...)}, nil
	}
	return t
}()

func unsupportedOperation() *Type { return unsupportedOperationType }

// UnsupportedOperationType returns io.UnsupportedOperation.
func UnsupportedOperationType() *Type { return unsupportedOperationType }

// GetAttr implements the data attributes name, mode, closed, encoding,
// errors, newlines and buffer-less details; methods live on the type.
func (f *File) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "name":
		return f.name, nil
	case "mode":
		return Str(f.mode), nil
	case "closed":
		return Bool(f.Closed()), nil
	case "encoding":
		if !f.binary {
			return Str("utf-8"), nil
		}
	case "errors":
		if !f.binary {
			return Str("strict"), nil
		}
	case "line_buffering":
		if !f.binary {
			return Bool(f.lineFlush), nil
		}
	case "newlines":
		if !f.binary {
			return None, nil
		}
	}
	return nil, nil
}

// AttrNames lists the data attributes for dir().
func (f *File) AttrNames() []string {
	if f.binary {
		return []string{"closed", "mode", "name"}
	}
	return []string{"closed", "encoding", "errors", "line_buffering", "mode", "name", "newlines"}
}

// Repr is <_io.TextIOWrapper name='x' mode='r' encoding='utf-8'>.
func (f *File) Repr(th *Thread) (string, error) {
	n, err := Repr(th, f.name)
	if err != nil {
		return "", err
	}
	t := f.Type()
	if f.binary {
		return "<_io." + t.Name + " name=" + n + ">", nil
	}
	return "<_io.TextIOWrapper name=" + n + " mode='" + f.mode + "' encoding='utf-8'>", nil
}

var (
	_ Iterable = (*File)(nil)
	_ Iterator = (*File)(nil)
	_ HasAttrs = (*File)(nil)
	_ HasRepr  = (*File)(nil)
	_ HasDir   = (*File)(nil)
)

func fileSelf(self Value) (*File, error) {
	f, ok := self.(*File)
	if !ok {
		return nil, NewError(TypeErrorType, "descriptor requires a file object, not '%s'", TypeName(self))
	}
	return f, nil
}

func fileMethod(name string, fn func(th *Thread, f *File, args []Value, kwargs []KwArg) (Value, error)) *Builtin {
	return NewMethod(name, func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
		f, err := fileSelf(self)
		if err != nil {
			return nil, err
		}
		return fn(th, f, args, kwargs)
	})
}

func fileNoArgs(name string, args []Value, kwargs []KwArg) error {
	return UnpackArgs(name, args, kwargs)
}

// fileSizeArg reads the optional size argument of read/readline (None or
// negative: no limit).
func fileSizeArg(name string, args []Value, kwargs []KwArg) (int, error) {
	var v Value = None
	if err := UnpackArgs(name, args, kwargs, "size?", &v); err != nil {
		return 0, err
	}
	if v == None {
		return -1, nil
	}
	n, err := IndexInt(v)
	if err != nil {
		return 0, NewError(TypeErrorType, "argument should be integer or None, not '%s'", TypeName(v))
	}
	return n, nil
}

func init() {
	methods := []*Builtin{
		fileMethod("write", func(th *Thread, f *File, args []Value, kwargs []KwArg) (Value, error) {
			var v Value
			if err := UnpackArgs("write", args, kwargs, "s", &v); err != nil {
				return nil, err
			}
			n, err := f.WriteValue(v)
			if err != nil {
				return nil, err
			}
			return MakeInt(int64(n)), nil
		}),
		fileMethod("writelines", func(th *Thread, f *File, args []Value, kwargs []KwArg) (Value, error) {
			var v Value
			if err := UnpackArgs("writelines", args, kwargs, "lines", &v); err != nil {
				return nil, err
			}
			it, err := Iter(th, v)
			if err != nil {
				return nil, err
			}
			for {
				item, ok, err := it.Next(th)
				if err != nil {
					return nil, err
				}
				if !ok {
					return None, nil
				}
				if _, err := f.WriteValue(item); err != nil {
					return nil, err
				}
			}
		}),
		fileMethod("flush", func(th *Thread, f *File, args []Value, kwargs []KwArg) (Value, error) {
			if err := fileNoArgs("flush", args, kwargs); err != nil {
				return nil, err
			}
			if f.Closed() {
				return nil, errFileClosed()
			}
			return None, f.Flush()
		}),
		fileMethod("close", func(th *Thread, f *File, args []Value, kwargs []KwArg) (Value, error) {
			if err := fileNoArgs("close", args, kwargs); err != nil {
				return nil, err
			}
			return None, f.Close()
		}),
		fileMethod("read", func(th *Thread, f *File, args []Value, kwargs []KwArg) (Value, error) {
			n, err := fileSizeArg("read", args, kwargs)
			if err != nil {
				return nil, err
			}
			return f.Read(n)
		}),
		fileMethod("readline", func(th *Thread, f *File, args []Value, kwargs []KwArg) (Value, error) {
			n, err := fileSizeArg("readline", args, kwargs)
			if err != nil {
				return nil, err
			}
			return f.ReadLine(n)
		}),
		fileMethod("readlines", func(th *Thread, f *File, args []Value, kwargs []KwArg) (Value, error) {
			hint, err := fileSizeArg("readlines", args, kwargs)
			if err != nil {
				return nil, err
			}
			var lines []Value
			total := 0
			for hint <= 0 || total < hint {
				line, ok, err := f.Next(th)
				if err != nil {
					return nil, err
				}
				if !ok {
					break
				}
				lines = append(lines, line)
				if s, ok := line.(Str); ok {
					total += utf8.RuneCountInString(string(s))
				} else if b, ok := line.(Bytes); ok {
					total += len(b)
				}
			}
			return NewList(lines), nil
		}),
		fileMethod("fileno", func(th *Thread, f *File, args []Value, kwargs []KwArg) (Value, error) {
			if err := fileNoArgs("fileno", args, kwargs); err != nil {
				return nil, err
			}
			if f.Closed() {
				return nil, errFileClosed()
			}
			if f.f == nil {
				return nil, NewError(unsupportedOperation(), "fileno")
			}
			return MakeInt(int64(f.f.Fd())), nil
		}),
		fileMethod("isatty", func(th *Thread, f *File, args []Value, kwargs []KwArg) (Value, error) {
			if err := fileNoArgs("isatty", args, kwargs); err != nil {
				return nil, err
			}
			if f.Closed() {
				return nil, errFileClosed()
			}
			return Bool(f.f != nil && fileIsTerminal(f.f)), nil
		}),
		fileMethod("readable", func(th *Thread, f *File, args []Value, kwargs []KwArg) (Value, error) {
			if f.Closed() {
				return nil, errFileClosed()
			}
			return Bool(f.readable), nil
		}),
		fileMethod("writable", func(th *Thread, f *File, args []Value, kwargs []KwArg) (Value, error) {
			if f.Closed() {
				return nil, errFileClosed()
			}
			return Bool(f.writable), nil
		}),
		fileMethod("seekable", func(th *Thread, f *File, args []Value, kwargs []KwArg) (Value, error) {
			if f.Closed() {
				return nil, errFileClosed()
			}
			return Bool(f.f != nil && f.c != nil), nil
		}),
		fileMethod("seek", func(th *Thread, f *File, args []Value, kwargs []KwArg) (Value, error) {
			var offset int64
			whence := 0
			if err := UnpackArgs("seek", args, kwargs, "cookie", &offset, "whence?", &whence); err != nil {
				return nil, err
			}
			pos, err := f.Seek(offset, whence)
			if err != nil {
				return nil, err
			}
			return MakeInt(pos), nil
		}),
		fileMethod("tell", func(th *Thread, f *File, args []Value, kwargs []KwArg) (Value, error) {
			if err := fileNoArgs("tell", args, kwargs); err != nil {
				return nil, err
			}
			pos, err := f.Tell()
			if err != nil {
				return nil, err
			}
			return MakeInt(pos), nil
		}),
		fileMethod("__enter__", func(th *Thread, f *File, args []Value, kwargs []KwArg) (Value, error) {
			if f.Closed() {
				return nil, errFileClosed()
			}
			return f, nil
		}),
		fileMethod("__exit__", func(th *Thread, f *File, args []Value, kwargs []KwArg) (Value, error) {
			return None, f.Close()
		}),
		fileMethod("__iter__", func(th *Thread, f *File, args []Value, kwargs []KwArg) (Value, error) {
			if f.Closed() {
				return nil, errFileClosed()
			}
			return f, nil
		}),
		fileMethod("__next__", func(th *Thread, f *File, args []Value, kwargs []KwArg) (Value, error) {
			v, ok, err := f.Next(th)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, NewException(StopIterationType)
			}
			return v, nil
		}),
	}
	for _, t := range []*Type{TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType} {
		t.AddMethods(methods...)
	}
}
