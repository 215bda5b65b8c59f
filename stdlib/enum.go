package stdlib

import (
	"fmt"
	stdbits "math/bits"
	"strconv"
	"strings"
	"sync"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// The enum module. Enum, IntEnum, StrEnum, Flag and IntFlag are classes
// built with runtime.BuildClass. CPython's EnumType metaclass work is done
// by Enum.__init_subclass__ (the object model has no metaclasses): it
// turns the class attributes of `class Color(Enum)` into members
// (instances of the class carrying _name_ and _value_, and the mixed-in
// built-in value for IntEnum/StrEnum/`class C(str, Enum)`), resolves
// auto(), records _member_map_/_member_names_/_value2member_map_ and
// __members__, and replaces the class's constructor so that Color(1)
// looks a member up by value.
//
// Iterating over the class, len(Color), Color['RED'] and `x in Color`
// need the runtime to consult enumClassIter & co. for classes (see the
// report of this work); until then programs can use Color.__members__.

var (
	enumType, intEnumType, strEnumType, flagType, intFlagType, autoType *rt.Type
	reprEnumType                                                        *rt.Type
)

type enumInfo struct {
	names   []string            // canonical member names, definition order
	members map[string]rt.Value // name (incl. aliases) -> member
	byValue *rt.Dict            // value -> member
	list    []rt.Value          // canonical members
	flag    bool
}

func enumData(cls *rt.Type) *enumInfo {
	for _, t := range cls.MRO() {
		if v, ok := t.Dict.GetStr("__enum_info__"); ok {
			if h, ok := v.(*goHandle); ok {
				if ei, ok := h.v.(*enumInfo); ok {
					return ei
				}
			}
		}
	}
	return nil
}

// goHandle carries Go data in a class namespace.
type goHandle struct{ v any }

var goHandleType = newModuleType("_go_handle", "builtins")

func (*goHandle) Type() *rt.Type { return goHandleType }

func memberAttr(th *rt.Thread, m rt.Value, name string) rt.Value {
	if inst, ok := m.(*rt.Instance); ok {
		if v, ok := inst.Dict().GetStr(name); ok {
			return v
		}
	}
	return rt.None
}

// loadEnumModule builds the enum module (registered in modules.go, which
// also installs the class-container hooks EnumClassIter, EnumClassGetItem,
// EnumClassContains and enumClassSetAttr at start-up).
func loadEnumModule() *rt.Module {
	setupEnumTypes()
	m := rt.NewModule("enum")
	for _, t := range []*rt.Type{enumType, intEnumType, strEnumType, flagType, intFlagType, autoType, reprEnumType} {
		m.Dict.SetStr(t.Name(), t)
	}
	m.Dict.SetStr("EnumMeta", rt.TypeType)
	m.Dict.SetStr("EnumType", rt.TypeType)
	m.Dict.SetStr("unique", rt.NewFunc("unique", enumUnique))
	return m
}

// enumSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib):
// enum objects exist only once enum is imported (re's RegexFlag
// sets it up too).
var enumSetup sync.Once

func setupEnumTypes() { enumSetup.Do(initEnumTypes) }

func initEnumTypes() {
	autoType = goClass("auto", "enum", nil,
		"__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, nil
		}),
		"__repr__", meth("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Str("auto(_auto_null)"), nil
		}),
	)
	common := []any{
		"__init_subclass__", classMeth("__init_subclass__", enumInitSubclass),
		"name", propGetterAny("name", func(th *rt.Thread, self rt.Value) (rt.Value, error) { return memberAttr(th, self, "_name_"), nil }),
		"value", propGetterAny("value", func(th *rt.Thread, self rt.Value) (rt.Value, error) { return memberAttr(th, self, "_value_"), nil }),
		"__repr__", meth("__repr__", enumRepr),
		"__str__", meth("__str__", enumStr),
		"__format__", meth("__format__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			s, err := rt.ToStr(th, self)
			if err != nil {
				return nil, err
			}
			spec := ""
			if len(args) > 0 {
				spec, _ = rt.ToStr(th, args[0])
			}
			f, err := rt.Format(th, rt.Str(s), spec)
			return rt.Str(f), err
		}),
		"__hash__", meth("__hash__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			key := memberAttr(th, self, "_name_")
			if mixinType(self.Type()) != nil {
				// The data type (int of IntEnum, str of StrEnum) comes
				// before Enum in the MRO: its __hash__ wins, so a
				// member hashes as its value (hash(signal.SIGINT) == 2).
				key = memberAttr(th, self, "_value_")
			}
			h, err := rt.Hash(th, key)
			return rt.MakeInt(h), err
		}),
		"__reduce_ex__", meth("__reduce_ex__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.NewTuple([]rt.Value{self.Type(), rt.NewTuple([]rt.Value{memberAttr(th, self, "_value_")})}), nil
		}),
		"__copy__", meth("__copy__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return self, nil
		}),
		"__deepcopy__", meth("__deepcopy__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return self, nil
		}),
		"_generate_next_value_", staticMeth("_generate_next_value_", enumGenerateNext),
	}
	enumType = goClass("Enum", "enum", nil, common...)
	enumType.New = enumNew
	reprEnumType = goClass("ReprEnum", "enum", []*rt.Type{enumType})
	reprEnumType.New = enumNew
	intEnumType = goClass("IntEnum", "enum", []*rt.Type{rt.IntType, reprEnumType})
	intEnumType.New = enumNew
	strEnumType = goClass("StrEnum", "enum", []*rt.Type{rt.StrType, reprEnumType},
		"_generate_next_value_", staticMeth("_generate_next_value_", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			s, _ := rt.ToStr(th, args[0])
			return rt.Str(strings.ToLower(s)), nil
		}))
	strEnumType.New = enumNew
	flagOps := []any{
		"_generate_next_value_", staticMeth("_generate_next_value_", flagGenerateNext),
		"__or__", meth("__or__", flagBinop(ast.BitOr)),
		"__and__", meth("__and__", flagBinop(ast.BitAnd)),
		"__xor__", meth("__xor__", flagBinop(ast.BitXor)),
		"__ror__", meth("__ror__", flagBinop(ast.BitOr)),
		"__rand__", meth("__rand__", flagBinop(ast.BitAnd)),
		"__rxor__", meth("__rxor__", flagBinop(ast.BitXor)),
		"__invert__", meth("__invert__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			cls := self.Type()
			ei := enumData(cls)
			all := int64(0)
			for _, m := range ei.list {
				v, _ := rt.AsInt64(memberAttr(th, m, "_value_"))
				all |= v
			}
			v, _ := rt.AsInt64(memberAttr(th, self, "_value_"))
			return flagMember(th, cls, all&^v)
		}),
		"__contains__", meth("__contains__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if !args[0].Type().IsSubtype(self.Type()) {
				return nil, rt.NewError(rt.TypeErrorType, "unsupported operand type(s) for 'in': '%s' and '%s'", rt.TypeName(args[0]), rt.TypeName(self))
			}
			a, _ := rt.AsInt64(memberAttr(th, args[0], "_value_"))
			b, _ := rt.AsInt64(memberAttr(th, self, "_value_"))
			return rt.Bool(a&b == a), nil
		}),
		"__bool__", meth("__bool__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, _ := rt.AsInt64(memberAttr(th, self, "_value_"))
			return rt.Bool(v != 0), nil
		}),
		"__iter__", meth("__iter__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			parts := flagParts(th, self)
			it, _ := rt.Iter(th, rt.NewTuple(parts))
			return rt.IteratorValue(it), nil
		}),
		"__len__", meth("__len__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.MakeInt(int64(len(flagParts(th, self)))), nil
		}),
	}
	flagType = goClass("Flag", "enum", []*rt.Type{enumType}, flagOps...)
	flagType.New = enumNew
	intFlagType = goClass("IntFlag", "enum", []*rt.Type{rt.IntType, reprEnumType, flagType})
	intFlagType.New = enumNew
}

