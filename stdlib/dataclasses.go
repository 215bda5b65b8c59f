package stdlib

import (
	"fmt"
	"strings"
	"sync"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// The dataclasses module: @dataclass generates __init__, __repr__,
// __eq__, the ordering methods, __hash__ and the frozen __setattr__ as Go
// built-in methods (no source is generated and compiled, unlike CPython),
// driven by the class's fields: the entries of the class body's
// __annotations__ in definition order, after the fields of dataclass
// bases (walked in reverse MRO order, as CPython does).
//
// Fields are stored as CPython does, in the class attribute
// __dataclass_fields__ (a dict name -> Field), so fields(), asdict() and
// subclasses find them; the generated methods close over a Go slice of the
// same fields so that calling them costs no dict lookups.

var (
	dcFieldType   = newModuleType("Field", "dataclasses")
	dcMissingType = newModuleType("_MISSING_TYPE", "dataclasses")
	dcKwOnlyType  = newModuleType("_KW_ONLY_TYPE", "dataclasses")
	dcParamsType  = newModuleType("_DataclassParams", "dataclasses")

	dcMissing = &dcSentinel{typ: dcMissingType, name: "MISSING"}
	dcKwOnly  = &dcSentinel{typ: dcKwOnlyType, name: "KW_ONLY"}

	// FrozenInstanceError is dataclasses.FrozenInstanceError, an
	// AttributeError subclass.
	dcFrozenError *rt.Type
)

type dcSentinel struct {
	typ  *rt.Type
	name string
}

func (s *dcSentinel) Type() *rt.Type { return s.typ }

func (s *dcSentinel) Repr(th *rt.Thread) (string, error) {
	return fmt.Sprintf("<dataclasses.%s object at %#x>", s.typ.Name(), rt.Id(s)), nil
}

// dcField is a dataclasses.Field.
type dcField struct {
	name     string
	typ      rt.Value
	def      rt.Value // nil: no default
	factory  rt.Value // nil: no default_factory
	init     bool
	repr     bool
	compare  bool
	hash     rt.Value // None, or a bool
	metadata rt.Value
	kwOnly   rt.Value // dcMissing until the class decides; then a Bool
	classVar bool
	initVar  bool // annotated InitVar[T]: an __init__ parameter passed to __post_init__, not an attribute
}

func (*dcField) Type() *rt.Type { return dcFieldType }

func (f *dcField) isKwOnly() bool { return f.kwOnly == rt.True }

func orMissing(v rt.Value) rt.Value {
	if v == nil {
		return dcMissing
	}
	return v
}

func (f *dcField) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "name":
		return rt.Str(f.name), nil
	case "type":
		return orNoneV(f.typ), nil
	case "default":
		return orMissing(f.def), nil
	case "default_factory":
		return orMissing(f.factory), nil
	case "init":
		return rt.Bool(f.init), nil
	case "repr":
		return rt.Bool(f.repr), nil
	case "compare":
		return rt.Bool(f.compare), nil
	case "hash":
		return f.hash, nil
	case "metadata":
		return f.metadata, nil
	case "kw_only":
		return f.kwOnly, nil
	}
	return nil, nil
}

func (f *dcField) SetAttr(th *rt.Thread, name string, v rt.Value) error {
	switch name {
	case "name":
		if s, ok := v.(rt.Str); ok {
			f.name = string(s)
			return nil
		}
	case "type":
		f.typ = v
		return nil
	}
	return rt.NewError(rt.AttributeErrorType, "'Field' object attribute '%s' is read-only", name)
}

func (f *dcField) Repr(th *rt.Thread) (string, error) {
	parts := []string{"name=" + pyRepr(th, rt.Str(f.name)), "type=" + pyRepr(th, orNoneV(f.typ)),
		"default=" + pyRepr(th, orMissing(f.def)), "default_factory=" + pyRepr(th, orMissing(f.factory)),
		"init=" + pyRepr(th, rt.Bool(f.init)), "repr=" + pyRepr(th, rt.Bool(f.repr)),
		"hash=" + pyRepr(th, f.hash), "compare=" + pyRepr(th, rt.Bool(f.compare)),
		"metadata=" + pyRepr(th, f.metadata), "kw_only=" + pyRepr(th, f.kwOnly)}
	return "Field(" + strings.Join(parts, ",") + ")", nil
}

