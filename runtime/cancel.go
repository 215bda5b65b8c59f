package runtime

import (
	"math"
	"sync"
	"sync/atomic"
	"time"
)

// Cancellation scopes (LANGUAGE.md §2.5).
//
// A CancelScope is a region of one thread's execution that can be
// cancelled as a whole: a thread group's block (threadgroup.go), a
// `with timeout(s):`, a `with shield():`, and the root scope of every
// spawned thread (cancelled by Future.cancel()). A thread's scopes form a
// stack (innermost in Thread.scope, outward through parent); the root
// scope of a spawned thread has the group's scope as parent and, when the
// spawner was inside a narrower scope (a timeout inside the group's
// block), that scope as a second parent (extra) — so a child inherits
// its spawner's cancellation scopes.
//
// Scopes form a DAG through those parent links; each scope also keeps the
// list of its children, so cancellation is pushed down: Cancel marks the
// scope "called", then markEffective marks it and every descendant that
// is not a shield as effectively cancelled and refreshes the flag of each
// scope's owner thread. Effective cancellation is monotone (a scope never
// becomes uncancelled), which keeps the protocol simple: a thread's
// cancelFlag is "the innermost scope is effective, or an interrupt is
// pending", recomputed under Thread.mu whenever either changes.
//
// Level-triggered: every Checkpoint inside an effective scope raises a
// fresh Cancelled. The scope that was cancelled itself ("called") absorbs
// the Cancelled that reaches its exit, unless its parent is cancelled too
// (then the Cancelled belongs to an outer scope and keeps propagating).
// That is how a scope tells "this Cancelled is mine" (see absorbs).
//
// Deadlines nest: each scope's deadline is the nearest of its own and its
// parents'; a timer is armed only when a scope's own deadline is the
// nearest, and when it fires the scope is cancelled with timedOut set, so
// its exit raises TimeoutError.
type CancelScope struct {
	parent *CancelScope
	extra  *CancelScope // second parent: the spawner's scope (root scopes)
	owner  *Thread      // the thread whose stack this scope is on

	// group is set on a group's scope: the group's threads' root scopes
	// are its children too, found through the group's thread list
	// (under the group's own lock) instead of children, so that spawning
	// and ending a thread take one lock, not two.
	group *ThreadGroup

	// deadline is the nearest deadline in sleepClock nanoseconds (0:
	// none): 8 bytes where a time.Time takes 24, in every thread's root
	// scope (bench/SPAWN.md).
	deadline int64
	timer    *time.Timer

	effective atomic.Bool // cancelled, directly or through a parent

	// The flags share effective's word (every root scope is part of a
	// thread's spawn slot: 24 bytes of padding less, bench/SPAWN.md).
	shield bool
	// inGroup is set on a thread's root scope: its parent is its group's
	// scope, which reaches it through the group's thread list.
	inGroup  bool
	called   bool // Cancel was called on this scope itself (under mu)
	timedOut bool // ... by its own deadline (under mu)

	mu       sync.Mutex
	children *scopeLink

	// The links are made at attach (a thread's root scope, one per
	// spawned thread, needs neither when it has no extra parent: 16
	// bytes less per thread, bench/SPAWN.md).
	link      *scopeLink // this scope in parent's children
	extraLink *scopeLink // this scope in extra's children
}

// scopeLink is a node of a scope's intrusive list of children.
type scopeLink struct {
	scope      *CancelScope
	prev, next *scopeLink
}

// CancelledType is `Cancelled`: raised at checkpoints of a cancelled
// thread. It derives from BaseException so `except Exception` does not
// swallow it.
var CancelledType = newExcType("Cancelled", BaseExceptionType)

// NewCancelled makes a Cancelled exception.
func NewCancelled() *Exception { return &Exception{Class: CancelledType} }

// IsCancelled reports whether err is Cancelled.
func IsCancelled(err error) bool { return IsExc(err, CancelledType) }

// NewCancelScope makes a scope, not yet entered. timeout > 0 gives it a
// deadline that long after Enter; shield makes it immune to the
// cancellation of its parents.
func NewCancelScope(timeout time.Duration, shield bool) *CancelScope {
	s := &CancelScope{shield: shield}
	if timeout > 0 {
		s.deadline = deadlineAfter(timeout)
	}
	return s
}

// Cancel cancels the scope: every checkpoint inside it (on its owner
// thread and on threads spawned inside it) raises Cancelled until it
// ends.
func (s *CancelScope) Cancel() { s.cancel(false) }

func (s *CancelScope) cancel(timedOut bool) {
	s.mu.Lock()
	if s.called {
		s.mu.Unlock()
		return
	}
	s.called = true
	s.timedOut = timedOut
	s.mu.Unlock()
	s.markEffective()
}

// Cancelled reports whether the scope is cancelled (directly or through
// a parent).
func (s *CancelScope) Cancelled() bool { return s.effective.Load() }

// CancelCalled reports whether Cancel was called on this scope itself
// (or its deadline passed).
func (s *CancelScope) CancelCalled() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.called
}

// TimedOut reports whether the scope was cancelled by its deadline.
func (s *CancelScope) TimedOut() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.timedOut
}

