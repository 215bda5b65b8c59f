package runtime

import (
	"strings"
	"sync"
)

// Slot wrappers: the special methods of built-in types seen as attributes
// of the types themselves (int.__add__(1, 2), hasattr(int, '__abs__'),
// map(int.__mul__, a, b), list.__eq__, dir(int)) and through super() in
// subclasses of built-in types (super().__eq__(o) in a list subclass,
// super().__add__(o) in an int subclass).
//
// The built-in types implement their operators as Go methods (the
// capability interfaces), not as entries of their Dict, and the generic
// operations and the per-class dunder caches rely on that: a Dict entry
// named __add__ on int would make every Lookup("__add__") caller take a
// slower, different path. So the wrappers live beside the Dicts, in
// slotNames (CPython 3.11's special methods of each type), and only the
// lookups a program can see consult them: attributes of type objects,
// super(), dir(). A wrapper calls the same generic operation that
// builtinDunder binds for (5).__add__.

// slotNames lists, per built-in type, the special methods CPython 3.11
// defines in the type's own __dict__ that are not in our Dict (filled by
// init from slotTable).
var slotNames = map[*Type]map[string]bool{}

// unhashableSlot marks the mutable types whose __hash__ is None.
var unhashableSlot = map[*Type]bool{}

func init() {
	table := []struct {
		t     *Type
		names string
	}{
		{IntType, "__abs__ __add__ __and__ __bool__ __ceil__ __divmod__ __eq__ __float__ __floor__ __floordiv__ __format__ __ge__ __gt__ __hash__ __index__ __int__ __invert__ __le__ __lshift__ __lt__ __mod__ __mul__ __ne__ __neg__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __repr__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __sub__ __truediv__ __trunc__ __xor__"},
		{BoolType, "__and__ __or__ __rand__ __repr__ __ror__ __rxor__ __xor__"},
		{FloatType, "__abs__ __add__ __bool__ __ceil__ __divmod__ __eq__ __float__ __floor__ __floordiv__ __format__ __ge__ __gt__ __hash__ __int__ __le__ __lt__ __mod__ __mul__ __ne__ __neg__ __pos__ __pow__ __radd__ __rdivmod__ __repr__ __rfloordiv__ __rmod__ __rmul__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__ __trunc__"},
		{ComplexType, "__abs__ __add__ __bool__ __eq__ __ge__ __gt__ __hash__ __le__ __lt__ __mul__ __ne__ __neg__ __pos__ __pow__ __radd__ __repr__ __rmul__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__"},
		{StrType, "__add__ __contains__ __eq__ __format__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __repr__ __rmod__ __rmul__ __str__"},
		{BytesType, "__add__ __bytes__ __contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __repr__ __rmod__ __rmul__ __str__"},
		{ByteArrayType, "__add__ __contains__ __delitem__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iadd__ __imul__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __repr__ __rmod__ __rmul__ __setitem__ __str__"},
		{ListType, "__add__ __contains__ __delitem__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iadd__ __imul__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __repr__ __reversed__ __rmul__ __setitem__"},
		{TupleType, "__add__ __contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __repr__ __rmul__"},
		{DictType, "__contains__ __delitem__ __eq__ __ge__ __getitem__ __gt__ __hash__ __ior__ __iter__ __le__ __len__ __lt__ __ne__ __or__ __repr__ __reversed__ __ror__ __setitem__"},
		{SetType, "__and__ __contains__ __eq__ __ge__ __gt__ __hash__ __iand__ __ior__ __isub__ __iter__ __ixor__ __le__ __len__ __lt__ __ne__ __or__ __rand__ __repr__ __ror__ __rsub__ __rxor__ __sub__ __xor__"},
		{FrozenSetType, "__and__ __contains__ __eq__ __ge__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __ne__ __or__ __rand__ __repr__ __ror__ __rsub__ __rxor__ __sub__ __xor__"},
		{RangeType, "__bool__ __contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __ne__ __repr__"},
		{NoneType, "__bool__ __repr__"},
	}
	for _, e := range table {
		m := map[string]bool{}
		for _, n := range strings.Fields(e.names) {
			m[n] = true
		}
		slotNames[e.t] = m
	}
	for _, t := range []*Type{ListType, DictType, SetType, ByteArrayType} {
		unhashableSlot[t] = true
	}
}

// slotKey names one wrapper in slotCache.
type slotKey struct {
	t    *Type
	name string
}

// slotCache keeps one wrapper per (type, name), so int.__add__ is
// int.__add__.
var slotCache sync.Map // slotKey -> Value

