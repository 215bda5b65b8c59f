package runtime

import "time"

// A queue's CPython mode. CPython's queue.Queue is a Python class whose
// put/get/qsize/empty/full/task_done/join run under self.mutex (a Lock)
// and wait on three Conditions sharing it (not_empty, not_full,
// all_tasks_done), and reach the storage only through the methods
// _init/_qsize/_put/_get, which subclasses override (a de-duplicating
// queue, a queue bounded by bytes). A queue switches to this mode, for
// good, when its class overrides one of those methods or when the
// program reads one of the four synchronisation attributes (`with
// q.mutex: q.queue.clear()`, `q.all_tasks_done.notify_all()`): from then
// on it runs CPython's algorithm with those very objects, so code that
// holds q.mutex excludes put and get exactly as in CPython. A plain queue
// never switches and keeps the fast path of threadqueue.go (a Go mutex
// and hand-over wait queues).
//
// In this mode q.mu still guards the Go fields (items, unfinished,
// closed) for the moments it is taken, and the Python mutex orders the
// operations. Waits are Condition waits: cancellable, and described as
// the queue's (Queue (get) at 0x...) in dumps and deadlock reports.

// queueSync is the Python-visible synchronisation of a queue in CPython
// mode.
type queueSync struct {
	mutex                           *LockObject
	notEmpty, notFull, allTasksDone *Condition
}

// queueHooks records which storage methods the queue's class overrides.
type queueHooks struct {
	init, qsize, put, get bool
}

func (h queueHooks) any() bool { return h.init || h.qsize || h.put || h.get }

// SetOwner is called with the instance of a user subclass carrying q:
// the overridden storage methods are called on it, in CPython mode.
func (q *Queue) SetOwner(inst *Instance) {
	cls := inst.Type()
	over := func(name string) bool {
		m := cls.Lookup(name)
		return m != nil && m != QueueType.Lookup(name)
	}
	h := queueHooks{init: over("_init"), qsize: over("_qsize"), put: over("_put"), get: over("_get")}
	q.mu.Lock()
	q.owner, q.hooks = inst, h
	q.mu.Unlock()
	// A subclass without an __init__ of its own is set up without a call
	// to Queue.__init__: its _init runs before the queue's first use.
	q.initPending.Store(h.init)
	if h.any() {
		q.pySync()
	}
}

// pySync returns q's Python-visible lock and conditions, switching q to
// CPython mode on first use. Waiters of the fast path are woken: they
// find the mode changed and go on in CPython mode.
func (q *Queue) pySync() *queueSync {
	if s := q.py.Load(); s != nil {
		return s
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if s := q.py.Load(); s != nil {
		return s
	}
	m := NewLock(false)
	s := &queueSync{mutex: m, notEmpty: &Condition{lock: m}, notFull: &Condition{lock: m}, allTasksDone: &Condition{lock: m}}
	q.py.Store(s)
	q.getters.grantAll()
	q.putters.grantAll()
	return s
}

// pyQsize is self._qsize().
func (q *Queue) pyQsize(th *Thread) (Value, error) {
	if q.hooks.qsize {
		return CallMethod(th, q.owner, "_qsize", nil, nil)
	}
	n, _ := q.Size(th)
	return MakeInt(int64(n)), nil
}

// pyFull is 0 < self.maxsize <= self._qsize().
func (q *Queue) pyFull(th *Thread) (bool, error) {
	q.mu.Lock()
	maxsize := q.maxsize
	q.mu.Unlock()
	if maxsize <= 0 {
		return false, nil
	}
	n, err := q.pyQsize(th)
	if err != nil {
		return false, err
	}
	less, err := Less(th, n, MakeInt(int64(maxsize)))
	return !less, err
}

// pyEmpty is not self._qsize().
func (q *Queue) pyEmpty(th *Thread) (bool, error) {
	n, err := q.pyQsize(th)
	if err != nil {
		return false, err
	}
	t, err := Truth(th, n)
	return !t, err
}

func (q *Queue) isClosed() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.closed
}

// pyPut is CPython's Queue.put.
func (q *Queue) pyPut(th *Thread, s *queueSync, v Value, block bool, timeout time.Duration) error {
	if !block {
		timeout = 0
	}
	dl := newDeadline(timeout)
	return q.pyLocked(th, s, func() error {
		for {
			if q.isClosed() {
				return NewError(QueueShutDownType, "put to a closed queue")
			}
			full, err := q.pyFull(th)
			if err != nil {
				return err
			}
			if !full {
				break
			}
			left := dl.left()
			if left == 0 {
				return NewException(QueueFullType)
			}
			if _, err := s.notFull.waitAs(th, left, q.what("put"), q); err != nil {
				return err
			}
		}
		var err error
		if q.hooks.put {
			_, err = CallMethod(th, q.owner, "_put", []Value{v}, nil)
		} else {
			q.mu.Lock()
			err = q.pushLocked(th, v)
			q.mu.Unlock()
		}
		if err != nil {
			return err
		}
		q.mu.Lock()
		q.unfinished++
		q.mu.Unlock()
		return s.notEmpty.Notify(th, 1)
	})
}

