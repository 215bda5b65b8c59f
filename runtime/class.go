package runtime

import (
	"sync"
	"sync/atomic"
	"weak"
)

// User-defined classes.
//
// A class statement runs its body into a namespace dict and then calls
// BuildClass, which computes the MRO (mro.go), makes the *Type and hangs a
// *classInfo on Type.Extra. The classInfo holds what makes attribute
// access cheap:
//
//   - The attribute table: an immutable map per class from attribute name
//     to an attrEntry that records, at once, where the name lives on the
//     class (the value found by walking the MRO, the class that holds it,
//     and what kind of descriptor it is) and the cell holding the instance
//     slot number of that name. A lookup is one atomic load and one map
//     lookup, never an MRO walk. Misses add entries copy-on-write under
//     the class's mutex, so readers never lock.
//   - Generations: every entry points to the classGen it was computed in.
//     Assigning or deleting a class attribute (C.x = 1) starts a new
//     generation of that class and of all its subclasses (kept as weak
//     pointers, so dynamically created classes can die), rebuilding their
//     tables. An entry is current when its gen is the class's gen, which is
//     what the inline caches of compiled code (AttrSite, instance_site.go)
//     check: one pointer compare, no map lookup. The classGen also records
//     the class's attribute hooks (__getattr__, __setattr__, ...).
//   - The slot layout: the first assignment of an attribute name on any
//     instance of the class gives the name the next slot number, stored in
//     the name's slot cell (shared by all generations, so assigning a slot
//     changes no entry); instances keep their attributes by slot number
//     (instance_storage.go), so storage costs 16 bytes per attribute and
//     no hashing. Attribute order in __dict__ is therefore the order in
//     which the class first saw the names, which equals CPython's order
//     whenever instances set their attributes in the same order (the
//     usual __init__ pattern).
//
// Classes deriving from built-in types keep the built-in's value: user
// exception classes produce *Exception values (the existing exception
// machinery applies unchanged, e.Attrs is the instance dict); classes
// deriving from dict, list, int, str, ... produce *Instance values whose
// Base field holds the built-in value the inherited methods operate on.

// maxSlots bounds the slot layout of a class: attributes beyond it (a
// program that invents names with setattr) switch the instance to a dict.
const maxSlots = 256

// maxTableEntries bounds a class's attribute table: lookups of further
// names (hasattr with generated names) are computed but not cached.
const maxTableEntries = 1024

// attrKind says how a class attribute behaves when read through an
// instance.
type attrKind uint8

const (
	kindNone        attrKind = iota // no class attribute of that name
	kindPlain                       // returned as is
	kindFunction                    // a user function: binds to the instance
	kindBuiltin                     // a built-in method: binds to the instance
	kindStatic                      // staticmethod: unwrapped
	kindClassMethod                 // classmethod: binds to the class
	kindProperty                    // property: a data descriptor
	kindDescr                       // an object with __get__ only
	kindDataDescr                   // an object with __get__ and __set__/__delete__
)

// attrEntry is what a class knows about one attribute name. Entries are
// immutable once published.
type attrEntry struct {
	value Value // the class attribute, nil when none
	owner *Type // the class in the MRO whose dict holds value
	kind  attrKind
	cell  *slotCell // the name's instance slot
	gen   *classGen // the generation the entry belongs to
}

// user reports whether the attribute is defined by a user class (not
// inherited from object or a built-in base).
func (e *attrEntry) user() bool { return e.value != nil && e.owner.Extra != nil }

// slot is the instance slot of the entry's name, -1 when none yet.
func (e *attrEntry) slot() int { return int(e.cell.Load()) }

// slotCell holds the slot number of one attribute name (-1 until an
// instance first stores the name).
type slotCell struct{ atomic.Int32 }

// noSlot is the cell of names that never get a slot (entries made outside
// a class: super(), BindAttr).
var noSlot = func() *slotCell {
	c := &slotCell{}
	c.Store(-1)
	return c
}()

// classGen is one generation of a class's attributes: the hooks that
// attribute access consults, as they were when the generation began.
type classGen struct {
	getattr     *attrEntry // user __getattr__, or nil
	setattr     *attrEntry // user __setattr__
	delattr     *attrEntry // user __delattr__
	getattribut *attrEntry // user __getattribute__
	// dunders caches the entries of special methods, resolved on first
	// use (class_dunder_slots.go).
	dunders [numDunderSlots]atomic.Pointer[attrEntry]
}

