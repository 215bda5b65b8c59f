package runtime

import (
	"fmt"
	"math"
	"sync"
	"time"
)

// Semaphore, BoundedSemaphore, Event, Condition and Barrier, for the
// threads and threading modules. Every wait is th.Wait/WaitTimeout on a
// waiter's channel (cancellable, visible to dumps and the deadlock
// detector); `timeout=` follows CPython (None or absent: forever).

// deadlineTimer tracks the time left of a wait that may loop.
type deadlineTimer struct {
	end   time.Time
	limit bool
}

func newDeadline(d time.Duration) deadlineTimer {
	if d < 0 {
		return deadlineTimer{}
	}
	return deadlineTimer{end: time.Now().Add(d), limit: true}
}

// left returns the time left (-1: no limit; 0: expired).
func (t deadlineTimer) left() time.Duration {
	if !t.limit {
		return -1
	}
	d := time.Until(t.end)
	if d < 0 {
		return 0
	}
	return d
}

// Semaphore is threading.Semaphore / BoundedSemaphore.
type Semaphore struct {
	mu      sync.Mutex
	value   int
	initial int
	bounded bool
	q       waitq
}

// Semaphore types.
var (
	SemaphoreType        = NewBuiltinType("Semaphore", nil)
	BoundedSemaphoreType = NewBuiltinType("BoundedSemaphore", SemaphoreType)
	EventType            = NewBuiltinType("Event", nil)
	ConditionType        = NewBuiltinType("Condition", nil)
	BarrierType          = NewBuiltinType("Barrier", nil)
	// BrokenBarrierErrorType is threading.BrokenBarrierError.
	BrokenBarrierErrorType = newModuleExcType("BrokenBarrierError", "threading", RuntimeErrorType)
)

// newModuleExcType makes an exception class that lives in a module
// (queue.Full, threading.BrokenBarrierError): unlike newExcType it is
// not a built-in name.
func newModuleExcType(name, module string, base *Type) *Type {
	t := NewBuiltinType(name, base)
	t.SetModule(module)
	t.Exception = true
	t.New = newExceptionInstance
	return t
}

// NewSemaphore makes a semaphore with n units.
func NewSemaphore(n int, bounded bool) *Semaphore {
	return &Semaphore{value: n, initial: n, bounded: bounded}
}

// Type returns SemaphoreType or BoundedSemaphoreType.
func (s *Semaphore) Type() *Type {
	if s.bounded {
		return BoundedSemaphoreType
	}
	return SemaphoreType
}

// Acquire takes one unit; timeout < 0 waits forever, 0 only tries.
func (s *Semaphore) Acquire(th *Thread, timeout time.Duration) (bool, error) {
	if err := th.Checkpoint(); err != nil {
		return false, err
	}
	s.mu.Lock()
	if s.value > 0 && s.q.len() == 0 {
		s.value--
		s.mu.Unlock()
		return true, nil
	}
	if timeout == 0 {
		s.mu.Unlock()
		return false, nil
	}
	w := s.q.push(th)
	s.mu.Unlock()
	ok, err := th.waitGrant(w, timeout, fmt.Sprintf("%s at %#x", s.Type().Name(), Id(s)), s, waitCancellable)
	if ok {
		return true, nil // the releaser handed us a unit
	}
	s.mu.Lock()
	if !s.q.remove(w) {
		s.releaseLocked(1)
	}
	s.mu.Unlock()
	return false, err
}

// Release returns n units.
func (s *Semaphore) Release(n int) error {
	if n < 1 {
		return NewError(ValueErrorType, "n must be one or more")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.bounded && n > s.initial-s.value {
		return NewError(ValueErrorType, "Semaphore released too many times")
	}
	s.releaseLocked(n)
	return nil
}

// releaseLocked hands n units to the waiters in order and adds the
// rest to the count, which saturates at the largest int (a count of
// units nobody can take all of; see CountArg).
func (s *Semaphore) releaseLocked(n int) {
	for ; n > 0; n-- {
		w := s.q.pop()
		if w == nil {
			break
		}
		w.grant()
	}
	if n > math.MaxInt-s.value {
		n = math.MaxInt - s.value
	}
	s.value += n
}

// Event is threading.Event.
type Event struct {
	mu  sync.Mutex
	set bool
	ch  chan struct{} // closed by Set; nil until someone waits
}

// Type returns EventType.
func (*Event) Type() *Type { return EventType }

// IsSet reports whether the flag is set.
func (e *Event) IsSet() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.set
}

