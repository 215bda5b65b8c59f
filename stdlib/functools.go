package stdlib

import (
	"container/list"
	"strings"
	"sync"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// The functools module: partial, reduce, wraps/update_wrapper,
// lru_cache/cache, cmp_to_key and total_ordering.

var (
	partialType    = newModuleType("partial", "functools")
	lruWrapperType = newModuleType("_lru_cache_wrapper", "functools")
	keyWrapperType = newModuleType("KeyWrapper", "functools")
	cmpToKeyType   = newModuleType("cmp_to_key", "functools")
)

func newModuleType(name, module string) *rt.Type {
	t := rt.NewBuiltinType(name, nil)
	t.SetModule(module)
	return t
}

var wrapperAssignments = []string{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}

// loadFunctoolsModule makes the functools module (registered in modules.go).
func loadFunctoolsModule() *rt.Module {
	setupFunctoolsTypes()
	return newFunctoolsModule()
}

// functoolsSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var functoolsSetup sync.Once

func setupFunctoolsTypes() { functoolsSetup.Do(initFunctoolsTypes) }

func initFunctoolsTypes() {
	partialType.New = newPartial
	lruWrapperType.AddMethods(
		rt.NewMethod("cache_info", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("cache_info", args, kwargs); err != nil {
				return nil, err
			}
			return self.(*lruWrapper).info(), nil
		}),
		rt.NewMethod("cache_clear", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("cache_clear", args, kwargs); err != nil {
				return nil, err
			}
			self.(*lruWrapper).clear()
			return rt.None, nil
		}),
	)
}

func newFunctoolsModule() *rt.Module {
	m := rt.NewModule("functools")
	m.Dict.SetStr("partial", partialType)
	assigned := make([]rt.Value, len(wrapperAssignments))
	for i, a := range wrapperAssignments {
		assigned[i] = rt.Str(a)
	}
	m.Dict.SetStr("WRAPPER_ASSIGNMENTS", rt.NewTuple(assigned))
	m.Dict.SetStr("WRAPPER_UPDATES", rt.NewTuple([]rt.Value{rt.Str("__dict__")}))
	for _, f := range []*rt.Builtin{
		rt.NewFunc("reduce", functoolsReduce),
		rt.NewFunc("update_wrapper", functoolsUpdateWrapper),
		rt.NewFunc("wraps", functoolsWraps),
		rt.NewFunc("lru_cache", functoolsLruCache),
		rt.NewFunc("cache", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			fn, err := oneArg("cache", args, kwargs)
			if err != nil {
				return nil, err
			}
			return newLruWrapper(th, fn, -1, false)
		}),
		rt.NewFunc("cmp_to_key", functoolsCmpToKey),
		rt.NewFunc("total_ordering", functoolsTotalOrdering),
	} {
		m.Dict.SetStr(f.Name, f)
	}
	return m
}

// partial is functools.partial(func, *args, **keywords).
type partial struct {
	fn    rt.Value
	args  []rt.Value
	kw    *rt.Dict // str -> Value
	attrs *rt.Dict // __dict__ (lazily allocated)
}

func (*partial) Type() *rt.Type { return partialType }

func newPartial(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(args) == 0 {
		return nil, rt.NewError(rt.TypeErrorType, "type 'partial' takes at least one argument")
	}
	fn := args[0]
	if !isCallable(fn) {
		return nil, rt.NewError(rt.TypeErrorType, "the first argument must be callable")
	}
	p := &partial{fn: fn, kw: rt.NewDict()}
	if inner, ok := fn.(*partial); ok && inner.attrs == nil {
		// partial(partial(f, 1), 2) flattens to partial(f, 1, 2).
		p.fn = inner.fn
		p.args = append(p.args, inner.args...)
		for _, kv := range inner.kw.Items() {
			p.kw.Set(th, kv[0], kv[1])
		}
	}
	p.args = append(p.args, args[1:]...)
	for _, kw := range kwargs {
		p.kw.SetStr(kw.Name, kw.Value)
	}
	return p, nil
}

