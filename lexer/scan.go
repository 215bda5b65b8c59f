package lexer

import (
	"strings"
	"unicode/utf8"

	plexer "github.com/alecthomas/participle/v2/lexer"
)

// Limits from CPython's tokenizer.
const (
	maxIndent = 100 // MAXINDENT: nesting of indented blocks
	maxLevel  = 200 // MAXLEVEL: nesting of brackets
)

type tokenType = plexer.TokenType

// scanner holds the state of one scan. Offsets are byte offsets in src.
type scanner struct {
	src      string
	filename string
	base     plexer.Position // position of src[0]

	off     int // next byte to scan
	line    int // current physical line
	lineOff int // offset of the current line's first byte
	lineCol int // column of lineOff (1, or base.Column on the first line)

	// Column cache: the rune column of colOff on the current line, so
	// that computing positions along a line costs O(line) in total.
	colOff int
	col    int

	toks       []plexer.Token
	indents    []int   // open indentation columns; indents[0] == 0
	altIndents []int   // the same with tabs counted as 1 (for TabError)
	parens     []paren // open brackets
	exprMode   bool    // TokenizeExpr: act as if inside parentheses
	blank      bool    // current line is blank or comment-only
}

type paren struct {
	ch  byte
	pos plexer.Position
}

func newScanner(filename, src string, base plexer.Position, exprMode bool) *scanner {
	s := &scanner{
		src:        src,
		filename:   filename,
		base:       base,
		line:       base.Line,
		lineCol:    base.Column,
		col:        base.Column,
		indents:    make([]int, 1, 16),
		altIndents: make([]int, 1, 16),
		exprMode:   exprMode,
	}
	// Tokens are 64 bytes, so growing the slice dominates the cost of a
	// scan: on a 10,800-line benchmark (2.4 bytes per token) a len/4
	// estimate allocated 19 MB through three regrowths and took 14 ms;
	// len/2 allocates once. Over-estimating is cheap: the tail of a large
	// fresh allocation is never touched.
	s.toks = make([]plexer.Token, 0, len(src)/2+8)
	return s
}

// pos returns the position of offset off, which must be on the current
// line at or after the last position asked for on it (or at its start).
func (s *scanner) pos(off int) plexer.Position {
	if s.colOff < s.lineOff || off < s.colOff {
		s.colOff, s.col = s.lineOff, s.lineCol
	}
	s.col += runeCount(s.src[s.colOff:off])
	s.colOff = off
	return plexer.Position{
		Filename: s.filename,
		Offset:   s.base.Offset + off,
		Line:     s.line,
		Column:   s.col,
	}
}

// errCur reports a syntax error the way CPython's tokenizer does when it
// stops with its cursor at off: the column is the number of runes before
// off, which points at the character before the cursor ("1_" points at
// the underscore, "0b2" at the 2).
func (s *scanner) errCur(off int, format string, args ...any) *Error {
	p := s.pos(off)
	if p.Column > 1 {
		p.Column--
	}
	return syntaxError(p, format, args...)
}

func runeCount(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i + utf8.RuneCountInString(s[i:])
		}
	}
	return len(s)
}

// at returns the byte at offset i, or 0 past the end.
func (s *scanner) at(i int) byte {
	if i < len(s.src) {
		return s.src[i]
	}
	return 0
}

// newline consumes the line end ("\n", "\r\n" or "\r") at offset i and
// returns the offset after it.
func (s *scanner) newline(i int) int {
	if s.src[i] == '\r' && i+1 < len(s.src) && s.src[i+1] == '\n' {
		i++
	}
	i++
	s.line++
	s.lineOff = i
	s.lineCol = 1
	return i
}

func (s *scanner) emit(t plexer.TokenType, value string, p plexer.Position) {
	s.toks = append(s.toks, plexer.Token{Type: t, Value: value, Pos: p})
}

// run scans the whole source.
func (s *scanner) run() error {
	if err := s.checkSource(); err != nil {
		return err
	}
	if strings.HasPrefix(s.src, "\uFEFF") && !s.exprMode {
		s.off = 3
		s.lineOff = 3
	}
	for {
		if err := s.startLine(); err != nil {
			return err
		}
		if err := s.scanLine(); err != nil {
			return err
		}
		if s.off >= len(s.src) {
			return s.finish()
		}
	}
}

