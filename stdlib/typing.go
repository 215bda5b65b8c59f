package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
	"sync"
)

// The typing module: the names are importable and subscriptable
// (List[int], Optional[str], Callable[[int], str] — subscripting a class
// yields the class, as the runtime does for generic aliases), with no
// runtime checking. NamedTuple (class syntax and functional) builds a
// real namedtuple; TypedDict classes construct plain dicts.

var (
	namedTupleBase *rt.Type
	typedDictBase  *rt.Type
	typeVarType    *rt.Type
)

func typingForm(name string) *rt.Type { return goClass(name, "typing", nil) }

// loadTypingModule makes the typing module (registered in modules.go).
func loadTypingModule() *rt.Module {
	setupTypingTypes()
	return newTypingModule()
}

// typingSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var typingSetup sync.Once

func setupTypingTypes() { typingSetup.Do(initTypingTypes) }

func initTypingTypes() {
	setupCollectionsTypes()
	setupCollectionsAbcTypes()
	initTypingUnion()
	rt.TypingGeneric = goClass("Generic", "typing", nil)
	typeVarType = goClass("TypeVar", "typing", nil,
		"__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) < 1 {
				return nil, rt.NewError(rt.TypeErrorType, "TypeVar() missing required argument 'name' (pos 1)")
			}
			if err := rt.SetAttr(th, self, "__name__", args[0]); err != nil {
				return nil, err
			}
			var bound rt.Value = rt.None
			covariant, contravariant := rt.Value(rt.False), rt.Value(rt.False)
			for _, kw := range kwargs {
				switch kw.Name {
				case "bound":
					bound = kw.Value
				case "covariant":
					covariant = kw.Value
				case "contravariant":
					contravariant = kw.Value
				}
			}
			rt.SetAttr(th, self, "__bound__", bound)
			rt.SetAttr(th, self, "__constraints__", rt.NewTuple(append([]rt.Value(nil), args[1:]...)))
			rt.SetAttr(th, self, "__covariant__", covariant)
			rt.SetAttr(th, self, "__contravariant__", contravariant)
			return rt.None, nil
		}),
		"__repr__", meth("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			n, err := rt.GetAttr(th, self, "__name__")
			if err != nil {
				return nil, err
			}
			s, _ := rt.ToStr(th, n)
			prefix := "~"
			if c, _ := rt.GetAttr(th, self, "__covariant__"); c != nil && rt.Truthy(c) {
				prefix = "+"
			} else if c, _ := rt.GetAttr(th, self, "__contravariant__"); c != nil && rt.Truthy(c) {
				prefix = "-"
			}
			return rt.Str(prefix + s), nil
		}),
	)
	namedTupleBase = goClass("NamedTuple", "typing", []*rt.Type{rt.TupleType},
		"__init_subclass__", classMeth("__init_subclass__", typingNamedTupleSubclass))
	namedTupleBase.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var name string
		var fields rt.Value = rt.NewList(nil)
		if err := rt.UnpackArgs("NamedTuple", args, kwargs, "typename", &name, "fields?", &fields); err != nil {
			return nil, err
		}
		items, err := rt.IterateAll(th, fields)
		if err != nil {
			return nil, err
		}
		var names []string
		for _, it := range items {
			pair, err := rt.IterateAll(th, it)
			if err != nil || len(pair) != 2 {
				return nil, rt.NewError(rt.TypeErrorType, "NamedTuple fields must be (name, type) pairs")
			}
			s, _ := rt.ToStr(th, pair[0])
			names = append(names, s)
		}
		mod := "__main__"
		if rt.CallerModule != nil {
			mod = rt.CallerModule(th)
		}
		return makeNamedTuple(th, name, mod, names, nil, nil)
	}
	typedDictBase = goClass("TypedDict", "typing", []*rt.Type{rt.DictType},
		"__init_subclass__", classMeth("__init_subclass__", func(th *rt.Thread, cls rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			cls.(*rt.Type).New = func(th *rt.Thread, c *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
				return rt.Call(th, rt.DictType, args, kwargs)
			}
			return rt.None, nil
		}))
	typedDictBase.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(args) < 1 {
			return nil, rt.NewError(rt.TypeErrorType, "TypedDict() missing required argument 'typename'")
		}
		name, _ := rt.ToStr(th, args[0])
		ns := rt.NewDict()
		if len(args) > 1 {
			ns.SetStr("__annotations__", args[1])
		}
		return rt.BuildClass(th, name, name, "__main__", []rt.Value{typedDictBase}, ns, nil)
	}
}

