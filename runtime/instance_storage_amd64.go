//go:build amd64 && !race

package runtime

import "unsafe"

// On amd64 stores become visible in program order and are not reordered
// with the locked CAS that took the lock, so plain stores implement the
// sequence-lock protocol (see instance_storage.go).

// storeValue writes a Value under the instance lock.
func storeValue(p *Value, v Value) { *p = v }

// unlock releases the instance lock taken by lock (which returned s).
func (inst *Instance) unlock(s uint32) { *(*uint32)(unsafe.Pointer(&inst.seq)) = s + 1 }