// ownSlot returns the special method name of built-in type k that lives
// outside k's Dict (a wrapper, or None for __hash__ of mutable types), or
// nil when k has none of that name.
func ownSlot(k *Type, name string) Value {
	if !slotNames[k][name] {
		return nil
	}
	if _, ok := k.Dict.GetStr(name); ok {
		return nil
	}
	if name == "__hash__" && unhashableSlot[k] {
		return None
	}
	key := slotKey{k, name}
	if v, ok := slotCache.Load(key); ok {
		return v.(Value)
	}
	v, _ := slotCache.LoadOrStore(key, newSlotWrapper(k, name))
	return v.(Value)
}

// newSlotWrapper makes the unbound wrapper of k's special method name.
func newSlotWrapper(k *Type, name string) *Builtin {
	return &Builtin{Name: name, Method: true, Slot: true, Owner: k,
		Fn: func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if !IsInstance(self, k) {
				return nil, NewError(TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'", name, k.Name(), TypeName(self))
			}
			if len(kwargs) > 0 {
				return nil, NewError(TypeErrorType, "%s.%s() takes no keyword arguments", k.Name(), name)
			}
			v := self
			if inst, ok := self.(*Instance); ok && inst.BaseValue() != nil {
				v = inst.BaseValue()
			}
			fn, nargs := dunderFor(v, name)
			if fn == nil {
				fn, nargs = extraDunderFor(v, name)
			}
			if fn == nil {
				return nil, NewError(TypeErrorType, "descriptor '%s' of '%s' object is not supported here", name, k.Name())
			}
			if len(args) != nargs {
				return nil, NewError(TypeErrorType, "expected %d argument%s, got %d", nargs, plural(nargs), len(args))
			}
			r, err := fn(th, v, args)
			if err == nil && r == v && v != self {
				// An in-place operator returns the receiver: the
				// subclass instance, not its built-in value.
				r = self
			}
			return r, err
		}}
}

// extraDunderFor is dunderFor for the special methods that only the type
// wrappers reach (in-place operators, divmod, __bytes__).
func extraDunderFor(v Value, name string) (dunderFn, int) {
	inner := name[2 : len(name)-2]
	if len(inner) > 1 && inner[0] == 'i' {
		if op, ok := binaryDunders[inner[1:]]; ok {
			return func(th *Thread, self Value, a []Value) (Value, error) { return InplaceOp(th, op, self, a[0]) }, 1
		}
	}
	switch name {
	case "__divmod__", "__rdivmod__":
		return func(th *Thread, self Value, a []Value) (Value, error) {
			if !isNumber(a[0]) {
				return NotImplemented, nil
			}
			if name == "__rdivmod__" {
				return DivMod(th, a[0], self)
			}
			return DivMod(th, self, a[0])
		}, 1
	case "__bytes__":
		if b, ok := v.(Bytes); ok {
			return func(*Thread, Value, []Value) (Value, error) { return b, nil }, 0
		}
	}
	return nil, 0
}

// lookupWithSlots finds name in the MRO of t as CPython's type lookup
// would, with the built-in types' special methods in their place: a
// class's own Dict first, then its slot wrappers. It returns the value
// and the class that holds it, or nil.
func lookupWithSlots(mro []*Type, name string) (Value, *Type) {
	for _, k := range mro {
		if k.Dict != nil {
			if v, ok := k.Dict.GetStr(name); ok {
				return v, k
			}
		}
		if k.Extra == nil {
			if v := ownSlot(k, name); v != nil {
				return v, k
			}
		}
	}
	return nil, nil
}

// slotBefore returns the slot wrapper of name defined by a built-in class
// of t's MRO that comes before owner (nil owner: anywhere), for lookups
// through a user class's cached entry, which knows only the Dicts.
func slotBefore(t *Type, name string, owner *Type) (Value, *Type) {
	if !isDunderName(name) {
		return nil, nil
	}
	for _, k := range t.MRO() {
		if k == owner {
			break
		}
		if k.Extra == nil {
			if v := ownSlot(k, name); v != nil {
				return v, k
			}
		}
	}
	return nil, nil
}

func isDunderName(name string) bool {
	return len(name) > 4 && name[:2] == "__" && name[len(name)-2:] == "__"
}

// SlotNames returns the special methods of t's MRO that live outside the
// Dicts (for dir()).
func SlotNames(t *Type) []string {
	var out []string
	for _, k := range t.MRO() {
		for n := range slotNames[k] {
			out = append(out, n)
		}
	}
	return out
}
