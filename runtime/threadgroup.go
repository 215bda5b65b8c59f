package runtime

import (
	"cmp"
	"fmt"
	"runtime/debug"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// Thread groups (LANGUAGE.md §2.2–2.4, §2.7).
//
// # API for the interpreter
//
// `await:` is exactly `with ThreadGroup():`. Compile it as
//
//	g := runtime.NewThreadGroup(th, 0, 0, "")
//	if err := g.Enter(th); err != nil { return err }
//	bodyErr := body(th)              // the block, on the same thread
//	return g.Exit(th, bodyErr)       // join; returns the error to raise
//
// Exit waits for every thread of the group and returns nil, or the error
// the `await:` statement raises: the first failure itself (later ones in
// its Suppressed list), a TimeoutError, or a Cancelled that belongs to an
// outer scope. A Cancelled caused by the group's own cancellation
// (g.Cancel(), a failure, its timeout) is absorbed.
//
// `async:` spawns a hidden closure into the current group:
//
//	fut, err := th.Spawn(func(child *runtime.Thread) (runtime.Value, error) {
//		... run the block on child (its own frames, child.Top) ...
//		return runtime.None, err
//	}, "", runtime.SpawnSite{File: f, Line: n, Func: fn})
//
// (the interpreter uses th.SpawnTask, whose SpawnSlot and Task are the
// block's own frame: one allocation per block). th.Spawn is
// runtime.CurrentGroup(th).Spawn(th, ...): the innermost
// group th is in, else the background group. The child Thread inherits
// th's context variables and cancellation scopes. A zero SpawnSite is
// filled from th.Top. Spawn may block (max_concurrency; a checkpoint)
// and fails with Cancelled when th is cancelled or the group has failed
// or been cancelled, and with RuntimeError when the group has finished.
//
// At program exit the interpreter calls JoinBackground(main) and exits 1
// when BackgroundFailed() (an exception in a background thread, already
// printed as "Exception in thread NAME:" and its traceback).
//
// # Design
//
// A group owns a CancelScope that is pushed on its owner thread (the
// thread that runs the block) from Enter to Exit; each spawned thread's
// root scope is a child of it, so g.scope.Cancel() reaches the block's
// own code, every thread of the group and, transitively, the groups they
// opened. Each group has its own mutex and counters; nothing global is
// locked on the spawn path (two atomic counters and an id are bumped).
type ThreadGroup struct {
	name    string
	id      uint64 // numbers a nameless group's "ThreadGroup-N", in creation order
	maxConc int
	scope   CancelScope
	timeout time.Duration
	owner   *Thread      // the thread running the block (nil: background)
	outer   *ThreadGroup // owner's current group before Enter
	bg      bool         // the background group
	obj     *Instance    // the ThreadGroup subclass's object carrying g, or nil

	// word packs the group's state (top byte) and the number of its
	// threads that have not ended (the rest), so that a spawn can check
	// "not finished" and count itself in one CAS, with no lock.
	word atomic.Int64

	// Live threads, for cancellation, dumps and the deadlock detector:
	// a list under listMu. Neither a spawner nor an ending thread waits
	// for listMu: the spawner pushes the new thread on the lock-free
	// stack added, an ending thread pushes itself on exited, and whoever
	// holds listMu next (the ending thread itself when TryLock succeeds,
	// a walker) links the added threads and unlinks the exited ones.
	listMu  sync.Mutex
	threads *Thread
	added   atomic.Pointer[Thread] // linked through Thread.next
	exited  atomic.Pointer[Thread] // linked through Thread.exitNext

	mu         sync.Mutex
	active     int           // threads holding a max_concurrency slot
	slots      waitq         // spawners waiting for a slot
	idle       chan struct{} // closed when the running count drops to 0
	first      *Exception
	suppressed []*Exception
	failed     bool
	cancelled  bool
}

// Measured on 2 cores spawning 100k no-op threads: with the list under
// the group's mutex, ending threads and the spawner convoyed on it (4.7
// µs per spawn; plain goroutines + WaitGroup: 0.6 µs). With the lock-free
// running count and the exited stack, nobody parks on listMu in that
// benchmark. With the added stack the spawner does not take listMu at
// all (it swept the exited threads and convoyed with the enders' sweeps
// on the list's cache lines: CPU of 1M no-op async: blocks, see
// bench/SPAWN.md).

type groupState int64

const (
	groupNew      groupState = iota // made, not entered
	groupOpen                       // block running
	groupJoining                    // block ended, waiting for threads
	groupFinished                   // every thread ended after the block

	stateShift   = 56
	runningMask  = 1<<stateShift - 1
	runningDelta = 1
)

func (g *ThreadGroup) load() (groupState, int64) {
	w := g.word.Load()
	return groupState(w >> stateShift), w & runningMask
}

// setState moves the group to st, keeping the running count.
func (g *ThreadGroup) setState(st groupState) {
	for {
		w := g.word.Load()
		if g.word.CompareAndSwap(w, int64(st)<<stateShift|w&runningMask) {
			return
		}
	}
}

// addRunning counts a new thread, or returns why the group refuses it.
func (g *ThreadGroup) addRunning() error {
	for {
		w := g.word.Load()
		if err := g.refuse(groupState(w >> stateShift)); err != nil {
			return err
		}
		if g.word.CompareAndSwap(w, w+runningDelta) {
			return nil
		}
	}
}

// refuse returns the error for a spawn into g in state st.
func (g *ThreadGroup) refuse(st groupState) error {
	switch {
	case st == groupFinished:
		return NewError(RuntimeErrorType, "cannot spawn into ThreadGroup '%s': it has finished", g.Name())
	case g.scope.effective.Load():
		return NewCancelled()
	case st == groupNew:
		return NewError(RuntimeErrorType, "ThreadGroup '%s' has not been entered (use it in a with statement)", g.Name())
	}
	return nil
}

// ThreadGroupType is `ThreadGroup`.
var ThreadGroupType = NewBuiltinType("ThreadGroup", nil)

// Type returns ThreadGroupType.
func (*ThreadGroup) Type() *Type { return ThreadGroupType }

// NewThreadGroup makes a group, not yet entered. maxConcurrency <= 0
// means unlimited; timeout <= 0 means none; name "" gets a default.
// th is the thread making it (unused today; kept so the interpreter's
// call does not change when groups learn more about their creator).
func NewThreadGroup(th *Thread, maxConcurrency int, timeout time.Duration, name string) *ThreadGroup {
	g := &ThreadGroup{name: name, maxConc: maxConcurrency, timeout: timeout}
	if name == "" {
		// Numbered now, formatted when first asked: numbering at the
		// first join wait or report made the names depend on timing.
		g.id = groupIDs.Add(1)
	}
	g.scope.group = g
	return g
}

var groupIDs atomic.Uint64

// Name returns the group's name ("ThreadGroup-N" by default).
func (g *ThreadGroup) Name() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.nameLocked()
}

