package runtime

import (
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// printf-style formatting: `format % args` for str, after CPython's
// PyUnicode_Format.

// PercentFormat is `format % args` for str.
func PercentFormat(th *Thread, format string, args Value) (string, error) {
	var arr [128]byte
	b, err := percentFormat(th, format, args, false, arr[:0])
	return string(b), err
}

// percentValue is PercentFormat returning the str as a Value, made with
// one allocation (str_box.go).
func percentValue(th *Thread, format string, args Value) (Value, error) {
	var arr [128]byte
	b, err := percentFormat(th, format, args, false, arr[:0])
	if err != nil {
		return nil, err
	}
	return StrFromBytes(b), nil
}

// BytesPercentFormat is bytes % args (PEP 461): %s and %b take bytes-like
// values, %r and %a give ASCII reprs, %c a byte; the result is raw bytes.
func BytesPercentFormat(th *Thread, format string, args Value) (Bytes, error) {
	var arr [128]byte
	b, err := percentFormat(th, format, args, true, arr[:0])
	return Bytes(b), err
}

// percentFormat appends format % args to buf.
func percentFormat(th *Thread, format string, args Value, bytesMode bool, buf []byte) ([]byte, error) {
	p := percentState{th: th, bytes: bytesMode}
	switch a := args.(type) {
	case *Tuple:
		p.items = a.Items
	default:
		p.single = args
	}
	if isMappingForPercent(args) {
		p.dict = args
	}
	b := slices.Grow(buf, len(format)+8*p.count()+8)
	i := 0
	for i < len(format) {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			b = append(b, format[i:]...)
			break
		}
		b = append(b, format[i:i+j]...)
		var err error
		if b, i, err = p.directive(b, format, i+j+1); err != nil {
			return nil, err
		}
	}
	if p.argIdx < p.count() && p.dict == nil {
		return nil, NewError(TypeErrorType, "not all arguments converted during string formatting")
	}
	return b, nil
}

// isMappingForPercent mirrors CPython's test: any object with
// __getitem__ other than a tuple or str makes %(name)s available (and
// suppresses the "not all arguments converted" check).
func isMappingForPercent(v Value) bool {
	switch v.(type) {
	case *Tuple, Str:
		return false
	case *Dict, *List, Bytes:
		return true
	case Indexable:
		return true
	}
	return false
}

type percentState struct {
	th    *Thread
	items []Value // the arguments of a tuple
	// single is the one argument that is not a tuple (items is nil):
	// a one-item slice made for it escaped to the heap with the
	// state's other pointers (16 bytes per "item-%d" % i).
	single Value
	argIdx int
	dict   Value
	bytes  bool // formatting bytes (BytesPercentFormat)
}

// count is the number of positional arguments.
func (p *percentState) count() int {
	if p.single != nil {
		return 1
	}
	return len(p.items)
}

func (p *percentState) next() (Value, error) {
	if p.argIdx >= p.count() {
		return nil, NewError(TypeErrorType, "not enough arguments for format string")
	}
	v := p.single
	if v == nil {
		v = p.items[p.argIdx]
	}
	p.argIdx++
	return v, nil
}