func propGetterAny(name string, fn func(th *rt.Thread, self rt.Value) (rt.Value, error)) rt.Value {
	return propGetter(name, fn)
}

func isEnumBase(t *rt.Type) bool {
	return t == enumType || t == intEnumType || t == strEnumType || t == flagType || t == intFlagType || t == reprEnumType
}

// mixinType is the built-in type the members carry (int, str, ...), or nil.
func mixinType(cls *rt.Type) *rt.Type {
	for _, t := range cls.MRO() {
		if t.Extra == nil && t != rt.ObjectType {
			return t
		}
	}
	return nil
}

func enumGenerateNext(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	// (name, start, count, last_values)
	last, err := rt.IterateAll(th, args[3])
	if err != nil {
		return nil, err
	}
	for i := len(last) - 1; i >= 0; i-- {
		if rt.IsIntValue(last[i]) {
			return rt.BinaryOp(th, ast.Add, last[i], rt.MakeInt(1))
		}
	}
	return args[1], nil
}

func flagGenerateNext(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	last, err := rt.IterateAll(th, args[3])
	if err != nil {
		return nil, err
	}
	high := int64(0)
	for _, v := range last {
		if n, ok := rt.AsInt64(v); ok && n > high {
			high = n
		}
	}
	if high == 0 {
		return rt.MakeInt(1), nil
	}
	b := int64(1)
	for b <= high {
		b <<= 1
	}
	return rt.MakeInt(b), nil
}

