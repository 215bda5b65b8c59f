package stdlib

import (
	"sync"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// deque is collections.deque: a ring buffer, so append, appendleft, pop
// and popleft are O(1) at both ends and a bounded deque drops from the
// far end without moving the rest (it was a slice that copied itself on
// appendleft and on every append to a full bounded deque: 20000
// appendleft took 3.6 s, 200000 appends to deque(maxlen=1000) 3.0 s).
//
// Every method holds mu for one short step that never runs user code, so
// a deque shared between threads is a safe queue (LANGUAGE.md §2.6), as
// CPython's is under the GIL. state counts the mutations that move items
// (as CPython's deque->state): an iterator made before one raises
// "deque mutated during iteration" at its next step.
type deque struct {
	mu     sync.Mutex
	buf    []rt.Value // the ring; len(buf) is the capacity
	head   int        // position of the first item in buf
	n      int        // number of items
	maxlen int        // -1: unbounded
	state  uint64
}

func (*deque) Type() *rt.Type { return dequeType }

func asDeque(v rt.Value) *deque {
	d, _ := instBase(v).(*deque)
	return d
}

// newDeque makes a deque holding items (owned) with the given maxlen.
func newDeque(items []rt.Value, maxlen int) *deque {
	return &deque{buf: items, n: len(items), maxlen: maxlen}
}

// slot is the buf position of item i (0 <= i < n); called with mu held.
func (d *deque) slot(i int) int {
	i += d.head
	if i >= len(d.buf) {
		i -= len(d.buf)
	}
	return i
}

// itemsLocked copies the items in order.
func (d *deque) itemsLocked() []rt.Value {
	out := make([]rt.Value, d.n)
	k := copy(out, d.buf[d.head:min(d.head+d.n, len(d.buf))])
	copy(out[k:], d.buf[:d.n-k])
	return out
}

// setItemsLocked replaces the items (owned), counting a mutation.
func (d *deque) setItemsLocked(items []rt.Value) {
	d.buf, d.head, d.n = items, 0, len(items)
	d.state++
}

func (d *deque) snapshot() []rt.Value {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.itemsLocked()
}

// growLocked makes room for one more item.
func (d *deque) growLocked() {
	items := d.itemsLocked()
	buf := make([]rt.Value, max(8, 2*len(d.buf)))
	copy(buf, items)
	d.buf, d.head = buf, 0
}

// pushLocked appends (or, left, prepends) v, dropping an item from the
// other end when a bounded deque is full.
func (d *deque) pushLocked(v rt.Value, left bool) {
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && d.n == d.maxlen {
		d.popLocked(!left)
	}
	if d.n == len(d.buf) {
		d.growLocked()
	}
	d.state++
	if left {
		d.head--
		if d.head < 0 {
			d.head += len(d.buf)
		}
		d.buf[d.head] = v
	} else {
		d.buf[d.slot(d.n)] = v
	}
	d.n++
}

// popLocked removes and returns the last (or, left, the first) item; the
// deque must not be empty.
func (d *deque) popLocked(left bool) rt.Value {
	i := d.slot(d.n - 1)
	if left {
		i = d.head
		d.head = d.slot(1)
	}
	v := d.buf[i]
	d.buf[i] = nil
	d.n--
	d.state++
	return v
}

// rotateLocked is rotate(k) for 0 < k < n: the last k items move to the
// front, one at a time (at most n/2 moves: a negative rotation is the
// same as a positive one by n-k).
func (d *deque) rotateLocked(k int) {
	if k > d.n/2 {
		for ; k < d.n; k++ {
			// The first item moves after the last (to the same slot
			// when the ring is full).
			v := d.buf[d.head]
			d.buf[d.head] = nil
			d.buf[d.slot(d.n)] = v
			d.head = d.slot(1)
		}
	} else {
		for ; k > 0; k-- {
			last := d.slot(d.n - 1)
			v := d.buf[last]
			d.buf[last] = nil
			d.head--
			if d.head < 0 {
				d.head += len(d.buf)
			}
			d.buf[d.head] = v
		}
	}
	d.state++
}

// dequeIter iterates a deque (or, reverse, backwards); its position is
// guarded by the deque's lock, so threads sharing it each get their own
// items.
type dequeIter struct {
	d       *deque
	i       int
	state   uint64
	reverse bool
}

// dequeIterTypes are the forward and reverse iterator types (set in
// initDeque). A dequeIter is its own Python value: its steps need no
// IteratorObject guard, as they never run user code.
var dequeIterTypes [2]*rt.Type

func (it *dequeIter) Type() *rt.Type {
	if it.reverse {
		return dequeIterTypes[1]
	}
	return dequeIterTypes[0]
}

func (it *dequeIter) Next(th *rt.Thread) (rt.Value, bool, error) {
	d := it.d
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.state != it.state {
		return nil, false, rt.NewError(rt.RuntimeErrorType, "deque mutated during iteration")
	}
	if it.i >= d.n {
		return nil, false, nil
	}
	j := it.i
	if it.reverse {
		j = d.n - 1 - it.i
	}
	it.i++
	return d.buf[d.slot(j)], true, nil
}

func (d *deque) newIter(reverse bool) *dequeIter {
	d.mu.Lock()
	defer d.mu.Unlock()
	return &dequeIter{d: d, state: d.state, reverse: reverse}
}

// deleteLocked removes item i (del d[i]).
func (d *deque) deleteLocked(i int) {
	items := d.itemsLocked()
	d.setItemsLocked(append(items[:i], items[i+1:]...))
}

// removeLocked removes the item v that remove() found equal at index i
// of its snapshot: at i if it is still there, else its first occurrence
// (another thread moved it meanwhile); nothing if it is gone.
func (d *deque) removeLocked(i int, v rt.Value) {
	if i < d.n && rt.Is(d.buf[d.slot(i)], v) {
		d.deleteLocked(i)
		return
	}
	for j := 0; j < d.n; j++ {
		if rt.Is(d.buf[d.slot(j)], v) {
			d.deleteLocked(j)
			return
		}
	}
}

func (d *deque) extend(th *rt.Thread, it rt.Value, left bool) error {
	vals, err := rt.IterateAll(th, it)
	if err != nil {
		return err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, v := range vals {
		d.pushLocked(v, left)
	}
	return nil
}

func (d *deque) Len(th *rt.Thread) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.n, nil
}

func (d *deque) Truth(th *rt.Thread) (bool, error) {
	n, _ := d.Len(th)
	return n > 0, nil
}

func (d *deque) Iter(th *rt.Thread) (rt.Iterator, error) {
	return d.newIter(false), nil
}

func (d *deque) index(key rt.Value) (int, error) {
	i, err := rt.IndexInt(key)
	if err != nil {
		return 0, rt.NewError(rt.TypeErrorType, "sequence index must be integer, not '%s'", rt.TypeName(key))
	}
	if i < 0 {
		i += d.n
	}
	if i < 0 || i >= d.n {
		return 0, rt.NewError(rt.IndexErrorType, "deque index out of range")
	}
	return i, nil
}

func (d *deque) GetItem(th *rt.Thread, key rt.Value) (rt.Value, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	i, err := d.index(key)
	if err != nil {
		return nil, err
	}
	return d.buf[d.slot(i)], nil
}

func (d *deque) SetItem(th *rt.Thread, key, v rt.Value) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	i, err := d.index(key)
	if err != nil {
		return err
	}
	if v == nil {
		d.deleteLocked(i)
		return nil
	}
	d.buf[d.slot(i)] = v
	return nil
}

