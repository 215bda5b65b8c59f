package runtime

import (
	"encoding/binary"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
)

// The codecs beyond utf-8, ascii and latin-1 (bytes_ops.go): utf-16 and
// utf-32 (with a byte order mark, little-endian as on the platforms we run
// on, or -le/-be without), utf-8-sig, unicode_escape and
// raw_unicode_escape. str.encode and bytes.decode consult extraCodec
// before the three built-in ones.

type extraCodecImpl struct {
	name   string // CPython's name in error messages
	encode func(s, errors string) (string, error)
	decode func(s, errors string) (string, error)
}

// extraCodec finds the codec of a spelling of one of these encodings.
func extraCodec(encoding string) (*extraCodecImpl, bool) {
	e := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(encoding)), "-", "_")
	extraCodecsOnce.Do(func() { extraCodecs = newExtraCodecs() })
	c, ok := extraCodecs[e]
	return c, ok
}

// extraCodecs maps each spelling to its codec, built on first use rather
// than at process start (start-up RSS, bench/SPAWN.md).
var (
	extraCodecsOnce sync.Once
	extraCodecs     map[string]*extraCodecImpl
)

func newExtraCodecs() map[string]*extraCodecImpl {
	codecs := map[string]*extraCodecImpl{}
	add := func(c *extraCodecImpl, names ...string) {
		for _, n := range names {
			codecs[n] = c
		}
	}
	add(cp1252Codec(), "cp1252", "windows_1252", "1252")
	le, be := codecOrder(binary.LittleEndian), codecOrder(binary.BigEndian)
	add(utf16Codec("utf-16", nil), "utf_16", "utf16", "u16")
	add(utf16Codec("utf-16-le", le), "utf_16_le", "utf_16le", "utf16le")
	add(utf16Codec("utf-16-be", be), "utf_16_be", "utf_16be", "utf16be")
	add(utf32Codec("utf-32", nil), "utf_32", "utf32", "u32")
	add(utf32Codec("utf-32-le", le), "utf_32_le", "utf_32le", "utf32le")
	add(utf32Codec("utf-32-be", be), "utf_32_be", "utf_32be", "utf32be")
	add(&extraCodecImpl{name: "utf-8-sig",
		encode: func(s, errors string) (string, error) { return "\xef\xbb\xbf" + s, nil },
		decode: func(s, errors string) (string, error) {
			return decodeBytes(strings.TrimPrefix(s, "\xef\xbb\xbf"), "utf-8", errors)
		}}, "utf_8_sig", "utf8_sig")
	add(&extraCodecImpl{name: "unicodeescape", encode: unicodeEscapeEncode(false),
		decode: func(s, errors string) (string, error) { return unicodeEscapeDecode(s, errors, false) }},
		"unicode_escape")
	add(&extraCodecImpl{name: "rawunicodeescape", encode: unicodeEscapeEncode(true),
		decode: func(s, errors string) (string, error) { return unicodeEscapeDecode(s, errors, true) }},
		"raw_unicode_escape")
	return codecs
}

// codecOrder is the byte order of a codec; nil: with a BOM.
type codecOrder interface {
	binary.ByteOrder
	binary.AppendByteOrder
}

// readBOM is the byte order a decoder of a codec with order uses for s,
// and s without its byte-order mark: a codec without a fixed order (nil)
// reads the mark, le or be, and defaults to little-endian without one.
func readBOM(order codecOrder, s, le, be string) (codecOrder, string) {
	if order != nil {
		return order, s
	}
	if strings.HasPrefix(s, le) {
		return codecOrder(binary.LittleEndian), s[len(le):]
	}
	if strings.HasPrefix(s, be) {
		return codecOrder(binary.BigEndian), s[len(be):]
	}
	return codecOrder(binary.LittleEndian), s
}

// writeBOM starts an encoder's output: with no fixed byte order (the
// plain "utf-16"/"utf-32" codecs) it writes little-endian after the
// little-endian byte-order mark bom, as CPython does on this machine.
func writeBOM(order codecOrder, bom ...byte) (codecOrder, []byte) {
	if order != nil {
		return order, nil
	}
	return codecOrder(binary.LittleEndian), bom
}

func utf16Codec(name string, order codecOrder) *extraCodecImpl {
	return &extraCodecImpl{name: name,
		encode: func(s, errors string) (string, error) {
			o, out := writeBOM(order, 0xff, 0xfe)
			for _, u := range utf16.Encode([]rune(s)) {
				out = o.AppendUint16(out, u)
			}
			return string(out), nil
		},
		decode: func(s, errors string) (string, error) {
			o, s := readBOM(order, s, "\xff\xfe", "\xfe\xff")
			n := len(s) / 2 * 2
			units := make([]uint16, 0, n/2)
			for i := 0; i < n; i += 2 {
				units = append(units, o.Uint16([]byte(s[i:i+2])))
			}
			out := string(utf16.Decode(units))
			if n < len(s) {
				tail, err := codecTail(name, s, n, errors)
				if err != nil {
					return "", err
				}
				out += tail
			}
			return out, nil
		}}
}