// typingNamedTupleSubclass turns `class P(NamedTuple): x: int; y: int = 0`
// into a namedtuple class.
func typingNamedTupleSubclass(th *rt.Thread, clsV rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	cls := clsV.(*rt.Type)
	ann, _ := cls.Dict.GetStr("__annotations__")
	var fields []string
	var defs []rt.Value
	if d, ok := ann.(*rt.Dict); ok {
		for _, k := range d.Keys() {
			name, _ := rt.ToStr(th, k)
			fields = append(fields, name)
			if v, ok := cls.Dict.GetStr(name); ok {
				defs = append(defs, v)
			} else if len(defs) > 0 {
				return nil, rt.NewError(rt.TypeErrorType, "Non-default namedtuple field %s cannot follow default field %s", name, fields[len(fields)-2])
			}
		}
	}
	proto, err := makeNamedTuple(th, cls.Name(), cls.Module(), fields, defs, nil)
	if err != nil {
		return nil, err
	}
	isField := map[string]bool{}
	for _, f := range fields {
		isField[f] = true
	}
	for _, kv := range proto.Dict.Items() {
		name := string(kv[0].(rt.Str))
		switch name {
		case "__module__", "__qualname__", "__dict__", "__weakref__", "__slots__":
			continue
		}
		if _, has := cls.Dict.GetStr(name); has && !isField[name] && name != "__doc__" && name != "__new__" {
			continue
		}
		if err := rt.SetAttr(th, cls, name, kv[1]); err != nil {
			return nil, err
		}
	}
	return rt.None, nil
}

