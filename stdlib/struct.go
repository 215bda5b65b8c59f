package stdlib

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
	"sync"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The struct module: pack/unpack/calcsize/iter_unpack/unpack_from and
// Struct for the formats b B h H i I l L q Q n N f d e s p ? x c, with the
// byte-order prefixes @ = < > ! (native is little-endian with C
// alignment, as on the amd64/arm64 hosts Spindle runs on).

var (
	structErrorType = newModuleErrorType("error", "struct", rt.ExceptionType)
	structType      = newModuleType("Struct", "_struct")
)

type structItem struct {
	code  byte
	count int // repeat count (length for s/p)
	size  int // size of one item
	align int
}

type structFormat struct {
	src    string
	order  binary.ByteOrder
	native bool // '@': native sizes and alignment
	prefix byte
	items  []structItem
	size   int
	nvals  int
}

type structObj struct{ f *structFormat }

func (*structObj) Type() *rt.Type { return structType }

func structErr(format string, args ...any) error {
	return rt.NewError(structErrorType, append([]any{format}, args...)...)
}

func parseStructFormat(v rt.Value) (*structFormat, error) {
	var src string
	switch x := v.(type) {
	case rt.Str:
		src = string(x)
	case rt.Bytes:
		src = string(x)
	default:
		return nil, rt.NewError(rt.TypeErrorType, "Struct() argument 1 must be a str or bytes object, not %s", rt.TypeName(v))
	}
	f := &structFormat{src: src, order: binary.LittleEndian, native: true, prefix: '@'}
	s := src
	if len(s) > 0 {
		switch s[0] {
		case '@':
			s = s[1:]
		case '=', '<':
			f.native, f.prefix = false, s[0]
			s = s[1:]
		case '>', '!':
			f.native, f.order, f.prefix = false, binary.BigEndian, s[0]
			s = s[1:]
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			continue
		}
		count, hasCount := 1, false
		if c >= '0' && c <= '9' {
			count, hasCount = 0, true
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				count = count*10 + int(s[i]-'0')
				i++
			}
			if i >= len(s) {
				return nil, structErr("repeat count given without format specifier")
			}
			c = s[i]
		}
		_ = hasCount
		size := structSize(c, f.native)
		if size == 0 {
			return nil, structErr("bad char in struct format")
		}
		align := 1
		if f.native {
			align = size
		}
		if c == 's' || c == 'p' || c == 'x' || c == 'c' || c == '?' {
			align = 1
		}
		if f.native && align > 1 {
			f.size = (f.size + align - 1) / align * align
		}
		it := structItem{code: c, count: count, size: size, align: align}
		f.items = append(f.items, it)
		switch c {
		case 's', 'p':
			f.size += count
			f.nvals++
		case 'x':
			f.size += count
		default:
			f.size += count * size
			f.nvals += count
		}
	}
	return f, nil
}

func structSize(c byte, native bool) int {
	switch c {
	case 'x', 'c', 'b', 'B', '?', 's', 'p':
		return 1
	case 'h', 'H', 'e':
		return 2
	case 'i', 'I', 'f':
		return 4
	case 'l', 'L':
		if native {
			return 8
		}
		return 4
	case 'q', 'Q', 'd':
		return 8
	case 'n', 'N', 'P':
		if native {
			return 8
		}
	}
	return 0
}

// loadStructModule makes the struct module (registered in modules.go).
func loadStructModule() *rt.Module {
	setupStructTypes()
	return newStructModule()
}

// structSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var structSetup sync.Once

func setupStructTypes() { structSetup.Do(initStructTypes) }

func initStructTypes() {
	structType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var fv rt.Value
		if err := rt.UnpackArgs("Struct", args, kwargs, "format", &fv); err != nil {
			return nil, err
		}
		f, err := parseStructFormat(fv)
		if err != nil {
			return nil, err
		}
		return &structObj{f}, nil
	}
	structType.AddMethods(
		rt.NewMethod("pack", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return self.(*structObj).f.pack(args)
		}),
		rt.NewMethod("unpack", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var buf rt.Value
			if err := rt.UnpackArgs("unpack", args, kwargs, "buffer", &buf); err != nil {
				return nil, err
			}
			return self.(*structObj).f.unpack(buf, 0, false)
		}),
		rt.NewMethod("unpack_from", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var buf rt.Value
			offset := 0
			if err := rt.UnpackArgs("unpack_from", args, kwargs, "buffer", &buf, "offset?", &offset); err != nil {
				return nil, err
			}
			return self.(*structObj).f.unpack(buf, offset, true)
		}),
		rt.NewMethod("iter_unpack", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var buf rt.Value
			if err := rt.UnpackArgs("iter_unpack", args, kwargs, "buffer", &buf); err != nil {
				return nil, err
			}
			return self.(*structObj).f.iterUnpack(buf)
		}),
	)
}

