package runtime

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/spindle-lang/spindle/ast"
)

// bytes: immutable raw bytes in a Go string. Indexing and iteration give
// ints; slicing gives bytes.

var (
	_ HasRepr     = Bytes("")
	_ HasBinary   = Bytes("")
	_ HasCompare  = Bytes("")
	_ HasEqual    = Bytes("")
	_ HasHash     = Bytes("")
	_ Indexable   = Bytes("")
	_ Sized       = Bytes("")
	_ Iterable    = Bytes("")
	_ HasContains = Bytes("")
)

// BytesLike is implemented by mutable byte buffers (bytearray) so that
// bytes operations and codecs accept them: BytesData returns a snapshot
// of the contents.
type BytesLike interface {
	Value
	BytesData() string
}

// bytesOf returns the contents of a bytes-like value.
func bytesOf(v Value) (string, bool) {
	switch x := v.(type) {
	case Bytes:
		return string(x), true
	case BytesLike:
		return x.BytesData(), true
	}
	return "", false
}

// Repr implements repr(): b'...' with \xhh escapes.
func (b Bytes) Repr(th *Thread) (string, error) { return bytesRepr(string(b)), nil }

func bytesRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	out := make([]byte, 0, len(s)+3)
	out = append(out, 'b', quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			out = append(out, '\\', c)
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < ' ' || c >= 0x7f:
			out = append(out, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
		default:
			out = append(out, c)
		}
	}
	return string(append(out, quote))
}

// Binary implements + (with bytes-like) and * (with int).
func (b Bytes) Binary(th *Thread, op ast.Op, other Value, right bool) (Value, error) {
	switch op {
	case ast.Mod:
		if !right {
			return BytesPercentFormat(th, string(b), other)
		}
	case ast.Add:
		if o, ok := bytesOf(other); ok {
			if right {
				return Bytes(o + string(b)), nil
			}
			return Bytes(string(b) + o), nil
		}
		if !right && isBuiltinValue(other) {
			return nil, NewError(TypeErrorType, "can't concat %s to bytes", TypeName(other))
		}
	case ast.Mult:
		n, ok, err := strRepeatCount(other)
		if err != nil {
			return nil, err
		}
		if !ok {
			if isBuiltinValue(other) {
				return nil, NewError(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeName(other))
			}
			break
		}
		r, err := repeatString(string(b), n, "repeated bytes are too long")
		return Bytes(r), err
	}
	return NotImplemented, nil
}

// Compare implements the rich comparisons between bytes.
func (b Bytes) Compare(th *Thread, op ast.Op, other Value) (Value, error) {
	o, ok := bytesOf(other)
	if !ok {
		return NotImplemented, nil
	}
	return cmpBool(op, strings.Compare(string(b), o)), nil
}

// Equal implements ==.
func (b Bytes) Equal(th *Thread, other Value) (bool, bool, error) {
	o, ok := bytesOf(other)
	return ok && string(b) == o, ok, nil
}

// Hash implements hash().
func (b Bytes) Hash(th *Thread) (int64, error) { return StrHash(string(b)), nil }

// Len implements len().
func (b Bytes) Len(th *Thread) (int, error) { return len(b), nil }

// GetItem implements b[i] (an int) and b[i:j:k] (bytes).
func (b Bytes) GetItem(th *Thread, key Value) (Value, error) {
	if sl, ok := key.(*Slice); ok {
		start, stop, step, err := SliceIndices(th, sl, len(b))
		if err != nil {
			return nil, err
		}
		if step == 1 {
			if start >= stop {
				return Bytes(""), nil
			}
			return b[start:stop], nil
		}
		n := SliceLen(start, stop, step)
		out := make([]byte, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = b[j]
		}
		return Bytes(out), nil
	}
	if !IsIntValue(key) {
		if _, ok := key.(HasIndex); !ok {
			return nil, NewError(TypeErrorType, "byte indices must be integers or slices, not %s", TypeName(key))
		}
	}
	i, err := IndexInt(key)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		i += len(b)
	}
	if i < 0 || i >= len(b) {
		return nil, NewError(IndexErrorType, "index out of range")
	}
	return MakeInt(int64(b[i])), nil
}

// bytesIterator yields the bytes as ints.
type bytesIterator struct {
	mu iterLock
	s  string
	i  int
}

// BytesIteratorType is the type of iter(b"...").
var BytesIteratorType = NewBuiltinType("bytes_iterator", nil)

func (*bytesIterator) Type() *Type { return BytesIteratorType }

func (it *bytesIterator) Next(th *Thread) (Value, bool, error) {
	k := it.mu.lock()
	defer it.mu.unlock(k)
	if it.i >= len(it.s) {
		return nil, false, nil
	}
	c := it.s[it.i]
	it.i++
	return MakeInt(int64(c)), true, nil
}

// Iter implements iter(): the bytes as ints.
func (b Bytes) Iter(th *Thread) (Iterator, error) { return &bytesIterator{s: string(b)}, nil }

