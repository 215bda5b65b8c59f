package stdlib

import (
	"strings"
	"sync"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// The collections module. deque and ChainMap are Go types (their state is
// Go data behind a mutex); defaultdict, Counter and OrderedDict are classes
// deriving from dict built with runtime.BuildClass (collections_class.go),
// so the dict machinery (hashing, views, iteration) is dict's own and
// programs may subclass them; namedtuple builds a tuple subclass per call
// (collections_namedtuple.go).

var (
	dequeType    = newModuleType("deque", "collections")
	chainMapType = newModuleType("ChainMap", "collections")

	defaultdictType *rt.Type
	counterType     *rt.Type
	orderedDictType *rt.Type
)

// loadCollectionsModule makes the collections module (registered in modules.go).
func loadCollectionsModule() *rt.Module {
	setupCollectionsTypes()
	return newCollectionsModule()
}

// collectionsSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported (typing's setup
// sets it up for its aliases).
var collectionsSetup sync.Once

func setupCollectionsTypes() { collectionsSetup.Do(initCollectionsTypes) }

func initCollectionsTypes() {
	initDeque()
	initChainMap()
	defaultdictType = newDefaultdictClass()
	counterType = newCounterClass()
	orderedDictType = newOrderedDictClass()
}

func newCollectionsModule() *rt.Module {
	m := rt.NewModule("collections")
	m.Dict.SetStr("deque", dequeType)
	m.Dict.SetStr("ChainMap", chainMapType)
	m.Dict.SetStr("defaultdict", defaultdictType)
	m.Dict.SetStr("Counter", counterType)
	m.Dict.SetStr("OrderedDict", orderedDictType)
	m.Dict.SetStr("namedtuple", rt.NewFunc("namedtuple", collectionsNamedtuple))
	abc := collectionsAbcModule()
	m.Dict.SetStr("abc", abc)
	return m
}

// ---- deque ----

type deque struct {
	mu     sync.Mutex
	items  []rt.Value
	maxlen int // -1: unbounded
}

func (*deque) Type() *rt.Type { return dequeType }

func asDeque(v rt.Value) *deque {
	d, _ := instBase(v).(*deque)
	return d
}

func (d *deque) snapshot() []rt.Value {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]rt.Value(nil), d.items...)
}