func (d *deque) Contains(th *rt.Thread, item rt.Value) (bool, error) {
	return rt.Contains(th, rt.NewTuple(d.snapshot()), item)
}

func (d *deque) Repr(th *rt.Thread) (string, error) {
	th, ok := rt.ReprEnter(th, d)
	if !ok {
		return "[...]", nil
	}
	defer rt.ReprLeave(th, d)
	s, err := rt.Repr(th, rt.NewList(d.snapshot()))
	if err != nil {
		return "", err
	}
	if d.maxlen >= 0 {
		return "deque(" + s + ", maxlen=" + itoa(d.maxlen) + ")", nil
	}
	return "deque(" + s + ")", nil
}

func (d *deque) Equal(th *rt.Thread, other rt.Value) (bool, bool, error) {
	o, ok := other.(*deque)
	if !ok {
		return false, false, nil
	}
	eq, err := rt.Equal(th, rt.NewList(d.snapshot()), rt.NewList(o.snapshot()))
	return eq, true, err
}

func (d *deque) Compare(th *rt.Thread, op ast.Op, other rt.Value) (rt.Value, error) {
	o, ok := other.(*deque)
	if !ok {
		return rt.NotImplemented, nil
	}
	return rt.Compare(th, op, rt.NewList(d.snapshot()), rt.NewList(o.snapshot()))
}

func (d *deque) Hash(th *rt.Thread) (int64, error) {
	return 0, rt.NewError(rt.TypeErrorType, "unhashable type: 'collections.deque'")
}

