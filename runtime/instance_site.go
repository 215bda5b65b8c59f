package runtime

import (
	"strings"
	"sync/atomic"
)

// AttrSite is the inline cache of one attribute expression in compiled
// code (obj.name as a load, a store target, or a method call): for the
// last classes seen at the site it keeps the class's attribute entry for
// the name, so that on instances of user classes the access costs a
// pointer compare (is the entry of the class's current generation?)
// instead of a map lookup with string hashing. Measured on
// bench/richards.sp, the name lookups were ~15% of the run time.
//
// Sites are shared by every thread running the code: each way is an
// atomic pointer to an immutable entry. A site holds up to four classes
// (polymorphic sites such as t.fn() over task subclasses), each looked
// up first in its home way (nextSiteWay), then in the others (entryMiss).
type AttrSite struct {
	Name string
	ways [4]atomic.Pointer[attrEntry]
	// plain caches the built-in method found for a value without
	// attributes of its own (CallPlain), on a built-in type.
	plain atomic.Pointer[plainEntry]
	// mod caches the lookup of the name in the module it was last
	// read from (ModuleAttr).
	mod atomic.Pointer[moduleEntry]
}

type moduleEntry struct {
	d *Dict
	c atomic.Pointer[StrCache]
}

// ModuleAttr is m.GetAttr(th, s.Name), reported found or not, through a
// cache of the lookup in m's dict (Dict.GetStrCached): once threads
// share values a plain lookup locks the module's dict, and every thread
// calling time.sleep(x) contended on the time module's lock.
func (s *AttrSite) ModuleAttr(m *Module) (Value, bool) {
	e := s.mod.Load()
	if e == nil || e.d != m.Dict {
		e = &moduleEntry{d: m.Dict}
		s.mod.Store(e)
	}
	return m.Dict.GetStrCached(s.Name, &e.c)
}

type plainEntry struct {
	t *Type
	b *Builtin
}

// NewAttrSite makes the cache of one site.
func NewAttrSite(name string) *AttrSite { return &AttrSite{Name: name} }

// entry returns the current entry of the site's name on inst's class,
// and the class's generation.
func (s *AttrSite) entry(inst *Instance) (*attrEntry, *classGen) {
	return s.entryOf(inst.info())
}

// siteWays numbers the classes made so far, for nextSiteWay.
var siteWays atomic.Uint32

// nextSiteWay is the home way of a new class in every AttrSite: classes
// take the four ways in turn, so classes made one after another (a base
// class and its subclasses, the usual polymorphic site) have different
// homes.
func nextSiteWay() uint8 { return uint8(siteWays.Add(1) - 1) }

// entryOf is entry for the class of info: a hit in the class's home way
// costs one load and a compare.
func (s *AttrSite) entryOf(info *classInfo) (*attrEntry, *classGen) {
	g := info.gen.Load()
	if e := s.ways[info.way&3].Load(); e != nil && e.gen == g {
		return e, g
	}
	return s.entryMiss(info, g)
}

// entryMiss is entryOf when the home way holds another class (or an old
// generation): the other ways are searched before the class's table, and
// a new entry goes to the home way if that is free, else to a free way,
// else (five or more classes at the site) it replaces the home way's.
// Without the search, two classes sharing a home evicted each other on
// every access: which classes shared one depended on the class's address
// (the way was picked from it), and smaller instances (a layout change
// elsewhere) made bench/richards.sp 5% slower and a different pick made
// pyperf go and chaos 6-8% slower.
func (s *AttrSite) entryMiss(info *classInfo, g *classGen) (*attrEntry, *classGen) {
	for i := range s.ways {
		if e := s.ways[i].Load(); e != nil && e.gen == g {
			return e, g
		}
	}
	e := info.entry(s.Name)
	if e.gen != g {
		return e, g
	}
	home := &s.ways[info.way&3]
	if home.Load() != nil {
		for i := range s.ways {
			if s.ways[i].Load() == nil {
				home = &s.ways[i]
				break
			}
		}
	}
	home.Store(e)
	return e, g
}

// classEntry serves C.name on a user class C (Strength.REQUIRED,
// Planner.method(...)) from the site's ways, as Type.GetAttr would find it
// in the class's table: it returns the entry when v is a user class, the
// name is not a dunder (Type.GetAttr answers some of those itself) and
// the class defines it; nil otherwise.
func (s *AttrSite) classEntry(v Value) (*attrEntry, *Type) {
	t, ok := v.(*Type)
	if !ok || strings.HasPrefix(s.Name, "__") {
		return nil, nil
	}
	info := infoOf(t)
	if info == nil {
		return nil, nil
	}
	if e, _ := s.entryOf(info); e.value != nil {
		return e, t
	}
	return nil, nil
}