// pushLocked appends (or prepends) v, dropping from the other end when full.
func (d *deque) pushLocked(v rt.Value, left bool) {
	if d.maxlen == 0 {
		return
	}
	if left {
		d.items = append([]rt.Value{v}, d.items...)
		if d.maxlen > 0 && len(d.items) > d.maxlen {
			d.items = d.items[:d.maxlen]
		}
		return
	}
	d.items = append(d.items, v)
	if d.maxlen > 0 && len(d.items) > d.maxlen {
		d.items = append([]rt.Value(nil), d.items[len(d.items)-d.maxlen:]...)
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
	return len(d.items), nil
}

func (d *deque) Truth(th *rt.Thread) (bool, error) {
	n, _ := d.Len(th)
	return n > 0, nil
}

func (d *deque) Iter(th *rt.Thread) (rt.Iterator, error) {
	return rt.Iter(th, rt.NewTuple(d.snapshot()))
}

func (d *deque) index(key rt.Value) (int, error) {
	i, err := rt.IndexInt(key)
	if err != nil {
		return 0, rt.NewError(rt.TypeErrorType, "sequence index must be integer, not '%s'", rt.TypeName(key))
	}
	if i < 0 {
		i += len(d.items)
	}
	if i < 0 || i >= len(d.items) {
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
	return d.items[i], nil
}

func (d *deque) SetItem(th *rt.Thread, key, v rt.Value) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	i, err := d.index(key)
	if err != nil {
		return err
	}
	if v == nil {
		d.items = append(d.items[:i:i], d.items[i+1:]...)
		return nil
	}
	d.items[i] = v
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
	nd := &deque{maxlen: d.maxlen}
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
		out = &deque{maxlen: d.maxlen}
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
	out.items = all
	out.mu.Unlock()
	return out, nil
}

func (d *deque) Reversed() rt.Value {
	items := d.snapshot()
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
	it, _ := rt.Iter(nil, rt.NewTuple(items))
	return rt.NewIteratorValue("_collections._deque_reverse_iterator", it)
}

func initDeque() {
	dequeType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var iterable, maxlen rt.Value = nil, rt.None
		if err := rt.UnpackArgs("deque", args, kwargs, "iterable?", &iterable, "maxlen?", &maxlen); err != nil {
			return nil, err
		}
		d := &deque{maxlen: -1}
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
			if len(d.items) == 0 {
				return nil, rt.NewError(rt.IndexErrorType, "pop from an empty deque")
			}
			v := d.items[len(d.items)-1]
			d.items = d.items[:len(d.items)-1]
			return v, nil
		}),
		dm("popleft", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := noArgs("popleft", args, kwargs); err != nil {
				return nil, err
			}
			d.mu.Lock()
			defer d.mu.Unlock()
			if len(d.items) == 0 {
				return nil, rt.NewError(rt.IndexErrorType, "pop from an empty deque")
			}
			v := d.items[0]
			d.items[0] = nil
			d.items = d.items[1:]
			return v, nil
		}),
		dm("clear", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := noArgs("clear", args, kwargs); err != nil {
				return nil, err
			}
			d.mu.Lock()
			d.items = nil
			d.mu.Unlock()
			return rt.None, nil
		}),
		dm("copy", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := noArgs("copy", args, kwargs); err != nil {
				return nil, err
			}
			return &deque{items: d.snapshot(), maxlen: d.maxlen}, nil
		}),
		dm("__copy__", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return &deque{items: d.snapshot(), maxlen: d.maxlen}, nil
		}),
		dm("rotate", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			n := 1
			if err := rt.UnpackArgs("rotate", args, kwargs, "n?", &n); err != nil {
				return nil, err
			}
			d.mu.Lock()
			defer d.mu.Unlock()
			l := len(d.items)
			if l <= 1 {
				return rt.None, nil
			}
			n = ((n % l) + l) % l
			d.items = append(append([]rt.Value(nil), d.items[l-n:]...), d.items[:l-n]...)
			return rt.None, nil
		}),
		dm("reverse", func(th *rt.Thread, d *deque, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d.mu.Lock()
			defer d.mu.Unlock()
			for i, j := 0, len(d.items)-1; i < j; i, j = i+1, j-1 {
				d.items[i], d.items[j] = d.items[j], d.items[i]
			}
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
			start, stop = clampRange(start, stop, len(items))
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
			if d.maxlen >= 0 && len(d.items) >= d.maxlen {
				return nil, rt.NewError(rt.IndexErrorType, "deque already at its maximum size")
			}
			i, _ = clampRange(i, 0, len(d.items))
			d.items = append(d.items[:i], append([]rt.Value{x}, d.items[i:]...)...)
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
					if i < len(d.items) && d.items[i] == v {
						d.items = append(d.items[:i:i], d.items[i+1:]...)
					}
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

// clampRange clamps Python-style start/stop indices to [0, n].
func clampRange(start, stop, n int) (int, int) {
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	if stop < 0 {
		stop += n
		if stop < 0 {
			stop = 0
		}
	}
	if start > n {
		start = n
	}
	if stop > n {
		stop = n
	}
	return start, stop
}

// ---- defaultdict ----

func newDefaultdictClass() *rt.Type {
	return goClass("defaultdict", "collections", []*rt.Type{rt.DictType},
		"__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var factory rt.Value = rt.None
			if len(args) > 0 {
				factory = args[0]
				args = args[1:]
			}
			if factory != rt.None {
				if !isCallable(factory) {
					return nil, rt.NewError(rt.TypeErrorType, "first argument must be callable or None")
				}
			}
			if err := rt.SetAttr(th, self, "default_factory", factory); err != nil {
				return nil, err
			}
			return rt.None, dictInitInto(th, baseDict(self), "defaultdict", args, kwargs)
		}),
		"__missing__", meth("__missing__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var key rt.Value
			if err := rt.UnpackArgs("__missing__", args, kwargs, "key", &key); err != nil {
				return nil, err
			}
			f, err := rt.GetAttr(th, self, "default_factory")
			if err != nil {
				return nil, err
			}
			if f == rt.None {
				return nil, rt.NewException(rt.KeyErrorType, key)
			}
			v, err := call0(th, f)
			if err != nil {
				return nil, err
			}
			if err := rt.SetItem(th, self, key, v); err != nil {
				return nil, err
			}
			return v, nil
		}),
		"__repr__", meth("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			f, err := rt.GetAttr(th, self, "default_factory")
			if err != nil {
				return nil, err
			}
			fs, err := rt.Repr(th, f)
			if err != nil {
				return nil, err
			}
			ds, err := rt.Repr(th, baseDict(self))
			if err != nil {
				return nil, err
			}
			return rt.Str(clsName(self) + "(" + fs + ", " + ds + ")"), nil
		}),
		"copy", meth("copy", defaultdictCopy),
		"fromkeys", classMeth("fromkeys", dictSubclassFromkeys),
		"__copy__", meth("__copy__", defaultdictCopy),
	)
}

