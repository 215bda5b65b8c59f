package runtime

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// withMain registers th as the main thread for the test.
func withMain(t *testing.T, name string) *Thread {
	th := NewMainThread(name)
	t.Cleanup(ClearMainThread)
	return th
}

func TestDeadlockLockOrder(t *testing.T) {
	th := withMain(t, "MainThread")
	l1, l2 := NewLock(false), NewLock(false)
	bothHeld := make(chan struct{}, 2)
	err := group(t, th, func(g *ThreadGroup) error {
		take := func(first, second *LockObject) func(c *Thread) error {
			return func(c *Thread) error {
				if _, err := first.Acquire(c, true, -1); err != nil {
					return err
				}
				bothHeld <- struct{}{}
				for len(bothHeld) < 2 {
					if err := c.Sleep(time.Millisecond); err != nil {
						return err
					}
				}
				_, err := second.Acquire(c, true, -1)
				return err
			}
		}
		_, err := g.Spawn(th, func(c *Thread) (Value, error) { return None, take(l1, l2)(c) }, "A", SpawnSite{})
		require.NoError(t, err)
		_, err = g.Spawn(th, func(c *Thread) (Value, error) { return None, take(l2, l1)(c) }, "B", SpawnSite{})
		require.NoError(t, err)
		return nil
	})
	require.True(t, IsExc(err, DeadlockErrorType), "%v", err)
	msg := err.Error()
	require.Contains(t, msg, "thread 'MainThread' waits on join of ThreadGroup")
	require.Contains(t, msg, "thread 'A' waits on Lock at")
	require.Contains(t, msg, "held by thread 'B'")
	require.Contains(t, msg, "thread 'B' waits on Lock at")
	require.Contains(t, msg, "held by thread 'A'")
}

func TestDeadlockQueueNobodyFeeds(t *testing.T) {
	th := withMain(t, "MainThread")
	q := NewQueue(0)
	_, err := q.Get(th, true, -1)
	require.True(t, IsExc(err, DeadlockErrorType), "%v", err)
	require.Contains(t, err.Error(), "thread 'MainThread' waits on Queue (get)")
}

func TestNoDeadlockWhileSomeoneSleepsOrATimerIsArmed(t *testing.T) {
	th := withMain(t, "MainThread")
	q := NewQueue(0)
	err := group(t, th, func(g *ThreadGroup) error {
		spawnFn(t, g, th, func(c *Thread) error {
			if err := c.Sleep(20 * time.Millisecond); err != nil {
				return err
			}
			return q.Put(c, MakeInt(1), true, -1)
		})
		v, err := q.Get(th, true, -1)
		require.Equal(t, MakeInt(1), v)
		return err
	})
	require.NoError(t, err)

	// A wait with a timeout is not a deadlock: it ends.
	_, err = q.Get(th, true, 10*time.Millisecond)
	require.True(t, IsExc(err, QueueEmptyType), "%v", err)
}

func TestDeadlockFutureWaitsOnItselfInDump(t *testing.T) {
	th := withMain(t, "MainThread")
	e := &Event{}
	release := make(chan struct{})
	err := group(t, th, func(g *ThreadGroup) error {
		_, err := g.Spawn(th, func(c *Thread) (Value, error) {
			_, err := e.Wait(c, -1)
			return None, err
		}, "waiter", SpawnSite{File: "x.sp", Line: 3, Func: "main"})
		require.NoError(t, err)
		_, err = g.Spawn(th, func(c *Thread) (Value, error) {
			<-release // "running" as far as the detector knows
			return None, nil
		}, "busy", SpawnSite{})
		require.NoError(t, err)
		for !strings.Contains(TakeDump(th).Text(), "waiting on Event") {
			require.NoError(t, th.Sleep(time.Millisecond))
		}
		d := TakeDump(th)
		text := d.Text()
		require.Contains(t, text, "Thread 'MainThread': running")
		require.Contains(t, text, "  ThreadGroup 'ThreadGroup-")
		require.Contains(t, text, "    Thread 'waiter': waiting on Event at")
		require.Contains(t, text, "    Thread 'busy': running")
		require.Contains(t, text, "Background group (0 threads)")
		var back Dump
		require.NoError(t, json.Unmarshal([]byte(d.JSON()), &back))
		require.Equal(t, "MainThread", back.Main.Name)
		require.Len(t, back.Main.Groups, 1)
		require.Len(t, back.Main.Groups[0].Threads, 2)
		close(release)
		e.Set()
		return nil
	})
	require.NoError(t, err)
}
