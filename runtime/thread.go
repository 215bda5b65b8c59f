package runtime

import (
	"strconv"
	"sync"
	"sync/atomic"
)

// Thread is one virtual thread: one goroutine running Spindle code. Every
// compiled function receives the current Thread; it is never looked up
// from goroutine-local state.
//
// A Thread carries:
//   - the frame stack and call depth (Top, Depth; RecursionError);
//   - its cancellation scopes (scope, the innermost; see cancel.go) and
//     the one-word flag that Checkpoint reads;
//   - its current thread group (group; see threadgroup.go);
//   - its context variables (ctx, copied by pointer at spawn; see
//     contextvars.go);
//   - what it is blocked on (state, and blockWhat/blockObj/blockCh in
//     its rare fields, threadrare.go; see block.go), read by
//     threads.dump() and the deadlock detector;
//   - where it was spawned (Site), for "spawned at" traceback lines.
//
// Only the owning goroutine writes Top, Depth, ctx and locals. The fields
// under mu are written by the owner and read by other threads
// (cancellation, dumps, the deadlock detector).
//
// Memory: a spawned thread, its root cancel scope, its Future and its
// spawn site are one allocation (see SpawnSlot in threadgroup.go); maps
// and channels are allocated lazily, so a thread that never blocks costs
// a few hundred bytes on top of its goroutine.
type Thread struct {
	Top   *StackFrame // innermost executing frame
	Depth int32       // number of active Spindle calls (4 bytes: see TestSpawnSlotSize)

	// num is the N of an unnamed spawned thread's default name
	// "Thread-N" (NextThreadNumber); 0 for a named thread. It fills the
	// hole after Depth (TestSpawnSlotSize).
	num uint32

	// cancelFlag is checked at every loop back-edge and call
	// (Checkpoint). It is true while the innermost cancel scope is
	// cancelled or an interrupt is pending; kept current by refresh.
	cancelFlag flagWord
	state      atomic.Int32 // a ThreadState (next to cancelFlag: one word)

	// cleanup counts the finally blocks, except handlers and __exit__
	// calls this thread is running while a Cancelled or
	// KeyboardInterrupt unwinds it (see BeginCleanup). Only the thread's
	// own goroutine touches it.
	cleanup int32

	// ticks counts checkpoints (loop back-edges and calls); every 256th
	// takes Checkpoint's slow path, which counts in slowTicks, for the
	// periodic yield of gcyield.go. Only the thread's own goroutine
	// touches them.
	ticks     uint8
	slowTicks uint8

	// counted is true for threads the deadlock detector counts as live
	// (spawned threads and the registered main thread).
	counted bool

	id uint64

	// Site is where this thread was spawned, linked to its parent's
	// spawn site; nil for the main thread and for threads made with
	// NewThread.
	Site *SpawnSite

	mu    sync.Mutex
	scope *CancelScope // innermost cancellation scope (nil: none)
	group *ThreadGroup // current group (nil: the background group)
	sleep *sleeper     // the sleep in progress, until it is woken (sleep.go)

	// rare holds what few threads use (waits, interrupts, pending
	// calls, Obj, threading.local, spawn pacing), made at the first use
	// (threadrare.go).
	rare atomic.Pointer[threadRare]

	env      *Env                   // the interpreter (nil: the default Env)
	ctx      *ctxMap                // context variables (immutable map, copy on write)
	home     *ThreadGroup           // the group this thread was spawned into
	fut      atomic.Pointer[Future] // this thread's future (spawned threads; made on demand, see Future)
	root     *CancelScope           // this thread's root scope (spawned threads)
	prev     *Thread                // links in home's list of threads
	next     *Thread
	exitNext *Thread // link in home's stack of ended threads
}

// ThreadState is what a thread is doing, for dumps.
type ThreadState int32

// Thread states.
const (
	StateRunning  ThreadState = iota
	StateSleeping             // in Sleep
	StateWaiting              // in Wait: on a lock, queue, future, join...
	StateBlocked              // in Block: I/O, subprocess, anything external
	StateDone
)

func (s ThreadState) String() string {
	switch s {
	case StateRunning:
		return "running"
	case StateSleeping:
		return "sleeping"
	case StateWaiting:
		return "waiting"
	case StateBlocked:
		return "blocked"
	case StateDone:
		return "done"
	}
	return "?"
}

