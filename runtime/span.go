package runtime

// Span is the source span of an expression that can raise, packed in one
// word so that compiled code can keep one per raising operation at no
// cost to the paths that do not raise (CPython 3.11 keeps a position per
// instruction for its fine-grained error locations, PEP 657).
//
// Layout, from the high bits: start line (24 bits), end line minus start
// line (8 bits, saturated: only "on the start line or not" matters to a
// traceback), start column (16 bits), end column (16 bits). Columns are
// 1-based and count runes, like ast.Pos; the end column points just past
// the last character. The zero Span means "unknown".
type Span uint64

const (
	spanLineBits  = 24
	spanDeltaBits = 8
	spanColBits   = 16
)

// MakeSpan packs a span; it returns 0 (unknown) when the start line or a
// column does not fit.
func MakeSpan(line, col, endLine, endCol int) Span {
	if line <= 0 || line >= 1<<spanLineBits || col <= 0 || col >= 1<<spanColBits ||
		endCol < 0 || endCol >= 1<<spanColBits || endLine < line {
		return 0
	}
	delta := endLine - line
	if delta >= 1<<spanDeltaBits {
		delta = 1<<spanDeltaBits - 1
	}
	return Span(uint64(line)<<(spanDeltaBits+2*spanColBits) |
		uint64(delta)<<(2*spanColBits) |
		uint64(col)<<spanColBits |
		uint64(endCol))
}

// Line is the span's first line.
func (s Span) Line() int { return int(s >> (spanDeltaBits + 2*spanColBits)) }

// MultiLine reports whether the span ends on a later line than it starts.
func (s Span) MultiLine() bool { return (s>>(2*spanColBits))&(1<<spanDeltaBits-1) != 0 }

// Col is the 1-based start column (in runes).
func (s Span) Col() int { return int((s >> spanColBits) & (1<<spanColBits - 1)) }

// EndCol is the 1-based column just past the span's end (in runes).
func (s Span) EndCol() int { return int(s & (1<<spanColBits - 1)) }

// EndLine is the span's last line (at most 255 lines after the first:
// longer spans are recorded as that long).
func (s Span) EndLine() int {
	return s.Line() + int((s>>(2*spanColBits))&(1<<spanDeltaBits-1))
}

// ByteCols returns the span's columns as CPython's FrameSummary has
// them: 0-based UTF-8 byte offsets, the start into src (the span's
// first line), the end into the line it ends on (endSrc).
func (s Span) ByteCols(src, endSrc string) (col, endCol int) {
	return runeToByte(src, s.Col()-1), runeToByte(endSrc, s.EndCol()-1)
}

// SpanFromByteCols is the Span of CPython's position (line, end line,
// byte offsets col into src and endCol into endSrc).
func SpanFromByteCols(line, endLine int, src, endSrc string, col, endCol int) Span {
	if col < 0 || endCol < 0 {
		return 0
	}
	return MakeSpan(line, byteToRune(src, col)+1, endLine, byteToRune(endSrc, endCol)+1)
}

func runeToByte(s string, runes int) int {
	n := 0
	for i := range s {
		if n == runes {
			return i
		}
		n++
	}
	return len(s) + runes - n
}

func byteToRune(s string, off int) int {
	if off > len(s) {
		return len([]rune(s)) + off - len(s)
	}
	return len([]rune(s[:off]))
}
