package runtime

// ThreadsQueue is threads.Queue (LANGUAGE.md §2.6): queue.Queue's FIFO
// queue that is also iterable (for x in q: yields items until the queue
// is closed and drained). queue.Queue itself is not iterable, as in
// CPython ('Queue' object is not iterable).
type ThreadsQueue struct {
	Queue
}

// ThreadsQueueType is threads.Queue, a subclass of queue.Queue.
var ThreadsQueueType = NewBuiltinType("Queue", QueueType)

func init() {
	ThreadsQueueType.SetModule("threads")
	ThreadsQueueType.New = func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		n := 0
		if err := UnpackArgs("Queue", args, kwargs, "maxsize?", &n); err != nil {
			return nil, err
		}
		return &ThreadsQueue{Queue{maxsize: n}}, nil
	}
	DeferInit(ThreadsQueueType)
}

// Type returns ThreadsQueueType.
func (*ThreadsQueue) Type() *Type { return ThreadsQueueType }

// asQueue returns the queue of a queue.Queue / LifoQueue / PriorityQueue /
// SimpleQueue or threads.Queue value (the self of their methods).
func asQueue(v Value) *Queue {
	if tq, ok := v.(*ThreadsQueue); ok {
		return &tq.Queue
	}
	return v.(*Queue)
}

// Iter iterates until the queue is closed and drained.
func (q *ThreadsQueue) Iter(th *Thread) (Iterator, error) { return queueIter{&q.Queue}, nil }

type queueIter struct{ q *Queue }

func (it queueIter) Next(th *Thread) (Value, bool, error) {
	return it.q.get(th, true, -1)
}
