package runtime

import (
	"runtime"
	"sync"
	"time"
)

// The deadline heap of sleeping threads (see sleep.go for the
// protocol). A sleeper is pushed on one min-heap; its driver goroutine,
// running while the heap is not empty, waits on one Go timer for the
// earliest wake-up and wakes the due sleepers in order. The sleeping
// thread itself only takes the heap's lock and appends an entry
// (deadlines mostly arrive in increasing order), so its stack stays
// short, and the Go runtime holds one timer rather than one per
// sleeper. One heap, not one per P: every wake-up is a run of the
// driver goroutine, and with several heaps the driver runs several
// times as often (100k threads spawned in a loop, each sleeping 0.5 s:
// 2 heaps cost 19% more CPU than 1, 8 heaps more still).
//
// A sleep may end up to its slack (1/16 of it, at most 1 ms) after its
// deadline, never before: the heap is ordered by deadline + slack, the
// driver sleeps until the first of those and then wakes every sleeper
// whose deadline has passed, so sleepers whose deadlines are close
// together (threads spawned in a loop) are woken by one run of the
// driver rather than one each.
//
// Like the runtime's timer heaps, the heap is 4-ary with the deadline
// stored in the entry (a sift touches contiguous entries, not the
// sleepers), and a sleeper woken by cancellation is not taken out: it
// is marked dead and dropped when popped, or all dead entries at once
// when they are half the heap (so cancelled long sleeps do not pile up,
// and a heap of only dead entries empties and lets its driver stop).

// sleepSlack returns how late a sleep of d may end.
func sleepSlack(d int64) int64 {
	return min(d/16, int64(time.Millisecond))
}

// sleepDeliverBatch bounds how many due sleepers the driver pops per
// hold of the heap's lock; it wakes them after releasing it, so that
// threads going to sleep meanwhile wait neither for a whole expiring
// crowd nor for the wake-ups (a channel send and a goready each).
const sleepDeliverBatch = 16

// sleeps is the deadline heap of every sleeping thread.
var sleeps = sleepHeap{kick: make(chan struct{}, 1)}

// sleepEpoch is the origin of sleepClock.
var sleepEpoch = time.Now()

// sleepClock is monotonic time in nanoseconds.
func sleepClock() int64 { return int64(time.Since(sleepEpoch)) }

// sleepHeap is a min-heap of sleepers by deadline and its driver.
type sleepHeap struct {
	mu      sync.Mutex
	items   []sleepEntry
	dead    int           // entries marked dead (killed)
	running bool          // a driver goroutine serves the heap
	timer   *time.Timer   // the driver's timer (made by its first driver)
	kick    chan struct{} // capacity 1: the earliest deadline changed
}

type sleepEntry struct {
	when int64 // deadline, in sleepClock nanoseconds
	late int64 // when + the sleep's slack: the heap's order
	s    *sleeper
}

// push adds s with deadline when, to be woken by late, starting a
// driver when the heap has none and waking it when s is now first.
//
// It runs on the stack of a thread about to park, near the end of Go's
// initial 2 KB: a contended Lock would park it in the runtime's
// semaphore (a sudog malloc, deep frames) and copy its stack, so while
// the lock is held (the driver popping, another thread pushing; briefly
// either way) it yields instead.
func (h *sleepHeap) push(s *sleeper, when, late int64) {
	for !h.mu.TryLock() {
		runtime.Gosched()
	}
	h.items = append(h.items, sleepEntry{when, late, s})
	top := h.up(len(h.items)-1) == 0
	if !h.running {
		h.running = true
		go h.drive()
	} else if top {
		h.kickLocked()
	}
	h.mu.Unlock()
}

// kill marks s, woken by cancellation, dead: the driver will not wake
// it. When dead entries are half the heap they are all removed.
func (h *sleepHeap) kill(s *sleeper) {
	h.mu.Lock()
	if !s.off {
		s.killed = true
		h.dead++
		if 2*h.dead >= len(h.items) {
			h.dropDead()
			h.kickLocked() // the earliest deadline changed, or none is left
		}
	}
	h.mu.Unlock()
}

// dropDead removes every dead entry and restores the heap order.
func (h *sleepHeap) dropDead() {
	live := h.items[:0]
	for _, e := range h.items {
		if !e.s.killed {
			live = append(live, e)
		} else {
			e.s.off = true
		}
	}
	clear(h.items[len(live):])
	h.items = live
	h.dead = 0
	for i := (len(live) - 2) / 4; i >= 0 && len(live) > 1; i-- {
		h.down(i)
	}
}

func (h *sleepHeap) kickLocked() {
	select {
	case h.kick <- struct{}{}:
	default: // a kick is pending already
	}
}

// drive wakes the heap's sleepers at their deadlines until the heap is
// empty.
func (h *sleepHeap) drive() {
	var due [sleepDeliverBatch]*sleeper
	for {
		h.mu.Lock()
		now := sleepClock()
		for len(h.items) > 0 && h.items[0].when <= now {
			n := 0
			for n < len(due) && len(h.items) > 0 && h.items[0].when <= now {
				if s := h.pop(); s.killed {
					h.dead--
				} else {
					due[n] = s
					n++
				}
			}
			h.mu.Unlock()
			for i, s := range due[:n] {
				s.fire()
				due[i] = nil
			}
			h.mu.Lock()
		}
		if len(h.items) == 0 {
			h.running = false
			if cap(h.items) > 1024 {
				h.items = nil
			}
			if h.timer != nil {
				h.timer.Stop()
			}
			h.mu.Unlock()
			return
		}
		wait := time.Duration(h.items[0].late - now)
		if h.timer == nil {
			h.timer = time.NewTimer(wait)
		} else {
			h.timer.Reset(wait)
		}
		t := h.timer
		h.mu.Unlock()
		select {
		case <-t.C:
		case <-h.kick:
		}
	}
}

// pop removes and returns the sleeper with the earliest deadline.
func (h *sleepHeap) pop() *sleeper {
	s := h.items[0].s
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items[last] = sleepEntry{}
	h.items = h.items[:last]
	if last > 0 {
		h.down(0)
	}
	s.off = true
	return s
}

// up moves the entry at i towards the root; it returns its new index.
func (h *sleepHeap) up(i int) int {
	items := h.items
	e := items[i]
	for i > 0 {
		p := (i - 1) / 4
		if items[p].late <= e.late {
			break
		}
		items[i] = items[p]
		i = p
	}
	items[i] = e
	return i
}

func (h *sleepHeap) down(i int) {
	items := h.items
	n := len(items)
	e := items[i]
	for {
		c := 4*i + 1
		if c >= n {
			break
		}
		m := c
		for k := c + 1; k < c+4 && k < n; k++ {
			if items[k].late < items[m].late {
				m = k
			}
		}
		if e.late <= items[m].late {
			break
		}
		items[i] = items[m]
		i = m
	}
	items[i] = e
}