func defaultdictCopy(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	f, err := rt.GetAttr(th, self, "default_factory")
	if err != nil {
		return nil, err
	}
	return rt.Call(th, self.Type(), []rt.Value{f, baseDict(self).Copy()}, nil)
}

// dictInitInto is dict.__init__(d, *args, **kwargs).
func dictInitInto(th *rt.Thread, d *rt.Dict, name string, args []rt.Value, kwargs []rt.KwArg) error {
	if len(args) > 1 {
		return rt.NewError(rt.TypeErrorType, "%s expected at most 1 argument, got %d", name, len(args))
	}
	if len(args) == 1 {
		if err := d.Update(th, instBase(args[0])); err != nil {
			return err
		}
	}
	for _, kw := range kwargs {
		d.SetStr(kw.Name, kw.Value)
	}
	return nil
}

// ---- OrderedDict ----

func newOrderedDictClass() *rt.Type {
	return goClass("OrderedDict", "collections", []*rt.Type{rt.DictType},
		"__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, dictInitInto(th, baseDict(self), "OrderedDict", args, kwargs)
		}),
		"move_to_end", meth("move_to_end", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var key rt.Value
			last := true
			if err := rt.UnpackArgs("move_to_end", args, kwargs, "key", &key, "last?", &last); err != nil {
				return nil, err
			}
			ok, err := baseDict(self).MoveToEnd(th, key, last)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, rt.NewException(rt.KeyErrorType, key)
			}
			return rt.None, nil
		}),
		"popitem", meth("popitem", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			last := true
			if err := rt.UnpackArgs("popitem", args, kwargs, "last?", &last); err != nil {
				return nil, err
			}
			k, v, ok := baseDict(self).PopItem(last)
			if !ok {
				return nil, rt.NewError(rt.KeyErrorType, "dictionary is empty")
			}
			return rt.NewTuple([]rt.Value{k, v}), nil
		}),
		"__repr__", meth("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			items := baseDict(self).Items()
			if len(items) == 0 {
				return rt.Str(clsName(self) + "()"), nil
			}
			th, ok := rt.ReprEnter(th, self)
			if !ok {
				return rt.Str("..."), nil
			}
			defer rt.ReprLeave(th, self)
			s, err := rt.Repr(th, itemsList(items))
			if err != nil {
				return nil, err
			}
			return rt.Str(clsName(self) + "(" + s + ")"), nil
		}),
		"__eq__", meth("__eq__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			other := args[0]
			od, isDict := instBase(other).(*rt.Dict)
			if !isDict {
				return rt.NotImplemented, nil
			}
			d := baseDict(self)
			if other.Type().IsSubtype(orderedDictType) {
				eq, err := rt.Equal(th, itemsList(d.Items()), itemsList(od.Items()))
				return rt.Bool(eq), err
			}
			eq, err := rt.Equal(th, d, od)
			return rt.Bool(eq), err
		}),
		"copy", meth("copy", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Call(th, self.Type(), []rt.Value{baseDict(self).Copy()}, nil)
		}),
		"fromkeys", classMeth("fromkeys", dictSubclassFromkeys),
	)
}

