package main

import "testing"

// The spawn share is the default or SPINDLE_GC_SPAWN_PERCENT, and never
// raises GOGC: 0, or a share not below GOGC, keeps GOGC.
func TestGCSpawnPercent(t *testing.T) {
	for _, c := range []struct {
		env        string
		base, want int
	}{
		{"", 100, defaultGCSpawnPercent},
		{"30", 100, 30},
		{"0", 100, 100},
		{"100", 100, 100},
		{"200", 100, 100},
		{"", 40, 40},
		{"x", 100, defaultGCSpawnPercent},
	} {
		t.Setenv("SPINDLE_GC_SPAWN_PERCENT", c.env)
		if got := gcSpawnPercent(c.base); got != c.want {
			t.Errorf("SPINDLE_GC_SPAWN_PERCENT=%q, GOGC %d: %d, want %d", c.env, c.base, got, c.want)
		}
	}
}