func newTypingModule() *rt.Module {
	m := rt.NewModule("typing")
	set := func(name string, v rt.Value) { m.Dict.SetStr(name, v) }
	for _, n := range []string{"Any", "Literal", "Final", "ClassVar", "Annotated",
		"NoReturn", "Never", "Self", "TypeAlias", "Concatenate", "TypeGuard", "Unpack", "Required", "NotRequired",
		"LiteralString", "ParamSpec", "TypeVarTuple", "ForwardRef", "IO", "TextIO", "BinaryIO"} {
		set(n, typingForm(n))
	}
	set("Union", typingUnion)
	set("Optional", typingOptional)
	for n, t := range supportsProtocols() {
		set(n, t)
	}
	set("Generic", rt.TypingGeneric)
	set("Protocol", protocolType)
	set("runtime_checkable", rt.NewFunc("runtime_checkable", runtimeCheckable))
	set("TypeVar", typeVarType)
	if v, err := rt.Call(rt.NewThread(""), typeVarType, []rt.Value{rt.Str("AnyStr"), rt.StrType, rt.BytesType}, nil); err == nil {
		set("AnyStr", v)
	}
	special := func(name string, origin *rt.Type, nparams int, inst bool) {
		set(name, &typingSpecial{name: name, origin: origin, nparams: nparams, inst: inst, callable: name == "Callable"})
	}
	special("List", rt.ListType, 1, false)
	special("Dict", rt.DictType, 2, false)
	special("Set", rt.SetType, 1, false)
	special("FrozenSet", rt.FrozenSetType, 1, false)
	special("Tuple", rt.TupleType, -1, false)
	special("Type", rt.TypeType, 1, false)
	set("Text", rt.StrType)
	set("ByteString", rt.BytesType)
	special("DefaultDict", defaultdictType, 2, true)
	special("OrderedDict", orderedDictType, 2, true)
	special("Counter", counterType, 1, true)
	special("Deque", dequeType, 1, true)
	special("ChainMap", chainMapType, 2, true)
	for n, k := range map[string]int{"Iterable": 1, "Iterator": 1, "Mapping": 2, "MutableMapping": 2, "Sequence": 1,
		"MutableSequence": 1, "Callable": 2, "Hashable": 0, "Sized": 0, "Container": 1, "Collection": 1,
		"Generator": 3, "Reversible": 1, "MutableSet": 1, "MappingView": 1, "KeysView": 1, "ItemsView": 2,
		"ValuesView": 1, "Awaitable": 1} {
		special(n, abcTypes[n], k, true)
	}
	special("AbstractSet", abcTypes["Set"], 1, true)
	for _, n := range []string{"Coroutine", "AsyncIterator", "AsyncIterable", "AsyncGenerator", "ContextManager", "AsyncContextManager", "Pattern", "Match"} {
		set(n, typingForm(n))
	}
	set("NamedTuple", namedTupleBase)
	set("TypedDict", typedDictBase)
	set("TYPE_CHECKING", rt.False)
	identity := func(name string) *rt.Builtin {
		return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) == 0 {
				return nil, rt.NewError(rt.TypeErrorType, "%s() missing 1 required positional argument", name)
			}
			return args[len(args)-1], nil
		})
	}
	for _, n := range []string{"overload", "final", "no_type_check", "dataclass_transform_apply", "assert_never"} {
		set(n, identity(n))
	}
	set("cast", rt.NewFunc("cast", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var typ, val rt.Value
		if err := rt.UnpackArgs("cast", args, kwargs, "typ", &typ, "val", &val); err != nil {
			return nil, err
		}
		return val, nil
	}))
	set("assert_type", rt.NewFunc("assert_type", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var val, typ rt.Value
		if err := rt.UnpackArgs("assert_type", args, kwargs, "val", &val, "typ", &typ); err != nil {
			return nil, err
		}
		return val, nil
	}))
	set("reveal_type", rt.NewFunc("reveal_type", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var val rt.Value
		if err := rt.UnpackArgs("reveal_type", args, kwargs, "obj", &val); err != nil {
			return nil, err
		}
		th.Env().Stderr.WriteString("Runtime type is '" + rt.TypeName(val) + "'\n")
		return val, nil
	}))
	set("dataclass_transform", rt.NewFunc("dataclass_transform", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return identity("dataclass_transform"), nil
	}))
	set("NewType", rt.NewFunc("NewType", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var name, tp rt.Value
		if err := rt.UnpackArgs("NewType", args, kwargs, "name", &name, "tp", &tp); err != nil {
			return nil, err
		}
		s, _ := rt.ToStr(th, name)
		return identity(s), nil
	}))
	set("get_type_hints", rt.NewFunc("get_type_hints", typingGetTypeHints))
	set("get_origin", rt.NewFunc("get_origin", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var tp rt.Value
		if err := rt.UnpackArgs("get_origin", args, kwargs, "tp", &tp); err != nil {
			return nil, err
		}
		switch x := tp.(type) {
		case *rt.GenericAlias:
			return x.Origin, nil
		case *typingSpecial:
			return x.origin, nil
		case *rt.UnionType:
			return rt.UnionTypeType, nil
		}
		return rt.None, nil
	}))
	set("get_args", rt.NewFunc("get_args", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var tp rt.Value
		if err := rt.UnpackArgs("get_args", args, kwargs, "tp", &tp); err != nil {
			return nil, err
		}
		switch x := tp.(type) {
		case *rt.GenericAlias:
			return rt.NewTuple(append([]rt.Value(nil), x.Args...)), nil
		case *rt.UnionType:
			return rt.NewTuple(append([]rt.Value(nil), x.Args...)), nil
		}
		return rt.NewTuple(nil), nil
	}))
	return m
}

// typing.Union and typing.Optional: subscripting them normalizes as
// CPython does (None becomes NoneType, nested unions are flattened,
// duplicates dropped, a single member is returned as is), and both make
// a Union alias, shown as typing.Optional[X] when X | None.
var typingUnion, typingOptional *rt.Type

