package main

import "testing"

// The boosted headroom follows the allocation rate per CPU second,
// within the minimum and gcBoostMaxMB.
func TestGCBoostHeadroom(t *testing.T) {
	const min = 16 << 20
	for _, c := range []struct {
		perCPUSec float64
		want      uint64
	}{
		{0, min},
		{100 << 20, min},              // 8 MB in 80 ms
		{250 << 20, 20 << 20},         // 20 MB in 80 ms
		{4 << 30, gcBoostMaxMB << 20}, // capped
	} {
		r := gcAllocRate{perCPUSec: c.perCPUSec}
		if got := r.headroom(min); got != c.want {
			t.Errorf("rate %.0f MB/s: headroom %d MB, want %d MB", c.perCPUSec/(1<<20), got>>20, c.want>>20)
		}
	}
	r := gcAllocRate{perCPUSec: 4 << 30}
	if got := r.headroom(100 << 20); got != 100<<20 {
		t.Errorf("a minimum above the cap: headroom %d MB, want 100", got>>20)
	}
}

// A small live heap gets the boost; a large one twice its GOGC share,
// the second share at most gcBoostMaxExtraMB.
func TestGCBoostedPercent(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		live, boost uint64
		base, want  int
	}{
		{8 * mb, 16 * mb, 100, 200},
		{4 * mb, 64 * mb, 100, 1600},
		{100 * mb, 16 * mb, 100, 200},
		{100 * mb, 16 * mb, 50, 100},
		{1000 * mb, 16 * mb, 100, 125},
		{1 * mb, 1024 * mb, 100, gcBoostMaxPercent},
		{0, 16 * mb, 100, 1600},
	} {
		if got := boostedPercent(c.live, c.boost, c.base); got != c.want {
			t.Errorf("boostedPercent(%d MB, %d MB, %d) = %d, want %d", c.live/mb, c.boost/mb, c.base, got, c.want)
		}
	}
}