// dictSubclassFromkeys is cls.fromkeys(iterable, value=None) for the dict
// subclasses: an instance of cls, not a plain dict.
func dictSubclassFromkeys(th *rt.Thread, cls rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var it, value rt.Value = nil, rt.None
	if err := rt.UnpackArgs("fromkeys", args, kwargs, "iterable", &it, "value?", &value); err != nil {
		return nil, err
	}
	obj, err := rt.Call(th, cls, nil, nil)
	if err != nil {
		return nil, err
	}
	keys, err := rt.IterateAll(th, it)
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		if err := rt.SetItem(th, obj, k, value); err != nil {
			return nil, err
		}
	}
	return obj, nil
}

func itemsList(items [][2]rt.Value) *rt.List {
	out := make([]rt.Value, len(items))
	for i, kv := range items {
		out[i] = rt.NewTuple([]rt.Value{kv[0], kv[1]})
	}
	return rt.NewList(out)
}

// ---- ChainMap ----

type chainMap struct {
	mu   sync.Mutex
	maps []rt.Value
}

func (*chainMap) Type() *rt.Type { return chainMapType }

func asChainMap(v rt.Value) *chainMap {
	c, _ := instBase(v).(*chainMap)
	return c
}

func (c *chainMap) snapshot() []rt.Value {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]rt.Value(nil), c.maps...)
}

func (c *chainMap) GetItem(th *rt.Thread, key rt.Value) (rt.Value, error) {
	for _, m := range c.snapshot() {
		ok, err := rt.Contains(th, m, key)
		if err != nil {
			return nil, err
		}
		if ok {
			return rt.GetItem(th, m, key)
		}
	}
	return nil, rt.NewException(rt.KeyErrorType, key)
}

func (c *chainMap) SetItem(th *rt.Thread, key, v rt.Value) error {
	first := c.snapshot()[0]
	if v != nil {
		return rt.SetItem(th, first, key, v)
	}
	err := rt.DelItem(th, first, key)
	if err != nil && rt.IsExc(err, rt.KeyErrorType) {
		s, rerr := rt.Repr(th, key)
		if rerr != nil {
			return rerr
		}
		return rt.NewError(rt.KeyErrorType, "Key not found in the first mapping: %s", s)
	}
	return err
}

// keys is the merged key order: later maps first, as CPython builds it.
func (c *chainMap) keys(th *rt.Thread) (*rt.Dict, error) {
	d := rt.NewDict()
	maps := c.snapshot()
	for i := len(maps) - 1; i >= 0; i-- {
		ks, err := rt.IterateAll(th, maps[i])
		if err != nil {
			return nil, err
		}
		for _, k := range ks {
			if err := d.Set(th, k, rt.None); err != nil {
				return nil, err
			}
		}
	}
	return d, nil
}

func (c *chainMap) Len(th *rt.Thread) (int, error) {
	d, err := c.keys(th)
	if err != nil {
		return 0, err
	}
	return d.Len(), nil
}

func (c *chainMap) Iter(th *rt.Thread) (rt.Iterator, error) {
	d, err := c.keys(th)
	if err != nil {
		return nil, err
	}
	return d.Iter(th)
}

func (c *chainMap) Contains(th *rt.Thread, key rt.Value) (bool, error) {
	for _, m := range c.snapshot() {
		ok, err := rt.Contains(th, m, key)
		if err != nil || ok {
			return ok, err
		}
	}
	return false, nil
}

func (c *chainMap) Repr(th *rt.Thread) (string, error) {
	parts := []string{}
	for _, m := range c.snapshot() {
		s, err := rt.Repr(th, m)
		if err != nil {
			return "", err
		}
		parts = append(parts, s)
	}
	return "ChainMap(" + strings.Join(parts, ", ") + ")", nil
}

