package lexer

// scanOp scans an operator or delimiter at s.off, longest match first,
// and keeps track of open brackets.
func (s *scanner) scanOp() error {
	i := s.off
	c, c1, c2 := s.src[i], s.at(i+1), s.at(i+2)
	n := 1
	switch c {
	case '(', '[', '{':
		if len(s.parens) >= maxLevel {
			return syntaxError(s.pos(i), "too many nested parentheses")
		}
		s.parens = append(s.parens, paren{ch: c, pos: s.pos(i)})
	case ')', ']', '}':
		if err := s.closeParen(c); err != nil {
			return err
		}
	case ',', ';', '~':
	case ':', '+', '%', '&', '|', '^', '@', '=':
		if c1 == '=' {
			n = 2
		}
	case '-':
		if c1 == '=' || c1 == '>' {
			n = 2
		}
	case '.':
		if c1 == '.' && c2 == '.' {
			n = 3
		}
	case '*', '/', '<', '>':
		if c1 == c {
			n = 2
			if c2 == '=' {
				n = 3
			}
		} else if c1 == '=' {
			n = 2
		}
	case '!':
		if c1 != '=' {
			return syntaxError(s.pos(i), "invalid syntax")
		}
		n = 2
	default:
		return s.badChar(i)
	}
	s.emit(Op, s.src[i:i+n], s.pos(i))
	s.off = i + n
	return nil
}

// closeParen checks a closing bracket against the innermost open one.
func (s *scanner) closeParen(c byte) error {
	p := s.pos(s.off)
	if len(s.parens) == 0 {
		return syntaxError(p, "unmatched '%c'", c)
	}
	open := s.parens[len(s.parens)-1]
	if open.ch != matching(c) {
		if open.pos.Line != p.Line {
			return syntaxError(p, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.ch, open.pos.Line)
		}
		return syntaxError(p, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch)
	}
	s.parens = s.parens[:len(s.parens)-1]
	return nil
}

func matching(closer byte) byte {
	switch closer {
	case ')':
		return '('
	case ']':
		return '['
	}
	return '{'
}

// badChar reports a byte that starts no token: ASCII punctuation Python
// does not use ($ ? `) is a plain "invalid syntax", control characters are
// non-printable characters.
func (s *scanner) badChar(i int) error {
	c := s.src[i]
	if c < ' ' || c == 0x7f {
		return s.invalidChar(i, rune(c))
	}
	return syntaxError(s.pos(i), "invalid syntax")
}
