package lexer

import (
	"strings"
	"unicode/utf8"

	plexer "github.com/alecthomas/participle/v2/lexer"
)

// scanString scans one string literal whose prefix starts at start and
// whose opening quote is at q. Only the end of the literal is found here
// (a backslash skips the next character); escapes are decoded later by
// DecodeString or ParseFString.
func (s *scanner) scanString(start, q int) error {
	src := s.src
	p := s.pos(start)
	quote := src[q]
	triple := s.at(q+1) == quote && s.at(q+2) == quote
	i := q + 1
	if triple {
		i = q + 3
	}
	for {
		if i >= len(src) {
			return s.unterminated(p, triple, true)
		}
		switch src[i] {
		case quote:
			if !triple {
				i++
				s.emit(String, src[start:i], p)
				s.off = i
				return nil
			}
			if s.at(i+1) == quote && s.at(i+2) == quote {
				i += 3
				s.emit(String, src[start:i], p)
				s.off = i
				return nil
			}
			i++
		case '\\':
			i++
			if i < len(src) {
				if src[i] == '\n' || src[i] == '\r' {
					i = s.newline(i)
				} else {
					i++
				}
			}
		case '\n', '\r':
			if !triple {
				return s.unterminated(p, false, false)
			}
			i = s.newline(i)
		default:
			i++
		}
	}
}

// unterminated reports a string literal that started at p and was not
// closed by the end of its line (atEOF false) or of the source.
func (s *scanner) unterminated(p plexer.Position, triple, atEOF bool) error {
	line := s.line
	if atEOF && s.lineOff == len(s.src) && line > p.Line {
		line-- // the source ends with a line end: CPython counts the last line
	}
	if triple {
		e := syntaxError(p, "unterminated triple-quoted string literal (detected at line %d)", line)
		e.Incomplete = true
		return e
	}
	return syntaxError(p, "unterminated string literal (detected at line %d)", line)
}

// literal is a string token split into its parts.
type literal struct {
	raw, bytes, f bool
	body          string // between the quotes
	bodyOff       int    // offset of body in the token text
}

// splitLiteral splits the text of a String token.
func splitLiteral(text string) literal {
	var l literal
	i := 0
	for i < len(text) && text[i] != '\'' && text[i] != '"' {
		switch text[i] | 0x20 {
		case 'r':
			l.raw = true
		case 'b':
			l.bytes = true
		case 'f':
			l.f = true
		}
		i++
	}
	if i >= len(text) {
		return l
	}
	q := 1
	if len(text)-i >= 6 && text[i+1] == text[i] && text[i+2] == text[i] {
		q = 3
	}
	if i+2*q > len(text) {
		// Not a complete literal (never produced by the scanner).
		l.bodyOff = min(i+q, len(text))
		l.body = text[l.bodyOff:]
		return l
	}
	l.bodyOff = i + q
	l.body = text[i+q : len(text)-q]
	return l
}

// IsFString reports whether the text of a String token is an f-string.
func IsFString(text string) bool {
	for i := 0; i < len(text) && text[i] != '\'' && text[i] != '"'; i++ {
		if text[i]|0x20 == 'f' {
			return true
		}
	}
	return false
}

// IsBytes reports whether the text of a String token is a bytes literal.
func IsBytes(text string) bool {
	for i := 0; i < len(text) && text[i] != '\'' && text[i] != '"'; i++ {
		if text[i]|0x20 == 'b' {
			return true
		}
	}
	return false
}

// DecodeString returns the value of a String token that is not an
// f-string: escapes decoded (all of Python's; unknown escapes such as \q
// are kept as written), raw strings kept as written, line ends
// normalized to "\n". For bytes literals (isBytes) value holds the bytes.
// Errors are *Error values; place them with AtToken.
//
// Escapes of lone surrogates (\ud800) cannot be held in a valid UTF-8 Go
// string and decode to U+FFFD.
func DecodeString(text string) (value string, isBytes bool, err error) {
	l := splitLiteral(text)
	if l.bytes {
		for i := 0; i < len(l.body); i++ {
			if l.body[i] >= utf8.RuneSelf {
				return "", true, literalError(l.bodyOff+i, "bytes can only contain ASCII literal characters").at(placeStart)
			}
		}
	}
	if l.raw {
		return normalizeNewlines(l.body), l.bytes, nil
	}
	value, err = decodeEscapes(l.body, l.bodyOff, l.bytes)
	return value, l.bytes, err
}