// checkSource rejects NUL bytes and invalid UTF-8 up front, as CPython
// does when it reads a file.
func (s *scanner) checkSource() error {
	bad := strings.IndexByte(s.src, 0)
	msg := "source code cannot contain null bytes"
	if !utf8.ValidString(s.src) {
		for i := 0; i < len(s.src); {
			r, n := utf8.DecodeRuneInString(s.src[i:])
			if r == utf8.RuneError && n == 1 {
				if bad < 0 || i < bad {
					bad = i
					msg = "Non-UTF-8 code starting with '\\x" + hex2(s.src[i]) + "' in file " +
						s.filename + " on line %d, but no encoding declared; " +
						"see https://peps.python.org/pep-0263/ for details"
				}
				break
			}
			i += n
		}
	}
	if bad < 0 {
		return nil
	}
	line := s.base.Line + lineBreaks(s.src[:bad])
	if strings.Contains(msg, "%d") {
		return syntaxError(plexer.Position{Filename: s.filename, Offset: s.base.Offset + bad, Line: line, Column: 1}, msg, line)
	}
	start := strings.LastIndexAny(s.src[:bad], "\n\r") + 1
	col := 1 + runeCount(s.src[start:bad])
	return syntaxError(plexer.Position{Filename: s.filename, Offset: s.base.Offset + bad, Line: line, Column: col}, "%s", msg)
}

func hex2(b byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[b>>4], digits[b&15]})
}

// scanLine scans tokens up to and including the end of the current
// physical line (or to the end of the source). A logical line may go on
// after it (inside brackets); multi-line strings and backslash
// continuations are consumed within.
func (s *scanner) scanLine() error {
	src := s.src
	for {
		for s.off < len(src) && (src[s.off] == ' ' || src[s.off] == '\t' || src[s.off] == '\f') {
			s.off++
		}
		if s.off >= len(src) {
			return nil
		}
		c := src[s.off]
		switch {
		case c == '\n' || c == '\r':
			if !s.blank && !s.inBrackets() {
				s.emit(Newline, "\n", s.pos(s.off))
			}
			s.off = s.newline(s.off)
			return nil
		case c == '#':
			for s.off < len(src) && src[s.off] != '\n' && src[s.off] != '\r' {
				s.off++
			}
		case c == '\\':
			if err := s.continuation(); err != nil {
				return err
			}
		case isIdentStart(c):
			if err := s.scanName(); err != nil {
				return err
			}
		case isDigit(c) || (c == '.' && isDigit(s.at(s.off+1))):
			if err := s.scanNumber(); err != nil {
				return err
			}
		case c == '"' || c == '\'':
			if err := s.scanString(s.off, s.off); err != nil {
				return err
			}
		default:
			if err := s.scanOp(); err != nil {
				return err
			}
		}
	}
}

func (s *scanner) inBrackets() bool {
	return len(s.parens) > 0 || s.exprMode
}

// continuation consumes a backslash that must end the physical line.
func (s *scanner) continuation() error {
	p := s.pos(s.off)
	p.Column++ // CPython points just past the backslash
	p.Offset++
	i := s.off + 1
	if i >= len(s.src) {
		e := syntaxError(p, "unexpected EOF while parsing")
		e.Incomplete = true
		return e
	}
	if c := s.src[i]; c != '\n' && c != '\r' {
		return syntaxError(p, "unexpected character after line continuation character")
	}
	s.off = s.newline(i)
	if s.off >= len(s.src) {
		e := syntaxError(p, "unexpected EOF while parsing")
		e.Incomplete = true
		return e
	}
	return nil
}

// finish emits the tokens that end the source: a Newline for an
// unterminated last line, a Dedent per open block, EOF.
func (s *scanner) finish() error {
	if len(s.parens) > 0 {
		p := s.parens[len(s.parens)-1]
		e := syntaxError(p.pos, "'%c' was never closed", p.ch)
		e.Incomplete = true
		return e
	}
	p := s.pos(len(s.src))
	if n := len(s.toks); n > 0 && s.toks[n-1].Type != Newline && !s.exprMode {
		s.emit(Newline, "\n", p)
	}
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.emit(Dedent, "", p)
	}
	s.emit(EOF, "", p)
	return nil
}