func (s *structObj) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "format":
		return rt.Str(s.f.src), nil
	case "size":
		return rt.MakeInt(int64(s.f.size)), nil
	}
	return nil, nil
}

func newStructModule() *rt.Module {
	m := rt.NewModule("struct")
	m.Dict.SetStr("error", structErrorType)
	m.Dict.SetStr("Struct", structType)
	withFormat := func(name string, fn func(f *structFormat, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
		return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) == 0 {
				return nil, rt.NewError(rt.TypeErrorType, "%s expected at least 1 argument, got 0", name)
			}
			f, err := parseStructFormat(args[0])
			if err != nil {
				return nil, err
			}
			return fn(f, args[1:], kwargs)
		})
	}
	for _, b := range []*rt.Builtin{
		withFormat("pack", func(f *structFormat, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return f.pack(args)
		}),
		withFormat("unpack", func(f *structFormat, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) != 1 {
				return nil, rt.NewError(rt.TypeErrorType, "unpack expected 2 arguments, got %d", len(args)+1)
			}
			return f.unpack(args[0], 0, false)
		}),
		withFormat("unpack_from", func(f *structFormat, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var buf rt.Value
			offset := 0
			if err := rt.UnpackArgs("unpack_from", args, kwargs, "buffer", &buf, "offset?", &offset); err != nil {
				return nil, err
			}
			return f.unpack(buf, offset, true)
		}),
		withFormat("iter_unpack", func(f *structFormat, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) != 1 {
				return nil, rt.NewError(rt.TypeErrorType, "iter_unpack expected 2 arguments, got %d", len(args)+1)
			}
			return f.iterUnpack(args[0])
		}),
		withFormat("calcsize", func(f *structFormat, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.MakeInt(int64(f.size)), nil
		}),
	} {
		m.Dict.SetStr(b.Name, b)
	}
	return m
}

func (f *structFormat) rangeErr(c byte, lo, hi string) error {
	if f.prefix != '>' && f.prefix != '!' {
		switch c {
		case 'b':
			return structErr("byte format requires -128 <= number <= 127")
		case 'B':
			return structErr("ubyte format requires 0 <= number <= 255")
		case 'h':
			return structErr("short format requires -32768 <= number <= 32767")
		case 'H':
			return structErr("ushort format requires 0 <= number <= 65535")
		}
	}
	return structErr("'%c' format requires %s <= number <= %s", c, lo, hi)
}

func (f *structFormat) packInt(out []byte, c byte, size int, v rt.Value) error {
	if !rt.IsIntValue(v) {
		if inst, ok := v.(*rt.Instance); ok && inst.Type().Lookup("__index__") != nil {
			n, err := rt.IndexInt(v)
			if err != nil {
				return err
			}
			v = rt.MakeInt(int64(n))
		} else {
			return structErr("required argument is not an integer")
		}
	}
	b := rt.ToBig(v)
	signed := c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n'
	bits := uint(size * 8)
	var lo, hi big.Int
	if signed {
		lo.Lsh(big.NewInt(1), bits-1)
		lo.Neg(&lo)
		hi.Lsh(big.NewInt(1), bits-1)
		hi.Sub(&hi, big.NewInt(1))
	} else {
		hi.Lsh(big.NewInt(1), bits)
		hi.Sub(&hi, big.NewInt(1))
	}
	if b.Cmp(&lo) < 0 || b.Cmp(&hi) > 0 {
		if size == 8 || (!signed && b.Sign() < 0 && size >= 4) {
			return structErr("argument out of range")
		}
		return f.rangeErr(c, lo.String(), hi.String())
	}
	var u uint64
	if b.Sign() < 0 {
		u = uint64(b.Int64())
	} else {
		u = b.Uint64()
	}
	switch size {
	case 1:
		out[0] = byte(u)
	case 2:
		f.order.PutUint16(out, uint16(u))
	case 4:
		f.order.PutUint32(out, uint32(u))
	case 8:
		f.order.PutUint64(out, u)
	}
	return nil
}