// attrTable is a published, immutable attribute table.
type attrTable struct {
	m map[string]*attrEntry
}

// baseKind is the layout of a class's instances.
type baseKind uint8

const (
	basePlain     baseKind = iota // *Instance
	baseException                 // *Exception
	baseValue                     // *Instance carrying a built-in value (BaseValue)
)

// classInfo is a user class's object-model data (Type.Extra).
type classInfo struct {
	t        *Type
	kind     baseKind
	way      uint8 // the AttrSite way that caches this class (instance_site.go)
	builtin  *Type // baseValue: the built-in type of BaseValue (dict, list, int, ...)
	mu       sync.Mutex
	table    atomic.Pointer[attrTable]
	gen      atomic.Pointer[classGen]
	cells    map[string]*slotCell // under mu: every name's slot cell
	slotName []string             // under mu: slot -> name
	nslots   atomic.Int32         // len(slotName), readable without mu
	subs     []weak.Pointer[Type] // under mu: direct subclasses
	metaCall bool                 // the metaclass defines __call__ (metaCallNew)
	slotted  []string             // the class's own __slots__ names (slots.go)
	noDict   bool                 // __slots__ all along the MRO: instances have no __dict__
}

func infoOf(t *Type) *classInfo {
	ci, _ := t.Extra.(*classInfo)
	return ci
}

// IsUserClass reports whether t was made by a class statement or type().
func IsUserClass(t *Type) bool { return infoOf(t) != nil }

// entry returns the current attribute entry for name.
func (c *classInfo) entry(name string) *attrEntry {
	if e, ok := c.table.Load().m[name]; ok {
		return e
	}
	return c.entrySlow(name)
}

func (c *classInfo) entrySlow(name string) *attrEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	tb := c.table.Load()
	if e, ok := tb.m[name]; ok {
		return e
	}
	e := c.computeLocked(name, c.gen.Load())
	if len(tb.m) < maxTableEntries {
		nt := &attrTable{m: make(map[string]*attrEntry, len(tb.m)+1)}
		for k, v := range tb.m {
			nt.m[k] = v
		}
		nt.m[name] = e
		c.table.Store(nt)
	}
	return e
}

// cellLocked returns the slot cell of name, making it on first use.
func (c *classInfo) cellLocked(name string) *slotCell {
	cell := c.cells[name]
	if cell == nil {
		cell = &slotCell{}
		cell.Store(-1)
		c.cells[name] = cell
	}
	return cell
}

// computeLocked makes the entry for name from the class dicts.
func (c *classInfo) computeLocked(name string, g *classGen) *attrEntry {
	e := &attrEntry{cell: c.cellLocked(name), gen: g}
	for _, k := range c.t.MRO() {
		if k.Dict == nil {
			continue
		}
		if v, ok := k.Dict.GetStr(name); ok {
			e.value, e.owner, e.kind = v, k, classifyAttr(v)
			break
		}
	}
	return e
}

// newGenLocked starts a new generation (at class creation, or after a
// change of a class in the MRO): a new classGen and a table with the
// entries of the names the old table knew, recomputed.
func (c *classInfo) newGenLocked() {
	g := &classGen{}
	tb := &attrTable{m: map[string]*attrEntry{}}
	if old := c.table.Load(); old != nil {
		for name := range old.m {
			tb.m[name] = c.computeLocked(name, g)
		}
	}
	hook := func(name string) *attrEntry {
		e, ok := tb.m[name]
		if !ok {
			e = c.computeLocked(name, g)
			tb.m[name] = e
		}
		if e.user() {
			return e
		}
		return nil
	}
	g.getattr = hook("__getattr__")
	g.setattr = hook("__setattr__")
	g.delattr = hook("__delattr__")
	g.getattribut = hook("__getattribute__")
	c.table.Store(tb)
	c.gen.Store(g)
}

