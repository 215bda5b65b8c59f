package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// Float printing follows CPython's format_float_short: digits come from
// strconv (shortest round-trip digits for repr, correctly rounded digits
// for a precision), then are laid out by CPython's rules (exponent form
// when the decimal point is far away, ".0" added to integral reprs).

// FloatRepr is repr(f): the shortest digits that round-trip, in fixed
// notation when 1e-4 <= |f| < 1e16 and scientific otherwise.
func FloatRepr(f float64) string {
	var buf [40]byte
	return string(appendFloatRepr(buf[:0], f))
}

func appendFloatRepr(b []byte, f float64) []byte {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return append(b, nonFinite(f, false)...)
	}
	if f == 0 {
		if math.Signbit(f) {
			return append(b, "-0.0"...)
		}
		return append(b, "0.0"...)
	}
	if f < 0 {
		b = append(b, '-')
		f = -f
	}
	var dbuf [32]byte
	digits, decpt := floatDigits(dbuf[:0], f, -1)
	useExp := decpt <= -4 || decpt > 16
	return appendFloatLayout(b, digits, decpt, useExp, 0, true, false, 'e')
}

func nonFinite(f float64, upper bool) string {
	s := "nan"
	if math.IsInf(f, 1) {
		s = "inf"
	} else if math.IsInf(f, -1) {
		s = "-inf"
	}
	if upper {
		s = strings.ToUpper(s)
	}
	return s
}

// floatDigits returns the decimal digits of f >= 0 (finite) rounded to
// sig significant digits (sig < 0: the shortest round-trip digits), with
// trailing zeros removed, and the position of the decimal point
// (f = 0.DIGITS * 10**decpt). Zero gives "0", 1.
func floatDigits(dst []byte, f float64, sig int) ([]byte, int) {
	var buf [40]byte
	prec := -1
	if sig > 0 {
		prec = sig - 1
	}
	s := strconv.AppendFloat(buf[:0], f, 'e', prec, 64)
	e := 0
	i := 0
	for ; i < len(s) && s[i] != 'e'; i++ {
		if s[i] != '.' {
			dst = append(dst, s[i])
		}
	}
	exp, _ := strconv.Atoi(string(s[i+1:]))
	e = exp + 1
	for len(dst) > 1 && dst[len(dst)-1] == '0' {
		dst = dst[:len(dst)-1]
	}
	if len(dst) == 1 && dst[0] == '0' {
		e = 1
	}
	return dst, e
}

// appendFloatLayout lays out digits with the decimal point at decpt:
// minDigits pads with zeros (alternate form of 'g'), addDot0 adds ".0"
// to an integral fixed-point result, alt keeps a trailing '.'.
func appendFloatLayout(b, digits []byte, decpt int, useExp bool, minDigits int, addDot0, alt bool, expChar byte) []byte {
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	nd := len(digits)
	if minDigits > nd {
		nd = minDigits
	}
	digit := func(i int) byte {
		if i < len(digits) {
			return digits[i]
		}
		return '0'
	}
	frac := false
	switch {
	case decpt <= 0:
		b = append(b, '0', '.')
		for i := 0; i < -decpt; i++ {
			b = append(b, '0')
		}
		for i := 0; i < nd; i++ {
			b = append(b, digit(i))
		}
		frac = true
	case decpt >= nd:
		for i := 0; i < decpt; i++ {
			b = append(b, digit(i))
		}
	default:
		for i := 0; i < decpt; i++ {
			b = append(b, digit(i))
		}
		b = append(b, '.')
		for i := decpt; i < nd; i++ {
			b = append(b, digit(i))
		}
		frac = true
	}
	if !frac {
		if alt {
			b = append(b, '.')
		} else if addDot0 && !useExp {
			b = append(b, '.', '0')
		}
	}
	if useExp {
		b = append(b, expChar)
		if exp < 0 {
			b = append(b, '-')
			exp = -exp
		} else {
			b = append(b, '+')
		}
		if exp < 10 {
			b = append(b, '0')
		}
		b = strconv.AppendInt(b, int64(exp), 10)
	}
	return b
}

