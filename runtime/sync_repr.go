package runtime

import "fmt"

// CPython's names and reprs of the threading primitives: the lock types
// are _thread.lock and _thread.RLock, the others threading.Event,
// threading.Semaphore, ... (the threads module shares the types, as it
// shares queue.Queue).

func init() {
	LockType.SetName("lock")
	LockType.SetQualname("lock")
	LockType.SetModule("_thread")
	RLockType.SetModule("_thread")
	for _, t := range []*Type{SemaphoreType, BoundedSemaphoreType, EventType, ConditionType, BarrierType} {
		t.SetModule("threading")
	}
}

// Repr is <threading.Event at 0x...: set>.
func (e *Event) Repr(th *Thread) (string, error) {
	state := "unset"
	if e.IsSet() {
		state = "set"
	}
	return fmt.Sprintf("<threading.Event at %#x: %s>", Id(e), state), nil
}

// Repr is <threading.Semaphore at 0x...: value=N>, with /initial for a
// BoundedSemaphore.
func (s *Semaphore) Repr(th *Thread) (string, error) {
	s.mu.Lock()
	v, initial := s.value, s.initial
	s.mu.Unlock()
	if s.bounded {
		return fmt.Sprintf("<threading.BoundedSemaphore at %#x: value=%d/%d>", Id(s), v, initial), nil
	}
	return fmt.Sprintf("<threading.Semaphore at %#x: value=%d>", Id(s), v), nil
}

// Repr is <Condition(<lock repr>, waiters)>.
func (c *Condition) Repr(th *Thread) (string, error) {
	ls, err := c.lock.Repr(th)
	if err != nil {
		return "", err
	}
	c.mu.Lock()
	n := c.q.len()
	c.mu.Unlock()
	return fmt.Sprintf("<Condition(%s, %d)>", ls, n), nil
}

// Repr is <threading.Barrier at 0x...: waiters=N/parties> (or broken).
func (b *Barrier) Repr(th *Thread) (string, error) {
	b.mu.Lock()
	n, broken := b.count, b.broken
	b.mu.Unlock()
	if broken {
		return fmt.Sprintf("<threading.Barrier at %#x: broken>", Id(b)), nil
	}
	return fmt.Sprintf("<threading.Barrier at %#x: waiters=%d/%d>", Id(b), n, b.parties), nil
}
