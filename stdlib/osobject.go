package stdlib

import (
	"strings"

	rt "github.com/spindle-lang/spindle/runtime"
)

// recObj is a small Python-visible record implemented in Go: os.stat_result,
// os.DirEntry, subprocess.CompletedProcess, http.Response and friends.
// Its data attributes live in a dict (assignable, like the attributes of
// CPython's pure-Python classes); methods live on its type; data holds
// the Go state behind the methods.
type recObj struct {
	typ   *rt.Type
	attrs *rt.Dict
	order []string // attributes shown by the default repr, in order
	data  any
}

func newRec(t *rt.Type, data any) *recObj {
	return &recObj{typ: t, attrs: rt.NewDict(), data: data}
}

// set stores an attribute; shown makes it part of the default repr.
func (o *recObj) set(name string, v rt.Value, shown bool) *recObj {
	o.attrs.SetStr(name, v)
	if shown {
		o.order = append(o.order, name)
	}
	return o
}

func (o *recObj) get(name string) rt.Value {
	v, ok := o.attrs.GetStr(name)
	if !ok {
		return rt.None
	}
	return v
}

func (o *recObj) Type() *rt.Type { return o.typ }

func (o *recObj) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	if v, ok := o.attrs.GetStr(name); ok {
		return v, nil
	}
	if name == "__dict__" {
		return o.attrs, nil
	}
	return nil, nil
}

func (o *recObj) SetAttr(th *rt.Thread, name string, v rt.Value) error {
	if v == nil {
		if _, ok := o.attrs.DeleteStr(name); !ok {
			return rt.NewError(rt.AttributeErrorType, "%s", name)
		}
		return nil
	}
	o.attrs.SetStr(name, v)
	return nil
}

func (o *recObj) AttrNames() []string {
	var out []string
	for _, k := range o.attrs.Keys() {
		out = append(out, string(k.(rt.Str)))
	}
	return out
}

// Repr is Type(a=1, b='x') over the shown attributes (a record that is
// also a tuple shows its items), unless the type defines __repr__.
func (o *recObj) Repr(th *rt.Thread) (string, error) {
	if m, ok := o.typ.Dict.GetStr("__repr__"); ok {
		if b, ok := m.(*rt.Builtin); ok {
			v, err := b.Bind(o).Call(th, nil, nil)
			if err != nil {
				return "", err
			}
			return string(v.(rt.Str)), nil
		}
	}
	var b strings.Builder
	name := o.typ.Name()
	if o.typ.Module() == "os" {
		name = o.typ.Module() + "." + name
	}
	b.WriteString(name + "(")
	items, _ := o.data.(*rt.Tuple) // a structseq shows its items (int times)
	for i, k := range o.order {
		if i > 0 {
			b.WriteString(", ")
		}
		v := o.get(k)
		if items != nil && i < len(items.Items) {
			v = items.Items[i]
		}
		s, err := rt.Repr(th, v)
		if err != nil {
			return "", err
		}
		b.WriteString(k + "=" + s)
	}
	b.WriteString(")")
	return b.String(), nil
}

var (
	_ rt.HasAttrs   = (*recObj)(nil)
	_ rt.HasSetAttr = (*recObj)(nil)
	_ rt.HasRepr    = (*recObj)(nil)
)

// recMethod makes a method of a recObj type.
func recMethod(name string, fn func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
	return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		o, ok := self.(*recObj)
		if !ok {
			return nil, rt.NewError(rt.TypeErrorType, "descriptor '%s' requires a record object, not '%s'", name, rt.TypeName(self))
		}
		return fn(th, o, args, kwargs)
	})
}

// modFunc adds functions to a module dict.
func addFuncs(m *rt.Module, fns ...*rt.Builtin) {
	for _, f := range fns {
		m.Dict.SetStr(f.Name, f)
	}
}

// newModExc makes an exception class living in a module.
func newModExc(name, module string, base *rt.Type) *rt.Type {
	t := rt.NewBuiltinType(name, base)
	t.SetModule(module)
	t.Exception = true
	t.New = base.New
	return t
}

// pathArg converts a path argument (str, bytes, pathlib.Path, or an
// object with __fspath__) to a Go string.
func pathArg(th *rt.Thread, fname string, v rt.Value) (string, error) {
	switch x := v.(type) {
	case rt.Str:
		return string(x), nil
	case rt.Bytes:
		return string(x), nil
	case *pathObj:
		return x.path, nil
	}
	if v.Type().Lookup("__fspath__") != nil {
		r, err := rt.CallMethod(th, v, "__fspath__", nil, nil)
		if err != nil {
			return "", err
		}
		if s, ok := r.(rt.Str); ok {
			return string(s), nil
		}
	}
	return "", rt.NewError(rt.TypeErrorType, "%s: path should be string, bytes or os.PathLike, not %s", fname, rt.TypeName(v))
}

func strList(ss []string) *rt.List {
	vs := make([]rt.Value, len(ss))
	for i, s := range ss {
		vs[i] = rt.Str(s)
	}
	return rt.NewList(vs)
}

// GetItem indexes records that are also tuples (os.stat_result).
func (o *recObj) GetItem(th *rt.Thread, key rt.Value) (rt.Value, error) {
	if t, ok := o.data.(*rt.Tuple); ok {
		return t.GetItem(th, key)
	}
	return nil, rt.NewError(rt.TypeErrorType, "'%s' object is not subscriptable", o.typ.Name())
}

// Iter iterates records that are also tuples.
func (o *recObj) Iter(th *rt.Thread) (rt.Iterator, error) {
	if t, ok := o.data.(*rt.Tuple); ok {
		return t.Iter(th)
	}
	return nil, rt.NewError(rt.TypeErrorType, "'%s' object is not iterable", o.typ.Name())
}

// Len is len() of records that are also tuples; other records have none.
func (o *recObj) Len(th *rt.Thread) (int, error) {
	if t, ok := o.data.(*rt.Tuple); ok {
		return len(t.Items), nil
	}
	return 0, rt.NewError(rt.TypeErrorType, "object of type '%s' has no len()", o.typ.Name())
}

// Truth makes records true, as CPython's objects without __len__; a
// record that is also a tuple is true when not empty.
func (o *recObj) Truth(th *rt.Thread) (bool, error) {
	if t, ok := o.data.(*rt.Tuple); ok {
		return len(t.Items) != 0, nil
	}
	return true, nil
}

var (
	_ rt.Sized    = (*recObj)(nil)
	_ rt.HasTruth = (*recObj)(nil)
)