// Call calls func with the stored arguments followed by the new ones
// (new keywords override stored ones).
func (p *partial) Call(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	all := make([]rt.Value, 0, len(p.args)+len(args))
	all = append(all, p.args...)
	all = append(all, args...)
	var kws []rt.KwArg
	if p.kw.Len() > 0 || len(kwargs) > 0 {
		for _, kv := range p.kw.Items() {
			name := string(kv[0].(rt.Str))
			overridden := false
			for _, k := range kwargs {
				if k.Name == name {
					overridden = true
					break
				}
			}
			if !overridden {
				kws = append(kws, rt.KwArg{Name: name, Value: kv[1]})
			}
		}
		kws = append(kws, kwargs...)
	}
	return rt.Call(th, p.fn, all, kws)
}

func (p *partial) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "func":
		return p.fn, nil
	case "args":
		return rt.NewTuple(append([]rt.Value(nil), p.args...)), nil
	case "keywords":
		d := rt.NewDict()
		for _, kv := range p.kw.Items() {
			d.Set(th, kv[0], kv[1])
		}
		return d, nil
	case "__dict__":
		if p.attrs == nil {
			p.attrs = rt.NewDict()
		}
		return p.attrs, nil
	}
	if p.attrs != nil {
		if v, ok := p.attrs.GetStr(name); ok {
			return v, nil
		}
	}
	return nil, nil
}

func (p *partial) SetAttr(th *rt.Thread, name string, v rt.Value) error {
	switch name {
	case "func", "args", "keywords":
		return rt.NewError(rt.AttributeErrorType, "readonly attribute")
	}
	if p.attrs == nil {
		p.attrs = rt.NewDict()
	}
	if v == nil {
		if _, ok, _ := p.attrs.Delete(th, rt.Str(name)); !ok {
			return rt.NewError(rt.AttributeErrorType, "'functools.partial' object has no attribute '%s'", name)
		}
		return nil
	}
	p.attrs.SetStr(name, v)
	return nil
}

// Repr is functools.partial(<function f at 0x...>, 1, b=2).
func (p *partial) Repr(th *rt.Thread) (string, error) {
	parts := make([]string, 0, 1+len(p.args)+p.kw.Len())
	s, err := rt.Repr(th, p.fn)
	if err != nil {
		return "", err
	}
	parts = append(parts, s)
	for _, a := range p.args {
		s, err := rt.Repr(th, a)
		if err != nil {
			return "", err
		}
		parts = append(parts, s)
	}
	for _, kv := range p.kw.Items() {
		s, err := rt.Repr(th, kv[1])
		if err != nil {
			return "", err
		}
		parts = append(parts, string(kv[0].(rt.Str))+"="+s)
	}
	return "functools.partial(" + strings.Join(parts, ", ") + ")", nil
}

var (
	_ rt.Callable   = (*partial)(nil)
	_ rt.HasAttrs   = (*partial)(nil)
	_ rt.HasSetAttr = (*partial)(nil)
	_ rt.HasRepr    = (*partial)(nil)
)

