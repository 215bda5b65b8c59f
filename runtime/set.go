package runtime

// Set is a mutable set; FrozenSet (Frozen true) is its immutable,
// hashable twin. Both keep insertion order internally (iteration order is
// unspecified in Python; programs must not rely on it).
type Set struct {
	d      *Dict // keys are the elements; values are None
	Frozen bool
}

// SetType is `set`; FrozenSetType is `frozenset`.
var (
	SetType       = NewBuiltinType("set", nil)
	FrozenSetType = NewBuiltinType("frozenset", nil)
)

// NewSet makes an empty set.
func NewSet() *Set { return &Set{d: NewDict()} }

// NewFrozenSet makes an empty frozenset (fill it with Add before sharing).
func NewFrozenSet() *Set { return &Set{d: NewDict(), Frozen: true} }

// Type returns SetType or FrozenSetType.
func (s *Set) Type() *Type {
	if s.Frozen {
		return FrozenSetType
	}
	return SetType
}

// Len returns the number of elements.
func (s *Set) Len() int { return s.d.Len() }

// Add inserts v.
func (s *Set) Add(th *Thread, v Value) error { return s.d.Set(th, v, None) }

// Has reports whether v is an element.
func (s *Set) Has(th *Thread, v Value) (bool, error) {
	_, ok, err := s.d.Get(th, v)
	return ok, err
}

// Remove deletes v; ok is false when it was absent.
func (s *Set) Remove(th *Thread, v Value) (bool, error) {
	_, ok, err := s.d.Delete(th, v)
	return ok, err
}

// Elems returns the elements (a snapshot).
func (s *Set) Elems() []Value { return s.d.Keys() }
