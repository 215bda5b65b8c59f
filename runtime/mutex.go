package runtime

import (
	"fmt"
	"math"
	"sync"
	"time"
)

// Locks: the Rust-style Mutex(value) of LANGUAGE.md §2.6, and the
// threads/threading Lock and RLock. All three share lockCore: an owner,
// a recursion count and a FIFO of waiters. Waiting is a cancellable
// checkpoint.
//
// A free lock may be taken by any thread, even with waiters queued
// (barging, like Go's sync.Mutex and CPython's lock): a release does not
// hand the lock to the first waiter but wakes it to try again, and only
// one waiter is awake at a time (waking). Strict FIFO handoff made every
// release of a contended lock wait for the grantee's goroutine to be
// scheduled (a lock convoy: 8 threads x 100k `with lock:` took 2.5-4 s
// of wall for ~1 s of CPU). A woken waiter that lost the race queues
// again at the front; once it has waited starveAfter, the next release
// hands the lock to the first waiter directly (handoff), so no waiter
// starves.
//
// The deadlock detector may trust the waiters: a lock that is free with
// waiters queued always has one woken waiter (not counted as waiting,
// see waiterGranted) that will take it or queue again.

type lockCore struct {
	mu      sync.Mutex
	owner   *Thread // nil when free
	count   int     // recursion depth (RLock); 1 otherwise
	q       waitq
	waking  bool // a waiter was woken to retry and has not run yet
	handoff bool // a waiter starves: the next release hands it the lock
}

// starveAfter is how long a woken waiter may lose the lock to bargers
// before releases hand the lock over in FIFO order (sync.Mutex uses 1ms).
const starveAfter = time.Millisecond

// acquire takes the lock for th. timeout < 0 waits forever; blocking
// false (timeout 0) only tries. It returns false when the lock could not
// be taken in time. With reentrant, the owner takes it again (RLock).
// what describes the lock for dumps and deadlock reports; it is called
// only when th has to wait.
func (l *lockCore) acquire(th *Thread, timeout time.Duration, reentrant bool, what func() string, obj Value) (bool, error) {
	if err := th.Checkpoint(); err != nil {
		return false, err
	}
	l.mu.Lock()
	if l.owner == nil {
		l.owner, l.count = th, 1
		l.mu.Unlock()
		return true, nil
	}
	if reentrant && l.owner == th {
		l.count++
		l.mu.Unlock()
		return true, nil
	}
	if timeout == 0 {
		l.mu.Unlock()
		return false, nil
	}
	return l.wait(th, timeout, 1, waitCancellable, what(), obj)
}

// wait queues th until it owns the lock (with recursion depth count),
// the timeout passes or the wait is cancelled/interrupted (per mode). It
// is called with l.mu held and returns with it released.
func (l *lockCore) wait(th *Thread, timeout time.Duration, count int, mode waitMode, what string, obj Value) (bool, error) {
	dl := newDeadline(timeout)
	var since time.Time
	for front := false; ; front = true {
		var w *waiter
		if front {
			w = l.q.pushFront(th)
		} else {
			w = l.q.push(th)
		}
		l.mu.Unlock()
		ok, err := th.waitGrant(w, dl.left(), what, obj, mode)
		l.mu.Lock()
		if !ok && l.q.remove(w) {
			l.mu.Unlock()
			return false, err // gave up while queued
		}
		// Granted: handed the lock (w.owned), or woken to try again.
		if !w.owned {
			l.waking = false
			if l.owner == nil {
				l.owner = th
			}
		}
		if !ok {
			// Granted as we gave up: pass the lock or the wake-up on —
			// except Condition's reacquire (waitInterrupts), which keeps
			// the lock so that the caller's `with` can release it.
			if l.owner == th && mode == waitInterrupts {
				l.count = count
			} else if l.owner == th {
				l.releaseLocked()
			} else if l.owner == nil {
				l.wakeLocked()
			}
			l.mu.Unlock()
			return false, err
		}
		if l.owner == th {
			l.count = count
			l.mu.Unlock()
			return true, nil
		}
		// Another thread barged in: wait again, first in line.
		if since.IsZero() {
			since = time.Now()
		} else if time.Since(since) >= starveAfter {
			l.handoff = true
		}
	}
}