// Contains implements `x in b` for an int or a bytes-like x.
func (b Bytes) Contains(th *Thread, item Value) (bool, error) {
	if o, ok := bytesOf(item); ok {
		return strings.Contains(string(b), o), nil
	}
	c, err := byteValue(item)
	if err != nil {
		return false, err
	}
	return strings.IndexByte(string(b), c) >= 0, nil
}

// byteValue converts an int in range(256) to a byte.
func byteValue(v Value) (byte, error) {
	if !IsIntValue(v) {
		if _, ok := v.(HasIndex); !ok {
			return 0, NewError(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(v))
		}
	}
	n, err := IndexInt(v)
	if err != nil {
		if IsExc(err, IndexErrorType) {
			return 0, NewError(ValueErrorType, "byte must be in range(0, 256)")
		}
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, NewError(ValueErrorType, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// bytesOfValue converts a bytes-like value or an iterable of ints in
// range(256) to bytes (bytes(x), int.from_bytes).
func bytesOfValue(th *Thread, v Value) (string, error) {
	if s, ok := bytesOf(v); ok {
		return s, nil
	}
	if _, ok := v.(Str); ok {
		return "", NewError(TypeErrorType, "cannot convert 'str' object to bytes")
	}
	if _, ok := v.(Iterable); !ok {
		switch v.(type) {
		case *List, *Tuple:
		default:
			return "", NewError(TypeErrorType, "cannot convert '%s' object to bytes", TypeName(v))
		}
	}
	items, err := IterateAll(th, v)
	if err != nil {
		return "", err
	}
	out := make([]byte, len(items))
	for i, it := range items {
		n, err := IndexInt(it)
		if err != nil {
			if IsExc(err, IndexErrorType) {
				return "", NewError(ValueErrorType, "bytes must be in range(0, 256)")
			}
			return "", err
		}
		if n < 0 || n > 255 {
			return "", NewError(ValueErrorType, "bytes must be in range(0, 256)")
		}
		out[i] = byte(n)
	}
	return string(out), nil
}

func newBytes(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
	var src, enc, errs Value
	if err := UnpackArgs("bytes", args, kwargs, "source?", &src, "encoding?", &enc, "errors?", &errs); err != nil {
		return nil, err
	}
	if src == nil {
		if enc != nil || errs != nil {
			return nil, NewError(TypeErrorType, "encoding or errors without sequence argument")
		}
		return Bytes(""), nil
	}
	if s, ok := src.(Str); ok {
		if enc == nil {
			return nil, NewError(TypeErrorType, "string argument without an encoding")
		}
		e, err := codecArg("bytes", "encoding", enc, "utf-8")
		if err != nil {
			return nil, err
		}
		er, err := codecArg("bytes", "errors", errs, "strict")
		if err != nil {
			return nil, err
		}
		r, err := encodeString(string(s), e, er)
		return Bytes(r), err
	}
	if enc != nil {
		return nil, NewError(TypeErrorType, "encoding without a string argument")
	}
	if errs != nil {
		return nil, NewError(TypeErrorType, "errors without a string argument")
	}
	switch x := src.(type) {
	case Int, Bool, *BigInt:
		n, err := IndexInt(x)
		if err != nil {
			return nil, NewError(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		if n < 0 {
			return nil, NewError(ValueErrorType, "negative count")
		}
		if err := CheckAlloc(n, 1); err != nil {
			return nil, err
		}
		return Bytes(make([]byte, n)), nil
	case Float:
		return nil, NewError(TypeErrorType, "cannot convert 'float' object to bytes")
	}
	s, err := bytesOfValue(th, src)
	return Bytes(s), err
}

// codecArg reads an optional encoding/errors argument.
func codecArg(fname, pname string, v Value, def string) (string, error) {
	if v == nil {
		return def, nil
	}
	s, ok := v.(Str)
	if !ok {
		return "", NewError(TypeErrorType, "%s() argument '%s' must be str, not %s", fname, pname, TypeName(v))
	}
	return string(s), nil
}

// normEncoding maps the spellings of the supported codecs to a canonical
// name: "utf-8", "ascii" or "latin-1"; "" when unknown.
func normEncoding(enc string) string {
	e := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(enc)), "_", "-")
	switch e {
	case "utf-8", "utf8", "u8", "utf", "cp65001":
		return "utf-8"
	case "ascii", "us-ascii", "646":
		return "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin":
		return "latin-1"
	}
	return ""
}

func errUnknownEncoding(enc string) error {
	return NewError(LookupErrorType, "unknown encoding: %s", enc)
}

func checkErrorsMode(errors string) error {
	switch errors {
	case "strict", "replace", "ignore", "backslashreplace", "surrogateescape", "xmlcharrefreplace":
		return nil
	}
	return NewError(LookupErrorType, "unknown error handler name '%s'", errors)
}

// encodeString implements str.encode for utf-8, ascii and latin-1.
func encodeString(s, encoding, errors string) (string, error) {
	if c, ok := extraCodec(encoding); ok {
		return c.encode(s, errors)
	}
	enc := normEncoding(encoding)
	if enc == "" {
		return "", errUnknownEncoding(encoding)
	}
	if enc == "utf-8" || strIsASCII(s) {
		return s, nil
	}
	limit := rune(0x7f)
	reason := "ordinal not in range(128)"
	if enc == "latin-1" {
		limit, reason = 0xff, "ordinal not in range(256)"
	}
	return encodeSingleByte(s, enc, errors, reason, func(r rune) (byte, bool) {
		return byte(r), r <= limit
	})
}

// encodeSingleByte encodes s one byte per character with encode1 (false:
// the character has no byte), applying the error handler to each run of
// unencodable characters; a strict error names enc and reason as
// CPython's encoders do.
func encodeSingleByte(s, enc, errors, reason string, encode1 func(rune) (byte, bool)) (string, error) {
	if err := checkErrorsMode(errors); err != nil {
		return "", err
	}
	runes := []rune(s)
	out := make([]byte, 0, len(s))
	for pos := 0; pos < len(runes); {
		if b, ok := encode1(runes[pos]); ok {
			out = append(out, b)
			pos++
			continue
		}
		end := pos + 1
		for end < len(runes) {
			if _, ok := encode1(runes[end]); ok {
				break
			}
			end++
		}
		switch errors {
		case "replace":
			for i := pos; i < end; i++ {
				out = append(out, '?')
			}
		case "ignore":
		case "backslashreplace":
			for i := pos; i < end; i++ {
				out = appendUnicodeEscape(out, runes[i])
			}
		case "xmlcharrefreplace":
			for i := pos; i < end; i++ {
				out = append(out, "&#"...)
				out = strconv.AppendInt(out, int64(runes[i]), 10)
				out = append(out, ';')
			}
		default:
			return "", encodeError(enc, s, pos, end, reason)
		}
		pos = end
	}
	return string(out), nil
}

func encodeError(enc, s string, start, end int, reason string) error {
	return newUnicodeError(UnicodeEncodeErrorType, enc, Str(s), start, end, reason)
}

func decodeError(enc, s string, start, end int, reason string) error {
	return newUnicodeError(UnicodeDecodeErrorType, enc, Bytes(s), start, end, reason)
}

// decodeBytes implements bytes.decode for utf-8, ascii and latin-1 with
// the strict, replace, ignore and backslashreplace handlers.
func decodeBytes(s, encoding, errors string) (string, error) {
	if s == "" {
		return "", nil // CPython does not even look the codec up
	}
	if c, ok := extraCodec(encoding); ok {
		return c.decode(s, errors)
	}
	enc := normEncoding(encoding)
	if enc == "" {
		return "", errUnknownEncoding(encoding)
	}
	if strIsASCII(s) {
		return s, nil
	}
	if enc == "latin-1" {
		out := make([]rune, len(s))
		for i := 0; i < len(s); i++ {
			out[i] = rune(s[i])
		}
		return string(out), nil
	}
	if enc == "utf-8" && utf8.ValidString(s) {
		return s, nil
	}
	if err := checkErrorsMode(errors); err != nil {
		return "", err
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			out = append(out, c)
			i++
			continue
		}
		n, reason := 1, "ordinal not in range(128)"
		if enc == "utf-8" {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError || size > 1 {
				out = append(out, s[i:i+size]...)
				i += size
				continue
			}
			n, reason = utf8InvalidSpan(s[i:])
		}
		switch errors {
		case "replace":
			out = append(out, "\uFFFD"...)
		case "ignore":
		case "backslashreplace":
			for j := i; j < i+n; j++ {
				out = append(out, '\\', 'x', hexDigits[s[j]>>4], hexDigits[s[j]&15])
			}
		default:
			return "", decodeError(enc, s, i, i+n, reason)
		}
		i += n
	}
	return string(out), nil
}

// utf8InvalidSpan returns the length of the maximal invalid subpart at the
// start of s (which does not begin with a valid sequence) and CPython's
// reason for it.
func utf8InvalidSpan(s string) (int, string) {
	c := s[0]
	var need int
	lo, hi := byte(0x80), byte(0xbf)
	switch {
	case c >= 0xc2 && c <= 0xdf:
		need = 1
	case c == 0xe0:
		need, lo = 2, 0xa0
	case c == 0xed:
		need, hi = 2, 0x9f
	case c >= 0xe1 && c <= 0xef:
		need = 2
	case c == 0xf0:
		need, lo = 3, 0x90
	case c == 0xf4:
		need, hi = 3, 0x8f
	case c >= 0xf1 && c <= 0xf3:
		need = 3
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(s) {
			return k, "unexpected end of data"
		}
		b := s[k]
		if k == 1 {
			if b < lo || b > hi {
				return 1, "invalid continuation byte"
			}
		} else if b < 0x80 || b > 0xbf {
			return k, "invalid continuation byte"
		}
	}
	return 1, "invalid start byte" // not reached for invalid input
}

func init() {
	BytesType.New = newBytes
}