// slotFor returns the slot of name, assigning the next one when the name
// is new to the class; -1 when the layout is full.
func (c *classInfo) slotFor(name string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	cell := c.cellLocked(name)
	if s := cell.Load(); s >= 0 {
		return int(s)
	}
	if c.noDict || len(c.slotName) >= maxSlots {
		return -1
	}
	s := len(c.slotName)
	c.slotName = append(c.slotName, name)
	c.nslots.Store(int32(len(c.slotName)))
	cell.Store(int32(s))
	return s
}

// slotNames returns a snapshot of slot -> name.
func (c *classInfo) slotNames() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.slotName[:len(c.slotName):len(c.slotName)]
}

// invalidate drops the cached tables of the class and its subclasses
// after a change of its dict.
func (c *classInfo) invalidate() {
	c.mu.Lock()
	c.newGenLocked()
	subs := c.subs[:len(c.subs):len(c.subs)]
	c.mu.Unlock()
	for _, w := range subs {
		if s := w.Value(); s != nil {
			if si := infoOf(s); si != nil {
				si.invalidate()
			}
		}
	}
}

// addSubclass records sub as a direct subclass (for invalidation and
// __subclasses__), dropping entries of classes that died.
func (c *classInfo) addSubclass(sub *Type) {
	c.mu.Lock()
	defer c.mu.Unlock()
	// A new slice, not compaction in place: invalidate and subclasses
	// read snapshots of c.subs after releasing mu.
	live := make([]weak.Pointer[Type], 0, len(c.subs)+1)
	for _, w := range c.subs {
		if w.Value() != nil {
			live = append(live, w)
		}
	}
	c.subs = append(live, weak.Make(sub))
}

// subclasses returns the live direct subclasses.
func (c *classInfo) subclasses() []*Type {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []*Type
	for _, w := range c.subs {
		if s := w.Value(); s != nil {
			out = append(out, s)
		}
	}
	return out
}

// builtinSubclasses lists user classes deriving directly from built-in
// types (object included), for __subclasses__ of a built-in type.
var builtinSubclasses struct {
	sync.Mutex
	m map[*Type][]weak.Pointer[Type]
}

// classifyAttr tells how a class attribute behaves on instance access.
func classifyAttr(v Value) attrKind {
	switch x := v.(type) {
	case *Builtin:
		if x.Method && x.Self == nil {
			return kindBuiltin
		}
		return kindPlain
	case *StaticMethod:
		return kindStatic
	case *ClassMethod:
		return kindClassMethod
	case *Property:
		return kindProperty
	case *Type, Str, Int, *NoneValue, Bool, Float, *Tuple, *List, *Dict:
		return kindPlain
	}
	t := v.Type()
	if t == FunctionType {
		return kindFunction
	}
	if t.Lookup("__get__") != nil {
		if t.Lookup("__set__") != nil || t.Lookup("__delete__") != nil {
			return kindDataDescr
		}
		return kindDescr
	}
	return kindPlain
}

// solidBase finds the built-in type whose values the instances of a
// class with this MRO carry (exceptions, or dict, list, int, ...).
func solidBase(mro []*Type) (kind baseKind, builtin *Type, err error) {
	for _, k := range mro {
		if k == ObjectType || infoOf(k) != nil {
			continue
		}
		if k.Exception {
			if kind == baseValue {
				return 0, nil, NewError(TypeErrorType, "multiple bases have instance lay-out conflict")
			}
			kind = baseException
			continue
		}
		if k.New == nil {
			continue
		}
		switch kind {
		case baseException:
			return 0, nil, NewError(TypeErrorType, "multiple bases have instance lay-out conflict")
		case baseValue:
			if !builtin.IsSubtype(k) && !k.IsSubtype(builtin) {
				return 0, nil, NewError(TypeErrorType, "multiple bases have instance lay-out conflict")
			}
			continue
		}
		kind, builtin = baseValue, k
	}
	return kind, builtin, nil
}