// markEffective marks s and its non-shield descendants cancelled and
// wakes their owners. Locks are taken parent before child, never the
// other way, so the recursion cannot deadlock.
func (s *CancelScope) markEffective() {
	s.mu.Lock()
	if s.effective.Load() {
		s.mu.Unlock()
		return
	}
	s.effective.Store(true)
	for l := s.children; l != nil; l = l.next {
		if !l.scope.shield {
			l.scope.markEffective()
		}
	}
	if g := s.group; g != nil {
		g.eachThread(func(c *Thread) { c.root.markEffective() })
	}
	s.mu.Unlock()
	if s.owner != nil {
		s.owner.refresh()
	}
}

// addChild links c (through l) into s's children and returns whether s is
// already cancelled.
func (s *CancelScope) addChild(l *scopeLink) bool {
	s.mu.Lock()
	l.next = s.children
	if s.children != nil {
		s.children.prev = l
	}
	s.children = l
	eff := s.effective.Load()
	s.mu.Unlock()
	return eff
}

func (s *CancelScope) removeChild(l *scopeLink) {
	s.mu.Lock()
	if l.prev != nil {
		l.prev.next = l.next
	} else if s.children == l {
		s.children = l.next
	}
	if l.next != nil {
		l.next.prev = l.prev
	}
	l.prev, l.next = nil, nil
	s.mu.Unlock()
}

// attach links s under its parent (and extra parent), inherits their
// deadline and cancellation, and arms s's timer when its own deadline is
// the nearest. It does not touch any thread.
func (s *CancelScope) attach() {
	var inherited int64
	if !s.shield {
		inherited = nearer(deadlineOf(s.parent), deadlineOf(s.extra))
	}
	own := s.deadline
	s.deadline = nearer(own, inherited)
	eff := false
	if s.parent != nil && !s.inGroup {
		s.link = &scopeLink{scope: s}
		eff = s.parent.addChild(s.link)
	}
	if s.extra != nil {
		s.extraLink = &scopeLink{scope: s}
		eff = s.extra.addChild(s.extraLink) || eff
	}
	if eff && !s.shield {
		s.markEffective()
	}
	if own != 0 && (inherited == 0 || own < inherited) {
		s.armTimer(time.Duration(own - sleepClock()))
	}
}

// detach undoes attach: stops the timer and unlinks s from its parents.
func (s *CancelScope) detach() {
	s.stopTimer()
	if s.link != nil {
		s.parent.removeChild(s.link)
	}
	if s.extraLink != nil {
		s.extra.removeChild(s.extraLink)
	}
}

func (s *CancelScope) armTimer(d time.Duration) {
	armedTimers.Add(1)
	s.mu.Lock()
	s.timer = time.AfterFunc(d, func() {
		s.cancel(true)
		armedTimers.Add(-1)
	})
	s.mu.Unlock()
}

func (s *CancelScope) stopTimer() {
	if s.timer == nil {
		// Set only by attach, which ran on the goroutine that detaches
		// (or before it started): no lock needed to see it unset.
		return
	}
	s.mu.Lock()
	t := s.timer
	s.timer = nil
	s.mu.Unlock()
	if t != nil && t.Stop() {
		armedTimers.Add(-1)
	}
}

func deadlineOf(s *CancelScope) int64 {
	if s == nil {
		return 0
	}
	return s.deadline
}

// deadlineAfter is the deadline d from now (d > 0), or 0 (none) when
// that is past the clock's range: timeout(float("inf")) and other
// timeouts beyond ~290 years never expire, as in asyncio (the sum
// overflowed into the past and they expired at once).
func deadlineAfter(d time.Duration) int64 {
	now := sleepClock()
	if int64(d) > math.MaxInt64-now {
		return 0
	}
	return max(now+int64(d), 1)
}

// nearer returns the earlier of two deadlines (zero meaning none).
func nearer(a, b int64) int64 {
	if a == 0 || (b != 0 && b < a) {
		return b
	}
	return a
}

// Deadline returns the scope's nearest deadline (zero when none).
func (s *CancelScope) Deadline() time.Time {
	if s.deadline == 0 {
		return time.Time{}
	}
	return sleepEpoch.Add(time.Duration(s.deadline))
}

// Enter pushes s as th's innermost scope.
func (s *CancelScope) Enter(th *Thread) {
	th.mu.Lock()
	s.parent = th.scope
	th.mu.Unlock()
	s.owner = th
	s.attach()
	th.mu.Lock()
	th.scope = s
	th.updateFlagLocked()
	th.mu.Unlock()
}

// Exit pops s from th's scopes and decides what err (the exception
// leaving the block, or nil) becomes:
//   - a Cancelled that s absorbs (s was cancelled itself and its parent
//     is not) becomes nil, or TimeoutError when s's deadline passed;
//   - anything else is returned unchanged.
func (s *CancelScope) Exit(th *Thread, err error) error {
	s.pop(th)
	if err != nil && IsCancelled(err) && s.absorbs() {
		if s.TimedOut() {
			return NewError(TimeoutErrorType)
		}
		return nil
	}
	return err
}