func (g *ThreadGroup) nameLocked() string {
	if g.name == "" {
		g.name = "ThreadGroup-" + strconv.FormatUint(g.id, 10)
	}
	return g.name
}

// Scope returns the group's cancel scope.
func (g *ThreadGroup) Scope() *CancelScope { return &g.scope }

// Enter opens the group on th: th's current group becomes g and g's
// scope becomes th's innermost cancel scope.
func (g *ThreadGroup) Enter(th *Thread) error {
	if !g.word.CompareAndSwap(int64(groupNew)<<stateShift, int64(groupOpen)<<stateShift) {
		return NewError(RuntimeErrorType, "ThreadGroup has already been entered")
	}
	g.owner = th
	if g.timeout > 0 {
		g.scope.deadline = deadlineAfter(g.timeout)
	}
	th.mu.Lock()
	g.outer = th.group
	th.group = g
	th.mu.Unlock()
	g.scope.Enter(th)
	return nil
}

// OpenOn reports whether g has been entered by th and not exited yet.
func (g *ThreadGroup) OpenOn(th *Thread) bool {
	st, _ := g.load()
	return st == groupOpen && g.owner == th
}

// Exit ends the block: bodyErr is the exception the block raised (nil
// when it completed). It records a failure of the body, waits for every
// thread of the group, restores th's group and scope, and returns what
// the block's statement raises (see the API comment above).
func (g *ThreadGroup) Exit(th *Thread, bodyErr error) error {
	// g.__exit__() called by hand out of turn:
	if g.bg {
		return NewError(RuntimeErrorType, "the background group has no with block to exit")
	}
	if st, _ := g.load(); st != groupOpen {
		return NewError(RuntimeErrorType, "ThreadGroup '%s' is not open: __exit__ without __enter__, or called twice", g.Name())
	}
	mine := false
	if bodyErr != nil {
		if IsCancelled(bodyErr) {
			mine = g.scope.absorbs()
			g.scope.Cancel() // the block is leaving: stop its threads
		} else {
			g.fail(AsException(bodyErr))
		}
	}
	g.setState(groupJoining)
	if err := g.join(th); err != nil {
		g.fail(AsException(err))
	}
	th.mu.Lock()
	if th.group == g {
		th.group = g.outer
	}
	th.mu.Unlock()
	parentCancelled := g.scope.parentCancelled()
	g.scope.pop(th)

	g.mu.Lock()
	first, supp := g.first, g.suppressed
	g.suppressed = nil
	g.mu.Unlock()
	switch {
	case first != nil:
		first.Suppressed = append(first.Suppressed, supp...)
		return first
	case bodyErr != nil && IsCancelled(bodyErr) && !mine:
		return bodyErr
	case parentCancelled:
		if bodyErr != nil {
			return bodyErr
		}
		return NewCancelled()
	case g.scope.TimedOut():
		return NewError(TimeoutErrorType)
	}
	return nil
}

