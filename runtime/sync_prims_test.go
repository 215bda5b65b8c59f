package runtime

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/spindle-lang/spindle/ast"
	"github.com/stretchr/testify/require"
)

func BinaryOpAdd(th *Thread, a, b Value) (Value, error) { return BinaryOp(th, ast.Add, a, b) }

// call is obj.name(*args) through the generic method call, as compiled
// code does it.
func call(t *testing.T, th *Thread, obj Value, name string, args ...Value) Value {
	v, err := CallMethod(th, obj, name, args, nil)
	require.NoError(t, err, "%s", name)
	return v
}

func callErr(th *Thread, obj Value, name string, args ...Value) error {
	_, err := CallMethod(th, obj, name, args, nil)
	return err
}

func newObj(t *testing.T, th *Thread, cls *Type, args ...Value) Value {
	v, err := Call(th, cls, args, nil)
	require.NoError(t, err)
	return v
}

// goFn wraps a Go function as a callable Value.
func goFn(fn func(th *Thread, args []Value) (Value, error)) *Builtin {
	return NewFunc("fn", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) { return fn(th, args) })
}

func TestMutexUpdateUnderContention(t *testing.T) {
	th := NewThread("main")
	m := newObj(t, th, MutexType, MakeInt(0))
	inc := goFn(func(th *Thread, args []Value) (Value, error) { return BinaryOpAdd(th, args[0], MakeInt(1)) })
	err := group(t, th, func(g *ThreadGroup) error {
		for i := 0; i < 8; i++ {
			spawnFn(t, g, th, func(c *Thread) error {
				for j := 0; j < 500; j++ {
					if _, err := CallMethod(c, m, "update", []Value{inc}, nil); err != nil {
						return err
					}
				}
				return nil
			})
		}
		return nil
	})
	require.NoError(t, err)
	require.Equal(t, MakeInt(4000), call(t, th, m, "get"))
	require.Equal(t, MakeInt(4001), call(t, th, m, "update", inc))
	call(t, th, m, "set", MakeInt(10))
	require.Equal(t, MakeInt(10), call(t, th, m, "get"))
}

func TestMutexLockBindsValueAndRelockFails(t *testing.T) {
	th := NewThread("main")
	d := NewDict()
	m := newObj(t, th, MutexType, d)
	guard := call(t, th, m, "lock")
	v := call(t, th, guard, "__enter__")
	require.Same(t, d, v)
	// get/set/update by the holder work without deadlocking.
	require.Same(t, d, call(t, th, m, "get"))
	// Re-locking is a RuntimeError, not a hang.
	err := callErr(th, call(t, th, m, "lock"), "__enter__")
	require.True(t, IsExc(err, RuntimeErrorType))
	call(t, th, guard, "__exit__", None, None, None)
	require.True(t, IsExc(callErr(th, guard, "__exit__", None, None, None), RuntimeErrorType))
}

func TestMutexWaitIsCancellable(t *testing.T) {
	th := NewThread("main")
	m := NewMutex(None)
	require.NoError(t, m.Lock(th))
	// The deadline must not pass before the spawn (it did at 10 ms on a
	// machine with load 30): generous, the waiter blocks until it fires.
	err := WithTimeout(th, 300*time.Millisecond, func() error {
		return group(t, th, func(g *ThreadGroup) error {
			spawnFn(t, g, th, func(c *Thread) error { return m.Lock(c) })
			return nil
		})
	})
	require.True(t, IsExc(err, TimeoutErrorType), "%v", err)
	require.NoError(t, m.Unlock(th))
	require.Nil(t, m.Holder(), "the cancelled waiter did not keep the lock")
}

func TestLockAndRLock(t *testing.T) {
	th := NewThread("main")
	l := newObj(t, th, LockType)
	require.Equal(t, True, call(t, th, l, "acquire"))
	require.Equal(t, False, call(t, th, l, "acquire", False))
	require.Equal(t, True, call(t, th, l, "locked"))
	ok, err := CallMethod(th, l, "acquire", nil, []KwArg{{"timeout", Float(0.01)}})
	require.NoError(t, err)
	require.Equal(t, False, ok)
	call(t, th, l, "release")
	err = callErr(th, l, "release")
	require.True(t, IsExc(err, RuntimeErrorType))
	require.Equal(t, "RuntimeError: release unlocked lock", err.Error())

	r := newObj(t, th, RLockType)
	call(t, th, r, "acquire")
	call(t, th, r, "acquire")
	call(t, th, r, "release")
	// Another thread cannot take or release it while held.
	err = group(t, th, func(g *ThreadGroup) error {
		spawnFn(t, g, th, func(c *Thread) error {
			ok, err := CallMethod(c, r, "acquire", []Value{False}, nil)
			require.NoError(t, err)
			require.Equal(t, False, ok)
			require.True(t, IsExc(callErr(c, r, "release"), RuntimeErrorType))
			return nil
		})
		return nil
	})
	require.NoError(t, err)
	call(t, th, r, "release")
	require.True(t, IsExc(callErr(th, r, "release"), RuntimeErrorType))
}