func pyRepr(th *rt.Thread, v rt.Value) string {
	s, err := rt.Repr(th, v)
	if err != nil {
		return "?"
	}
	return s
}

func orNoneV(v rt.Value) rt.Value {
	if v == nil {
		return rt.None
	}
	return v
}

// dcParams is __dataclass_params__.
type dcParams struct {
	init, repr, eq, order, unsafeHash, frozen bool
}

func (*dcParams) Type() *rt.Type { return dcParamsType }

func (p *dcParams) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "init":
		return rt.Bool(p.init), nil
	case "repr":
		return rt.Bool(p.repr), nil
	case "eq":
		return rt.Bool(p.eq), nil
	case "order":
		return rt.Bool(p.order), nil
	case "unsafe_hash":
		return rt.Bool(p.unsafeHash), nil
	case "frozen":
		return rt.Bool(p.frozen), nil
	}
	return nil, nil
}

// loadDataclassesModule makes the dataclasses module (registered in modules.go).
func loadDataclassesModule() *rt.Module {
	setupDataclassesTypes()
	return newDataclassesModule()
}

// dataclassesSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var dataclassesSetup sync.Once

func setupDataclassesTypes() { dataclassesSetup.Do(initDataclassesTypes) }

func initDataclassesTypes() {
	var err error
	dcFrozenError, err = buildExcClass("FrozenInstanceError", "dataclasses", rt.AttributeErrorType)
	if err != nil {
		panic(err)
	}
}

// buildExcClass makes an exception class of a built-in module.
func buildExcClass(name, module string, base *rt.Type) (*rt.Type, error) {
	c, err := rt.BuildClass(rt.NewThread("init"), name, name, module, []rt.Value{base}, rt.NewDict(), nil)
	if err != nil {
		return nil, err
	}
	return c.(*rt.Type), nil
}

func newDataclassesModule() *rt.Module {
	m := rt.NewModule("dataclasses")
	for _, f := range []*rt.Builtin{
		rt.NewFunc("dataclass", dcDataclass),
		rt.NewFunc("field", dcFieldFunc),
		rt.NewFunc("fields", dcFields),
		rt.NewFunc("asdict", dcAsdict),
		rt.NewFunc("astuple", dcAstuple),
		rt.NewFunc("replace", dcReplace),
		rt.NewFunc("is_dataclass", dcIsDataclass),
	} {
		m.Dict.SetStr(f.Name, f)
	}
	m.Dict.SetStr("Field", dcFieldType)
	m.Dict.SetStr("FrozenInstanceError", dcFrozenError)
	m.Dict.SetStr("MISSING", dcMissing)
	m.Dict.SetStr("KW_ONLY", dcKwOnly)
	m.Dict.SetStr("InitVar", dcInitVarClass)
	return m
}

// dcDataclass is dataclass(cls=None, /, *, init=True, repr=True, eq=True,
// order=False, unsafe_hash=False, frozen=False, match_args=True,
// kw_only=False, slots=False).
func dcDataclass(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	p := &dcParams{init: true, repr: true, eq: true}
	matchArgs, kwOnly, slots, weakrefSlot := true, false, false, false
	for _, kw := range kwargs {
		b := rt.Truthy(kw.Value)
		switch kw.Name {
		case "init":
			p.init = b
		case "repr":
			p.repr = b
		case "eq":
			p.eq = b
		case "order":
			p.order = b
		case "unsafe_hash":
			p.unsafeHash = b
		case "frozen":
			p.frozen = b
		case "match_args":
			matchArgs = b
		case "kw_only":
			kwOnly = b
		case "slots":
			slots = b
		case "weakref_slot":
			weakrefSlot = b
		default:
			return nil, rt.NewError(rt.TypeErrorType, "dataclass() got an unexpected keyword argument '%s'", kw.Name)
		}
	}
	if len(args) > 1 {
		return nil, rt.NewError(rt.TypeErrorType, "dataclass() takes from 0 to 1 positional arguments but %d were given", len(args))
	}
	wrap := func(th *rt.Thread, v rt.Value) (rt.Value, error) {
		cls, ok := v.(*rt.Type)
		if !ok || !rt.IsUserClass(cls) {
			return nil, rt.NewError(rt.TypeErrorType, "dataclass() should be called on a class")
		}
		if err := processDataclass(th, cls, p, matchArgs, kwOnly); err != nil {
			return nil, err
		}
		if slots {
			return dcAddSlots(th, cls, weakrefSlot)
		}
		if weakrefSlot {
			return nil, rt.NewError(rt.TypeErrorType, "weakref_slot is True but slots is False")
		}
		return cls, nil
	}
	if len(args) == 1 && args[0] != rt.None {
		return wrap(th, args[0])
	}
	return rt.NewFunc("wrap", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		v, err := oneArg("wrap", args, kwargs)
		if err != nil {
			return nil, err
		}
		return wrap(th, v)
	}), nil
}