// join waits until every thread of the group has ended. A cancelled
// wait (the group or an outer scope was cancelled: the threads are being
// cancelled too) continues ignoring cancellation; an interrupt is
// returned at once after cancelling the group, and the join then
// completes ignoring further cancellation (a second interrupt abandons
// it).
func (g *ThreadGroup) join(th *Thread) error {
	mode := waitCancellable
	var intr error
	for {
		w := g.word.Load()
		if w&runningMask == 0 {
			if !g.bg && !g.word.CompareAndSwap(w, int64(groupFinished)<<stateShift) {
				continue // a spawn came in
			}
			return intr
		}
		g.mu.Lock()
		if g.idle == nil {
			g.idle = make(chan struct{})
		}
		idle := g.idle
		_, running := g.load()
		g.mu.Unlock()
		if running == 0 {
			continue
		}
		_, err := th.wait(idle, -1, "join of ThreadGroup '"+g.Name()+"'", g, mode, nil)
		if err == nil {
			continue
		}
		if IsCancelled(err) {
			mode = waitInterrupts
			continue
		}
		if intr != nil {
			return intr // second interrupt: give up waiting
		}
		intr = err
		g.scope.Cancel()
		mode = waitInterrupts
	}
}

// fail records a failure and cancels the group (fail-fast).
func (g *ThreadGroup) fail(e *Exception) {
	g.mu.Lock()
	if g.first == nil {
		g.first = e
	} else if e != g.first {
		g.suppressed = append(g.suppressed, e)
	}
	g.failed = true
	g.mu.Unlock()
	g.scope.Cancel()
}

// Cancel cancels every thread of the group and the block itself; the
// group then ends without raising. The background group has no block
// and never ends: its threads running now are cancelled, each through
// its own root scope (as Future.cancel), and it stays open for later
// spawns.
func (g *ThreadGroup) Cancel() {
	if g.bg {
		for _, c := range g.Threads() {
			c.root.Cancel()
		}
		return
	}
	g.mu.Lock()
	g.cancelled = true
	g.mu.Unlock()
	g.scope.Cancel()
}

