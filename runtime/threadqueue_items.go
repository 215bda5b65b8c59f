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
	if q.py.Load() == nil {
		// Fast path: no code can hold the queue's mutex, so waiting
		// putters may go on at once.
		q.putters.grantAll()
	}
	q.mu.Unlock()
}

// add puts x at the back (append) or, for a FIFO queue's deque, the
// front (appendleft), waking no waiter (CPython code notifies itself).
func (v *QueueItems) add(x Value, front bool) {
	q := v.q
	q.mu.Lock()
	defer q.mu.Unlock()
	switch {
	case !front:
		q.items = append(q.items, x)
	case q.head > 0:
		q.head--
		q.items[q.head] = x
	default:
		q.items = append([]Value{x}, q.items...)
	}
}

// remove deletes the first item equal to x.
func (v *QueueItems) remove(th *Thread, x Value) error {
	q := v.q
	q.mu.Lock()
	defer q.mu.Unlock()
	for i := q.head; i < len(q.items); i++ {
		eq, err := Equal(th, q.items[i], x)
		if err != nil {
			return err
		}
		if eq {
			copy(q.items[i:], q.items[i+1:])
			q.items[len(q.items)-1] = nil
			q.items = q.items[:len(q.items)-1]
			return nil
		}
	}
	if q.kind == fifoQueue {
		return NewError(ValueErrorType, "deque.remove(x): x not in deque")
	}
	return NewError(ValueErrorType, "list.remove(x): x not in list")
}

func init() {
	item := func(name string, f func(th *Thread, v *QueueItems, x Value) error) *Builtin {
		return NewMethod(name, func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var x Value
			if err := UnpackArgs(name, args, kwargs, "x", &x); err != nil {
				return nil, err
			}
			return None, f(th, self.(*QueueItems), x)
		})
	}
	QueueItemsType.AddMethods(
		item("append", func(th *Thread, v *QueueItems, x Value) error { v.add(x, false); return nil }),
		item("appendleft", func(th *Thread, v *QueueItems, x Value) error {
			if v.q.kind != fifoQueue {
				return NewError(AttributeErrorType, "'list' object has no attribute 'appendleft'")
			}
			v.add(x, true)
			return nil
		}),
		item("remove", func(th *Thread, v *QueueItems, x Value) error { return v.remove(th, x) }),
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
