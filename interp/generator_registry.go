package interp

import (
	"sync"

	"github.com/spindle-lang/spindle/runtime"
)

// The started coroutines of an interpreter's generators.
//
// A generator that runs as a coroutine (iter.Pull) owns a goroutine
// until its body ends or the generator is closed; an unreachable
// suspended generator is closed by its cleanup (see generator.go). But
// the suspended goroutine's stack is itself a root of the collector: when
// what it holds reaches the generator object again (its frame's module
// globals, a global read cached by compiled code), the generator is never
// unreachable and the goroutine lives forever. CloseGenerators, called
// when an embedded interpreter is closed, stops every coroutine still
// suspended, as CPython's finalization closes the generators it frees.

// coroutines is the set of one interpreter's started, unfinished
// coroutine generators.
type coroutines struct {
	mu sync.Mutex
	m  map[*genState]struct{}
}

type coroutinesKey struct{}

// coroutinesOfEnv returns the set of interpreter e.
func coroutinesOfEnv(e *runtime.Env) *coroutines {
	return e.Local(coroutinesKey{}, func() any {
		return &coroutines{m: map[*genState]struct{}{}}
	}).(*coroutines)
}

func (c *coroutines) add(st *genState) {
	c.mu.Lock()
	c.m[st] = struct{}{}
	c.mu.Unlock()
}

// remove takes st out of the set and reports whether it was there (only
// one caller gets true).
func (c *coroutines) remove(st *genState) bool {
	c.mu.Lock()
	_, ok := c.m[st]
	delete(c.m, st)
	c.mu.Unlock()
	return ok
}

// release is the cleanup of an unreachable generator and the end of a
// finished one: st leaves its set, and its coroutine, if still
// suspended, is stopped by whichever of the cleanup and CloseGenerators
// took it out first.
func (st *genState) release() {
	if st.coros != nil && st.coros.remove(st) {
		st.abandon()
	}
}

// CloseGenerators stops the coroutines of e's suspended generators
// (their goroutines end, as when the collector frees a suspended
// generator). Call it only when no thread of e runs.
func CloseGenerators(e *runtime.Env) {
	c := coroutinesOfEnv(e)
	c.mu.Lock()
	list := make([]*genState, 0, len(c.m))
	for st := range c.m {
		list = append(list, st)
	}
	clear(c.m)
	c.mu.Unlock()
	for _, st := range list {
		st.abandon()
	}
}
