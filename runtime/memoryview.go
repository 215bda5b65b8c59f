package runtime

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"

	"github.com/spindle-lang/spindle/ast"
)

// MemoryView is memoryview(obj): a one-dimensional view of the bytes of
// a bytes or bytearray object, without copying. Slices of a view are views
// of the same buffer (a write through m[1:3] changes the bytearray), and
// cast() reinterprets the bytes with a struct format of native size and
// little-endian order (the platforms we run on).
//
// The view reads the buffer at each access (bytearray under its lock), so
// a bytearray that changed size since the view was made is never read
// out of range; unlike CPython, resizing an exported bytearray is not
// refused with BufferError.
type MemoryView struct {
	obj      Value // Bytes or *ByteArray: the buffer
	source   Value // the object the view was made from (m.obj)
	off      int   // byte offset of item 0
	n        int   // number of items
	stride   int   // bytes between items (negative for reversed slices)
	format   string
	itemsize int
	readonly bool
	released bool
}

// MemoryViewType is `memoryview`.
var MemoryViewType = NewBuiltinType("memoryview", nil)

// Type returns MemoryViewType.
func (*MemoryView) Type() *Type { return MemoryViewType }

// memFormats gives the item size of each supported struct format.
var memFormats = map[string]int{
	"B": 1, "b": 1, "c": 1, "?": 1,
	"H": 2, "h": 2, "I": 4, "i": 4, "L": 8, "l": 8, "Q": 8, "q": 8,
	"N": 8, "n": 8, "f": 4, "d": 8,
}

// NewMemoryView is memoryview(obj).
func NewMemoryView(obj Value) (*MemoryView, error) {
	if inst, ok := obj.(*Instance); ok && inst.BaseValue() != nil {
		obj = inst.BaseValue()
	}
	switch x := obj.(type) {
	case Bytes:
		return &MemoryView{obj: x, source: x, n: len(x), stride: 1, format: "B", itemsize: 1, readonly: true}, nil
	case *ByteArray:
		return &MemoryView{obj: x, source: x, n: x.length(), stride: 1, format: "B", itemsize: 1}, nil
	case *MemoryView:
		if err := x.check(); err != nil {
			return nil, err
		}
		c := *x
		return &c, nil
	}
	return nil, NewError(TypeErrorType, "memoryview: a bytes-like object is required, not '%s'", TypeName(obj))
}

func (m *MemoryView) check() error {
	if m.released {
		return NewError(ValueErrorType, "operation forbidden on released memoryview object")
	}
	return nil
}

// buffer returns the current bytes of the underlying object (a snapshot
// for a bytearray).
func (m *MemoryView) buffer() []byte {
	switch x := m.obj.(type) {
	case Bytes:
		return []byte(x)
	case *ByteArray:
		return x.Bytes()
	}
	return nil
}

// raw returns the bytes of the view's items, in view order.
func (m *MemoryView) raw() []byte {
	buf := m.buffer()
	out := make([]byte, 0, m.n*m.itemsize)
	for i := 0; i < m.n; i++ {
		p := m.off + i*m.stride
		if p < 0 || p+m.itemsize > len(buf) {
			break
		}
		out = append(out, buf[p:p+m.itemsize]...)
	}
	return out
}

// BytesData implements BytesLike: bytes(m), b'x' + m, struct.unpack(f, m).
func (m *MemoryView) BytesData() string { return string(m.raw()) }

// unpack decodes one item.
func (m *MemoryView) unpack(b []byte) Value {
	le := binary.LittleEndian
	switch m.format {
	case "B":
		return MakeInt(int64(b[0]))
	case "b":
		return MakeInt(int64(int8(b[0])))
	case "c":
		return Bytes(b[:1])
	case "?":
		return Bool(b[0] != 0)
	case "H":
		return MakeInt(int64(le.Uint16(b)))
	case "h":
		return MakeInt(int64(int16(le.Uint16(b))))
	case "I":
		return MakeInt(int64(le.Uint32(b)))
	case "i":
		return MakeInt(int64(int32(le.Uint32(b))))
	case "L", "Q", "N":
		u := le.Uint64(b)
		if u > math.MaxInt64 {
			return NewBigInt(new(big.Int).SetUint64(u))
		}
		return MakeInt(int64(u))
	case "l", "q", "n":
		return MakeInt(int64(le.Uint64(b)))
	case "f":
		return Float(math.Float32frombits(le.Uint32(b)))
	case "d":
		return Float(math.Float64frombits(le.Uint64(b)))
	}
	return None
}

