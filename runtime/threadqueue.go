package runtime

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Queue is threads.Queue and queue.Queue / LifoQueue / PriorityQueue:
// a thread-safe queue whose put and get wait (cancellably, with
// CPython's block/timeout arguments) for room or for an item. close()
// (threads; shutdown() in queue, as in Python 3.13) makes put fail with
// ShutDown and get fail with ShutDown once the queue is drained;
// iterating a queue yields items until it is closed and drained.
//
// Waiters are woken one at a time (a put wakes one getter, a get one
// putter) and re-check under the queue's mutex, so a woken waiter may
// find the item taken by a thread that arrived meanwhile and waits again.
type Queue struct {
	kind    queueKind
	maxsize int

	mu         sync.Mutex
	items      []Value
	head       int // FIFO: index of the first item in items
	closed     bool
	getters    waitq
	putters    waitq
	unfinished int
	joined     chan struct{} // closed when unfinished drops to 0

	// CPython mode (threadqueue_cpython.go): set once, never cleared.
	py          atomic.Pointer[queueSync]
	owner       *Instance   // the subclass instance carrying q, if any
	hooks       queueHooks  // the storage methods its class overrides
	initPending atomic.Bool // its _init has yet to run (no __init__ called)
}

type queueKind int

const (
	fifoQueue queueKind = iota
	lifoQueue
	priorityQueue
	simpleQueue // queue.SimpleQueue: FIFO, unbounded, no task_done/join
)

// Queue types and exceptions.
var (
	QueueType         = NewBuiltinType("Queue", nil)
	LifoQueueType     = NewBuiltinType("LifoQueue", QueueType)
	PriorityQueueType = NewBuiltinType("PriorityQueue", QueueType)
	SimpleQueueType   = NewBuiltinType("SimpleQueue", nil)
	// queue.Empty (CPython shows it as _queue.Empty), queue.Full and
	// queue.ShutDown.
	QueueEmptyType    = newModuleExcType("Empty", "_queue", ExceptionType)
	QueueFullType     = newModuleExcType("Full", "queue", ExceptionType)
	QueueShutDownType = newModuleExcType("ShutDown", "queue", ExceptionType)
)

func init() {
	for _, t := range []*Type{QueueType, LifoQueueType, PriorityQueueType} {
		t.SetModule("queue")
	}
	SimpleQueueType.SetModule("_queue")
}

// NewQueue makes a FIFO queue (maxsize <= 0: unbounded).
func NewQueue(maxsize int) *Queue { return &Queue{maxsize: maxsize} }

// Type returns the queue's class.
func (q *Queue) Type() *Type {
	switch q.kind {
	case lifoQueue:
		return LifoQueueType
	case priorityQueue:
		return PriorityQueueType
	case simpleQueue:
		return SimpleQueueType
	}
	return QueueType
}

func (q *Queue) lenLocked() int { return len(q.items) - q.head }

func (q *Queue) fullLocked() bool { return q.maxsize > 0 && q.lenLocked() >= q.maxsize }

func (q *Queue) what(op string) string {
	return fmt.Sprintf("%s (%s) at %#x", q.Type().Name(), op, Id(q))
}

// Put adds v, waiting for room when the queue is full (block false or
// timeout 0: Full at once).
func (q *Queue) Put(th *Thread, v Value, block bool, timeout time.Duration) error {
	if err := th.Checkpoint(); err != nil {
		return err
	}
	if s := q.py.Load(); s != nil {
		return q.pyPut(th, s, v, block, timeout)
	}
	if !block {
		timeout = 0
	}
	dl := newDeadline(timeout)
	q.mu.Lock()
	for {
		if s := q.py.Load(); s != nil {
			// Switched to CPython mode while this put waited.
			q.mu.Unlock()
			return q.pyPut(th, s, v, true, dl.left())
		}
		if q.closed {
			q.mu.Unlock()
			return NewError(QueueShutDownType, "put to a closed queue")
		}
		if !q.fullLocked() {
			break
		}
		left := dl.left()
		if left == 0 {
			q.mu.Unlock()
			return NewException(QueueFullType)
		}
		if err := q.waitLocked(th, &q.putters, left, "put"); err != nil {
			q.mu.Unlock()
			return err
		}
	}
	if err := q.pushLocked(th, v); err != nil {
		q.mu.Unlock()
		return err
	}
	q.unfinished++
	if w := q.getters.pop(); w != nil {
		w.grant()
	}
	q.mu.Unlock()
	return nil
}

