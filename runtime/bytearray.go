package runtime

import (
	"bytes"
	"strings"

	"github.com/spindle-lang/spindle/ast"
)

// ByteArray is a bytearray: a mutable sequence of bytes. Like List, every
// operation is atomic under the bytearray's lock (sharing.go), taken after
// the arguments are converted (which may run __index__) and never held
// while user code runs. Methods that bytes also has (decode, hex, find,
// upper, split, ...) are delegated to the bytes implementation on a copy,
// converting bytes results back to bytearray.
type ByteArray struct {
	mu objMutex
	b  []byte
}

// lock takes a's lock once the process shares values between threads; it
// reports whether it did, for unlock.
func (a *ByteArray) lock() bool {
	if sharing.Load() == 0 {
		return false
	}
	return a.lockShared()
}

// lockShared is lock's slow path, out of line so that lock inlines.
func (a *ByteArray) lockShared() bool {
	a.mu.Lock()
	return true
}

func (a *ByteArray) unlock(locked bool) {
	if locked {
		a.mu.Unlock()
	}
}

// at returns byte i; ok is false out of range.
func (a *ByteArray) at(i int) (byte, bool) {
	k := a.lock()
	defer a.unlock(k)
	if i < 0 || i >= len(a.b) {
		return 0, false
	}
	return a.b[i], true
}

// ByteArrayType is `bytearray`.
var ByteArrayType = NewBuiltinType("bytearray", nil)

// NewByteArray makes a bytearray that takes ownership of b.
func NewByteArray(b []byte) *ByteArray { return &ByteArray{b: b} }

// Type returns ByteArrayType.
func (*ByteArray) Type() *Type { return ByteArrayType }

// Bytes returns a copy of the contents.
func (a *ByteArray) Bytes() []byte {
	k := a.lock()
	defer a.unlock(k)
	return append([]byte(nil), a.b...)
}

// String returns the contents as a Go string (a copy).
func (a *ByteArray) String() string {
	k := a.lock()
	defer a.unlock(k)
	return string(a.b)
}

// BytesData implements BytesLike (a snapshot of the contents): bytes
// operations, codecs and binary files take a bytearray wherever they
// take bytes (b'x' + ba, bytes(ba), sep.join([ba]), f.write(ba)).
func (a *ByteArray) BytesData() string { return a.String() }

var (
	_ BytesLike   = (*ByteArray)(nil)
	_ HasRepr     = (*ByteArray)(nil)
	_ HasHash     = (*ByteArray)(nil)
	_ HasEqual    = (*ByteArray)(nil)
	_ HasCompare  = (*ByteArray)(nil)
	_ HasBinary   = (*ByteArray)(nil)
	_ HasInplace  = (*ByteArray)(nil)
	_ Indexable   = (*ByteArray)(nil)
	_ HasSetItem  = (*ByteArray)(nil)
	_ Sized       = (*ByteArray)(nil)
	_ HasContains = (*ByteArray)(nil)
	_ Iterable    = (*ByteArray)(nil)
)

// baBytesLike returns the bytes of a bytes or bytearray value.
func baBytesLike(v Value) ([]byte, bool) {
	switch x := v.(type) {
	case Bytes:
		return []byte(x), true
	case *ByteArray:
		return x.Bytes(), true
	case BytesLike:
		return []byte(x.BytesData()), true
	}
	return nil, false
}