// SpawnSite is the place where a thread was spawned: the file, line and
// function of the `async:` block or spawn() call, and the spawn site of
// the thread that spawned it (nil for a thread spawned by the main
// thread), so that tracebacks can print the whole chain of
// "spawned at" lines.
type SpawnSite struct {
	File   string
	Line   int
	Func   string
	Parent *SpawnSite
}

// StackFrame is the part of an executing frame the runtime needs for
// tracebacks and thread dumps: the code's name and file, and the line
// being executed, and the exception being handled there. The
// interpreter's frames embed it and keep Line and Handling current.
type StackFrame struct {
	Parent *StackFrame
	Code   *CodeInfo
	Line   int
	// Handling is the exception being handled by the innermost except
	// clause running in this frame or, inherited at the call, in a
	// caller (bare raise, implicit __context__, sys.exc_info()).
	Handling *Exception
}

// HandledException is the exception the innermost frame of th is
// handling (sys.exception()), or nil.
func (th *Thread) HandledException() *Exception {
	if th == nil || th.Top == nil {
		return nil
	}
	return th.Top.Handling
}

// CodeInfo describes a piece of compiled code (a module body, a function,
// a lambda, a comprehension).
type CodeInfo struct {
	Name     string // "<module>", "f", "<lambda>", "<listcomp>"
	Qualname string
	File     string
	Line     int // first line
}

// RecursionLimit returns the default Env's recursion limit.
func RecursionLimit() int { return defaultEnv.RecursionLimit() }

// SetRecursionLimit sets the default Env's recursion limit.
func SetRecursionLimit(n int) { defaultEnv.SetRecursionLimit(n) }

// threadIDs numbers threads for their identifiers (ID).
var threadIDs atomic.Uint64

// threadNumbers numbers the threads that get a default name, as
// CPython's threading._counter: only unnamed threads take a number, so
// the first unnamed thread is "Thread-1" however many named threads came
// before it. threading.Thread and spawns share it.
var threadNumbers atomic.Uint32

// NextThreadNumber returns the N of the next default thread name
// "Thread-N".
func NextThreadNumber() uint32 { return threadNumbers.Add(1) }

// NewThread makes a thread with an empty frame stack, in no group and no
// cancel scope. It is not counted by the deadlock detector; the
// interpreter makes the main thread with NewMainThread.
func NewThread(name string) *Thread {
	th := &Thread{}
	if name != "" {
		th.SetName(name)
	}
	return th
}

// ID returns the thread's number (threading.get_ident()).
func (th *Thread) ID() uint64 {
	if th.id == 0 {
		th.id = threadIDs.Add(1)
	}
	return th.id
}

// Label returns the thread's name, or "Thread-N" when it has none.
func (th *Thread) Label() string {
	if r := th.rare.Load(); r != nil && r.name != "" {
		return r.name
	}
	return "Thread-" + strconv.FormatUint(uint64(th.num), 10)
}

// State returns what the thread is doing.
func (th *Thread) State() ThreadState { return ThreadState(th.state.Load()) }

// Future returns the future of a spawned thread (nil for the main
// thread and threads made with NewThread).
//
// Spawn and SpawnDetached make a thread's future with it (they return
// it); an async: block's thread (SpawnTask) has none until someone asks
// here, e.g. threading.current_thread() in the block: 56 bytes less per
// thread, most of which nobody waits on (bench/SPAWN.md). A thread that
// ended without one leaves noFuture behind, and gets a completed future
// with value None (its exception, if any, went to its group).
func (th *Thread) Future() *Future {
	if th.home == nil {
		return nil
	}
	f := th.fut.Load()
	if f == nil {
		if nf := (&Future{th: th}); th.fut.CompareAndSwap(nil, nf) {
			return nf
		}
		f = th.fut.Load()
	}
	if f == &noFuture {
		return &Future{th: th, done: true, val: None}
	}
	return f
}

// noFuture marks a thread that ended before anyone asked for its future.
var noFuture Future

// Enter pushes a frame for a call and checks the recursion limit. Every
// successful Enter must be matched by Leave.
func (th *Thread) Enter(f *StackFrame) error {
	if int(th.Depth) >= th.depthLimit() {
		return NewError(RecursionErrorType, "maximum recursion depth exceeded")
	}
	th.Depth++
	f.Parent = th.Top
	th.Top = f
	return nil
}

// Leave pops the frame pushed by Enter.
func (th *Thread) Leave(f *StackFrame) {
	th.Depth--
	th.Top = f.Parent
}