func (f *structFormat) pack(args []rt.Value) (rt.Value, error) {
	if len(args) != f.nvals {
		return nil, structErr("pack expected %d items for packing (got %d)", f.nvals, len(args))
	}
	out := make([]byte, f.size)
	off, ai := 0, 0
	for _, it := range f.items {
		if it.align > 1 {
			off = (off + it.align - 1) / it.align * it.align
		}
		switch it.code {
		case 'x':
			off += it.count
			continue
		case 's', 'p':
			raw, ok := reBytesLike(args[ai])
			if !ok {
				return nil, structErr("argument for '%c' must be a bytes object", it.code)
			}
			ai++
			n := it.count
			if it.code == 'p' {
				if n == 0 {
					continue
				}
				l := len(raw)
				if l > n-1 {
					l = n - 1
				}
				if l > 255 {
					l = 255
				}
				out[off] = byte(l)
				copy(out[off+1:off+n], raw)
			} else {
				copy(out[off:off+n], raw)
			}
			off += n
			continue
		}
		for k := 0; k < it.count; k++ {
			v := args[ai]
			ai++
			dst := out[off : off+it.size]
			switch it.code {
			case 'c':
				raw, ok := reBytesLike(v)
				if !ok || len(raw) != 1 {
					return nil, structErr("char format requires a bytes object of length 1")
				}
				dst[0] = raw[0]
			case '?':
				t, err := rt.Truth(nil, v)
				if err != nil {
					return nil, err
				}
				if t {
					dst[0] = 1
				}
			case 'f', 'd', 'e':
				x, ok := rt.AsFloat(v)
				if !ok {
					return nil, structErr("required argument is not a float")
				}
				switch it.code {
				case 'f':
					if !math.IsInf(x, 0) && !math.IsNaN(x) && math.Abs(x) > math.MaxFloat32 {
						return nil, rt.NewError(rt.OverflowErrorType, "float too large to pack with f format")
					}
					f.order.PutUint32(dst, math.Float32bits(float32(x)))
				case 'd':
					f.order.PutUint64(dst, math.Float64bits(x))
				case 'e':
					h, err := float16Bits(x)
					if err != nil {
						return nil, err
					}
					f.order.PutUint16(dst, h)
				}
			default:
				if err := f.packInt(dst, it.code, it.size, v); err != nil {
					return nil, err
				}
			}
			off += it.size
		}
	}
	return rt.Bytes(out), nil
}

func (f *structFormat) unpack(buf rt.Value, offset int, from bool) (rt.Value, error) {
	raw, ok := reBytesLike(buf)
	if !ok {
		return nil, rt.NewError(rt.TypeErrorType, "a bytes-like object is required, not '%s'", rt.TypeName(buf))
	}
	if from {
		if offset < 0 {
			offset += len(raw)
		}
		if offset < 0 || offset > len(raw) || len(raw)-offset < f.size {
			return nil, structErr("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", f.size+offset, f.size, offset, len(raw))
		}
		raw = raw[offset : offset+f.size]
	} else if len(raw) != f.size {
		return nil, structErr("unpack requires a buffer of %d bytes", f.size)
	}
	return rt.NewTuple(f.decode([]byte(raw))), nil
}

func (f *structFormat) iterUnpack(buf rt.Value) (rt.Value, error) {
	raw, ok := reBytesLike(buf)
	if !ok {
		return nil, rt.NewError(rt.TypeErrorType, "a bytes-like object is required, not '%s'", rt.TypeName(buf))
	}
	if f.size == 0 {
		return nil, structErr("cannot iteratively unpack with a struct of length 0")
	}
	if len(raw)%f.size != 0 {
		return nil, structErr("iterative unpacking requires a buffer of a multiple of %d bytes", f.size)
	}
	var out []rt.Value
	for i := 0; i < len(raw); i += f.size {
		out = append(out, rt.NewTuple(f.decode([]byte(raw[i:i+f.size]))))
	}
	return rt.IteratorValue(&sliceIter{items: out}), nil
}