// BuildClass creates a class: the interpreter calls it after running the
// class body into ns (which the class takes over as its __dict__).
// qualname is the dotted path for nested classes ("Outer.Inner"), module
// the defining module's __name__. kwargs are the class keywords:
// metaclass= picks the metaclass (metaclass.go), the rest go to the
// metaclass and __init_subclass__.
func BuildClass(th *Thread, name, qualname, module string, bases []Value, ns *Dict, kwargs []KwArg) (Value, error) {
	bases = mroEntries(bases)
	var explicit *Type
	var rest []KwArg
	for i, kw := range kwargs {
		if kw.Name != "metaclass" {
			continue
		}
		rest = append(append(rest, kwargs[:i]...), kwargs[i+1:]...)
		mt, ok := kw.Value.(*Type)
		if !ok {
			return callMetaclass(th, kw.Value, name, qualname, module, bases, ns, rest)
		}
		explicit, kwargs = mt, rest
		break
	}
	meta, err := resolveMeta(explicit, bases)
	if err != nil {
		return nil, err
	}
	if meta != TypeType {
		return callMetaclass(th, meta, name, qualname, module, bases, ns, kwargs)
	}
	return buildClass(th, meta, name, qualname, module, bases, ns, kwargs)
}

// buildClass makes a class whose metaclass is meta.
func buildClass(th *Thread, meta *Type, name, qualname, module string, bases []Value, ns *Dict, kwargs []KwArg) (Value, error) {
	var bs []*Type
	for _, b := range bases {
		bt, ok := b.(*Type)
		if !ok {
			return nil, NewError(TypeErrorType, "bases must be types")
		}
		if isFinalType(bt) {
			return nil, NewError(TypeErrorType, "type '%s' is not an acceptable base type", builtinTypeName(bt))
		}
		for _, x := range bs {
			if x == bt {
				return nil, NewError(TypeErrorType, "duplicate base class %s", bt.Name())
			}
		}
		bs = append(bs, bt)
	}
	if len(bs) == 0 {
		bs = []*Type{ObjectType}
	}
	var subKw []KwArg
	for _, kw := range kwargs {
		if kw.Name != "metaclass" {
			subKw = append(subKw, kw)
		}
	}
	if ns == nil {
		ns = NewDict()
	}
	if qualname == "" {
		qualname = name
	}
	if v, ok := ns.GetStr("__qualname__"); ok {
		s, isStr := v.(Str)
		if !isStr {
			return nil, NewError(TypeErrorType, "type __qualname__ must be a str, not %s", TypeName(v))
		}
		qualname = string(s)
		ns.DeleteStr("__qualname__")
	}
	if _, ok := ns.GetStr("__module__"); !ok {
		ns.SetStr("__module__", Str(module))
	} else if s, ok := ns.GetStr("__module__"); ok {
		if ms, isStr := s.(Str); isStr {
			module = string(ms)
		}
	}
	if _, ok := ns.GetStr("__doc__"); !ok {
		ns.SetStr("__doc__", None)
	}
	// Implicit wrapping, as CPython's type_new does.
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if v, ok := ns.GetStr(n); ok && v.Type() == FunctionType {
			ns.SetStr(n, &ClassMethod{Fn: v})
		}
	}
	if v, ok := ns.GetStr("__new__"); ok && v.Type() == FunctionType {
		ns.SetStr("__new__", &StaticMethod{Fn: v})
	}
	// Defining __eq__ without __hash__ makes instances unhashable.
	if _, ok := ns.GetStr("__eq__"); ok {
		if _, ok := ns.GetStr("__hash__"); !ok {
			ns.SetStr("__hash__", None)
		}
	}

	t := newType(name, qualname, module, ns)
	mro, err := computeMRO(t, bs)
	if err != nil {
		return nil, err
	}
	t.setHier(bs, mro)
	kind, builtin, err := solidBase(mro)
	if err != nil {
		return nil, err
	}
	for _, b := range bs {
		if b.Exception {
			t.Exception = true
		}
	}
	info := &classInfo{t: t, kind: kind, way: nextSiteWay(), builtin: builtin, cells: map[string]*slotCell{}}
	t.Extra = info
	info.mu.Lock()
	info.newGenLocked()
	info.mu.Unlock()
	if err := info.setupSlots(th); err != nil {
		return nil, err
	}
	t.New = newUserInstance
	if meta != TypeType {
		t.Meta = meta
		if lookupEntry(meta, "__call__").user() {
			t.New, info.metaCall = metaCallNew, true
		}
	}
	if kind == baseValue && builtin == TypeType {
		t.New = newMetaInstance
	}
	for _, b := range bs {
		registerSubclass(b, t)
	}

	if err := setNames(th, t); err != nil {
		return nil, err
	}
	if err := initSubclass(th, t, subKw); err != nil {
		return nil, err
	}
	return t, nil
}

