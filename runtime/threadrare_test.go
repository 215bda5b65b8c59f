package runtime

import (
	"testing"
	"unsafe"
)

// A spawned thread is one SpawnSlot; its size sets how much garbage a
// program spawning short threads makes (bench/SPAWN.md). 320 bytes is a
// size class; keep the slot within it.
func TestSpawnSlotSize(t *testing.T) {
	t.Logf("Thread %d, CancelScope %d, Future %d, SpawnSlot %d bytes",
		unsafe.Sizeof(Thread{}), unsafe.Sizeof(CancelScope{}), unsafe.Sizeof(Future{}), unsafe.Sizeof(SpawnSlot{}))
	if got := unsafe.Sizeof(SpawnSlot{}); got > 320 {
		t.Errorf("SpawnSlot is %d bytes, want <= 320", got)
	}
}
