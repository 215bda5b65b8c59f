package runtime

import "unsafe"

// Slabs box floats and ints with one heap allocation per SlabLen numbers
// instead of one per number.
//
// A Float or Int in a Value is a pointer to 8 bytes of float64 or int64
// (Go allocates them for each conversion, through its tiny allocator:
// about 10 ns, a quarter of nbody's time, a third of a small-int loop's).
// A slab hands out the elements of a small pointer-free array in turn and
// makes each Value point at one element: the collector keeps an array
// alive while any of its numbers is referenced (an interior pointer) and
// never scans it. An element is written once, before its Value exists,
// and never again, so the Value is as immutable as a Go-boxed one and no
// one can tell the difference (identity is the data pointer, as for any
// boxed number).
//
// The cost of the scheme is memory when few numbers of a slab stay alive:
// one survivor keeps its SlabLen*8 bytes (a Go-boxed number keeps a
// 16-byte tiny block). A slab belongs to one goroutine at a time (the
// interpreter keeps one of each kind per frame).

// SlabLen is the number of floats or ints per allocation.
const SlabLen = 16

// boxSlab is the slab of FloatSlab and IntSlab: E is the number's Go
// representation, the data a Value of the number's type points at.
type boxSlab[E float64 | int64] struct {
	arr *[SlabLen]E
	n   int // elements of arr still free (handed out from the top)
}

// box returns x as a Value whose interface type word is itab.
func (s *boxSlab[E]) box(x E, itab unsafe.Pointer) Value {
	if s.n == 0 {
		s.arr = new([SlabLen]E)
		s.n = SlabLen
	}
	s.n--
	p := &s.arr[s.n]
	*p = x
	var v Value
	w := (*ifaceWords)(unsafe.Pointer(&v))
	w.typ, w.data = itab, unsafe.Pointer(p)
	return v
}

// itabOf is the interface type word of v.
func itabOf(v Value) unsafe.Pointer { return (*ifaceWords)(unsafe.Pointer(&v)).typ }

var (
	floatItab = itabOf(Float(0))
	intItab   = itabOf(Int(1 << 40)) // not a small int: a heap box of type Int
)

// FloatSlab boxes floats, SlabLen per allocation.
type FloatSlab struct{ s boxSlab[float64] }

// Box returns f as a Value (a Float).
func (s *FloatSlab) Box(f float64) Value { return s.s.box(f, floatItab) }

// IntSlab boxes ints, SlabLen per allocation; the small-int cache's
// values (MakeInt) cost no allocation at all.
type IntSlab struct{ s boxSlab[int64] }

// Box returns i as a Value (an Int), as MakeInt does.
func (s *IntSlab) Box(i int64) Value {
	if i >= smallIntMin && i <= smallIntMax {
		return smallInts[i-smallIntMin]
	}
	return s.s.box(i, intItab)
}
