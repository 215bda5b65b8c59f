package runtime

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The fine-grained error location lines of CPython 3.11 (PEP 657): under
// a traceback entry's source line, a line of '^' marks the columns of the
// expression that raised, e.g.
//
//	    y = f(x) + 1
//	        ^^^^
//	    d["k"]
//	    ~^^^^^
//	    return a / b
//	           ~~^~~
//
// A binary operation is marked '~' with '^' under its operator, a
// subscript '~' with '^' under its brackets (the anchors, which CPython
// finds by parsing the marked text: CaretAnchors). An expression that
// continues on later lines is marked up to the end of its first line.
// The line is left out when the marks, without anchors, would cover the
// whole stripped source line.
//
// Two printers exist in CPython and differ in small ways, both kept:
// the C one (uncaught exceptions, cStyle) strips only the indentation of
// the source line and compares the marked width with what is left; the
// traceback module's (traceback.py) strips both ends, elides the marks
// when they are at least that long and, because it measures the
// stripped characters on the unstripped line, shifts the marks left by
// the line's trailing blanks.

// AnchorKind is what the marked text is, parsed on its own.
type AnchorKind uint8

const (
	NoAnchors        AnchorKind = iota
	BinOpAnchors                // a binary operation: a, b = left operand's end, right operand's start
	SubscriptAnchors            // a subscript: a, b = the value's end, the index's end
)

// CaretAnchors, installed by the interpreter (which owns the parser),
// parses segment, the marked text, as a module: when it is a single
// expression statement that is a binary operation or a subscript, it
// returns that kind and the rune offsets a, b within segment (above).
var CaretAnchors func(segment string) (kind AnchorKind, a, b int)

// isCaretBlank is CPython's IS_WHITESPACE for traceback lines.
func isCaretBlank(r rune) bool { return r == ' ' || r == '\t' || r == '\f' }

// caretLine returns the marker line (with its newline) to print under
// src, the unstripped source line of an entry at pos, or "".
func caretLine(src string, pos Span, cStyle bool) string {
	if pos == 0 {
		return ""
	}
	line := []rune(strings.TrimRight(src, "\r\n"))
	indent := 0
	for indent < len(line) && isCaretBlank(line[indent]) {
		indent++
	}
	start, end := pos.Col()-1, pos.EndCol()-1
	if pos.MultiLine() {
		end = len(line)
		for end > 0 && isCaretBlank(line[end-1]) {
			end--
		}
	}
	if start < indent || start >= end || end > len(line) {
		return ""
	}
	left, right, anchored := -1, -1, false
	if !pos.MultiLine() && CaretAnchors != nil {
		seg := line[start:end]
		if kind, a, b := CaretAnchors(string(seg)); kind != NoAnchors && a <= b && b <= len(seg) {
			var l, r int
			if cStyle {
				l, r = cAnchors(seg, kind, a, b)
			} else {
				l, r = pyAnchors(seg, kind, a, b)
			}
			if 0 <= l && l < r && r <= len(seg) {
				left, right, anchored = start+l, start+r, true
			}
		}
	}
	shift := 0
	if cStyle {
		if end-start == len(line)-indent && !anchored {
			return ""
		}
	} else {
		stripped := len([]rune(strings.TrimSpace(string(line))))
		if end-start >= stripped && !anchored {
			return ""
		}
		trail := len(line)
		for trail > 0 && isSpaceRune(line[trail-1]) {
			trail--
		}
		shift = len(line) - trail
	}
	var b strings.Builder
	b.WriteString("    ")
	if n := start - indent - shift; n > 0 {
		b.WriteString(strings.Repeat(" ", n))
	}
	primary, secondary := byte('^'), byte('^')
	if anchored {
		primary = '~'
	}
	for i := start; i < end; i++ {
		if left <= i && i < right {
			b.WriteByte(secondary)
		} else {
			b.WriteByte(primary)
		}
	}
	b.WriteByte('\n')
	return b.String()
}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v':
		return true
	}
	return false
}

// cAnchors is extract_anchors_from_expr of CPython 3.11's
// Python/traceback.c: the operator is the first non-blank character
// after the left operand that is not a closing parenthesis (with the
// next one, if not blank: '//', '**'); a subscript's anchors are its
// brackets.
func cAnchors(seg []rune, kind AnchorKind, a, b int) (left, right int) {
	left, right = -1, -1
	if kind == BinOpAnchors {
		for i := a; i < b; i++ {
			if isCaretBlank(seg[i]) {
				continue
			}
			left, right = i, i+1
			if i+1 < b && !isCaretBlank(seg[i+1]) {
				right++
			}
			if i+1 < b && seg[i] == ')' {
				continue
			}
			break
		}
		return left, right
	}
	return subscriptAnchors(seg, a, b+1)
}

// subscriptAnchors moves left to the '[' at or after it and right past
// the ']' at or after it.
func subscriptAnchors(seg []rune, left, right int) (int, int) {
	for left < len(seg) && seg[left] != '[' {
		left++
	}
	for right < len(seg) && seg[right] != ']' {
		right++
	}
	if right < len(seg) {
		right++
	}
	return left, right
}

// pyAnchors is traceback.py's _extract_caret_anchors_from_line_segment,
// faithfully: for a binary operation it adds a character count to a
// byte offset and indexes the text with the sum, so text with non-ASCII
// characters before the operator moves the '^' (as in CPython).
func pyAnchors(seg []rune, kind AnchorKind, a, b int) (left, right int) {
	text := string(seg)
	byteOff := func(runes int) int { return len(string(seg[:runes])) }
	normalize := func(off int) int {
		if off >= len(text) {
			return len(seg)
		}
		return utf8.RuneCountInString(text[:off])
	}
	if kind == SubscriptAnchors {
		return subscriptAnchors(seg, a, normalize(byteOff(b)+1))
	}
	op := seg[a:b]
	off := 0
	for off < len(op) && unicode.IsSpace(op[off]) {
		off++
	}
	l := byteOff(a) + off
	r := l + 1
	if off+1 < len(op) && !unicode.IsSpace(op[off+1]) {
		r++
	}
	for l < len(seg) && (unicode.IsSpace(seg[l]) || seg[l] == ')' || seg[l] == '#') {
		l++
		r++
	}
	return normalize(l), normalize(r)
}
