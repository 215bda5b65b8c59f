package stdlib

import (
	"strings"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// The types module: the runtime's types under their CPython names
// (FunctionType is the interpreter's function type, MethodType binds a
// function to an object, ModuleType makes a module), SimpleNamespace,
// MappingProxyType (a read-only view of a mapping) and new_class.

var (
	simpleNamespaceType *rt.Type
	mappingProxyType    = rt.NewBuiltinType("mappingproxy", nil)
)

func init() {
	rt.MethodType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(kwargs) > 0 {
			return nil, rt.NewError(rt.TypeErrorType, "method() takes no keyword arguments")
		}
		if len(args) != 2 {
			return nil, rt.NewError(rt.TypeErrorType, "method expected 2 arguments, got %d", len(args))
		}
		if !isCallable(args[0]) {
			return nil, rt.NewError(rt.TypeErrorType, "first argument must be callable")
		}
		if args[1] == rt.None {
			return nil, rt.NewError(rt.TypeErrorType, "instance must not be None")
		}
		return &rt.BoundMethod{Self: args[1], Fn: args[0]}, nil
	}
	rt.ModuleType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var name string
		var doc rt.Value = rt.None
		if err := rt.UnpackArgs("module", args, kwargs, "name", &name, "doc?", &doc); err != nil {
			return nil, err
		}
		m := rt.NewModule(name)
		for _, kv := range []struct {
			k string
			v rt.Value
		}{{"__doc__", doc}, {"__package__", rt.None}, {"__loader__", rt.None}, {"__spec__", rt.None}} {
			m.Dict.SetStr(kv.k, kv.v)
		}
		return m, nil
	}
	simpleNamespaceType = goClass("SimpleNamespace", "types", nil,
		"__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) > 0 {
				return nil, rt.NewError(rt.TypeErrorType, "no positional arguments expected")
			}
			for _, kw := range kwargs {
				if err := rt.SetAttr(th, self, kw.Name, kw.Value); err != nil {
					return nil, err
				}
			}
			return rt.None, nil
		}),
		"__repr__", meth("__repr__", namespaceRepr),
		"__eq__", meth("__eq__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var other rt.Value
			if err := rt.UnpackArgs("__eq__", args, kwargs, "other", &other); err != nil {
				return nil, err
			}
			a, aok := self.(*rt.Instance)
			b, bok := other.(*rt.Instance)
			if !aok || !bok || !rt.IsInstance(other, simpleNamespaceType) {
				return rt.NotImplemented, nil
			}
			eq, err := rt.Equal(th, a.Dict(), b.Dict())
			return rt.Bool(eq), err
		}),
		"__hash__", meth("__hash__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return nil, rt.NewError(rt.TypeErrorType, "unhashable type: 'types.SimpleNamespace'")
		}),
	)
	simpleNamespaceType.SetName("SimpleNamespace")
	mappingProxyType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var m rt.Value
		if err := rt.UnpackArgs("mappingproxy", args, kwargs, "mapping", &m); err != nil {
			return nil, err
		}
		if !isMapping(th, m) {
			return nil, rt.NewError(rt.TypeErrorType, "mappingproxy() argument must be a mapping, not %s", rt.TypeName(m))
		}
		return &mappingProxy{m: m}, nil
	}
	mappingProxyType.AddMethods(
		rt.NewMethod("get", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.CallMethod(th, self.(*mappingProxy).m, "get", args, kwargs)
		}),
		rt.NewMethod("keys", proxyMethod("keys")),
		rt.NewMethod("values", proxyMethod("values")),
		rt.NewMethod("items", proxyMethod("items")),
		rt.NewMethod("copy", proxyMethod("copy")),
	)
	rt.RegisterModule("types", newTypesModule)
}

func proxyMethod(name string) func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	return func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := rt.UnpackArgs(name, args, kwargs); err != nil {
			return nil, err
		}
		return rt.CallMethod(th, self.(*mappingProxy).m, name, nil, nil)
	}
}

// isMapping is CPython's PyMapping_Check as mappingproxy uses it: a
// dict, or an object with __getitem__ that is not a list or tuple.
func isMapping(th *rt.Thread, v rt.Value) bool {
	switch instBase(v).(type) {
	case *rt.Dict:
		return true
	case *rt.List, *rt.Tuple, rt.Str, rt.Bytes:
		return false
	}
	if _, ok := v.(*mappingProxy); ok {
		return true
	}
	_, err := rt.GetAttr(th, v, "__getitem__")
	return err == nil
}

func newTypesModule() *rt.Module {
	m := rt.NewModule("types")
	for name, v := range map[string]rt.Value{
		"FunctionType":        rt.FunctionType,
		"LambdaType":          rt.FunctionType,
		"MethodType":          rt.MethodType,
		"BuiltinFunctionType": rt.BuiltinFunctionType,
		"BuiltinMethodType":   rt.BuiltinFunctionType,
		"GeneratorType":       rt.GeneratorType,
		"ModuleType":          rt.ModuleType,
		"TracebackType":       rt.TracebackType,
		"CellType":            rt.CellType,
		"NoneType":            rt.NoneType,
		"EllipsisType":        rt.EllipsisType,
		"NotImplementedType":  rt.NotImplementedType,
		"UnionType":           rt.UnionTypeType,
		"GenericAlias":        rt.GenericAliasType,
		"SimpleNamespace":     simpleNamespaceType,
		"MappingProxyType":    mappingProxyType,
		"new_class":           rt.NewFunc("new_class", typesNewClass),
	} {
		m.Dict.SetStr(name, v)
	}
	return m
}