// Set sets the flag and wakes every waiter.
func (e *Event) Set() {
	e.mu.Lock()
	e.set = true
	if e.ch != nil {
		close(e.ch)
		e.ch = nil
	}
	e.mu.Unlock()
}

// Clear resets the flag.
func (e *Event) Clear() {
	e.mu.Lock()
	e.set = false
	e.mu.Unlock()
}

// Wait waits until the flag is set; it returns the flag (false on
// timeout).
func (e *Event) Wait(th *Thread, timeout time.Duration) (bool, error) {
	e.mu.Lock()
	if e.set {
		e.mu.Unlock()
		return true, th.Checkpoint()
	}
	if e.ch == nil {
		e.ch = make(chan struct{})
	}
	ch := e.ch
	e.mu.Unlock()
	ok, err := th.WaitTimeout(ch, timeout, fmt.Sprintf("Event at %#x", Id(e)), e)
	if err != nil {
		return false, err
	}
	return ok || e.IsSet(), nil
}

// Condition is threading.Condition over a Lock or RLock.
type Condition struct {
	lock *LockObject
	mu   sync.Mutex
	q    waitq
}

// Type returns ConditionType.
func (*Condition) Type() *Type { return ConditionType }

// Holder returns the thread holding the condition's lock.
func (c *Condition) Holder() *Thread { return c.lock.Holder() }

// Wait releases the lock, waits for a notify (or the timeout), and takes
// the lock back — also when the wait is cancelled, so that the `with`
// around it can release it. It returns false on timeout.
func (c *Condition) Wait(th *Thread, timeout time.Duration) (bool, error) {
	return c.waitAs(th, timeout, fmt.Sprintf("Condition at %#x", Id(c)), c)
}

// waitAs is Wait shown in dumps and deadlock reports as waiting on what
// (of obj): a queue in CPython mode names its own operation.
func (c *Condition) waitAs(th *Thread, timeout time.Duration, what string, obj Value) (bool, error) {
	if c.lock.core.holder() != th {
		return false, NewError(RuntimeErrorType, "cannot wait on un-acquired lock")
	}
	c.mu.Lock()
	w := c.q.push(th)
	c.mu.Unlock()
	// Release the lock completely (an RLock may be held several times).
	c.lock.core.mu.Lock()
	saved := c.lock.core.count
	c.lock.core.count = 0
	c.lock.core.releaseLocked()
	c.lock.core.mu.Unlock()

	ok, err := th.waitGrant(w, timeout, what, obj, waitCancellable)
	if !ok {
		c.mu.Lock()
		if !c.q.remove(w) {
			ok = true // notified as we gave up: count it as notified
		}
		c.mu.Unlock()
	}
	// Take the lock back, ignoring cancellation (the caller's `with`
	// must be able to release it).
	if rerr := c.reacquire(th, saved); rerr != nil && err == nil {
		err = rerr
	}
	if err != nil {
		return false, err
	}
	return ok, nil
}

func (c *Condition) reacquire(th *Thread, count int) error {
	l := &c.lock.core
	l.mu.Lock()
	if l.owner == nil {
		l.owner, l.count = th, count
		l.mu.Unlock()
		return nil
	}
	_, err := l.wait(th, -1, count, waitInterrupts, "the lock of a Condition", c.lock)
	return err
}

// Notify wakes up to n waiters. The caller must hold the lock.
func (c *Condition) Notify(th *Thread, n int) error {
	if c.lock.core.holder() != th {
		return NewError(RuntimeErrorType, "cannot notify on un-acquired lock")
	}
	c.mu.Lock()
	for ; n > 0; n-- {
		w := c.q.pop()
		if w == nil {
			break
		}
		w.grant()
	}
	c.mu.Unlock()
	return nil
}

// NotifyAll wakes every waiter.
func (c *Condition) NotifyAll(th *Thread) error {
	return c.Notify(th, int(^uint(0)>>1))
}

// GetAttr exposes _lock, the lock CPython code reaches for through
// cond._lock.
func (c *Condition) GetAttr(th *Thread, name string) (Value, error) {
	if name == "_lock" {
		return c.lock, nil
	}
	return nil, nil
}