// A Task is the code a spawned thread runs: Run is called once, on the
// new thread, and its result completes the thread's Future.
type Task interface {
	Run(child *Thread) (Value, error)
}

// TaskFunc adapts a function to Task (a func value converts to an
// interface without allocating).
type TaskFunc func(child *Thread) (Value, error)

// Run calls f.
func (f TaskFunc) Run(child *Thread) (Value, error) { return f(child) }

// SpawnSlot is the memory of one spawned thread: the Thread, its root
// cancel scope and its Future, in one allocation. A caller that
// allocates something per spawn anyway (the interpreter's async: task)
// embeds a SpawnSlot in it, so that the thread and the caller's task are
// one object; Spawn allocates a spawnBundle (a slot and the site).
// A slot is used by one spawn only and must not be copied.
//
// Measured on 300k no-op async: blocks: the thread, the block's frame
// and two closures were four objects (816 bytes) per thread.
type SpawnSlot struct {
	th    Thread
	scope CancelScope
	task  Task
}

// spawnBundle is a SpawnSlot with its Future and spawn site, for Spawn
// and SpawnDetached, which return the future and whose callers pass the
// site by value.
type spawnBundle struct {
	slot SpawnSlot
	fut  Future
	site SpawnSite
}

// Spawn starts fn on a new thread in g and returns its Future. See the
// API comment at the top of this file. name "" means "Thread-N".
func (g *ThreadGroup) Spawn(th *Thread, fn func(child *Thread) (Value, error), name string, site SpawnSite) (*Future, error) {
	b := &spawnBundle{site: siteOf(th, site)}
	if err := g.spawn(th, &b.slot, TaskFunc(fn), name, &b.site, &b.fut, true); err != nil {
		return nil, err
	}
	return &b.fut, nil
}

// SpawnTask is Spawn running task on the thread held by slot. site is
// the caller's static description of the spawn (its Parent is ignored):
// a thread spawned by a thread without a spawn site of its own (the
// main thread) shares it, others get a copy linked to their parent's.
// Sharing saves 48 bytes of each thread spawned by the main thread
// (bench/SPAWN.md).
func (g *ThreadGroup) SpawnTask(th *Thread, slot *SpawnSlot, task Task, name string, site *SpawnSite) error {
	s := site
	if th.Site != nil || site.Parent != nil || (site.File == "" && site.Line == 0) {
		s = new(SpawnSite)
		*s = siteOf(th, *site)
	}
	return g.spawn(th, slot, task, name, s, nil, true)
}

// SpawnDetached is Spawn without inheriting th's cancellation scopes:
// the thread is cancelled only through g (threading.Thread, whose
// threads outlive the block that started them, as in CPython). obj
// (may be nil) is the new thread's Obj from the moment it is visible,
// so threading.enumerate() never sees it without its Thread object.
func (g *ThreadGroup) SpawnDetached(th *Thread, obj Value, fn func(child *Thread) (Value, error), name string, site SpawnSite) (*Future, error) {
	b := &spawnBundle{site: siteOf(th, site)}
	if obj != nil {
		b.slot.th.SetObj(obj)
	}
	if err := g.spawn(th, &b.slot, TaskFunc(fn), name, &b.site, &b.fut, false); err != nil {
		return nil, err
	}
	return &b.fut, nil
}

