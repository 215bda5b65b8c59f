package stdlib

import (
	"strings"
	"sync"
	"unicode/utf8"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The io module: in-memory streams StringIO (a buffer of code points, so
// tell/seek positions are character indices as in CPython) and BytesIO,
// plus the names of the file classes runtime.File implements. Each stream
// carries a mutex: threads may share one.

var (
	stringIOType = newModuleType("StringIO", "_io")
	bytesIOType  = newModuleType("BytesIO", "_io")
)

// memStream is StringIO (text) or BytesIO (binary). Text is stored as
// runes, bytes as runes 0-255.
type memStream struct {
	mu     sync.Mutex
	binary bool
	buf    []rune
	pos    int
	closed bool
	// newline: translate "\n" on write (newline='' / '\r' / '\r\n') or
	// "\r\n"/"\r" on write to "\n" (newline=None).
	newline    string
	universal  bool
	attributes *rt.Dict
}

func (s *memStream) Type() *rt.Type {
	if s.binary {
		return bytesIOType
	}
	return stringIOType
}

// ioSetup gives StringIO and BytesIO their constructors on the io
// module's first import (nothing else makes them), not at process start.
var ioSetup sync.Once

func setupIOTypes() {
	stringIOType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var initial rt.Value = rt.Str("")
		var newline rt.Value = rt.Str("\n")
		if err := rt.UnpackArgs("StringIO", args, kwargs, "initial_value?", &initial, "newline?", &newline); err != nil {
			return nil, err
		}
		s := &memStream{}
		switch nl := newline.(type) {
		case rt.Str:
			switch string(nl) {
			case "", "\n", "\r", "\r\n":
				s.newline = string(nl)
			default:
				return nil, rt.NewError(rt.ValueErrorType, "illegal newline value: %s", string(nl))
			}
		default:
			if newline != rt.None {
				return nil, rt.NewError(rt.TypeErrorType, "newline must be str or None, not %s", rt.TypeName(newline))
			}
			s.universal = true
		}
		if initial != rt.None {
			str, ok := initial.(rt.Str)
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "initial_value must be str or None, not %s", rt.TypeName(initial))
			}
			s.buf = []rune(s.translate(string(str)))
		}
		return s, nil
	}
	bytesIOType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var initial rt.Value = rt.None
		if err := rt.UnpackArgs("BytesIO", args, kwargs, "initial_bytes?", &initial); err != nil {
			return nil, err
		}
		s := &memStream{binary: true}
		if initial != rt.None {
			raw, err := ioBytesArg(initial)
			if err != nil {
				return nil, err
			}
			s.buf = reLatin1Runes(raw)
		}
		return s, nil
	}
	for _, t := range []*rt.Type{stringIOType, bytesIOType} {
		t.AddMethods(memStreamMethods()...)
		rt.AddIteratorMethods(t)
	}
}

func newIOModule() *rt.Module {
	ioSetup.Do(setupIOTypes)
	m := rt.NewModule("io")
	m.Dict.SetStr("StringIO", stringIOType)
	m.Dict.SetStr("BytesIO", bytesIOType)
	m.Dict.SetStr("TextIOWrapper", rt.TextIOWrapperType)
	m.Dict.SetStr("BufferedReader", rt.BufferedReaderType)
	m.Dict.SetStr("BufferedWriter", rt.BufferedWriterType)
	m.Dict.SetStr("BufferedRandom", rt.BufferedRandomType)
	m.Dict.SetStr("UnsupportedOperation", rt.UnsupportedOperationType())
	m.Dict.SetStr("SEEK_SET", rt.MakeInt(0))
	m.Dict.SetStr("SEEK_CUR", rt.MakeInt(1))
	m.Dict.SetStr("SEEK_END", rt.MakeInt(2))
	m.Dict.SetStr("DEFAULT_BUFFER_SIZE", rt.MakeInt(8192))
	if open, ok := rt.Builtins.GetStr("open"); ok {
		m.Dict.SetStr("open", open)
	}
	return m
}