func functoolsReduce(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := checkArgCount("reduce", args, kwargs, 2, 3); err != nil {
		return nil, err
	}
	fn := args[0]
	var acc rt.Value
	if len(args) == 3 {
		acc = args[2]
	}
	err := forEach(th, args[1], func(v rt.Value) (bool, error) {
		if acc == nil {
			acc = v
			return false, nil
		}
		var err error
		acc, err = rt.Call(th, fn, []rt.Value{acc, v}, nil)
		return err != nil, err
	})
	if err != nil {
		if rt.IsExc(err, rt.TypeErrorType) && len(args) >= 2 {
			if _, iterErr := rt.Iter(th, args[1]); iterErr != nil {
				return nil, rt.NewError(rt.TypeErrorType, "reduce() arg 2 must support iteration")
			}
		}
		return nil, err
	}
	if acc == nil {
		return nil, rt.NewError(rt.TypeErrorType, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}

// updateWrapper copies the identity of wrapped onto wrapper (its
// __module__, __name__, __qualname__, __doc__, __annotations__, its
// __dict__ entries) and sets wrapper.__wrapped__.
func updateWrapper(th *rt.Thread, wrapper, wrapped rt.Value) error {
	for _, name := range wrapperAssignments {
		v, err := rt.GetAttr(th, wrapped, name)
		if err != nil {
			if rt.IsExc(err, rt.AttributeErrorType) {
				continue
			}
			return err
		}
		if err := rt.SetAttr(th, wrapper, name, v); err != nil && !rt.IsExc(err, rt.AttributeErrorType) && !rt.IsExc(err, rt.TypeErrorType) {
			return err
		}
	}
	if src, err := rt.GetAttr(th, wrapped, "__dict__"); err == nil {
		if dst, err := rt.GetAttr(th, wrapper, "__dict__"); err == nil {
			sd, ok1 := src.(*rt.Dict)
			dd, ok2 := dst.(*rt.Dict)
			if ok1 && ok2 && sd != dd {
				for _, kv := range sd.Items() {
					if err := dd.Set(th, kv[0], kv[1]); err != nil {
						return err
					}
				}
			}
		}
	}
	if err := rt.SetAttr(th, wrapper, "__wrapped__", wrapped); err != nil && !rt.IsExc(err, rt.AttributeErrorType) && !rt.IsExc(err, rt.TypeErrorType) {
		return err
	}
	return nil
}

func functoolsUpdateWrapper(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var wrapper, wrapped, assigned, updated rt.Value
	if err := rt.UnpackArgs("update_wrapper", args, kwargs, "wrapper", &wrapper, "wrapped", &wrapped, "assigned?", &assigned, "updated?", &updated); err != nil {
		return nil, err
	}
	if err := updateWrapper(th, wrapper, wrapped); err != nil {
		return nil, err
	}
	return wrapper, nil
}

func functoolsWraps(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var wrapped, assigned, updated rt.Value
	if err := rt.UnpackArgs("wraps", args, kwargs, "wrapped", &wrapped, "assigned?", &assigned, "updated?", &updated); err != nil {
		return nil, err
	}
	return rt.NewFunc("update_wrapper", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		wrapper, err := oneArg("update_wrapper", args, kwargs)
		if err != nil {
			return nil, err
		}
		if err := updateWrapper(th, wrapper, wrapped); err != nil {
			return nil, err
		}
		return wrapper, nil
	}), nil
}

// lruWrapper is the function lru_cache returns: results by arguments,
// least recently used evicted first when maxsize >= 0 (-1: unbounded).
// The lock is never held while the wrapped function runs (it may recurse
// into the wrapper, as a memoised fib does).
type lruWrapper struct {
	fn      rt.Value
	maxsize int
	typed   bool

	mu     sync.Mutex
	cache  *rt.Dict // key -> *list.Element holding *lruEntry
	order  *list.List
	hits   int64
	misses int64
	attrs  *rt.Dict
}

type lruEntry struct {
	key, value rt.Value
}

func (*lruWrapper) Type() *rt.Type { return lruWrapperType }

func newLruWrapper(th *rt.Thread, fn rt.Value, maxsize int, typed bool) (rt.Value, error) {
	if !isCallable(fn) {
		return nil, rt.NewError(rt.TypeErrorType, "the first argument must be callable")
	}
	w := &lruWrapper{fn: fn, maxsize: maxsize, typed: typed, cache: rt.NewDict(), order: list.New(), attrs: rt.NewDict()}
	if err := updateWrapper(th, w, fn); err != nil {
		return nil, err
	}
	return w, nil
}

// kwdMark separates positional from keyword arguments in cache keys.
var kwdMark = &plainObject{}

func (w *lruWrapper) makeKey(args []rt.Value, kwargs []rt.KwArg) rt.Value {
	if len(kwargs) == 0 && len(args) == 1 && !w.typed {
		switch args[0].(type) {
		case rt.Int, rt.Str:
			return args[0]
		}
	}
	items := append([]rt.Value(nil), args...)
	if len(kwargs) > 0 {
		items = append(items, kwdMark)
		for _, kw := range kwargs {
			items = append(items, rt.Str(kw.Name), kw.Value)
		}
	}
	if w.typed {
		for _, a := range args {
			items = append(items, a.Type())
		}
		for _, kw := range kwargs {
			items = append(items, kw.Value.Type())
		}
	}
	return rt.NewTuple(items)
}

func (w *lruWrapper) Call(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if w.maxsize == 0 {
		w.mu.Lock()
		w.misses++
		w.mu.Unlock()
		return rt.Call(th, w.fn, args, kwargs)
	}
	key := w.makeKey(args, kwargs)
	w.mu.Lock()
	e, found, err := w.cache.Get(th, key)
	if err != nil {
		w.mu.Unlock()
		return nil, err
	}
	if found {
		elem := e.(*lruElem).elem
		w.order.MoveToBack(elem)
		w.hits++
		v := elem.Value.(*lruEntry).value
		w.mu.Unlock()
		return v, nil
	}
	w.misses++
	w.mu.Unlock()
	v, err := rt.Call(th, w.fn, args, kwargs)
	if err != nil {
		return nil, err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if _, found, _ := w.cache.Get(th, key); found {
		// A recursive call filled it meanwhile.
		return v, nil
	}
	elem := w.order.PushBack(&lruEntry{key: key, value: v})
	if err := w.cache.Set(th, key, &lruElem{elem: elem}); err != nil {
		w.order.Remove(elem)
		return nil, err
	}
	if w.maxsize > 0 && w.order.Len() > w.maxsize {
		oldest := w.order.Front()
		w.order.Remove(oldest)
		w.cache.Delete(th, oldest.Value.(*lruEntry).key)
	}
	return v, nil
}

// lruElem boxes a list element as a Value for the cache dict.
type lruElem struct{ elem *list.Element }

func (*lruElem) Type() *rt.Type { return rt.ObjectType }

var cacheInfoType = newModuleType("CacheInfo", "functools")

func (w *lruWrapper) info() rt.Value {
	w.mu.Lock()
	defer w.mu.Unlock()
	var maxsize rt.Value = rt.None
	if w.maxsize >= 0 {
		maxsize = rt.MakeInt(int64(w.maxsize))
	}
	return newNamedTuple(cacheInfoType, []string{"hits", "misses", "maxsize", "currsize"},
		[]rt.Value{rt.MakeInt(w.hits), rt.MakeInt(w.misses), maxsize, rt.MakeInt(int64(w.order.Len()))})
}

func (w *lruWrapper) clear() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.cache = rt.NewDict()
	w.order.Init()
	w.hits, w.misses = 0, 0
}

func (w *lruWrapper) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	if name == "__dict__" {
		return w.attrs, nil
	}
	if v, ok := w.attrs.GetStr(name); ok {
		return v, nil
	}
	return nil, nil
}