func utf32Codec(name string, order codecOrder) *extraCodecImpl {
	return &extraCodecImpl{name: name,
		encode: func(s, errors string) (string, error) {
			o, out := writeBOM(order, 0xff, 0xfe, 0, 0)
			for _, r := range s {
				out = o.AppendUint32(out, uint32(r))
			}
			return string(out), nil
		},
		decode: func(s, errors string) (string, error) {
			o, s := readBOM(order, s, "\xff\xfe\x00\x00", "\x00\x00\xfe\xff")
			n := len(s) / 4 * 4
			var b strings.Builder
			for i := 0; i < n; i += 4 {
				r := o.Uint32([]byte(s[i : i+4]))
				if r > utf8.MaxRune {
					switch errors {
					case "replace":
						b.WriteRune(utf8.RuneError)
						continue
					case "ignore":
						continue
					}
					return "", NewError(UnicodeDecodeErrorType, "'%s' codec can't decode bytes in position %d-%d: code point not in range(0x110000)", name, i, i+3)
				}
				b.WriteRune(rune(r))
			}
			if n < len(s) {
				tail, err := codecTail(name, s, n, errors)
				if err != nil {
					return "", err
				}
				b.WriteString(tail)
			}
			return b.String(), nil
		}}
}

// codecTail handles the incomplete code unit at the end of s[from:].
func codecTail(name, s string, from int, errors string) (string, error) {
	switch errors {
	case "replace":
		return "\uFFFD", nil
	case "ignore":
		return "", nil
	}
	if len(s)-from == 1 {
		return "", NewError(UnicodeDecodeErrorType, "'%s' codec can't decode byte 0x%02x in position %d: truncated data", name, s[from], from)
	}
	return "", NewError(UnicodeDecodeErrorType, "'%s' codec can't decode bytes in position %d-%d: truncated data", name, from, len(s)-1)
}

// unicodeEscapeEncode is unicode_escape (raw false) or raw_unicode_escape.
func unicodeEscapeEncode(raw bool) func(s, errors string) (string, error) {
	return func(s, errors string) (string, error) {
		var out []byte
		for _, r := range s {
			switch {
			case raw && r < 0x100:
				out = append(out, byte(r))
			case r >= 0x10000:
				out = append(out, `\U`...)
				out = append(out, leftPadHex(uint64(r), 8)...)
			case r >= 0x100:
				out = append(out, `\u`...)
				out = append(out, leftPadHex(uint64(r), 4)...)
			case r == '\\':
				out = append(out, `\\`...)
			case r == '\t':
				out = append(out, `\t`...)
			case r == '\n':
				out = append(out, `\n`...)
			case r == '\r':
				out = append(out, `\r`...)
			case r < 0x20 || r >= 0x7f:
				out = append(out, `\x`...)
				out = append(out, leftPadHex(uint64(r), 2)...)
			default:
				out = append(out, byte(r))
			}
		}
		return string(out), nil
	}
}

func leftPadHex(v uint64, width int) string {
	h := strconv.FormatUint(v, 16)
	return strings.Repeat("0", max(0, width-len(h))) + h
}

// unicodeEscapeDecode reads the escapes of a Python string literal from
// latin-1 bytes (raw: only \u and \U).
func unicodeEscapeDecode(s, errors string, raw bool) (string, error) {
	name := "unicodeescape"
	if raw {
		name = "rawunicodeescape"
	}
	var b strings.Builder
	fail := func(start, end int, reason string) error {
		return NewError(UnicodeDecodeErrorType, "'%s' codec can't decode bytes in position %d-%d: %s", name, start, end, reason)
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			if c == '\\' && !raw {
				return "", NewError(UnicodeDecodeErrorType, "'%s' codec can't decode byte 0x5c in position %d: \\ at end of string", name, i)
			}
			b.WriteRune(rune(c))
			i++
			continue
		}
		e := s[i+1]
		hexEscape := func(n int, what string) (bool, error) {
			if i+2+n > len(s) {
				return false, fail(i, len(s)-1, "truncated "+what+" escape")
			}
			v, err := strconv.ParseUint(s[i+2:i+2+n], 16, 32)
			if err != nil {
				end := i + 2
				for end < i+2+n && isHexDigit(s[end]) {
					end++
				}
				return false, fail(i, end-1, "truncated "+what+" escape")
			}
			if v > utf8.MaxRune {
				return false, fail(i, i+1+n, "illegal Unicode character")
			}
			b.WriteRune(rune(v))
			i += 2 + n
			return true, nil
		}
		if raw {
			if e == 'u' || e == 'U' {
				n, what := 4, `\uXXXX`
				if e == 'U' {
					n, what = 8, `\UXXXXXXXX`
				}
				if _, err := hexEscape(n, what); err != nil {
					if errors == "strict" {
						return "", err
					}
					i += 2
				}
				continue
			}
			b.WriteRune(rune(c))
			i++
			continue
		}
		var err error
		switch e {
		case '\n':
			i += 2
		case '\\', '\'', '"':
			b.WriteByte(e)
			i += 2
		case 'a', 'b', 'f', 'n', 'r', 't', 'v':
			b.WriteByte(controlEscapes[e])
			i += 2
		case 'x':
			_, err = hexEscape(2, `\xXX`)
		case 'u':
			_, err = hexEscape(4, `\uXXXX`)
		case 'U':
			_, err = hexEscape(8, `\UXXXXXXXX`)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			j, v := i+1, 0
			for j < len(s) && j < i+4 && s[j] >= '0' && s[j] <= '7' {
				v = v*8 + int(s[j]-'0')
				j++
			}
			b.WriteRune(rune(v))
			i = j
		default:
			// An unknown escape stays as written (CPython also warns).
			b.WriteByte('\\')
			i++
		}
		if err != nil {
			switch errors {
			case "replace":
				b.WriteRune(utf8.RuneError)
			case "ignore":
			default:
				return "", err
			}
			i += 2
			for i < len(s) && isHexDigit(s[i]) {
				i++
			}
		}
	}
	return b.String(), nil
}

func isHexDigit(c byte) bool { return hexVal(c) >= 0 }

// controlEscapes maps the letter of a one-letter control escape (\n,
// \t, ...) to the byte it stands for.
var controlEscapes = [128]byte{'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v'}