func ioBytesArg(v rt.Value) (string, error) {
	if raw, ok := reBytesLike(v); ok {
		return raw, nil
	}
	return "", rt.NewError(rt.TypeErrorType, "a bytes-like object is required, not '%s'", rt.TypeName(v))
}

// translate applies the newline argument to written text.
func (s *memStream) translate(text string) string {
	if s.universal {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		return strings.ReplaceAll(text, "\r", "\n")
	}
	if s.newline == "\r" || s.newline == "\r\n" {
		return strings.ReplaceAll(text, "\n", s.newline)
	}
	return text
}

func (s *memStream) value(rs []rune) rt.Value {
	if s.binary {
		b := make([]byte, len(rs))
		for i, r := range rs {
			b[i] = byte(r)
		}
		return rt.Bytes(b)
	}
	return rt.Str(string(rs))
}

func (s *memStream) checkOpen() error {
	if s.closed {
		return rt.NewError(rt.ValueErrorType, "I/O operation on closed file")
	}
	return nil
}

// write stores text at the current position (padding with NULs past the
// end, as CPython does) and returns the number of characters written.
func (s *memStream) write(rs []rune) int {
	if s.pos > len(s.buf) {
		s.buf = append(s.buf, make([]rune, s.pos-len(s.buf))...)
	}
	end := s.pos + len(rs)
	if end > len(s.buf) {
		s.buf = append(s.buf[:s.pos], rs...)
	} else {
		copy(s.buf[s.pos:], rs)
	}
	s.pos = end
	return len(rs)
}

// writeText is a text stream's write(str) with s.mu held: str with its
// newlines translated, stored at the current position; it returns the
// length of str in characters. Appending at the end (print to a
// StringIO) decodes str straight into the buffer, with no []rune copy.
func (s *memStream) writeText(str string) int {
	n := utf8.RuneCountInString(str)
	str = s.translate(str)
	if s.pos != len(s.buf) {
		s.write([]rune(str))
		return n
	}
	for _, r := range str {
		s.buf = append(s.buf, r)
	}
	s.pos = len(s.buf)
	return n
}

// printText is print(*args, sep=sep, end=end, file=s) for a text
// StringIO: each piece is written as its own write() would, without
// looking up and calling the method.
func (s *memStream) printText(th *rt.Thread, args []rt.Value, sep, end string) error {
	put := func(str string) error {
		s.mu.Lock()
		defer s.mu.Unlock()
		if err := s.checkOpen(); err != nil {
			return err
		}
		s.writeText(str)
		return nil
	}
	for i, a := range args {
		if i > 0 {
			if err := put(sep); err != nil {
				return err
			}
		}
		str, err := rt.ToStr(th, a)
		if err != nil {
			return err
		}
		if err := put(str); err != nil {
			return err
		}
	}
	return put(end)
}

func (s *memStream) readline(limit int) []rune {
	if s.pos >= len(s.buf) {
		return nil
	}
	rest := s.buf[s.pos:]
	n := len(rest)
	for i, r := range rest {
		if r == '\n' || (!s.binary && s.newline == "\r" && r == '\r') {
			n = i + 1
			break
		}
		if !s.binary && s.newline == "" && r == '\r' {
			n = i + 1
			if i+1 < len(rest) && rest[i+1] == '\n' {
				n = i + 2
			}
			break
		}
	}
	if limit >= 0 && n > limit {
		n = limit
	}
	s.pos += n
	return rest[:n]
}

// Next makes the stream iterable by lines.
func (s *memStream) Next(th *rt.Thread) (rt.Value, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.checkOpen(); err != nil {
		return nil, false, err
	}
	line := s.readline(-1)
	if len(line) == 0 {
		return nil, false, nil
	}
	return s.value(line), true, nil
}

// Iter returns the stream itself.
func (s *memStream) Iter(th *rt.Thread) (rt.Iterator, error) {
	if s.closed {
		return nil, s.checkOpen()
	}
	return s, nil
}