// dcFieldFunc is field(*, default, default_factory, init, repr, hash,
// compare, metadata, kw_only).
func dcFieldFunc(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(args) > 0 {
		return nil, rt.NewError(rt.TypeErrorType, "field() takes 0 positional arguments but %d were given", len(args))
	}
	f := &dcField{init: true, repr: true, compare: true, hash: rt.None, metadata: rt.NewDict(), kwOnly: dcMissing}
	for _, kw := range kwargs {
		switch kw.Name {
		case "default":
			f.def = kw.Value
		case "default_factory":
			f.factory = kw.Value
		case "init":
			f.init = rt.Truthy(kw.Value)
		case "repr":
			f.repr = rt.Truthy(kw.Value)
		case "compare":
			f.compare = rt.Truthy(kw.Value)
		case "hash":
			f.hash = kw.Value
		case "metadata":
			if kw.Value != rt.None {
				f.metadata = kw.Value
			}
		case "kw_only":
			f.kwOnly = kw.Value
		default:
			return nil, rt.NewError(rt.TypeErrorType, "field() got an unexpected keyword argument '%s'", kw.Name)
		}
	}
	if f.def == dcMissing {
		f.def = nil
	}
	if f.factory == dcMissing {
		f.factory = nil
	}
	if f.def != nil && f.factory != nil {
		return nil, rt.NewError(rt.ValueErrorType, "cannot specify both default and default_factory")
	}
	return f, nil
}

// isClassVar reports whether an annotation is typing.ClassVar[...].
func isClassVar(th *rt.Thread, ann rt.Value) bool {
	s, ok := ann.(rt.Str)
	if !ok {
		r, err := rt.Repr(th, ann)
		if err != nil {
			return false
		}
		s = rt.Str(r)
	}
	str := string(s)
	return strings.HasPrefix(str, "ClassVar") || strings.HasPrefix(str, "typing.ClassVar")
}

