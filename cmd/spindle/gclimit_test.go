package main

import (
	"math"
	goruntime "runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

// The limiter sets no limit after its first cycle, then a limit above the
// live heap but near GOGC's goal for it; a heap larger than
// gcLimitMaxHeap gets no limit.
func TestGCLimitFollowsLiveHeap(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	const slack = 4 << 20
	l := newGCLimiter(slack)
	if l == nil {
		t.Skip("GOGC=off")
	}
	goruntime.GC()
	l.afterCycle()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Fatalf("limit after the first cycle = %d, want none", got)
	}
	goruntime.GC()
	l.afterCycle()
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/total:bytes"}}
	metrics.Read(live)
	got := debug.SetMemoryLimit(-1)
	if got <= int64(live[0].Value.Uint64())+slack || got > int64(live[1].Value.Uint64())*3+slack {
		t.Fatalf("limit %d for a live heap of %d (%d mapped)", got, live[0].Value.Uint64(), live[1].Value.Uint64())
	}
	big := make([]byte, gcLimitMaxHeap)
	goruntime.GC()
	l.afterCycle()
	goruntime.GC()
	l.afterCycle()
	goruntime.KeepAlive(big)
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Fatalf("limit %d with a %d-byte live heap, want none", got, len(big))
	}
}

// While the GC boost is on, the limiter sets no limit; after it ends, the
// next cycle sets one again.
func TestGCLimitSuspendedWhileBoosted(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	l := newGCLimiter(4 << 20)
	if l == nil {
		t.Skip("GOGC=off")
	}
	gcLimit.Store(l)
	defer gcLimit.Store(nil)
	goruntime.GC()
	l.afterCycle()
	goruntime.GC()
	l.afterCycle()
	if got := debug.SetMemoryLimit(-1); got == math.MaxInt64 {
		t.Fatal("no limit before the boost")
	}
	gcLimitSuspend(true)
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Fatalf("limit %d while boosted, want none", got)
	}
	goruntime.GC()
	l.afterCycle()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Fatalf("limit %d after a boosted cycle, want none", got)
	}
	gcLimitSuspend(false)
	goruntime.GC()
	l.afterCycle()
	if got := debug.SetMemoryLimit(-1); got == math.MaxInt64 {
		t.Fatal("no limit after the boost ended")
	}
}