func isMemberCandidate(name string, v rt.Value) bool {
	if strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__") {
		return false
	}
	if strings.HasPrefix(name, "_") && strings.HasSuffix(name, "_") && len(name) > 1 {
		return false
	}
	switch v.(type) {
	case *rt.Type, *rt.Builtin, *rt.Property, *rt.StaticMethod, *rt.ClassMethod:
		return false
	}
	t := v.Type()
	if t == rt.FunctionType {
		return false
	}
	if t.Lookup("__get__") != nil && t.Extra != nil {
		return false
	}
	return true
}

// enumInitSubclass turns the class attributes of an Enum subclass into
// its members.
func enumInitSubclass(th *rt.Thread, clsV rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	cls := clsV.(*rt.Type)
	if isEnumBase(cls) {
		return rt.None, nil
	}
	for _, b := range cls.Bases() {
		if ei := enumData(b); ei != nil && len(ei.list) > 0 {
			return nil, rt.NewError(rt.TypeErrorType, "<enum '%s'> cannot extend <enum '%s'>", cls.Name(), b.Name())
		}
	}
	ei := &enumInfo{members: map[string]rt.Value{}, byValue: rt.NewDict(), flag: cls.IsSubtype(flagType)}
	mixin := mixinType(cls)
	gen := cls.Lookup("_generate_next_value_")
	var lastValues []rt.Value
	membersDict := rt.NewDict()
	initFn := cls.Lookup("__init__")
	userInit := false
	if initFn != nil && initFn.Type() == rt.FunctionType {
		userInit = true
	}
	for _, kv := range cls.Dict.Items() {
		name := string(kv[0].(rt.Str))
		v := kv[1]
		if !isMemberCandidate(name, v) {
			continue
		}
		if v.Type() == autoType {
			g := gen
			if sm, ok := g.(*rt.StaticMethod); ok {
				g = sm.Fn
			}
			var err error
			v, err = rt.Call(th, g, []rt.Value{rt.Str(name), rt.MakeInt(1), rt.MakeInt(int64(len(ei.list))), rt.NewList(append([]rt.Value(nil), lastValues...))}, nil)
			if err != nil {
				return nil, err
			}
		}
		lastValues = append(lastValues, v)
		// Aliases: an equal value names the existing member.
		if existing, ok, err := ei.byValue.Get(th, v); err == nil && ok {
			ei.members[name] = existing
			membersDict.SetStr(name, existing)
			cls.Dict.SetStr(name, existing)
			continue
		}
		inst := rt.NewInstance(cls)
		value := v
		if mixin != nil {
			argv := []rt.Value{v}
			if t, ok := v.(*rt.Tuple); ok && mixin != rt.StrType {
				argv = t.Items
			}
			base, err := rt.Call(th, mixin, argv, nil)
			if err != nil {
				return nil, err
			}
			inst.SetBase(instBase(base))
			if !userInit {
				value = inst.BaseValue()
			}
		}
		d := inst.Dict()
		d.SetStr("_name_", rt.Str(name))
		d.SetStr("_value_", value)
		if userInit {
			argv := []rt.Value{v}
			if t, ok := v.(*rt.Tuple); ok {
				argv = t.Items
			}
			if _, err := rt.Call(th, initFn, append([]rt.Value{inst}, argv...), nil); err != nil {
				return nil, err
			}
		}
		ei.names = append(ei.names, name)
		ei.members[name] = inst
		ei.list = append(ei.list, inst)
		if err := ei.byValue.Set(th, value, inst); err != nil {
			return nil, err
		}
		membersDict.SetStr(name, inst)
		cls.Dict.SetStr(name, inst)
	}
	names := make([]rt.Value, len(ei.names))
	for i, n := range ei.names {
		names[i] = rt.Str(n)
	}
	cls.Dict.SetStr("__enum_info__", &goHandle{ei})
	cls.Dict.SetStr("__members__", membersDict)
	cls.Dict.SetStr("_member_map_", membersDict)
	cls.Dict.SetStr("_member_names_", rt.NewList(names))
	cls.Dict.SetStr("_value2member_map_", ei.byValue)
	// Class attribute changes go through SetAttr so the class's lookup
	// tables see them; re-set one name to invalidate.
	if err := rt.SetAttr(th, cls, "__members__", membersDict); err != nil {
		return nil, err
	}
	cls.New = enumNew
	return rt.None, nil
}