// waitLocked waits on wq with q.mu held (released while waiting). A
// waiter that was woken but gives up passes the wake-up on.
func (q *Queue) waitLocked(th *Thread, wq *waitq, d time.Duration, op string) error {
	w := wq.push(th)
	q.mu.Unlock()
	ok, err := th.waitGrant(w, d, q.what(op), q, waitCancellable)
	q.mu.Lock()
	if !ok && !wq.remove(w) {
		if next := wq.pop(); next != nil {
			next.grant()
		}
	}
	return err
}

// Get removes and returns an item, waiting for one (block false or
// timeout 0: Empty at once). On a closed, drained queue it fails with
// ShutDown.
func (q *Queue) Get(th *Thread, block bool, timeout time.Duration) (Value, error) {
	v, ok, err := q.get(th, block, timeout)
	if err == nil && !ok {
		err = NewError(QueueShutDownType, "get from a closed queue")
	}
	return v, err
}

// get is Get reporting a closed, drained queue as ok=false.
func (q *Queue) get(th *Thread, block bool, timeout time.Duration) (Value, bool, error) {
	if err := th.Checkpoint(); err != nil {
		return nil, false, err
	}
	if s := q.py.Load(); s != nil {
		return q.pyGet(th, s, block, timeout)
	}
	if !block {
		timeout = 0
	}
	dl := newDeadline(timeout)
	q.mu.Lock()
	for q.lenLocked() == 0 {
		if s := q.py.Load(); s != nil {
			// Switched to CPython mode while this get waited.
			q.mu.Unlock()
			return q.pyGet(th, s, true, dl.left())
		}
		if q.closed {
			q.mu.Unlock()
			return nil, false, nil
		}
		left := dl.left()
		if left == 0 {
			q.mu.Unlock()
			return nil, false, NewException(QueueEmptyType)
		}
		if err := q.waitLocked(th, &q.getters, left, "get"); err != nil {
			q.mu.Unlock()
			return nil, false, err
		}
	}
	v, err := q.popLocked(th)
	if err != nil {
		q.mu.Unlock()
		return nil, false, err
	}
	if w := q.putters.pop(); w != nil {
		w.grant()
	}
	q.mu.Unlock()
	return v, true, nil
}

func (q *Queue) pushLocked(th *Thread, v Value) error {
	q.items = append(q.items, v)
	if q.kind == priorityQueue {
		return q.siftUp(th, len(q.items)-1)
	}
	return nil
}

func (q *Queue) popLocked(th *Thread) (Value, error) {
	switch q.kind {
	case lifoQueue:
		n := len(q.items) - 1
		v := q.items[n]
		q.items[n] = nil
		q.items = q.items[:n]
		return v, nil
	case priorityQueue:
		v := q.items[0]
		n := len(q.items) - 1
		q.items[0] = q.items[n]
		q.items[n] = nil
		q.items = q.items[:n]
		if n > 0 {
			if err := q.siftDown(th, 0); err != nil {
				return nil, err
			}
		}
		return v, nil
	}
	v := q.items[q.head]
	q.items[q.head] = nil
	q.head++
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	} else if q.head > 32 && q.head*2 > len(q.items) {
		n := copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items, q.head = q.items[:n], 0
	}
	return v, nil
}

// Heap order for PriorityQueue (heapq's: the smallest item first).
func (q *Queue) siftUp(th *Thread, i int) error {
	for i > 0 {
		p := (i - 1) / 2
		less, err := Less(th, q.items[i], q.items[p])
		if err != nil {
			return err
		}
		if !less {
			return nil
		}
		q.items[i], q.items[p] = q.items[p], q.items[i]
		i = p
	}
	return nil
}

func (q *Queue) siftDown(th *Thread, i int) error {
	n := len(q.items)
	for {
		l := 2*i + 1
		if l >= n {
			return nil
		}
		m := l
		if r := l + 1; r < n {
			less, err := Less(th, q.items[r], q.items[l])
			if err != nil {
				return err
			}
			if less {
				m = r
			}
		}
		less, err := Less(th, q.items[m], q.items[i])
		if err != nil {
			return err
		}
		if !less {
			return nil
		}
		q.items[i], q.items[m] = q.items[m], q.items[i]
		i = m
	}
}

// Close closes the queue: puts fail, gets drain what is left and then
// fail; every waiter wakes.
func (q *Queue) Close(th *Thread) error {
	if s := q.py.Load(); s != nil {
		return q.pyClose(th, s)
	}
	q.mu.Lock()
	q.closed = true
	q.getters.grantAll()
	q.putters.grantAll()
	q.mu.Unlock()
	return nil
}