// builtinTypeName is a built-in type's name as CPython's tp_name spells
// it: module-qualified outside builtins ("_contextvars.Token").
func builtinTypeName(t *Type) string {
	if t.Module() != "" && t.Module() != "builtins" {
		return t.Module() + "." + t.Name()
	}
	return t.Name()
}

// isFinalType reports whether t cannot be subclassed.
func isFinalType(t *Type) bool {
	if t.Final {
		return true
	}
	switch t {
	case BoolType, NoneType, NotImplementedType, EllipsisType, RangeType, SliceType,
		FunctionType, MethodType, BuiltinFunctionType, MethodDescriptorType, GeneratorType, CellType:
		return true
	}
	return false
}

// setNames calls __set_name__(owner, name) on the class attributes that
// define it (user descriptors).
func setNames(th *Thread, t *Type) error {
	for _, kv := range t.Dict.Items() {
		if p, ok := kv[1].(*Property); ok {
			if s, ok := kv[0].(Str); ok && p.Name == "" {
				p.Name = string(s)
			}
			continue
		}
		inst, ok := kv[1].(*Instance)
		if !ok {
			continue
		}
		e := inst.info().entry("__set_name__")
		if !e.user() {
			continue
		}
		if _, err := callEntry(th, e, inst, []Value{t, kv[0]}, nil); err != nil {
			return err
		}
	}
	return nil
}

// initSubclass calls super(t, t).__init_subclass__(**kwargs).
func initSubclass(th *Thread, t *Type, kwargs []KwArg) error {
	for _, k := range t.MRO()[1:] {
		if k.Dict == nil {
			continue
		}
		v, ok := k.Dict.GetStr("__init_subclass__")
		if !ok {
			continue
		}
		if v == Value(objectInitSubclass) {
			if len(kwargs) > 0 {
				return NewError(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", t.Name())
			}
			return nil
		}
		fn, err := bindToClass(th, v, t)
		if err != nil {
			return err
		}
		_, err = Call(th, fn, nil, kwargs)
		return err
	}
	return nil
}

// bindToClass is the attribute v (found on a class) read through class
// t: classmethods bind to t, staticmethods unwrap, descriptors get
// __get__(None, t), everything else is itself.
func bindToClass(th *Thread, v Value, t *Type) (Value, error) {
	switch x := v.(type) {
	case *ClassMethod:
		return &BoundMethod{Self: t, Fn: x.Fn}, nil
	case *StaticMethod:
		return x.Fn, nil
	case *Property, *Builtin:
		return v, nil
	}
	switch classifyAttr(v) {
	case kindDescr, kindDataDescr:
		return CallMethod(th, v, "__get__", []Value{None, t}, nil)
	}
	return v, nil
}

// lookupEntry finds name on class t: through the cached table for user
// classes, by walking the MRO for built-in ones.
func lookupEntry(t *Type, name string) *attrEntry {
	if ci := infoOf(t); ci != nil {
		return ci.entry(name)
	}
	for _, k := range t.MRO() {
		if k.Dict == nil {
			continue
		}
		if v, ok := k.Dict.GetStr(name); ok {
			return &attrEntry{value: v, owner: k, kind: classifyAttr(v), cell: noSlot}
		}
	}
	return &attrEntry{cell: noSlot}
}

// GetAttr reads a class attribute (C.x): the class's MRO with
// classmethods bound to the class. It returns (nil, nil) for what it does
// not know, so that the generic operation serves the special attributes
// (__name__, __mro__, ...) and produces the AttributeError.
func (t *Type) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "__name__", "__qualname__", "__mro__", "__bases__", "__base__", "__class__":
		return nil, nil
	case "__dict__":
		return t.Dict.Copy(), nil
	}
	e := lookupEntry(t, name)
	if s, _ := slotBefore(t, name, e.owner); s != nil {
		// A built-in base's special method (list.__eq__ before
		// object.__eq__; slot_wrappers.go).
		return s, nil
	}
	if e.value != nil {
		return bindToClass(th, e.value, t)
	}
	if m := slotMember(t, name); m != nil {
		return m, nil
	}
	if v, ok, err := metaAttr(th, t, name); ok || err != nil {
		return v, err
	}
	switch name {
	case "mro":
		return NewFunc("mro", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
			items := make([]Value, len(t.MRO()))
			for i, c := range t.MRO() {
				items[i] = c
			}
			return NewList(items), nil
		}), nil
	case "__subclasses__":
		return NewFunc("__subclasses__", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
			var subs []*Type
			if ci := infoOf(t); ci != nil {
				subs = ci.subclasses()
			} else {
				builtinSubclasses.Lock()
				for _, w := range builtinSubclasses.m[t] {
					if s := w.Value(); s != nil {
						subs = append(subs, s)
					}
				}
				builtinSubclasses.Unlock()
			}
			items := make([]Value, len(subs))
			for i, s := range subs {
				items[i] = s
			}
			return NewList(items), nil
		}), nil
	case "__annotations__":
		if infoOf(t) != nil {
			d := NewDict()
			t.Dict.SetStr("__annotations__", d)
			infoOf(t).invalidate()
			return d, nil
		}
	}
	return nil, nil
}