// isOwned is CPython's _is_owned(): an RLock's owner is the caller; a
// Lock is taken by anyone (CPython tries to acquire it).
func (l *LockObject) isOwned(th *Thread) bool {
	if l.reentrant {
		return l.core.holder() == th
	}
	return l.Locked()
}

// Barrier is threading.Barrier.
type Barrier struct {
	parties int
	action  Value
	timeout time.Duration

	mu     sync.Mutex
	count  int           // threads waiting in the current round
	round  *barrierRound // the current round
	broken bool
}

// barrierRound is one filling of a barrier; done is closed when it
// completes (broken false) or breaks (broken true).
type barrierRound struct {
	done   chan struct{}
	broken bool
}

// Type returns BarrierType.
func (*Barrier) Type() *Type { return BarrierType }

// NewBarrier makes a barrier for parties threads.
func NewBarrier(parties int, action Value, timeout time.Duration) *Barrier {
	return &Barrier{parties: parties, action: action, timeout: timeout, round: newRound()}
}

func newRound() *barrierRound { return &barrierRound{done: make(chan struct{})} }

func brokenBarrier() error { return NewException(BrokenBarrierErrorType) }

// Wait waits until parties threads have called Wait; it returns this
// thread's arrival index (0..parties-1).
func (b *Barrier) Wait(th *Thread, timeout time.Duration) (int, error) {
	if timeout < 0 {
		timeout = b.timeout
	}
	b.mu.Lock()
	if b.broken {
		b.mu.Unlock()
		return 0, brokenBarrier()
	}
	idx := b.count
	b.count++
	round := b.round
	if b.count == b.parties {
		if b.action != nil && b.action != None {
			b.mu.Unlock()
			_, err := Call(th, b.action, nil, nil)
			b.mu.Lock()
			if err != nil {
				b.breakLocked()
				b.mu.Unlock()
				return 0, err
			}
		}
		b.count = 0
		close(round.done)
		b.round = newRound()
		b.mu.Unlock()
		return idx, nil
	}
	b.mu.Unlock()
	// The parties in the description let a deadlock report show a
	// barrier short of threads: 2 threads listed on a barrier of 3.
	ok, err := th.WaitTimeout(round.done, timeout, fmt.Sprintf("Barrier at %#x of %d parties", Id(b), b.parties), b)
	b.mu.Lock()
	defer b.mu.Unlock()
	if !ok {
		if round != b.round {
			// The round ended (released or broken) as we gave up.
		} else if err != nil {
			// Cancelled or interrupted: leave the filling round without
			// breaking it, as CPython's wait does for an exception (a
			// broken barrier would turn the siblings of a cancelled
			// thread into failures of their own).
			b.count--
		} else {
			b.breakLocked() // timed out: break it for everyone
		}
		if err != nil {
			return 0, err
		}
		return 0, brokenBarrier()
	}
	if round.broken {
		return 0, brokenBarrier()
	}
	return idx, nil
}

// breakLocked breaks the barrier: current and future waiters fail.
func (b *Barrier) breakLocked() {
	b.broken = true
	b.count = 0
	b.round.broken = true
	close(b.round.done)
	b.round = newRound()
}

// Abort breaks the barrier.
func (b *Barrier) Abort() {
	b.mu.Lock()
	if !b.broken {
		b.breakLocked()
	}
	b.mu.Unlock()
}

// Reset returns the barrier to its initial state; threads waiting in the
// current round get BrokenBarrierError.
func (b *Barrier) Reset() {
	b.mu.Lock()
	if b.count > 0 {
		b.breakLocked()
	}
	b.broken = false
	b.mu.Unlock()
}

// GetAttr exposes parties, n_waiting and broken.
func (b *Barrier) GetAttr(th *Thread, name string) (Value, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch name {
	case "parties":
		return MakeInt(int64(b.parties)), nil
	case "n_waiting":
		return MakeInt(int64(b.count)), nil
	case "broken":
		return Bool(b.broken), nil
	}
	return nil, nil
}

// semaphoreArgs parses Semaphore(value=1).
func semaphoreArgs(fname string, args []Value, kwargs []KwArg) (int, error) {
	var v Value = MakeInt(1)
	if err := UnpackArgs(fname, args, kwargs, "value?", &v); err != nil {
		return 0, err
	}
	n, err := CountArg(fname, "value", v)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, NewError(ValueErrorType, "semaphore initial value must be >= 0")
	}
	return n, nil
}