// formatFloatAbs formats |f| (finite) for a format type: e E f F g G n
// '%' or 0 (no type: str()-like, 'g' with ".0" when given a precision).
// prec < 0 means no precision given.
func formatFloatAbs(f float64, typ byte, prec int, alt bool) string {
	f = math.Abs(f)
	var buf [64]byte
	switch typ {
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		s := strconv.AppendFloat(buf[:0], f, 'e', prec, 64)
		if alt && prec == 0 {
			s = append(s[:1], append([]byte{'.'}, s[1:]...)...)
		}
		if typ == 'E' {
			s = []byte(strings.ToUpper(string(s)))
		}
		return string(s)
	case 'f', 'F', '%':
		if prec < 0 {
			prec = 6
		}
		if typ == '%' {
			f *= 100
		}
		s := strconv.AppendFloat(buf[:0], f, 'f', prec, 64)
		if alt && prec == 0 {
			s = append(s, '.')
		}
		if typ == '%' {
			s = append(s, '%')
		}
		return string(s)
	case 'g', 'G', 'n', 0:
		addDot0 := typ == 0
		if prec < 0 {
			if typ == 0 {
				digits, decpt := floatDigits(buf[:0], f, -1)
				var out [40]byte
				return string(appendFloatLayout(out[:0], digits, decpt, decpt <= -4 || decpt > 16, 0, true, alt, 'e'))
			}
			prec = 6
		}
		if prec == 0 {
			prec = 1
		}
		digits, decpt := floatDigits(buf[:0], f, prec)
		limit := prec
		if addDot0 {
			limit = prec - 1
		}
		useExp := decpt <= -4 || decpt > limit
		minDigits := 0
		if alt {
			minDigits = prec
		}
		expChar := byte('e')
		if typ == 'G' {
			expChar = 'E'
		}
		var out [64]byte
		return string(appendFloatLayout(out[:0], digits, decpt, useExp, minDigits, addDot0, alt, expChar))
	}
	return ""
}

// isFloatDigits checks a run of decimal digits with single underscores
// between digits; it returns the digits without underscores.
func floatDigitRun(s string, i int) (digits []byte, next int) {
	prevDigit := false
	for i < len(s) {
		c := s[i]
		if c >= '0' && c <= '9' {
			digits = append(digits, c)
			prevDigit = true
			i++
			continue
		}
		if c == '_' && prevDigit && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
			prevDigit = false
			i++
			continue
		}
		break
	}
	return digits, i
}

// FloatFromString parses a float the way float(s) does: whitespace,
// sign, digits with underscores, exponent, inf/infinity/nan in any case,
// Unicode decimal digits.
func FloatFromString(s string) (float64, error) {
	t := strings.TrimFunc(s, isPySpace)
	if !strIsASCII(t) {
		t = asciiDigits(t)
	}
	f, ok := parseFloatLiteral(t)
	if !ok {
		return 0, NewError(ValueErrorType, "could not convert string to float: %s", strRepr(s))
	}
	return f, nil
}

