package runtime

import "unsafe"

// FloatSlab boxes floats with one heap allocation per FloatSlabLen floats
// instead of one per float.
//
// A Float in a Value is a pointer to 8 bytes of float64 (Go allocates
// them for each conversion, through its tiny allocator: about 10 ns, a
// quarter of nbody's time). A FloatSlab hands out the elements of a small
// pointer-free array in turn and makes each Value point at one element:
// the collector keeps an array alive while any of its floats is
// referenced (an interior pointer) and never scans it. An element is
// written once, before its Value exists, and never again, so the Value is
// as immutable as a Go-boxed Float and no one can tell the difference
// (identity is the data pointer, as for any boxed float).
//
// The cost of the scheme is memory when few floats of a slab stay alive:
// one surviving float keeps its FloatSlabLen*8 bytes (a Go-boxed float
// keeps a 16-byte tiny block). A FloatSlab belongs to one goroutine at a
// time (the interpreter keeps one per frame).
type FloatSlab struct {
	arr *[FloatSlabLen]float64
	n   int // elements of arr still free (handed out from the top)
}

// FloatSlabLen is the number of floats per allocation.
const FloatSlabLen = 16

// floatItab is the interface type word of a Float in a Value.
var floatItab = func() unsafe.Pointer {
	var v Value = Float(0)
	return (*ifaceWords)(unsafe.Pointer(&v)).typ
}()

// Box returns f as a Value (a Float).
func (s *FloatSlab) Box(f float64) Value {
	if s.n == 0 {
		s.arr = new([FloatSlabLen]float64)
		s.n = FloatSlabLen
	}
	s.n--
	p := &s.arr[s.n]
	*p = f
	var v Value
	w := (*ifaceWords)(unsafe.Pointer(&v))
	w.typ, w.data = floatItab, unsafe.Pointer(p)
	return v
}