func processDataclass(th *rt.Thread, cls *rt.Type, p *dcParams, matchArgs, kwOnlyDefault bool) error {
	var fields []*dcField
	index := map[string]int{}
	add := func(f *dcField) {
		if i, ok := index[f.name]; ok {
			fields[i] = f
			return
		}
		index[f.name] = len(fields)
		fields = append(fields, f)
	}
	// Fields of dataclass bases, base-most first.
	anyFrozenBase, allFrozenBases, hasBases := false, true, false
	for i := len(cls.MRO()) - 1; i >= 1; i-- {
		b := cls.MRO()[i]
		if b.Dict == nil {
			continue
		}
		fv, ok := b.Dict.GetStr("__dataclass_fields__")
		if !ok {
			continue
		}
		hasBases = true
		if fd, ok := fv.(*rt.Dict); ok {
			for _, v := range fd.Values() {
				if f, ok := v.(*dcField); ok {
					add(f)
				}
			}
		}
		if pv, ok := b.Dict.GetStr("__dataclass_params__"); ok {
			if bp, ok := pv.(*dcParams); ok {
				anyFrozenBase = anyFrozenBase || bp.frozen
				allFrozenBases = allFrozenBases && bp.frozen
			}
		}
	}
	if hasBases {
		if anyFrozenBase && !p.frozen {
			return rt.NewError(rt.TypeErrorType, "cannot inherit non-frozen dataclass from a frozen one")
		}
		if !allFrozenBases && p.frozen {
			return rt.NewError(rt.TypeErrorType, "cannot inherit frozen dataclass from a non-frozen one")
		}
	}
	// The class's own annotations, in definition order.
	own := cls.Dict
	var anns *rt.Dict
	if v, ok := own.GetStr("__annotations__"); ok {
		anns, _ = v.(*rt.Dict)
	}
	kwOnly := kwOnlyDefault
	if anns != nil {
		for _, kv := range anns.Items() {
			name, ok := kv[0].(rt.Str)
			if !ok {
				continue
			}
			ann := kv[1]
			if ann == rt.Value(dcKwOnly) {
				kwOnly = true
				continue
			}
			var f *dcField
			dv, hasDefault := own.GetStr(string(name))
			if df, ok := dv.(*dcField); ok && hasDefault {
				f = df
			} else {
				f = &dcField{init: true, repr: true, compare: true, hash: rt.None, metadata: rt.NewDict(), kwOnly: dcMissing}
				if hasDefault {
					f.def = dv
				}
			}
			f.name, f.typ = string(name), ann
			if f.kwOnly == dcMissing {
				f.kwOnly = rt.Bool(kwOnly)
			}
			if isClassVar(th, ann) {
				f.classVar = true
			}
			f.initVar = isInitVar(ann)
			if f.initVar && f.factory != nil {
				return rt.NewError(rt.TypeErrorType, "field %s cannot have a default factory", f.name)
			}
			if !f.classVar && !f.initVar && f.def != nil {
				if _, err := rt.Hash(th, f.def); err != nil && rt.IsExc(err, rt.TypeErrorType) {
					return rt.NewError(rt.ValueErrorType, "mutable default %s for field %s is not allowed: use default_factory", pyRepr(th, f.def.Type()), f.name)
				}
			}
			// The class attribute becomes the default (or goes away).
			if _, isField := dv.(*dcField); isField && hasDefault {
				var err error
				if f.def != nil {
					err = rt.SetAttr(th, cls, f.name, f.def)
				} else {
					err = rt.DelAttr(th, cls, f.name)
				}
				if err != nil {
					return err
				}
			}
			add(f)
		}
	}
	for _, kv := range own.Items() {
		if f, ok := kv[1].(*dcField); ok {
			if s, ok := kv[0].(rt.Str); ok {
				if _, annotated := index[string(s)]; !annotated || f.name != string(s) {
					return rt.NewError(rt.TypeErrorType, "'%s' is a field but has no type annotation", string(s))
				}
			}
		}
	}

	fd := rt.NewDict()
	var active, initArgs []*dcField // attributes; __init__ parameters (with InitVars)
	for _, f := range fields {
		fd.SetStr(f.name, f)
		if !f.classVar {
			initArgs = append(initArgs, f)
		}
		if !f.classVar && !f.initVar {
			active = append(active, f)
		}
	}
	set := func(name string, v rt.Value) error { return rt.SetAttr(th, cls, name, v) }
	if err := set("__dataclass_fields__", fd); err != nil {
		return err
	}
	if err := set("__dataclass_params__", p); err != nil {
		return err
	}
	defines := func(name string) bool {
		_, ok := own.GetStr(name)
		return ok
	}
	if p.init {
		fn, err := dcMakeInit(cls, initArgs, p.frozen)
		if err != nil {
			return err
		}
		if !defines("__init__") {
			if err := set("__init__", fn); err != nil {
				return err
			}
		}
	}
	if p.repr && !defines("__repr__") {
		if err := set("__repr__", dcMakeRepr(active)); err != nil {
			return err
		}
	}
	if p.eq && !definesOwn(own, "__eq__") {
		if err := set("__eq__", dcMakeCompare(cls, "__eq__", ast.Eq, active)); err != nil {
			return err
		}
	}
	if p.order {
		if !p.eq {
			return rt.NewError(rt.ValueErrorType, "eq must be true if order is true")
		}
		for _, o := range []struct {
			name string
			op   ast.Op
		}{{"__lt__", ast.Lt}, {"__le__", ast.LtE}, {"__gt__", ast.Gt}, {"__ge__", ast.GtE}} {
			if defines(o.name) {
				return rt.NewError(rt.TypeErrorType, "Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering", o.name, cls.Name())
			}
			if err := set(o.name, dcMakeCompare(cls, o.name, o.op, active)); err != nil {
				return err
			}
		}
	}
	if p.frozen {
		for _, n := range []string{"__setattr__", "__delattr__"} {
			if defines(n) {
				return rt.NewError(rt.TypeErrorType, "Cannot overwrite attribute %s in class %s", n, cls.Name())
			}
		}
		if err := set("__setattr__", dcMakeFrozen(cls, "__setattr__", active)); err != nil {
			return err
		}
		if err := set("__delattr__", dcMakeFrozen(cls, "__delattr__", active)); err != nil {
			return err
		}
	}
	// __hash__, per CPython's table.
	hv, hasHash := own.GetStr("__hash__")
	explicitHash := hasHash && !(hv == rt.None && definesOwn(own, "__eq__"))
	switch {
	case p.unsafeHash:
		if explicitHash {
			return rt.NewError(rt.TypeErrorType, "Cannot overwrite attribute __hash__ in class %s", cls.Name())
		}
		if err := set("__hash__", dcMakeHash(active)); err != nil {
			return err
		}
	case p.eq && p.frozen:
		if !explicitHash {
			if err := set("__hash__", dcMakeHash(active)); err != nil {
				return err
			}
		}
	case p.eq:
		if !explicitHash {
			if err := set("__hash__", rt.None); err != nil {
				return err
			}
		}
	}
	if matchArgs && !defines("__match_args__") {
		var names []rt.Value
		for _, f := range active {
			if f.init && !f.isKwOnly() {
				names = append(names, rt.Str(f.name))
			}
		}
		if err := set("__match_args__", rt.NewTuple(names)); err != nil {
			return err
		}
	}
	if d, _ := own.GetStr("__doc__"); d == nil || d == rt.None {
		if err := set("__doc__", rt.Str(dcSignature(cls, initArgs))); err != nil {
			return err
		}
	}
	return nil
}