// release gives the lock up (by its owner, or — for Lock — by any
// thread). It reports false when the lock was not held (by th, when
// ownerOnly).
func (l *lockCore) release(th *Thread, ownerOnly bool) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.owner == nil || (ownerOnly && l.owner != th) {
		return false
	}
	l.count--
	if l.count == 0 {
		l.releaseLocked()
	}
	return true
}

// releaseLocked frees the lock and wakes a waiter to take it, or hands
// it to the first waiter when one starves.
func (l *lockCore) releaseLocked() {
	l.owner, l.count = nil, 0
	if l.handoff {
		l.handoff = false
		if w := l.q.pop(); w != nil {
			l.owner, l.count = w.th, 1
			w.owned = true
			w.grant()
			return
		}
	}
	l.wakeLocked()
}

// wakeLocked wakes the first waiter to try the (free) lock again, unless
// a woken waiter has not run yet.
func (l *lockCore) wakeLocked() {
	if l.waking {
		return
	}
	if w := l.q.pop(); w != nil {
		l.waking = true
		w.grant()
	}
}

// holder returns the owning thread.
func (l *lockCore) holder() *Thread {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.owner
}

func (l *lockCore) heldBy(th *Thread) bool { return l.holder() == th }

// Mutex is Mutex(value): a lock that encloses its value.
type Mutex struct {
	core  lockCore
	value Value // guarded by core (read and written by the owner)
	vmu   sync.Mutex
}

// MutexGuard is the context manager returned by Mutex.lock().
type MutexGuard struct {
	m *Mutex
}

// Types of the lock family.
var (
	MutexType      = NewBuiltinType("Mutex", nil)
	MutexGuardType = NewBuiltinType("MutexGuard", nil)
	LockType       = NewBuiltinType("Lock", nil)
	RLockType      = NewBuiltinType("RLock", nil)
)

// Type returns MutexType.
func (*Mutex) Type() *Type { return MutexType }

// Type returns MutexGuardType.
func (*MutexGuard) Type() *Type { return MutexGuardType }

// NewMutex makes a Mutex enclosing v.
func NewMutex(v Value) *Mutex { return &Mutex{value: v} }

// Holder returns the thread holding the mutex.
func (m *Mutex) Holder() *Thread { return m.core.holder() }

// Lock acquires the mutex (cancellable). A thread that already holds it
// gets RuntimeError instead of deadlocking with itself.
func (m *Mutex) Lock(th *Thread) error {
	if m.core.heldBy(th) {
		return NewError(RuntimeErrorType, "Mutex is already locked by this thread")
	}
	_, err := m.core.acquire(th, -1, false, m.describe, m)
	return err
}

// Unlock releases the mutex.
func (m *Mutex) Unlock(th *Thread) error {
	if !m.core.release(th, true) {
		return NewError(RuntimeErrorType, "Mutex is not locked by this thread")
	}
	return nil
}

// load and store access the value; the mutex's lock orders them between
// threads, vmu makes a racy get() from a non-holder safe anyway.
func (m *Mutex) load() Value {
	m.vmu.Lock()
	defer m.vmu.Unlock()
	return m.value
}

func (m *Mutex) store(v Value) {
	m.vmu.Lock()
	m.value = v
	m.vmu.Unlock()
}

// with runs fn holding the mutex (or directly when th holds it already).
func (m *Mutex) with(th *Thread, fn func() error) error {
	if m.core.heldBy(th) {
		return fn()
	}
	if err := m.Lock(th); err != nil {
		return err
	}
	err := fn()
	m.core.release(th, true)
	return err
}

// Get returns the value (taking the lock).
func (m *Mutex) Get(th *Thread) (Value, error) {
	var v Value
	err := m.with(th, func() error { v = m.load(); return nil })
	return v, err
}

// Set replaces the value (taking the lock).
func (m *Mutex) Set(th *Thread, v Value) error {
	return m.with(th, func() error { m.store(v); return nil })
}

