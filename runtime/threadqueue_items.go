package runtime

// QueueItems is queue.Queue's `queue` attribute, which CPython code reads
// to peek (`q.queue[0]`, `list(q.queue)`, `x in q.queue`) and clears under
// `with q.mutex:`. CPython's is the queue's own deque (a list for
// LifoQueue and PriorityQueue); here it is a live view of the Go queue:
// each operation takes the queue's lock, reads see the items in CPython's
// order and repr as CPython's container, and clear() empties the queue
// (leaving unfinished_tasks alone, as in CPython).
type QueueItems struct {
	q *Queue
}

// QueueItemsType is the view's type.
var QueueItemsType = NewBuiltinType("queue_items", nil)

func init() { QueueItemsType.SetModule("queue") }

// Type returns QueueItemsType.
func (*QueueItems) Type() *Type { return QueueItemsType }

// snapshot returns the items in CPython's container order.
func (v *QueueItems) snapshot() *List {
	q := v.q
	q.mu.Lock()
	defer q.mu.Unlock()
	return NewList(append([]Value(nil), q.items[q.head:]...))
}

// Len is len(q.queue).
func (v *QueueItems) Len(th *Thread) (int, error) { return v.q.Size(th) }

// Iter iterates over a snapshot of the items.
func (v *QueueItems) Iter(th *Thread) (Iterator, error) { return v.snapshot().Iter(th) }

// GetItem is q.queue[i].
func (v *QueueItems) GetItem(th *Thread, key Value) (Value, error) {
	x, err := v.snapshot().GetItem(th, key)
	if err != nil && v.q.kind == fifoQueue && IsExc(err, IndexErrorType) {
		return nil, NewError(IndexErrorType, "deque index out of range")
	}
	return x, err
}

// Contains is `x in q.queue`.
func (v *QueueItems) Contains(th *Thread, x Value) (bool, error) {
	return v.snapshot().Contains(th, x)
}

// Repr is deque([...]) for a FIFO queue, [...] for the others.
func (v *QueueItems) Repr(th *Thread) (string, error) {
	s, err := Repr(th, v.snapshot())
	if err != nil || v.q.kind == lifoQueue || v.q.kind == priorityQueue {
		return s, err
	}
	return "deque(" + s + ")", nil
}

func (v *QueueItems) clear() {
	q := v.q
	q.mu.Lock()
	clear(q.items)
	q.items, q.head = q.items[:0], 0
	q.putters.grantAll()
	q.mu.Unlock()
}

func init() {
	QueueItemsType.AddMethods(
		NewMethod("clear", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := UnpackArgs("clear", args, kwargs); err != nil {
				return nil, err
			}
			self.(*QueueItems).clear()
			return None, nil
		}),
		NewMethod("copy", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := UnpackArgs("copy", args, kwargs); err != nil {
				return nil, err
			}
			return self.(*QueueItems).snapshot(), nil
		}),
	)
}