// definesOwn reports whether the class body itself defined name (an
// __eq__ that BuildClass paired with __hash__ = None counts).
func definesOwn(d *rt.Dict, name string) bool {
	_, ok := d.GetStr(name)
	return ok
}

// dcSignature is the generated __doc__: "Point(x: int, y: int = 0)".
func dcSignature(cls *rt.Type, fields []*dcField) string {
	var parts []string
	for _, f := range fields {
		if !f.init {
			continue
		}
		s := f.name
		if f.typ != nil {
			if t, ok := f.typ.(*rt.Type); ok {
				s += ": " + t.Name()
			} else {
				s += ": " + pyRepr(nil, f.typ)
			}
		}
		if f.def != nil {
			s += " = " + pyRepr(nil, f.def)
		} else if f.factory != nil {
			s += " = <factory>"
		}
		parts = append(parts, s)
	}
	return cls.Name() + "(" + strings.Join(parts, ", ") + ")"
}

// dcMakeInit builds the generated __init__.
func dcMakeInit(cls *rt.Type, fields []*dcField, frozen bool) (*rt.Builtin, error) {
	var pos, kw, all []*dcField
	seenDefault := false
	for _, f := range fields {
		if !f.init {
			continue
		}
		all = append(all, f)
		if f.isKwOnly() {
			kw = append(kw, f)
			continue
		}
		hasDefault := f.def != nil || f.factory != nil
		if !hasDefault && seenDefault {
			return nil, rt.NewError(rt.TypeErrorType, "non-default argument '%s' follows default argument", f.name)
		}
		seenDefault = seenDefault || hasDefault
		pos = append(pos, f)
	}
	minPos := 0
	for _, f := range pos {
		if f.def == nil && f.factory == nil {
			minPos++
		}
	}
	qual := cls.Qualname() + ".__init__"
	return rt.NewMethod("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(args) > len(pos) {
			return nil, tooManyPositional(qual, minPos+1, len(pos)+1, len(args)+1)
		}
		vals := make(map[*dcField]rt.Value, len(all))
		for i, a := range args {
			vals[pos[i]] = a
		}
		for _, k := range kwargs {
			var target *dcField
			for _, f := range all {
				if f.name == k.Name {
					target = f
					break
				}
			}
			if target == nil {
				return nil, rt.NewError(rt.TypeErrorType, "%s() got an unexpected keyword argument '%s'", qual, k.Name)
			}
			if _, dup := vals[target]; dup {
				return nil, rt.NewError(rt.TypeErrorType, "%s() got multiple values for argument '%s'", qual, k.Name)
			}
			vals[target] = k.Value
		}
		var missingPos, missingKw []string
		for _, f := range all {
			if _, ok := vals[f]; !ok && f.def == nil && f.factory == nil {
				if f.isKwOnly() {
					missingKw = append(missingKw, f.name)
				} else {
					missingPos = append(missingPos, f.name)
				}
			}
		}
		if len(missingPos) > 0 {
			return nil, rt.MissingArgsError(qual, "positional", missingPos)
		}
		if len(missingKw) > 0 {
			return nil, rt.MissingArgsError(qual, "keyword-only", missingKw)
		}
		var postArgs []rt.Value // the InitVars, for __post_init__
		for _, f := range fields {
			v, ok := vals[f]
			if f.initVar {
				if !ok {
					v = f.def // a required InitVar is in vals
				}
				postArgs = append(postArgs, v)
				continue
			}
			if !ok {
				switch {
				case f.factory != nil:
					var err error
					if v, err = rt.Call(th, f.factory, nil, nil); err != nil {
						return nil, err
					}
				case f.init && f.def != nil:
					v = f.def
				default:
					continue
				}
			}
			var err error
			if frozen {
				err = rt.ObjectSetAttr(th, self, f.name, v)
			} else {
				err = rt.SetAttr(th, self, f.name, v)
			}
			if err != nil {
				return nil, err
			}
		}
		if pi := self.Type().Lookup("__post_init__"); pi != nil {
			if _, err := rt.CallMethod(th, self, "__post_init__", postArgs, nil); err != nil {
				return nil, err
			}
		}
		return rt.None, nil
	}), nil
}

