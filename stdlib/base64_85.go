package stdlib

import (
	"encoding/binary"
	"fmt"
	"strings"

	rt "github.com/spindle-lang/spindle/runtime"
)

// base64's Ascii85 and base85 codecs (a85encode, a85decode, b85encode,
// b85decode), as CPython's base64.py computes them: big-endian 32-bit
// words written as five digits, a short last word padded with zeros and
// its extra digits dropped (unless pad), Ascii85's 'z' for a zero word
// and, with foldspaces, 'y' for four spaces; adobe adds the <~ ~> frame.

const b85Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"

// encode85 is CPython's _85encode over the 85 digits of alphabet.
func encode85(b string, alphabet string, pad, foldNuls, foldSpaces bool) string {
	padding := (4 - len(b)%4) % 4
	b += strings.Repeat("\x00", padding)
	var out strings.Builder
	var last string
	for i := 0; i < len(b); i += 4 {
		w := binary.BigEndian.Uint32([]byte(b[i : i+4]))
		var chunk string
		switch {
		case foldNuls && w == 0:
			chunk = "z"
		case foldSpaces && w == 0x20202020:
			chunk = "y"
		default:
			var d [5]byte
			for k := 4; k >= 0; k-- {
				d[k] = alphabet[w%85]
				w /= 85
			}
			chunk = string(d[:])
		}
		if i+4 == len(b) {
			last = chunk
			break
		}
		out.WriteString(chunk)
	}
	if padding > 0 && !pad {
		if last == "z" {
			last = strings.Repeat(alphabet[:1], 5)
		}
		last = last[:len(last)-padding]
	}
	out.WriteString(last)
	return out.String()
}

func addBase85(fn func(name string, f func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error))) {
	fn("a85encode", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var s rt.Value
		var foldSpaces, pad, adobe bool
		wrapcol := 0
		if err := rt.UnpackArgs("a85encode", args, kwargs, "b", &s, "foldspaces?", &foldSpaces, "wrapcol?", &wrapcol, "pad?", &pad, "adobe?", &adobe); err != nil {
			return nil, err
		}
		raw, err := b85EncodeInput(s)
		if err != nil {
			return nil, err
		}
		var a85 [85]byte
		for i := range a85 {
			a85[i] = byte(33 + i)
		}
		res := encode85(raw, string(a85[:]), pad, true, foldSpaces)
		if adobe {
			res = "<~" + res
		}
		if wrapcol > 0 {
			if adobe {
				wrapcol = max(2, wrapcol)
			}
			var chunks []string
			for i := 0; i < len(res); i += wrapcol {
				chunks = append(chunks, res[i:min(i+wrapcol, len(res))])
			}
			if adobe && len(chunks[len(chunks)-1])+2 > wrapcol {
				chunks = append(chunks, "")
			}
			res = strings.Join(chunks, "\n")
		}
		if adobe {
			res += "~>"
		}
		return rt.Bytes(res), nil
	})
	fn("b85encode", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var s rt.Value
		pad := false
		if err := rt.UnpackArgs("b85encode", args, kwargs, "b", &s, "pad?", &pad); err != nil {
			return nil, err
		}
		raw, err := b85EncodeInput(s)
		if err != nil {
			return nil, err
		}
		return rt.Bytes(encode85(raw, b85Alphabet, pad, false, false)), nil
	})
	fn("a85decode", a85decode)
	fn("b85decode", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var s rt.Value
		if err := rt.UnpackArgs("b85decode", args, kwargs, "b", &s); err != nil {
			return nil, err
		}
		raw, err := b64Input(s, true)
		if err != nil {
			return nil, err
		}
		padding := (5 - len(raw)%5) % 5
		raw += strings.Repeat("~", padding)
		out := make([]byte, 0, len(raw)/5*4)
		for i := 0; i < len(raw); i += 5 {
			acc := uint64(0)
			for j := i; j < i+5; j++ {
				k := strings.IndexByte(b85Alphabet, raw[j])
				if k < 0 {
					return nil, rt.NewError(rt.ValueErrorType, "bad base85 character at position %d", j)
				}
				acc = acc*85 + uint64(k)
			}
			if acc > 0xFFFFFFFF {
				return nil, rt.NewError(rt.ValueErrorType, "base85 overflow in hunk starting at byte %d", i)
			}
			out = binary.BigEndian.AppendUint32(out, uint32(acc))
		}
		return rt.Bytes(out[:len(out)-padding]), nil
	})
}

// b85EncodeInput is the bytes-like argument of an encoder (CPython
// converts it with memoryview(), whose name starts the TypeError).
func b85EncodeInput(v rt.Value) (string, error) {
	if raw, ok := reBytesLike(v); ok {
		return raw, nil
	}
	return "", rt.NewError(rt.TypeErrorType, "memoryview: a bytes-like object is required, not '%s'", rt.TypeName(v))
}

// a85decode is base64.a85decode(b, *, foldspaces=False, adobe=False,
// ignorechars=b' \t\n\r\v').
func a85decode(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var s rt.Value
	var ignore rt.Value = rt.Bytes(" \t\n\r\v")
	var foldSpaces, adobe bool
	if err := rt.UnpackArgs("a85decode", args, kwargs, "b", &s, "foldspaces?", &foldSpaces, "adobe?", &adobe, "ignorechars?", &ignore); err != nil {
		return nil, err
	}
	raw, err := b64Input(s, true)
	if err != nil {
		return nil, err
	}
	ign, err := b64Input(ignore, false)
	if err != nil {
		return nil, err
	}
	if adobe {
		if !strings.HasSuffix(raw, "~>") {
			return nil, rt.NewError(rt.ValueErrorType, "Ascii85 encoded byte sequences must end with b'~>'")
		}
		raw = strings.TrimPrefix(raw[:len(raw)-2], "<~")
	}
	var out []byte
	var cur []byte
	for _, x := range []byte(raw + "uuuu") {
		switch {
		case x >= '!' && x <= 'u':
			cur = append(cur, x)
			if len(cur) == 5 {
				acc := uint64(0)
				for _, c := range cur {
					acc = 85*acc + uint64(c-33)
				}
				if acc > 0xFFFFFFFF {
					return nil, rt.NewError(rt.ValueErrorType, "Ascii85 overflow")
				}
				out = binary.BigEndian.AppendUint32(out, uint32(acc))
				cur = cur[:0]
			}
		case x == 'z':
			if len(cur) > 0 {
				return nil, rt.NewError(rt.ValueErrorType, "z inside Ascii85 5-tuple")
			}
			out = append(out, 0, 0, 0, 0)
		case foldSpaces && x == 'y':
			if len(cur) > 0 {
				return nil, rt.NewError(rt.ValueErrorType, "y inside Ascii85 5-tuple")
			}
			out = append(out, "    "...)
		case strings.IndexByte(ign, x) >= 0:
		default:
			return nil, rt.NewError(rt.ValueErrorType, "%s", fmt.Sprintf("Non-Ascii85 digit found: %c", rune(x)))
		}
	}
	if padding := 4 - len(cur); padding > 0 {
		out = out[:len(out)-padding]
	}
	return rt.Bytes(out), nil
}
