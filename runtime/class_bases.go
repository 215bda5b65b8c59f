package runtime

import (
	"strings"
	"sync"
	"weak"
)

// __bases__ assignment (C.__bases__ = (A, B)), as CPython's
// type_set_bases: the new bases are checked (a non-empty tuple of
// classes, no inheritance cycle, an instance layout compatible with the
// old one), then the MROs of the class and of all its subclasses are
// recomputed and published (type_state.go) and their attribute tables
// start a new generation (class.go), so method caches see the change.
// A failure in any MRO restores every class already changed.
//
// Layout compatibility follows CPython's compatible_for_assignment in
// Spindle's terms: the instances of the class must keep their Go
// representation (classInfo.kind and the built-in base value) and the
// same __slots__ names along the MRO. CPython's first test compares the
// deallocators of the old and new best bases, which differ between a
// class whose instances are tracked by its garbage collector (user
// classes, containers, exceptions) and one whose are not (object, int,
// str, ...): class X: pass cannot be rebased onto a user class.

// rebaseMu serialises __bases__ assignments: each recomputes the MROs of
// a whole subtree from the others' results.
var rebaseMu sync.Mutex

// setBases is t.__bases__ = v (v nil: del).
func (t *Type) setBases(v Value) error {
	name := t.Name()
	if v == nil {
		return NewError(TypeErrorType, "cannot delete '__bases__' attribute of immutable type '%s'", name)
	}
	tup, ok := v.(*Tuple)
	if !ok {
		return NewError(TypeErrorType, "can only assign tuple to %s.__bases__, not %s", name, TypeName(v))
	}
	if len(tup.Items) == 0 {
		return NewError(TypeErrorType, "can only assign non-empty tuple to %s.__bases__, not ()", name)
	}
	rebaseMu.Lock()
	defer rebaseMu.Unlock()
	bases := make([]*Type, len(tup.Items))
	for i, x := range tup.Items {
		b, ok := x.(*Type)
		if !ok {
			return NewError(TypeErrorType, "%s.__bases__ must be tuple of classes, not '%s'", name, TypeName(x))
		}
		if b.IsSubtype(t) {
			return NewError(TypeErrorType, "a __bases__ item causes an inheritance cycle")
		}
		bases[i] = b
	}
	for i, b := range bases {
		for _, x := range bases[:i] {
			if x == b {
				return NewError(TypeErrorType, "duplicate base class %s", b.Name())
			}
		}
	}
	if err := checkRebaseLayout(t, bases); err != nil {
		return err
	}
	old := t.Bases()
	if err := remro(t, bases); err != nil {
		return err
	}
	for _, b := range old {
		removeSubclass(b, t)
	}
	for _, b := range bases {
		registerSubclass(b, t)
	}
	return nil
}

// remro publishes t's new bases and recomputes the MROs of t and its
// subclasses, restoring them all when one fails (an MRO conflict).
func remro(t *Type, bases []*Type) error {
	type saved struct {
		t *Type
		h *typeHier
	}
	var done []saved
	var walk func(k *Type, bs []*Type) error
	walk = func(k *Type, bs []*Type) error {
		mro, err := computeMRO(k, bs)
		if err != nil {
			return err
		}
		done = append(done, saved{k, k.hier.Load()})
		k.setHier(bs, mro)
		for _, s := range infoOf(k).subclasses() {
			if err := walk(s, s.Bases()); err != nil {
				return err
			}
		}
		return nil
	}
	err := walk(t, bases)
	if err != nil {
		for i := len(done) - 1; i >= 0; i-- {
			done[i].t.hier.Store(done[i].h)
		}
	}
	infoOf(t).invalidate()
	return err
}