func TestLockHandsOffInOrder(t *testing.T) {
	th := NewThread("main")
	l := NewLock(false)
	_, err := l.Acquire(th, true, -1)
	require.NoError(t, err)
	var got []int
	order := NewMutex(None)
	err = group(t, th, func(g *ThreadGroup) error {
		for i := 0; i < 3; i++ {
			spawnFn(t, g, th, func(c *Thread) error {
				if _, err := l.Acquire(c, true, -1); err != nil {
					return err
				}
				_ = order.with(c, func() error { got = append(got, i); return nil })
				return l.Release(c)
			})
			// Wait until it queued, so the order is known.
			for queued(&l.core) != i+1 {
				require.NoError(t, th.Sleep(time.Millisecond))
			}
		}
		return l.Release(th)
	})
	require.NoError(t, err)
	require.Equal(t, []int{0, 1, 2}, got)
}

func queued(l *lockCore) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.q.len()
}

func TestSemaphoreLimits(t *testing.T) {
	th := NewThread("main")
	s := newObj(t, th, SemaphoreType, MakeInt(3)).(*Semaphore)
	var cur, peak atomic.Int32
	err := group(t, th, func(g *ThreadGroup) error {
		for i := 0; i < 12; i++ {
			spawnFn(t, g, th, func(c *Thread) error {
				if _, err := s.Acquire(c, -1); err != nil {
					return err
				}
				n := cur.Add(1)
				for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
				}
				err := c.Sleep(time.Millisecond)
				cur.Add(-1)
				_ = s.Release(1)
				return err
			})
		}
		return nil
	})
	require.NoError(t, err)
	require.LessOrEqual(t, peak.Load(), int32(3))

	b := newObj(t, th, BoundedSemaphoreType, MakeInt(1))
	call(t, th, b, "acquire")
	call(t, th, b, "release")
	err = callErr(th, b, "release")
	require.True(t, IsExc(err, ValueErrorType))
	require.Equal(t, "ValueError: Semaphore released too many times", err.Error())
	require.Equal(t, True, call(t, th, b, "acquire", False))
	require.Equal(t, False, call(t, th, b, "acquire", False))
}

func TestEvent(t *testing.T) {
	th := NewThread("main")
	e := newObj(t, th, EventType)
	require.Equal(t, False, call(t, th, e, "wait", Float(0.005)))
	err := group(t, th, func(g *ThreadGroup) error {
		for i := 0; i < 5; i++ {
			spawnFn(t, g, th, func(c *Thread) error {
				r, err := CallMethod(c, e, "wait", nil, nil)
				require.Equal(t, True, r)
				return err
			})
		}
		call(t, th, e, "set")
		return nil
	})
	require.NoError(t, err)
	require.Equal(t, True, call(t, th, e, "is_set"))
	call(t, th, e, "clear")
	require.Equal(t, False, call(t, th, e, "is_set"))
}

func TestQueueProducerConsumerCloseAndIterate(t *testing.T) {
	th := NewThread("main")
	q := newObj(t, th, ThreadsQueueType, MakeInt(2)).(*ThreadsQueue)
	var sum atomic.Int64
	err := group(t, th, func(g *ThreadGroup) error {
		for i := 0; i < 3; i++ {
			spawnFn(t, g, th, func(c *Thread) error {
				it, err := Iter(c, q)
				if err != nil {
					return err
				}
				for {
					v, ok, err := it.Next(c)
					if err != nil || !ok {
						return err
					}
					sum.Add(int64(v.(Int)))
				}
			})
		}
		for i := 1; i <= 100; i++ {
			if err := q.Put(th, MakeInt(int64(i)), true, -1); err != nil {
				return err
			}
		}
		return q.Close(th)
	})
	require.NoError(t, err)
	require.EqualValues(t, 5050, sum.Load())
	err = q.Put(th, None, true, -1)
	require.True(t, IsExc(err, QueueShutDownType))
	_, err = q.Get(th, true, -1)
	require.True(t, IsExc(err, QueueShutDownType))
}