// baByteValue converts an int in range(0, 256).
func baByteValue(v Value) (byte, error) {
	n, err := IndexInt(v)
	if err != nil {
		if _, big := v.(*BigInt); !big {
			return 0, err
		}
		n = -1
	}
	if n < 0 || n > 255 {
		return 0, NewError(ValueErrorType, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// baFromIterable collects the ints of an iterable as bytes.
func baFromIterable(th *Thread, v Value) ([]byte, error) {
	if b, ok := baBytesLike(v); ok {
		return b, nil
	}
	if _, ok := v.(*Range); !ok {
		items, err := IterateAll(th, v)
		if err != nil {
			return nil, err
		}
		out := make([]byte, len(items))
		for i, x := range items {
			if out[i], err = baByteValue(x); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	// A range is converted item by item, as CPython does: a huge one
	// fails at its first item past 255, not with a MemoryError.
	it, err := Iter(th, v)
	if err != nil {
		return nil, err
	}
	var out []byte
	for {
		x, ok, err := it.Next(th)
		if err != nil || !ok {
			return out, err
		}
		c, err := baByteValue(x)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
}

func newByteArray(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
	var src, encoding, errors Value
	if err := UnpackArgs("bytearray", args, kwargs, "source?", &src, "encoding?", &encoding, "errors?", &errors); err != nil {
		return nil, err
	}
	if src == nil {
		if encoding != nil || errors != nil {
			return nil, NewError(TypeErrorType, "encoding or errors without sequence argument")
		}
		return NewByteArray(nil), nil
	}
	if s, ok := src.(Str); ok {
		if encoding == nil {
			return nil, NewError(TypeErrorType, "string argument without an encoding")
		}
		encArgs := []Value{encoding}
		if errors != nil {
			encArgs = append(encArgs, errors)
		}
		r, err := CallMethod(th, s, "encode", encArgs, nil)
		if err != nil {
			return nil, err
		}
		b, _ := baBytesLike(r)
		return NewByteArray(b), nil
	}
	if encoding != nil {
		return nil, NewError(TypeErrorType, "encoding without a string argument")
	}
	if errors != nil {
		return nil, NewError(TypeErrorType, "errors without a string argument")
	}
	if IsIntValue(src) {
		n, err := IndexInt(src)
		if err != nil {
			return nil, NewError(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		if n < 0 {
			return nil, NewError(ValueErrorType, "negative count")
		}
		if err := CheckAlloc(n, 1); err != nil {
			return nil, err
		}
		return NewByteArray(make([]byte, n)), nil
	}
	if _, ok := src.(Iterable); !ok {
		if _, ok := baBytesLike(src); !ok {
			return nil, NewError(TypeErrorType, "cannot convert '%s' object to bytearray", TypeName(src))
		}
	}
	b, err := baFromIterable(th, src)
	if err != nil {
		return nil, err
	}
	return NewByteArray(b), nil
}

// Repr is bytearray(b'...'), with CPython's bytearray quoting (which,
// unlike bytes, always escapes a single quote).
func (a *ByteArray) Repr(th *Thread) (string, error) {
	data := a.Bytes()
	var sb strings.Builder
	quote := byte('\'')
	for _, c := range data {
		if c == '"' {
			quote = '\''
			break
		}
		if c == '\'' {
			quote = '"'
		}
	}
	sb.WriteString("bytearray(b")
	sb.WriteByte(quote)
	const hexdigits = "0123456789abcdef"
	for _, c := range data {
		switch {
		case c == '\'' || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			sb.WriteString(`\x`)
			sb.WriteByte(hexdigits[c>>4])
			sb.WriteByte(hexdigits[c&15])
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(quote)
	sb.WriteByte(')')
	return sb.String(), nil
}

// Hash fails: bytearrays are unhashable.
func (a *ByteArray) Hash(th *Thread) (int64, error) {
	return 0, NewError(TypeErrorType, "unhashable type: 'bytearray'")
}

// Equal compares with bytes or bytearray.
func (a *ByteArray) Equal(th *Thread, other Value) (bool, bool, error) {
	o, ok := baBytesLike(other)
	if !ok {
		return false, false, nil
	}
	k := a.lock()
	defer a.unlock(k)
	return bytes.Equal(a.b, o), true, nil
}

// Compare orders lexicographically against bytes or bytearray.
func (a *ByteArray) Compare(th *Thread, op ast.Op, other Value) (Value, error) {
	o, ok := baBytesLike(other)
	if !ok {
		return NotImplemented, nil
	}
	k := a.lock()
	defer a.unlock(k)
	return Bool(seqCmpResult(op, bytes.Compare(a.b, o))), nil
}

// Binary implements + (with bytes-like) and * (int).
func (a *ByteArray) Binary(th *Thread, op ast.Op, other Value, right bool) (Value, error) {
	switch op {
	case ast.Add:
		o, ok := baBytesLike(other)
		if !ok {
			if right {
				return NotImplemented, nil
			}
			return seqReflectedOr(th, op, a, other, func() error {
				return NewError(TypeErrorType, "can't concat %s to bytearray", TypeName(other))
			})
		}
		if right {
			// bytes + bytearray is bytes.
			if _, isBytes := other.(Bytes); isBytes {
				return Bytes(string(o) + a.String()), nil
			}
			return NewByteArray(append(o, a.Bytes()...)), nil
		}
		return NewByteArray(append(a.Bytes(), o...)), nil
	case ast.Mult:
		n, ok, err := seqRepeatCount(th, op, a, other, right)
		if !ok || err != nil {
			return n, err
		}
		b := a.Bytes()
		if err := checkRepeat(len(b), int(n.(Int)), 1); err != nil {
			return nil, err
		}
		return NewByteArray(bytes.Repeat(b, int(n.(Int)))), nil
	}
	return NotImplemented, nil
}

// Inplace implements += and *=.
func (a *ByteArray) Inplace(th *Thread, op ast.Op, other Value) (Value, error) {
	switch op {
	case ast.Add:
		o, ok := baBytesLike(other)
		if !ok {
			return nil, NewError(TypeErrorType, "can't concat %s to bytearray", TypeName(other))
		}
		k := a.lock()
		a.b = append(a.b, o...)
		a.unlock(k)
		return a, nil
	case ast.Mult:
		n, ok, err := seqRepeatCount(th, op, a, other, false)
		if !ok || err != nil {
			return n, err
		}
		k := a.lock()
		if err := checkRepeat(len(a.b), int(n.(Int)), 1); err != nil {
			a.unlock(k)
			return nil, err
		}
		a.b = bytes.Repeat(a.b, int(n.(Int)))
		a.unlock(k)
		return a, nil
	}
	return NotImplemented, nil
}

// GetItem is a[i] (an int) or a[slice] (a bytearray).
func (a *ByteArray) GetItem(th *Thread, key Value) (Value, error) {
	if s, ok := key.(*Slice); ok {
		data := a.Bytes()
		start, stop, step, err := SliceIndices(th, s, len(data))
		if err != nil {
			return nil, err
		}
		n := SliceLen(start, stop, step)
		out := make([]byte, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = data[j]
		}
		return NewByteArray(out), nil
	}
	i, err := seqIndexArg("bytearray", key)
	if err != nil {
		return nil, err
	}
	k := a.lock()
	j, ok := seqIndex(i, len(a.b))
	var c byte
	if ok {
		c = a.b[j]
	}
	a.unlock(k)
	if !ok {
		return nil, NewError(IndexErrorType, "bytearray index out of range")
	}
	return MakeInt(int64(c)), nil
}

// SetItem is a[k] = v, or del a[k] when v is nil.
func (a *ByteArray) SetItem(th *Thread, key, v Value) error {
	if s, ok := key.(*Slice); ok {
		start, stop, step, err := SliceIndices(th, s, a.length())
		if err != nil {
			return err
		}
		var src []byte
		if v != nil {
			if IsIntValue(v) {
				return NewError(TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			}
			if src, err = baFromIterable(th, v); err != nil {
				return err
			}
		}
		n := SliceLen(start, stop, step)
		k := a.lock()
		defer a.unlock(k)
		if step == 1 {
			// The bytearray may have shrunk since its length was read.
			start, stop = min(start, len(a.b)), min(stop, len(a.b))
			if stop < start {
				stop = start
			}
			a.b = append(a.b[:start:start], append(src, a.b[stop:]...)...)
			return nil
		}
		if v == nil {
			if step < 0 {
				start += (n - 1) * step
				step = -step
			}
			out := make([]byte, 0, len(a.b)-n)
			next := start
			for i, c := range a.b {
				if i == next && n > 0 {
					next += step
					n--
					continue
				}
				out = append(out, c)
			}
			a.b = out
			return nil
		}
		if len(src) != n {
			return NewError(ValueErrorType, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
		}
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			if j >= 0 && j < len(a.b) {
				a.b[j] = src[i]
			}
		}
		return nil
	}
	i, err := seqIndexArg("bytearray", key)
	if err != nil {
		return err
	}
	var c byte
	if v != nil {
		if c, err = baByteValue(v); err != nil {
			if _, ok := seqIndex(i, a.length()); !ok {
				return NewError(IndexErrorType, "bytearray index out of range")
			}
			return err
		}
	}
	k := a.lock()
	defer a.unlock(k)
	j, ok := seqIndex(i, len(a.b))
	if !ok {
		return NewError(IndexErrorType, "bytearray index out of range")
	}
	if v == nil {
		a.b = append(a.b[:j], a.b[j+1:]...)
		return nil
	}
	a.b[j] = c
	return nil
}

// Len is len(a).
func (a *ByteArray) Len(th *Thread) (int, error) { return a.length(), nil }

func (a *ByteArray) length() int {
	k := a.lock()
	defer a.unlock(k)
	return len(a.b)
}

// Contains is `x in a` for an int or a bytes-like subsequence.
func (a *ByteArray) Contains(th *Thread, x Value) (bool, error) {
	if o, ok := baBytesLike(x); ok {
		k := a.lock()
		defer a.unlock(k)
		return bytes.Contains(a.b, o), nil
	}
	if _, ok := x.(HasIndex); ok || IsIntValue(x) {
		c, err := baByteValue(x)
		if err != nil {
			return false, err
		}
		k := a.lock()
		defer a.unlock(k)
		return bytes.IndexByte(a.b, c) >= 0, nil
	}
	return false, NewError(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(x))
}

// ByteArrayIterator iterates a bytearray by index.
type ByteArrayIterator struct {
	mu iterLock
	a  *ByteArray
	i  int
}

// Type returns bytearray_iterator.
func (*ByteArrayIterator) Type() *Type { return ByteArrayIteratorType }

// Iter returns the iterator itself.
func (it *ByteArrayIterator) Iter(th *Thread) (Iterator, error) { return it, nil }

// Next returns the next byte as an int.
func (it *ByteArrayIterator) Next(th *Thread) (Value, bool, error) {
	k := it.mu.lock()
	defer it.mu.unlock(k)
	if it.a == nil {
		return iterDone()
	}
	c, ok := it.a.at(it.i)
	if !ok {
		it.a = nil
		return iterDone()
	}
	it.i++
	return MakeInt(int64(c)), true, nil
}

// Iter returns a bytearray_iterator.
func (a *ByteArray) Iter(th *Thread) (Iterator, error) { return &ByteArrayIterator{a: a}, nil }

// baDelegated are the bytes methods bytearray shares; their bytes
// results are converted to bytearray.
var baDelegated = []string{
	"decode", "hex", "find", "rfind", "index", "rindex", "count", "startswith", "endswith",
	"upper", "lower", "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "replace",
	"join", "partition", "rpartition", "isdigit", "isalpha", "isalnum", "isspace", "isupper",
	"islower", "title", "capitalize", "swapcase", "center", "ljust", "rjust", "zfill",
	"expandtabs", "removeprefix", "removesuffix", "istitle", "isascii", "translate",
}

// baConvert converts the bytes inside a delegated method's result.
func baConvert(v Value) Value {
	switch x := v.(type) {
	case Bytes:
		return NewByteArray([]byte(x))
	case *List:
		items := x.Snapshot()
		for i, it := range items {
			items[i] = baConvert(it)
		}
		return NewList(items)
	case *Tuple:
		items := append([]Value(nil), x.Items...)
		for i, it := range items {
			items[i] = baConvert(it)
		}
		return NewTuple(items)
	}
	return v
}

func init() {
	ByteArrayType.New = newByteArray
	m := func(name string, fn func(th *Thread, a *ByteArray, args []Value, kwargs []KwArg) (Value, error)) *Builtin {
		return typedMethod("bytearray", name, fn)
	}
	for _, name := range baDelegated {
		name := name
		ByteArrayType.AddMethods(m(name, func(th *Thread, a *ByteArray, args []Value, kwargs []KwArg) (Value, error) {
			meth, ok := BytesType.Lookup(name).(*Builtin)
			if !ok {
				return nil, NewError(AttributeErrorType, "'bytearray' object has no attribute '%s'", name)
			}
			r, err := meth.Fn(th, Bytes(a.String()), args, kwargs)
			if err != nil {
				return nil, err
			}
			return baConvert(r), nil
		}))
	}
	ByteArrayType.AddMethods(
		m("append", func(th *Thread, a *ByteArray, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg("bytearray.append", args, kwargs); err != nil {
				return nil, err
			}
			c, err := baByteValue(args[0])
			if err != nil {
				return nil, err
			}
			k := a.lock()
			a.b = append(a.b, c)
			a.unlock(k)
			return None, nil
		}),
		m("extend", func(th *Thread, a *ByteArray, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg("bytearray.extend", args, kwargs); err != nil {
				return nil, err
			}
			if _, ok := args[0].(Str); ok {
				return nil, NewError(TypeErrorType, "expected iterable of integers; got: 'str'")
			}
			b, err := baFromIterable(th, args[0])
			if err != nil {
				return nil, err
			}
			k := a.lock()
			a.b = append(a.b, b...)
			a.unlock(k)
			return None, nil
		}),
		m("pop", func(th *Thread, a *ByteArray, args []Value, kwargs []KwArg) (Value, error) {
			if err := cArgCount("pop", "bytearray.pop", args, kwargs, 0, 1); err != nil {
				return nil, err
			}
			i := -1
			if len(args) == 1 {
				var err error
				if i, err = IndexInt(args[0]); err != nil {
					return nil, err
				}
			}
			k := a.lock()
			defer a.unlock(k)
			if len(a.b) == 0 {
				return nil, NewError(IndexErrorType, "pop from empty bytearray")
			}
			j, ok := seqIndex(i, len(a.b))
			if !ok {
				return nil, NewError(IndexErrorType, "pop index out of range")
			}
			c := a.b[j]
			a.b = append(a.b[:j], a.b[j+1:]...)
			return MakeInt(int64(c)), nil
		}),
		m("insert", func(th *Thread, a *ByteArray, args []Value, kwargs []KwArg) (Value, error) {
			if err := cArgCount("insert", "bytearray.insert", args, kwargs, 2, 2); err != nil {
				return nil, err
			}
			i, err := seqIndexOrClamp(args[0])
			if err != nil {
				return nil, err
			}
			c, err := baByteValue(args[1])
			if err != nil {
				return nil, err
			}
			k := a.lock()
			defer a.unlock(k)
			n := len(a.b)
			if i < 0 {
				i = max(i+n, 0)
			}
			i = min(i, n)
			a.b = append(a.b[:i], append([]byte{c}, a.b[i:]...)...)
			return None, nil
		}),
		m("remove", func(th *Thread, a *ByteArray, args []Value, kwargs []KwArg) (Value, error) {
			if err := cOneArg("bytearray.remove", args, kwargs); err != nil {
				return nil, err
			}
			c, err := baByteValue(args[0])
			if err != nil {
				return nil, err
			}
			k := a.lock()
			defer a.unlock(k)
			j := bytes.IndexByte(a.b, c)
			if j < 0 {
				return nil, NewError(ValueErrorType, "value not found in bytearray")
			}
			a.b = append(a.b[:j], a.b[j+1:]...)
			return None, nil
		}),
		m("clear", func(th *Thread, a *ByteArray, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("bytearray.clear", args, kwargs); err != nil {
				return nil, err
			}
			k := a.lock()
			a.b = nil
			a.unlock(k)
			return None, nil
		}),
		m("copy", func(th *Thread, a *ByteArray, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("bytearray.copy", args, kwargs); err != nil {
				return nil, err
			}
			return NewByteArray(a.Bytes()), nil
		}),
		m("reverse", func(th *Thread, a *ByteArray, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("bytearray.reverse", args, kwargs); err != nil {
				return nil, err
			}
			k := a.lock()
			defer a.unlock(k)
			for i, j := 0, len(a.b)-1; i < j; i, j = i+1, j-1 {
				a.b[i], a.b[j] = a.b[j], a.b[i]
			}
			return None, nil
		}),
	)
}