// pyGet is CPython's Queue.get; ok is false on a closed, drained queue.
func (q *Queue) pyGet(th *Thread, s *queueSync, block bool, timeout time.Duration) (v Value, ok bool, err error) {
	if !block {
		timeout = 0
	}
	dl := newDeadline(timeout)
	err = q.pyLocked(th, s, func() error {
		for {
			empty, err := q.pyEmpty(th)
			if err != nil {
				return err
			}
			if !empty {
				break
			}
			if q.isClosed() {
				return nil
			}
			left := dl.left()
			if left == 0 {
				return NewException(QueueEmptyType)
			}
			if _, err := s.notEmpty.waitAs(th, left, q.what("get"), q); err != nil {
				return err
			}
		}
		var err error
		if q.hooks.get {
			v, err = CallMethod(th, q.owner, "_get", nil, nil)
		} else {
			v, err = q.storeGet(th)
		}
		if err != nil {
			return err
		}
		ok = true
		return s.notFull.Notify(th, 1)
	})
	if err != nil {
		return nil, false, err
	}
	return v, ok, nil
}

// storeGet takes an item from the Go storage (the base _get): as CPython's
// deque.popleft / list.pop / heappop, an empty store is an IndexError.
func (q *Queue) storeGet(th *Thread) (Value, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.lenLocked() == 0 {
		msg := "pop from an empty deque"
		switch q.kind {
		case lifoQueue:
			msg = "pop from empty list"
		case priorityQueue:
			msg = "index out of range"
		}
		return nil, NewError(IndexErrorType, "%s", msg)
	}
	return q.popLocked(th)
}

// pyTaskDone is CPython's Queue.task_done.
func (q *Queue) pyTaskDone(th *Thread, s *queueSync) error {
	return q.pyLocked(th, s, func() error {
		if err := q.TaskDone(); err != nil {
			return err
		}
		q.mu.Lock()
		n := q.unfinished
		q.mu.Unlock()
		if n == 0 {
			return s.allTasksDone.NotifyAll(th)
		}
		return nil
	})
}

// pyJoin is CPython's Queue.join.
func (q *Queue) pyJoin(th *Thread, s *queueSync) error {
	return q.pyLocked(th, s, func() error {
		for {
			q.mu.Lock()
			n := q.unfinished
			q.mu.Unlock()
			if n == 0 {
				return nil
			}
			if _, err := s.allTasksDone.waitAs(th, -1, q.what("join"), q); err != nil {
				return err
			}
		}
	})
}

// pyClose is Close in CPython mode: every waiter wakes under the mutex.
func (q *Queue) pyClose(th *Thread, s *queueSync) error {
	return q.pyLocked(th, s, func() error {
		q.mu.Lock()
		q.closed = true
		q.mu.Unlock()
		if err := s.notEmpty.NotifyAll(th); err != nil {
			return err
		}
		return s.notFull.NotifyAll(th)
	})
}

// pyInit runs the subclass's _init(maxsize) (Queue.__init__ does).
func (q *Queue) pyInit(th *Thread, maxsize int) error {
	q.initPending.Store(false)
	if !q.hooks.init {
		return nil
	}
	_, err := CallMethod(th, q.owner, "_init", []Value{MakeInt(int64(maxsize))}, nil)
	return err
}

// pyLocked runs f holding the queue's Python mutex, after the pending
// _init of a subclass without __init__.
func (q *Queue) pyLocked(th *Thread, s *queueSync, f func() error) (err error) {
	if q.initPending.Swap(false) {
		q.mu.Lock()
		n := q.maxsize
		q.mu.Unlock()
		if err := q.pyInit(th, n); err != nil {
			return err
		}
	}
	if _, err := s.mutex.Acquire(th, true, -1); err != nil {
		return err
	}
	defer func() {
		if rerr := s.mutex.Release(th); err == nil {
			err = rerr
		}
	}()
	return f()
}

// The base storage methods, which an override calls through super().
func init() {
	qq := func(self Value) *Queue { return asQueue(self) }
	QueueType.AddMethods(
		NewMethod("_init", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var n Value
			if err := UnpackArgs("_init", args, kwargs, "maxsize", &n); err != nil {
				return nil, err
			}
			q := qq(self)
			q.mu.Lock()
			clear(q.items)
			q.items, q.head = q.items[:0], 0
			q.mu.Unlock()
			return None, nil
		}),
		NewMethod("_qsize", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := UnpackArgs("_qsize", args, kwargs); err != nil {
				return nil, err
			}
			n, _ := qq(self).Size(th)
			return MakeInt(int64(n)), nil
		}),
		NewMethod("_put", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var v Value
			if err := UnpackArgs("_put", args, kwargs, "item", &v); err != nil {
				return nil, err
			}
			q := qq(self)
			q.mu.Lock()
			defer q.mu.Unlock()
			return None, q.pushLocked(th, v)
		}),
		NewMethod("_get", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := UnpackArgs("_get", args, kwargs); err != nil {
				return nil, err
			}
			return qq(self).storeGet(th)
		}),
	)
}

// withMutex runs f holding the queue's Python mutex (qsize, empty and
// full of a queue whose class overrides _qsize).
func (q *Queue) withMutex(th *Thread, f func() (Value, error)) (v Value, err error) {
	err = q.pyLocked(th, q.pySync(), func() error {
		v, err = f()
		return err
	})
	return v, err
}