// checkRebaseLayout refuses new bases whose instances would be laid out
// differently from t's, with CPython's messages naming the old and new
// best bases.
func checkRebaseLayout(t *Type, bases []*Type) error {
	newto, err := bestBase(bases)
	if err != nil {
		return err
	}
	oldto, _ := bestBase(t.Bases())
	if gcTracked(newto) != gcTracked(oldto) {
		return NewError(TypeErrorType, "__bases__ assignment: '%s' deallocator differs from '%s'", newto.Name(), oldto.Name())
	}
	mro, err := computeMRO(t, bases)
	if err != nil {
		return err
	}
	ci := infoOf(t)
	kind, builtin, err := solidBase(mro)
	if err == nil && kind == ci.kind && builtin == ci.builtin && slotsAlong(mro) == slotsAlong(t.MRO()) {
		return nil
	}
	return NewError(TypeErrorType, "__bases__ assignment: '%s' object layout differs from '%s'", newto.Name(), oldto.Name())
}

// bestBase is CPython's best_base: the base whose instance layout
// extends all the others' (the first one among equals).
func bestBase(bases []*Type) (*Type, error) {
	var winner, solid *Type
	for _, b := range bases {
		s := solidOf(b)
		switch {
		case winner == nil, s != solid && s.IsSubtype(solid):
			winner, solid = b, s
		case solid.IsSubtype(s):
		default:
			return nil, NewError(TypeErrorType, "multiple bases have instance lay-out conflict")
		}
	}
	return winner, nil
}

// solidOf is CPython's solid_base: the nearest class along the chain of
// first bases that adds to the instance layout (__slots__ of its own, a
// built-in type's fields; all exceptions share BaseException's).
func solidOf(t *Type) *Type {
	for {
		if ci := infoOf(t); ci != nil {
			if len(ci.slotted) > 0 {
				return t
			}
			t = t.Bases()[0]
			continue
		}
		if t.Exception {
			return BaseExceptionType
		}
		return t
	}
}

// gcTracked reports whether CPython's garbage collector tracks the
// instances of t (its deallocator is PyObject_GC_Del).
func gcTracked(t *Type) bool {
	switch solidOf(t) {
	case ObjectType, IntType, FloatType, ComplexType, StrType, BytesType, BoolType, RangeType, SliceType:
		return IsUserClass(t)
	}
	return true
}

// slotsAlong lists the __slots__ names the user classes of an MRO
// (after its first class) declare, in order.
func slotsAlong(mro []*Type) string {
	var b strings.Builder
	for _, k := range mro[1:] {
		if ci := infoOf(k); ci != nil {
			for _, n := range ci.slotted {
				b.WriteString(n)
				b.WriteByte(0)
			}
			if ci.noDict {
				b.WriteByte(1)
			}
		}
	}
	return b.String()
}

// registerSubclass records sub as a direct subclass of b (for
// invalidation and __subclasses__).
func registerSubclass(b, sub *Type) {
	if bi := infoOf(b); bi != nil {
		bi.addSubclass(sub)
		return
	}
	builtinSubclasses.Lock()
	defer builtinSubclasses.Unlock()
	if builtinSubclasses.m == nil {
		builtinSubclasses.m = map[*Type][]weak.Pointer[Type]{}
	}
	builtinSubclasses.m[b] = append(builtinSubclasses.m[b], weak.Make(sub))
}

// removeSubclass forgets sub as a direct subclass of b.
func removeSubclass(b, sub *Type) {
	drop := func(ws []weak.Pointer[Type]) []weak.Pointer[Type] {
		out := make([]weak.Pointer[Type], 0, len(ws))
		for _, w := range ws {
			if s := w.Value(); s != nil && s != sub {
				out = append(out, w)
			}
		}
		return out
	}
	if bi := infoOf(b); bi != nil {
		bi.mu.Lock()
		bi.subs = drop(bi.subs)
		bi.mu.Unlock()
		return
	}
	builtinSubclasses.Lock()
	builtinSubclasses.m[b] = drop(builtinSubclasses.m[b])
	builtinSubclasses.Unlock()
}
