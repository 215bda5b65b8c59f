package runtime

import "unsafe"

// Boxing the strs the runtime makes with one allocation instead of two.
//
// A Str in a Value is a pointer to a 16-byte string header, which points
// at the bytes. Go's conversion (convTstring) allocates the header
// apart from the bytes: a str made by `"item-%d" % i` or s.upper() cost
// two allocations, one of them an object the collector must scan.
// newStrBox makes both in one pointer-free allocation, the header first
// and the bytes after it: the header's pointer is an interior pointer of
// the same object, which the collector need not follow (the Value's
// pointer keeps the whole object alive, and so does any string taken
// out of it, which points into it). A boxed str is written before its
// Value is used and never again, so no one can tell it from a Go-boxed
// one. In the strs kernel (a list growing to n formatted strs) this took
// allocations per item from 4 to 2 and the headers out of the marking.

// strHeaderSize is the size of a string header.
const strHeaderSize = int(unsafe.Sizeof(""))

// strItab is the interface type word of a Str.
var strItab = itabOf(Str("x"))

// newStrBox returns a Str Value of n bytes and those bytes, which the
// caller fills before it uses the Value.
func newStrBox(n int) (Value, []byte) {
	if n == 0 {
		return Str(""), nil
	}
	mem := make([]byte, strHeaderSize+n) // no pointers: never scanned
	b := mem[strHeaderSize:]
	// The header is written as two words (it is in pointer-free
	// memory), pointing at b.
	hdr := (*[2]uintptr)(unsafe.Pointer(&mem[0]))
	hdr[0], hdr[1] = uintptr(unsafe.Pointer(&b[0])), uintptr(n)
	var v Value
	w := (*ifaceWords)(unsafe.Pointer(&v))
	w.typ, w.data = strItab, unsafe.Pointer(&mem[0])
	return v, b
}

// StrFromBytes returns a Str Value holding a copy of b (with b in a
// buffer on the caller's stack, the str's one allocation).
func StrFromBytes(b []byte) Value {
	v, out := newStrBox(len(b))
	copy(out, b)
	return v
}

// StrConcat is a + b as a Value, made with one allocation.
func StrConcat(a, b Str) Value {
	v, out := newStrBox(len(a) + len(b))
	copy(out[copy(out, a):], b)
	return v
}
