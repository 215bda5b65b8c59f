package runtime

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/spindle-lang/spindle/ast"
)

// Str holds UTF-8; len() and indexes count code points. Most strings in
// practice are ASCII, where code point i is byte i, so every index
// operation first checks strIsASCII (a tight loop over bytes) and then
// works on bytes directly; only non-ASCII strings pay for decoding.
//
// One-character results (s[i], iteration) come from a table for code
// points below 256, so indexing and iterating do not allocate.

var (
	_ HasRepr     = Str("")
	_ HasStr      = Str("")
	_ HasBinary   = Str("")
	_ HasCompare  = Str("")
	_ HasEqual    = Str("")
	_ HasHash     = Str("")
	_ Indexable   = Str("")
	_ Sized       = Str("")
	_ Iterable    = Str("")
	_ HasContains = Str("")
)

// charStrs holds the one-character strs for code points < 256.
var charStrs = func() (t [256]Value) {
	for i := range t {
		t[i] = Str(string(rune(i)))
	}
	return
}()

// charStr returns the str of one code point (cached below 256).
func charStr(r rune) Value {
	if r >= 0 && r < 256 {
		return charStrs[r]
	}
	return Str(string(r))
}

// strIsASCII reports whether s has only ASCII bytes.
func strIsASCII(s string) bool {
	for len(s) >= 8 {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		if w&0x8080808080808080 != 0 {
			return false
		}
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// strLen is len(s) in code points.
func strLen(s string) int {
	if strIsASCII(s) {
		return len(s)
	}
	return utf8.RuneCountInString(s)
}

// isPySpace is str.isspace for one code point (Python counts \x1c-\x1f,
// which Go's unicode.IsSpace does not).
func isPySpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	switch r {
	case 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// Repr implements repr(): CPython's quoting and escaping.
func (s Str) Repr(th *Thread) (string, error) { return strRepr(string(s)), nil }

// Str implements str(): the string itself.
func (s Str) Str(th *Thread) (string, error) { return string(s), nil }

const hexDigits = "0123456789abcdef"

// strRepr is repr() of a str: single quotes unless the text has a single
// quote and no double quote; \t \n \r \\ and the quote escaped; other
// control characters and non-printable code points as \xhh, \uhhhh or
// \Uhhhhhhhh; printable non-ASCII kept.
func strRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	// Fast path: nothing to escape.
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c >= 0x7f || c == '\\' || c == quote {
			clean = false
			break
		}
	}
	if clean {
		b := make([]byte, 0, len(s)+2)
		b = append(b, quote)
		b = append(b, s...)
		return string(append(b, quote))
	}
	b := make([]byte, 0, len(s)+8)
	b = append(b, quote)
	b = appendEscaped(b, s, quote, false)
	return string(append(b, quote))
}

// appendEscaped appends s with repr escapes; asciiOnly escapes every
// non-ASCII code point (ascii()).
func appendEscaped(b []byte, s string, quote byte, asciiOnly bool) []byte {
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\t':
			b = append(b, '\\', 't')
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\r':
			b = append(b, '\\', 'r')
		case r < ' ' || r == 0x7f:
			b = append(b, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
		case r < 0x7f:
			b = append(b, byte(r))
		case !asciiOnly && unicode.IsPrint(r):
			b = utf8.AppendRune(b, r)
		default:
			b = appendUnicodeEscape(b, r)
		}
	}
	return b
}

