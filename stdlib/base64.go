package stdlib

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"strings"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The base64 module (and binascii.Error, its error class): Base64 with
// CPython's lenient decoding (characters outside the alphabet are
// discarded unless validate=True), URL-safe Base64, Base32 and Base16.

var binasciiErrorType = newModuleErrorType("Error", "binascii", rt.ValueErrorType)

// loadBinasciiModule makes the binascii module (registered in modules.go).
func loadBinasciiModule() *rt.Module {
	m := rt.NewModule("binascii")
	m.Dict.SetStr("Error", binasciiErrorType)
	// hexlify/b2a_hex and unhexlify/a2b_hex are the same functions under
	// two names, as in CPython.
	for _, name := range []string{"hexlify", "b2a_hex"} {
		m.Dict.SetStr(name, rt.NewFunc(name, binasciiHexlify))
	}
	for _, name := range []string{"unhexlify", "a2b_hex"} {
		m.Dict.SetStr(name, rt.NewFunc(name, binasciiUnhexlify))
	}
	m.Dict.SetStr("crc32", zlibChecksum("crc32", 0, crc32Update))
	return m
}

func binasciiHexlify(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var data rt.Value
	if err := rt.UnpackArgs("hexlify", args, kwargs, "data", &data); err != nil {
		return nil, err
	}
	raw, err := b64Input(data, false)
	if err != nil {
		return nil, err
	}
	return rt.Bytes(hex.EncodeToString([]byte(raw))), nil
}

func binasciiUnhexlify(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var data rt.Value
	if err := rt.UnpackArgs("unhexlify", args, kwargs, "hexstr", &data); err != nil {
		return nil, err
	}
	raw, err := b64Input(data, true)
	if err != nil {
		return nil, err
	}
	if len(raw)%2 != 0 {
		return nil, rt.NewError(binasciiErrorType, "Odd-length string")
	}
	out, err := hex.DecodeString(raw)
	if err != nil {
		return nil, rt.NewError(binasciiErrorType, "Non-hexadecimal digit found")
	}
	return rt.Bytes(out), nil
}

// b64Input accepts bytes-like objects (and ASCII str when decoding).
func b64Input(v rt.Value, allowStr bool) (string, error) {
	if raw, ok := reBytesLike(v); ok {
		return raw, nil
	}
	if s, ok := v.(rt.Str); ok && allowStr {
		for _, r := range string(s) {
			if r > 127 {
				return "", rt.NewError(rt.ValueErrorType, "string argument should contain only ASCII characters")
			}
		}
		return string(s), nil
	}
	if allowStr {
		return "", rt.NewError(rt.TypeErrorType, "argument should be a bytes-like object or ASCII string, not '%s'", rt.TypeName(v))
	}
	return "", rt.NewError(rt.TypeErrorType, "a bytes-like object is required, not '%s'", rt.TypeName(v))
}