func (d *deque) Inplace(th *rt.Thread, op ast.Op, other rt.Value) (rt.Value, error) {
	if op == ast.Mult {
		return d.repeat(other, true)
	}
	if op != ast.Add {
		return rt.NotImplemented, nil
	}
	if err := d.extend(th, other, false); err != nil {
		return nil, err
	}
	return d, nil
}

func (d *deque) Binary(th *rt.Thread, op ast.Op, other rt.Value, right bool) (rt.Value, error) {
	if op == ast.Mult {
		return d.repeat(other, false)
	}
	o, ok := other.(*deque)
	if op == ast.Add && !ok && !right {
		if _, user := other.(*rt.Instance); !user {
			return nil, rt.NewError(rt.TypeErrorType, "can only concatenate deque (not \"%s\") to deque", rt.TypeName(other))
		}
	}
	if op != ast.Add || !ok || right {
		return rt.NotImplemented, nil
	}
	nd := newDeque(nil, d.maxlen)
	for _, v := range append(d.snapshot(), o.snapshot()...) {
		nd.pushLocked(v, false)
	}
	return nd, nil
}

// repeat is d * n (a new deque with d's maxlen) or, inPlace, d *= n;
// n <= 0 empties it, and a bounded deque keeps only its last maxlen
// items, as CPython's deque_repeat.
func (d *deque) repeat(other rt.Value, inPlace bool) (rt.Value, error) {
	if !rt.IsIntValue(other) {
		if _, user := other.(*rt.Instance); user {
			return rt.NotImplemented, nil // its __rmul__ may answer
		}
		return nil, rt.NewError(rt.TypeErrorType, "can't multiply sequence by non-int of type '%s'", rt.TypeName(other))
	}
	n, err := rt.IndexInt(other)
	if err != nil {
		return nil, err
	}
	items := d.snapshot()
	out := d
	if !inPlace {
		out = newDeque(nil, d.maxlen)
	}
	var all []rt.Value
	if len(items) > 0 && n > 0 {
		keep := len(items) * n
		if d.maxlen >= 0 && keep > d.maxlen {
			keep = d.maxlen
		}
		all = make([]rt.Value, keep)
		// all ends with whole copies of items: index from the end.
		for i := range all {
			j := (len(items)*n - keep + i) % len(items)
			all[i] = items[j]
		}
	}
	out.mu.Lock()
	out.setItemsLocked(all)
	out.mu.Unlock()
	return out, nil
}

func (d *deque) Reversed() rt.Value {
	return d.newIter(true)
}

