package runtime

import (
	"testing"
	"unsafe"
)

// The header size decides which allocation size class an object falls in
// (instance.go): 32 bytes on 64-bit platforms (three pointer words and the
// word holding seq and ninline), so a two-attribute object is 64 bytes
// (80 with the 48-byte header it had before).
func TestInstanceHeaderSize(t *testing.T) {
	ptr := unsafe.Sizeof(uintptr(0))
	if got, want := unsafe.Sizeof(Instance{}), 3*ptr+8; got != want {
		t.Errorf("Instance header is %d bytes, want %d", got, want)
	}
	if got, want := unsafe.Sizeof(instanceWith[[2]Value]{}), 7*ptr+8; got != want {
		t.Errorf("two-slot instance is %d bytes, want %d", got, want)
	}
}