// SetAttr assigns (v != nil) or deletes (v == nil) a class attribute.
// Built-in types are immutable.
func (t *Type) SetAttr(th *Thread, name string, v Value) error {
	ci := infoOf(t)
	if ci == nil {
		return NewError(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, t.Name())
	}
	if ClassContainer.SetAttr != nil {
		if err := ClassContainer.SetAttr(t, name, v); err != nil {
			return err
		}
	}
	switch name {
	case "__bases__":
		return t.setBases(v)
	case "__name__":
		s, ok := v.(Str)
		if !ok {
			return NewError(TypeErrorType, "can only assign string to %s.__name__, not '%s'", t.Name(), typeNameOrNil(v))
		}
		t.SetName(string(s))
		return nil
	case "__qualname__":
		s, ok := v.(Str)
		if !ok {
			return NewError(TypeErrorType, "can only assign string to %s.__qualname__, not '%s'", t.Name(), typeNameOrNil(v))
		}
		t.SetQualname(string(s))
		return nil
	case "__module__":
		if s, ok := v.(Str); ok {
			t.SetModule(string(s))
		}
	}
	if v == nil {
		if _, ok := t.Dict.DeleteStr(name); !ok {
			return NewError(AttributeErrorType, "type object '%s' has no attribute '%s'", t.Name(), name)
		}
	} else {
		if x, ok := t.Dict.GetStr(name); ok && x == v {
			return nil
		}
		t.Dict.SetStr(name, v)
	}
	ci.invalidate()
	return nil
}

func typeNameOrNil(v Value) string {
	if v == nil {
		return "NoneType"
	}
	return TypeName(v)
}

// newTypeCall is type(x) and type(name, bases, dict).
func newTypeCall(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
	if len(args) == 1 && len(kwargs) == 0 {
		return args[0].Type(), nil
	}
	if len(args) != 3 {
		return nil, NewError(TypeErrorType, "type() takes 1 or 3 arguments")
	}
	name, ok := args[0].(Str)
	if !ok {
		return nil, NewError(TypeErrorType, "type.__new__() argument 1 must be str, not %s", TypeName(args[0]))
	}
	bt, ok := args[1].(*Tuple)
	if !ok {
		return nil, NewError(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", TypeName(args[1]))
	}
	d, ok := args[2].(*Dict)
	if !ok {
		return nil, NewError(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", TypeName(args[2]))
	}
	module := "__main__"
	if m, ok := d.GetStr("__module__"); ok {
		if s, ok := m.(Str); ok {
			module = string(s)
		}
	} else if CallerModule != nil {
		module = CallerModule(th)
	}
	return BuildClass(th, string(name), string(name), module, bt.Items, d.Copy(), kwargs)
}

// CallerModule, when set by the interpreter, returns the __name__ of the
// module whose code is running on th (type(name, bases, dict) records it
// as the new class's __module__). Unset, "__main__" is used.
var CallerModule func(th *Thread) string