// reinit is Queue.__init__(maxsize): as in CPython, the queue starts
// over, empty, with no unfinished tasks.
func (q *Queue) reinit(maxsize int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	clear(q.items)
	q.items, q.head, q.maxsize, q.unfinished = q.items[:0], 0, maxsize, 0
	if q.joined != nil {
		close(q.joined)
		q.joined = nil
	}
	q.putters.grantAll()
}

// Size is qsize(). A queue has no len() and is always true, as
// CPython's queue.Queue (`q = q or Queue()` must keep an empty queue).
func (q *Queue) Size(th *Thread) (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.lenLocked(), nil
}

// TaskDone is task_done().
func (q *Queue) TaskDone() error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.unfinished <= 0 {
		return NewError(ValueErrorType, "task_done() called too many times")
	}
	q.setUnfinishedLocked(q.unfinished - 1)
	return nil
}

// setUnfinishedLocked sets the count of unfinished tasks, waking the
// fast path's joiners when it drops to 0.
func (q *Queue) setUnfinishedLocked(n int) {
	q.unfinished = n
	if n == 0 && q.joined != nil {
		close(q.joined)
		q.joined = nil
	}
}

// Join waits until every item put has been marked task_done().
func (q *Queue) Join(th *Thread) error {
	if s := q.py.Load(); s != nil {
		return q.pyJoin(th, s)
	}
	q.mu.Lock()
	if q.unfinished == 0 {
		q.mu.Unlock()
		return th.Checkpoint()
	}
	if q.joined == nil {
		q.joined = make(chan struct{})
	}
	ch := q.joined
	q.mu.Unlock()
	return th.Wait(ch, q.what("join"), q)
}

// Repr is <queue.Queue object at 0x...>.
func (q *Queue) Repr(th *Thread) (string, error) {
	return fmt.Sprintf("<queue.%s object at %#x>", q.Type().Name(), Id(q)), nil
}

// GetAttr exposes maxsize, unfinished_tasks, closed and is_shutdown, and
// for code written for CPython `queue` (a live view of the items,
// threadqueue_items.go) and mutex, not_empty, not_full and
// all_tasks_done, whose first use puts the queue in CPython mode
// (threadqueue_cpython.go).
func (q *Queue) GetAttr(th *Thread, name string) (Value, error) {
	if q.kind == simpleQueue {
		return nil, nil
	}
	switch name {
	case "unfinished_tasks":
		q.mu.Lock()
		defer q.mu.Unlock()
		return MakeInt(int64(q.unfinished)), nil
	case "maxsize":
		q.mu.Lock()
		defer q.mu.Unlock()
		return MakeInt(int64(q.maxsize)), nil
	case "closed", "is_shutdown":
		q.mu.Lock()
		defer q.mu.Unlock()
		return Bool(q.closed), nil
	case "queue":
		return &QueueItems{q}, nil
	case "mutex":
		return q.pySync().mutex, nil
	case "not_empty":
		return q.pySync().notEmpty, nil
	case "not_full":
		return q.pySync().notFull, nil
	case "all_tasks_done":
		return q.pySync().allTasksDone, nil
	}
	return nil, nil
}

// SetAttr allows what CPython code assigns on a queue: unfinished_tasks
// (`q.unfinished_tasks = 0` after clearing it) and maxsize.
func (q *Queue) SetAttr(th *Thread, name string, v Value) error {
	if q.kind != simpleQueue && v != nil && (name == "unfinished_tasks" || name == "maxsize") {
		n, err := IndexInt(v)
		if err != nil {
			return err
		}
		q.mu.Lock()
		defer q.mu.Unlock()
		if name == "maxsize" {
			q.maxsize = n
		} else {
			q.setUnfinishedLocked(n)
		}
		return nil
	}
	return noAttribute(q, name)
}

// blockTimeoutArgs parses (block=True, timeout=None) after n leading
// positional parameters already taken.
func blockTimeoutArgs(fname string, args []Value, kwargs []KwArg, lead ...any) (bool, time.Duration, error) {
	block := true
	var tv Value = None
	pairs := append(lead, "block?", &block, "timeout?", &tv)
	if err := UnpackArgs(fname, args, kwargs, pairs...); err != nil {
		return false, 0, err
	}
	if !block {
		return false, 0, nil // CPython ignores the timeout of a non-blocking call
	}
	if _, ok := AsFloat(tv); !ok && tv != None {
		// CPython's queue.py first compares it: timeout < 0.
		return false, 0, NewError(TypeErrorType, "'<' not supported between instances of '%s' and 'int'", TypeName(tv))
	}
	d, err := optTimeout(tv)
	if err != nil {
		return false, 0, err
	}
	return true, d, nil
}