// conditionArgs parses Condition(lock=None): a new RLock by default.
func conditionArgs(fname string, args []Value, kwargs []KwArg) (*LockObject, error) {
	var lv Value = None
	if err := UnpackArgs(fname, args, kwargs, "lock?", &lv); err != nil {
		return nil, err
	}
	if lv == None {
		return NewLock(true), nil
	}
	l, ok := lv.(*LockObject)
	if !ok {
		return nil, NewError(TypeErrorType, "Condition() argument 'lock' must be a Lock or RLock, not '%s'", TypeName(lv))
	}
	return l, nil
}

// barrierArgs parses Barrier(parties, action=None, timeout=None).
func barrierArgs(fname string, args []Value, kwargs []KwArg) (*Barrier, error) {
	var parties int
	var action, tv Value = None, None
	if err := UnpackArgs(fname, args, kwargs, "parties", &parties, "action?", &action, "timeout?", &tv); err != nil {
		return nil, err
	}
	// CPython 3.11 accepts parties < 1 (3.13 refuses them): a wait on
	// such a barrier never completes a round.
	d, err := waitTimeout(tv)
	if err != nil {
		return nil, err
	}
	return NewBarrier(parties, action, d), nil
}

// timeoutArg parses the optional timeout=None argument of a wait (a
// negative timeout runs out at once, as in CPython).
func timeoutArg(fname string, args []Value, kwargs []KwArg) (time.Duration, error) {
	var tv Value = None
	if err := UnpackArgs(fname, args, kwargs, "timeout?", &tv); err != nil {
		return 0, err
	}
	return waitTimeout(tv)
}

