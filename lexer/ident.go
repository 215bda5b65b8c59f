package lexer

import (
	"unicode"
	"unicode/utf8"
)

// isIdentStart reports whether c may start an identifier: an ASCII letter,
// an underscore, or any non-ASCII byte (checked precisely afterwards, as
// CPython does).
func isIdentStart(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c >= utf8.RuneSelf
}

func isIdentByte(c byte) bool {
	return isIdentStart(c) || isDigit(c)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isIDStart and isIDContinue implement Unicode's ID_Start and ID_Continue
// (Python uses the XID_ variants, which differ on a handful of
// compatibility characters).
func isIDStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIDContinue(r rune) bool {
	return isIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

// scanName scans an identifier, a keyword, or the prefix of a string
// literal.
func (s *scanner) scanName() error {
	src := s.src
	start := s.off
	i := start
	ascii := true
	for i < len(src) && isIdentByte(src[i]) {
		if src[i] >= utf8.RuneSelf {
			ascii = false
		}
		i++
	}
	word := src[start:i]
	if i < len(src) && (src[i] == '\'' || src[i] == '"') && isStringPrefix(word) {
		return s.scanString(start, i)
	}
	if !ascii {
		if err := s.checkIdent(start, i); err != nil {
			return err
		}
	}
	p := s.pos(start)
	s.off = i
	if isKeyword(word) {
		s.emit(Keyword, word, p)
	} else {
		s.emit(Name, word, p)
	}
	return nil
}

// checkIdent validates a non-ASCII identifier src[start:end], reporting
// the first character that cannot appear in it.
func (s *scanner) checkIdent(start, end int) error {
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(s.src[i:end])
		ok := isIDContinue(r)
		if i == start {
			ok = isIDStart(r)
		}
		if !ok {
			return s.invalidChar(i, r)
		}
		i += n
	}
	return nil
}

// invalidChar reports a character that cannot start any token.
func (s *scanner) invalidChar(off int, r rune) error {
	p := s.pos(off)
	if unicode.IsPrint(r) {
		return syntaxError(p, "invalid character '%c' (U+%04X)", r, r)
	}
	return syntaxError(p, "invalid non-printable character U+%04X", r)
}

// isStringPrefix reports whether w is a string prefix: r, u, b, f, br,
// rb, fr or rf in any case.
func isStringPrefix(w string) bool {
	switch len(w) {
	case 1:
		switch w[0] | 0x20 {
		case 'r', 'u', 'b', 'f':
			return true
		}
	case 2:
		a, b := w[0]|0x20, w[1]|0x20
		if a > b {
			a, b = b, a
		}
		return a == 'b' && b == 'r' || a == 'f' && b == 'r'
	}
	return false
}

// Keywords lists Spindle's reserved words, in sorted order.
var Keywords = []string{
	"False", "None", "True", "and", "as", "assert", "async", "await",
	"break", "class", "continue", "def", "del", "elif", "else", "except",
	"finally", "for", "from", "global", "if", "import", "in", "is",
	"lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
	"while", "with", "yield",
}

// isKeyword reports whether w is a reserved word. Go compiles a string
// switch to a length test plus a binary search, with no hashing.
func isKeyword(w string) bool {
	switch w {
	case "False", "None", "True", "and", "as", "assert", "async", "await",
		"break", "class", "continue", "def", "del", "elif", "else", "except",
		"finally", "for", "from", "global", "if", "import", "in", "is",
		"lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
		"while", "with", "yield":
		return true
	}
	return false
}

// IsKeyword reports whether w is a reserved word.
func IsKeyword(w string) bool { return isKeyword(w) }