func init() {
	newQ := func(kind queueKind) func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		return func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
			n := 0
			if err := UnpackArgs(cls.Name(), args, kwargs, "maxsize?", &n); err != nil {
				return nil, err
			}
			return &Queue{kind: kind, maxsize: n}, nil
		}
	}
	QueueType.New = newQ(fifoQueue)
	LifoQueueType.New = newQ(lifoQueue)
	PriorityQueueType.New = newQ(priorityQueue)
	// A subclass with its own __init__ (class JobQueue(queue.Queue) whose
	// __init__ takes a name and calls super().__init__(maxsize)) gets
	// its arguments there, not at allocation.
	for _, t := range []*Type{QueueType, LifoQueueType, PriorityQueueType, SimpleQueueType} {
		DeferInit(t)
	}
	SimpleQueueType.New = func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		if len(args) > 0 || len(kwargs) > 0 {
			return nil, NewError(TypeErrorType, "SimpleQueue() takes no arguments")
		}
		return &Queue{kind: simpleQueue}, nil
	}
	qq := asQueue
	methods := []*Builtin{
		NewMethod("__init__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			n := 0
			if err := UnpackArgs("__init__", args, kwargs, "maxsize?", &n); err != nil {
				return nil, err
			}
			q := qq(self)
			q.reinit(n)
			return None, q.pyInit(th, n)
		}),
		NewMethod("put", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var item Value
			q := qq(self)
			block, d, err := blockTimeoutArgs("put", args, kwargs, "item", &item)
			if err != nil && q.maxsize <= 0 {
				// An unbounded queue never waits: CPython ignores its
				// timeout, even a negative or non-numeric one.
				block, d, err = false, 0, nil
			}
			if err != nil {
				return nil, err
			}
			return None, q.Put(th, item, block, d)
		}),
		NewMethod("put_nowait", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var item Value
			if err := UnpackArgs("put_nowait", args, kwargs, "item", &item); err != nil {
				return nil, err
			}
			return None, qq(self).Put(th, item, false, 0)
		}),
		NewMethod("get", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			block, d, err := blockTimeoutArgs("get", args, kwargs)
			if err != nil {
				return nil, err
			}
			return qq(self).Get(th, block, d)
		}),
		NewMethod("get_nowait", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := UnpackArgs("get_nowait", args, kwargs); err != nil {
				return nil, err
			}
			return qq(self).Get(th, false, 0)
		}),
		NewMethod("qsize", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			q := qq(self)
			if q.hooks.qsize {
				return q.withMutex(th, func() (Value, error) { return q.pyQsize(th) })
			}
			n, _ := q.Size(th)
			return MakeInt(int64(n)), nil
		}),
		NewMethod("empty", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			q := qq(self)
			if q.hooks.qsize {
				return q.withMutex(th, func() (Value, error) {
					e, err := q.pyEmpty(th)
					return Bool(e), err
				})
			}
			n, _ := q.Size(th)
			return Bool(n == 0), nil
		}),
		NewMethod("full", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			q := qq(self)
			if q.hooks.qsize {
				return q.withMutex(th, func() (Value, error) {
					f, err := q.pyFull(th)
					return Bool(f), err
				})
			}
			q.mu.Lock()
			defer q.mu.Unlock()
			return Bool(q.fullLocked()), nil
		}),
		NewMethod("task_done", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			q := qq(self)
			if s := q.py.Load(); s != nil {
				return None, q.pyTaskDone(th, s)
			}
			return None, q.TaskDone()
		}),
		NewMethod("join", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			return None, qq(self).Join(th)
		}),
		NewMethod("close", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			return None, qq(self).Close(th)
		}),
		NewMethod("shutdown", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			immediate := false
			if err := UnpackArgs("shutdown", args, kwargs, "immediate?", &immediate); err != nil {
				return nil, err
			}
			q := qq(self)
			if immediate {
				q.mu.Lock()
				q.items, q.head = nil, 0
				q.unfinished = 0
				if q.joined != nil {
					close(q.joined)
					q.joined = nil
				}
				q.mu.Unlock()
			}
			return None, q.Close(th)
		}),
	}
	QueueType.AddMethods(methods...)
	for _, m := range methods {
		switch m.Name {
		case "put", "put_nowait", "get", "get_nowait", "qsize", "empty":
			c := *m
			c.Owner = nil
			SimpleQueueType.AddMethods(&c)
		}
	}
}
