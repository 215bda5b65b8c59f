package runtime

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// complex(str), after CPython 3.11's complex_from_string_inner: optional
// whitespace and one pair of parentheses around
//
//	<float> | <float>j | <float><signed-float>j | <float><sign>j | <sign>j | j
//
// where <float> is anything float() accepts (inf, nan, exponents). Single
// underscores between digits are removed first, as
// _Py_string_to_number_with_underscores does.

// ComplexFromString is complex(s) for a string argument.
func ComplexFromString(s string) (Value, error) {
	t := s
	if !strIsASCII(t) {
		t = asciiDigitsAndSpaces(t)
	}
	if strings.IndexByte(t, '_') >= 0 {
		var ok bool
		if t, ok = stripNumberUnderscores(t); !ok {
			return nil, NewError(ValueErrorType, "could not convert string to complex: %s", strRepr(s))
		}
	}
	c, ok := parseComplex(t)
	if !ok {
		return nil, NewError(ValueErrorType, "complex() arg is a malformed string")
	}
	return c, nil
}

// asciiDigitsAndSpaces maps Unicode decimal digits to ASCII digits and
// Unicode white space to ' ' (CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII); other non-ASCII characters
// become '?', which no parse accepts.
func asciiDigitsAndSpaces(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case isPySpace(r):
			b.WriteByte(' ')
		case unicode.Is(unicode.Nd, r):
			b.WriteByte(byte('0' + unicodeDecimal(r)))
		default:
			b.WriteByte('?')
		}
	}
	return b.String()
}

// stripNumberUnderscores removes underscores that sit between two digits;
// ok is false for any other underscore.
func stripNumberUnderscores(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	var prev byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if !isDigit(prev) {
				return "", false
			}
		} else {
			if prev == '_' && !isDigit(c) {
				return "", false
			}
			b = append(b, c)
		}
		prev = c
	}
	return string(b), prev != '_'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// parseComplex parses the whole of s (ASCII, no underscores).
func parseComplex(s string) (Complex, bool) {
	i := 0
	skipSpace := func() {
		for i < len(s) && isASCIISpace(s[i]) {
			i++
		}
	}
	skipSpace()
	bracket := false
	if i < len(s) && s[i] == '(' {
		bracket = true
		i++
		skipSpace()
	}
	isJ := func() bool { return i < len(s) && (s[i] == 'j' || s[i] == 'J') }
	var x, y float64
	if z, n := floatPrefix(s[i:]); n > 0 {
		i += n
		switch {
		case i < len(s) && (s[i] == '+' || s[i] == '-'):
			x = z
			if w, m := floatPrefix(s[i:]); m > 0 {
				y = w
				i += m
			} else {
				y = signOne(s[i])
				i++
			}
			if !isJ() {
				return 0, false
			}
			i++
		case isJ():
			y = z
			i++
		default:
			x = z
		}
	} else {
		y = 1
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			y = signOne(s[i])
			i++
		}
		if !isJ() {
			return 0, false
		}
		i++
	}
	skipSpace()
	if bracket {
		if i >= len(s) || s[i] != ')' {
			return 0, false
		}
		i++
		skipSpace()
	}
	if i != len(s) {
		return 0, false
	}
	return NewComplex(x, y), true
}

func signOne(c byte) float64 {
	if c == '-' {
		return -1
	}
	return 1
}

// floatPrefix parses the longest float at the start of s the way
// PyOS_string_to_double does with an end pointer: an optional sign, then
// inf, infinity or nan (any case), or digits with an optional fraction
// and exponent. n is 0 when s does not start with a float.
func floatPrefix(s string) (f float64, n int) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	rest := strings.ToLower(s[i:])
	switch {
	case strings.HasPrefix(rest, "infinity"):
		return math.Copysign(math.Inf(1), signOne(s[0])), i + 8
	case strings.HasPrefix(rest, "inf"):
		return math.Copysign(math.Inf(1), signOne(s[0])), i + 3
	case strings.HasPrefix(rest, "nan"):
		return math.NaN(), i + 3
	}
	digits := 0
	for i < len(s) && isDigit(s[i]) {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
			digits++
		}
	}
	if digits == 0 {
		return 0, 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && isDigit(s[j]) {
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			i = j
		}
	}
	f, err := strconv.ParseFloat(s[:i], 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, 0
		}
	}
	return f, i
}