// tooManyPositional is CPython's "takes N positional arguments but M were
// given" (counts include self).
func tooManyPositional(qual string, min, max, given int) error {
	what := "were"
	if given == 1 {
		what = "was"
	}
	if min == max {
		return rt.NewError(rt.TypeErrorType, "%s() takes %d positional argument%s but %d %s given", qual, max, plural(max), given, what)
	}
	return rt.NewError(rt.TypeErrorType, "%s() takes from %d to %d positional arguments but %d %s given", qual, min, max, given, what)
}

// dcReprActive guards the generated __repr__ against recursion (CPython
// wraps it in reprlib.recursive_repr): an object met again inside its own
// repr on the same thread shows as "...".
var dcReprActive sync.Map // dcReprKey -> struct{}

type dcReprKey struct {
	th  *rt.Thread
	obj uintptr
}

func dcMakeRepr(fields []*dcField) *rt.Builtin {
	return rt.NewMethod("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(args) > 0 || len(kwargs) > 0 {
			return nil, rt.NewError(rt.TypeErrorType, "__repr__() takes 1 positional argument but %d were given", len(args)+1)
		}
		key := dcReprKey{th, rt.Id(self)}
		if _, busy := dcReprActive.LoadOrStore(key, struct{}{}); busy {
			return rt.Str("..."), nil
		}
		defer dcReprActive.Delete(key)
		var b strings.Builder
		q := self.Type().Qualname()
		if q == "" {
			q = self.Type().Name()
		}
		b.WriteString(q)
		b.WriteByte('(')
		first := true
		for _, f := range fields {
			if !f.repr {
				continue
			}
			v, err := rt.GetAttr(th, self, f.name)
			if err != nil {
				return nil, err
			}
			s, err := rt.Repr(th, v)
			if err != nil {
				return nil, err
			}
			if !first {
				b.WriteString(", ")
			}
			first = false
			b.WriteString(f.name)
			b.WriteByte('=')
			b.WriteString(s)
		}
		b.WriteByte(')')
		return rt.Str(b.String()), nil
	})
}

// dcTuple is the tuple of the compared fields of obj.
func dcTuple(th *rt.Thread, obj rt.Value, fields []*dcField, use func(*dcField) bool) (*rt.Tuple, error) {
	items := make([]rt.Value, 0, len(fields))
	for _, f := range fields {
		if !use(f) {
			continue
		}
		v, err := rt.GetAttr(th, obj, f.name)
		if err != nil {
			return nil, err
		}
		items = append(items, v)
	}
	return rt.NewTuple(items), nil
}

func compared(f *dcField) bool { return f.compare }