// normalizeNewlines turns "\r\n" and "\r" into "\n", as CPython does when
// it reads source.
func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// decodeEscapes decodes the backslash escapes of a non-raw literal body.
// off is the offset of body in the token text (for error offsets).
func decodeEscapes(body string, off int, isBytes bool) (string, error) {
	first := strings.IndexAny(body, "\\\r")
	if first < 0 {
		return body, nil // the common case: no copy
	}
	var b strings.Builder
	b.Grow(len(body))
	b.WriteString(body[:first])
	for i := first; i < len(body); {
		c := body[i]
		if c == '\r' {
			b.WriteByte('\n')
			i++
			if i < len(body) && body[i] == '\n' {
				i++
			}
			continue
		}
		if c != '\\' {
			b.WriteByte(c)
			i++
			continue
		}
		n, err := decodeEscape(&b, body, i, isBytes)
		if err != nil {
			err.Pos.Offset += off
			return "", err
		}
		i += n
	}
	return b.String(), nil
}

// decodeEscape decodes the escape sequence at body[i] == '\\', appends
// its value to b and returns its length.
func decodeEscape(b *strings.Builder, body string, i int, isBytes bool) (int, *Error) {
	if i+1 >= len(body) {
		b.WriteByte('\\') // a lone backslash can only end an f-string chunk
		return 1, nil
	}
	c := body[i+1]
	switch c {
	case '\n':
		return 2, nil
	case '\r':
		if i+2 < len(body) && body[i+2] == '\n' {
			return 3, nil
		}
		return 2, nil
	case '\\', '\'', '"':
		b.WriteByte(c)
	case 'a':
		b.WriteByte('\a')
	case 'b':
		b.WriteByte('\b')
	case 'f':
		b.WriteByte('\f')
	case 'n':
		b.WriteByte('\n')
	case 'r':
		b.WriteByte('\r')
	case 't':
		b.WriteByte('\t')
	case 'v':
		b.WriteByte('\v')
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v, n := 0, 1
		for n <= 3 && i+n < len(body) && isOctDigit(body[i+n]) {
			v = v*8 + int(body[i+n]-'0')
			n++
		}
		writeCode(b, v, isBytes)
		return n, nil
	case 'x':
		return hexEscape(b, body, i, 2, isBytes)
	case 'u', 'U':
		if isBytes {
			b.WriteString(body[i : i+2])
			return 2, nil
		}
		if c == 'u' {
			return hexEscape(b, body, i, 4, false)
		}
		return hexEscape(b, body, i, 8, false)
	case 'N':
		if isBytes {
			b.WriteString(body[i : i+2])
			return 2, nil
		}
		return nameEscape(b, body, i)
	default:
		b.WriteString(body[i : i+2]) // unknown escape: kept, as Python does
		if c >= utf8.RuneSelf {
			_, n := utf8.DecodeRuneInString(body[i+1:])
			b.WriteString(body[i+2 : i+1+n])
			return 1 + n, nil
		}
	}
	return 2, nil
}

func writeCode(b *strings.Builder, v int, isBytes bool) {
	if isBytes {
		b.WriteByte(byte(v))
	} else {
		b.WriteRune(rune(v))
	}
}

// hexEscape decodes \x, \u or \U with exactly n hex digits.
func hexEscape(b *strings.Builder, body string, i, n int, isBytes bool) (int, *Error) {
	v, k := 0, 0
	for k < n && i+2+k < len(body) && isHexDigit(body[i+2+k]) {
		v = v*16 + hexVal(body[i+2+k])
		k++
	}
	if k < n {
		if isBytes {
			return 0, literalError(i, `(value error) invalid \x escape at position %d`, i).at(placeLast)
		}
		what := map[int]string{2: `\xXX`, 4: `\uXXXX`, 8: `\UXXXXXXXX`}[n]
		return 0, unicodeError(i, i+1+k, "truncated "+what+" escape")
	}
	if v > utf8.MaxRune {
		return 0, unicodeError(i, i+1+k, "illegal Unicode character")
	}
	writeCode(b, v, isBytes)
	return 2 + n, nil
}

// unicodeError is CPython's message for a bad escape in a str literal;
// from and to are the offsets of the bad bytes in the literal's body.
func unicodeError(from, to int, what string) *Error {
	return literalError(from, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", from, to, what).at(placeLast)
}

func hexVal(c byte) int {
	if c <= '9' {
		return int(c - '0')
	}
	return int(c|0x20-'a') + 10
}

// nameEscape decodes \N{NAME} from a small table of common names.
func nameEscape(b *strings.Builder, body string, i int) (int, *Error) {
	if i+2 >= len(body) || body[i+2] != '{' {
		return 0, unicodeError(i, i+1, `malformed \N character escape`)
	}
	end := strings.IndexByte(body[i+3:], '}')
	if end < 0 {
		return 0, unicodeError(i, len(body)-1, `malformed \N character escape`)
	}
	name := body[i+3 : i+3+end]
	r, ok := unicodeNames[strings.ToUpper(name)]
	if !ok {
		return 0, unicodeError(i, i+3+end, "unknown Unicode character name")
	}
	b.WriteRune(r)
	return 4 + end, nil
}