// enumNew is Color(value): the member with that value; Enum('Name',
// 'A B') is the functional API.
func enumNew(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	ei := enumData(cls)
	if ei == nil || (len(ei.list) == 0 && len(args) >= 2) || (len(ei.list) == 0 && hasKw(kwargs, "names")) {
		return enumFunctional(th, cls, args, kwargs)
	}
	if len(args) != 1 {
		return nil, rt.NewError(rt.TypeErrorType, "%s() takes 1 positional argument but %d were given", cls.Name(), len(args))
	}
	v := args[0]
	if v.Type() == cls {
		return v, nil
	}
	if m, ok, err := ei.byValue.Get(th, v); err == nil && ok {
		return m, nil
	}
	if ei.flag {
		if n, ok := rt.AsInt64(v); ok {
			all := int64(0)
			for _, m := range ei.list {
				x, _ := rt.AsInt64(memberAttr(th, m, "_value_"))
				all |= x
			}
			if n&^all == 0 || cls.IsSubtype(intFlagType) {
				return flagMember(th, cls, n)
			}
			if n > 0 && cls.Lookup("_missing_") == nil {
				// Flag's STRICT boundary, as 3.11's Flag._missing_.
				bits := max(stdbits.Len64(uint64(n)), stdbits.Len64(uint64(all)))
				return nil, rt.NewError(rt.ValueErrorType, "<flag '%s'> invalid value %d\n    given 0b0 %0*b\n  allowed 0b0 %0*b", cls.Name(), n, bits, n, bits, all)
			}
		}
	}
	if missing := cls.Lookup("_missing_"); missing != nil {
		if fn, err := rt.GetAttr(th, cls, "_missing_"); err == nil {
			r, err := rt.Call(th, fn, []rt.Value{v}, nil)
			if err != nil {
				return nil, err
			}
			if r != rt.None {
				return r, nil
			}
		}
	}
	s, err := rt.Repr(th, v)
	if err != nil {
		return nil, err
	}
	return nil, rt.NewError(rt.ValueErrorType, "%s is not a valid %s", s, cls.Qualname())
}

// enumFunctional is Enum('Animal', 'ANT BEE') and friends.
func enumFunctional(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var name string
	var names rt.Value
	var module rt.Value = rt.None
	start := 1
	if err := rt.UnpackArgs(cls.Name(), args, kwargs, "value", &name, "names", &names, "*", "module?", &module, "qualname?", new(rt.Value), "type?", new(rt.Value), "start?", &start, "boundary?", new(rt.Value)); err != nil {
		return nil, err
	}
	ns := rt.NewDict()
	add := func(n string, v rt.Value) { ns.SetStr(n, v) }
	isFlag := cls.IsSubtype(flagType)
	autoVal := func(i int) rt.Value {
		if isFlag {
			return rt.MakeInt(int64(1) << uint(i))
		}
		return rt.MakeInt(int64(start + i))
	}
	if s, ok := names.(rt.Str); ok {
		for i, n := range strings.Fields(strings.ReplaceAll(string(s), ",", " ")) {
			add(n, autoVal(i))
		}
	} else if d, ok := instBase(names).(*rt.Dict); ok {
		for _, kv := range d.Items() {
			k, _ := rt.ToStr(th, kv[0])
			add(k, kv[1])
		}
	} else {
		items, err := rt.IterateAll(th, names)
		if err != nil {
			return nil, err
		}
		for i, it := range items {
			if s, ok := it.(rt.Str); ok {
				add(string(s), autoVal(i))
				continue
			}
			pair, err := rt.IterateAll(th, it)
			if err != nil || len(pair) != 2 {
				return nil, rt.NewError(rt.TypeErrorType, "invalid enum member specification")
			}
			k, _ := rt.ToStr(th, pair[0])
			add(k, pair[1])
		}
	}
	mod := "__main__"
	if s, ok := module.(rt.Str); ok {
		mod = string(s)
	} else if rt.CallerModule != nil {
		mod = rt.CallerModule(th)
	}
	return rt.BuildClass(th, name, name, mod, []rt.Value{cls}, ns, nil)
}