// Update replaces the value with fn(value), holding the lock, and
// returns the new value.
func (m *Mutex) Update(th *Thread, fn Value) (Value, error) {
	var nv Value
	err := m.with(th, func() error {
		v, err := Call(th, fn, []Value{m.load()}, nil)
		if err != nil {
			return err
		}
		m.store(v)
		nv = v
		return nil
	})
	return nv, err
}

// Repr is Mutex(<value>).
func (m *Mutex) Repr(th *Thread) (string, error) {
	s, err := Repr(th, m.load())
	if err != nil {
		return "", err
	}
	return "Mutex(" + s + ")", nil
}

// LockObject is threads.Lock / threading.Lock (any thread may release
// it, as in CPython), and RLock when reentrant.
type LockObject struct {
	core      lockCore
	reentrant bool
}

// NewLock makes a Lock (reentrant: an RLock).
func NewLock(reentrant bool) *LockObject { return &LockObject{reentrant: reentrant} }

// Type returns LockType or RLockType.
func (l *LockObject) Type() *Type {
	if l.reentrant {
		return RLockType
	}
	return LockType
}

// Holder returns the thread holding the lock.
func (l *LockObject) Holder() *Thread { return l.core.holder() }

func (l *LockObject) what() string {
	if l.reentrant {
		return "RLock"
	}
	return "Lock"
}

// Acquire is lock.acquire(blocking, timeout): timeout < 0 waits forever.
func (l *LockObject) Acquire(th *Thread, blocking bool, timeout time.Duration) (bool, error) {
	if !blocking {
		timeout = 0
	}
	return l.core.acquire(th, timeout, l.reentrant, l.describe, l)
}

// describe is the lock in dumps and deadlock reports: "Lock at 0x...".
func (l *LockObject) describe() string { return fmt.Sprintf("%s at %#x", l.what(), Id(l)) }

// describe is the mutex in dumps and deadlock reports: "Mutex at 0x..."
// (its id(), which tells the mutexes of a cycle apart).
func (m *Mutex) describe() string { return fmt.Sprintf("Mutex at %#x", Id(m)) }

// Release is lock.release().
func (l *LockObject) Release(th *Thread) error {
	if !l.core.release(th, l.reentrant) {
		if l.reentrant {
			return NewError(RuntimeErrorType, "cannot release un-acquired lock")
		}
		return NewError(RuntimeErrorType, "release unlocked lock")
	}
	return nil
}

// Locked reports whether the lock is held.
func (l *LockObject) Locked() bool { return l.core.holder() != nil }

// Repr is CPython's <unlocked _thread.lock object at 0x...>.
func (l *LockObject) Repr(th *Thread) (string, error) {
	state := "unlocked"
	if l.Locked() {
		state = "locked"
	}
	if l.reentrant {
		l.core.mu.Lock()
		owner, count := l.core.owner, l.core.count
		l.core.mu.Unlock()
		var id uint64
		if owner != nil {
			id = owner.id
		}
		return fmt.Sprintf("<%s _thread.RLock object owner=%d count=%d at %#x>", state, id, count, Id(l)), nil
	}
	return fmt.Sprintf("<%s _thread.lock object at %#x>", state, Id(l)), nil
}

// acquireArgs parses acquire(blocking=True, timeout=-1).
func acquireArgs(fname string, args []Value, kwargs []KwArg) (bool, time.Duration, error) {
	blocking := true
	var tv Value = MakeInt(-1)
	if err := UnpackArgs(fname, args, kwargs, "blocking?", &blocking, "timeout?", &tv); err != nil {
		return false, 0, err
	}
	if tv == None {
		return blocking, -1, nil
	}
	// The checks in CPython's order (lock_acquire_parse_args): the
	// conversion to nanoseconds, then the timeout of a non-blocking call,
	// then a negative one; -1 means "no timeout".
	ns, err := timeoutNanos(tv)
	if err != nil {
		return false, 0, err
	}
	const unset = -int64(time.Second)
	if ns == unset {
		return blocking, -1, nil
	}
	if !blocking {
		return false, 0, NewError(ValueErrorType, "can't specify a timeout for a non-blocking call")
	}
	if ns < 0 {
		return false, 0, NewError(ValueErrorType, "timeout value must be positive")
	}
	return true, time.Duration(ns), nil
}

