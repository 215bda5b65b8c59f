package runtime

// threadRare holds the parts of a Thread that most threads never use:
// its name, what it waits or blocks on, its wake-up channels, a posted interrupt,
// pending calls, its Python-visible object, its threading.local values
// and its spawn pacing. A Thread points to one, made at the first use
// (Thread.more); a thread that only runs and ends, or sleeps, never
// makes it.
//
// Why: a spawned thread is one allocation (SpawnSlot), and the spawn
// benchmark's no-op threads are garbage a microsecond after they start;
// the bytes per thread set how often the collector runs and how much
// garbage accumulates between cycles. These fields were 128 of the
// Thread's 272 bytes (bench/SPAWN.md).
//
// Each field keeps the discipline it had in Thread: name is written
// before the thread starts or by the stdlib (a threading.Thread's name
// setter); the fields marked "under mu" are read and written under
// Thread.mu; obj under the stdlib's lock (Thread.Obj); locals and pacer
// by the owner's goroutine only. The pointer itself is atomic, so that the owner (locals, pacer)
// and another thread holding mu (Interrupt, PostCall) may make it at the
// same time.
type threadRare struct {
	name string // the thread's name ("": "Thread-N"; see Label)

	wake      chan struct{} // under mu: closed when cancelFlag becomes true
	intr      chan struct{} // under mu: closed when an interrupt is posted
	interrupt *Exception    // under mu: pending interrupt (DeadlockError, KeyboardInterrupt)
	blockWhat string        // under mu: what a waiting thread waits on ("Future 'x'")
	blockObj  Value         // under mu: the object waited on, or nil
	blockCh   <-chan struct{}
	blockWake <-chan struct{} // under mu: the cancel/interrupt channel a Wait selects on
	blockTime bool            // under mu: the wait has a time limit (dumps: not stuck for good)

	// calls are the pending calls (PostCall: signal handlers), under mu.
	calls []func(th *Thread) error

	obj    Value            // the thread's Python-visible object (Thread.Obj)
	locals map[*Local]*Dict // threading.local storage of this thread
	pacer  spawnPacer       // spawn pacing (spawnpace.go)
}

// more returns th's rare fields, made if needed.
func (th *Thread) more() *threadRare {
	if r := th.rare.Load(); r != nil {
		return r
	}
	th.rare.CompareAndSwap(nil, new(threadRare))
	return th.rare.Load()
}

// Obj returns the thread's Python-visible object (threading.Thread, or
// the object current_thread() made for it), or nil. It is owned by the
// stdlib, which orders its reads and writes; SpawnDetached sets it
// before the thread starts.
func (th *Thread) Obj() Value {
	if r := th.rare.Load(); r != nil {
		return r.obj
	}
	return nil
}

// SetObj sets the thread's Python-visible object (see Obj).
func (th *Thread) SetObj(v Value) { th.more().obj = v }

// SetName names the thread (see Label).
func (th *Thread) SetName(name string) { th.more().name = name }