// directive appends one conversion starting after '%' at format[i] to b;
// it returns b and the index after the conversion.
func (p *percentState) directive(b []byte, format string, i int) ([]byte, int, error) {
	start := i - 1
	if i >= len(format) {
		return b, 0, NewError(ValueErrorType, "incomplete format")
	}
	var arg Value
	if format[i] == '(' {
		if p.dict == nil {
			return b, 0, NewError(TypeErrorType, "format requires a mapping")
		}
		depth := 1
		k := i + 1
		for k < len(format) && depth > 0 {
			switch format[k] {
			case '(':
				depth++
			case ')':
				depth--
			}
			k++
		}
		if depth > 0 {
			return b, 0, NewError(ValueErrorType, "incomplete format key")
		}
		key := format[i+1 : k-1]
		var dk Value = Str(key)
		if p.bytes {
			dk = Bytes(key)
		}
		v, err := GetItem(p.th, p.dict, dk)
		if err != nil {
			return b, 0, err
		}
		arg = v
		// A key consumes the whole mapping argument.
		p.argIdx = p.count()
		i = k
	}
	var leftAlign, plus, space, alt, zero bool
flags:
	for i < len(format) {
		switch format[i] {
		case '-':
			leftAlign = true
		case '+':
			plus = true
		case ' ':
			space = true
		case '#':
			alt = true
		case '0':
			zero = true
		default:
			break flags
		}
		i++
	}
	width, prec := -1, -1
	if i < len(format) && format[i] == '*' {
		v, err := p.next()
		if err != nil {
			return b, 0, err
		}
		n, ok := AsInt64(v)
		if !ok {
			if _, big := v.(*BigInt); big {
				return b, 0, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
			}
			return b, 0, NewError(TypeErrorType, "* wants int")
		}
		if n < 0 {
			leftAlign = true
			n = -n
		}
		width = int(n)
		i++
	} else {
		for i < len(format) && format[i] >= '0' && format[i] <= '9' {
			if width < 0 {
				width = 0
			}
			d := int(format[i] - '0')
			if width > (math.MaxInt-d)/10 {
				return b, 0, NewError(ValueErrorType, "width too big")
			}
			width = width*10 + d
			i++
		}
	}
	if i < len(format) && format[i] == '.' {
		i++
		prec = 0
		if i < len(format) && format[i] == '*' {
			v, err := p.next()
			if err != nil {
				return b, 0, err
			}
			n, ok := AsInt64(v)
			if !ok {
				if _, big := v.(*BigInt); big {
					return b, 0, NewError(OverflowErrorType, "Python int too large to convert to C int")
				}
				return b, 0, NewError(TypeErrorType, "* wants int")
			}
			if n > math.MaxInt32 || n < math.MinInt32 {
				return b, 0, NewError(OverflowErrorType, "Python int too large to convert to C int")
			}
			if n < 0 {
				n = 0
			}
			prec = int(n)
			i++
		} else {
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				prec = prec*10 + int(format[i]-'0')
				if prec > math.MaxInt32 {
					return b, 0, NewError(ValueErrorType, "precision too big")
				}
				i++
			}
		}
	}
	for i < len(format) && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
		i++
	}
	if i >= len(format) {
		return b, 0, NewError(ValueErrorType, "incomplete format")
	}
	c := format[i]
	i++
	if c == '%' && arg == nil && i-start == 2 {
		b = append(b, '%')
		return b, i, nil
	}
	if arg == nil {
		v, err := p.next()
		if err != nil {
			return b, 0, err
		}
		arg = v
	}
	if n, ok := arg.(Int); ok && (c == 'd' || c == 'i' || c == 'u') && prec < 0 && !plus && !space && width <= 64 && !p.bytes {
		// The common %d / %05d of an int: digits written straight
		// into b, no intermediate strings.
		var buf [24]byte
		digits := strconv.AppendInt(buf[:0], int64(n), 10)
		fill := width - len(digits)
		switch {
		case fill <= 0:
			b = append(b, digits...)
		case leftAlign:
			b = append(b, digits...)
			b = percentFill(b, ' ', fill)
		case zero:
			if n < 0 {
				b = append(b, '-')
				digits = digits[1:]
			}
			b = percentFill(b, '0', fill)
			b = append(b, digits...)
		default:
			b = percentFill(b, ' ', fill)
			b = append(b, digits...)
		}
		return b, i, nil
	}
	var padErr error // a MemoryError from pad
	pad := func(body string, numeric bool, signLen int) {
		if width <= 0 {
			b = append(b, body...) // no width: no rune count
			return
		}
		n := utf8.RuneCountInString(body)
		if width <= n {
			b = append(b, body...)
			return
		}
		if padErr = CheckAllocPlus(len(b)+len(body), width-n, 1); padErr != nil {
			return
		}
		fill := width - n
		switch {
		case leftAlign:
			b = append(b, body...)
			b = percentFill(b, ' ', fill)
		case zero && numeric:
			b = append(b, body[:signLen]...)
			b = percentFill(b, '0', fill)
			b = append(b, body[signLen:]...)
		default:
			b = percentFill(b, ' ', fill)
			b = append(b, body...)
		}
	}
	signOf := func(neg bool) string {
		switch {
		case neg:
			return "-"
		case plus:
			return "+"
		case space:
			return " "
		}
		return ""
	}
	switch c {
	case 's', 'r', 'a', 'b':
		var text string
		var err error
		if p.bytes {
			if c == 's' || c == 'b' {
				bs, ok := bytesOf(arg)
				if !ok {
					return b, 0, NewError(TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeName(arg))
				}
				text = bs
			} else if text, err = Repr(p.th, arg); err == nil {
				text = EscapeNonASCII(text)
			}
			if err != nil {
				return b, 0, err
			}
			if prec >= 0 && prec < len(text) {
				text = text[:prec]
			}
			pad(text, false, 0)
			break
		}
		if c == 'b' {
			return b, 0, NewError(ValueErrorType, "unsupported format character 'b' (0x62) at index %d", i-1)
		}
		if c == 's' {
			text, err = ToStr(p.th, arg)
		} else {
			text, err = Repr(p.th, arg)
			if c == 'a' {
				text = EscapeNonASCII(text)
			}
		}
		if err != nil {
			return b, 0, err
		}
		if prec >= 0 && prec < len(text) {
			if strIsASCII(text) {
				text = text[:prec]
			} else if prec < utf8.RuneCountInString(text) {
				text = text[:runeOffset(text, prec)]
			}
		}
		pad(text, false, 0)
	case 'd', 'i', 'u', 'x', 'X', 'o':
		iv, err := percentIntArg(c, arg)
		if err != nil {
			return b, 0, err
		}
		base := 10
		prefix := ""
		switch c {
		case 'x':
			base, prefix = 16, "0x"
		case 'X':
			base, prefix = 16, "0X"
		case 'o':
			base, prefix = 8, "0o"
		}
		if !alt {
			prefix = ""
		}
		var neg bool
		var digits string
		if n, ok := iv.(Int); ok {
			// The common case: no big.Int, and far below the
			// int-to-str digit limit.
			u := uint64(n)
			if n < 0 {
				neg, u = true, -u
			}
			digits = strconv.FormatUint(u, base)
		} else {
			b0 := asBig(iv)
			neg = b0.Sign() < 0
			if base == 10 {
				if digits, err = bigDecimal(new(big.Int).Abs(b0)); err != nil {
					return b, 0, err
				}
			} else {
				digits = new(big.Int).Abs(b0).Text(base)
			}
		}
		if c == 'X' {
			digits = strings.ToUpper(digits)
		}
		if prec > len(digits) {
			digits = strings.Repeat("0", prec-len(digits)) + digits
		}
		sign := signOf(neg)
		pad(sign+prefix+digits, true, len(sign)+len(prefix))
	case 'e', 'E', 'f', 'F', 'g', 'G':
		f, err := percentFloatArg(arg)
		if err != nil {
			return b, 0, err
		}
		sign := signOf(math.Signbit(f) && !math.IsNaN(f))
		var body string
		if math.IsInf(f, 0) || math.IsNaN(f) {
			body = nonFinite(math.Abs(f), c == 'E' || c == 'F' || c == 'G')
		} else {
			if (c == 'g' || c == 'G') && prec < 0 {
				prec = 6
			}
			body = formatFloatAbs(f, c, prec, alt)
		}
		pad(sign+body, true, len(sign))
	case 'c':
		var ch string
		if p.bytes {
			if bs, ok := bytesOf(arg); ok && len(bs) == 1 {
				pad(bs, false, 0)
				break
			}
			n, ok := AsInt64(arg)
			if !ok || n < 0 || n > 255 {
				return b, 0, NewError(TypeErrorType, "%%c requires an integer in range(256) or a single byte")
			}
			pad(string([]byte{byte(n)}), false, 0)
			break
		}
		switch x := arg.(type) {
		case Str:
			if utf8.RuneCountInString(string(x)) != 1 {
				return b, 0, NewError(TypeErrorType, "%c requires int or char")
			}
			ch = string(x)
		default:
			if !IsIntValue(arg) {
				return b, 0, NewError(TypeErrorType, "%c requires int or char")
			}
			n, ok := AsInt64(arg)
			if !ok || n < 0 || n > utf8.MaxRune {
				return b, 0, NewError(OverflowErrorType, "%c arg not in range(0x110000)")
			}
			ch = string(rune(n))
		}
		pad(ch, false, 0)
	default:
		r, _ := utf8.DecodeRuneInString(format[i-1:])
		return b, 0, NewError(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", r, r, i-1)
	}
	return b, i, padErr
}

