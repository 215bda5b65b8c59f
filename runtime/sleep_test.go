package runtime

import (
	"math/rand/v2"
	goruntime "runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Sleepers woken by their deadline and by cancellation racing it: every
// sleep ends (a lost wake-up shows as a round that never ends; the
// watchdog then fails with the stacks), an uncancelled sleep never ends
// before its deadline, and a cancelled one ends with Cancelled. Run it
// with -count=N (and -race) to stress the protocol of sleep.go.
func TestSleepWakeRaces(t *testing.T) {
	th := NewThread("main")
	var wakes atomic.Int64
	done := make(chan struct{})
	go func() {
		defer close(done)
		for round := 0; round < 20; round++ {
			err := group(t, th, func(g *ThreadGroup) error {
				var wg sync.WaitGroup
				for i := 0; i < 100; i++ {
					// Cancelled at a random moment of a run of short sleeps.
					wg.Add(1)
					inner := NewThreadGroup(th, 0, 0, "")
					spawnFn(t, g, th, func(c *Thread) error {
						defer wg.Done()
						return groupWith(t, c, inner, func(ig *ThreadGroup) error {
							for k := 0; k < 5; k++ {
								spawnFn(t, ig, c, func(c *Thread) error {
									for {
										err := c.Sleep(time.Duration(rand.IntN(50)) * time.Microsecond)
										wakes.Add(1)
										if err != nil {
											if !IsCancelled(err) {
												t.Errorf("sleep failed with %v", err)
											}
											return nil
										}
									}
								})
							}
							time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
							ig.Cancel()
							return nil
						})
					})
					// Never cancelled: each sleep lasts at least its time.
					spawnFn(t, g, th, func(c *Thread) error {
						for k := 0; k < 20; k++ {
							d := time.Duration(rand.IntN(40)) * time.Microsecond
							start := time.Now()
							if err := c.Sleep(d); err != nil {
								return err
							}
							wakes.Add(1)
							if el := time.Since(start); el < d {
								t.Errorf("slept %v, asked for %v", el, d)
							}
						}
						return nil
					})
				}
				wg.Wait()
				return nil
			})
			if err != nil {
				t.Errorf("round %d: %v", round, err)
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Minute):
		buf := make([]byte, 1<<20)
		t.Fatalf("a sleeper was not woken:\n%s", buf[:goruntime.Stack(buf, true)])
	}
	t.Logf("%d wake-ups", wakes.Load())
}

// A sleep far in the future is woken by cancellation, and its sleeper
// leaves its deadline heap: no driver goroutine stays behind.
func TestCancelledSleepLeavesNoDriver(t *testing.T) {
	th := NewThread("main")
	err := group(t, th, func(g *ThreadGroup) error {
		for i := 0; i < 100; i++ {
			spawnFn(t, g, th, func(c *Thread) error { return c.Sleep(time.Hour) })
		}
		time.Sleep(time.Millisecond)
		g.Cancel()
		return nil
	})
	if err != nil && !IsCancelled(err) {
		t.Fatal(err)
	}
	h := &sleeps
	deadline := time.Now().Add(10 * time.Second)
	for {
		h.mu.Lock()
		running, n := h.running, len(h.items)
		h.mu.Unlock()
		if !running && n == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d sleepers left, driver running %v", n, running)
		}
		time.Sleep(time.Millisecond)
	}
}