// Checkpoint is called at every loop back-edge and call; it returns
// Cancelled when the thread's innermost cancel scope is cancelled (every
// time: cancellation is level-triggered), or a pending interrupt
// (KeyboardInterrupt, DeadlockError) once. The fast path is one atomic
// load, an increment and two branches that are rarely taken.
func (th *Thread) Checkpoint() error {
	if raceEnabled {
		return th.checkpointRace()
	}
	if th.ticks++; th.ticks != 0 && atomic.LoadUint32(&th.cancelFlag.v) == 0 {
		return nil
	}
	return th.checkpointSlow()
}

// IterCheckpoint is the checkpoint of a native iterator that can produce
// items without bound and without running any Python code (range,
// itertools.count/repeat/cycle, iter(int, 1)): sum(range(10**12)) or
// max(itertools.count()) loop inside Go, with no loop back-edge or call
// for a cancellation, a timeout or Ctrl-C to stop at. The iterator passes
// a count of its items (n); the check runs at every 256th item (256
// items take microseconds): a Checkpoint call per item made
// sum(range(10**7)) about 10% slower, this costs nothing measurable.
// th may be nil (Go code iterating outside any thread).
func IterCheckpoint(th *Thread, n uint64) error {
	if n%256 != 0 {
		return nil
	}
	return iterCheckpoint(th)
}

// iterCheckpoint is IterCheckpoint's rare path, kept out of line so that
// IterCheckpoint inlines into the iterators.
//
//go:noinline
func iterCheckpoint(th *Thread) error {
	if th == nil {
		return nil
	}
	return th.Checkpoint()
}

// checkpointRace is Checkpoint in a race-detector build, where it does
// not count ticks: the code of a generator resumed by another thread
// runs with the Thread that made it (suspended.go), so two goroutines
// may take checkpoints on one Thread at once. The counter only paces
// gcyield.go's yields, and a lost count or two is harmless, but the
// detector would report every such program. So race builds check the
// flag alone and never yield (only their speed differs).
func (th *Thread) checkpointRace() error {
	if th.cancelFlag.Load() && th.cleanup == 0 {
		return th.cancelError()
	}
	return nil
}

// flagWord is an atomic boolean like atomic.Bool whose word Checkpoint
// reads directly: through atomic.Bool's method it would not be inlined
// (the inliner's budget counts the nested call).
type flagWord struct{ v uint32 }

func (f *flagWord) Load() bool { return atomic.LoadUint32(&f.v) != 0 }

func (f *flagWord) Store(b bool) {
	var v uint32
	if b {
		v = 1
	}
	atomic.StoreUint32(&f.v, v)
}

// checkpointSlow is Checkpoint's slow path: taken when cancelFlag is set,
// and every 256 checkpoints, where every yieldEvery checkpoints it may
// yield to the garbage collector (gcyield.go).
func (th *Thread) checkpointSlow() error {
	if th.ticks == 0 {
		if th.slowTicks++; th.slowTicks%(yieldEvery/256) == 0 {
			th.yieldToGC()
		}
	}
	if th.cancelFlag.Load() && th.cleanup == 0 {
		return th.cancelError()
	}
	return nil
}

// BeginCleanup is called by compiled code before it runs a finally block,
// an except handler or a context manager's __exit__ for err. When err is
// a Cancelled or a KeyboardInterrupt, the calls and loop iterations of
// that cleanup code stop being checkpoints until EndCleanup, so that it
// can print, close files and update state while the thread unwinds
// (blocking calls still raise Cancelled: cleanup that must block uses
// `with shield():`). It reports whether it took effect; only then must
// EndCleanup be called.
func (th *Thread) BeginCleanup(err error) bool {
	e, ok := err.(*Exception)
	if !ok || !(e.Class.IsSubtype(CancelledType) || e.Class.IsSubtype(KeyboardInterruptType)) {
		return false
	}
	th.cleanup++
	return true
}

// EndCleanup ends the cleanup begun by a successful BeginCleanup.
func (th *Thread) EndCleanup() { th.cleanup-- }

// cancelError is the slow path of Checkpoint.
func (th *Thread) cancelError() error {
	if err := th.runPendingCalls(); err != nil {
		return err
	}
	th.mu.Lock()
	defer th.mu.Unlock()
	if r := th.rare.Load(); r != nil && r.interrupt != nil {
		e := r.interrupt
		r.interrupt = nil
		th.updateFlagLocked()
		return e
	}
	if th.scope != nil && th.scope.effective.Load() {
		return NewCancelled()
	}
	th.cancelFlag.Store(false)
	return nil
}

