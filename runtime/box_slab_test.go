package runtime

import (
	"math"
	"runtime"
	"testing"
)

func TestFloatSlabBox(t *testing.T) {
	var s FloatSlab
	vals := []float64{0, -0.0, 1.5, math.Inf(-1), math.NaN(), 1e308, 5e-324}
	var boxed []Value
	for i := 0; i < 5*SlabLen; i++ {
		boxed = append(boxed, s.Box(vals[i%len(vals)]+float64(i/len(vals))))
	}
	runtime.GC()
	for i, v := range boxed {
		f, ok := v.(Float)
		want := vals[i%len(vals)] + float64(i/len(vals))
		if !ok || (float64(f) != want && !(math.IsNaN(want) && math.IsNaN(float64(f)))) ||
			math.Signbit(float64(f)) != math.Signbit(want) {
			t.Fatalf("box %d: got %#v, want %v", i, v, want)
		}
		if v.Type() != FloatType {
			t.Fatalf("box %d: type %v", i, v.Type())
		}
	}
	if !Is(boxed[2], boxed[2]) || sameObj(boxed[2], boxed[9]) {
		t.Fatal("identity of slab-boxed floats")
	}
	if boxed[2] != Value(Float(1.5)) {
		t.Fatal("a slab-boxed float compares equal to a Go-boxed one")
	}
}

func TestIntSlabBox(t *testing.T) {
	var s IntSlab
	vals := []int64{0, -256, 4096, 4097, -257, math.MaxInt64, math.MinInt64, 1 << 40}
	var boxed []Value
	for i := 0; i < 5*SlabLen; i++ {
		boxed = append(boxed, s.Box(vals[i%len(vals)]-int64(i/len(vals))))
	}
	runtime.GC()
	for i, v := range boxed {
		want := vals[i%len(vals)] - int64(i/len(vals))
		if n, ok := v.(Int); !ok || int64(n) != want || v.Type() != IntType {
			t.Fatalf("box %d: got %#v, want %v", i, v, want)
		}
		if v != MakeInt(want) {
			t.Fatalf("box %d: a slab-boxed int compares unequal to MakeInt's", i)
		}
	}
	if !sameObj(s.Box(7), MakeInt(7)) {
		t.Fatal("a small int is not the cached value")
	}
	a, b := s.Box(100000), s.Box(100000)
	if !Is(a, a) || sameObj(a, b) {
		t.Fatal("identity of slab-boxed ints")
	}
}

func BenchmarkFloatSlabBox(b *testing.B) {
	var s FloatSlab
	var sink Value
	for i := 0; i < b.N; i++ {
		sink = s.Box(float64(i))
	}
	_ = sink
}

func BenchmarkFloatGoBox(b *testing.B) {
	var sink Value
	for i := 0; i < b.N; i++ {
		sink = Float(float64(i))
	}
	_ = sink
}
