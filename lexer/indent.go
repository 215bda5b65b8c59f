package lexer

import plexer "github.com/alecthomas/participle/v2/lexer"

// tabSize is the tab stop used to measure indentation, as in CPython.
const tabSize = 8

// startLine measures the indentation of the physical line starting at
// s.off and, outside brackets, emits the Indent or Dedent tokens it
// implies. It sets s.blank for lines with no tokens (only whitespace or a
// comment), which affect neither indentation nor Newline tokens.
//
// As in CPython, col expands tabs to the next multiple of 8 and a form
// feed resets it; alt counts every tab as one column, and the two
// measures must agree on the ordering of indentation levels, otherwise
// the mix of tabs and spaces is ambiguous (TabError). A backslash in the
// indentation joins the next line, and the column where the first such
// backslash appeared is the line's indentation.
func (s *scanner) startLine() error {
	col, alt, contCol := 0, 0, 0
	src := s.src
loop:
	for s.off < len(src) {
		switch src[s.off] {
		case ' ':
			col++
			alt++
		case '\t':
			col = (col/tabSize + 1) * tabSize
			alt++
		case '\f':
			col, alt = 0, 0
		case '\\':
			if contCol == 0 {
				contCol = col
			}
			if err := s.continuation(); err != nil {
				return err
			}
			continue
		default:
			break loop
		}
		s.off++
	}
	c := s.at(s.off)
	s.blank = s.off >= len(src) || c == '#' || c == '\n' || c == '\r'
	if s.blank || s.inBrackets() {
		return nil
	}
	if contCol != 0 {
		col, alt = contCol, contCol
	}
	return s.indent(col, alt)
}

// indent compares the indentation of a line with the open levels.
func (s *scanner) indent(col, alt int) error {
	top := len(s.indents) - 1
	switch {
	case col == s.indents[top]:
		if alt != s.altIndents[top] {
			return s.tabError()
		}
	case col > s.indents[top]:
		if top+1 >= maxIndent {
			return &Error{Kind: "IndentationError", Msg: "too many levels of indentation", Pos: s.pos(s.lineOff)}
		}
		if alt <= s.altIndents[top] {
			return s.tabError()
		}
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, alt)
		s.emit(Indent, "", s.pos(s.off))
	default:
		p := s.pos(s.off)
		for top > 0 && col < s.indents[top] {
			s.indents = s.indents[:top]
			s.altIndents = s.altIndents[:top]
			top--
			s.emit(Dedent, "", p)
		}
		if col != s.indents[top] {
			// CPython points past the end of the line.
			return &Error{Kind: "IndentationError", Msg: "unindent does not match any outer indentation level", Pos: s.endOfLine()}
		}
		if alt != s.altIndents[top] {
			return s.tabError()
		}
	}
	return nil
}

func (s *scanner) tabError() error {
	p := s.pos(s.lineOff)
	return &Error{Kind: "TabError", Msg: "inconsistent use of tabs and spaces in indentation", Pos: p}
}

// endOfLine is the position just past the last character of the current
// line (before its line end).
func (s *scanner) endOfLine() plexer.Position {
	i := s.off
	for i < len(s.src) && s.src[i] != '\n' && s.src[i] != '\r' {
		i++
	}
	p := s.pos(i)
	return p
}
