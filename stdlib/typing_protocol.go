package stdlib

import (
	"strings"
	"sync"

	rt "github.com/spindle-lang/spindle/runtime"
)

// typing.Protocol and @runtime_checkable: isinstance and issubclass
// against a runtime-checkable protocol check the protocol's members
// structurally, as CPython 3.11's _ProtocolMeta.__instancecheck__ and
// _proto_hook do (the object model has no metaclasses, so the isinstance
// and issubclass wrappers of collections_isinstance.go call in here).
// SupportsInt, SupportsAbs, ... are runtime-checkable protocols of one
// method each.

var protocolType = goClass("Protocol", "typing", nil,
	"_is_protocol", rt.True, "_is_runtime_protocol", rt.False)

// supportsProtocol makes typing.SupportsX, the protocol of one dunder.
func supportsProtocol(name, dunder string) *rt.Type {
	return goClass(name, "typing", []*rt.Type{protocolType},
		"_is_runtime_protocol", rt.True,
		dunder, meth(dunder, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, nil
		}))
}

// supportsProtocols are typing's SupportsX protocols by name, made on
// typing's first import (seven classes built at start-up otherwise).
var supportsProtocols = sync.OnceValue(func() map[string]*rt.Type {
	m := map[string]*rt.Type{}
	for name, dunder := range map[string]string{
		"SupportsInt": "__int__", "SupportsFloat": "__float__", "SupportsComplex": "__complex__",
		"SupportsBytes": "__bytes__", "SupportsIndex": "__index__", "SupportsAbs": "__abs__",
		"SupportsRound": "__round__",
	} {
		m[name] = supportsProtocol(name, dunder)
	}
	return m
})

// protocolExcluded are the names that are never protocol members
// (typing's EXCLUDED_ATTRIBUTES).
var protocolExcluded = map[string]bool{
	"__parameters__": true, "__orig_bases__": true, "__orig_class__": true,
	"_is_protocol": true, "_is_runtime_protocol": true, "__final__": true,
	"__abstractmethods__": true, "__annotations__": true, "__dict__": true, "__doc__": true,
	"__init__": true, "__module__": true, "__new__": true, "__slots__": true,
	"__subclasshook__": true, "__weakref__": true, "__class_getitem__": true,
	"_MutableMapping__marker": true,
}

// isProtocol reports whether t is a protocol class: Protocol itself, a
// class listing Protocol among its bases, or one marked _is_protocol.
func isProtocol(t *rt.Type) bool {
	if t == protocolType {
		return true
	}
	for _, b := range t.Bases() {
		if b == protocolType {
			return true
		}
	}
	if t.Dict != nil {
		if v, ok := t.Dict.GetStr("_is_protocol"); ok && v == rt.True {
			return true
		}
	}
	return false
}

func isRuntimeProtocol(th *rt.Thread, t *rt.Type) bool {
	v, err := rt.GetAttr(th, t, "_is_runtime_protocol")
	return err == nil && v == rt.True
}

// protocolAttrs is typing._get_protocol_attrs: the names defined or
// annotated along the protocol's MRO (without object, Protocol, Generic).
func protocolAttrs(t *rt.Type) []string {
	seen := map[string]bool{}
	var out []string
	add := func(name string) {
		if !seen[name] && !protocolExcluded[name] && !strings.HasPrefix(name, "_abc_") {
			seen[name] = true
			out = append(out, name)
		}
	}
	for _, base := range t.MRO()[:len(t.MRO())-1] {
		if base.Name() == "Protocol" || base.Name() == "Generic" || base.Dict == nil {
			continue
		}
		for _, k := range base.Dict.Keys() {
			if s, ok := k.(rt.Str); ok {
				add(string(s))
			}
		}
		if ann, ok := base.Dict.GetStr("__annotations__"); ok {
			if d, ok := ann.(*rt.Dict); ok {
				for _, k := range d.Keys() {
					if s, ok := k.(rt.Str); ok {
						add(string(s))
					}
				}
			}
		}
	}
	return out
}

