package runtime

import (
	"strings"
)

// The methods of bytes.

func bytesMethod(name string, fn func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error)) *Builtin {
	return typedMethod("bytes", name, func(th *Thread, s Bytes, args []Value, kwargs []KwArg) (Value, error) {
		return fn(th, string(s), args, kwargs)
	})
}

func bytesNoArgs(name string, fn func(s string) Value) *Builtin {
	return bytesMethod(name, func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
		if len(args)+len(kwargs) > 0 {
			return nil, NewError(TypeErrorType, "bytes.%s() takes no arguments (%d given)", name, len(args)+len(kwargs))
		}
		return fn(s), nil
	})
}

// bytesArg requires a bytes-like argument.
func bytesArg(v Value) (string, error) {
	if s, ok := bytesOf(v); ok {
		return s, nil
	}
	return "", NewError(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(v))
}

// bytesSubArg is the needle of find/count/index: bytes-like or an int.
func bytesSubArg(v Value) (string, error) {
	if s, ok := bytesOf(v); ok {
		return s, nil
	}
	if IsIntValue(v) {
		c, err := byteValue(v)
		if err != nil {
			return "", err
		}
		return string([]byte{c}), nil
	}
	return "", NewError(TypeErrorType, "argument should be integer or bytes-like object, not '%s'", TypeName(v))
}

// bytesWindow resolves start/end arguments; ok is false when nothing can
// match.
func bytesWindow(s string, args []Value, from int) (lo, hi int, ok bool, err error) {
	start, err := optSliceArg(args, from, 0)
	if err != nil {
		return 0, 0, false, err
	}
	end, err := optSliceArg(args, from+1, len(s))
	if err != nil {
		return 0, 0, false, err
	}
	start, end = adjustIndices(start, end, len(s))
	if start > len(s) || end < start {
		return 0, 0, false, nil
	}
	return start, end, true, nil
}

func bytesFind(name string, reverse, raise bool) *Builtin {
	return bytesMethod(name, func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
		if err := oldStyleArgs(name, args, kwargs, 1, 3); err != nil {
			return nil, err
		}
		sub, err := bytesSubArg(args[0])
		if err != nil {
			return nil, err
		}
		lo, hi, ok, err := bytesWindow(s, args, 1)
		if err != nil {
			return nil, err
		}
		i := -1
		if ok {
			if reverse {
				i = strings.LastIndex(s[lo:hi], sub)
			} else {
				i = strings.Index(s[lo:hi], sub)
			}
		}
		if i < 0 {
			if raise {
				return nil, NewError(ValueErrorType, "subsection not found")
			}
			return MakeInt(-1), nil
		}
		return MakeInt(int64(lo + i)), nil
	})
}

func bytesAffix(name string, end bool) *Builtin {
	return bytesMethod(name, func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
		if err := oldStyleArgs(name, args, kwargs, 1, 3); err != nil {
			return nil, err
		}
		lo, hi, ok, err := bytesWindow(s, args, 1)
		if err != nil {
			return nil, err
		}
		match := func(x string) bool {
			if !ok {
				return false
			}
			if end {
				return strings.HasSuffix(s[lo:hi], x)
			}
			return strings.HasPrefix(s[lo:hi], x)
		}
		if t, isTuple := args[0].(*Tuple); isTuple {
			for _, it := range t.Items {
				x, err := bytesArg(it)
				if err != nil {
					return nil, err
				}
				if match(x) {
					return True, nil
				}
			}
			return False, nil
		}
		x, isBytes := bytesOf(args[0])
		if !isBytes {
			return nil, NewError(TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, TypeName(args[0]))
		}
		return Bool(match(x)), nil
	})
}

func bytesStrip(name string, left, right bool) *Builtin {
	return bytesMethod(name, func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
		if err := clinicArgs(name, args, kwargs, 0, 1); err != nil {
			return nil, err
		}
		chars := " \t\n\r\v\f"
		if len(args) == 1 && args[0] != None {
			c, err := bytesArg(args[0])
			if err != nil {
				return nil, err
			}
			chars = c
		}
		if left {
			s = strings.TrimLeft(s, chars)
		}
		if right {
			s = strings.TrimRight(s, chars)
		}
		return Bytes(s), nil
	})
}

