package runtime

import (
	"math"
	"unsafe"
)

// IntSlots are the mutable int boxes of a frame's first IntSlotsLen local
// variables.
//
// A loop counter or running total above the small-int cache would need a
// new box for every value it takes (8 bytes of garbage per iteration and
// variable, the collector's main work in a small-int loop). Instead, a
// store of an int that only the frame itself computed (a range loop's
// counter, the result of `t += ...`) writes it into the variable's slot
// here and makes the variable's Value point at that slot (Set): the next
// store overwrites it in place, allocating nothing.
//
// That is sound only while no one else holds the Value, so it must never
// escape the frame: every read of such a variable that hands its value on
// (to a container, a call, user code, another frame) takes a box of its
// own (Detach); only reads that consume the number at once (arithmetic,
// int comparisons) may look at the slot directly. A slot Value is a real
// Int, so a read that forgets to detach still computes right; it would
// only see later stores.
type IntSlots [IntSlotsLen]int64

// IntSlotsLen is the number of locals (indices 0..IntSlotsLen-1) with a
// mutable int box.
const IntSlotsLen = 8

// Set stores i in slot k and returns the variable's new Value: the
// cached box of a small int, else the slot's box.
func (s *IntSlots) Set(k int, i int64) Value {
	if i >= smallIntMin && i <= smallIntMax {
		return smallInts[i-smallIntMin]
	}
	p := &s[k]
	*p = i
	var v Value
	w := (*ifaceWords)(unsafe.Pointer(&v))
	w.typ, w.data = intItab, unsafe.Pointer(p)
	return v
}

// SetFloat stores f in slot k and returns the variable's new Value, a
// Float whose box is the slot (`x += dx` in a loop allocates nothing).
func (s *IntSlots) SetFloat(k int, f float64) Value {
	p := &s[k]
	*p = int64(math.Float64bits(f))
	var v Value
	w := (*ifaceWords)(unsafe.Pointer(&v))
	w.typ, w.data = floatItab, unsafe.Pointer(p)
	return v
}

// Owns reports whether v is one of s's boxes.
func (s *IntSlots) Owns(v Value) bool {
	d := uintptr((*ifaceWords)(unsafe.Pointer(&v)).data)
	return d-uintptr(unsafe.Pointer(s)) < unsafe.Sizeof(*s)
}

// Detach returns v, or a box of its own (from ints or floats) when v is
// one of s's. A big int that a local variable owned is handed on: it is
// no longer owned (Disown).
func (s *IntSlots) Detach(v Value, ints *IntSlab, floats *FloatSlab) Value {
	if s.Owns(v) {
		if f, ok := v.(Float); ok {
			return floats.Box(float64(f))
		}
		return ints.Box(int64(v.(Int)))
	}
	Disown(v)
	return v
}