// GetAttr gives closed, newlines, line_buffering and any attribute set.
func (s *memStream) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "closed":
		return rt.Bool(s.closed), nil
	case "line_buffering":
		if !s.binary {
			return rt.False, nil
		}
	case "newlines":
		if !s.binary {
			return rt.None, nil
		}
	}
	if s.attributes != nil {
		if v, ok := s.attributes.GetStr(name); ok {
			return v, nil
		}
	}
	return nil, nil
}

// SetAttr lets programs hang attributes on a stream (name, mode, ...).
func (s *memStream) SetAttr(th *rt.Thread, name string, v rt.Value) error {
	if name == "closed" {
		return rt.NewError(rt.AttributeErrorType, "attribute 'closed' of '_io.%s' objects is not writable", s.Type().Name())
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.attributes == nil {
		s.attributes = rt.NewDict()
	}
	if v == nil {
		if _, ok := s.attributes.DeleteStr(name); !ok {
			return rt.NewError(rt.AttributeErrorType, "'_io.%s' object has no attribute '%s'", s.Type().Name(), name)
		}
		return nil
	}
	s.attributes.SetStr(name, v)
	return nil
}

var (
	_ rt.Iterable   = (*memStream)(nil)
	_ rt.Iterator   = (*memStream)(nil)
	_ rt.HasAttrs   = (*memStream)(nil)
	_ rt.HasSetAttr = (*memStream)(nil)
)

func ioSizeArg(name string, args []rt.Value, kwargs []rt.KwArg) (int, error) {
	var size rt.Value = rt.None
	if err := rt.UnpackArgs(name, args, kwargs, "size?", &size); err != nil {
		return 0, err
	}
	if size == rt.None {
		return -1, nil
	}
	n, err := rt.IndexInt(size)
	if err != nil {
		return 0, rt.NewError(rt.TypeErrorType, "argument should be integer or None, not '%s'", rt.TypeName(size))
	}
	return n, nil
}

func memStreamMethods() []*rt.Builtin {
	method := func(name string, needOpen bool, fn func(th *rt.Thread, s *memStream, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
		return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			s, ok := self.(*memStream)
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "descriptor '%s' requires a stream object", name)
			}
			s.mu.Lock()
			defer s.mu.Unlock()
			if needOpen {
				if err := s.checkOpen(); err != nil {
					return nil, err
				}
			}
			return fn(th, s, args, kwargs)
		})
	}
	constant := func(name string, v rt.Value) *rt.Builtin {
		return method(name, true, func(th *rt.Thread, s *memStream, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs(name, args, kwargs); err != nil {
				return nil, err
			}
			return v, nil
		})
	}
	return []*rt.Builtin{
		method("write", true, func(th *rt.Thread, s *memStream, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var v rt.Value
			if err := rt.UnpackArgs("write", args, kwargs, "s", &v); err != nil {
				return nil, err
			}
			if s.binary {
				raw, err := ioBytesArg(v)
				if err != nil {
					return nil, err
				}
				return rt.MakeInt(int64(s.write(reLatin1Runes(raw)))), nil
			}
			str, ok := v.(rt.Str)
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "string argument expected, got '%s'", rt.TypeName(v))
			}
			return rt.MakeInt(int64(s.writeText(string(str)))), nil
		}),
		method("writelines", true, func(th *rt.Thread, s *memStream, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var lines rt.Value
			if err := rt.UnpackArgs("writelines", args, kwargs, "lines", &lines); err != nil {
				return nil, err
			}
			items, err := rt.IterateAll(th, lines)
			if err != nil {
				return nil, err
			}
			for _, v := range items {
				if s.binary {
					raw, err := ioBytesArg(v)
					if err != nil {
						return nil, err
					}
					s.write(reLatin1Runes(raw))
					continue
				}
				str, ok := v.(rt.Str)
				if !ok {
					return nil, rt.NewError(rt.TypeErrorType, "string argument expected, got '%s'", rt.TypeName(v))
				}
				s.write([]rune(s.translate(string(str))))
			}
			return rt.None, nil
		}),
		method("read", true, func(th *rt.Thread, s *memStream, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			n, err := ioSizeArg("read", args, kwargs)
			if err != nil {
				return nil, err
			}
			if s.pos >= len(s.buf) {
				return s.value(nil), nil
			}
			rest := s.buf[s.pos:]
			if n >= 0 && n < len(rest) {
				rest = rest[:n]
			}
			s.pos += len(rest)
			return s.value(rest), nil
		}),
		method("read1", true, func(th *rt.Thread, s *memStream, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			n, err := ioSizeArg("read1", args, kwargs)
			if err != nil {
				return nil, err
			}
			if s.pos >= len(s.buf) {
				return s.value(nil), nil
			}
			rest := s.buf[s.pos:]
			if n >= 0 && n < len(rest) {
				rest = rest[:n]
			}
			s.pos += len(rest)
			return s.value(rest), nil
		}),
		method("readline", true, func(th *rt.Thread, s *memStream, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			n, err := ioSizeArg("readline", args, kwargs)
			if err != nil {
				return nil, err
			}
			return s.value(s.readline(n)), nil
		}),
		method("readlines", true, func(th *rt.Thread, s *memStream, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			hint, err := ioSizeArg("readlines", args, kwargs)
			if err != nil {
				return nil, err
			}
			out := rt.NewList(nil)
			total := 0
			for {
				line := s.readline(-1)
				if len(line) == 0 {
					break
				}
				out.Append(s.value(line))
				total += len(line)
				if hint > 0 && total >= hint {
					break
				}
			}
			return out, nil
		}),
		method("getvalue", true, func(th *rt.Thread, s *memStream, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("getvalue", args, kwargs); err != nil {
				return nil, err
			}
			return s.value(s.buf), nil
		}),
		method("seek", true, func(th *rt.Thread, s *memStream, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var pos, whence int
			if err := rt.UnpackArgs("seek", args, kwargs, "pos", &pos, "whence?", &whence); err != nil {
				return nil, err
			}
			switch whence {
			case 0:
				if pos < 0 {
					return nil, rt.NewError(rt.ValueErrorType, "negative seek value %d", pos)
				}
			case 1, 2:
				if !s.binary && pos != 0 {
					return nil, rt.NewError(rt.OSErrorType, "Can't do nonzero cur-relative seeks")
				}
				base := s.pos
				if whence == 2 {
					base = len(s.buf)
				}
				pos += base
				if pos < 0 {
					pos = 0
				}
			default:
				return nil, rt.NewError(rt.ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
			}
			s.pos = pos
			return rt.MakeInt(int64(pos)), nil
		}),
		method("tell", true, func(th *rt.Thread, s *memStream, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("tell", args, kwargs); err != nil {
				return nil, err
			}
			return rt.MakeInt(int64(s.pos)), nil
		}),
		method("truncate", true, func(th *rt.Thread, s *memStream, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			n, err := ioSizeArg("truncate", args, kwargs)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				if len(args) > 0 && args[0] != rt.None {
					return nil, rt.NewError(rt.ValueErrorType, "negative size value %d", n)
				}
				n = s.pos
			}
			if n < len(s.buf) {
				s.buf = s.buf[:n]
			}
			return rt.MakeInt(int64(n)), nil
		}),
		method("close", false, func(th *rt.Thread, s *memStream, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("close", args, kwargs); err != nil {
				return nil, err
			}
			s.closed = true
			return rt.None, nil
		}),
		method("flush", true, func(th *rt.Thread, s *memStream, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, rt.UnpackArgs("flush", args, kwargs)
		}),
		constant("readable", rt.True),
		constant("writable", rt.True),
		constant("seekable", rt.True),
		constant("isatty", rt.False),
		method("__enter__", true, func(th *rt.Thread, s *memStream, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return s, nil
		}),
		method("__exit__", false, func(th *rt.Thread, s *memStream, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			s.closed = true
			return rt.None, nil
		}),
		method("getbuffer", true, func(th *rt.Thread, s *memStream, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if !s.binary {
				return nil, rt.NewError(rt.AttributeErrorType, "'_io.StringIO' object has no attribute 'getbuffer'")
			}
			return s.value(s.buf), nil
		}),
	}
}