// timeoutNanos converts a lock timeout in seconds to nanoseconds as
// CPython's _PyTime_FromSecondsObject does, with its errors.
func timeoutNanos(v Value) (int64, error) {
	if f, ok := v.(Float); ok {
		x := float64(f)
		if math.IsNaN(x) {
			return 0, NewError(ValueErrorType, "Invalid value NaN (not a number)")
		}
		ns := math.Ceil(x * 1e9) // _PyTime_ROUND_TIMEOUT rounds up
		if !(ns >= -9223372036854775808 && ns < 9223372036854775808) {
			return 0, NewError(OverflowErrorType, "timestamp out of range for platform time_t")
		}
		return int64(ns), nil
	}
	if !IsIntValue(v) {
		return 0, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(v))
	}
	i, ok := AsInt64(v)
	if !ok || i > math.MaxInt64/int64(time.Second) || i < math.MinInt64/int64(time.Second) {
		return 0, NewError(OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
	}
	return i * int64(time.Second), nil
}

func init() {
	MutexType.New = func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		var v Value = None
		if err := UnpackArgs("Mutex", args, kwargs, "value?", &v); err != nil {
			return nil, err
		}
		return NewMutex(v), nil
	}
	MutexType.AddMethods(
		NewMethod("lock", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := UnpackArgs("lock", args, kwargs); err != nil {
				return nil, err
			}
			return &MutexGuard{m: self.(*Mutex)}, nil
		}),
		NewMethod("get", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := UnpackArgs("get", args, kwargs); err != nil {
				return nil, err
			}
			return self.(*Mutex).Get(th)
		}),
		NewMethod("set", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var v Value
			if err := UnpackArgs("set", args, kwargs, "value", &v); err != nil {
				return nil, err
			}
			return None, self.(*Mutex).Set(th, v)
		}),
		NewMethod("update", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var fn Value
			if err := UnpackArgs("update", args, kwargs, "fn", &fn); err != nil {
				return nil, err
			}
			return self.(*Mutex).Update(th, fn)
		}),
		NewMethod("locked", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			return Bool(self.(*Mutex).Holder() != nil), nil
		}),
	)
	MutexGuardType.AddMethods(
		NewMethod("__enter__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			m := self.(*MutexGuard).m
			if err := m.Lock(th); err != nil {
				return nil, err
			}
			return m.load(), nil
		}),
		NewMethod("__exit__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := self.(*MutexGuard).m.Unlock(th); err != nil {
				return nil, err
			}
			return False, nil
		}),
	)

	newLock := func(reentrant bool) func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		return func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
			if err := UnpackArgs(cls.Name(), args, kwargs); err != nil {
				return nil, err
			}
			return NewLock(reentrant), nil
		}
	}
	LockType.New = newLock(false)
	RLockType.New = newLock(true)
	for _, t := range []*Type{LockType, RLockType} {
		t.AddMethods(
			NewMethod("acquire", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
				blocking, d, err := acquireArgs("acquire", args, kwargs)
				if err != nil {
					return nil, err
				}
				ok, err := self.(*LockObject).Acquire(th, blocking, d)
				return Bool(ok), err
			}),
			NewMethod("release", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
				if err := UnpackArgs("release", args, kwargs); err != nil {
					return nil, err
				}
				return None, self.(*LockObject).Release(th)
			}),
			NewMethod("locked", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
				return Bool(self.(*LockObject).Locked()), nil
			}),
			NewMethod("__enter__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
				_, err := self.(*LockObject).Acquire(th, true, -1)
				return True, err
			}),
			NewMethod("__exit__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
				return None, self.(*LockObject).Release(th)
			}),
		)
	}
	RLockType.AddMethods(NewMethod("_is_owned", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
		if err := UnpackArgs("_is_owned", args, kwargs); err != nil {
			return nil, err
		}
		return Bool(self.(*LockObject).isOwned(th)), nil
	}))
	// CPython spells these acquire_lock/release_lock too.
	LockType.Dict.SetStr("acquire_lock", LockType.Lookup("acquire"))
	LockType.Dict.SetStr("release_lock", LockType.Lookup("release"))
}