// percentFill appends n copies of c to b (padding, without a repeated
// string).
func percentFill(b []byte, c byte, n int) []byte {
	b = slices.Grow(b, n)
	for ; n > 0; n-- {
		b = append(b, c)
	}
	return b
}

// percentIntArg converts the argument of %d/%x/%o to an int.
func percentIntArg(c byte, v Value) (Value, error) {
	v = numericBase(v)
	switch x := v.(type) {
	case Int, *BigInt:
		return x, nil
	case Bool:
		return MakeInt(boolToInt64(x)), nil
	case Float:
		if c == 'd' || c == 'i' || c == 'u' {
			return floatToInt(float64(x))
		}
		return nil, NewError(TypeErrorType, "%%%c format: an integer is required, not float", c)
	case HasIndex:
		r, err := x.Index()
		if err != nil {
			return nil, err
		}
		return r, nil
	}
	if c == 'd' || c == 'i' || c == 'u' {
		return nil, NewError(TypeErrorType, "%%%c format: a real number is required, not %s", c, TypeName(v))
	}
	return nil, NewError(TypeErrorType, "%%%c format: an integer is required, not %s", c, TypeName(v))
}

func percentFloatArg(v Value) (float64, error) {
	v = numericBase(v)
	if !isNumber(v) {
		return 0, NewError(TypeErrorType, "must be real number, not %s", TypeName(v))
	}
	return toFloat(v)
}

// numericBase returns the int or float value an instance of an int or
// float subclass (IntEnum, IntFlag, class I(int)) carries, or v itself.
func numericBase(v Value) Value {
	if inst, ok := v.(*Instance); ok && inst.BaseValue() != nil && isNumber(inst.BaseValue()) {
		return inst.BaseValue()
	}
	return v
}
