//go:build !amd64 || race

package runtime

import (
	"sync/atomic"
	"unsafe"
)

// storeValue writes a Value word by word with atomic stores (under the
// instance lock; readers detect the write through seq).
func storeValue(p *Value, v Value) {
	w := (*ifaceWords)(unsafe.Pointer(p))
	n := (*ifaceWords)(unsafe.Pointer(&v))
	atomic.StorePointer(&w.typ, n.typ)
	atomic.StorePointer(&w.data, n.data)
}

// unlock releases the instance lock taken by lock (which returned s).
func (inst *Instance) unlock(s uint32) { inst.seq.Store(s + 1) }
