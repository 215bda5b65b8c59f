package runtime

import (
	"testing"

	"github.com/spindle-lang/spindle/ast"
)

func BenchmarkIntBinaryOverflowCheck(b *testing.B) {
	th := NewThread("bench")
	x, y := Int(1<<40), Int(12345)
	for i := 0; i < b.N; i++ {
		_, _ = x.Binary(th, ast.Mult, y, false)
	}
}

func BenchmarkFloatRepr(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = FloatRepr(3.141592653589793)
	}
}

func BenchmarkStrConcat(b *testing.B) {
	th := NewThread("bench")
	s := Str("key")
	for i := 0; i < b.N; i++ {
		_, _ = s.Binary(th, ast.Add, Str("_suffix"), false)
	}
}

func BenchmarkStrIndexASCII(b *testing.B) {
	th := NewThread("bench")
	s := Str("hello world, this is a string")
	for i := 0; i < b.N; i++ {
		_, _ = s.GetItem(th, Int(i%20))
	}
}

func BenchmarkFormatSpecInt(b *testing.B) {
	th := NewThread("bench")
	for i := 0; i < b.N; i++ {
		_, _ = FormatSpec(th, Int(1234567), ">12,")
	}
}

func BenchmarkStrFormat(b *testing.B) {
	th := NewThread("bench")
	args := []Value{Str("k"), Int(42)}
	for i := 0; i < b.N; i++ {
		_, _ = StrFormat(th, "{}={}", args, nil, nil)
	}
}

func BenchmarkPercentFormat(b *testing.B) {
	th := NewThread("bench")
	args := NewTuple([]Value{Str("k"), Int(42), Float(1.5)})
	for i := 0; i < b.N; i++ {
		_, _ = PercentFormat(th, "%s=%d (%.2f)", args)
	}
}

func BenchmarkPowFloatFractional(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = PowFloat(1.0001, 2.5)
	}
}

func BenchmarkPowFloatInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = PowFloat(1.0001, 7)
	}
}
