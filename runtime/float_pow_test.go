package runtime

import (
	"math"
	"math/rand"
	"testing"
)

// TestPowFloatHalfIntegral checks the double-double x**(n+0.5) path
// against the 150-bit exp(y ln x) path it short-cuts.
func TestPowFloatHalfIntegral(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		x := math.Ldexp(0.5+r.Float64()/2, r.Intn(200)-100)
		y := float64(r.Intn(41)-20) + 0.5
		got, want := powGo(x, y), powBig(x, y)
		if got != want {
			t.Fatalf("powGo(%v, %v) = %v, want %v", x, y, got, want)
		}
	}
	for _, c := range []struct{ x, y, want float64 }{
		{4, 1.5, 8},
		{4, -1.5, 0.125},
		{2, -0.5, 0.7071067811865476},
		{1e300, 1.5, math.Inf(1)},
		{1e-300, 2.5, 0},
		{1e-300, -1.5, math.Inf(1)},
	} {
		if got := PowFloat(c.x, c.y); got != c.want {
			t.Errorf("PowFloat(%v, %v) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
}