// asciiDigits replaces Unicode decimal digits by ASCII ones (other
// non-ASCII characters are left to fail the parse).
func asciiDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 0x80 && unicode.Is(unicode.Nd, r) {
			b.WriteByte(byte('0' + unicodeDecimal(r)))
		} else if isPySpace(r) {
			return s
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func parseFloatLiteral(t string) (float64, bool) {
	i := 0
	neg := false
	if i < len(t) && (t[i] == '+' || t[i] == '-') {
		neg = t[i] == '-'
		i++
	}
	switch strings.ToLower(t[i:]) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		return math.NaN(), true
	}
	num := make([]byte, 0, len(t))
	if neg {
		num = append(num, '-')
	}
	intDigits, i := floatDigitRun(t, i)
	num = append(num, intDigits...)
	nDigits := len(intDigits)
	if i < len(t) && t[i] == '.' {
		i++
		var frac []byte
		frac, i = floatDigitRun(t, i)
		nDigits += len(frac)
		num = append(num, '.')
		num = append(num, frac...)
	}
	if nDigits == 0 {
		return 0, false
	}
	if i < len(t) && (t[i] == 'e' || t[i] == 'E') {
		i++
		num = append(num, 'e')
		if i < len(t) && (t[i] == '+' || t[i] == '-') {
			num = append(num, t[i])
			i++
		}
		var exp []byte
		exp, i = floatDigitRun(t, i)
		if len(exp) == 0 {
			return 0, false
		}
		num = append(num, exp...)
	}
	if i != len(t) {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(num), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return f, true
}

// toFloatValue is float(x) for one argument.
func toFloatValue(th *Thread, x Value) (Value, error) {
	switch v := x.(type) {
	case Float:
		return v, nil
	case Int, Bool, *BigInt:
		f, err := toFloat(v)
		return Float(f), err
	case Str:
		f, err := FloatFromString(string(v))
		return Float(f), err
	case Bytes:
		f, err := FloatFromString(string(v))
		return Float(f), err
	}
	if v, ok := x.(HasIndex); ok {
		r, err := v.Index()
		if err != nil {
			return nil, err
		}
		f, err := toFloat(r)
		return Float(f), err
	}
	if x.Type().Lookup("__float__") != nil {
		r, err := CallMethod(th, x, "__float__", nil, nil)
		if err != nil {
			return nil, err
		}
		if _, ok := r.(Float); !ok {
			return nil, NewError(TypeErrorType, "%s.__float__ returned non-float (type %s)", TypeName(x), TypeName(r))
		}
		return r, nil
	}
	return nil, NewError(TypeErrorType, "float() argument must be a string or a real number, not '%s'", TypeName(x))
}

func newFloat(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, NewError(TypeErrorType, "float() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return Float(0), nil
	case 1:
		return toFloatValue(th, args[0])
	}
	return nil, NewError(TypeErrorType, "float expected at most 1 argument, got %d", len(args))
}

// floatHex is float.hex().
func floatHex(f float64) string {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nonFinite(f, false)
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	bits := math.Float64bits(f)
	exp := int((bits >> 52) & 0x7ff)
	mant := bits & (1<<52 - 1)
	lead := "1"
	if exp == 0 {
		lead = "0"
		exp = -1022
	} else {
		exp -= 1023
	}
	m := strconv.FormatUint(mant, 16)
	m = strings.Repeat("0", 13-len(m)) + m
	es := strconv.Itoa(exp)
	if exp >= 0 {
		es = "+" + es
	}
	return sign + "0x" + lead + "." + m + "p" + es
}

// floatFromHex is float.fromhex(s).
func floatFromHex(s string) (float64, error) {
	t := strings.TrimFunc(s, isPySpace)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	lower := strings.ToLower(t)
	switch lower {
	case "inf", "infinity":
		return math.Copysign(math.Inf(1), map[bool]float64{true: -1, false: 1}[neg]), nil
	case "nan":
		return math.NaN(), nil
	}
	if strings.HasPrefix(lower, "0x") {
		lower = lower[2:]
	}
	if !strings.Contains(lower, "p") {
		lower += "p0"
	}
	body := lower[:strings.IndexByte(lower, 'p')]
	if body == "" || body == "." || strings.ContainsAny(body, "_+-") {
		return 0, NewError(ValueErrorType, "invalid hexadecimal floating-point string")
	}
	f, err := strconv.ParseFloat("0x"+lower, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return 0, NewError(OverflowErrorType, "hexadecimal value too large to represent as a float")
		}
		return 0, NewError(ValueErrorType, "invalid hexadecimal floating-point string")
	}
	if neg {
		f = -f
	}
	return f, nil
}

func floatSelf(v Value) float64 {
	f, _ := v.(Float)
	return float64(f)
}

func init() {
	FloatType.New = newFloat
	FloatType.AddMethods(
		NewMethod("is_integer", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := methNoArgs("is_integer", args, kwargs); err != nil {
				return nil, err
			}
			f := floatSelf(self)
			return Bool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
		}),
		NewMethod("hex", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := methNoArgs("hex", args, kwargs); err != nil {
				return nil, err
			}
			return Str(floatHex(floatSelf(self))), nil
		}),
		NewMethod("conjugate", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			return Float(floatSelf(self)), nil
		}),
		NewMethod("__float__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			return Float(floatSelf(self)), nil
		}),
		NewMethod("__int__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			return floatToInt(floatSelf(self))
		}),
		NewMethod("__trunc__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			return floatToInt(floatSelf(self))
		}),
		NewMethod("as_integer_ratio", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := methNoArgs("as_integer_ratio", args, kwargs); err != nil {
				return nil, err
			}
			f := floatSelf(self)
			if math.IsInf(f, 0) {
				return nil, NewError(OverflowErrorType, "cannot convert Infinity to integer ratio")
			}
			if math.IsNaN(f) {
				return nil, NewError(ValueErrorType, "cannot convert NaN to integer ratio")
			}
			r := new(big.Rat).SetFloat64(f)
			return NewTuple([]Value{NewBigInt(new(big.Int).Set(r.Num())), NewBigInt(new(big.Int).Set(r.Denom()))}), nil
		}),
		NewFunc("fromhex", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
			var s string
			if err := UnpackArgs("fromhex", args, kwargs, "string", &s); err != nil {
				return nil, err
			}
			f, err := floatFromHex(s)
			return Float(f), err
		}),
	)
}
