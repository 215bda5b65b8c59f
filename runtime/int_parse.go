package runtime

import (
	"encoding/binary"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Parsing and printing ints, int() and the int methods.

// IntFromString parses s as int(s, base) does: surrounding whitespace, a
// sign, an optional 0x/0o/0b prefix matching base (base 0 infers the base
// from the prefix, and then forbids leading zeros), single underscores
// between digits, and Unicode decimal digits.
func IntFromString(s string, base int) (Value, error) {
	if base != 0 && (base < 2 || base > 36) {
		return nil, NewError(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
	}
	v, ok, err := parseIntLiteral(s, base)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, errInvalidIntLiteral(s, base)
	}
	return v, nil
}

func errInvalidIntLiteral(s string, base int) error {
	r := strRepr(s)
	if utf8.RuneCountInString(r) > 200 {
		r = string([]rune(r)[:200])
	}
	return NewError(ValueErrorType, "invalid literal for int() with base %d: %s", base, r)
}

// digitValue returns the value of a digit or letter in bases up to 36, or
// 99 for anything else. Unicode decimal digits (category Nd) count.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 'a' && r <= 'z':
		return int(r-'a') + 10
	case r >= 'A' && r <= 'Z':
		return int(r-'A') + 10
	case r >= 0x80 && unicode.Is(unicode.Nd, r):
		return unicodeDecimal(r)
	}
	return 99
}

// unicodeDecimal is the value of a Unicode decimal digit: Nd digits come
// in runs of ten starting at a zero.
func unicodeDecimal(r rune) int {
	z := r
	for z > 0 && unicode.Is(unicode.Nd, z-1) {
		z--
	}
	return int(r-z) % 10
}

