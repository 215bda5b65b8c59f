package runtime

import (
	goruntime "runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// Tests of LANGUAGE.md §2.2–2.5 against the Go API. Ordering is made
// deterministic with channels and level-triggered cancellation, never by
// sleeping and hoping; the few sleeps below only make a failure likely to
// show if the rule were broken, and their outcome does not depend on
// timing.

// group runs body inside a new group on th, as `await:` compiles.
func group(t *testing.T, th *Thread, body func(g *ThreadGroup) error) error {
	return groupWith(t, th, NewThreadGroup(th, 0, 0, ""), body)
}

func groupWith(t *testing.T, th *Thread, g *ThreadGroup, body func(g *ThreadGroup) error) error {
	require.NoError(t, g.Enter(th))
	return g.Exit(th, body(g))
}

// spawnFn spawns a Go function returning only an error.
func spawnFn(t *testing.T, g *ThreadGroup, th *Thread, fn func(c *Thread) error) *Future {
	f, err := g.Spawn(th, func(c *Thread) (Value, error) { return None, fn(c) }, "", SpawnSite{})
	require.NoError(t, err)
	return f
}

// spin loops on Checkpoint until it fails, like CPU-bound code.
func spin(c *Thread) error {
	for {
		if err := c.Checkpoint(); err != nil {
			return err
		}
	}
}

// forever blocks on a channel nobody closes.
func forever(c *Thread) error { return c.Wait(make(chan struct{}), "nothing", nil) }

func TestGroupWaitsForEveryThread(t *testing.T) {
	th := NewThread("main")
	var ended atomic.Int32
	err := group(t, th, func(g *ThreadGroup) error {
		for i := 0; i < 20; i++ {
			spawnFn(t, g, th, func(c *Thread) error {
				if err := c.Sleep(time.Duration(i) * time.Millisecond); err != nil {
					return err
				}
				ended.Add(1)
				return nil
			})
		}
		return nil
	})
	require.NoError(t, err)
	require.EqualValues(t, 20, ended.Load())
}

func TestGroupRunsInParallel(t *testing.T) {
	th := NewThread("main")
	start := time.Now()
	err := group(t, th, func(g *ThreadGroup) error {
		for i := 0; i < 50; i++ {
			spawnFn(t, g, th, func(c *Thread) error { return c.Sleep(200 * time.Millisecond) })
		}
		return nil
	})
	require.NoError(t, err)
	require.Less(t, time.Since(start), time.Second)
}

func TestFirstFailureReraisedWithSuppressed(t *testing.T) {
	th := NewThread("main")
	first := NewError(ValueErrorType, "first")
	second := NewError(KeyErrorType, "second")
	failNow := make(chan struct{})
	err := group(t, th, func(g *ThreadGroup) error {
		// B waits until cancelled (by A's failure), then fails itself.
		spawnFn(t, g, th, func(c *Thread) error {
			close(failNow)
			err := forever(c)
			require.True(t, IsCancelled(err))
			return second
		})
		spawnFn(t, g, th, func(c *Thread) error {
			<-failNow
			return first
		})
		return nil
	})
	require.Same(t, first, err)
	require.Equal(t, []*Exception{second}, first.Suppressed)
}

func TestBodyFailureCancelsThreads(t *testing.T) {
	th := NewThread("main")
	bodyErr := NewError(ValueErrorType, "body")
	var cancelled atomic.Int32
	err := group(t, th, func(g *ThreadGroup) error {
		for i := 0; i < 5; i++ {
			spawnFn(t, g, th, func(c *Thread) error {
				err := spin(c)
				if IsCancelled(err) {
					cancelled.Add(1)
				}
				return err
			})
		}
		return bodyErr
	})
	require.Same(t, bodyErr, err)
	require.EqualValues(t, 5, cancelled.Load())
}

func TestChildFailureCancelsRunningBody(t *testing.T) {
	th := NewThread("main")
	boom := NewError(ValueErrorType, "boom")
	err := group(t, th, func(g *ThreadGroup) error {
		spawnFn(t, g, th, func(c *Thread) error { return boom })
		// The block's own code is in the group's scope: its next
		// checkpoint after the failure raises Cancelled.
		err := spin(th)
		require.True(t, IsCancelled(err))
		return err
	})
	require.Same(t, boom, err)
	require.NoError(t, th.Checkpoint(), "the group's cancellation ends with the group")
}

func TestCancellationIsLevelTriggered(t *testing.T) {
	th := NewThread("main")
	err := group(t, th, func(g *ThreadGroup) error {
		g.Cancel()
		for i := 0; i < 3; i++ {
			require.True(t, IsCancelled(th.Checkpoint()), "checkpoint %d", i)
		}
		require.True(t, IsCancelled(th.Sleep(time.Hour)))
		require.True(t, IsCancelled(forever(th)))
		return nil
	})
	require.NoError(t, err)
}

func TestGroupCancelEndsWithoutRaising(t *testing.T) {
	th := NewThread("main")
	var futs []*Future
	err := group(t, th, func(g *ThreadGroup) error {
		for i := 0; i < 3; i++ {
			futs = append(futs, spawnFn(t, g, th, forever))
		}
		g.Cancel()
		return spin(th)
	})
	require.NoError(t, err)
	for _, f := range futs {
		_, err := f.Result(th, -1)
		require.True(t, IsCancelled(err))
		require.True(t, f.Cancelled())
	}
}

func TestFirstAnswerWins(t *testing.T) {
	th := NewThread("main")
	var winner atomic.Value
	spawned := make(chan struct{})
	err := group(t, th, func(g *ThreadGroup) error {
		for i := 0; i < 4; i++ {
			spawnFn(t, g, th, func(c *Thread) error {
				if i != 2 {
					return forever(c)
				}
				<-spawned
				winner.Store(i)
				g.Cancel()
				return nil
			})
		}
		close(spawned)
		return nil
	})
	require.NoError(t, err)
	require.Equal(t, 2, winner.Load())
}

func TestSpawnRefused(t *testing.T) {
	th := NewThread("main")
	// Not entered.
	g := NewThreadGroup(th, 0, 0, "g")
	_, err := g.Spawn(th, func(*Thread) (Value, error) { return None, nil }, "", SpawnSite{})
	require.True(t, IsExc(err, RuntimeErrorType))

	// Failed: the spawner gets Cancelled.
	var late error
	boom := NewError(ValueErrorType, "boom")
	err = group(t, th, func(g *ThreadGroup) error {
		f := spawnFn(t, g, th, func(c *Thread) error { return boom })
		require.NoError(t, f.Wait(th, -1))
		// The failure cancelled this thread too; shield to observe
		// the spawn's own refusal.
		return Shield(th, func() error {
			_, late = g.Spawn(th, func(*Thread) (Value, error) { return None, nil }, "", SpawnSite{})
			return nil
		})
	})
	require.Same(t, boom, err)
	require.True(t, IsCancelled(late))

	// Finished: RuntimeError.
	var done *ThreadGroup
	require.NoError(t, group(t, th, func(g *ThreadGroup) error { done = g; return nil }))
	_, err = done.Spawn(th, func(*Thread) (Value, error) { return None, nil }, "", SpawnSite{})
	require.True(t, IsExc(err, RuntimeErrorType))
	require.Contains(t, err.Error(), "finished")
}

func TestChildMaySpawnSiblings(t *testing.T) {
	th := NewThread("main")
	var n atomic.Int32
	err := group(t, th, func(g *ThreadGroup) error {
		spawnFn(t, g, th, func(c *Thread) error {
			require.Same(t, g, CurrentGroup(c))
			_, err := c.Spawn(func(c2 *Thread) (Value, error) {
				require.NoError(t, c2.Sleep(10*time.Millisecond))
				n.Add(1)
				return None, nil
			}, "", SpawnSite{})
			return err
		})
		return nil
	})
	require.NoError(t, err)
	require.EqualValues(t, 1, n.Load(), "the join waited for the sibling spawned by a child")
}

func TestMaxConcurrency(t *testing.T) {
	th := NewThread("main")
	var cur, peak atomic.Int32
	err := groupWith(t, th, NewThreadGroup(th, 2, 0, ""), func(g *ThreadGroup) error {
		for i := 0; i < 12; i++ {
			spawnFn(t, g, th, func(c *Thread) error {
				n := cur.Add(1)
				for {
					p := peak.Load()
					if n <= p || peak.CompareAndSwap(p, n) {
						break
					}
				}
				err := c.Sleep(2 * time.Millisecond)
				cur.Add(-1)
				return err
			})
		}
		return nil
	})
	require.NoError(t, err)
	require.LessOrEqual(t, peak.Load(), int32(2))
}

func TestSpawnWaitingForSlotIsCancellable(t *testing.T) {
	th := NewThread("main")
	g := NewThreadGroup(th, 1, 0, "")
	err := groupWith(t, th, g, func(g *ThreadGroup) error {
		spawnFn(t, g, th, func(c *Thread) error {
			// Cancel the group once the body is waiting for the slot.
			for {
				if what, _ := th.BlockedOn(); what != "" {
					break
				}
				if err := c.Sleep(time.Millisecond); err != nil {
					return err
				}
			}
			g.Cancel()
			return forever(c)
		})
		_, err := g.Spawn(th, func(*Thread) (Value, error) { return None, nil }, "", SpawnSite{})
		require.True(t, IsCancelled(err))
		return err
	})
	require.NoError(t, err)
}

func TestTimeoutScope(t *testing.T) {
	th := NewThread("main")
	start := time.Now()
	err := WithTimeout(th, 20*time.Millisecond, func() error { return th.Sleep(time.Hour) })
	require.True(t, IsExc(err, TimeoutErrorType), "%v", err)
	require.Less(t, time.Since(start), 10*time.Second)
	require.NoError(t, th.Checkpoint())

	// A block that finishes in time is untouched.
	require.NoError(t, WithTimeout(th, time.Hour, func() error { return th.Sleep(time.Millisecond) }))

	// A failure inside the block is not turned into TimeoutError.
	boom := NewError(ValueErrorType, "boom")
	require.Same(t, boom, WithTimeout(th, time.Hour, func() error { return boom }))
}

func TestTimeoutCancelsThreadsSpawnedInside(t *testing.T) {
	th := NewThread("main")
	var childErr atomic.Value
	err := group(t, th, func(g *ThreadGroup) error {
		err := WithTimeout(th, 20*time.Millisecond, func() error {
			spawnFn(t, g, th, func(c *Thread) error {
				err := forever(c)
				childErr.Store(err)
				return err
			})
			return forever(th)
		})
		require.True(t, IsExc(err, TimeoutErrorType))
		return nil
	})
	require.NoError(t, err)
	require.True(t, IsCancelled(childErr.Load().(error)))
}

func TestGroupTimeout(t *testing.T) {
	th := NewThread("main")
	err := groupWith(t, th, NewThreadGroup(th, 0, 20*time.Millisecond, ""), func(g *ThreadGroup) error {
		spawnFn(t, g, th, func(c *Thread) error { return c.Sleep(time.Hour) })
		spawnFn(t, g, th, spin)
		return nil
	})
	require.True(t, IsExc(err, TimeoutErrorType), "%v", err)
}

func TestNestedDeadlinesNearestWins(t *testing.T) {
	th := NewThread("main")
	// The outer deadline is nearer: the inner scope's Cancelled is not its
	// own and propagates; the outer raises TimeoutError.
	var inner error
	err := WithTimeout(th, 20*time.Millisecond, func() error {
		inner = WithTimeout(th, time.Hour, func() error { return th.Sleep(time.Hour) })
		return inner
	})
	require.True(t, IsCancelled(inner), "%v", inner)
	require.True(t, IsExc(err, TimeoutErrorType), "%v", err)

	// The inner deadline is nearer: it raises TimeoutError, the outer
	// block goes on.
	err = WithTimeout(th, time.Hour, func() error {
		inner = WithTimeout(th, 10*time.Millisecond, func() error { return th.Sleep(time.Hour) })
		return th.Sleep(time.Millisecond)
	})
	require.True(t, IsExc(inner, TimeoutErrorType))
	require.NoError(t, err)
	require.Zero(t, armedTimers.Load())
}

func TestShield(t *testing.T) {
	th := NewThread("main")
	err := group(t, th, func(g *ThreadGroup) error {
		g.Cancel()
		require.True(t, IsCancelled(th.Checkpoint()))
		err := Shield(th, func() error {
			require.NoError(t, th.Checkpoint())
			return th.Sleep(5 * time.Millisecond)
		})
		require.NoError(t, err)
		return th.Checkpoint()
	})
	require.NoError(t, err)

	// A timeout inside a shield still works.
	err = Shield(th, func() error {
		return WithTimeout(th, 5*time.Millisecond, func() error { return th.Sleep(time.Hour) })
	})
	require.True(t, IsExc(err, TimeoutErrorType))
}

func TestCancellationIsTransitive(t *testing.T) {
	th := NewThread("main")
	ready := make(chan struct{})
	var deepest atomic.Value
	err := group(t, th, func(g *ThreadGroup) error {
		spawnFn(t, g, th, func(c1 *Thread) error {
			return group(t, c1, func(g2 *ThreadGroup) error {
				spawnFn(t, g2, c1, func(c2 *Thread) error {
					return group(t, c2, func(g3 *ThreadGroup) error {
						spawnFn(t, g3, c2, func(c3 *Thread) error {
							close(ready)
							err := forever(c3)
							deepest.Store(err)
							return err
						})
						return nil
					})
				})
				return nil
			})
		})
		<-ready
		g.Cancel()
		return nil
	})
	require.NoError(t, err)
	require.True(t, IsCancelled(deepest.Load().(error)))
}

func TestCancelsSiblingWaitingOnFuture(t *testing.T) {
	th := NewThread("main")
	boom := NewError(ValueErrorType, "boom")
	err := group(t, th, func(g *ThreadGroup) error {
		slow := spawnFn(t, g, th, forever)
		waiting := make(chan struct{})
		spawnFn(t, g, th, func(c *Thread) error {
			close(waiting)
			_, err := slow.Result(c, -1)
			return err
		})
		spawnFn(t, g, th, func(c *Thread) error {
			<-waiting
			return boom
		})
		return nil
	})
	require.Same(t, boom, err)
	require.Empty(t, boom.Suppressed)
}

func TestFuture(t *testing.T) {
	th := NewThread("main")
	boom := NewError(ValueErrorType, "boom")
	err := group(t, th, func(g *ThreadGroup) error {
		f, err := g.Spawn(th, func(c *Thread) (Value, error) { return MakeInt(42), nil }, "answer", SpawnSite{})
		require.NoError(t, err)
		v, err := f.Result(th, -1)
		require.NoError(t, err)
		require.Equal(t, MakeInt(42), v)
		require.True(t, f.Done())
		require.Equal(t, "answer", f.Name())

		// A future that never finishes: result(timeout) raises
		// TimeoutError; cancel() cancels that one thread.
		slow := spawnFn(t, g, th, forever)
		_, err = slow.Result(th, 5*time.Millisecond)
		require.True(t, IsExc(err, TimeoutErrorType))
		require.True(t, slow.Cancel())
		_, err = slow.Result(th, -1)
		require.True(t, IsCancelled(err))
		require.False(t, slow.Cancel())
		require.NoError(t, th.Checkpoint(), "cancelling one thread does not cancel the group")

		// Waiting on its own future.
		self := spawnFn(t, g, th, func(c *Thread) error {
			_, err := c.Future().Result(c, -1)
			return err
		})
		// (Shielded: the failure cancels this block too.)
		return Shield(th, func() error {
			e, err := self.Exception(th, -1)
			require.NoError(t, err)
			require.True(t, e.Class == DeadlockErrorType)
			return nil
		})
	})
	// The self-waiting thread failed the group.
	require.True(t, IsExc(err, DeadlockErrorType))
	_ = boom
}

func TestFutureExceptionReraised(t *testing.T) {
	th := NewThread("main")
	boom := NewError(ValueErrorType, "boom")
	var got error
	err := group(t, th, func(g *ThreadGroup) error {
		f := spawnFn(t, g, th, func(c *Thread) error { return boom })
		_, got = f.Result(th, -1)
		return nil
	})
	// The body either sees the failure through the future or is
	// cancelled by it first (the group fails before the future
	// completes); either way the group raises the failure itself.
	require.True(t, got == error(boom) || IsCancelled(got), "%v", got)
	require.Same(t, boom, err)
}

func TestContextVarsCopiedAtSpawn(t *testing.T) {
	th := NewThread("main")
	v := &ContextVar{Name: "v", Default: MakeInt(0)}
	v.Set(th, MakeInt(1))
	var seen, after Value
	err := group(t, th, func(g *ThreadGroup) error {
		f := spawnFn(t, g, th, func(c *Thread) error {
			seen, _ = v.Get(c, nil)
			v.Set(c, MakeInt(2))
			after, _ = v.Get(c, nil)
			return nil
		})
		v.Set(th, MakeInt(3)) // after the spawn: not seen by the child
		return f.Wait(th, -1)
	})
	require.NoError(t, err)
	require.Equal(t, MakeInt(1), seen)
	require.Equal(t, MakeInt(2), after)
	got, _ := v.Get(th, nil)
	require.Equal(t, MakeInt(3), got)

	tok := v.Set(th, MakeInt(4))
	require.NoError(t, v.Reset(th, tok))
	got, _ = v.Get(th, nil)
	require.Equal(t, MakeInt(3), got)
	require.True(t, IsExc(v.Reset(th, tok), RuntimeErrorType))
}

func TestSpawnSiteChain(t *testing.T) {
	th := NewThread("main")
	boom := NewError(ValueErrorType, "boom")
	err := group(t, th, func(g *ThreadGroup) error {
		_, err := g.Spawn(th, func(c *Thread) (Value, error) {
			return None, group(t, c, func(g2 *ThreadGroup) error {
				_, err := g2.Spawn(c, func(*Thread) (Value, error) { return nil, boom }, "", SpawnSite{File: "x.sp", Line: 5, Func: "inner"})
				return err
			})
		}, "", SpawnSite{File: "x.sp", Line: 12, Func: "download_all"})
		return err
	})
	require.Same(t, boom, err)
	site := SpawnSiteOf(boom)
	require.NotNil(t, site)
	require.Equal(t,
		"  spawned at File \"x.sp\", line 5, in inner\n  spawned at File \"x.sp\", line 12, in download_all\n",
		FormatSpawnSites(site))
}

func TestBackgroundGroup(t *testing.T) {
	th := NewThread("main")
	var out atomic.Value
	saved := writeDiag
	writeDiag = func(s string) { out.Store(s) }
	defer func() { writeDiag = saved; defaultEnv.bgFailed.Store(false) }()

	var ran atomic.Bool
	_, err := th.Spawn(func(c *Thread) (Value, error) {
		require.NoError(t, c.Sleep(5*time.Millisecond))
		ran.Store(true)
		return None, nil
	}, "", SpawnSite{})
	require.NoError(t, err)
	_, err = th.Spawn(func(c *Thread) (Value, error) {
		return nil, NewError(ValueErrorType, "bad")
	}, "worker", SpawnSite{})
	require.NoError(t, err)
	require.NoError(t, JoinBackground(th))
	require.True(t, ran.Load())
	require.True(t, BackgroundFailed())
	require.Contains(t, out.Load().(string), "Exception in thread worker:\n")
	require.Contains(t, out.Load().(string), "ValueError: bad")
}

func TestPanicInThreadBecomesSystemError(t *testing.T) {
	th := NewThread("main")
	err := group(t, th, func(g *ThreadGroup) error {
		_, err := g.Spawn(th, func(*Thread) (Value, error) { panic("oops") }, "", SpawnSite{})
		return err
	})
	require.True(t, IsExc(err, SystemErrorType))
}

func TestInterruptReachesBlockedThread(t *testing.T) {
	th := NewThread("main")
	kb := NewError(KeyboardInterruptType)
	started := make(chan struct{})
	go func() {
		<-started
		for {
			if what, _ := th.BlockedOn(); what != "" {
				break
			}
			time.Sleep(time.Millisecond)
		}
		th.Interrupt(kb)
	}()
	close(started)
	err := forever(th)
	require.Same(t, kb, err)
	require.NoError(t, th.Checkpoint(), "an interrupt is delivered once")
}

func TestInterruptDuringJoinCancelsGroup(t *testing.T) {
	th := NewThread("main")
	kb := NewError(KeyboardInterruptType)
	var childErr atomic.Value
	err := group(t, th, func(g *ThreadGroup) error {
		spawnFn(t, g, th, func(c *Thread) error {
			for {
				if what, _ := th.BlockedOn(); what != "" {
					break
				}
				if err := c.Sleep(time.Millisecond); err != nil {
					return err
				}
			}
			th.Interrupt(kb)
			err := forever(c)
			childErr.Store(err)
			return err
		})
		return nil
	})
	require.Same(t, kb, err)
	require.True(t, IsCancelled(childErr.Load().(error)))
}

func TestBlockIsCancellable(t *testing.T) {
	th := NewThread("main")
	err := group(t, th, func(g *ThreadGroup) error {
		spawnFn(t, g, th, func(c *Thread) error {
			return c.Block("read from pipe", nil, func(cancel <-chan struct{}) error {
				<-cancel // a real reader would close its fd here
				return NewError(OSErrorType, "closed")
			})
		})
		g.Cancel()
		return nil
	})
	require.NoError(t, err)
}

func BenchmarkSpawnNoop(b *testing.B) {
	th := NewThread("main")
	fn := func(*Thread) (Value, error) { return None, nil }
	for i := 0; i < b.N; i++ {
		g := NewThreadGroup(th, 0, 0, "")
		_ = g.Enter(th)
		for j := 0; j < 100_000; j++ {
			if _, err := g.Spawn(th, fn, "", SpawnSite{}); err != nil {
				b.Fatal(err)
			}
		}
		if err := g.Exit(th, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheckpoint(b *testing.B) {
	th := NewThread("main")
	for i := 0; i < b.N; i++ {
		if th.Checkpoint() != nil {
			b.Fatal()
		}
	}
}

func BenchmarkSpawnSleepers(b *testing.B) {
	th := NewThread("main")
	fn := func(c *Thread) (Value, error) { return None, c.Sleep(100 * time.Millisecond) }
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		g := NewThreadGroup(th, 0, 0, "")
		_ = g.Enter(th)
		for j := 0; j < 100_000; j++ {
			if _, err := g.Spawn(th, fn, "", SpawnSite{}); err != nil {
				b.Fatal(err)
			}
		}
		if err := g.Exit(th, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// Cancelling a group wakes every sleeper, including those cancelled while
// they are entering Sleep. (The wake used to be a Reset(0) of the
// sleeper's pooled timer; about one wake in a million was lost and the
// group's join hung: TestNoLeaks in spindle/.) A lost wake shows as a
// round that does not end; the watchdog then fails with the stacks.
func TestCancelWakesEverySleeper(t *testing.T) {
	th := NewThread("main")
	done := make(chan struct{})
	go func() {
		defer close(done)
		for round := 0; round < 40; round++ {
			err := group(t, th, func(g *ThreadGroup) error {
				for i := 0; i < 250; i++ {
					spawnFn(t, g, th, func(c *Thread) error { return c.Sleep(time.Hour) })
					if i == 125 {
						g.Cancel() // later spawns are refused; earlier ones are sleeping or about to
						return nil
					}
				}
				return nil
			})
			if err != nil {
				t.Errorf("round %d: %v", round, err)
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(time.Minute):
		buf := make([]byte, 1<<20)
		t.Fatalf("a cancelled sleeper was not woken:\n%s", buf[:goruntime.Stack(buf, true)])
	}
}
