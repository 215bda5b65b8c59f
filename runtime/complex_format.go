package runtime

import (
	"math"
	"strings"
)

// format() of a complex number, after CPython 3.11's
// format_complex_internal: both parts are formatted with the spec's type
// and precision (no type: repr-style parts, with parentheses unless the
// real part is +0 and omitted), the imaginary part always signed, then
// the whole is padded. Zero padding, '=' alignment and the '%' type are
// refused with CPython's messages.

// Format implements format() for complex.
func (c Complex) Format(th *Thread, spec string) (string, error) {
	if spec == "" {
		return c.Repr(th)
	}
	f, err := parseFormatSpec(spec, c, '>')
	if err != nil {
		return "", err
	}
	typ := f.typ
	switch typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G':
	case 'n':
		typ = 'g'
	default:
		return "", errUnknownFormatCode(f.typ, c)
	}
	if f.fill == '0' {
		return "", NewError(ValueErrorType, "Zero padding is not allowed in complex format specifier")
	}
	if f.align == '=' {
		return "", NewError(ValueErrorType, "'=' alignment flag is not allowed in complex format specifier")
	}
	if err := f.checkWidth(); err != nil {
		return "", err
	}
	if err := CheckAlloc(max(f.prec, 0), 1); err != nil {
		return "", err
	}
	re, im := c.Real(), c.Imag()
	skipRe, parens := false, false
	if typ == 0 {
		if f.prec >= 0 {
			typ = 'g'
		}
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	part := f
	part.width, part.fill, part.align = -1, ' ', '<'
	var b strings.Builder
	if parens {
		b.WriteByte('(')
	}
	if !skipRe {
		b.WriteString(complexFormatPart(&part, re, typ))
		part.sign = '+'
	}
	b.WriteString(complexFormatPart(&part, im, typ))
	b.WriteByte('j')
	if parens {
		b.WriteByte(')')
	}
	return f.pad(b.String(), '>'), nil
}

// complexFormatPart formats one part with sign and grouping and no
// padding; typ 0 is the repr form without a forced ".0".
func complexFormatPart(f *fmtSpec, x float64, typ byte) string {
	neg := math.Signbit(x) && !math.IsNaN(x)
	var body string
	switch {
	case math.IsInf(x, 0) || math.IsNaN(x):
		body = nonFinite(math.Abs(x), typ == 'E' || typ == 'F' || typ == 'G')
		g := f.grouping
		f.grouping = 0
		defer func() { f.grouping = g }()
		return f.layoutNumber(neg, "", "", body, 3)
	case typ == 0:
		body = string(appendShortRepr(nil, math.Abs(x), f.alt))
	default:
		body = formatFloatAbs(x, typ, f.prec, f.alt)
	}
	return f.layoutFloatDigits(neg, body)
}