// pop detaches s and makes its parent th's innermost scope again. A scope
// that is not innermost (a generator left a `with` open) pops everything
// inside it too.
func (s *CancelScope) pop(th *Thread) {
	s.detach()
	th.mu.Lock()
	for c := th.scope; c != nil; c = c.parent {
		if c == s {
			th.scope = s.parent
			break
		}
	}
	th.updateFlagLocked()
	th.mu.Unlock()
}

// absorbs reports whether a Cancelled leaving s is s's own: s was
// cancelled itself and no parent is cancelled.
func (s *CancelScope) absorbs() bool {
	return s.CancelCalled() && !s.parentCancelled()
}

func (s *CancelScope) parentCancelled() bool {
	return (s.parent != nil && s.parent.effective.Load()) || (s.extra != nil && s.extra.effective.Load())
}

// Shield runs fn in a shield scope: immune to cancellation from outside.
func Shield(th *Thread, fn func() error) error {
	s := NewCancelScope(0, true)
	s.Enter(th)
	return s.Exit(th, fn())
}

// WithTimeout runs fn in a scope cancelled after d; it returns
// TimeoutError when the deadline cut fn short.
func WithTimeout(th *Thread, d time.Duration, fn func() error) error {
	s := NewCancelScope(d, false)
	if d <= 0 {
		s.called, s.timedOut = true, true
		s.effective.Store(true)
	}
	s.Enter(th)
	return s.Exit(th, fn())
}

// Python-visible scope objects: timeout(seconds) and shield() return a
// ScopeObject, a context manager around a CancelScope.

// ScopeObject is the value of `timeout(s)` and `shield()`.
type ScopeObject struct {
	Scope   *CancelScope
	timeout time.Duration
	hasTime bool
	shield  bool
	entered atomic.Bool
}

// CancelScopeType is the type of ScopeObject.
var CancelScopeType = NewBuiltinType("CancelScope", nil)

// Type returns CancelScopeType.
func (*ScopeObject) Type() *Type { return CancelScopeType }

// NewTimeoutObject is timeout(seconds); seconds None means no deadline.
func NewTimeoutObject(seconds Value) (*ScopeObject, error) {
	o := &ScopeObject{}
	if seconds != None {
		f, ok := AsFloat(seconds)
		if !ok {
			return nil, NewError(TypeErrorType, "timeout() argument must be a number, not '%s'", TypeName(seconds))
		}
		o.timeout, o.hasTime = secondsToDuration(f), true
	}
	return o, nil
}

// NewShieldObject is shield().
func NewShieldObject() *ScopeObject { return &ScopeObject{shield: true} }

// secondsToDuration converts seconds to a Duration, saturating; NaN is
// 0 (a wait of NaN seconds ends at once, as threading.Event.wait(nan)
// and asyncio.timeout(nan) do).
func secondsToDuration(f float64) time.Duration {
	if !(f > 0) {
		return 0
	}
	if f > 1e9 {
		return time.Duration(1<<63 - 1)
	}
	return time.Duration(f * float64(time.Second))
}

func init() {
	CancelScopeType.AddMethods(
		NewMethod("__enter__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			o := self.(*ScopeObject)
			if o.entered.Swap(true) {
				return nil, NewError(RuntimeErrorType, "a cancel scope can be entered only once")
			}
			if o.Scope == nil {
				o.Scope = NewCancelScope(o.timeout, o.shield)
			}
			if o.hasTime && o.timeout <= 0 {
				o.Scope.called, o.Scope.timedOut = true, true
				o.Scope.effective.Store(true)
			}
			o.Scope.Enter(th)
			return o, nil
		}),
		NewMethod("__exit__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			o := self.(*ScopeObject)
			if o.Scope == nil {
				return nil, NewError(RuntimeErrorType, "cancel scope was not entered")
			}
			in := exitArgError(args)
			out := o.Scope.Exit(th, in)
			return exitResult(in, out)
		}),
		NewMethod("cancel", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			o := self.(*ScopeObject)
			if o.Scope == nil {
				o.Scope = NewCancelScope(o.timeout, o.shield)
			}
			o.Scope.Cancel()
			return None, nil
		}),
	)
}

// GetAttr exposes cancelled and deadline.
func (o *ScopeObject) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "cancelled":
		return Bool(o.Scope != nil && o.Scope.CancelCalled()), nil
	case "expired":
		return Bool(o.Scope != nil && o.Scope.TimedOut()), nil
	}
	return nil, nil
}

// exitArgError extracts the exception from __exit__(type, value, tb).
func exitArgError(args []Value) error {
	if len(args) >= 2 {
		if e, ok := args[1].(*Exception); ok {
			return e
		}
	}
	return nil
}

// exitResult turns the error an exit returns into __exit__'s result:
// nil when in was raised suppresses it (True); the same error lets it
// propagate (False); another error is raised from __exit__.
func exitResult(in, out error) (Value, error) {
	switch {
	case out == nil && in != nil:
		return True, nil
	case out == nil || out == in:
		return False, nil
	}
	return nil, out
}
