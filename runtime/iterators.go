package runtime

import "sync"

// Iterators of the built-in containers. Each is a Go Iterator and also a
// Value (its Python type is list_iterator, dict_keyiterator, ...), so that
// iter(x) can hand the very same object to Python code: iterators are
// themselves iterable (iter(it) is it) and have __next__ and __iter__.
//
// Every step is atomic when threads share the iterator (iterlock.go).
//
// Sequence iterators are index-based like CPython's: a list that grows
// during the loop yields the new items, one that shrinks ends the loop
// early, and no mutation can make them fail. Dict and set iterators
// detect a change of size and raise RuntimeError, as CPython does.

// Iterator types.
var (
	ListIteratorType        = NewBuiltinType("list_iterator", nil)
	ListReverseIteratorType = NewBuiltinType("list_reverseiterator", nil)
	TupleIteratorType       = NewBuiltinType("tuple_iterator", nil)
	RangeIteratorType       = NewBuiltinType("range_iterator", nil)
	SetIteratorType         = NewBuiltinType("set_iterator", nil)
	DictKeyIteratorType     = NewBuiltinType("dict_keyiterator", nil)
	DictValueIteratorType   = NewBuiltinType("dict_valueiterator", nil)
	DictItemIteratorType    = NewBuiltinType("dict_itemiterator", nil)
	DictRevKeyIteratorType  = NewBuiltinType("dict_reversekeyiterator", nil)
	DictRevValueIterType    = NewBuiltinType("dict_reversevalueiterator", nil)
	DictRevItemIteratorType = NewBuiltinType("dict_reverseitemiterator", nil)
	ByteArrayIteratorType   = NewBuiltinType("bytearray_iterator", nil)
)

func init() {
	for _, t := range []*Type{ListIteratorType, ListReverseIteratorType, TupleIteratorType,
		RangeIteratorType, SetIteratorType, DictKeyIteratorType, DictValueIteratorType,
		DictItemIteratorType, DictRevKeyIteratorType, DictRevValueIterType,
		DictRevItemIteratorType, ByteArrayIteratorType, StrIteratorType} {
		AddIteratorMethods(t)
	}
}

// AddIteratorMethods gives an iterator type __iter__ (returns self) and
// __next__ (raises StopIteration when exhausted). Values of the type must
// implement Iterator.
func AddIteratorMethods(t *Type) {
	t.AddMethods(
		NewMethod("__iter__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("__iter__", args, kwargs); err != nil {
				return nil, err
			}
			return self, nil
		}),
		NewMethod("__next__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := cNoArgs("__next__", args, kwargs); err != nil {
				return nil, err
			}
			it, ok := self.(Iterator)
			if !ok {
				return nil, NewError(TypeErrorType, "'%s' object is not an iterator", TypeName(self))
			}
			v, ok, err := it.Next(th)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, NewException(StopIterationType)
			}
			return v, nil
		}),
	)
}

// IteratorObject makes any Go Iterator a Python iterator object with a
// given type name (map, filter, zip, enumerate, reversed, ...). See
// NewIteratorValue.
type IteratorObject struct {
	typ   *Type
	it    Iterator
	guard IterGuard // the wrapped Next may run user code (iterlock.go)
}

var iteratorTypes struct {
	sync.Mutex
	byName map[string]*Type
}

// IteratorType returns the iterator type of the given name, creating it
// (with __iter__ and __next__) on first use. Safe for concurrent use.
func IteratorType(name string) *Type {
	iteratorTypes.Lock()
	defer iteratorTypes.Unlock()
	if t, ok := iteratorTypes.byName[name]; ok {
		return t
	}
	if iteratorTypes.byName == nil {
		iteratorTypes.byName = map[string]*Type{}
	}
	t := NewBuiltinType(name, nil)
	AddIteratorMethods(t)
	iteratorTypes.byName[name] = t
	return t
}

// NewIteratorValue wraps a Go Iterator as a Python iterator whose type is
// named typeName ("map", "zip", ...): iter() of it is itself, next() and
// for loops drive it.Next. If it is already a Value implementing Iterator
// of that type, it is returned as is.
func NewIteratorValue(typeName string, it Iterator) Value {
	if v, ok := it.(Value); ok && v.Type().Name() == typeName {
		return v
	}
	return &IteratorObject{typ: IteratorType(typeName), it: it}
}

// IteratorValue returns it as a Python value: it itself when it already is
// one (all container iterators are), else it wrapped as a generic
// "iterator" object. iter(x) uses it.
func IteratorValue(it Iterator) Value {
	if v, ok := it.(Value); ok {
		return v
	}
	return NewIteratorValue("iterator", it)
}