func (c *chainMap) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "maps":
		c.mu.Lock()
		defer c.mu.Unlock()
		return rt.NewList(append([]rt.Value(nil), c.maps...)), nil
	case "parents":
		maps := c.snapshot()
		if len(maps) <= 1 {
			return &chainMap{maps: []rt.Value{rt.NewDict()}}, nil
		}
		return &chainMap{maps: maps[1:]}, nil
	}
	return nil, nil
}

// flatten is the ChainMap as one dict (for items(), values(), copy()).
func (c *chainMap) flatten(th *rt.Thread) (*rt.Dict, error) {
	d, err := c.keys(th)
	if err != nil {
		return nil, err
	}
	for _, k := range d.Keys() {
		v, err := c.GetItem(th, k)
		if err != nil {
			return nil, err
		}
		if err := d.Set(th, k, v); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func initChainMap() {
	chainMapType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(kwargs) > 0 {
			return nil, rt.NewError(rt.TypeErrorType, "ChainMap() takes no keyword arguments")
		}
		maps := append([]rt.Value(nil), args...)
		if len(maps) == 0 {
			maps = []rt.Value{rt.NewDict()}
		}
		return &chainMap{maps: maps}, nil
	}
	cm := func(name string, fn func(th *rt.Thread, c *chainMap, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
		return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return fn(th, asChainMap(self), args, kwargs)
		})
	}
	flatMethod := func(name string) *rt.Builtin {
		return cm(name, func(th *rt.Thread, c *chainMap, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d, err := c.flatten(th)
			if err != nil {
				return nil, err
			}
			return rt.CallMethod(th, d, name, args, kwargs)
		})
	}
	chainMapType.AddMethods(
		cm("get", func(th *rt.Thread, c *chainMap, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var key, def rt.Value = nil, rt.None
			if err := rt.UnpackArgs("get", args, kwargs, "key", &key, "default?", &def); err != nil {
				return nil, err
			}
			ok, err := c.Contains(th, key)
			if err != nil || !ok {
				return def, err
			}
			return c.GetItem(th, key)
		}),
		cm("new_child", func(th *rt.Thread, c *chainMap, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var m rt.Value = rt.None
			if err := rt.UnpackArgs("new_child", args, kwargs, "m?", &m); err != nil {
				return nil, err
			}
			if m == rt.None {
				m = rt.NewDict()
			}
			return &chainMap{maps: append([]rt.Value{m}, c.snapshot()...)}, nil
		}),
		cm("pop", func(th *rt.Thread, c *chainMap, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			first := c.snapshot()[0]
			v, err := rt.CallMethod(th, first, "pop", args, kwargs)
			if err != nil && rt.IsExc(err, rt.KeyErrorType) {
				s, rerr := rt.Repr(th, args[0])
				if rerr != nil {
					return nil, rerr
				}
				return nil, rt.NewError(rt.KeyErrorType, "Key not found in the first mapping: %s", s)
			}
			return v, err
		}),
		cm("popitem", func(th *rt.Thread, c *chainMap, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := rt.CallMethod(th, c.snapshot()[0], "popitem", nil, nil)
			if err != nil && rt.IsExc(err, rt.KeyErrorType) {
				return nil, rt.NewError(rt.KeyErrorType, "No keys found in the first mapping.")
			}
			return v, err
		}),
		cm("clear", func(th *rt.Thread, c *chainMap, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.CallMethod(th, c.snapshot()[0], "clear", nil, nil)
		}),
		cm("copy", func(th *rt.Thread, c *chainMap, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			maps := c.snapshot()
			first, err := rt.CallMethod(th, maps[0], "copy", nil, nil)
			if err != nil {
				return nil, err
			}
			return &chainMap{maps: append([]rt.Value{first}, maps[1:]...)}, nil
		}),
		cm("keys", func(th *rt.Thread, c *chainMap, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d, err := c.keys(th)
			if err != nil {
				return nil, err
			}
			return rt.CallMethod(th, d, "keys", nil, nil)
		}),
		flatMethod("items"),
		flatMethod("values"),
	)
}