func enumRepr(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	cls := self.Type()
	v := memberAttr(th, self, "_value_")
	var vs string
	var err error
	if b, ok := self.(*rt.Instance); ok && b.BaseValue() != nil {
		vs, err = rt.Repr(th, b.BaseValue())
	} else {
		vs, err = rt.Repr(th, v)
	}
	if err != nil {
		return nil, err
	}
	name := memberAttr(th, self, "_name_")
	if name == rt.None {
		return rt.Str(fmt.Sprintf("<%s: %s>", cls.Name(), vs)), nil
	}
	return rt.Str(fmt.Sprintf("<%s.%s: %s>", cls.Name(), string(name.(rt.Str)), vs)), nil
}

func enumStr(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	cls := self.Type()
	if cls.IsSubtype(reprEnumType) {
		if b, ok := self.(*rt.Instance); ok && b.BaseValue() != nil {
			s, err := rt.ToStr(th, b.BaseValue())
			return rt.Str(s), err
		}
	}
	name := memberAttr(th, self, "_name_")
	if name == rt.None {
		vs, err := rt.Repr(th, memberAttr(th, self, "_value_"))
		return rt.Str(cls.Name() + "(" + vs + ")"), err
	}
	return rt.Str(cls.Name() + "." + string(name.(rt.Str))), nil
}

// flagParts is the canonical members a flag value is made of.
func flagParts(th *rt.Thread, self rt.Value) []rt.Value {
	ei := enumData(self.Type())
	v, _ := rt.AsInt64(memberAttr(th, self, "_value_"))
	var out []rt.Value
	for _, m := range ei.list {
		x, _ := rt.AsInt64(memberAttr(th, m, "_value_"))
		if x != 0 && x&(x-1) == 0 && v&x == x {
			out = append(out, m)
		}
	}
	return out
}

// flagMember returns the member (or composite pseudo-member) of value v.
func flagMember(th *rt.Thread, cls *rt.Type, v int64) (rt.Value, error) {
	ei := enumData(cls)
	key := rt.MakeInt(v)
	if m, ok, _ := ei.byValue.Get(th, key); ok {
		return m, nil
	}
	inst := rt.NewInstance(cls)
	if mixinType(cls) != nil {
		inst.SetBase(key)
	}
	var names []string
	rest := v
	for _, m := range ei.list {
		x, _ := rt.AsInt64(memberAttr(th, m, "_value_"))
		if x != 0 && x&(x-1) == 0 && v&x == x {
			names = append(names, string(memberAttr(th, m, "_name_").(rt.Str)))
			rest &^= x
		}
	}
	d := inst.Dict()
	d.SetStr("_value_", key)
	if len(names) == 0 {
		d.SetStr("_name_", rt.None)
	} else {
		if rest != 0 {
			// Bits no member names are kept as a number, as 3.11's
			// Flag._missing_ does: <I.A|8: 9>.
			names = append(names, strconv.FormatInt(rest, 10))
		}
		d.SetStr("_name_", rt.Str(strings.Join(names, "|")))
	}
	ei.byValue.Set(th, key, inst)
	return inst, nil
}

func flagBinop(op ast.Op) func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	return func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		cls := self.Type()
		other := args[0]
		var b int64
		if other.Type() == cls {
			b, _ = rt.AsInt64(memberAttr(th, other, "_value_"))
		} else if cls.IsSubtype(intFlagType) && rt.IsIntValue(other) {
			b, _ = rt.AsInt64(other)
		} else {
			return rt.NotImplemented, nil
		}
		a, _ := rt.AsInt64(memberAttr(th, self, "_value_"))
		var r int64
		switch op {
		case ast.BitOr:
			r = a | b
		case ast.BitAnd:
			r = a & b
		default:
			r = a ^ b
		}
		return flagMember(th, cls, r)
	}
}