// Get is v.name.
func (s *AttrSite) Get(th *Thread, v Value) (Value, error) {
	inst, ok := v.(*Instance)
	if !ok {
		if e, t := s.classEntry(v); e != nil {
			return bindToClass(th, e.value, t)
		}
		return GetAttr(th, v, s.Name)
	}
	e, g := s.entry(inst)
	if g.getattribut == nil && e.kind != kindProperty && e.kind != kindDataDescr {
		if x, found := inst.load(s.Name, e); found {
			return x, nil
		}
	}
	return inst.getAttrGen(th, s.Name, e, g)
}

// Set is v.name = x (x nil: del v.name).
func (s *AttrSite) Set(th *Thread, v Value, x Value) error {
	inst, ok := v.(*Instance)
	if !ok {
		if x == nil {
			return DelAttr(th, v, s.Name)
		}
		return SetAttr(th, v, s.Name, x)
	}
	e, g := s.entry(inst)
	return inst.setAttrGen(th, s.Name, x, e, g)
}

// Method is GetMethod(th, v, name): when self is non-nil, fn must be
// called with self prepended to the arguments.
func (s *AttrSite) Method(th *Thread, v Value) (fn Value, self Value, err error) {
	inst, ok := v.(*Instance)
	if !ok {
		if e, t := s.classEntry(v); e != nil {
			switch x := e.value.(type) {
			case *ClassMethod:
				return x.Fn, t, nil
			case *StaticMethod:
				return x.Fn, nil, nil
			}
			fn, err = bindToClass(th, e.value, t)
			return fn, nil, err
		}
		if x, own := v.(HasAttrs); own {
			if _, isType := v.(*Type); !isType {
				// A Go object with attributes of its own (re.Match,
				// a module): those first, as GetAttr; then a built-in
				// method of its type is returned unbound with self, so
				// no bound method is allocated per call.
				r, err := x.GetAttr(th, s.Name)
				if err != nil || r != nil {
					return r, nil, err
				}
				if b, ok := v.Type().Lookup(s.Name).(*Builtin); ok && b.Method {
					return b, v, nil
				}
			}
		}
		fn, err = GetAttr(th, v, s.Name)
		return fn, nil, err
	}
	e, g := s.entry(inst)
	return inst.method(th, s.Name, e, g)
}

// CallPlain is v.name(*args) for a value that is not a HasAttrs (str,
// list, dict, ...): CallMethod, with the built-in method of v's type
// cached at the site. Only built-in types are cached: Python code cannot
// rebind their attributes (their methods are installed once, by Go code
// at start-up or import).
func (s *AttrSite) CallPlain(th *Thread, v Value, args []Value) (Value, error) {
	if b := s.PlainMethod(v); b != nil {
		return b.Fn(th, v, args, nil)
	}
	return CallMethod(th, v, s.Name, args, nil)
}

// PlainMethod returns the built-in method of the type of v, a value that
// is not a HasAttrs, cached at the site as for CallPlain; nil when the
// type has none (b.Fn(th, v, args, kwargs) is the call v.name(...)).
func (s *AttrSite) PlainMethod(v Value) *Builtin {
	t := v.Type()
	if e := s.plain.Load(); e != nil && e.t == t {
		return e.b
	}
	if b, ok := t.Lookup(s.Name).(*Builtin); ok && b.Method && !IsUserClass(t) {
		s.plain.Store(&plainEntry{t, b})
		return b
	}
	return nil
}

// CallPlain1 is CallPlain with one argument: a built-in method with
// Builtin.M1 is called without an argument slice.
func (s *AttrSite) CallPlain1(th *Thread, v, arg Value) (Value, error) {
	t := v.Type()
	if e := s.plain.Load(); e != nil && e.t == t && e.b.M1 != nil {
		return e.b.M1(th, v, arg)
	}
	return s.CallPlain(th, v, []Value{arg})
}

// CallPlain2 is CallPlain with two arguments (Builtin.M2).
func (s *AttrSite) CallPlain2(th *Thread, v, a, b Value) (Value, error) {
	t := v.Type()
	if e := s.plain.Load(); e != nil && e.t == t && e.b.M2 != nil {
		return e.b.M2(th, v, a, b)
	}
	return s.CallPlain(th, v, []Value{a, b})
}
