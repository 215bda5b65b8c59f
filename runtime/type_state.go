package runtime

// A type's names (__name__, __qualname__, __module__) and its place in
// the hierarchy (__bases__, __mro__) can be assigned while other threads
// use the class: print it, raise errors naming it, call isinstance, look
// up methods. Each group is an immutable struct behind an atomic pointer,
// replaced whole by the setters, so a reader gets one consistent value
// (a plain string or slice field written by one thread while another
// reads it is a Go data race, and a torn read can crash). Readers pay one
// atomic load, a plain load on amd64.

// typeNames are a type's __name__, __qualname__ and __module__.
type typeNames struct {
	name, qualname, module string
}

// typeHier is a type's __bases__ and MRO; the slices are never changed
// once published.
type typeHier struct {
	bases, mro []*Type
}

// newType makes a type with the given names and dict, without bases.
func newType(name, qualname, module string, dict *Dict) *Type {
	t := &Type{Dict: dict}
	t.names.Store(&typeNames{name: name, qualname: qualname, module: module})
	return t
}

// Name is the type's __name__.
func (t *Type) Name() string { return t.names.Load().name }

// Qualname is the type's __qualname__.
func (t *Type) Qualname() string { return t.names.Load().qualname }

// Module is the type's __module__ as a string ("builtins" for built-in
// types).
func (t *Type) Module() string { return t.names.Load().module }

// Bases is the type's __bases__. Callers must not modify the slice.
func (t *Type) Bases() []*Type { return t.hier.Load().bases }

// MRO is the type's method resolution order, the type first and object
// last. Callers must not modify the slice.
func (t *Type) MRO() []*Type { return t.hier.Load().mro }

// SetName sets __name__.
func (t *Type) SetName(s string) { t.editNames(func(n *typeNames) { n.name = s }) }

// SetQualname sets __qualname__.
func (t *Type) SetQualname(s string) { t.editNames(func(n *typeNames) { n.qualname = s }) }

// SetModule sets __module__ as Module reports it.
func (t *Type) SetModule(s string) { t.editNames(func(n *typeNames) { n.module = s }) }

// editNames publishes a copy of the names changed by f; the
// compare-and-swap loop keeps concurrent setters of different names
// from losing each other's change.
func (t *Type) editNames(f func(*typeNames)) {
	for {
		old := t.names.Load()
		n := *old
		f(&n)
		if t.names.CompareAndSwap(old, &n) {
			return
		}
	}
}

// setHier publishes new bases and MRO.
func (t *Type) setHier(bases, mro []*Type) {
	t.hier.Store(&typeHier{bases: bases, mro: mro})
}