type sliceIter struct {
	items []rt.Value
	i     int
}

func (s *sliceIter) Next(th *rt.Thread) (rt.Value, bool, error) {
	if s.i >= len(s.items) {
		return nil, false, nil
	}
	s.i++
	return s.items[s.i-1], true, nil
}

func (f *structFormat) decode(raw []byte) []rt.Value {
	var out []rt.Value
	off := 0
	for _, it := range f.items {
		if it.align > 1 {
			off = (off + it.align - 1) / it.align * it.align
		}
		switch it.code {
		case 'x':
			off += it.count
			continue
		case 's':
			out = append(out, rt.Bytes(append([]byte(nil), raw[off:off+it.count]...)))
			off += it.count
			continue
		case 'p':
			if it.count == 0 {
				out = append(out, rt.Bytes(""))
				continue
			}
			n := int(raw[off])
			if n > it.count-1 {
				n = it.count - 1
			}
			out = append(out, rt.Bytes(append([]byte(nil), raw[off+1:off+1+n]...)))
			off += it.count
			continue
		}
		for k := 0; k < it.count; k++ {
			src := raw[off : off+it.size]
			var v rt.Value
			switch it.code {
			case 'c':
				v = rt.Bytes([]byte{src[0]})
			case '?':
				v = rt.Bool(src[0] != 0)
			case 'b':
				v = rt.MakeInt(int64(int8(src[0])))
			case 'B':
				v = rt.MakeInt(int64(src[0]))
			case 'h':
				v = rt.MakeInt(int64(int16(f.order.Uint16(src))))
			case 'H':
				v = rt.MakeInt(int64(f.order.Uint16(src)))
			case 'e':
				v = rt.Float(float16Value(f.order.Uint16(src)))
			case 'f':
				v = rt.Float(float64(math.Float32frombits(f.order.Uint32(src))))
			case 'd':
				v = rt.Float(math.Float64frombits(f.order.Uint64(src)))
			default:
				signed := strings.IndexByte("bhilqn", it.code) >= 0
				var u uint64
				switch it.size {
				case 4:
					u = uint64(f.order.Uint32(src))
					if signed {
						v = rt.MakeInt(int64(int32(u)))
					}
				case 8:
					u = f.order.Uint64(src)
					if signed {
						v = rt.MakeInt(int64(u))
					}
				}
				if v == nil {
					v = rt.NewBigInt(new(big.Int).SetUint64(u))
				}
			}
			out = append(out, v)
			off += it.size
		}
	}
	return out
}

// float16Bits converts to IEEE half precision (round half to even).
func float16Bits(x float64) (uint16, error) {
	bits := math.Float32bits(float32(x))
	sign := uint16(bits>>16) & 0x8000
	if math.IsNaN(x) {
		return sign | 0x7e00, nil
	}
	if math.IsInf(x, 0) {
		return sign | 0x7c00, nil
	}
	ax := math.Abs(x)
	if ax >= 65520 {
		return 0, rt.NewError(rt.OverflowErrorType, "float too large to pack with e format")
	}
	if ax < math.Ldexp(1, -24)/2 {
		return sign, nil
	}
	frac, exp := math.Frexp(ax) // ax = frac * 2^exp, frac in [0.5,1)
	e := exp - 1 + 15
	if e <= 0 {
		// subnormal: value = m * 2^-24
		m := math.RoundToEven(ax / math.Ldexp(1, -24))
		return sign | uint16(m), nil
	}
	m := math.RoundToEven((frac*2 - 1) * 1024)
	if m == 1024 {
		m = 0
		e++
	}
	if e >= 31 {
		return 0, rt.NewError(rt.OverflowErrorType, "float too large to pack with e format")
	}
	return sign | uint16(e)<<10 | uint16(m), nil
}

func float16Value(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h>>10) & 31
	m := float64(h & 1023)
	switch e {
	case 0:
		return sign * m * math.Ldexp(1, -24)
	case 31:
		if m == 0 {
			return math.Inf(int(sign))
		}
		return math.NaN()
	}
	return sign * (1 + m/1024) * math.Ldexp(1, e-15)
}