func enumUnique(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	cls, ok := args[0].(*rt.Type)
	if !ok {
		return args[0], nil
	}
	ei := enumData(cls)
	if ei == nil {
		return cls, nil
	}
	md, _ := cls.Dict.GetStr("__members__")
	var dups []string
	if d, ok := md.(*rt.Dict); ok {
		for _, kv := range d.Items() {
			n := string(kv[0].(rt.Str))
			canon := string(memberAttr(th, kv[1], "_name_").(rt.Str))
			if n != canon {
				dups = append(dups, n+" -> "+canon)
			}
		}
	}
	if len(dups) > 0 {
		return nil, rt.NewError(rt.ValueErrorType, "duplicate values found in <enum '%s'>: %s", cls.Name(), strings.Join(dups, ", "))
	}
	return cls, nil
}

// EnumClassIter, EnumClassLen, EnumClassGetItem and EnumClassContains are
// the metaclass operations of enum classes (iter(Color), len(Color),
// Color['RED'], Color.RED in Color); ok is false when cls is not an enum.
// enumClassRepr is repr() of Enum and its subclasses, as EnumType's
// __repr__: <flag 'Perm'> for Flag classes, <enum 'Color'> for the others.
func enumClassRepr(cls *rt.Type) (string, bool) {
	switch {
	case flagType != nil && cls.IsSubtype(flagType):
		return "<flag '" + cls.Name() + "'>", true
	case enumType != nil && cls.IsSubtype(enumType):
		return "<enum '" + cls.Name() + "'>", true
	}
	return "", false
}

func EnumClassIter(cls *rt.Type) (members []rt.Value, ok bool) {
	ei := enumData(cls)
	if ei == nil {
		return nil, false
	}
	if !ei.flag {
		return append([]rt.Value(nil), ei.list...), true
	}
	// A Flag class iterates (and counts) its canonical members only:
	// single-bit values, no 0 and no multi-bit combinations (3.11).
	for _, m := range ei.list {
		if singleBitMember(m) {
			members = append(members, m)
		}
	}
	return members, true
}

// singleBitMember reports whether a Flag member's value is a power of two.
func singleBitMember(m rt.Value) bool {
	inst, ok := m.(*rt.Instance)
	if !ok {
		return false
	}
	v, ok := inst.Dict().GetStr("_value_")
	if !ok {
		return false
	}
	n, ok := v.(rt.Int)
	return ok && n > 0 && n&(n-1) == 0
}

// EnumClassGetItem is Color['RED'].
func EnumClassGetItem(th *rt.Thread, cls *rt.Type, key rt.Value) (rt.Value, bool, error) {
	ei := enumData(cls)
	if ei == nil {
		return nil, false, nil
	}
	if s, ok := key.(rt.Str); ok {
		if m, ok := ei.members[string(s)]; ok {
			return m, true, nil
		}
	}
	return nil, true, rt.NewException(rt.KeyErrorType, key)
}

// EnumClassContains is x in Color.
func EnumClassContains(th *rt.Thread, cls *rt.Type, x rt.Value) (bool, bool) {
	ei := enumData(cls)
	if ei == nil {
		return false, false
	}
	if x.Type().IsSubtype(cls) {
		return true, true
	}
	for _, m := range ei.list {
		if eq, _ := rt.Equal(th, memberAttr(th, m, "_value_"), x); eq {
			return true, true
		}
	}
	return false, true
}

// enumClassSetAttr refuses to rebind or delete a member of an Enum class,
// with CPython's (EnumType.__setattr__/__delattr__) messages.
func enumClassSetAttr(cls *rt.Type, name string, v rt.Value) error {
	ei := enumData(cls)
	if ei == nil {
		return nil
	}
	if _, ok := ei.members[name]; !ok {
		return nil
	}
	if v == nil {
		return rt.NewError(rt.AttributeErrorType, "'%s' cannot delete member '%s'.", cls.Name(), name)
	}
	return rt.NewError(rt.AttributeErrorType, "cannot reassign member '%s'", name)
}
