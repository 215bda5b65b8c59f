package runtime

// cp1252 (windows-1252), a charmap codec: latin-1 except 0x80-0x9F, which
// hold typographic characters (€ ‘ ’ “ ” – — …) or nothing. Its errors
// read as CPython's charmap codec's ("'charmap' codec can't encode
// character '\u20ad' in position 0: character maps to <undefined>").

// cp1252High maps 0x80..0x9F; 0 marks a byte that decodes to nothing.
var cp1252High = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

const charmapUndefined = "character maps to <undefined>"

func cp1252Decode1(c byte) (rune, bool) {
	if c >= 0x80 && c < 0xA0 {
		r := cp1252High[c-0x80]
		return r, r != 0
	}
	return rune(c), true
}

func cp1252Encode1(r rune) (byte, bool) {
	if r < 0x80 || r >= 0xA0 && r <= 0xFF {
		return byte(r), true
	}
	for i, h := range cp1252High {
		if h == r && h != 0 {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}

func cp1252Codec() *extraCodecImpl {
	return &extraCodecImpl{name: "cp1252", encode: cp1252Encode, decode: cp1252Decode}
}

func cp1252Encode(s, errors string) (string, error) {
	return encodeSingleByte(s, "charmap", errors, charmapUndefined, cp1252Encode1)
}

func cp1252Decode(s, errors string) (string, error) {
	if err := checkErrorsMode(errors); err != nil {
		return "", err
	}
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		if r, ok := cp1252Decode1(s[i]); ok {
			out = append(out, r)
			continue
		}
		switch errors {
		case "replace":
			out = append(out, '\uFFFD')
		case "ignore":
		case "backslashreplace":
			out = append(out, []rune("\\x"+string([]byte{hexDigits[s[i]>>4], hexDigits[s[i]&15]}))...)
		default:
			return "", decodeError("charmap", s, i, i+1, charmapUndefined)
		}
	}
	return string(out), nil
}