func newBase64Module() *rt.Module {
	m := rt.NewModule("base64")
	fn := func(name string, f func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) {
		m.Dict.SetStr(name, rt.NewFunc(name, f))
	}
	encode := func(name string, alt string) {
		fn(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var s rt.Value
			var altchars rt.Value = rt.None
			pairs := []any{"s", &s}
			if name == "b64encode" {
				pairs = append(pairs, "altchars?", &altchars)
			}
			if err := rt.UnpackArgs(name, args, kwargs, pairs...); err != nil {
				return nil, err
			}
			raw, err := b64Input(s, false)
			if err != nil {
				return nil, err
			}
			out := base64.StdEncoding.EncodeToString([]byte(raw))
			a := alt
			if altchars != rt.None {
				ar, err := b64Input(altchars, false)
				if err != nil {
					return nil, err
				}
				if len(ar) != 2 {
					return nil, rt.NewError(rt.AssertionErrorType, repr2(altchars))
				}
				a = ar
			}
			if a != "" {
				out = strings.NewReplacer("+", a[:1], "/", a[1:2]).Replace(out)
			}
			return rt.Bytes(out), nil
		})
	}
	decode := func(name string, alt string) {
		fn(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var s rt.Value
			var altchars rt.Value = rt.None
			validate := false
			pairs := []any{"s", &s}
			if name == "b64decode" {
				pairs = append(pairs, "altchars?", &altchars, "validate?", &validate)
			}
			if err := rt.UnpackArgs(name, args, kwargs, pairs...); err != nil {
				return nil, err
			}
			raw, err := b64Input(s, true)
			if err != nil {
				return nil, err
			}
			a := alt
			if altchars != rt.None {
				ar, err := b64Input(altchars, false)
				if err != nil {
					return nil, err
				}
				a = ar
			}
			if a != "" {
				raw = strings.NewReplacer(a[:1], "+", a[1:2], "/").Replace(raw)
			}
			out, err := a2bBase64(raw, validate)
			if err != nil {
				return nil, err
			}
			return rt.Bytes(out), nil
		})
	}
	encode("b64encode", "")
	encode("standard_b64encode", "")
	encode("urlsafe_b64encode", "-_")
	decode("b64decode", "")
	decode("standard_b64decode", "")
	decode("urlsafe_b64decode", "-_")
	fn("encodebytes", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var s rt.Value
		if err := rt.UnpackArgs("encodebytes", args, kwargs, "s", &s); err != nil {
			return nil, err
		}
		raw, err := b64Input(s, false)
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		for i := 0; i < len(raw); i += 57 {
			end := i + 57
			if end > len(raw) {
				end = len(raw)
			}
			b.WriteString(base64.StdEncoding.EncodeToString([]byte(raw[i:end])))
			b.WriteByte('\n')
		}
		return rt.Bytes(b.String()), nil
	})
	fn("decodebytes", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var s rt.Value
		if err := rt.UnpackArgs("decodebytes", args, kwargs, "s", &s); err != nil {
			return nil, err
		}
		raw, err := b64Input(s, false)
		if err != nil {
			return nil, err
		}
		out, err := a2bBase64(raw, false)
		if err != nil {
			return nil, err
		}
		return rt.Bytes(out), nil
	})
	fn("b32encode", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var s rt.Value
		if err := rt.UnpackArgs("b32encode", args, kwargs, "s", &s); err != nil {
			return nil, err
		}
		raw, err := b64Input(s, false)
		if err != nil {
			return nil, err
		}
		return rt.Bytes(base32.StdEncoding.EncodeToString([]byte(raw))), nil
	})
	fn("b32decode", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var s rt.Value
		casefold := false
		var map01 rt.Value = rt.None
		if err := rt.UnpackArgs("b32decode", args, kwargs, "s", &s, "casefold?", &casefold, "map01?", &map01); err != nil {
			return nil, err
		}
		raw, err := b64Input(s, true)
		if err != nil {
			return nil, err
		}
		if map01 != rt.None {
			m, err := b64Input(map01, false)
			if err != nil {
				return nil, err
			}
			raw = strings.NewReplacer("0", "O", "1", m).Replace(raw)
		}
		if casefold {
			raw = strings.ToUpper(raw)
		}
		if len(raw)%8 != 0 {
			return nil, rt.NewError(binasciiErrorType, "Incorrect padding")
		}
		out, derr := base32.StdEncoding.DecodeString(raw)
		if derr != nil {
			if strings.ContainsAny(strings.TrimRight(raw, "="), "=") || strings.Trim(raw, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567=") != "" {
				return nil, rt.NewError(binasciiErrorType, "Non-base32 digit found")
			}
			return nil, rt.NewError(binasciiErrorType, "Incorrect padding")
		}
		return rt.Bytes(out), nil
	})
	fn("b16encode", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var s rt.Value
		if err := rt.UnpackArgs("b16encode", args, kwargs, "s", &s); err != nil {
			return nil, err
		}
		raw, err := b64Input(s, false)
		if err != nil {
			return nil, err
		}
		return rt.Bytes(strings.ToUpper(hex.EncodeToString([]byte(raw)))), nil
	})
	fn("b16decode", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var s rt.Value
		casefold := false
		if err := rt.UnpackArgs("b16decode", args, kwargs, "s", &s, "casefold?", &casefold); err != nil {
			return nil, err
		}
		return b16decode(s, casefold)
	})
	addBase85(fn)
	m.Dict.SetStr("Error", binasciiErrorType)
	return m
}

func b16decode(s rt.Value, casefold bool) (rt.Value, error) {
	raw, err := b64Input(s, true)
	if err != nil {
		return nil, err
	}
	if casefold {
		raw = strings.ToUpper(raw)
	}
	if strings.Trim(raw, "0123456789ABCDEF") != "" && !casefold {
		return nil, rt.NewError(binasciiErrorType, "Non-base16 digit found")
	}
	if len(raw)%2 != 0 {
		return nil, rt.NewError(binasciiErrorType, "Odd-length string")
	}
	out, derr := hex.DecodeString(raw)
	if derr != nil {
		return nil, rt.NewError(binasciiErrorType, "Non-base16 digit found")
	}
	return rt.Bytes(out), nil
}

func repr2(v rt.Value) string {
	s, _ := rt.Repr(nil, v)
	return s
}

// a2bBase64 is binascii.a2b_base64: non-alphabet characters are skipped
// (an error when strict); '=' padding ends the data.
func a2bBase64(s string, strict bool) (string, error) {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	var data []byte
	pads := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '=' {
			if len(data)%4 >= 2 {
				pads++
				if len(data)%4+pads >= 4 {
					break
				}
				continue
			}
			if strict {
				return "", rt.NewError(binasciiErrorType, "Excess padding not allowed")
			}
			continue
		}
		if strings.IndexByte(alphabet, c) < 0 {
			if strict {
				return "", rt.NewError(binasciiErrorType, "Only base64 data is allowed")
			}
			continue
		}
		if pads > 0 {
			if strict {
				return "", rt.NewError(binasciiErrorType, "Discontinuous padding not allowed")
			}
			pads = 0
		}
		data = append(data, c)
	}
	switch len(data) % 4 {
	case 1:
		return "", rt.NewError(binasciiErrorType, "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(data))
	case 2, 3:
		if len(data)%4+pads < 4 {
			return "", rt.NewError(binasciiErrorType, "Incorrect padding")
		}
	}
	out, err := base64.RawStdEncoding.DecodeString(string(data))
	if err != nil {
		// Non-zero trailing bits are accepted by CPython.
		out, err = base64.RawStdEncoding.WithPadding(base64.NoPadding).Strict().DecodeString(string(data))
		if err != nil {
			return lenientB64(string(data)), nil
		}
	}
	return string(out), nil
}

// lenientB64 decodes ignoring non-zero trailing bits.
func lenientB64(data string) string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	var out []byte
	var acc uint32
	n := 0
	for i := 0; i < len(data); i++ {
		acc = acc<<6 | uint32(strings.IndexByte(alphabet, data[i]))
		n += 6
		if n >= 8 {
			n -= 8
			out = append(out, byte(acc>>uint(n)))
		}
	}
	return string(out)
}