func init() {
	// The primitives below are Python classes in CPython: a subclass's
	// __init__ passes their arguments through super().__init__(...), so
	// a subclass defining __init__ allocates a default value (DeferInit)
	// that the base's __init__ then sets up.
	for _, t := range []*Type{SemaphoreType, BoundedSemaphoreType, EventType, ConditionType, BarrierType} {
		DeferInit(t)
	}
	newSem := func(bounded bool) func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		return func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
			n, err := semaphoreArgs(cls.Name(), args, kwargs)
			if err != nil {
				return nil, err
			}
			return NewSemaphore(n, bounded), nil
		}
	}
	SemaphoreType.New = newSem(false)
	BoundedSemaphoreType.New = newSem(true)
	SemaphoreType.AddMethods(
		NewMethod("__init__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			n, err := semaphoreArgs("__init__", args, kwargs)
			if err != nil {
				return nil, err
			}
			s := self.(*Semaphore)
			s.mu.Lock()
			s.value, s.initial = n, n
			s.mu.Unlock()
			return None, nil
		}),
		NewMethod("acquire", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			blocking := true
			var tv Value = None
			if err := UnpackArgs("acquire", args, kwargs, "blocking?", &blocking, "timeout?", &tv); err != nil {
				return nil, err
			}
			d, err := waitTimeout(tv)
			if err != nil {
				return nil, err
			}
			if !blocking {
				if tv != None {
					return nil, NewError(ValueErrorType, "can't specify timeout for non-blocking acquire")
				}
				d = 0
			}
			ok, err := self.(*Semaphore).Acquire(th, d)
			return Bool(ok), err
		}),
		NewMethod("release", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var v Value = MakeInt(1)
			if err := UnpackArgs("release", args, kwargs, "n?", &v); err != nil {
				return nil, err
			}
			n, err := CountArg("release", "n", v)
			if err != nil {
				return nil, err
			}
			return None, self.(*Semaphore).Release(n)
		}),
		NewMethod("__enter__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			_, err := self.(*Semaphore).Acquire(th, -1)
			return True, err
		}),
		NewMethod("__exit__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			return None, self.(*Semaphore).Release(1)
		}),
	)

	EventType.New = func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		if err := UnpackArgs("Event", args, kwargs); err != nil {
			return nil, err
		}
		return &Event{}, nil
	}
	EventType.AddMethods(
		NewMethod("is_set", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			return Bool(self.(*Event).IsSet()), nil
		}),
		NewMethod("set", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			self.(*Event).Set()
			return None, nil
		}),
		NewMethod("clear", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			self.(*Event).Clear()
			return None, nil
		}),
		NewMethod("wait", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			d, err := timeoutArg("wait", args, kwargs)
			if err != nil {
				return nil, err
			}
			ok, err := self.(*Event).Wait(th, d)
			return Bool(ok), err
		}),
	)
	EventType.Dict.SetStr("isSet", EventType.Lookup("is_set"))

	ConditionType.New = func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		l, err := conditionArgs("Condition", args, kwargs)
		if err != nil {
			return nil, err
		}
		return &Condition{lock: l}, nil
	}
	cond := func(self Value) *Condition { return self.(*Condition) }
	ConditionType.AddMethods(
		NewMethod("__init__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			l, err := conditionArgs("__init__", args, kwargs)
			if err != nil {
				return nil, err
			}
			cond(self).lock = l
			return None, nil
		}),
		NewMethod("acquire", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			blocking, d, err := acquireArgs("acquire", args, kwargs)
			if err != nil {
				return nil, err
			}
			ok, err := cond(self).lock.Acquire(th, blocking, d)
			return Bool(ok), err
		}),
		NewMethod("release", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			return None, cond(self).lock.Release(th)
		}),
		NewMethod("__enter__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			_, err := cond(self).lock.Acquire(th, true, -1)
			return True, err
		}),
		NewMethod("__exit__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			return None, cond(self).lock.Release(th)
		}),
		NewMethod("wait", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			d, err := timeoutArg("wait", args, kwargs)
			if err != nil {
				return nil, err
			}
			ok, err := cond(self).Wait(th, d)
			return Bool(ok), err
		}),
		NewMethod("wait_for", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var pred Value
			var tv Value = None
			if err := UnpackArgs("wait_for", args, kwargs, "predicate", &pred, "timeout?", &tv); err != nil {
				return nil, err
			}
			d, err := waitTimeout(tv)
			if err != nil {
				return nil, err
			}
			dl := newDeadline(d)
			for {
				r, err := Call(th, pred, nil, nil)
				if err != nil {
					return nil, err
				}
				if Truthy(r) {
					return r, nil
				}
				left := dl.left()
				if left == 0 {
					return r, nil
				}
				if _, err := cond(self).Wait(th, left); err != nil {
					return nil, err
				}
			}
		}),
		NewMethod("notify", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			n := 1
			if err := UnpackArgs("notify", args, kwargs, "n?", &n); err != nil {
				return nil, err
			}
			return None, cond(self).Notify(th, n)
		}),
		NewMethod("notify_all", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			return None, cond(self).NotifyAll(th)
		}),
		NewMethod("_is_owned", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := UnpackArgs("_is_owned", args, kwargs); err != nil {
				return nil, err
			}
			return Bool(cond(self).lock.isOwned(th)), nil
		}),
	)
	ConditionType.Dict.SetStr("notifyAll", ConditionType.Lookup("notify_all"))

	BarrierType.New = func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		if cls != BarrierType { // a subclass's __init__ sets it up
			return NewBarrier(1, None, -1), nil
		}
		return barrierArgs("Barrier", args, kwargs)
	}
	BarrierType.AddMethods(
		NewMethod("__init__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			nb, err := barrierArgs("__init__", args, kwargs)
			if err != nil {
				return nil, err
			}
			b := self.(*Barrier)
			b.mu.Lock()
			b.parties, b.action, b.timeout = nb.parties, nb.action, nb.timeout
			b.mu.Unlock()
			return None, nil
		}),
		NewMethod("wait", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			d, err := timeoutArg("wait", args, kwargs)
			if err != nil {
				return nil, err
			}
			i, err := self.(*Barrier).Wait(th, d)
			if err != nil {
				return nil, err
			}
			return MakeInt(int64(i)), nil
		}),
		NewMethod("reset", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			self.(*Barrier).Reset()
			return None, nil
		}),
		NewMethod("abort", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			self.(*Barrier).Abort()
			return None, nil
		}),
	)
}

// GetAttr exposes _value (CPython's private counter, used by some tests).
func (s *Semaphore) GetAttr(th *Thread, name string) (Value, error) {
	if name == "_value" {
		s.mu.Lock()
		defer s.mu.Unlock()
		return MakeInt(int64(s.value)), nil
	}
	return nil, nil
}
