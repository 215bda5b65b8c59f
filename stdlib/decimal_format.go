package stdlib

import (
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"sync"

	rt "github.com/spindle-lang/spindle/runtime"
)

// format(Decimal, spec), as CPython's Decimal.__format__: the digits are
// the decimal's own (rounded with the context's rounding to the spec's
// precision), never a float's; no type means 'G' (str()'s form), '%'
// scales by 100, ',' groups the integer part, '0' pads with zeros
// (grouped too); '_' and '#' are invalid, as in CPython 3.11's _decimal. Infinity and NaN keep their spelling and take only the
// sign, '%', fill, alignment and width.

type decSpec struct {
	fill, align   string
	sign          byte
	noNeg0        bool
	zeropad       bool
	width         int
	sep           string
	prec          int // -1: none
	typ           byte
	hasFillOrAlgn bool
}

var decSpecRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?s:(.)?([<>=^]))?([-+ ])?(z)?()(0)?([1-9][0-9]*)?(,)?(?:\.(0|[1-9][0-9]*))?([eEfFgGn%])?$`)
})

func parseDecSpec(spec string) (*decSpec, error) {
	m := decSpecRE().FindStringSubmatch(spec)
	if m == nil {
		return nil, rt.NewError(rt.ValueErrorType, "invalid format string")
	}
	s := &decSpec{fill: m[1], align: m[2], noNeg0: m[4] != "", zeropad: m[6] != "", sep: m[8], prec: -1, sign: '-'}
	if m[3] != "" {
		s.sign = m[3][0]
	}
	if s.zeropad && (s.fill != "" || s.align != "") {
		return nil, rt.NewError(rt.ValueErrorType, "invalid format string")
	}
	if s.fill == "" {
		s.fill = " "
	}
	if s.align == "" {
		s.align = ">"
	}
	s.width, _ = strconv.Atoi(m[7])
	if m[9] != "" {
		s.prec, _ = strconv.Atoi(m[9])
	}
	if m[10] != "" {
		s.typ = m[10][0]
	}
	if s.prec == 0 && (s.typ == 0 || s.typ == 'g' || s.typ == 'G' || s.typ == 'n') {
		s.prec = 1
	}
	if s.typ == 'n' {
		s.typ = 'g'
	}
	return s, nil
}

func decFormat(d *decimal, spec string) (string, error) {
	s, err := parseDecSpec(spec)
	if err != nil {
		return "", err
	}
	if d.isSpecial() {
		abs := *d
		abs.neg = false
		body := string(abs.appendSpecial(nil))
		if s.typ == '%' {
			body += "%"
		}
		return s.align3(s.signOf(d.neg), body), nil
	}
	if s.typ == 0 {
		s.typ = 'G'
	}
	if s.typ == '%' {
		d = &decimal{neg: d.neg, lo: d.lo, hi: d.hi, exp: d.exp + 2}
	}
	_, mode := decimalContext.get()
	if s.prec >= 0 {
		switch s.typ {
		case 'e', 'E':
			if !d.isZero() {
				d = d.roundDigits(s.prec+1, mode)
			}
		case 'f', 'F', '%':
			d = d.quantize(-s.prec, mode)
		case 'g', 'G':
			if d.ndigits() > s.prec {
				d = d.roundDigits(s.prec, mode)
			}
		}
	}
	if d.isZero() && d.exp > 0 && strings.IndexByte("fF%", s.typ) >= 0 {
		d = d.quantize(0, mode)
	}
	neg := d.neg && !(d.isZero() && s.noNeg0)
	digits := d.digits()
	left := d.exp + len(digits)
	var dot int
	switch s.typ {
	case 'e', 'E':
		dot = 1
		if d.isZero() && s.prec >= 0 {
			dot = 1 - s.prec
		}
	case 'f', 'F', '%':
		dot = left
	default: // g, G
		dot = 1
		if d.exp <= 0 && left > -6 {
			dot = left
		}
	}
	var intpart, frac string
	switch {
	case dot < 0:
		intpart, frac = "0", strings.Repeat("0", -dot)+digits
	case dot > len(digits):
		intpart = digits + strings.Repeat("0", dot-len(digits))
	default:
		intpart, frac = digits[:dot], digits[dot:]
		if intpart == "" {
			intpart = "0"
		}
	}
	exp := left - dot
	if frac != "" {
		frac = "." + frac
	}
	if exp != 0 || s.typ == 'e' || s.typ == 'E' {
		e := "e"
		if s.typ == 'E' || s.typ == 'G' {
			e = "E"
		}
		if exp >= 0 {
			e += "+"
		}
		frac += e + strconv.Itoa(exp)
	}
	if s.typ == '%' {
		frac += "%"
	}
	sign := s.signOf(neg)
	minWidth := 0
	if s.zeropad {
		minWidth = s.width - len(frac) - len(sign)
	}
	return s.align3(sign, groupDigits(intpart, s.sep, minWidth)+frac), nil
}

func (s *decSpec) signOf(neg bool) string {
	switch {
	case neg:
		return "-"
	case s.sign == '+' || s.sign == ' ':
		return string(s.sign)
	}
	return ""
}

// align3 pads sign+body to the spec's width.
func (s *decSpec) align3(sign, body string) string {
	n := s.width - len([]rune(sign)) - len([]rune(body))
	if n <= 0 {
		return sign + body
	}
	pad := strings.Repeat(s.fill, n)
	switch s.align {
	case "<":
		return sign + body + pad
	case "=":
		return sign + pad + body
	case "^":
		h := n / 2
		return strings.Repeat(s.fill, h) + sign + body + strings.Repeat(s.fill, n-h)
	}
	return pad + sign + body
}

// groupDigits inserts sep between groups of three digits, left-padding
// with zeros (grouped too) to at least minWidth characters.
func groupDigits(digits, sep string, minWidth int) string {
	var groups []string
	for {
		l := min(max(len(digits), minWidth, 1), 3)
		g := digits[max(len(digits)-l, 0):]
		groups = append(groups, strings.Repeat("0", l-len(g))+g)
		digits = digits[:max(len(digits)-l, 0)]
		minWidth -= l
		if digits == "" && minWidth <= 0 {
			break
		}
		minWidth -= len(sep)
	}
	for i, j := 0, len(groups)-1; i < j; i, j = i+1, j-1 {
		groups[i], groups[j] = groups[j], groups[i]
	}
	return strings.Join(groups, sep)
}

// roundDigits rounds a non-zero d to n significant digits (appending
// zeros when it has fewer).
func (d *decimal) roundDigits(n int, mode string) *decimal {
	drop := d.ndigits() - n
	if drop <= 0 {
		return mkDec(d.neg, new(big.Int).Mul(d.c(), pow10(-drop)), d.exp+drop)
	}
	c := roundCoeff(d.c(), drop, d.neg, mode)
	e := d.exp + drop
	if numDigits(c) > n {
		c.Quo(c, big.NewInt(10))
		e++
	}
	return mkDec(d.neg, c, e)
}