// protocolMemberCallable is callable(getattr(proto, attr, None)).
func protocolMemberCallable(th *rt.Thread, t *rt.Type, attr string) bool {
	v, err := rt.GetAttr(th, t, attr)
	return err == nil && isCallable(v)
}

var errNotRuntimeProtocol = "Instance and class checks can only be used with @runtime_checkable protocols"

// protocolInstanceCheck is isinstance(obj, t) for a protocol class t.
func protocolInstanceCheck(th *rt.Thread, obj rt.Value, t *rt.Type) (bool, error) {
	if !isRuntimeProtocol(th, t) {
		return false, rt.NewError(rt.TypeErrorType, "%s", errNotRuntimeProtocol)
	}
	if obj.Type().IsSubtype(t) {
		return true, nil
	}
	for _, attr := range protocolAttrs(t) {
		v, err := rt.GetAttr(th, obj, attr)
		if err != nil {
			if rt.IsExc(err, rt.AttributeErrorType) {
				return false, nil
			}
			return false, err
		}
		if v == rt.None && protocolMemberCallable(th, t, attr) {
			return false, nil
		}
	}
	return true, nil
}

// protocolSubclassCheck is issubclass(cls, t) for a protocol class t.
func protocolSubclassCheck(th *rt.Thread, cls, t *rt.Type) (bool, error) {
	if !isRuntimeProtocol(th, t) {
		return false, rt.NewError(rt.TypeErrorType, "%s", errNotRuntimeProtocol)
	}
	attrs := protocolAttrs(t)
	for _, attr := range attrs {
		if !protocolMemberCallable(th, t, attr) {
			return false, rt.NewError(rt.TypeErrorType, "Protocols with non-method members don't support issubclass()")
		}
	}
	if cls.IsSubtype(t) {
		return true, nil
	}
next:
	for _, attr := range attrs {
		for _, base := range cls.MRO() {
			if base.Dict == nil {
				continue
			}
			if v, ok := base.Dict.GetStr(attr); ok {
				if v == rt.None {
					return false, nil
				}
				continue next
			}
		}
		// Built-in types keep their special methods outside their dicts.
		if v := cls.Lookup(attr); v != nil && v != rt.None {
			continue
		}
		return false, nil
	}
	return true, nil
}

// runtimeCheckable is @typing.runtime_checkable.
func runtimeCheckable(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var v rt.Value
	if err := rt.UnpackArgs("runtime_checkable", args, kwargs, "cls", &v); err != nil {
		return nil, err
	}
	t, ok := v.(*rt.Type)
	if !ok || !isProtocol(t) {
		r, err := rt.Repr(th, v)
		if err != nil {
			return nil, err
		}
		return nil, rt.NewError(rt.TypeErrorType, "@runtime_checkable can be only applied to protocol classes, got %s", r)
	}
	if err := rt.SetAttr(th, t, "_is_runtime_protocol", rt.True); err != nil {
		return nil, err
	}
	return t, nil
}

// protocolCheck is isinstance(v, info) (instance) or issubclass(v, info)
// when info is a protocol class or a tuple holding one; ok is false
// otherwise.
func protocolCheck(th *rt.Thread, v, info rt.Value, instance bool) (match, ok bool, err error) {
	switch x := info.(type) {
	case *rt.Type:
		if !isProtocol(x) {
			return false, false, nil
		}
		if instance {
			m, err := protocolInstanceCheck(th, v, x)
			return m, true, err
		}
		m, err := protocolSubclassCheck(th, v.(*rt.Type), x)
		return m, true, err
	case *rt.Tuple:
		has := false
		for _, it := range x.Items {
			if t, isType := it.(*rt.Type); isType && isProtocol(t) {
				has = true
			}
		}
		if !has {
			return false, false, nil
		}
		name := "issubclass"
		if instance {
			name = "isinstance"
		}
		fn, _ := rt.Builtins.GetStr(name)
		for _, it := range x.Items {
			r, err := rt.Call(th, fn, []rt.Value{v, it}, nil)
			if err != nil {
				return false, true, err
			}
			if r == rt.True {
				return true, true, nil
			}
		}
		return false, true, nil
	}
	return false, false, nil
}