func TestQueueEmptyFullTimeouts(t *testing.T) {
	th := NewThread("main")
	q := newObj(t, th, QueueType, MakeInt(1))
	err := callErr(th, q, "get_nowait")
	require.True(t, IsExc(err, QueueEmptyType))
	_, err = CallMethod(th, q, "get", nil, []KwArg{{"timeout", Float(0.005)}})
	require.True(t, IsExc(err, QueueEmptyType))
	call(t, th, q, "put", MakeInt(1))
	require.True(t, IsExc(callErr(th, q, "put_nowait", MakeInt(2)), QueueFullType))
	_, err = CallMethod(th, q, "put", []Value{MakeInt(2)}, []KwArg{{"timeout", Float(0.005)}})
	require.True(t, IsExc(err, QueueFullType))
	require.Equal(t, True, call(t, th, q, "full"))
	require.Equal(t, MakeInt(1), call(t, th, q, "qsize"))
}

func TestQueueKindsAndJoin(t *testing.T) {
	th := NewThread("main")
	lq := newObj(t, th, LifoQueueType)
	pq := newObj(t, th, PriorityQueueType)
	for _, n := range []int64{3, 1, 2} {
		call(t, th, lq, "put", MakeInt(n))
		call(t, th, pq, "put", MakeInt(n))
	}
	var lifo, prio []Value
	for i := 0; i < 3; i++ {
		lifo = append(lifo, call(t, th, lq, "get"))
		prio = append(prio, call(t, th, pq, "get"))
	}
	require.Equal(t, []Value{MakeInt(2), MakeInt(1), MakeInt(3)}, lifo)
	require.Equal(t, []Value{MakeInt(1), MakeInt(2), MakeInt(3)}, prio)

	q := newObj(t, th, QueueType).(*Queue)
	var done atomic.Int32
	err := group(t, th, func(g *ThreadGroup) error {
		spawnFn(t, g, th, func(c *Thread) error {
			for i := 0; i < 10; i++ {
				if _, err := q.Get(c, true, -1); err != nil {
					return err
				}
				done.Add(1)
				if err := q.TaskDone(); err != nil {
					return err
				}
			}
			return nil
		})
		for i := 0; i < 10; i++ {
			require.NoError(t, q.Put(th, MakeInt(int64(i)), true, -1))
		}
		require.NoError(t, q.Join(th))
		require.EqualValues(t, 10, done.Load())
		return nil
	})
	require.NoError(t, err)
	require.True(t, IsExc(q.TaskDone(), ValueErrorType))
}

func TestCondition(t *testing.T) {
	th := NewThread("main")
	c := newObj(t, th, ConditionType).(*Condition)
	items := 0
	var got atomic.Int32
	err := group(t, th, func(g *ThreadGroup) error {
		for i := 0; i < 3; i++ {
			spawnFn(t, g, th, func(ct *Thread) error {
				if _, err := c.lock.Acquire(ct, true, -1); err != nil {
					return err
				}
				for items == 0 {
					if _, err := c.Wait(ct, -1); err != nil {
						c.lock.Release(ct)
						return err
					}
				}
				items--
				got.Add(1)
				return c.lock.Release(ct)
			})
		}
		for i := 0; i < 3; i++ {
			if _, err := c.lock.Acquire(th, true, -1); err != nil {
				return err
			}
			items++
			require.NoError(t, c.Notify(th, 1))
			require.NoError(t, c.lock.Release(th))
		}
		return nil
	})
	require.NoError(t, err)
	require.EqualValues(t, 3, got.Load())
	require.True(t, IsExc(c.Notify(th, 1), RuntimeErrorType))
	ok, err := func() (bool, error) {
		_, _ = c.lock.Acquire(th, true, -1)
		defer c.lock.Release(th)
		return c.Wait(th, 5*time.Millisecond)
	}()
	require.NoError(t, err)
	require.False(t, ok)
}

