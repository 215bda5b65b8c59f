package runtime

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// Deadlock detection (LANGUAGE.md §2.6).
//
// The program is deadlocked when every live thread waits on something
// only another thread could release (th.Wait: a lock, a mutex, a queue,
// an event, a future, a join) and no timer that could end such a wait is
// armed (a wait with a timeout, a timeout scope). Threads that sleep or
// are blocked in I/O (th.Block) are not waiting in that sense.
//
// Cheap side: three atomic counters (block.go): live counted threads,
// counted threads inside Wait, armed timers. A thread that starts waiting
// and a thread that ends compare them; only when waiting == live and no
// timer is armed does checkDeadlock run.
//
// Verification: under detectMu, walk the thread tree from the main thread
// (threaddump.go) and check that every thread is waiting and that neither
// its wait channel nor its wake channel is closed (a thread that has been
// granted but has not yet run still counts as waiting). The walk is valid
// when blockEpoch — bumped whenever a counted thread starts a wait, is
// spawned or ends — did not move while it ran and the counters still
// agree: a thread seen waiting can only be woken by a thread that is
// running, and a running thread would have had to start a new wait,
// spawn or end (moving the epoch) or still be running (breaking the
// counters). Then DeadlockError is posted to the main thread as an
// interrupt, with a report of who waits on what and who holds it.
//
// Once per deadlock: a main thread that catches DeadlockError and waits
// again on the same thing, while no other thread has started a wait or
// ended since (blockEpoch moved only by the main thread's own waits), is
// in the deadlock already reported, and is not interrupted again: it
// waits, as it would in CPython, until Ctrl-C or a signal ends it.
// Re-raising there turned `while True: try: t.join() except Exception:
// pass` into a loop burning a core. reported holds the main thread's
// waits reported at the current epoch, so alternating between two
// deadlocked waits does not loop either.

// DeadlockErrorType is `DeadlockError`, a RuntimeError.
var DeadlockErrorType = newExcType("DeadlockError", RuntimeErrorType)

// Holder is implemented by primitives that know which thread holds them
// (locks, mutexes) or must release them (a future's thread), for deadlock
// reports and dumps.
type Holder interface {
	Holder() *Thread
}

var (
	mainThread atomic.Pointer[Thread]
	detectMu   sync.Mutex

	// mainWaits counts the waits the main thread has started (each also
	// bumps blockEpoch): blockEpoch - mainWaits moves only when another
	// thread starts a wait or ends.
	mainWaits atomic.Uint64

	// reported is what the main thread waited on in the deadlocks
	// reported while blockEpoch - mainWaits was reportedEpoch (under
	// detectMu).
	reported      map[mainWait]bool
	reportedEpoch uint64
)

// mainWait identifies a wait of the main thread: its description and
// the object waited on.
type mainWait struct {
	what string
	obj  uintptr
}

// NewMainThread makes the program's main thread and registers it as the
// root of threads.dump() and of the deadlock detector.
func NewMainThread(name string) *Thread {
	th := NewThread(name)
	SetMainThread(th)
	return th
}

// SetMainThread registers th as the main thread (replacing any previous
// one, which stops being counted).
func SetMainThread(th *Thread) {
	th.ID()
	th.counted = true
	liveThreads.Add(1)
	if old := mainThread.Swap(th); old != nil {
		old.counted = false
		liveThreads.Add(-1)
	}
}

// ClearMainThread unregisters the main thread (at exit, and in tests).
func ClearMainThread() {
	if old := mainThread.Swap(nil); old != nil {
		old.counted = false
		liveThreads.Add(-1)
	}
}

// MainThread returns the registered main thread, or nil.
func MainThread() *Thread { return mainThread.Load() }

func countersSayDeadlock() bool {
	return blockedSync.Load() == liveThreads.Load() && armedTimers.Load() == 0
}

// checkDeadlock verifies a suspected deadlock and interrupts the main
// thread with DeadlockError when it is real.
func checkDeadlock() {
	main := mainThread.Load()
	if main == nil {
		return
	}
	detectMu.Lock()
	defer detectMu.Unlock()
	epoch := blockEpoch.Load()
	if !countersSayDeadlock() {
		return
	}
	waits := make([]waitInfo, 0, liveThreads.Load())
	ok := true
	n := 0
	walkThreads(main, func(th *Thread, _ *ThreadGroup) bool {
		if th.State() == StateDone {
			return true // ended; its group has not unlinked it yet
		}
		n++
		w, waiting := snapshotWait(th)
		if !waiting {
			ok = false
			return false
		}
		waits = append(waits, w)
		return true
	})
	if !ok || int64(n) != liveThreads.Load() || blockEpoch.Load() != epoch || !countersSayDeadlock() {
		return
	}
	if !firstReport(epoch-mainWaits.Load(), main) {
		return
	}
	main.Interrupt(NewError(DeadlockErrorType, "%s", deadlockReport(waits)))
}