// parseIntLiteral does the work of IntFromString; ok is false for a
// malformed literal.
func parseIntLiteral(s string, base int) (Value, bool, error) {
	t := strings.TrimFunc(s, isPySpace)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	prefixed := false
	if len(t) >= 2 && t[0] == '0' {
		p := t[1] | 0x20
		pb := 0
		switch p {
		case 'x':
			pb = 16
		case 'o':
			pb = 8
		case 'b':
			pb = 2
		}
		if pb != 0 && (base == 0 || base == pb) {
			base = pb
			t = t[2:]
			prefixed = true
		}
	}
	leadingZeroCheck := false
	if base == 0 {
		base = 10
		leadingZeroCheck = true
	}
	// Collect digits (ASCII), validating underscores.
	var buf [64]byte
	digits := buf[:0]
	prevUnderscore := prefixed // one underscore may follow the prefix
	if prefixed && t != "" && t[0] == '_' {
		t = t[1:]
	}
	prevUnderscore = false
	for i, r := range t {
		if r == '_' {
			if prevUnderscore || i == 0 {
				return nil, false, nil
			}
			prevUnderscore = true
			continue
		}
		prevUnderscore = false
		d := digitValue(r)
		if d >= base {
			return nil, false, nil
		}
		digits = append(digits, "0123456789abcdefghijklmnopqrstuvwxyz"[d])
	}
	if len(digits) == 0 || prevUnderscore {
		return nil, false, nil
	}
	if leadingZeroCheck && digits[0] == '0' {
		for _, c := range digits {
			if c != '0' {
				return nil, false, nil
			}
		}
	}
	if base&(base-1) != 0 {
		if limit := IntMaxStrDigits(); limit > 0 && len(digits) > limit {
			return nil, false, NewError(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", limit, len(digits))
		}
	}
	if len(digits) <= 12 || (base <= 16 && len(digits) <= 15) {
		u, err := strconv.ParseUint(string(digits), base, 64)
		if err == nil && u <= math.MaxInt64 {
			if neg {
				return MakeInt(-int64(u)), true, nil
			}
			return MakeInt(int64(u)), true, nil
		}
	}
	b, ok := new(big.Int).SetString(string(digits), base)
	if !ok {
		return nil, false, nil
	}
	if neg {
		b.Neg(b)
	}
	return NewBigInt(b), true, nil
}

// IntToString formats an int (Int, *BigInt or Bool) in base 2, 8, 10 or
// 16, with the 0b/0o/0x prefix for the non-decimal bases, as bin(),
// oct() and hex() print it ("-0x1f").
func IntToString(v Value, base int) string {
	prefix := ""
	switch base {
	case 2:
		prefix = "0b"
	case 8:
		prefix = "0o"
	case 16:
		prefix = "0x"
	}
	if x, ok := AsInt64(v); ok {
		if x < 0 {
			return "-" + prefix + strconv.FormatUint(-uint64(x), base)
		}
		return prefix + strconv.FormatInt(x, base)
	}
	b := asBig(v)
	if b == nil {
		return ""
	}
	if b.Sign() < 0 {
		return "-" + prefix + new(big.Int).Neg(b).Text(base)
	}
	return prefix + b.Text(base)
}

// floatToInt truncates a float to an int (int(x)).
func floatToInt(f float64) (Value, error) {
	if math.IsNaN(f) {
		return nil, NewError(ValueErrorType, "cannot convert float NaN to integer")
	}
	if math.IsInf(f, 0) {
		return nil, NewError(OverflowErrorType, "cannot convert float infinity to integer")
	}
	t := math.Trunc(f)
	if t >= -(1<<63) && t < 1<<63 {
		return MakeInt(int64(t)), nil
	}
	b, _ := new(big.Float).SetFloat64(t).Int(nil)
	return NewBigInt(b), nil
}

// toIntValue is int(x) for one argument.
func toIntValue(th *Thread, x Value) (Value, error) {
	switch v := x.(type) {
	case Int, *BigInt:
		return v, nil
	case Bool:
		return MakeInt(boolToInt64(v)), nil
	case Float:
		return floatToInt(float64(v))
	case Str:
		return IntFromString(string(v), 10)
	case Bytes:
		return IntFromString(string(v), 10)
	case HasIndex:
		r, err := v.Index()
		if err != nil {
			return nil, err
		}
		if !IsIntValue(r) {
			return nil, NewError(TypeErrorType, "__index__ returned non-int (type %s)", TypeName(r))
		}
		if b, ok := r.(Bool); ok {
			return MakeInt(boolToInt64(b)), nil
		}
		return r, nil
	}
	for _, name := range []string{"__int__", "__trunc__"} {
		if x.Type().Lookup(name) == nil {
			continue
		}
		r, err := CallMethod(th, x, name, nil, nil)
		if err != nil {
			return nil, err
		}
		if !IsIntValue(r) {
			return nil, NewError(TypeErrorType, "%s returned non-int (type %s)", name, TypeName(r))
		}
		return intOf(r), nil
	}
	return nil, NewError(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(x))
}

func newInt(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
	var x, base Value
	if err := UnpackArgs("int", args, kwargs, "x?", &x, "/", "base?", &base); err != nil {
		return nil, err
	}
	if x == nil {
		if base != nil {
			return nil, NewError(TypeErrorType, "int() missing string argument")
		}
		return MakeInt(0), nil
	}
	if base == nil {
		return toIntValue(th, x)
	}
	b, err := IndexInt(base)
	if err != nil {
		return nil, err
	}
	switch s := x.(type) {
	case Str:
		return IntFromString(string(s), b)
	case Bytes:
		return IntFromString(string(s), b)
	}
	return nil, NewError(TypeErrorType, "int() can't convert non-string with explicit base")
}

func newBool(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, NewError(TypeErrorType, "bool() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, NewError(TypeErrorType, "bool expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return False, nil
	}
	t, err := Truth(th, args[0])
	if err != nil {
		return nil, err
	}
	return Bool(t), nil
}

// intSelf returns the receiver of an int method as int64 or big.
func intArg(v Value) (int64, *big.Int, bool) {
	if x, ok := AsInt64(v); ok {
		return x, nil, true
	}
	if b, ok := v.(*BigInt); ok {
		return 0, b.v, true
	}
	return 0, nil, false
}

// methNoArgs checks a method that takes no arguments.
func methNoArgs(name string, args []Value, kwargs []KwArg) error {
	if len(args) > 0 || len(kwargs) > 0 {
		return NewError(TypeErrorType, "%s() takes no arguments (%d given)", name, len(args)+len(kwargs))
	}
	return nil
}

func intBitLength(self Value) int {
	x, b, _ := intArg(self)
	if b != nil {
		return b.BitLen()
	}
	if x < 0 {
		return bits.Len64(-uint64(x))
	}
	return bits.Len64(uint64(x))
}

func init() {
	IntType.New = newInt
	BoolType.New = newBool
	IntType.AddMethods(
		NewMethod("bit_length", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := methNoArgs("bit_length", args, kwargs); err != nil {
				return nil, err
			}
			return MakeInt(int64(intBitLength(self))), nil
		}),
		NewMethod("bit_count", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := methNoArgs("bit_count", args, kwargs); err != nil {
				return nil, err
			}
			x, b, _ := intArg(self)
			if b == nil {
				if x < 0 {
					return MakeInt(int64(bits.OnesCount64(-uint64(x)))), nil
				}
				return MakeInt(int64(bits.OnesCount64(uint64(x)))), nil
			}
			n := 0
			for _, w := range new(big.Int).Abs(b).Bits() {
				n += bits.OnesCount(uint(w))
			}
			return MakeInt(int64(n)), nil
		}),
		NewMethod("conjugate", intIdentity),
		NewMethod("__index__", intIdentity),
		NewMethod("__int__", intIdentity),
		NewMethod("__float__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			f, err := toFloat(self)
			if err != nil {
				return nil, err
			}
			return Float(f), nil
		}),
		NewMethod("as_integer_ratio", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			v, _ := intIdentity(th, self, nil, nil)
			return NewTuple([]Value{v, MakeInt(1)}), nil
		}),
		NewMethod("to_bytes", intToBytes),
		NewFunc("from_bytes", intFromBytes),
	)
}

