package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The format-spec mini-language (format(v, spec), f-strings, str.format):
//
//	[[fill]align][sign][z][#][0][width][grouping][.precision][type]
//
// implemented after CPython's Python/formatter_unicode.c, including its
// error messages.

var (
	_ HasFormat = Int(0)
	_ HasFormat = (*BigInt)(nil)
	_ HasFormat = Float(0)
	_ HasFormat = Str("")
	_ HasFormat = False
)

// fmtSpec is a parsed format spec.
type fmtSpec struct {
	fill      rune
	align     byte // '<' '>' '^' '=' or 0
	sign      byte // '+' '-' ' ' or 0
	noNegZero bool // 'z'
	alt       bool // '#'
	width     int  // -1 when absent
	grouping  byte // ',' '_' or 0
	prec      int  // -1 when absent
	typ       byte // 0 when absent
}

func isAlignChar(r rune) bool { return r == '<' || r == '>' || r == '^' || r == '=' }

// parseFormatSpec parses spec; defaultAlign is '>' for numbers and '<'
// for strings (it decides what a leading '0' means).
func parseFormatSpec(spec string, v Value, defaultAlign byte) (fmtSpec, error) {
	_, isStr := v.(Str)
	f := fmtSpec{fill: ' ', width: -1, prec: -1}
	i := 0
	fillSpecified, alignSpecified := false, false
	if r, size := utf8.DecodeRuneInString(spec); size > 0 && size < len(spec) {
		if a := spec[size]; isAlignChar(rune(a)) {
			f.fill, f.align = r, a
			fillSpecified, alignSpecified = true, true
			i = size + 1
		}
	}
	if !alignSpecified && i < len(spec) && isAlignChar(rune(spec[i])) {
		f.align = spec[i]
		alignSpecified = true
		i++
	}
	if i < len(spec) && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ') {
		f.sign = spec[i]
		i++
	}
	if i < len(spec) && spec[i] == 'z' {
		f.noNegZero = true
		i++
	}
	if i < len(spec) && spec[i] == '#' {
		f.alt = true
		i++
	}
	if !fillSpecified && i < len(spec) && spec[i] == '0' {
		f.fill = '0'
		if !alignSpecified && defaultAlign == '>' {
			f.align = '='
		}
		i++
	}
	var err error
	if f.width, i, err = parseSpecInt(spec, i, math.MaxInt); err != nil {
		return f, err
	}
	if i < len(spec) && (spec[i] == ',' || spec[i] == '_') {
		f.grouping = spec[i]
		i++
		if i < len(spec) && (spec[i] == ',' || spec[i] == '_') {
			return f, NewError(ValueErrorType, "Cannot specify both ',' and '_'.")
		}
	}
	if i < len(spec) && spec[i] == '.' {
		i++
		if f.prec, i, err = parseSpecInt(spec, i, math.MaxInt); err != nil {
			return f, err
		}
		if f.prec < 0 {
			return f, NewError(ValueErrorType, "Format specifier missing precision")
		}
	}
	if len(spec)-i > 1 {
		return f, NewError(ValueErrorType, "Invalid format specifier '%s' for object of type '%s'", spec, TypeName(v))
	}
	if i < len(spec) {
		f.typ = spec[i]
	}
	if f.grouping != 0 {
		ok := false
		typ := f.typ
		if typ == 0 && isStr {
			typ = 's'
		}
		switch typ {
		case 0, 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F':
			ok = true
		case 'b', 'o', 'x', 'X':
			ok = f.grouping == '_'
		}
		if !ok {
			return f, NewError(ValueErrorType, "Cannot specify '%c' with '%c'.", f.grouping, typ)
		}
	}
	return f, nil
}

// parseSpecInt reads a run of digits (-1 when there are none) no larger
// than limit. Widths may be as large as CPython's Py_ssize_t (a huge one
// fails later with MemoryError, see checkWidth).
func parseSpecInt(spec string, i int, limit int) (int, int, error) {
	start := i
	n := 0
	for i < len(spec) && spec[i] >= '0' && spec[i] <= '9' {
		d := int(spec[i] - '0')
		if n > (limit-d)/10 {
			return 0, i, NewError(ValueErrorType, "Too many decimal digits in format string")
		}
		n = n*10 + d
		i++
	}
	if i == start {
		return -1, i, nil
	}
	return n, i, nil
}