func isASCIISpaceByte(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}

func bytesSplit(name string, reverse bool) *Builtin {
	return bytesMethod(name, func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
		var sepV, maxV Value
		if err := UnpackArgs(name, args, kwargs, "sep?", &sepV, "maxsplit?", &maxV); err != nil {
			return nil, err
		}
		maxsplit := -1
		if maxV != nil {
			n, err := IndexInt(maxV)
			if err != nil {
				return nil, err
			}
			maxsplit = n
		}
		var parts []string
		if sepV == nil || sepV == None {
			// Whitespace splitting works on ASCII whitespace only: the
			// str helpers agree on ASCII input once non-ASCII bytes are
			// treated as non-space, so map through a byte-level scan.
			parts = bytesSplitWhitespace(s, maxsplit, reverse)
		} else {
			sep, err := bytesArg(sepV)
			if err != nil {
				return nil, err
			}
			if sep == "" {
				return nil, NewError(ValueErrorType, "empty separator")
			}
			if reverse {
				parts = rsplitSep(s, sep, maxsplit)
			} else {
				parts = strings.SplitN(s, sep, maxsplitN(maxsplit))
			}
		}
		items := make([]Value, len(parts))
		for i, p := range parts {
			items[i] = Bytes(p)
		}
		return NewList(items), nil
	})
}