func (w *lruWrapper) SetAttr(th *rt.Thread, name string, v rt.Value) error {
	if v == nil {
		if _, ok, _ := w.attrs.Delete(th, rt.Str(name)); !ok {
			return rt.NewError(rt.AttributeErrorType, "'functools._lru_cache_wrapper' object has no attribute '%s'", name)
		}
		return nil
	}
	w.attrs.SetStr(name, v)
	return nil
}

func (w *lruWrapper) Repr(th *rt.Thread) (string, error) {
	s, err := rt.Repr(th, w.fn)
	if err != nil {
		return "", err
	}
	return "<functools._lru_cache_wrapper object wrapping " + s + ">", nil
}

func functoolsLruCache(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var maxsizeV rt.Value = rt.MakeInt(128)
	typed := false
	if len(args) == 1 && len(kwargs) == 0 && isCallable(args[0]) {
		// Used bare: @lru_cache
		return newLruWrapper(th, args[0], 128, false)
	}
	if err := rt.UnpackArgs("lru_cache", args, kwargs, "maxsize?", &maxsizeV, "typed?", &typed); err != nil {
		return nil, err
	}
	maxsize := -1
	if maxsizeV != rt.None {
		if !rt.IsIntValue(maxsizeV) {
			return nil, rt.NewError(rt.TypeErrorType, "Expected first argument to be an integer, a callable, or None")
		}
		n, err := rt.IndexInt(maxsizeV)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			n = 0
		}
		maxsize = n
	}
	return rt.NewFunc("decorating_function", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		fn, err := oneArg("decorating_function", args, kwargs)
		if err != nil {
			return nil, err
		}
		return newLruWrapper(th, fn, maxsize, typed)
	}), nil
}

// keyWrapper is an object made by cmp_to_key(mycmp)(obj): it orders by
// mycmp(a, b) compared with 0.
type keyWrapper struct {
	cmp rt.Value
	obj rt.Value
}

func (*keyWrapper) Type() *rt.Type { return keyWrapperType }

func (k *keyWrapper) Compare(th *rt.Thread, op ast.Op, other rt.Value) (rt.Value, error) {
	o, ok := other.(*keyWrapper)
	if !ok {
		return nil, rt.NewError(rt.TypeErrorType, "other argument must be K instance")
	}
	r, err := rt.Call(th, k.cmp, []rt.Value{k.obj, o.obj}, nil)
	if err != nil {
		return nil, err
	}
	return rt.Compare(th, op, r, rt.MakeInt(0))
}