func errUnknownFormatCode(typ byte, v Value) error {
	if typ >= 0x20 && typ < 0x7f {
		return NewError(ValueErrorType, "Unknown format code '%c' for object of type '%s'", typ, TypeName(v))
	}
	return NewError(ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'", typ, TypeName(v))
}

// checkWidth is called once the spec is known to be valid for the value:
// a MemoryError when the padded result cannot be allocated.
func (f *fmtSpec) checkWidth() error {
	if f.width <= 0 {
		return nil
	}
	return CheckAlloc(f.width, utf8.RuneLen(f.fill))
}

// pad aligns body (already including sign) in the spec's width.
func (f *fmtSpec) pad(body string, defaultAlign byte) string {
	n := strLen(body)
	if f.width <= n {
		return body
	}
	total := f.width - n
	align := f.align
	if align == 0 {
		align = defaultAlign
	}
	switch align {
	case '<':
		return padString(body, 0, total, f.fill)
	case '^':
		return padString(body, total/2, total-total/2, f.fill)
	}
	return padString(body, total, 0, f.fill)
}

// groupDigits inserts sep every interval digits from the right, padding
// with leading zeros until the result is at least minWidth long.
func groupDigits(digits string, sep byte, interval, minWidth int) string {
	if sep == 0 {
		if len(digits) < minWidth {
			return strings.Repeat("0", minWidth-len(digits)) + digits
		}
		return digits
	}
	// Digits needed so the grouped text reaches minWidth.
	nd := len(digits)
	for nd+(nd-1)/interval < minWidth {
		nd++
	}
	var b strings.Builder
	b.Grow(nd + nd/interval)
	for i := 0; i < nd; i++ {
		if i > 0 && (nd-i)%interval == 0 {
			b.WriteByte(sep)
		}
		if k := i - (nd - len(digits)); k >= 0 {
			b.WriteByte(digits[k])
		} else {
			b.WriteByte('0')
		}
	}
	return b.String()
}

// layoutNumber assembles sign, prefix, the (grouped) integer digits and
// the rest (fraction, exponent, '%'), then pads: with '=' alignment and
// '0' fill the zeros go inside the digit grouping, as CPython does.
// layoutFloatDigits lays out a finite float's digits: the integer digits
// grouped and zero-padded, the rest after them; "z" drops the sign of a
// value that rounded to zero.
func (f *fmtSpec) layoutFloatDigits(neg bool, body string) string {
	if neg && f.noNegZero && isZeroDigits(body) {
		neg = false
	}
	k := 0
	for k < len(body) && body[k] >= '0' && body[k] <= '9' {
		k++
	}
	return f.layoutNumber(neg, "", body[:k], body[k:], 3)
}

func (f *fmtSpec) layoutNumber(neg bool, prefix, intDigits, rest string, interval int) string {
	sign := ""
	switch {
	case neg:
		sign = "-"
	case f.sign == '+':
		sign = "+"
	case f.sign == ' ':
		sign = " "
	}
	minWidth := 0
	if f.fill == '0' && f.align == '=' && f.width > 0 {
		minWidth = f.width - len(sign) - len(prefix) - strLen(rest)
	}
	digits := groupDigits(intDigits, f.grouping, interval, minWidth)
	body := sign + prefix + digits + rest
	if f.align == '=' {
		n := strLen(body)
		if f.width > n {
			return sign + prefix + strings.Repeat(string(f.fill), f.width-n) + digits + rest
		}
		return body
	}
	return f.pad(body, '>')
}

// Format implements format() for int.
func (i Int) Format(th *Thread, spec string) (string, error) {
	if spec == "" {
		return strconv.FormatInt(int64(i), 10), nil
	}
	return formatInt(i, spec, i)
}

// Format implements format() for big ints.
func (b *BigInt) Format(th *Thread, spec string) (string, error) {
	if spec == "" {
		return b.Repr(th)
	}
	return formatInt(b, spec, b)
}

// Format implements format() for bool: str() for an empty spec, else as
// the int.
func (b Bool) Format(th *Thread, spec string) (string, error) {
	if spec == "" {
		return b.Repr(th)
	}
	return formatInt(Int(boolToInt64(b)), spec, b)
}

// formatInt formats an int; orig is the value whose type name error
// messages show (bool for a bool).
func formatInt(v Value, spec string, orig Value) (string, error) {
	f, err := parseFormatSpec(spec, orig, '>')
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		x, err := toFloat(v)
		if err != nil {
			return "", err
		}
		return formatFloatSpec(x, &f, orig)
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", errUnknownFormatCode(f.typ, orig)
	}
	if f.prec >= 0 {
		return "", NewError(ValueErrorType, "Precision not allowed in integer format specifier")
	}
	if f.noNegZero {
		return "", NewError(ValueErrorType, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	if err := f.checkWidth(); err != nil {
		return "", err
	}
	if f.typ == 'c' {
		if f.sign != 0 {
			return "", NewError(ValueErrorType, "Sign not allowed with integer format specifier 'c'")
		}
		if f.alt {
			return "", NewError(ValueErrorType, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		n, ok := AsInt64(v)
		if !ok {
			return "", NewError(OverflowErrorType, "Python int too large to convert to C long")
		}
		if n < 0 || n > utf8.MaxRune {
			return "", NewError(OverflowErrorType, "%c arg not in range(0x110000)")
		}
		return f.pad(string(rune(n)), '>'), nil
	}
	base, prefix, interval := 10, "", 3
	switch f.typ {
	case 'b':
		base, prefix, interval = 2, "0b", 4
	case 'o':
		base, prefix, interval = 8, "0o", 4
	case 'x':
		base, prefix, interval = 16, "0x", 4
	case 'X':
		base, prefix, interval = 16, "0X", 4
	}
	if !f.alt {
		prefix = ""
	}
	var digits string
	neg := false
	if x, ok := AsInt64(v); ok {
		neg = x < 0
		u := uint64(x)
		if neg {
			u = -u
		}
		digits = strconv.FormatUint(u, base)
	} else {
		b := asBig(v)
		neg = b.Sign() < 0
		abs := new(big.Int).Abs(b)
		if base == 10 {
			if digits, err = bigDecimal(abs); err != nil {
				return "", err
			}
		} else {
			digits = abs.Text(base)
		}
	}
	if f.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	return f.layoutNumber(neg, prefix, digits, "", interval), nil
}

// Format implements format() for float.
func (x Float) Format(th *Thread, spec string) (string, error) {
	if spec == "" {
		return FloatRepr(float64(x)), nil
	}
	f, err := parseFormatSpec(spec, x, '>')
	if err != nil {
		return "", err
	}
	return formatFloatSpec(float64(x), &f, x)
}

func formatFloatSpec(x float64, f *fmtSpec, v Value) (string, error) {
	typ := f.typ
	switch typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', '%':
	case 'n':
		typ = 'g'
	default:
		return "", errUnknownFormatCode(typ, v)
	}
	if f.prec > math.MaxInt32 {
		return "", NewError(ValueErrorType, "precision too big")
	}
	if err := f.checkWidth(); err != nil {
		return "", err
	}
	if err := CheckAlloc(max(f.prec, 0), 1); err != nil {
		return "", err
	}
	neg := math.Signbit(x) && !math.IsNaN(x)
	var body string
	if math.IsInf(x, 0) || math.IsNaN(x) {
		body = "inf"
		if math.IsNaN(x) {
			body = "nan"
		}
		if typ == 'E' || typ == 'F' || typ == 'G' {
			body = strings.ToUpper(body)
		}
		if typ == '%' {
			body += "%"
		}
		// Zero padding still applies to inf and nan, but never grouping.
		g := f.grouping
		f.grouping = 0
		s := f.layoutNumber(neg, "", "", body, 3)
		f.grouping = g
		return s, nil
	}
	return f.layoutFloatDigits(neg, formatFloatAbs(x, typ, f.prec, f.alt)), nil
}

// isZeroDigits reports whether a formatted magnitude is all zeros.
func isZeroDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 'e' || c == 'E' {
			break
		}
		if c >= '1' && c <= '9' {
			return false
		}
	}
	return true
}

// Format implements format() for str.
func (s Str) Format(th *Thread, spec string) (string, error) {
	if spec == "" {
		return string(s), nil
	}
	f, err := parseFormatSpec(spec, s, '<')
	if err != nil {
		return "", err
	}
	if f.typ != 0 && f.typ != 's' {
		return "", errUnknownFormatCode(f.typ, s)
	}
	if f.sign == ' ' {
		return "", NewError(ValueErrorType, "Space not allowed in string format specifier")
	}
	if f.sign != 0 {
		return "", NewError(ValueErrorType, "Sign not allowed in string format specifier")
	}
	if f.noNegZero {
		return "", NewError(ValueErrorType, "Negative zero coercion (z) not allowed in string format specifier")
	}
	if f.alt {
		return "", NewError(ValueErrorType, "Alternate form (#) not allowed in string format specifier")
	}
	if f.align == '=' {
		return "", NewError(ValueErrorType, "'=' alignment not allowed in string format specifier")
	}
	if err := f.checkWidth(); err != nil {
		return "", err
	}
	text := string(s)
	if f.prec >= 0 && f.prec < len(text) {
		if strIsASCII(text) {
			text = text[:f.prec]
		} else {
			text = text[:runeOffset(text, f.prec)]
		}
	}
	return f.pad(text, '<'), nil
}

// FormatSpec is format(v, spec) with the mini-language for int, bool,
// float and str; other values go through the generic Format.
func FormatSpec(th *Thread, v Value, spec string) (string, error) {
	switch x := v.(type) {
	case Int:
		return x.Format(th, spec)
	case Str:
		return x.Format(th, spec)
	case Float:
		return x.Format(th, spec)
	case *BigInt:
		return x.Format(th, spec)
	case Bool:
		return x.Format(th, spec)
	}
	return Format(th, v, spec)
}