func dcMakeCompare(cls *rt.Type, name string, op ast.Op, fields []*dcField) *rt.Builtin {
	return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(args) != 1 || len(kwargs) > 0 {
			return nil, rt.NewError(rt.TypeErrorType, "%s.%s() takes 2 positional arguments but %d were given", cls.Qualname(), name, len(args)+1)
		}
		other := args[0]
		if other.Type() != self.Type() {
			return rt.NotImplemented, nil
		}
		if op == ast.Eq && other == self {
			return rt.True, nil
		}
		a, err := dcTuple(th, self, fields, compared)
		if err != nil {
			return nil, err
		}
		b, err := dcTuple(th, other, fields, compared)
		if err != nil {
			return nil, err
		}
		return rt.Compare(th, op, a, b)
	})
}

func dcMakeHash(fields []*dcField) *rt.Builtin {
	use := func(f *dcField) bool {
		if f.hash == rt.None {
			return f.compare
		}
		return rt.Truthy(f.hash)
	}
	return rt.NewMethod("__hash__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		t, err := dcTuple(th, self, fields, use)
		if err != nil {
			return nil, err
		}
		h, err := rt.Hash(th, t)
		return rt.MakeInt(h), err
	})
}

func dcMakeFrozen(cls *rt.Type, name string, fields []*dcField) *rt.Builtin {
	isField := map[string]bool{}
	for _, f := range fields {
		isField[f.name] = true
	}
	return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		want := 2
		if name == "__delattr__" {
			want = 1
		}
		if len(args) != want || len(kwargs) > 0 {
			return nil, rt.NewError(rt.TypeErrorType, "%s expected %d arguments, got %d", name, want, len(args))
		}
		s, ok := args[0].(rt.Str)
		if !ok {
			return nil, rt.NewError(rt.TypeErrorType, "attribute name must be string, not '%s'", rt.TypeName(args[0]))
		}
		if self.Type() == cls || isField[string(s)] {
			msg := "cannot assign to field "
			if name == "__delattr__" {
				msg = "cannot delete field "
			}
			return nil, rt.NewException(dcFrozenError, rt.Str(msg+pyRepr(th, s)))
		}
		var v rt.Value
		if want == 2 {
			v = args[1]
		}
		return rt.None, rt.ObjectSetAttr(th, self, string(s), v)
	})
}

// dcFieldsOf returns the fields of a dataclass or dataclass instance, or
// nil when v is neither.
func dcFieldsOf(v rt.Value) []*dcField {
	all := dcInitFieldsOf(v)
	if all == nil {
		return nil
	}
	out := []*dcField{}
	for _, f := range all {
		if !f.initVar {
			out = append(out, f)
		}
	}
	return out
}

// dcInitFieldsOf is dcFieldsOf with the InitVar pseudo-fields.
func dcInitFieldsOf(v rt.Value) []*dcField {
	t, ok := v.(*rt.Type)
	if !ok {
		t = v.Type()
	}
	fv := t.Lookup("__dataclass_fields__")
	fd, ok := fv.(*rt.Dict)
	if !ok {
		return nil
	}
	out := []*dcField{}
	for _, x := range fd.Values() {
		if f, ok := x.(*dcField); ok && !f.classVar {
			out = append(out, f)
		}
	}
	return out
}

func isDataclassInstance(v rt.Value) bool {
	if _, isType := v.(*rt.Type); isType {
		return false
	}
	return dcFieldsOf(v) != nil
}

func dcFields(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	v, err := oneArg("fields", args, kwargs)
	if err != nil {
		return nil, err
	}
	fs := dcFieldsOf(v)
	if fs == nil {
		return nil, rt.NewError(rt.TypeErrorType, "must be called with a dataclass type or instance")
	}
	items := make([]rt.Value, len(fs))
	for i, f := range fs {
		items[i] = f
	}
	return rt.NewTuple(items), nil
}

func dcIsDataclass(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	v, err := oneArg("is_dataclass", args, kwargs)
	if err != nil {
		return nil, err
	}
	return rt.Bool(dcFieldsOf(v) != nil), nil
}

// factoryArg reads the single keyword argument (dict_factory /
// tuple_factory) of asdict and astuple.
func factoryArg(fname, kwName string, args []rt.Value, kwargs []rt.KwArg) (rt.Value, rt.Value, error) {
	if len(args) != 1 {
		return nil, nil, rt.NewError(rt.TypeErrorType, "%s() takes 1 positional argument but %d were given", fname, len(args))
	}
	var factory rt.Value
	for _, kw := range kwargs {
		if kw.Name != kwName {
			return nil, nil, rt.NewError(rt.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, kw.Name)
		}
		factory = kw.Value
	}
	return args[0], factory, nil
}