// firstReport reports whether the verified deadlock, seen when the other
// threads' part of blockEpoch was others, has not been reported to main
// yet, and records it (under detectMu).
func firstReport(others uint64, main *Thread) bool {
	main.mu.Lock()
	var key mainWait
	if r := main.rare.Load(); r != nil {
		key.what = r.blockWhat
		if r.blockObj != nil {
			key.obj = Id(r.blockObj)
		}
	}
	main.mu.Unlock()
	if reported == nil || others != reportedEpoch {
		reported, reportedEpoch = map[mainWait]bool{}, others
	}
	if reported[key] {
		return false
	}
	reported[key] = true
	return true
}

// waitInfo is one line of a deadlock report.
type waitInfo struct {
	th     *Thread
	what   string
	holder *Thread
	code   *CodeInfo // where th waits (nil: no frame), formatted by deadlockReport
	line   int
}

// snapshotWait reports whether th is waiting with no wake-up pending.
func snapshotWait(th *Thread) (waitInfo, bool) {
	th.mu.Lock()
	defer th.mu.Unlock()
	r := th.rare.Load()
	if ThreadState(th.state.Load()) != StateWaiting || r == nil || r.blockCh == nil {
		return waitInfo{}, false
	}
	if chanClosed(r.blockCh) || (r.blockWake != nil && chanClosed(r.blockWake)) {
		return waitInfo{}, false
	}
	w := waitInfo{th: th, what: r.blockWhat}
	if h, ok := r.blockObj.(Holder); ok {
		w.holder = h.Holder()
	}
	if f := th.Top; f != nil && f.Code != nil {
		w.code, w.line = f.Code, int(f.Line)
	}
	return w, true
}

func chanClosed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// reportCollapse is the number of threads waiting alike (same object,
// holder and line) above which a report gives them one line: a pool of
// 10,000 workers idle on a queue nobody feeds.
const reportCollapse = 10

func deadlockReport(waits []waitInfo) string {
	sort.SliceStable(waits, func(i, j int) bool { return waits[i].th.id < waits[j].th.id })
	rests := make([]string, len(waits))
	alike := map[string][]int{} // rest of the line -> the waits saying it
	for i, w := range waits {
		rests[i] = waitText(w)
		alike[rests[i]] = append(alike[rests[i]], i)
	}
	var b strings.Builder
	b.WriteString("every thread is blocked:")
	for i, w := range waits {
		same := alike[rests[i]]
		switch {
		case len(same) <= reportCollapse:
			fmt.Fprintf(&b, "\n  thread '%s' waits on %s", w.th.Label(), rests[i])
		case same[0] == i:
			fmt.Fprintf(&b, "\n  %d threads ('%s', '%s', ..., '%s') wait on %s", len(same),
				w.th.Label(), waits[same[1]].th.Label(), waits[same[len(same)-1]].th.Label(), rests[i])
		}
	}
	writeReportCycles(&b, waits)
	return b.String()
}

// waitText is what a report says after "waits on": the object, its
// holder and where the thread waits.
func waitText(w waitInfo) string {
	var b strings.Builder
	b.WriteString(w.what)
	switch h := w.holder; {
	case h == w.th:
		// A thread that blocks on a (non-reentrant) Lock it holds.
		fmt.Fprintf(&b, ", held by thread '%s' itself", h.Label())
	case h != nil:
		b.WriteString(holderNote(w.what, h.Label(), h.State() == StateDone, "thread "))
	}
	if w.code != nil {
		fmt.Fprintf(&b, " (File \"%s\", line %d, in %s)", w.code.File, w.line, w.code.Name)
	} else if s := w.th.Site; s != nil && s.File != "" {
		// No Python frame (a built-in as the thread's target): where
		// it was started.
		fmt.Fprintf(&b, " (spawned at File \"%s\", line %d, in %s)", s.File, s.Line, s.Func)
	}
	return b.String()
}

// writeReportCycles ends a report with the cycles of threads waiting on
// each other (waitcycle.go).
func writeReportCycles(b *strings.Builder, waits []waitInfo) {
	names := make(map[uint64]string, len(waits))
	for _, w := range waits {
		names[w.th.id] = w.th.Label()
	}
	next := make(map[uint64]uint64, len(waits))
	for _, w := range waits {
		if h := w.holder; h != nil && names[h.id] != "" {
			next[w.th.id] = h.id
		} else {
			next[w.th.id] = 0
		}
	}
	for _, c := range waitCycles(next) {
		if len(c) > 1 { // a thread waiting on itself says so in its line
			b.WriteString("\n  cycle: " + cycleText(cycleNames(c, names)))
		}
	}
}