// Type returns the iterator's type.
func (o *IteratorObject) Type() *Type { return o.typ }

// Next advances the wrapped iterator.
func (o *IteratorObject) Next(th *Thread) (Value, bool, error) {
	entered, err := o.guard.Enter(th, o)
	if err != nil {
		return nil, false, err
	}
	v, ok, err := o.it.Next(th)
	o.guard.Exit(th, entered)
	return v, ok, err
}

// Iter returns the iterator itself.
func (o *IteratorObject) Iter(th *Thread) (Iterator, error) { return o, nil }

// Unwrap returns the wrapped Go iterator.
func (o *IteratorObject) Unwrap() Iterator { return o.it }

// iterDone is the Next result of an exhausted iterator.
func iterDone() (Value, bool, error) { return nil, false, nil }

// ListIterator iterates a list by index.
type ListIterator struct {
	mu iterLock
	l  *List // nil once exhausted
	i  int
}

// Type returns list_iterator.
func (*ListIterator) Type() *Type { return ListIteratorType }

// Iter returns the iterator itself.
func (it *ListIterator) Iter(th *Thread) (Iterator, error) { return it, nil }

// Next returns the next item.
func (it *ListIterator) Next(th *Thread) (Value, bool, error) {
	k := it.mu.lock()
	defer it.mu.unlock(k)
	if it.l == nil {
		return iterDone()
	}
	v, ok := it.l.get(it.i)
	if !ok {
		it.l = nil
		return iterDone()
	}
	it.i++
	return v, true, nil
}

// ListReverseIterator is reversed(list).
type ListReverseIterator struct {
	mu iterLock
	l  *List
	i  int
}

// Type returns list_reverseiterator.
func (*ListReverseIterator) Type() *Type { return ListReverseIteratorType }

// Iter returns the iterator itself.
func (it *ListReverseIterator) Iter(th *Thread) (Iterator, error) { return it, nil }

// Next returns the next item.
func (it *ListReverseIterator) Next(th *Thread) (Value, bool, error) {
	k := it.mu.lock()
	defer it.mu.unlock(k)
	if it.l == nil || it.i < 0 {
		return iterDone()
	}
	v, ok := it.l.get(it.i)
	if !ok {
		it.l = nil
		return iterDone()
	}
	it.i--
	return v, true, nil
}

// TupleIterator iterates a tuple.
type TupleIterator struct {
	mu    iterLock
	items []Value
	i     int
}

// Type returns tuple_iterator.
func (*TupleIterator) Type() *Type { return TupleIteratorType }

// Iter returns the iterator itself.
func (it *TupleIterator) Iter(th *Thread) (Iterator, error) { return it, nil }

// Next returns the next item.
func (it *TupleIterator) Next(th *Thread) (Value, bool, error) {
	k := it.mu.lock()
	defer it.mu.unlock(k)
	if it.i >= len(it.items) {
		return iterDone()
	}
	v := it.items[it.i]
	it.i++
	return v, true, nil
}

// TupleReverseIterator is reversed(tuple): its class is the caller's
// (builtins.reversed or a subclass). One allocation, no per-item index
// boxing: the generic reversed object (len, then __getitem__ with a boxed
// index per item) cost three allocations per call, which `for f in
// reversed(fs)` in a small function pays on every call.
type TupleReverseIterator struct {
	mu    iterLock
	typ   *Type
	items []Value
	i     int // next index + 1
}

// NewTupleReverseIterator returns reversed(t) of class typ.
func NewTupleReverseIterator(typ *Type, t *Tuple) *TupleReverseIterator {
	return &TupleReverseIterator{typ: typ, items: t.Items, i: len(t.Items)}
}

// Type returns the iterator's class.
func (it *TupleReverseIterator) Type() *Type { return it.typ }

// Iter returns the iterator itself.
func (it *TupleReverseIterator) Iter(th *Thread) (Iterator, error) { return it, nil }

// Next returns the next item.
func (it *TupleReverseIterator) Next(th *Thread) (Value, bool, error) {
	k := it.mu.lock()
	defer it.mu.unlock(k)
	if it.i <= 0 {
		return iterDone()
	}
	it.i--
	return it.items[it.i], true, nil
}

// RangeIterator iterates a range (forwards or, from Reversed, backwards).
type RangeIterator struct {
	mu         iterLock
	next, step int64
	left       uint64
}

// Type returns range_iterator.
func (*RangeIterator) Type() *Type { return RangeIteratorType }