// spawn starts task on the thread of slot b; site is its final spawn
// site (linked to th's); fut, when not nil, is its future.
func (g *ThreadGroup) spawn(th *Thread, b *SpawnSlot, task Task, name string, site *SpawnSite, fut *Future, inherit bool) error {
	if err := th.Checkpoint(); err != nil {
		return err
	}
	st, _ := g.load()
	if err := g.refuse(st); err != nil {
		return err
	}
	if g.maxConc > 0 {
		if err := g.takeSlot(th); err != nil {
			return err
		}
	}
	if err := g.addRunning(); err != nil {
		if g.maxConc > 0 {
			g.mu.Lock()
			g.releaseSlotLocked()
			g.mu.Unlock()
		}
		return err
	}

	b.task = task
	c := &b.th
	c.id = threadIDs.Add(1)
	if name != "" {
		c.SetName(name)
	} else {
		c.num = NextThreadNumber()
	}
	c.counted = true
	c.home = g
	c.group = g
	c.ctx = th.ctx
	c.env = th.env
	c.Site = site
	if inherit {
		// The spawn continues the spawner's call chain (its traceback
		// shows the spawn sites): recursion through async: blocks or
		// spawn() meets the recursion limit as plain recursion does,
		// instead of spawning nested threads until memory runs out.
		c.Depth = th.Depth
	}
	if fut != nil {
		fut.th = c
		c.fut.Store(fut)
	}
	// The child's root scope: under the group's scope (which reaches it
	// through g.threads), and under the spawner's innermost scope when
	// that is narrower than the group's. th.scope is written only by th
	// itself, so reading it needs no lock.
	sc := &b.scope
	sc.owner = c
	sc.parent = &g.scope
	sc.inGroup = true
	if inherit && th.scope != nil && th.scope != &g.scope {
		sc.extra = th.scope
	}
	c.root = sc
	c.scope = sc

	g.link(c)

	// Whatever marks sc cancelled from here on (attach through extra,
	// the check below, a canceller walking g's threads) refreshes c's
	// flag itself.
	sc.attach() // may mark sc cancelled through extra
	if g.scope.effective.Load() {
		// Cancelled since the check above: the walk of g's threads
		// may have run before c was linked.
		sc.markEffective()
	}

	liveThreads.Add(1)
	EnableSharing() // containers lock from now on (sharing.go)
	go b.run()
	th.paceSpawn(g)
	return nil
}

// takeSlot takes a max_concurrency slot, waiting (cancellably) for one.
func (g *ThreadGroup) takeSlot(th *Thread) error {
	g.mu.Lock()
	if g.active < g.maxConc {
		g.active++
		g.mu.Unlock()
		return nil
	}
	w := g.slots.push(th)
	g.mu.Unlock()
	_, err := th.waitGrant(w, -1, "a slot of ThreadGroup '"+g.Name()+"'", g, waitCancellable)
	if err != nil {
		g.mu.Lock()
		if !g.slots.remove(w) { // granted meanwhile: pass the slot on
			g.releaseSlotLocked()
		}
		g.mu.Unlock()
	}
	return err
}

// link adds c to g's live threads: at the list's head when listMu is
// free (c and the previous head are in the spawner's cache), else on the
// added stack, which the next holder of listMu moves into the list. A
// walk that starts after link sees c.
func (g *ThreadGroup) link(c *Thread) {
	if g.listMu.TryLock() {
		c.next = g.threads
		if g.threads != nil {
			g.threads.prev = c
		}
		g.threads = c
		g.listMu.Unlock()
		return
	}
	for {
		old := g.added.Load()
		c.next = old
		if g.added.CompareAndSwap(old, c) {
			return
		}
	}
}

// unlink removes an ended thread from g's live threads: at once when
// listMu is free (after a sweep, which links c if it is still on the
// added stack), else by whoever takes listMu next (c goes on the exited
// stack). The fast path does not touch the exited stack, whose head the
// enders on both cores would otherwise fight over (bench/SPAWN.md).
func (g *ThreadGroup) unlink(c *Thread) {
	if g.listMu.TryLock() {
		g.sweepLocked()
		g.unlinkLocked(c)
		g.listMu.Unlock()
		return
	}
	for {
		old := g.exited.Load()
		c.exitNext = old
		if g.exited.CompareAndSwap(old, c) {
			break
		}
	}
	if g.listMu.TryLock() { // freed meanwhile: do not leave c behind
		g.sweepLocked()
		g.listMu.Unlock()
	}
}

