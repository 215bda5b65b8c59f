package runtime

import (
	"sync"
	"unsafe"
)

// The repr recursion guard (CPython's Py_ReprEnter/Py_ReprLeave): a
// container being repr'd on a thread shows as [...] / {...} when it is met
// again inside its own repr on that thread.
//
// The set of containers in progress belongs to the thread. Thread has no
// field for it, so it lives in a side table keyed by *Thread; an entry
// exists only while some repr is in progress on that thread, so the table
// stays tiny. Each thread's set is a map keyed by the object's identity
// (its interface words), so a repr nested thousands deep costs one map
// operation per level, not a scan of the levels above. (Depth itself is
// bounded by EnterRepr, see recursion_guard.go.)

var reprGuard struct {
	sync.Mutex
	active map[*Thread]map[ifaceWords]struct{}
}

// reprKey is v's identity.
func reprKey(v Value) ifaceWords { return *(*ifaceWords)(unsafe.Pointer(&v)) }

// reprEnter marks v as being repr'd on th. It returns false when v is
// already in progress (the caller prints the ellipsis form and must not
// call reprLeave). A nil th is replaced by a fresh thread, which the
// caller must use for the nested reprs so that the guard works.
func reprEnter(th *Thread, v Value) (*Thread, bool) {
	if th == nil {
		th = NewThread("repr")
	}
	k := reprKey(v)
	reprGuard.Lock()
	defer reprGuard.Unlock()
	set := reprGuard.active[th]
	if _, busy := set[k]; busy {
		return th, false
	}
	if set == nil {
		if reprGuard.active == nil {
			reprGuard.active = map[*Thread]map[ifaceWords]struct{}{}
		}
		set = map[ifaceWords]struct{}{}
		reprGuard.active[th] = set
	}
	set[k] = struct{}{}
	return th, true
}

// reprLeave undoes a successful reprEnter.
func reprLeave(th *Thread, v Value) {
	reprGuard.Lock()
	defer reprGuard.Unlock()
	set := reprGuard.active[th]
	delete(set, reprKey(v))
	if len(set) == 0 {
		delete(reprGuard.active, th)
	}
}

// ReprEnter is reprEnter for containers defined outside this package
// (deque, OrderedDict): it reports false when v's repr is already in
// progress on th, and returns the thread to use for the nested reprs.
func ReprEnter(th *Thread, v Value) (*Thread, bool) { return reprEnter(th, v) }

// ReprLeave undoes a successful ReprEnter.
func ReprLeave(th *Thread, v Value) { reprLeave(th, v) }
