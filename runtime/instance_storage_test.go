package runtime

import (
	"testing"
	"unsafe"
)

// The header size decides which allocation size class an object falls in
// (instance.go): 48 bytes on 64-bit platforms (five pointer words and the
// word holding seq and ninline), so a two-attribute object is 80 bytes.
func TestInstanceHeaderSize(t *testing.T) {
	ptr := unsafe.Sizeof(uintptr(0))
	if got, want := unsafe.Sizeof(Instance{}), 5*ptr+8; got != want {
		t.Errorf("Instance header is %d bytes, want %d", got, want)
	}
	if got, want := unsafe.Sizeof(instanceWith[[2]Value]{}), 9*ptr+8; got != want {
		t.Errorf("two-slot instance is %d bytes, want %d", got, want)
	}
}