// intIdentity returns the int value itself (bools become ints).
func intIdentity(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
	if b, ok := self.(Bool); ok {
		return MakeInt(boolToInt64(b)), nil
	}
	return self, nil
}

func byteOrderArg(v Value) (little bool, err error) {
	s, ok := v.(Str)
	if !ok {
		return false, NewError(TypeErrorType, "to_bytes() argument 'byteorder' must be str, not %s", TypeName(v))
	}
	switch s {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, NewError(ValueErrorType, "byteorder must be either 'little' or 'big'")
}

func intToBytes(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
	length := 1
	var order Value = Str("big")
	signed := false
	if err := UnpackArgs("to_bytes", args, kwargs, "length?", &length, "byteorder?", &order, "*", "signed?", &signed); err != nil {
		return nil, err
	}
	little, err := byteOrderArg(order)
	if err != nil {
		return nil, err
	}
	if length < 0 {
		return nil, NewError(ValueErrorType, "length argument must be non-negative")
	}
	b := ToBig(self)
	if b.Sign() < 0 && !signed {
		return nil, NewError(OverflowErrorType, "can't convert negative int to unsigned")
	}
	// Two's complement in length bytes.
	if b.Sign() < 0 {
		b.Add(b, new(big.Int).Lsh(bigOne, uint(8*length)))
		if b.Sign() < 0 || (length > 0 && b.BitLen() <= 8*length-1) {
			return nil, NewError(OverflowErrorType, "int too big to convert")
		}
	} else if signed && b.Sign() > 0 && b.BitLen() > 8*length-1 {
		return nil, NewError(OverflowErrorType, "int too big to convert")
	}
	if b.BitLen() > 8*length {
		return nil, NewError(OverflowErrorType, "int too big to convert")
	}
	out := make([]byte, length)
	b.FillBytes(out)
	if little {
		reverseBytes(out)
	}
	return Bytes(out), nil
}

func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

func intFromBytes(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
	var data Value
	var order Value = Str("big")
	signed := false
	if err := UnpackArgs("from_bytes", args, kwargs, "bytes", &data, "byteorder?", &order, "*", "signed?", &signed); err != nil {
		return nil, err
	}
	little, err := byteOrderArg(order)
	if err != nil {
		return nil, err
	}
	raw, err := bytesOfValue(th, data)
	if err != nil {
		return nil, err
	}
	buf := []byte(raw)
	if little {
		buf = append([]byte(nil), buf...)
		reverseBytes(buf)
	}
	if len(buf) <= 7 {
		var tmp [8]byte
		copy(tmp[8-len(buf):], buf)
		u := int64(binary.BigEndian.Uint64(tmp[:]))
		if signed && len(buf) > 0 && buf[0]&0x80 != 0 {
			u -= 1 << (8 * uint(len(buf)))
		}
		return MakeInt(u), nil
	}
	b := new(big.Int).SetBytes(buf)
	if signed && buf[0]&0x80 != 0 {
		b.Sub(b, new(big.Int).Lsh(bigOne, uint(8*len(buf))))
	}
	return NewBigInt(b), nil
}

// numAttr returns the data attributes of numbers (real, imag, numerator,
// denominator); nil when name is not one of them.
func numAttr(v Value, name string) Value {
	switch name {
	case "real":
		if b, ok := v.(Bool); ok {
			return MakeInt(boolToInt64(b))
		}
		return v
	case "imag":
		if _, ok := v.(Float); ok {
			return Float(0)
		}
		return MakeInt(0)
	case "numerator":
		if _, ok := v.(Float); ok {
			return nil
		}
		if b, ok := v.(Bool); ok {
			return MakeInt(boolToInt64(b))
		}
		return v
	case "denominator":
		if _, ok := v.(Float); ok {
			return nil
		}
		return MakeInt(1)
	}
	return nil
}

// GetAttr provides real, imag, numerator and denominator.
func (i Int) GetAttr(th *Thread, name string) (Value, error) { return numAttr(i, name), nil }

// GetAttr provides real, imag, numerator and denominator.
func (b *BigInt) GetAttr(th *Thread, name string) (Value, error) { return numAttr(b, name), nil }

// GetAttr provides real, imag, numerator and denominator.
func (b Bool) GetAttr(th *Thread, name string) (Value, error) { return numAttr(b, name), nil }

// GetAttr provides real and imag.
func (f Float) GetAttr(th *Thread, name string) (Value, error) { return numAttr(f, name), nil }
