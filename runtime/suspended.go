package runtime

// Suspended groups and scopes of generators (LANGUAGE.md §2.2–2.5).
//
// A generator that yields inside an `await:` block, a `with
// ThreadGroup()` or a cancel scope (`with timeout(...)`, `with
// shield():`) leaves them open while it is suspended. They belong to the
// generator's frame, not to the thread that resumed it: when the body
// suspends, the thread's current group and innermost scope go back to
// what the resumer had (Suspend), and when the body is resumed (possibly
// by another thread, from another group) they are pushed back on the
// resumer (Resume). The generator's outermost scope is re-linked under
// the resumer's innermost scope each time, so cancelling the resumer's
// scope reaches the generator's code while it runs, and its outermost
// group's outer group becomes the resumer's group.
//
// A generator that holds nothing open costs two pointer loads and
// compares per resume (Resume on an empty Held returns at once; Suspend
// compares the thread's group and scope with the resumer's).

// Held is what a suspended generator holds open: its innermost group
// and scope, and the resumer's group and scope they were stacked on.
// The zero value holds nothing.
type Held struct {
	group, baseGroup *ThreadGroup
	scope, baseScope *CancelScope
}

// Outer is the resumer's group and scope, saved by Resume for Suspend.
type Outer struct {
	group *ThreadGroup
	scope *CancelScope
}

// Resume is called on th (the thread about to run a generator's body)
// before the body runs: it returns th's group and scope for Suspend and
// pushes back the groups and scopes h holds. Only th calls it.
func (th *Thread) Resume(h *Held) Outer {
	o := Outer{group: th.group, scope: th.scope}
	if h.scope == nil && h.group == nil {
		return o
	}
	if h.baseScope != o.scope {
		h.rebaseScope(o.scope)
	}
	if h.baseGroup != o.group {
		for g := h.group; g != nil; g = g.outer {
			if g.outer == h.baseGroup {
				g.outer = o.group
				break
			}
		}
	}
	th.mu.Lock()
	th.group, th.scope = h.group, h.scope
	th.updateFlagLocked()
	th.mu.Unlock()
	*h = Held{}
	return o
}

// Suspend is called on th when a generator's body suspends or ends: it
// records in h the groups and scopes the body left open and restores
// th's group and scope to o (what Resume returned).
func (th *Thread) Suspend(h *Held, o Outer) {
	if th.Within(o) {
		return
	}
	*h = Held{group: th.group, scope: th.scope, baseGroup: o.group, baseScope: o.scope}
	th.mu.Lock()
	th.group, th.scope = o.group, o.scope
	th.updateFlagLocked()
	th.mu.Unlock()
}

// Within reports whether th's group and scope are o's (the body holds
// nothing open beyond them).
func (th *Thread) Within(o Outer) bool { return th.group == o.group && th.scope == o.scope }

// rebaseScope moves the outermost scope h holds from under h.baseScope
// to under base, inheriting base's cancellation.
func (h *Held) rebaseScope(base *CancelScope) {
	var s *CancelScope
	for c := h.scope; c != nil && c != h.baseScope; c = c.parent {
		s = c
	}
	if s == nil {
		return
	}
	if s.link != nil {
		s.parent.removeChild(s.link)
		s.link = nil
	}
	s.parent = base
	h.baseScope = base
	if base == nil {
		return
	}
	s.link = &scopeLink{scope: s}
	if base.addChild(s.link) && !s.shield {
		s.markEffective()
	}
}

// Abandon ends what h holds for a generator that is dropped while
// suspended (its body unwinds without running except, finally or exit
// code, on no thread): every scope it holds is cancelled, which cancels
// the threads of its groups, and unlinked from the resumer's scope. The
// threads end on their own; nobody joins them.
func (h *Held) Abandon() {
	for s := h.scope; s != nil && s != h.baseScope; s = s.parent {
		if g := s.group; g != nil {
			g.setState(groupJoining)
			g.Cancel()
		} else {
			s.Cancel()
		}
		s.detach()
	}
	*h = Held{}
}