func bytesSplitWhitespace(s string, maxsplit int, reverse bool) []string {
	var out []string
	if !reverse {
		i := 0
		for {
			for i < len(s) && isASCIISpaceByte(s[i]) {
				i++
			}
			if i >= len(s) {
				return out
			}
			if maxsplit >= 0 && len(out) == maxsplit {
				return append(out, s[i:])
			}
			j := i
			for j < len(s) && !isASCIISpaceByte(s[j]) {
				j++
			}
			out = append(out, s[i:j])
			i = j
		}
	}
	j := len(s)
	for {
		for j > 0 && isASCIISpaceByte(s[j-1]) {
			j--
		}
		if j <= 0 {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, s[:j])
			break
		}
		i := j
		for i > 0 && !isASCIISpaceByte(s[i-1]) {
			i--
		}
		out = append(out, s[i:j])
		j = i
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func bytesHex(s, sep string, per int) string {
	out := make([]byte, 0, len(s)*(2+len(sep)))
	for i := 0; i < len(s); i++ {
		if i > 0 && sep != "" && hexSepBefore(i, len(s), per) {
			out = append(out, sep...)
		}
		out = append(out, hexDigits[s[i]>>4], hexDigits[s[i]&15])
	}
	return string(out)
}

// hexSepBefore reports whether hex(sep, per) puts the separator before
// byte i of n: every per bytes counted from the right end, or from the
// left when per is negative.
func hexSepBefore(i, n, per int) bool {
	if per < 0 {
		return i%(-per) == 0
	}
	return (n-i)%per == 0
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// BytesFromHex is bytes.fromhex(s): pairs of hex digits, whitespace
// allowed between pairs.
func BytesFromHex(s string) (string, error) {
	out := make([]byte, 0, len(s)/2)
	for i := 0; i < len(s); {
		if isASCIISpaceByte(s[i]) {
			i++
			continue
		}
		hi := hexVal(s[i])
		if hi < 0 {
			return "", NewError(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i)
		}
		if i+1 >= len(s) {
			return "", NewError(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		lo := hexVal(s[i+1])
		if lo < 0 {
			return "", NewError(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		out = append(out, byte(hi<<4|lo))
		i += 2
	}
	return string(out), nil
}

func bytesAll(s string, pred func(c byte) bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !pred(s[i]) {
			return false
		}
	}
	return true
}

func init() {
	BytesType.AddMethods(
		bytesMethod("decode", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			var enc, errs Value
			if err := UnpackArgs("decode", args, kwargs, "encoding?", &enc, "errors?", &errs); err != nil {
				return nil, err
			}
			e, err := codecArg("decode", "encoding", enc, "utf-8")
			if err != nil {
				return nil, err
			}
			er, err := codecArg("decode", "errors", errs, "strict")
			if err != nil {
				return nil, err
			}
			r, err := decodeBytes(s, e, er)
			return Str(r), err
		}),
		bytesMethod("hex", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			var sepV, perV Value
			if err := UnpackArgs("hex", args, kwargs, "sep?", &sepV, "bytes_per_sep?", &perV); err != nil {
				return nil, err
			}
			sep, per := "", 1
			if sepV != nil {
				switch x := sepV.(type) {
				case Str:
					if len([]rune(string(x))) == 1 && x[0] >= 0x80 {
						return nil, NewError(ValueErrorType, "sep must be ASCII.")
					}
					sep = string(x)
				case Bytes:
					sep = string(x)
				default:
					return nil, NewError(TypeErrorType, "object of type '%s' has no len()", TypeName(sepV))
				}
				if len(sep) != 1 {
					return nil, NewError(ValueErrorType, "sep must be length 1.")
				}
			}
			if perV != nil {
				n, err := IndexInt(perV)
				if err != nil {
					return nil, err
				}
				if per = n; n == 0 {
					sep = ""
				}
			}
			return Str(bytesHex(s, sep, per)), nil
		}),
		NewFunc("fromhex", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
			var s string
			if err := UnpackArgs("fromhex", args, kwargs, "string", &s); err != nil {
				return nil, err
			}
			r, err := BytesFromHex(s)
			return Bytes(r), err
		}),
		bytesFind("find", false, false),
		bytesFind("rfind", true, false),
		bytesFind("index", false, true),
		bytesFind("rindex", true, true),
		bytesAffix("startswith", false),
		bytesAffix("endswith", true),
		bytesStrip("strip", true, true),
		bytesStrip("lstrip", true, false),
		bytesStrip("rstrip", false, true),
		bytesSplit("split", false),
		bytesSplit("rsplit", true),
		bytesMethod("count", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			if err := oldStyleArgs("count", args, kwargs, 1, 3); err != nil {
				return nil, err
			}
			sub, err := bytesSubArg(args[0])
			if err != nil {
				return nil, err
			}
			lo, hi, ok, err := bytesWindow(s, args, 1)
			if err != nil || !ok {
				return MakeInt(0), err
			}
			if sub == "" {
				return MakeInt(int64(hi - lo + 1)), nil
			}
			return MakeInt(int64(strings.Count(s[lo:hi], sub))), nil
		}),
		bytesMethod("replace", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			if err := clinicArgs("replace", args, kwargs, 2, 3); err != nil {
				return nil, err
			}
			old, err := bytesArg(args[0])
			if err != nil {
				return nil, err
			}
			nw, err := bytesArg(args[1])
			if err != nil {
				return nil, err
			}
			count := -1
			if len(args) == 3 {
				if count, err = IndexInt(args[2]); err != nil {
					return nil, err
				}
			}
			if count < 0 {
				count = -1
			}
			if err := checkReplace(s, old, nw, count, len(s)+1); err != nil {
				return nil, err
			}
			if old == "" {
				// Insert between every byte (not every UTF-8 sequence).
				var b strings.Builder
				n := 0
				for i := 0; i <= len(s); i++ {
					if count < 0 || n < count {
						b.WriteString(nw)
						n++
					}
					if i < len(s) {
						b.WriteByte(s[i])
					}
				}
				return Bytes(b.String()), nil
			}
			return Bytes(strings.Replace(s, old, nw, count)), nil
		}),
		bytesMethod("join", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			if len(args) != 1 || len(kwargs) > 0 {
				return nil, NewError(TypeErrorType, "bytes.join() takes exactly one argument (%d given)", len(args)+len(kwargs))
			}
			items, err := IterateAll(th, args[0])
			if err != nil {
				if IsExc(err, TypeErrorType) {
					return nil, NewError(TypeErrorType, "can only join an iterable")
				}
				return nil, err
			}
			if len(items) > 1 {
				if err := CheckAlloc(len(items)-1, len(s)); err != nil {
					return nil, err
				}
			}
			var b strings.Builder
			for i, it := range items {
				x, ok := bytesOf(it)
				if !ok {
					return nil, NewError(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, TypeName(it))
				}
				if i > 0 {
					b.WriteString(s)
				}
				b.WriteString(x)
			}
			return Bytes(b.String()), nil
		}),
		bytesMethod("partition", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			return bytesPartition("partition", s, args, kwargs, false)
		}),
		bytesMethod("rpartition", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			return bytesPartition("rpartition", s, args, kwargs, true)
		}),
		bytesNoArgs("upper", func(s string) Value { return Bytes(asciiUpper(s)) }),
		bytesNoArgs("lower", func(s string) Value { return Bytes(asciiLower(s)) }),
		bytesNoArgs("swapcase", func(s string) Value { return Bytes(bytesCaseMap(s, swapCaseByte)) }),
		bytesNoArgs("capitalize", func(s string) Value { return Bytes(bytesCapitalize(s)) }),
		bytesNoArgs("title", func(s string) Value { return Bytes(bytesTitle(s)) }),
		bytesNoArgs("isdigit", func(s string) Value {
			return Bool(bytesAll(s, func(c byte) bool { return c >= '0' && c <= '9' }))
		}),
		bytesNoArgs("isalpha", func(s string) Value {
			return Bool(bytesAll(s, func(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }))
		}),
		bytesNoArgs("isalnum", func(s string) Value {
			return Bool(bytesAll(s, func(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9' }))
		}),
		bytesNoArgs("isspace", func(s string) Value { return Bool(bytesAll(s, isASCIISpaceByte)) }),
		bytesNoArgs("isascii", func(s string) Value { return Bool(strIsASCII(s)) }),
		bytesMethod("removeprefix", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			if len(args) != 1 || len(kwargs) > 0 {
				return nil, NewError(TypeErrorType, "bytes.removeprefix() takes exactly one argument (%d given)", len(args)+len(kwargs))
			}
			p, err := bytesArg(args[0])
			if err != nil {
				return nil, err
			}
			return Bytes(strings.TrimPrefix(s, p)), nil
		}),
		bytesMethod("removesuffix", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			if len(args) != 1 || len(kwargs) > 0 {
				return nil, NewError(TypeErrorType, "bytes.removesuffix() takes exactly one argument (%d given)", len(args)+len(kwargs))
			}
			p, err := bytesArg(args[0])
			if err != nil {
				return nil, err
			}
			return Bytes(strings.TrimSuffix(s, p)), nil
		}),
	)
}