// pack encodes v as one item of the view's format.
func (m *MemoryView) pack(v Value) ([]byte, error) {
	bad := func() error {
		return NewError(TypeErrorType, "memoryview: invalid type for format '%s'", m.format)
	}
	le := binary.LittleEndian
	b := make([]byte, m.itemsize)
	switch m.format {
	case "c":
		s, ok := v.(Bytes)
		if !ok || len(s) != 1 {
			return nil, NewError(ValueErrorType, "memoryview: invalid value for format 'c'")
		}
		b[0] = s[0]
		return b, nil
	case "?":
		t, err := Truth(nil, v)
		if err != nil {
			return nil, err
		}
		if t {
			b[0] = 1
		}
		return b, nil
	case "f", "d":
		f, ok := AsFloat(v)
		if !ok {
			return nil, bad()
		}
		if m.format == "f" {
			le.PutUint32(b, math.Float32bits(float32(f)))
		} else {
			le.PutUint64(b, math.Float64bits(f))
		}
		return b, nil
	}
	if !IsIntValue(v) {
		return nil, bad()
	}
	n, err := IndexInt(v)
	lo, hi := memIntRange(m.format)
	if err != nil || int64(n) < lo || (hi >= 0 && uint64(n) > uint64(hi)) {
		if _, isBig := v.(*BigInt); !isBig && err != nil {
			return nil, err
		}
		return nil, NewError(ValueErrorType, "memoryview: invalid value for format '%s'", m.format)
	}
	switch m.itemsize {
	case 1:
		b[0] = byte(n)
	case 2:
		le.PutUint16(b, uint16(n))
	case 4:
		le.PutUint32(b, uint32(n))
	case 8:
		le.PutUint64(b, uint64(n))
	}
	return b, nil
}

// memIntRange is the range of an integer format (hi < 0: the full
// unsigned 64-bit range).
func memIntRange(format string) (lo, hi int64) {
	switch format {
	case "B":
		return 0, math.MaxUint8
	case "b":
		return math.MinInt8, math.MaxInt8
	case "H":
		return 0, math.MaxUint16
	case "h":
		return math.MinInt16, math.MaxInt16
	case "I":
		return 0, math.MaxUint32
	case "i":
		return math.MinInt32, math.MaxInt32
	case "L", "Q", "N":
		return 0, math.MaxInt64
	}
	return math.MinInt64, math.MaxInt64
}

// items returns the unpacked items.
func (m *MemoryView) items() []Value {
	raw := m.raw()
	out := make([]Value, 0, m.n)
	for p := 0; p+m.itemsize <= len(raw); p += m.itemsize {
		out = append(out, m.unpack(raw[p:p+m.itemsize]))
	}
	return out
}

// Repr is <memory at 0x...>.
func (m *MemoryView) Repr(th *Thread) (string, error) {
	if m.released {
		return fmt.Sprintf("<released memory at %#x>", Id(m)), nil
	}
	return fmt.Sprintf("<memory at %#x>", Id(m)), nil
}

// Len is the number of items.
func (m *MemoryView) Len(th *Thread) (int, error) {
	if err := m.check(); err != nil {
		return 0, err
	}
	return m.n, nil
}

// GetItem is m[i] (an item) or m[a:b:c] (a view of the same buffer).
func (m *MemoryView) GetItem(th *Thread, key Value) (Value, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	if s, ok := key.(*Slice); ok {
		start, stop, step, err := SliceIndices(th, s, m.n)
		if err != nil {
			return nil, err
		}
		v := *m
		v.off = m.off + start*m.stride
		v.n = SliceLen(start, stop, step)
		v.stride = m.stride * step
		return &v, nil
	}
	p, err := m.itemOffset(key)
	if err != nil {
		return nil, err
	}
	buf := m.buffer()
	if p < 0 || p+m.itemsize > len(buf) {
		return nil, NewError(IndexErrorType, "index out of bounds on dimension 1")
	}
	return m.unpack(buf[p : p+m.itemsize]), nil
}

// itemOffset is the byte offset of item key.
func (m *MemoryView) itemOffset(key Value) (int, error) {
	if _, ok := key.(*Tuple); ok {
		return 0, NewError(TypeErrorType, "memoryview: invalid slice key")
	}
	if !IsIntValue(key) {
		if _, ok := key.(HasIndex); !ok {
			return 0, NewError(TypeErrorType, "memoryview: invalid slice key")
		}
	}
	i, err := IndexInt(key)
	if err != nil {
		return 0, err
	}
	j, ok := seqIndex(i, m.n)
	if !ok {
		return 0, NewError(IndexErrorType, "index out of bounds on dimension 1")
	}
	return m.off + j*m.stride, nil
}