// sweepLocked links the threads on the added stack into the list and
// unlinks those on the exited stack. exited is taken first: a thread on
// it was pushed on added before it ended, so it is in the added batch
// taken after, or in the list already. An empty stack is only loaded
// (a Swap would take its cache line from the core that pushes on it).
func (g *ThreadGroup) sweepLocked() {
	var exited *Thread
	if g.exited.Load() != nil {
		exited = g.exited.Swap(nil)
	}
	var added *Thread
	if g.added.Load() != nil {
		added = g.added.Swap(nil)
	}
	for c := added; c != nil; {
		next := c.next
		c.next = g.threads
		if g.threads != nil {
			g.threads.prev = c
		}
		g.threads = c
		c = next
	}
	for c := exited; c != nil; {
		next := c.exitNext
		c.exitNext = nil
		g.unlinkLocked(c)
		c = next
	}
}

// unlinkLocked takes c, which is in the list, out of it.
func (g *ThreadGroup) unlinkLocked(c *Thread) {
	if c.prev != nil {
		c.prev.next = c.next
	} else if g.threads == c {
		g.threads = c.next
	}
	if c.next != nil {
		c.next.prev = c.prev
	}
	c.prev, c.next = nil, nil
}

// eachThread calls fn on every live thread, under listMu.
func (g *ThreadGroup) eachThread(fn func(c *Thread)) {
	g.listMu.Lock()
	g.sweepLocked()
	for c := g.threads; c != nil; c = c.next {
		fn(c)
	}
	g.listMu.Unlock()
}

// releaseSlotLocked gives a slot to the next waiting spawner, or frees it.
func (g *ThreadGroup) releaseSlotLocked() {
	if w := g.slots.pop(); w != nil {
		w.grant()
		return
	}
	g.active--
}

// run is the body of a spawned thread's goroutine (a method of the
// slot, not of the group: `go b.run()` allocates a 16-byte closure,
// `go g.run(b)` a 24-byte one). A Go panic in the task becomes a
// SystemError, so that a bug in one thread cannot take the process
// down.
//
// The recover is here rather than in a helper around the task's call:
// one frame fewer on a thread's way down to where it parks, which lets
// a sleeping thread fit in Go's initial 2 KB stack (bench/SPAWN.md).
func (b *SpawnSlot) run() {
	c := &b.th
	g := c.home
	ran := false
	defer func() {
		if ran {
			return // a panic in end is a bug of the runtime: let it crash
		}
		if r := recover(); r != nil {
			e := NewError(SystemErrorType, "internal error in thread '%s': %v", c.Label(), r)
			e.Notes = append(e.Notes, string(debug.Stack()))
			g.end(c, nil, e)
		}
	}()
	v, err := b.task.Run(c)
	ran = true
	b.task = nil
	g.end(c, v, err)
}

// end records the result of thread c of g (its future, the group's
// failure, the running count) and wakes the joiner when c was the last.
func (g *ThreadGroup) end(c *Thread, v Value, err error) {
	c.state.Store(int32(StateDone))
	c.root.detach()
	var exc *Exception
	if err != nil {
		exc = AsException(err)
		if exc.Class != CancelledType {
			setSpawnSite(exc, c.Site)
		}
	}
	if exc != nil && exc.Class != CancelledType {
		// Before completing the future: whoever sees the failure
		// through the future finds the group failed already.
		if g.bg {
			// SystemExit ends a background thread quietly, as it ends
			// a threading.Thread in CPython; so does a broken stdout.
			if !QuietExit(exc) {
				reportBackgroundFailure(c, exc)
			}
		} else {
			g.fail(exc)
		}
	}
	if f := c.fut.Load(); f != nil || !c.fut.CompareAndSwap(nil, &noFuture) {
		if f == nil {
			f = c.fut.Load() // made by Future meanwhile
		}
		f.complete(c, v, exc)
	}
	g.unlink(c)
	if g.maxConc > 0 {
		g.mu.Lock()
		g.releaseSlotLocked()
		g.mu.Unlock()
	}
	if g.word.Add(-runningDelta)&runningMask == 0 {
		g.mu.Lock()
		if g.idle != nil {
			close(g.idle)
			g.idle = nil
		}
		g.mu.Unlock()
	}
	blockEpoch.Add(1)
	if liveThreads.Add(-1) == blockedSync.Load() && armedTimers.Load() == 0 {
		checkDeadlock()
	}
}