func bytesPartition(name, s string, args []Value, kwargs []KwArg, reverse bool) (Value, error) {
	if len(args) != 1 || len(kwargs) > 0 {
		return nil, NewError(TypeErrorType, "bytes.%s() takes exactly one argument (%d given)", name, len(args)+len(kwargs))
	}
	sep, err := bytesArg(args[0])
	if err != nil {
		return nil, err
	}
	if sep == "" {
		return nil, NewError(ValueErrorType, "empty separator")
	}
	var i int
	if reverse {
		i = strings.LastIndex(s, sep)
	} else {
		i = strings.Index(s, sep)
	}
	if i < 0 {
		if reverse {
			return NewTuple([]Value{Bytes(""), Bytes(""), Bytes(s)}), nil
		}
		return NewTuple([]Value{Bytes(s), Bytes(""), Bytes("")}), nil
	}
	return NewTuple([]Value{Bytes(s[:i]), Bytes(sep), Bytes(s[i+len(sep):])}), nil
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func swapCaseByte(c byte) byte {
	if isASCIILetter(c) {
		return c ^ 0x20
	}
	return c
}

func bytesCaseMap(s string, f func(byte) byte) string {
	out := []byte(s)
	for i, c := range out {
		out[i] = f(c)
	}
	return string(out)
}

// bytesCapitalize upper-cases the first ASCII byte and lower-cases the rest.
func bytesCapitalize(s string) string {
	out := []byte(asciiLower(s))
	if len(out) > 0 && out[0] >= 'a' && out[0] <= 'z' {
		out[0] -= 0x20
	}
	return string(out)
}

// bytesTitle upper-cases ASCII letters that follow a non-letter and
// lower-cases the others.
func bytesTitle(s string) string {
	out := []byte(s)
	prev := false
	for i, c := range out {
		if isASCIILetter(c) {
			if prev {
				out[i] = c | 0x20
			} else {
				out[i] = c &^ 0x20
			}
			prev = true
		} else {
			prev = false
		}
	}
	return string(out)
}
