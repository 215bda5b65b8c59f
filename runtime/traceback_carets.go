package runtime

import "strings"

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

// CaretAnchors, installed by the interpreter (which owns the parser),
// parses segment, the marked text, as a module: when it is a single
// expression statement that is a binary operation or a subscript, it
// returns the rune offsets within segment of the part to mark '^'
// (CPython's _extract_caret_anchors_from_line_segment).
var CaretAnchors func(segment string) (left, right int, ok bool)

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
		if l, r, ok := CaretAnchors(string(line[start:end])); ok && l < r && start+r <= end {
			left, right, anchored = start+l, start+r, true
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
