package main

import (
	"os"
	"strconv"
)

// gcSpawn lowers GOGC while the program spawns short threads in bulk
// (gcboost.go's sampler decides when, this file how far).
//
// Why: a thread that spawns thousands of short threads (`async:` blocks
// in a loop: bench/spawn_noop.sp) allocates a spawn slot per thread,
// garbage a microsecond later, with a live heap of a few MB (the 4 MB GC
// floor of gcfloor.go included). At GOGC=100 the heap grows by the live
// heap's size between cycles, and that garbage is most of such a
// program's peak RSS beyond the binary's own pages (bench/SPAWN.md):
// plain Go's goroutines allocate 16 bytes each and hardly collect.
// While spawning, the live heap is small and the collector's work per
// cycle is too (the floor is never scanned), so cycles are cheap and a
// smaller share costs little CPU.
//
// When: the sampler sees more than gcBoostMaxSpawns goroutines created
// in its last tick and a live heap of at most gcSpawnMaxLive (threads
// that stay alive — the sleepers of bench/spawn_sleep.sp — grow the live
// heap past it within a few ticks, and a large live heap keeps the
// usual share: each cycle would mark all of it). Two quiet samples
// restore the user's GOGC, as after a boost.
//
// SPINDLE_GC_SPAWN_PERCENT sets the share (percent of the live heap; 0
// or a value not below GOGC turns this off).
const (
	defaultGCSpawnPercent = 50
	gcSpawnMaxLive        = 16 << 20
)

// gcSpawnPercent is the GOGC to use while spawning short threads, for a
// program whose GOGC is base (base itself when turned off).
func gcSpawnPercent(base int) int {
	p := defaultGCSpawnPercent
	if s := os.Getenv("SPINDLE_GC_SPAWN_PERCENT"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n >= 0 {
			p = n
		}
	}
	if p <= 0 || p >= base {
		return base
	}
	return p
}
