package lexer

import (
	"errors"
	"math"
	"strconv"
	"strings"
)

// scanNumber scans an Int or Float literal at s.off (a digit, or a '.'
// followed by a digit). It mirrors the number part of CPython's tok_get,
// including its error messages and where they point (errCur).
func (s *scanner) scanNumber() error {
	start := s.off
	i := start
	var err error
	switch c := s.src[i]; {
	case c == '.':
		return s.fraction(start, i+1)
	case c == '0' && (s.at(i+1)|0x20 == 'x' || s.at(i+1)|0x20 == 'o' || s.at(i+1)|0x20 == 'b'):
		return s.radix(start)
	case c == '0':
		// Zeros, then maybe a float ("0.5", "00e1", "09.5"), but no other
		// integer: "012" is an old-style octal.
		i++
		for {
			if s.at(i) == '_' {
				i++
				if !isDigit(s.at(i)) {
					return s.errCur(i, "invalid decimal literal")
				}
			}
			if s.at(i) != '0' {
				break
			}
			i++
		}
		nonzero := isDigit(s.at(i))
		if nonzero {
			if i, err = s.decimalTail(i); err != nil {
				return err
			}
		}
		switch s.at(i) {
		case '.':
			return s.fraction(start, i+1)
		case 'e', 'E':
			return s.exponent(start, i)
		case 'j', 'J':
			return s.imaginary(start)
		}
		if nonzero {
			return syntaxError(s.pos(start),
				"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
		}
		return s.endNumber(Int, start, i, "decimal")
	default:
		if i, err = s.decimalTail(i); err != nil {
			return err
		}
		switch s.at(i) {
		case '.':
			return s.fraction(start, i+1)
		case 'e', 'E':
			return s.exponent(start, i)
		case 'j', 'J':
			return s.imaginary(start)
		}
		return s.endNumber(Int, start, i, "decimal")
	}
}

// decimalTail scans digits with single underscores between them, from
// the digit at i.
func (s *scanner) decimalTail(i int) (int, error) {
	for {
		for isDigit(s.at(i)) {
			i++
		}
		if s.at(i) != '_' {
			return i, nil
		}
		i++
		if !isDigit(s.at(i)) {
			return i, s.errCur(i, "invalid decimal literal")
		}
	}
}

// fraction scans the digits after a decimal point at i-1, then an
// optional exponent.
func (s *scanner) fraction(start, i int) error {
	var err error
	if isDigit(s.at(i)) {
		if i, err = s.decimalTail(i); err != nil {
			return err
		}
	}
	switch s.at(i) {
	case 'e', 'E':
		return s.exponent(start, i)
	case 'j', 'J':
		return s.imaginary(start)
	}
	return s.endNumber(Float, start, i, "decimal")
}

// exponent scans an exponent starting with the 'e' at i. An 'e' not
// followed by digits ends the number before it when it starts "else"
// ("1else" is 1 else), and is an error otherwise.
func (s *scanner) exponent(start, i int) error {
	e := i
	i++
	switch c := s.at(i); {
	case c == '+' || c == '-':
		i++
		if !isDigit(s.at(i)) {
			return s.errCur(i, "invalid decimal literal")
		}
	case !isDigit(c):
		if !s.keywordAfterNumber(e) {
			return s.errCur(e, "invalid decimal literal")
		}
		t := Int
		if strings.ContainsRune(s.src[start:e], '.') {
			t = Float
		}
		return s.finishNumber(t, start, e)
	}
	i, err := s.decimalTail(i)
	if err != nil {
		return err
	}
	if c := s.at(i); c == 'j' || c == 'J' {
		return s.imaginary(start)
	}
	return s.endNumber(Float, start, i, "decimal")
}

// imaginary ends an imaginary literal at the 'j' or 'J' at s.off..: it is
// a Float token whose text keeps the suffix (1.5j, 1e3J, 0j).
func (s *scanner) imaginary(start int) error {
	i := start
	for c := s.at(i); c != 'j' && c != 'J'; c = s.at(i) {
		i++
	}
	return s.endNumber(Float, start, i+1, "imaginary")
}

// radix scans a 0x, 0o or 0b literal.
func (s *scanner) radix(start int) error {
	kind, isValid := "hexadecimal", isHexDigit
	switch s.src[start+1] | 0x20 {
	case 'o':
		kind, isValid = "octal", isOctDigit
	case 'b':
		kind, isValid = "binary", isBinDigit
	}
	i := start + 2
	for {
		if s.at(i) == '_' {
			i++
		}
		c := s.at(i)
		if !isValid(c) {
			if isDigit(c) {
				return s.errCur(i+1, "invalid digit '%c' in %s literal", c, kind)
			}
			return s.errCur(i, "invalid %s literal", kind)
		}
		for isValid(s.at(i)) {
			i++
		}
		if s.at(i) != '_' {
			break
		}
	}
	if c := s.at(i); isDigit(c) {
		return s.errCur(i+1, "invalid digit '%c' in %s literal", c, kind)
	}
	return s.endNumber(Int, start, i, kind)
}

func isHexDigit(c byte) bool { return isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f' }
func isOctDigit(c byte) bool { return '0' <= c && c <= '7' }
func isBinDigit(c byte) bool { return c == '0' || c == '1' }

// endNumber checks what follows a number (CPython's
// verify_end_of_number): a letter, digit or underscore is an error, except
// for the keywords that can follow a number in valid code ("1if x else
// 2"), which CPython only warns about.
func (s *scanner) endNumber(t tokenType, start, i int, kind string) error {
	if c := s.at(i); isIdentByte(c) && !s.keywordAfterNumber(i) {
		return s.errCur(i, "invalid %s literal", kind)
	}
	return s.finishNumber(t, start, i)
}

func (s *scanner) finishNumber(t tokenType, start, end int) error {
	s.emit(t, s.src[start:end], s.pos(start))
	s.off = end
	return nil
}

// keywordAfterNumber reports whether the text at i starts with one of
// and, else, for, if, in, is, or, not (only its start is checked, as in
// CPython).
func (s *scanner) keywordAfterNumber(i int) bool {
	rest := s.src[i:]
	switch s.at(i) {
	case 'a':
		return strings.HasPrefix(rest, "and")
	case 'e':
		return strings.HasPrefix(rest, "else")
	case 'f':
		return strings.HasPrefix(rest, "for")
	case 'i':
		c := s.at(i + 1)
		return c == 'f' || c == 'n' || c == 's'
	case 'o':
		return strings.HasPrefix(rest, "or")
	case 'n':
		return strings.HasPrefix(rest, "not")
	}
	return false
}

// IntDigits strips the base prefix and underscores from the text of an
// Int token: IntDigits("0x_FF") is ("FF", 16). Its result suits
// strconv.ParseInt and big.Int.SetString.
func IntDigits(text string) (digits string, base int) {
	base = 10
	if len(text) > 1 && text[0] == '0' {
		switch text[1] | 0x20 {
		case 'x':
			base, text = 16, text[2:]
		case 'o':
			base, text = 8, text[2:]
		case 'b':
			base, text = 2, text[2:]
		}
	}
	if strings.IndexByte(text, '_') >= 0 {
		text = strings.ReplaceAll(text, "_", "")
	}
	return text, base
}

// ParseFloat converts the text of a Float token to a float64. Literals
// too large for a float64 are infinite, as in Python. The text of an
// imaginary literal ends in 'j' or 'J' (see IsImaginary); ParseFloat
// gives its coefficient.
func ParseFloat(text string) (float64, error) {
	if IsImaginary(text) {
		text = text[:len(text)-1]
	}
	if strings.IndexByte(text, '_') >= 0 {
		text = strings.ReplaceAll(text, "_", "")
	}
	f, err := strconv.ParseFloat(text, 64)
	var ne *strconv.NumError
	if errors.As(err, &ne) && ne.Err == strconv.ErrRange {
		return f, nil // ±Inf or 0, as Python gives
	}
	if err != nil {
		return math.NaN(), err
	}
	return f, nil
}

// IsImaginary reports whether the text of a Float token is an imaginary
// literal (2.5j).
func IsImaginary(text string) bool {
	c := text[len(text)-1]
	return c == 'j' || c == 'J'
}