// cancelled reports whether the innermost scope is cancelled (ignoring
// interrupts).
func (th *Thread) cancelled() bool {
	th.mu.Lock()
	defer th.mu.Unlock()
	return th.scope != nil && th.scope.effective.Load()
}

// refresh recomputes cancelFlag from the innermost scope and the pending
// interrupt, and wakes the thread's blocking call when it became set.
// Called by whoever changed either (the owner pushing or popping a scope,
// a canceller marking a scope cancelled).
func (th *Thread) refresh() {
	th.mu.Lock()
	th.updateFlagLocked()
	th.mu.Unlock()
}

func (th *Thread) updateFlagLocked() {
	r := th.rare.Load()
	c := (r != nil && r.interrupt != nil) || (th.scope != nil && th.scope.effective.Load())
	th.cancelFlag.Store(c || (r != nil && len(r.calls) > 0)) // PostCall sets it without waking
	if !c {
		return
	}
	if r != nil && r.wake != nil {
		close(r.wake)
		r.wake = nil
	}
	th.wakeSleepLocked()
}

// closedChan is a channel that is always closed.
var closedChan = func() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}()

// cancelChanLocked returns a channel that is closed when the thread is
// cancelled or interrupted (already closed if it is now).
func (th *Thread) cancelChanLocked() <-chan struct{} {
	if th.cancelFlag.Load() {
		return closedChan
	}
	r := th.more()
	if r.wake == nil {
		r.wake = make(chan struct{})
	}
	return r.wake
}

// interruptChanLocked returns a channel closed when an interrupt is
// pending (for waits that ignore cancellation).
func (th *Thread) interruptChanLocked() <-chan struct{} {
	r := th.more()
	if r.interrupt != nil {
		return closedChan
	}
	if r.intr == nil {
		r.intr = make(chan struct{})
	}
	return r.intr
}

// Interrupt posts an exception to the thread: its next checkpoint or
// blocking call (even one that ignores cancellation) raises it, once.
// Used for KeyboardInterrupt and DeadlockError in the main thread.
func (th *Thread) Interrupt(e *Exception) {
	th.mu.Lock()
	r := th.more()
	r.interrupt = e
	if r.intr != nil {
		close(r.intr)
		r.intr = nil
	}
	th.updateFlagLocked()
	th.mu.Unlock()
}

// takeInterrupt removes and returns the pending interrupt, if any.
func (th *Thread) takeInterrupt() *Exception {
	th.mu.Lock()
	defer th.mu.Unlock()
	r := th.rare.Load()
	if r == nil || r.interrupt == nil {
		return nil
	}
	e := r.interrupt
	r.interrupt = nil
	th.updateFlagLocked()
	return e
}

// Group returns the thread's current group: the innermost group it has
// entered, else the group it was spawned into, else the background group.
func (th *Thread) Group() *ThreadGroup {
	th.mu.Lock()
	g := th.group
	th.mu.Unlock()
	if g == nil {
		return th.Env().background
	}
	return g
}

// ownGroup is Group called by th itself: th.group is written only by
// th (ThreadGroup.Enter and Exit) or before th starts, so its own
// goroutine reads it without the lock (one lock less per spawn).
func (th *Thread) ownGroup() *ThreadGroup {
	if g := th.group; g != nil {
		return g
	}
	return th.Env().background
}

// CurrentGroup is th.Group().
func CurrentGroup(th *Thread) *ThreadGroup { return th.Group() }

// Spawn starts fn on a new thread in th's current group (the background
// group when there is none). See ThreadGroup.Spawn. th is the calling
// thread.
func (th *Thread) Spawn(fn func(child *Thread) (Value, error), name string, site SpawnSite) (*Future, error) {
	return th.ownGroup().Spawn(th, fn, name, site)
}

// SpawnTask is ThreadGroup.SpawnTask in th's current group; th is the
// calling thread.
func (th *Thread) SpawnTask(slot *SpawnSlot, task Task, name string, site *SpawnSite) error {
	return th.ownGroup().SpawnTask(th, slot, task, name, site)
}

// siteOf returns the spawn site for a spawn made by th now: site as
// given, or th's current frame when site is empty, linked to th's own
// spawn site.
func siteOf(th *Thread, site SpawnSite) SpawnSite {
	if site.File == "" && site.Line == 0 && th.Top != nil && th.Top.Code != nil {
		site.File, site.Line, site.Func = th.Top.Code.File, th.Top.Line, th.Top.Code.Name
	}
	site.Parent = th.Site
	return site
}