func initDeque() {
	for i, name := range []string{"_deque_iterator", "_deque_reverse_iterator"} {
		dequeIterTypes[i] = newModuleType(name, "_collections")
		rt.AddIteratorMethods(dequeIterTypes[i])
	}
	dequeType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var iterable, maxlen rt.Value = nil, rt.None
		if err := rt.UnpackArgs("deque", args, kwargs, "iterable?", &iterable, "maxlen?", &maxlen); err != nil {
			return nil, err
		}
		d := newDeque(nil, -1)
		if maxlen != rt.None {
			n, err := rt.IndexInt(maxlen)
			if err != nil {
				return nil, rt.NewError(rt.TypeErrorType, "an integer is required")
			}
			if n < 0 {
				return nil, rt.NewError(rt.ValueErrorType, "maxlen must be non-negative")
			}
			d.maxlen = n
		}
		if iterable != nil {
			if err := d.extend(th, iterable, false); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	dm := func(name string, fn func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
		return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d := asDeque(self)
			if d == nil {
				return nil, rt.NewError(rt.TypeErrorType, "descriptor '%s' requires a 'collections.deque' object", name)
			}
			return fn(th, d, args, kwargs)
		})
	}
	one := func(name string, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var x rt.Value
		err := rt.UnpackArgs(name, args, kwargs, "x", &x)
		return x, err
	}
	dequeType.AddMethods(
		dm("append", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			x, err := one("append", args, kwargs)
			if err != nil {
				return nil, err
			}
			d.mu.Lock()
			d.pushLocked(x, false)
			d.mu.Unlock()
			return rt.None, nil
		}),
		dm("appendleft", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			x, err := one("appendleft", args, kwargs)
			if err != nil {
				return nil, err
			}
			d.mu.Lock()
			d.pushLocked(x, true)
			d.mu.Unlock()
			return rt.None, nil
		}),
		dm("extend", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			x, err := one("extend", args, kwargs)
			if err != nil {
				return nil, err
			}
			return rt.None, d.extend(th, x, false)
		}),
		dm("extendleft", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			x, err := one("extendleft", args, kwargs)
			if err != nil {
				return nil, err
			}
			return rt.None, d.extend(th, x, true)
		}),
		dm("pop", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := noArgs("pop", args, kwargs); err != nil {
				return nil, err
			}
			d.mu.Lock()
			defer d.mu.Unlock()
			if d.n == 0 {
				return nil, rt.NewError(rt.IndexErrorType, "pop from an empty deque")
			}
			return d.popLocked(false), nil
		}),
		dm("popleft", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := noArgs("popleft", args, kwargs); err != nil {
				return nil, err
			}
			d.mu.Lock()
			defer d.mu.Unlock()
			if d.n == 0 {
				return nil, rt.NewError(rt.IndexErrorType, "pop from an empty deque")
			}
			return d.popLocked(true), nil
		}),
		dm("clear", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := noArgs("clear", args, kwargs); err != nil {
				return nil, err
			}
			d.mu.Lock()
			d.setItemsLocked(nil)
			d.mu.Unlock()
			return rt.None, nil
		}),
		dm("copy", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := noArgs("copy", args, kwargs); err != nil {
				return nil, err
			}
			return newDeque(d.snapshot(), d.maxlen), nil
		}),
		dm("__copy__", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return newDeque(d.snapshot(), d.maxlen), nil
		}),
		dm("rotate", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			n := 1
			if err := rt.UnpackArgs("rotate", args, kwargs, "n?", &n); err != nil {
				return nil, err
			}
			d.mu.Lock()
			defer d.mu.Unlock()
			if l := d.n; l > 1 {
				if n = ((n % l) + l) % l; n != 0 {
					d.rotateLocked(n)
				}
			}
			return rt.None, nil
		}),
		dm("reverse", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d.mu.Lock()
			defer d.mu.Unlock()
			for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
				si, sj := d.slot(i), d.slot(j)
				d.buf[si], d.buf[sj] = d.buf[sj], d.buf[si]
			}
			d.state++
			return rt.None, nil
		}),
		dm("count", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			x, err := one("count", args, kwargs)
			if err != nil {
				return nil, err
			}
			n := 0
			for _, v := range d.snapshot() {
				eq, err := rt.Equal(th, v, x)
				if err != nil {
					return nil, err
				}
				if eq {
					n++
				}
			}
			return rt.MakeInt(int64(n)), nil
		}),
		dm("index", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var x rt.Value
			start, stop := 0, 1<<62
			if err := rt.UnpackArgs("index", args, kwargs, "x", &x, "start?", &start, "stop?", &stop); err != nil {
				return nil, err
			}
			items := d.snapshot()
			start, stop = rt.ClampRange(start, stop, len(items))
			for i := start; i < stop; i++ {
				eq, err := rt.Equal(th, items[i], x)
				if err != nil {
					return nil, err
				}
				if eq {
					return rt.MakeInt(int64(i)), nil
				}
			}
			s, err := rt.Repr(th, x)
			if err != nil {
				return nil, err
			}
			return nil, rt.NewError(rt.ValueErrorType, "%s is not in deque", s)
		}),
		dm("insert", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var i int
			var x rt.Value
			if err := rt.UnpackArgs("insert", args, kwargs, "i", &i, "x", &x); err != nil {
				return nil, err
			}
			d.mu.Lock()
			defer d.mu.Unlock()
			if d.maxlen >= 0 && d.n >= d.maxlen {
				return nil, rt.NewError(rt.IndexErrorType, "deque already at its maximum size")
			}
			i, _ = rt.ClampRange(i, 0, d.n)
			items := d.itemsLocked()
			d.setItemsLocked(append(items[:i], append([]rt.Value{x}, items[i:]...)...))
			return rt.None, nil
		}),
		dm("remove", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			x, err := one("remove", args, kwargs)
			if err != nil {
				return nil, err
			}
			items := d.snapshot()
			for i, v := range items {
				eq, err := rt.Equal(th, v, x)
				if err != nil {
					return nil, err
				}
				if eq {
					d.mu.Lock()
					d.removeLocked(i, v)
					d.mu.Unlock()
					return rt.None, nil
				}
			}
			s, err := rt.Repr(th, x)
			if err != nil {
				return nil, err
			}
			return nil, rt.NewError(rt.ValueErrorType, "%s is not in deque", s)
		}),
		dm("__reversed__", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return d.Reversed(), nil
		}),
	)
	dequeType.Dict.SetStr("maxlen", propGetter("maxlen", func(th *rt.Thread, self rt.Value) (rt.Value, error) {
		d := asDeque(self)
		if d == nil || d.maxlen < 0 {
			return rt.None, nil
		}
		return rt.MakeInt(int64(d.maxlen)), nil
	}))
}
