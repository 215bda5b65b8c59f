package runtime

import "strings"

// The bytes methods about layout and ASCII case classes: ljust, rjust,
// center, zfill, expandtabs, splitlines, islower, isupper, istitle (and
// bytearray.fromhex, the last bytes method bytearray lacked). They
// work on bytes (ASCII semantics: only a-z and A-Z are cased, only \n and
// \r end lines), never on decoded text. bytearray reaches them through
// its delegated methods (baDelegated).

// bytesPadArgs reads (width[, fillbyte]) of ljust/rjust/center.
func bytesPadArgs(name string, args []Value, kwargs []KwArg) (int, byte, error) {
	if err := clinicArgs(name, args, kwargs, 1, 2); err != nil {
		return 0, 0, err
	}
	width, err := IndexInt(args[0])
	if err != nil {
		return 0, 0, err
	}
	fill := byte(' ')
	if len(args) == 2 {
		f, ok := bytesOf(args[1])
		if !ok || len(f) != 1 {
			return 0, 0, NewError(TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", name, TypeName(args[1]))
		}
		fill = f[0]
	}
	return width, fill, nil
}

// bytesPad pads s to width with left and right shares of the margin.
func bytesPad(s string, width int, fill byte, where string) string {
	marg := width - len(s)
	if marg <= 0 {
		return s
	}
	var left int
	switch where {
	case "left": // ljust: the text on the left
		left = 0
	case "right":
		left = marg
	default: // center, as CPython's pad(): extra space on the right unless width is odd
		left = marg/2 + (marg & width & 1)
	}
	f := string([]byte{fill})
	return strings.Repeat(f, left) + s + strings.Repeat(f, marg-left)
}

func bytesPadMethod(name, where string) *Builtin {
	return bytesMethod(name, func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
		width, fill, err := bytesPadArgs(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		return Bytes(bytesPad(s, width, fill, where)), nil
	})
}

// bytesZfill is b.zfill(width): zeros after a leading sign.
func bytesZfill(s string, width int) string {
	if len(s) >= width {
		return s
	}
	fill := width - len(s)
	out := strings.Repeat("0", fill) + s
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		out = s[:1] + strings.Repeat("0", fill) + s[1:]
	}
	return out
}

// bytesExpandTabs is b.expandtabs(tabsize).
func bytesExpandTabs(s string, tab int) string {
	return expandTabs(s, tab, true)
}

// bytesSplitLines is b.splitlines(keepends): lines end at \n, \r or \r\n.
func bytesSplitLines(s string, keepends bool) []Value {
	var out []Value
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '\n' && s[i] != '\r' {
			continue
		}
		end := i + 1
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			end++
		}
		if keepends {
			out = append(out, Bytes(s[start:end]))
		} else {
			out = append(out, Bytes(s[start:i]))
		}
		start = end
		i = end - 1
	}
	if start < len(s) {
		out = append(out, Bytes(s[start:]))
	}
	return out
}

func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isASCIILower(c byte) bool { return c >= 'a' && c <= 'z' }

// bytesCaseIs is islower (upper false) or isupper: at least one cased
// byte, none of the other case.
func bytesCaseIs(s string, upper bool) bool {
	cased := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isASCIIUpper(c) {
			if !upper {
				return false
			}
			cased = true
		} else if isASCIILower(c) {
			if upper {
				return false
			}
			cased = true
		}
	}
	return cased
}

// bytesIsTitle is b.istitle(): uppercase bytes only after uncased ones,
// lowercase only after cased ones, and at least one cased byte.
func bytesIsTitle(s string) bool { return isTitleCased(s, true) }

func init() {
	BytesType.AddMethods(
		bytesPadMethod("ljust", "left"),
		bytesPadMethod("rjust", "right"),
		bytesPadMethod("center", "center"),
		bytesMethod("zfill", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			if err := clinicArgs("zfill", args, kwargs, 1, 1); err != nil {
				return nil, err
			}
			width, err := IndexInt(args[0])
			if err != nil {
				return nil, err
			}
			return Bytes(bytesZfill(s, width)), nil
		}),
		bytesMethod("expandtabs", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			tab := 8
			if err := UnpackArgs("expandtabs", args, kwargs, "tabsize?", &tab); err != nil {
				return nil, err
			}
			return Bytes(bytesExpandTabs(s, tab)), nil
		}),
		bytesMethod("splitlines", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			var keep Value = False
			if err := UnpackArgs("splitlines", args, kwargs, "keepends?", &keep); err != nil {
				return nil, err
			}
			k, err := Truth(th, keep)
			if err != nil {
				return nil, err
			}
			return NewList(bytesSplitLines(s, k)), nil
		}),
		bytesNoArgs("islower", func(s string) Value { return Bool(bytesCaseIs(s, false)) }),
		bytesNoArgs("isupper", func(s string) Value { return Bool(bytesCaseIs(s, true)) }),
		bytesNoArgs("istitle", func(s string) Value { return Bool(bytesIsTitle(s)) }),
	)
	// bytearray.fromhex(s), a class method like bytes.fromhex.
	ByteArrayType.AddMethods(NewFunc("fromhex", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
		var s string
		if err := UnpackArgs("fromhex", args, kwargs, "string", &s, "/"); err != nil {
			return nil, err
		}
		b, err := BytesFromHex(s)
		if err != nil {
			return nil, err
		}
		return NewByteArray([]byte(b)), nil
	}))
}