func (k *keyWrapper) Equal(th *rt.Thread, other rt.Value) (bool, bool, error) {
	if _, ok := other.(*keyWrapper); !ok {
		return false, false, nil
	}
	r, err := k.Compare(th, ast.Eq, other)
	if err != nil {
		return false, true, err
	}
	t, err := rt.Truth(th, r)
	return t, true, err
}

func (k *keyWrapper) Hash(th *rt.Thread) (int64, error) {
	return 0, rt.NewError(rt.TypeErrorType, "unhashable type: 'functools.KeyWrapper'")
}

func (k *keyWrapper) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	if name == "obj" {
		return k.obj, nil
	}
	return nil, nil
}

func functoolsCmpToKey(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var mycmp rt.Value
	if err := rt.UnpackArgs("cmp_to_key", args, kwargs, "mycmp", &mycmp); err != nil {
		return nil, err
	}
	return rt.NewFunc("K", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var obj rt.Value
		if err := rt.UnpackArgs("K", args, kwargs, "obj", &obj); err != nil {
			return nil, err
		}
		return &keyWrapper{cmp: mycmp, obj: obj}, nil
	}), nil
}

// total_ordering: the missing rich comparisons, derived from the root
// (the "largest" defined one among __lt__ __le__ __gt__ __ge__) as in
// CPython's functools.
var orderingConvert = map[string][][2]string{
	// root: {name, derivation}
	"__lt__": {{"__gt__", "not_and_ne"}, {"__le__", "or_eq"}, {"__ge__", "not"}},
	"__le__": {{"__ge__", "not_or_eq"}, {"__lt__", "and_ne"}, {"__gt__", "not"}},
	"__gt__": {{"__lt__", "not_and_ne"}, {"__ge__", "or_eq"}, {"__le__", "not"}},
	"__ge__": {{"__le__", "not_or_eq"}, {"__gt__", "and_ne"}, {"__lt__", "not"}},
}

func functoolsTotalOrdering(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	v, err := oneArg("total_ordering", args, kwargs)
	if err != nil {
		return nil, err
	}
	cls, ok := v.(*rt.Type)
	if !ok {
		return nil, rt.NewError(rt.TypeErrorType, "total_ordering expects a class")
	}
	defined := map[string]bool{}
	root := ""
	for _, op := range []string{"__ge__", "__gt__", "__le__", "__lt__"} {
		if m := cls.Lookup(op); m != nil && rt.ObjectType.Lookup(op) != m {
			defined[op] = true
			root = op // the last one found is the max in string order
		}
	}
	if root == "" {
		return nil, rt.NewError(rt.ValueErrorType, "must define at least one ordering operation: < > <= >=")
	}
	for _, conv := range orderingConvert[root] {
		name, how := conv[0], conv[1]
		if defined[name] {
			continue
		}
		cls.Dict.SetStr(name, derivedComparison(name, root, how))
	}
	return cls, nil
}

func derivedComparison(name, root, how string) *rt.Builtin {
	return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var other rt.Value
		if err := rt.UnpackArgs(name, args, kwargs, "other", &other); err != nil {
			return nil, err
		}
		fn := self.Type().Lookup(root)
		r, err := rt.Call(th, fn, []rt.Value{self, other}, nil)
		if err != nil || r == rt.NotImplemented {
			return r, err
		}
		t, err := rt.Truth(th, r)
		if err != nil {
			return nil, err
		}
		eq := func() (bool, error) { return rt.Equal(th, self, other) }
		switch how {
		case "not":
			return rt.Bool(!t), nil
		case "or_eq":
			if t {
				return rt.True, nil
			}
			e, err := eq()
			return rt.Bool(e), err
		case "not_or_eq":
			if !t {
				return rt.True, nil
			}
			e, err := eq()
			return rt.Bool(e), err
		case "not_and_ne":
			if t {
				return rt.False, nil
			}
			e, err := eq()
			return rt.Bool(!e), err
		case "and_ne":
			if !t {
				return rt.False, nil
			}
			e, err := eq()
			return rt.Bool(!e), err
		}
		return rt.NotImplemented, nil
	})
}