func TestBarrier(t *testing.T) {
	th := NewThread("main")
	b := NewBarrier(3, None, -1)
	var idx atomic.Int32
	err := group(t, th, func(g *ThreadGroup) error {
		for i := 0; i < 3; i++ {
			spawnFn(t, g, th, func(c *Thread) error {
				n, err := b.Wait(c, -1)
				idx.Add(int32(n))
				return err
			})
		}
		return nil
	})
	require.NoError(t, err)
	require.EqualValues(t, 0+1+2, idx.Load())

	// A timeout breaks the barrier for everyone.
	_, err = b.Wait(th, 5*time.Millisecond)
	require.True(t, IsExc(err, BrokenBarrierErrorType))
	_, err = b.Wait(th, -1)
	require.True(t, IsExc(err, BrokenBarrierErrorType))
	b.Reset()
	require.Equal(t, False, mustAttr(t, th, b, "broken"))
}

func mustAttr(t *testing.T, th *Thread, v Value, name string) Value {
	r, err := GetAttr(th, v, name)
	require.NoError(t, err)
	return r
}

func TestThreadGroupPythonAPI(t *testing.T) {
	th := NewThread("main")
	g := newObj(t, th, ThreadGroupType)
	require.Same(t, g, call(t, th, g, "__enter__"))
	// ThreadGroup.current is the calling thread's group.
	cur, err := GetAttr(th, ThreadGroupType, "current")
	require.NoError(t, err)
	if d, ok := cur.(*ComputedAttr); ok {
		// Without descriptor support in GetAttr: the object model
		// calls __get__(None, cls).
		cur, err = CallMethod(th, d, "__get__", []Value{None, ThreadGroupType}, nil)
		require.NoError(t, err)
	}
	require.Same(t, g, cur)

	double := goFn(func(th *Thread, args []Value) (Value, error) { return BinaryOpAdd(th, args[0], args[0]) })
	f, err := CallMethod(th, g, "spawn", []Value{double, MakeInt(21)}, []KwArg{{"name", Str("doubler")}})
	require.NoError(t, err)
	// The proxy form works without descriptor support too.
	f2, err := CallMethod(th, ThreadGroupType.Lookup("current"), "spawn", []Value{double, MakeInt(1)}, nil)
	require.NoError(t, err)
	f3, err := SpawnBuiltin.Call(th, []Value{double, MakeInt(2)}, nil)
	require.NoError(t, err)
	require.Equal(t, False, call(t, th, g, "__exit__", None, None, None))
	require.Equal(t, MakeInt(42), call(t, th, f, "result"))
	require.Equal(t, MakeInt(2), call(t, th, f2, "result"))
	require.Equal(t, MakeInt(4), call(t, th, f3, "result"))
	require.Equal(t, Str("doubler"), mustAttr(t, th, f, "name"))
	require.Equal(t, True, call(t, th, f, "done"))

	// A failure inside: __exit__ raises it.
	g = newObj(t, th, ThreadGroupType, MakeInt(2))
	call(t, th, g, "__enter__")
	boom := goFn(func(th *Thread, args []Value) (Value, error) { return nil, NewError(ValueErrorType, "boom") })
	call(t, th, g, "spawn", boom)
	err = callErr(th, g, "__exit__", None, None, None)
	require.True(t, IsExc(err, ValueErrorType))

	// timeout= raises TimeoutError at the with.
	g, err = Call(th, ThreadGroupType, nil, []KwArg{{"timeout", Float(0.01)}})
	require.NoError(t, err)
	call(t, th, g, "__enter__")
	sleepy := goFn(func(th *Thread, args []Value) (Value, error) { return None, th.Sleep(time.Hour) })
	call(t, th, g, "spawn", sleepy)
	err = callErr(th, g, "__exit__", None, None, None)
	require.True(t, IsExc(err, TimeoutErrorType), "%v", err)
}

func TestTimeoutAndShieldObjects(t *testing.T) {
	th := NewThread("main")
	to, err := TimeoutBuiltin.Call(th, []Value{Float(0.01)}, nil)
	require.NoError(t, err)
	call(t, th, to, "__enter__")
	serr := th.Sleep(time.Hour)
	require.True(t, IsCancelled(serr))
	_, err = CallMethod(th, to, "__exit__", []Value{CancelledType, serr.(*Exception), None}, nil)
	require.True(t, IsExc(err, TimeoutErrorType))

	sh, err := ShieldBuiltin.Call(th, nil, nil)
	require.NoError(t, err)
	call(t, th, sh, "__enter__")
	require.NoError(t, th.Checkpoint())
	require.Equal(t, False, call(t, th, sh, "__exit__", None, None, None))
}