// Iter returns the iterator itself.
func (it *RangeIterator) Iter(th *Thread) (Iterator, error) { return it, nil }

// Next returns the next int. It is a checkpoint every 256 items
// (IterCheckpoint); the item taken when it raises is dropped, like the
// rest of the loop that Cancelled or KeyboardInterrupt ends.
func (it *RangeIterator) Next(th *Thread) (Value, bool, error) {
	v, left, ok := it.nextInt()
	if !ok {
		return iterDone()
	}
	if err := IterCheckpoint(th, left); err != nil {
		return nil, false, err
	}
	return MakeInt(v), true, nil
}

// nextInt takes the next int and returns it with the number of ints
// left after it.
func (it *RangeIterator) nextInt() (v int64, left uint64, ok bool) {
	k := it.mu.lock()
	if it.left == 0 {
		it.mu.unlock(k)
		return 0, 0, false
	}
	v = it.next
	it.left--
	left = it.left
	if it.left > 0 {
		it.next += it.step
	}
	it.mu.unlock(k)
	return v, left, true
}

// dictIterKind selects what a dict iterator yields.
type dictIterKind uint8

const (
	dictIterKeys dictIterKind = iota
	dictIterValues
	dictIterItems
)

// DictIterator iterates a dict's keys, values or items, forwards or
// backwards.
type DictIterator struct {
	mu      iterLock
	d       *Dict // nil once exhausted
	kind    dictIterKind
	reverse bool
	pos     int
	used    int // the dict's size when the iteration started
	left    int
}

func newDictIterator(d *Dict, kind dictIterKind, reverse bool) *DictIterator {
	used, npos := d.iterStart()
	it := &DictIterator{d: d, kind: kind, reverse: reverse, used: used, left: used}
	if reverse {
		it.pos = npos - 1
	}
	return it
}

// Type returns dict_keyiterator, dict_valueiterator, ...
func (it *DictIterator) Type() *Type {
	switch {
	case it.kind == dictIterKeys && !it.reverse:
		return DictKeyIteratorType
	case it.kind == dictIterValues && !it.reverse:
		return DictValueIteratorType
	case it.kind == dictIterItems && !it.reverse:
		return DictItemIteratorType
	case it.kind == dictIterKeys:
		return DictRevKeyIteratorType
	case it.kind == dictIterValues:
		return DictRevValueIterType
	}
	return DictRevItemIteratorType
}

// Iter returns the iterator itself.
func (it *DictIterator) Iter(th *Thread) (Iterator, error) { return it, nil }

// Next returns the next key, value or (key, value) tuple.
func (it *DictIterator) Next(th *Thread) (Value, bool, error) {
	k := it.mu.lock()
	defer it.mu.unlock(k)
	return it.next()
}

// next is Next under the iterator's lock.
func (it *DictIterator) next() (Value, bool, error) {
	d := it.d
	if d == nil {
		return iterDone()
	}
	k, v, pos, ok, changed := d.iterNext(it.pos, it.used, it.reverse)
	if changed {
		it.used = -1 // sticky, as in CPython
		return nil, false, NewError(RuntimeErrorType, "dictionary changed size during iteration")
	}
	it.pos = pos
	if !ok {
		it.d = nil
		return iterDone()
	}
	if it.left == 0 {
		it.d = nil
		return nil, false, NewError(RuntimeErrorType, "dictionary keys changed during iteration")
	}
	it.left--
	switch it.kind {
	case dictIterKeys:
		return k, true, nil
	case dictIterValues:
		return v, true, nil
	}
	return NewTuple([]Value{k, v}), true, nil
}

// SetIterator iterates a set's hash table.
type SetIterator struct {
	mu   iterLock
	s    *Set // nil once exhausted
	pos  int
	used int
	left int
}

// Type returns set_iterator.
func (*SetIterator) Type() *Type { return SetIteratorType }

// Iter returns the iterator itself.
func (it *SetIterator) Iter(th *Thread) (Iterator, error) { return it, nil }

// Next returns the next element.
func (it *SetIterator) Next(th *Thread) (Value, bool, error) {
	locked := it.mu.lock()
	defer it.mu.unlock(locked)
	s := it.s
	if s == nil {
		return iterDone()
	}
	k, next, ok, changed := s.iterNext(it.pos, it.used)
	if changed {
		it.used = -1
		return nil, false, NewError(RuntimeErrorType, "Set changed size during iteration")
	}
	if !ok || it.left == 0 {
		it.s = nil
		return iterDone()
	}
	it.pos = next
	it.left--
	return k, true, nil
}