func dcAsdict(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	obj, factory, err := factoryArg("asdict", "dict_factory", args, kwargs)
	if err != nil {
		return nil, err
	}
	if !isDataclassInstance(obj) {
		return nil, rt.NewError(rt.TypeErrorType, "asdict() should be called on dataclass instances")
	}
	return dcConvert(th, obj, factory, true)
}

func dcAstuple(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	obj, factory, err := factoryArg("astuple", "tuple_factory", args, kwargs)
	if err != nil {
		return nil, err
	}
	if !isDataclassInstance(obj) {
		return nil, rt.NewError(rt.TypeErrorType, "astuple() should be called on dataclass instances")
	}
	return dcConvert(th, obj, factory, false)
}

// dcConvert is asdict/astuple's recursive copy.
func dcConvert(th *rt.Thread, obj, factory rt.Value, asDict bool) (rt.Value, error) {
	if isDataclassInstance(obj) {
		fs := dcFieldsOf(obj)
		vals := make([]rt.Value, 0, len(fs))
		for _, f := range fs {
			v, err := rt.GetAttr(th, obj, f.name)
			if err != nil {
				return nil, err
			}
			c, err := dcConvert(th, v, factory, asDict)
			if err != nil {
				return nil, err
			}
			if asDict {
				vals = append(vals, rt.NewTuple([]rt.Value{rt.Str(f.name), c}))
			} else {
				vals = append(vals, c)
			}
		}
		if factory != nil {
			return rt.Call(th, factory, []rt.Value{rt.NewList(vals)}, nil)
		}
		if asDict {
			d := rt.NewDict()
			for _, p := range vals {
				it := p.(*rt.Tuple).Items
				d.SetStr(string(it[0].(rt.Str)), it[1])
			}
			return d, nil
		}
		return rt.NewTuple(vals), nil
	}
	switch x := obj.(type) {
	case *rt.List:
		items := x.Snapshot()
		for i, it := range items {
			c, err := dcConvert(th, it, factory, asDict)
			if err != nil {
				return nil, err
			}
			items[i] = c
		}
		return rt.NewList(items), nil
	case *rt.Tuple:
		items := make([]rt.Value, len(x.Items))
		for i, it := range x.Items {
			c, err := dcConvert(th, it, factory, asDict)
			if err != nil {
				return nil, err
			}
			items[i] = c
		}
		return rt.NewTuple(items), nil
	case *rt.Dict:
		d := rt.NewDict()
		for _, kv := range x.Items() {
			k, err := dcConvert(th, kv[0], factory, asDict)
			if err != nil {
				return nil, err
			}
			v, err := dcConvert(th, kv[1], factory, asDict)
			if err != nil {
				return nil, err
			}
			if err := d.Set(th, k, v); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	return obj, nil
}

func dcReplace(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(args) != 1 {
		return nil, rt.NewError(rt.TypeErrorType, "replace() takes 1 positional argument but %d were given", len(args))
	}
	obj := args[0]
	if !isDataclassInstance(obj) {
		return nil, rt.NewError(rt.TypeErrorType, "replace() should be called on dataclass instances")
	}
	changes := map[string]bool{}
	for _, kw := range kwargs {
		changes[kw.Name] = true
	}
	out := append([]rt.KwArg(nil), kwargs...)
	for _, f := range dcInitFieldsOf(obj) {
		if !f.init {
			if changes[f.name] {
				return nil, rt.NewError(rt.ValueErrorType, "field %s is declared with init=False, it cannot be specified with replace()", f.name)
			}
			continue
		}
		if changes[f.name] {
			continue
		}
		if f.initVar && f.def == nil {
			return nil, rt.NewError(rt.ValueErrorType, "InitVar '%s' must be specified with replace()", f.name)
		}
		v, err := rt.GetAttr(th, obj, f.name)
		if err != nil {
			return nil, err
		}
		out = append(out, rt.KwArg{Name: f.name, Value: v})
	}
	return rt.Call(th, obj.Type(), nil, out)
}