// Threads returns a snapshot of the group's live threads, in the order
// they were spawned (as dumps and threading.enumerate() show them; the
// list itself is newest first).
func (g *ThreadGroup) Threads() []*Thread {
	var out []*Thread
	g.eachThread(func(c *Thread) { out = append(out, c) })
	slices.SortFunc(out, func(a, b *Thread) int { return cmp.Compare(a.id, b.id) })
	return out
}

// Running returns the number of threads of the group that have not ended.
func (g *ThreadGroup) Running() int {
	_, n := g.load()
	return int(n)
}

// The background group (§2.7).

var background = newBackgroundGroup()

func newBackgroundGroup() *ThreadGroup {
	g := &ThreadGroup{name: "background", bg: true}
	g.word.Store(int64(groupOpen) << stateShift)
	g.scope.group = g
	return g
}

// daemons is the default Env's group of threading.Thread(daemon=True)
// threads: like the background group, but never joined (the process may
// end while they run, as in CPython).
var daemons = newDaemonGroup()

func newDaemonGroup() *ThreadGroup {
	g := &ThreadGroup{name: "daemon", bg: true}
	g.word.Store(int64(groupOpen) << stateShift)
	g.scope.group = g
	return g
}

// LiveThreads returns the number of live threads (spawned threads that
// have not ended, and the main thread).
func LiveThreads() int { return int(liveThreads.Load()) }

// Background returns the default Env's background group: threads
// spawned with no group around them (see Env.Background).
func Background() *ThreadGroup { return background }

// BackgroundFailed reports whether a background thread of the default
// Env ended with an exception (the process should exit 1 at the end).
func BackgroundFailed() bool { return defaultEnv.bgFailed.Load() }

// JoinBackground runs the Env's AtShutdown hooks, then waits until
// every background thread of th's Env has ended. An interrupt (Ctrl-C)
// cancels them and is returned once they have ended.
//
// A deadlock among them (typically: the program caught a DeadlockError
// and went on to its end with the deadlocked threads still waiting)
// also cancels them, and is returned as a DeadlockError that says so —
// not the bare report of a DeadlockError raised in the program.
func JoinBackground(th *Thread) error {
	defer th.Env().beginShutdown(th)()
	err := th.Env().background.join(th)
	if e, ok := err.(*Exception); ok && e.Class == DeadlockErrorType {
		return NewError(DeadlockErrorType, "%s", "background threads were still deadlocked at exit and were cancelled; "+e.Message())
	}
	return err
}

// CancelBackground cancels every thread now running in th's Env's
// background group, each through its own root scope (as Future.cancel):
// Ctrl-C ended the main thread and the whole tree is cancelled (§2.5).
// The group stays open for later spawns (the REPL, embedding).
func CancelBackground(th *Thread) { th.Env().background.Cancel() }

// writeDiag writes a diagnostic (a background thread's traceback, a
// SIGQUIT dump) to sys.stderr in one piece. Tests replace it.
var writeDiag = func(s string) { Stderr.WriteString(s) }

func reportBackgroundFailure(c *Thread, e *Exception) {
	ReportThreadFailure(c, "Exception in thread "+c.Label()+":", e)
}

// ReportThreadFailure prints header and the traceback of e, which ended
// (or arose while ending) thread c, to sys.stderr and makes the process
// exit 1 at the end, as an uncaught exception of a background thread
// does (§2.7). threading reports a failing excepthook this way
// ("Exception in threading.excepthook:", as CPython).
func ReportThreadFailure(c *Thread, header string, e *Exception) {
	env := c.Env()
	env.bgFailed.Store(true)
	msg := header + "\n" + FormatTraceback(c, e)
	if env != defaultEnv {
		env.Stderr.WriteString(msg)
		return
	}
	writeDiag(msg)
}

// String describes the group for debugging.
func (g *ThreadGroup) String() string {
	return fmt.Sprintf("<ThreadGroup '%s'>", g.Name())
}
