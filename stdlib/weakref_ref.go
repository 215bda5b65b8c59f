package stdlib

import (
	"fmt"
	"sync"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// weakref.ref (ReferenceType): a weak target, the callback (cleared once
// it has run, as in CPython) and the referent's hash, cached on first use
// so a ref stays usable as a dict key after its referent died. A proxy
// (weakref_proxy.go) is a different Python object around a weakRef of
// kind ProxyType or CallableProxyType: the registry keeps weakRefs only.

var (
	weakRefType           = rt.NewBuiltinType("ReferenceType", nil)
	weakProxyType         = rt.NewBuiltinType("ProxyType", nil)
	weakCallableProxyType = rt.NewBuiltinType("CallableProxyType", nil)
)

type weakRef struct {
	target weakTarget
	kind   *rt.Type // weakRefType, weakProxyType or weakCallableProxyType
	proxy  rt.Value // the Python object when kind is a proxy type

	mu       sync.Mutex
	callback rt.Value // nil when none or once it has run
	hash     int64
	hashed   bool
}

// setupWeakTypes fills the types in when _weakref is first imported
// (nothing at start-up: the types cannot be reached before that).
var setupWeakTypes = sync.OnceFunc(func() {
	for _, t := range []*rt.Type{weakRefType, weakProxyType, weakCallableProxyType} {
		t.SetModule("weakref")
		t.Final = true
	}
	weakRefType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		obj, cb, err := weakRefArgs("ref", args, kwargs)
		if err != nil {
			return nil, err
		}
		return newWeakRef(th, obj, cb, weakRefType)
	}
	weakRefType.Dict.SetStr("__callback__", propGetter("__callback__", func(th *rt.Thread, self rt.Value) (rt.Value, error) {
		if cb := self.(*weakRef).callbackValue(); cb != nil {
			return cb, nil
		}
		return rt.None, nil
	}))
	weakRefType.Dict.SetStr("__class_getitem__", rt.GenericClassGetItem)
})

// weakRefArgs unpacks ref(object[, callback]) and proxy(object[, callback]);
// a None callback is no callback.
func weakRefArgs(name string, args []rt.Value, kwargs []rt.KwArg) (obj, cb rt.Value, err error) {
	if len(kwargs) > 0 {
		return nil, nil, rt.NewError(rt.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	switch {
	case len(args) == 0:
		return nil, nil, rt.NewError(rt.TypeErrorType, "__new__ expected at least 1 argument, got 0")
	case len(args) > 2:
		return nil, nil, rt.NewError(rt.TypeErrorType, "__new__ expected at most 2 arguments, got %d", len(args))
	case len(args) == 2 && args[1] != rt.None:
		cb = args[1]
	}
	return args[0], cb, nil
}

// newWeakRef makes a weak reference (kind weakRefType) or proxy to obj.
// Like CPython it hands back the existing one when obj already has a
// reference of that kind without callback and none is asked for.
func newWeakRef(th *rt.Thread, obj, cb rt.Value, kind *rt.Type) (rt.Value, error) {
	reg := weakRegistryOf(th)
	reg.runCallbacks(th)
	target, err := newWeakTarget(obj)
	if err != nil {
		return nil, err
	}
	if kind == weakProxyType && isCallable(obj) {
		kind = weakCallableProxyType
	}
	if cb == nil {
		for _, r := range reg.live(target) {
			if r.kind == kind && r.callbackValue() == nil {
				return r.self(), nil
			}
		}
	}
	r := &weakRef{target: target, kind: kind, callback: cb}
	switch kind {
	case weakProxyType:
		r.proxy = &weakProxy{r}
	case weakCallableProxyType:
		r.proxy = &weakCallableProxy{weakProxy{r}}
	}
	reg.add(obj, r)
	return r.self(), nil
}

func (r *weakRef) Type() *rt.Type { return r.kind }

// self is the Python object: the ref, or the proxy around it.
func (r *weakRef) self() rt.Value {
	if r.proxy != nil {
		return r.proxy
	}
	return r
}

// takeCallback returns the callback and clears it (it runs once).
func (r *weakRef) takeCallback() rt.Value {
	r.mu.Lock()
	defer r.mu.Unlock()
	cb := r.callback
	r.callback = nil
	return cb
}

// callbackValue returns the callback (nil when none) without clearing it.
func (r *weakRef) callbackValue() rt.Value {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.callback
}

// Call is ref(): the referent, or None once it is gone.
func (r *weakRef) Call(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := checkArgCount("weakref", args, kwargs, 0, 0); err != nil {
		return nil, err
	}
	if v := r.target.get(); v != nil {
		return v, nil
	}
	return rt.None, nil
}

// Repr is <weakref at 0x...; to 'C' at 0x...> (or "; dead").
func (r *weakRef) Repr(th *rt.Thread) (string, error) {
	v := r.target.get()
	if v == nil {
		return fmt.Sprintf("<weakref at %#x; dead>", rt.Id(r)), nil
	}
	return fmt.Sprintf("<weakref at %#x; to '%s' at %#x>", rt.Id(r), rt.TypeName(v), rt.Id(v)), nil
}

// Hash is the referent's hash, kept once computed.
func (r *weakRef) Hash(th *rt.Thread) (int64, error) {
	r.mu.Lock()
	h, ok := r.hash, r.hashed
	r.mu.Unlock()
	if ok {
		return h, nil
	}
	v := r.target.get()
	if v == nil {
		return 0, rt.NewError(rt.TypeErrorType, "weak object has gone away")
	}
	h, err := rt.Hash(th, v)
	if err != nil {
		return 0, err
	}
	r.mu.Lock()
	r.hash, r.hashed = h, true
	r.mu.Unlock()
	return h, nil
}

// Compare: two live refs compare their referents; otherwise == is
// identity. Ordering is not supported.
func (r *weakRef) Compare(th *rt.Thread, op ast.Op, other rt.Value) (rt.Value, error) {
	o, ok := other.(*weakRef)
	if !ok || (op != ast.Eq && op != ast.NotEq) {
		return rt.NotImplemented, nil
	}
	a, b := r.target.get(), o.target.get()
	if a == nil || b == nil {
		return rt.Bool((r == o) == (op == ast.Eq)), nil
	}
	eq, err := rt.Equal(th, a, b)
	if err != nil {
		return nil, err
	}
	return rt.Bool(eq == (op == ast.Eq)), nil
}

var (
	_ rt.Callable   = (*weakRef)(nil)
	_ rt.HasRepr    = (*weakRef)(nil)
	_ rt.HasHash    = (*weakRef)(nil)
	_ rt.HasCompare = (*weakRef)(nil)
)