// SetItem is m[i] = v or m[a:b] = bytes-like (writable views only).
func (m *MemoryView) SetItem(th *Thread, key, v Value) error {
	if err := m.check(); err != nil {
		return err
	}
	if m.readonly {
		return NewError(TypeErrorType, "cannot modify read-only memory")
	}
	if v == nil {
		return NewError(TypeErrorType, "cannot delete memory")
	}
	ba := m.obj.(*ByteArray)
	if s, ok := key.(*Slice); ok {
		start, stop, step, err := SliceIndices(th, s, m.n)
		if err != nil {
			return err
		}
		n := SliceLen(start, stop, step)
		src, err := m.sourceItems(v)
		if err != nil {
			return err
		}
		if len(src) != n*m.itemsize {
			return NewError(ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures")
		}
		k := ba.lock()
		defer ba.unlock(k)
		for i := 0; i < n; i++ {
			p := m.off + (start+i*step)*m.stride
			if p >= 0 && p+m.itemsize <= len(ba.b) {
				copy(ba.b[p:p+m.itemsize], src[i*m.itemsize:])
			}
		}
		return nil
	}
	p, err := m.itemOffset(key)
	if err != nil {
		return err
	}
	b, err := m.pack(v)
	if err != nil {
		return err
	}
	k := ba.lock()
	defer ba.unlock(k)
	if p < 0 || p+m.itemsize > len(ba.b) {
		return NewError(IndexErrorType, "index out of bounds on dimension 1")
	}
	copy(ba.b[p:], b)
	return nil
}

// sourceItems is the raw bytes of the right-hand side of a slice
// assignment, which must be a buffer of the same format.
func (m *MemoryView) sourceItems(v Value) ([]byte, error) {
	switch x := v.(type) {
	case *MemoryView:
		if err := x.check(); err != nil {
			return nil, err
		}
		if x.format != m.format && !(isByteFormat(x.format) && isByteFormat(m.format) && m.format != "c" && x.format != "c") {
			return nil, NewError(ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures")
		}
		return x.raw(), nil
	case Bytes:
		return []byte(x), nil
	case *ByteArray:
		return x.Bytes(), nil
	}
	return nil, NewError(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(v))
}

func isByteFormat(f string) bool { return f == "B" || f == "b" || f == "c" }

// Iter yields the items.
func (m *MemoryView) Iter(th *Thread) (Iterator, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	return NewList(m.items()).Iter(th)
}

// Equal compares the items with another buffer's (bytes, bytearray,
// memoryview), as CPython's memory_richcompare does.
func (m *MemoryView) Equal(th *Thread, other Value) (bool, bool, error) {
	if o, ok := other.(*MemoryView); ok && o == m {
		return true, true, nil
	}
	var theirs []Value
	switch x := other.(type) {
	case *MemoryView:
		if m.released || x.released {
			return false, true, nil
		}
		theirs = x.items()
	case Bytes, *ByteArray:
		if m.released {
			return false, true, nil
		}
		b, _ := baBytesLike(x)
		theirs = make([]Value, len(b))
		for i, c := range b {
			theirs[i] = MakeInt(int64(c))
		}
	default:
		return false, false, nil
	}
	mine := m.items()
	if len(mine) != len(theirs) {
		return false, true, nil
	}
	for i := range mine {
		eq, err := Equal(th, mine[i], theirs[i])
		if err != nil || !eq {
			return false, true, err
		}
	}
	return true, true, nil
}

// Compare supports == and != only (memoryviews are not ordered).
func (m *MemoryView) Compare(th *Thread, op ast.Op, other Value) (Value, error) {
	if op != ast.Eq && op != ast.NotEq {
		return NotImplemented, nil
	}
	eq, ok, err := m.Equal(th, other)
	if err != nil || !ok {
		return NotImplemented, err
	}
	return Bool(eq == (op == ast.Eq)), nil
}

// Hash is the hash of the bytes of a read-only view of a byte format.
func (m *MemoryView) Hash(th *Thread) (int64, error) {
	if err := m.check(); err != nil {
		return 0, err
	}
	if !m.readonly {
		return 0, NewError(ValueErrorType, "cannot hash writable memoryview object")
	}
	if !isByteFormat(m.format) {
		return 0, NewError(ValueErrorType, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
	}
	return StrHash(string(m.raw())), nil
}

// GetAttr serves the view's properties.
func (m *MemoryView) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides",
		"suboffsets", "c_contiguous", "f_contiguous", "contiguous":
		if err := m.check(); err != nil {
			return nil, err
		}
	}
	switch name {
	case "obj":
		return m.source, nil
	case "nbytes":
		return MakeInt(int64(m.n * m.itemsize)), nil
	case "readonly":
		return Bool(m.readonly), nil
	case "itemsize":
		return MakeInt(int64(m.itemsize)), nil
	case "format":
		return Str(m.format), nil
	case "ndim":
		return MakeInt(1), nil
	case "shape":
		return NewTuple([]Value{MakeInt(int64(m.n))}), nil
	case "strides":
		return NewTuple([]Value{MakeInt(int64(m.stride))}), nil
	case "suboffsets":
		return NewTuple(nil), nil
	case "c_contiguous", "f_contiguous", "contiguous":
		return Bool(m.contiguous()), nil
	}
	return nil, nil
}

func (m *MemoryView) contiguous() bool { return m.stride == m.itemsize || m.n <= 1 }

// cast is m.cast(format[, shape]): the same bytes seen with another
// format; one side must be a byte format ('B', 'b', 'c').
func (m *MemoryView) cast(format string, shape Value) (Value, error) {
	size, ok := memFormats[format]
	if !ok {
		return nil, NewError(ValueErrorType, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
	}
	if !m.contiguous() {
		return nil, NewError(TypeErrorType, "memoryview: casts are restricted to C-contiguous views")
	}
	if !isByteFormat(format) && !isByteFormat(m.format) {
		return nil, NewError(TypeErrorType, "memoryview: cannot cast between two non-byte formats")
	}
	nbytes := m.n * m.itemsize
	if nbytes%size != 0 {
		return nil, NewError(TypeErrorType, "memoryview: length is not a multiple of itemsize")
	}
	if shape != nil && shape != None {
		dims, err := IterateAll(nil, shape)
		if err != nil {
			return nil, err
		}
		if len(dims) != 1 {
			return nil, NewError(NotImplementedErrorType, "memoryview: only one-dimensional casts are supported")
		}
		if d, err := IndexInt(dims[0]); err != nil || d*size != nbytes {
			return nil, NewError(TypeErrorType, "memoryview: product(shape) * itemsize != buffer size")
		}
	}
	v := *m
	v.format, v.itemsize, v.n, v.stride = format, size, nbytes/size, size
	return &v, nil
}

func init() {
	MemoryViewType.Final = true
	MemoryViewType.New = func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		var obj Value
		if err := UnpackArgs("memoryview", args, kwargs, "object", &obj); err != nil {
			return nil, err
		}
		return NewMemoryView(obj)
	}
	m := func(name string, fn func(th *Thread, m *MemoryView, args []Value, kwargs []KwArg) (Value, error)) *Builtin {
		return typedMethod("memoryview", name, fn)
	}
	checked := func(name string, fn func(th *Thread, m *MemoryView, args []Value, kwargs []KwArg) (Value, error)) *Builtin {
		return m(name, func(th *Thread, v *MemoryView, args []Value, kwargs []KwArg) (Value, error) {
			if err := v.check(); err != nil {
				return nil, err
			}
			return fn(th, v, args, kwargs)
		})
	}
	MemoryViewType.AddMethods(
		checked("tobytes", func(th *Thread, v *MemoryView, args []Value, kwargs []KwArg) (Value, error) {
			var order Value = None
			if err := UnpackArgs("tobytes", args, kwargs, "order?", &order); err != nil {
				return nil, err
			}
			return Bytes(v.raw()), nil
		}),
		checked("tolist", func(th *Thread, v *MemoryView, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("tolist", args, kwargs); err != nil {
				return nil, err
			}
			return NewList(v.items()), nil
		}),
		checked("hex", func(th *Thread, v *MemoryView, args []Value, kwargs []KwArg) (Value, error) {
			return CallMethod(th, Bytes(v.raw()), "hex", args, kwargs)
		}),
		checked("cast", func(th *Thread, v *MemoryView, args []Value, kwargs []KwArg) (Value, error) {
			var format string
			var shape Value
			if err := UnpackArgs("cast", args, kwargs, "format", &format, "shape?", &shape); err != nil {
				return nil, err
			}
			return v.cast(format, shape)
		}),
		checked("toreadonly", func(th *Thread, v *MemoryView, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("toreadonly", args, kwargs); err != nil {
				return nil, err
			}
			c := *v
			c.readonly = true
			return &c, nil
		}),
		m("release", func(th *Thread, v *MemoryView, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("release", args, kwargs); err != nil {
				return nil, err
			}
			v.released = true
			return None, nil
		}),
		checked("__enter__", func(th *Thread, v *MemoryView, args []Value, kwargs []KwArg) (Value, error) {
			return v, nil
		}),
		m("__exit__", func(th *Thread, v *MemoryView, args []Value, kwargs []KwArg) (Value, error) {
			v.released = true
			return False, nil
		}),
	)
}

var (
	_ BytesLike  = (*MemoryView)(nil)
	_ Indexable  = (*MemoryView)(nil)
	_ HasSetItem = (*MemoryView)(nil)
	_ Sized      = (*MemoryView)(nil)
	_ Iterable   = (*MemoryView)(nil)
	_ HasEqual   = (*MemoryView)(nil)
	_ HasCompare = (*MemoryView)(nil)
	_ HasHash    = (*MemoryView)(nil)
	_ HasAttrs   = (*MemoryView)(nil)
	_ HasRepr    = (*MemoryView)(nil)
)