func initTypingUnion() {
	typingUnion = goClass("Union", "typing", nil,
		"__class_getitem__", classMeth("__class_getitem__", func(th *rt.Thread, cls rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			key := args[0]
			members := []rt.Value{key}
			if t, ok := key.(*rt.Tuple); ok {
				members = t.Items
			}
			return makeTypingUnion(th, members)
		}))
	typingOptional = goClass("Optional", "typing", nil,
		"__class_getitem__", classMeth("__class_getitem__", func(th *rt.Thread, cls rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if _, ok := args[0].(*rt.Tuple); ok {
				return nil, rt.NewError(rt.TypeErrorType, "typing.Optional requires a single type. Got %s.", mustRepr(args[0]))
			}
			return makeTypingUnion(th, []rt.Value{args[0], rt.None})
		}))
}

func makeTypingUnion(th *rt.Thread, members []rt.Value) (rt.Value, error) {
	var flat []rt.Value
	for _, m := range members {
		switch x := m.(type) {
		case *rt.GenericAlias:
			if x.Origin == rt.Value(typingUnion) {
				flat = append(flat, x.Args...)
				continue
			}
		case *rt.UnionType:
			flat = append(flat, x.Args...)
			continue
		}
		if m == rt.None {
			m = rt.NoneType
		}
		flat = append(flat, m)
	}
	var out []rt.Value
	for _, v := range flat {
		dup := false
		for _, seen := range out {
			eq, err := rt.Equal(th, seen, v)
			if err != nil {
				return nil, err
			}
			if eq {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, v)
		}
	}
	if len(out) == 1 {
		return out[0], nil
	}
	return &rt.GenericAlias{Origin: typingUnion, Args: out}, nil
}

// typingGetTypeHints is get_type_hints(obj, globalns=None, localns=None):
// the annotations of obj (of a class and its bases, base first), with
// string annotations evaluated (in obj's globals unless globalns is
// given) and None as NoneType.
func typingGetTypeHints(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var obj, globalns, localns, extras rt.Value
	globalns, localns, extras = rt.None, rt.None, rt.False
	if err := rt.UnpackArgs("get_type_hints", args, kwargs, "obj", &obj, "globalns?", &globalns, "localns?", &localns, "include_extras?", &extras); err != nil {
		return nil, err
	}
	type source struct {
		anns    *rt.Dict
		globals rt.Value
	}
	var sources []source
	if t, ok := obj.(*rt.Type); ok {
		for i := len(t.MRO()) - 1; i >= 0; i-- {
			c := t.MRO()[i]
			if c.Dict == nil {
				continue
			}
			a, ok := c.Dict.GetStr("__annotations__")
			d, isDict := a.(*rt.Dict)
			if !ok || !isDict {
				continue
			}
			g := globalns
			if g == rt.None {
				g = rt.NewDict()
				if mods, ok := sysOf(th).Dict.GetStr("modules"); ok {
					if m, err := rt.GetItem(th, mods, rt.Str(c.Module())); err == nil {
						if mm, ok := m.(*rt.Module); ok {
							g = mm.Dict
						}
					}
				}
			}
			sources = append(sources, source{d, g})
		}
	} else {
		a, err := rt.GetAttr(th, obj, "__annotations__")
		if err != nil {
			if rt.IsInstance(obj, rt.FunctionType) || rt.IsInstance(obj, rt.ModuleType) {
				return nil, err
			}
			return nil, rt.NewError(rt.TypeErrorType, "%s is not a module, class, method, or function.", mustRepr(obj))
		}
		d, ok := a.(*rt.Dict)
		if !ok {
			return rt.NewDict(), nil
		}
		g := globalns
		if g == rt.None {
			g = rt.NewDict()
			if m, ok := obj.(*rt.Module); ok {
				g = m.Dict
			} else if fg, err := rt.GetAttr(th, obj, "__globals__"); err == nil {
				g = fg
			}
		}
		sources = append(sources, source{d, g})
	}
	eval, _ := rt.Builtins.GetStr("eval")
	out := rt.NewDict()
	for _, src := range sources {
		for _, kv := range src.anns.Items() {
			v := kv[1]
			if s, ok := v.(rt.Str); ok && eval != nil {
				l := localns
				if l == rt.None {
					l = src.globals
				}
				r, err := rt.Call(th, eval, []rt.Value{s, src.globals, l}, nil)
				if err != nil {
					return nil, err
				}
				v = r
			}
			if v == rt.None {
				v = rt.NoneType
			}
			if err := out.SetItem(th, kv[0], v); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}
