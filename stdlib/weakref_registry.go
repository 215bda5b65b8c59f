package stdlib

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
	"weak"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The weak references of one interpreter, grouped by referent.
//
// CPython clears a weak reference the moment the referent's reference
// count drops to zero and runs its callback right there. Spindle's memory
// is Go's: a referent is found dead by a garbage collection, which Go
// runs when it likes (gc.collect() runs one at once). A dead referent is
// noticed two ways: a cleanup (runtime.AddCleanup) queues its record when
// Go frees it, and gc.collect() scans every record after its collection
// (cleanups run later, on Go's own goroutine). The callbacks are Python
// code, so they never run on the cleanup goroutine: they run on a
// Spindle thread, at gc.collect() and whenever a thread next makes a weak
// reference, proxy or finalizer (runCallbacks), in CPython's order
// (newest reference first).

type weakRegistry struct {
	mu       sync.Mutex
	records  map[weak.Pointer[byte]]*weakRecord // live referents
	pending  []*weakRecord                      // dead referents whose callbacks have not run
	npending atomic.Int32
}

// weakRecord is one referent's weak references and proxies, oldest first.
type weakRecord struct {
	key  weak.Pointer[byte]
	refs []weak.Pointer[weakRef] // under the registry's mu
}

type weakRegistryKey struct{}

func weakRegistryOf(th *rt.Thread) *weakRegistry {
	return th.Env().Local(weakRegistryKey{}, func() any {
		return &weakRegistry{records: map[weak.Pointer[byte]]*weakRecord{}}
	}).(*weakRegistry)
}

// weakCleanup is the argument of a referent's cleanup: it must not
// reach the referent (only its weak key does).
type weakCleanup struct {
	reg *weakRegistry
	rec *weakRecord
}

// add records r as a weak reference to its target, which the caller
// holds (target) so it cannot die meanwhile.
func (reg *weakRegistry) add(target rt.Value, r *weakRef) {
	key := r.target.ptr
	reg.mu.Lock()
	defer reg.mu.Unlock()
	rec := reg.records[key]
	if rec == nil {
		rec = &weakRecord{key: key}
		reg.records[key] = rec
		runtime.AddCleanup(key.Value(), func(c weakCleanup) { c.reg.died(c.rec) }, weakCleanup{reg, rec})
	}
	rec.refs = append(rec.refs, weak.Make(r))
	runtime.KeepAlive(target)
}

// died queues a record whose referent Go has freed.
func (reg *weakRegistry) died(rec *weakRecord) {
	reg.mu.Lock()
	defer reg.mu.Unlock()
	if reg.records[rec.key] == rec {
		delete(reg.records, rec.key)
		reg.pending = append(reg.pending, rec)
		reg.npending.Add(1)
	}
}

// live returns the weak references and proxies of target that are still
// alive, oldest first (nil when it has none).
func (reg *weakRegistry) live(target weakTarget) []*weakRef {
	reg.mu.Lock()
	defer reg.mu.Unlock()
	rec := reg.records[target.ptr]
	if rec == nil {
		return nil
	}
	var out []*weakRef
	kept := rec.refs[:0]
	for _, wp := range rec.refs {
		if r := wp.Value(); r != nil {
			out = append(out, r)
			kept = append(kept, wp)
		}
	}
	clear(rec.refs[len(kept):])
	rec.refs = kept
	return out
}

// collect runs full Go collections (fullGC) and then the callbacks of every
// referent it freed; callbacks may free more, so it repeats (at most
// three rounds) while callbacks ran. It returns how many referents died.
func (reg *weakRegistry) collect(th *rt.Thread) int {
	dead := 0
	for round := 0; round < 3; round++ {
		fullGC()
		reg.mu.Lock()
		for key, rec := range reg.records {
			if key.Value() == nil {
				delete(reg.records, key)
				reg.pending = append(reg.pending, rec)
				reg.npending.Add(1)
			}
		}
		reg.mu.Unlock()
		n := reg.runCallbacks(th)
		dead += n
		if n == 0 {
			break
		}
	}
	return dead
}

// fullGC runs a collection, lets the cleanups it queued run, then runs
// another: objects that a cleanup releases (the frame of an abandoned
// generator, which its cleanup unwinds) are freed by the second. The
// wait is for a sentinel's cleanup, queued by the same first collection,
// and is bounded (cleanups run on Go's goroutines, in no set order).
func fullGC() {
	done := make(chan struct{})
	sentinel := new([4]*int) // has pointers: never a batched tiny object
	runtime.AddCleanup(sentinel, func(ch chan struct{}) { close(ch) }, done)
	runtime.GC()
	select {
	case <-done:
	case <-time.After(50 * time.Millisecond):
	}
	runtime.GC()
}

// runCallbacks runs the callbacks of the referents found dead so far on
// th and returns how many referents that was. A failing callback is
// reported on stderr as CPython does ("Exception ignored in: ...").
func (reg *weakRegistry) runCallbacks(th *rt.Thread) int {
	if reg.npending.Load() == 0 {
		return 0
	}
	reg.mu.Lock()
	pending := reg.pending
	reg.pending = nil
	reg.npending.Store(0)
	reg.mu.Unlock()
	for _, rec := range pending {
		for i := len(rec.refs) - 1; i >= 0; i-- {
			r := rec.refs[i].Value()
			if r == nil {
				continue
			}
			cb := r.takeCallback()
			if cb == nil {
				continue
			}
			if _, err := rt.Call(th, cb, []rt.Value{r.self()}, nil); err != nil {
				exc := rt.AsException(err)
				if exc == nil {
					continue
				}
				writeStream(th, "stderr", "Exception ignored in: "+mustRepr(cb)+"\n"+rt.FormatTraceback(th, exc))
			}
		}
	}
	return len(pending)
}

// runWeakCallbacks runs the pending weak reference callbacks of th's
// interpreter, if it has made any weak reference.
func runWeakCallbacks(th *rt.Thread) {
	weakRegistryOf(th).runCallbacks(th)
}

// collectWeak is gc.collect's part: a full collection, then the
// callbacks of what it freed.
func collectWeak(th *rt.Thread) int {
	return weakRegistryOf(th).collect(th)
}
