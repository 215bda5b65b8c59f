package runtime

import "sync"

// The repr recursion guard (CPython's Py_ReprEnter/Py_ReprLeave): a
// container being repr'd on a thread shows as [...] / {...} when it is met
// again inside its own repr on that thread.
//
// The set of containers in progress belongs to the thread. Thread has no
// field for it (thread.go is not ours to change yet), so it lives in a
// side table keyed by *Thread; an entry exists only while some repr is in
// progress on that thread, so the table stays tiny. A Thread field would
// drop the lock; repr is not a hot path.

var reprGuard struct {
	sync.Mutex
	active map[*Thread][]Value
}

// reprEnter marks v as being repr'd on th. It returns false when v is
// already in progress (the caller prints the ellipsis form and must not
// call reprLeave). A nil th is replaced by a fresh thread, which the
// caller must use for the nested reprs so that the guard works.
func reprEnter(th *Thread, v Value) (*Thread, bool) {
	if th == nil {
		th = NewThread("repr")
	}
	reprGuard.Lock()
	defer reprGuard.Unlock()
	for _, x := range reprGuard.active[th] {
		if sameObj(x, v) {
			return th, false
		}
	}
	if reprGuard.active == nil {
		reprGuard.active = map[*Thread][]Value{}
	}
	reprGuard.active[th] = append(reprGuard.active[th], v)
	return th, true
}

// reprLeave undoes a successful reprEnter.
func reprLeave(th *Thread, v Value) {
	reprGuard.Lock()
	defer reprGuard.Unlock()
	stack := reprGuard.active[th]
	for i := len(stack) - 1; i >= 0; i-- {
		if sameObj(stack[i], v) {
			stack = append(stack[:i], stack[i+1:]...)
			break
		}
	}
	if len(stack) == 0 {
		delete(reprGuard.active, th)
	} else {
		reprGuard.active[th] = stack
	}
}
