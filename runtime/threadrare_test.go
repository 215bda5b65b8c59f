package runtime

import (
	"testing"
	"unsafe"
)

// A spawned thread is one SpawnSlot; its size sets how much garbage a
// program spawning short threads makes (bench/SPAWN.md). 256 bytes is a
// size class; keep the slot within it (a new Thread field goes into the
// 4-byte hole before Thread.id, or into threadRare).
func TestSpawnSlotSize(t *testing.T) {
	t.Logf("Thread %d, CancelScope %d, Future %d, SpawnSlot %d bytes",
		unsafe.Sizeof(Thread{}), unsafe.Sizeof(CancelScope{}), unsafe.Sizeof(Future{}), unsafe.Sizeof(SpawnSlot{}))
	if got := unsafe.Sizeof(SpawnSlot{}); got > 256 {
		t.Errorf("SpawnSlot is %d bytes, want <= 256", got)
	}
}