// namespaceRepr is SimpleNamespace's repr: "namespace(a=1, b='x')" (the
// class name for subclasses), "namespace(...)" when recursive.
func namespaceRepr(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	name := "namespace"
	if t := self.Type(); t != simpleNamespaceType {
		name = t.Name()
	}
	th, ok := rt.ReprEnter(th, self)
	if !ok {
		return rt.Str(name + "(...)"), nil
	}
	defer rt.ReprLeave(th, self)
	inst, ok := self.(*rt.Instance)
	if !ok {
		return rt.Str(name + "()"), nil
	}
	var b strings.Builder
	b.WriteString(name + "(")
	for i, kv := range inst.Dict().Items() {
		if i > 0 {
			b.WriteString(", ")
		}
		k, _ := rt.ToStr(th, kv[0])
		r, err := rt.Repr(th, kv[1])
		if err != nil {
			return nil, err
		}
		b.WriteString(k + "=" + r)
	}
	b.WriteByte(')')
	return rt.Str(b.String()), nil
}

// typesNewClass is new_class(name, bases=(), kwds=None, exec_body=None):
// the namespace is filled by exec_body, then the metaclass (kwds'
// "metaclass", else type) is called with the other keywords.
func typesNewClass(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var name, bases, kwds, body rt.Value
	bases, kwds, body = rt.NewTuple(nil), rt.None, rt.None
	if err := rt.UnpackArgs("new_class", args, kwargs, "name", &name, "bases?", &bases, "kwds?", &kwds, "exec_body?", &body); err != nil {
		return nil, err
	}
	bs, err := rt.IterateAll(th, bases)
	if err != nil {
		return nil, err
	}
	var meta rt.Value = rt.TypeType
	var extra []rt.KwArg
	if kwds != rt.None {
		d, ok := instBase(kwds).(*rt.Dict)
		if !ok {
			return nil, rt.NewError(rt.TypeErrorType, "new_class() kwds must be a dict, not %s", rt.TypeName(kwds))
		}
		for _, kv := range d.Items() {
			k, ok := kv[0].(rt.Str)
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "keywords must be strings")
			}
			if k == "metaclass" {
				meta = kv[1]
				continue
			}
			extra = append(extra, rt.KwArg{Name: string(k), Value: kv[1]})
		}
	}
	ns := rt.NewDict()
	if body != rt.None {
		if _, err := rt.Call(th, body, []rt.Value{ns}, nil); err != nil {
			return nil, err
		}
	}
	if _, ok := ns.GetStr("__module__"); !ok {
		ns.SetStr("__module__", rt.Str("types"))
	}
	return rt.Call(th, meta, []rt.Value{name, rt.NewTuple(bs), ns}, extra)
}

// mappingProxy is a read-only view of a mapping (types.MappingProxyType).
type mappingProxy struct{ m rt.Value }

func (*mappingProxy) Type() *rt.Type { return mappingProxyType }

func (p *mappingProxy) GetItem(th *rt.Thread, key rt.Value) (rt.Value, error) {
	return rt.GetItem(th, p.m, key)
}

// SetItem refuses: the view is read-only.
func (p *mappingProxy) SetItem(th *rt.Thread, key, v rt.Value) error {
	if v == nil {
		return rt.NewError(rt.TypeErrorType, "'mappingproxy' object does not support item deletion")
	}
	return rt.NewError(rt.TypeErrorType, "'mappingproxy' object does not support item assignment")
}

func (p *mappingProxy) Len(th *rt.Thread) (int, error) { return rt.Len(th, p.m) }

func (p *mappingProxy) Iter(th *rt.Thread) (rt.Iterator, error) { return rt.Iter(th, p.m) }

func (p *mappingProxy) Contains(th *rt.Thread, item rt.Value) (bool, error) {
	return rt.Contains(th, p.m, item)
}

func (p *mappingProxy) Repr(th *rt.Thread) (string, error) {
	r, err := rt.Repr(th, p.m)
	return "mappingproxy(" + r + ")", err
}

func (p *mappingProxy) Str(th *rt.Thread) (string, error) { return rt.ToStr(th, p.m) }

func (p *mappingProxy) Equal(th *rt.Thread, other rt.Value) (bool, bool, error) {
	if o, ok := other.(*mappingProxy); ok {
		other = o.m
	}
	eq, err := rt.Equal(th, p.m, other)
	return eq, true, err
}

func (p *mappingProxy) Binary(th *rt.Thread, op ast.Op, other rt.Value, right bool) (rt.Value, error) {
	if op != ast.BitOr {
		return rt.NotImplemented, nil
	}
	if o, ok := other.(*mappingProxy); ok {
		other = o.m
	}
	if right {
		return rt.BinaryOp(th, op, other, p.m)
	}
	c, err := rt.CallMethod(th, p.m, "copy", nil, nil)
	if err != nil {
		return nil, err
	}
	return rt.BinaryOp(th, op, c, other)
}