func appendUnicodeEscape(b []byte, r rune) []byte {
	switch {
	case r <= 0xff:
		return append(b, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
	case r <= 0xffff:
		return append(b, '\\', 'u', hexDigits[r>>12&15], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
	}
	b = append(b, '\\', 'U')
	for shift := 28; shift >= 0; shift -= 4 {
		b = append(b, hexDigits[r>>uint(shift)&15])
	}
	return b
}

// EscapeNonASCII is what ascii(x) does to repr(x): every non-ASCII code
// point becomes \xhh, \uhhhh or \Uhhhhhhhh.
func EscapeNonASCII(s string) string {
	if strIsASCII(s) {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	for _, r := range s {
		if r < 0x80 {
			b = append(b, byte(r))
		} else {
			b = appendUnicodeEscape(b, r)
		}
	}
	return string(b)
}

// isBuiltinValue reports whether v's class is a built-in type (its
// operators are known not to handle a str operand).
func isBuiltinValue(v Value) bool {
	m := v.Type().Module()
	return m == "builtins" || m == ""
}

// Binary implements + (with str), * (with int) and % (formatting).
func (s Str) Binary(th *Thread, op ast.Op, other Value, right bool) (Value, error) {
	switch op {
	case ast.Add:
		if o, ok := other.(Str); ok {
			if right {
				return StrConcat(o, s), nil
			}
			return StrConcat(s, o), nil
		}
		if !right && isBuiltinValue(other) {
			return nil, NewError(TypeErrorType, "can only concatenate str (not \"%s\") to str", TypeName(other))
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
		r, err := repeatString(string(s), n, "repeated string is too long")
		return Str(r), err
	case ast.Mod:
		if !right {
			return percentValue(th, string(s), other)
		}
	}
	return NotImplemented, nil
}

// strRepeatCount converts the int operand of sequence repetition; ok is
// false when other is not an int.
func strRepeatCount(other Value) (int, bool, error) {
	switch x := other.(type) {
	case Int:
		return int(x), true, nil
	case Bool:
		return int(boolToInt64(x)), true, nil
	case *BigInt:
		return 0, true, NewError(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	case HasIndex:
		n, err := IndexInt(other)
		return n, true, err
	case *Instance:
		if iv, ok, err := repeatIndex(x); ok {
			if err != nil {
				return 0, true, err
			}
			return strRepeatCount(iv)
		}
	}
	return 0, false, nil
}

// repeatString is s * n for str and bytes: an OverflowError with the
// message tooLong when the length overflows (CPython's Py_ssize_t check),
// a MemoryError when the result cannot be allocated.
func repeatString(s string, n int, tooLong string) (string, error) {
	if n <= 0 || s == "" {
		return "", nil
	}
	if n == 1 {
		return s, nil
	}
	if len(s) > math.MaxInt/n {
		return "", NewError(OverflowErrorType, "%s", tooLong)
	}
	if err := CheckAlloc(len(s), n); err != nil {
		return "", err
	}
	return strings.Repeat(s, n), nil
}

// Compare implements < <= > >= == != between strs (code point order,
// which is byte order for UTF-8).
func (s Str) Compare(th *Thread, op ast.Op, other Value) (Value, error) {
	o, ok := other.(Str)
	if !ok {
		return NotImplemented, nil
	}
	return cmpBool(op, strings.Compare(string(s), string(o))), nil
}

// Equal implements ==.
func (s Str) Equal(th *Thread, other Value) (bool, bool, error) {
	o, ok := other.(Str)
	return ok && s == o, ok, nil
}

// Hash implements hash().
func (s Str) Hash(th *Thread) (int64, error) { return StrHash(string(s)), nil }

// Len implements len(): the number of code points.
func (s Str) Len(th *Thread) (int, error) { return strLen(string(s)), nil }

// GetItem implements s[i] and s[i:j:k].
func (s Str) GetItem(th *Thread, key Value) (Value, error) {
	switch k := key.(type) {
	case Int:
		return strIndex(string(s), int(k))
	case *Slice:
		return strSlice(th, string(s), k)
	case Bool:
		return strIndex(string(s), int(boolToInt64(k)))
	case *BigInt:
		return nil, NewError(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	case HasIndex:
		i, err := IndexInt(key)
		if err != nil {
			return nil, err
		}
		return strIndex(string(s), i)
	case *Instance:
		if iv, ok, err := instanceIndex(th, k); ok {
			if err != nil {
				return nil, err
			}
			return s.GetItem(th, iv)
		}
	}
	return nil, NewError(TypeErrorType, "string indices must be integers, not '%s'", TypeName(key))
}

func strIndex(s string, i int) (Value, error) {
	if strIsASCII(s) {
		if i < 0 {
			i += len(s)
		}
		if i < 0 || i >= len(s) {
			return nil, NewError(IndexErrorType, "string index out of range")
		}
		return charStrs[s[i]], nil
	}
	if i < 0 {
		i += utf8.RuneCountInString(s)
		if i < 0 {
			return nil, NewError(IndexErrorType, "string index out of range")
		}
	}
	for _, r := range s {
		if i == 0 {
			return charStr(r), nil
		}
		i--
	}
	return nil, NewError(IndexErrorType, "string index out of range")
}

// runeOffset returns the byte offset of code point i of s (len(s) when i
// is the count).
func runeOffset(s string, i int) int {
	for off := range s {
		if i == 0 {
			return off
		}
		i--
	}
	return len(s)
}

func strSlice(th *Thread, s string, sl *Slice) (Value, error) {
	ascii := strIsASCII(s)
	n := len(s)
	if !ascii {
		n = utf8.RuneCountInString(s)
	}
	start, stop, step, err := SliceIndices(th, sl, n)
	if err != nil {
		return nil, err
	}
	count := SliceLen(start, stop, step)
	if count == 0 {
		return Str(""), nil
	}
	if step == 1 {
		if ascii {
			return Str(s[start:stop]), nil
		}
		a := runeOffset(s, start)
		b := a + runeOffset(s[a:], stop-start)
		return Str(s[a:b]), nil
	}
	if ascii {
		b := make([]byte, count)
		for i, j := 0, start; i < count; i, j = i+1, j+step {
			b[i] = s[j]
		}
		return Str(b), nil
	}
	rs := []rune(s)
	out := make([]rune, count)
	for i, j := 0, start; i < count; i, j = i+1, j+step {
		out[i] = rs[j]
	}
	return Str(string(out)), nil
}

// strIterator yields the code points of a str.
type strIterator struct {
	mu  iterLock
	s   string
	off int
}

// StrIteratorType is the type of iter("...").
var StrIteratorType = NewBuiltinType("str_ascii_iterator", nil)

func (*strIterator) Type() *Type { return StrIteratorType }

func (it *strIterator) Next(th *Thread) (Value, bool, error) {
	k := it.mu.lock()
	defer it.mu.unlock(k)
	if it.off >= len(it.s) {
		return nil, false, nil
	}
	if c := it.s[it.off]; c < utf8.RuneSelf {
		it.off++
		return charStrs[c], true, nil
	}
	r, size := utf8.DecodeRuneInString(it.s[it.off:])
	it.off += size
	return charStr(r), true, nil
}

// Iter implements iter(): the code points as one-character strs.
func (s Str) Iter(th *Thread) (Iterator, error) { return &strIterator{s: string(s)}, nil }

// Contains implements `sub in s`.
func (s Str) Contains(th *Thread, item Value) (bool, error) {
	sub, ok := unwrap(item).(Str)
	if !ok {
		return false, NewError(TypeErrorType, "'in <string>' requires string as left operand, not %s", TypeName(item))
	}
	return strings.Contains(string(s), string(sub)), nil
}
