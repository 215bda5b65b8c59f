package stdlib

import (
	"strings"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// namedTuple is a small read-only tuple with named fields, for the
// records built-in modules return (functools CacheInfo, ...). It behaves
// as a tuple for indexing, len, iteration and equality.
type namedTuple struct {
	typ    *rt.Type
	names  []string
	values *rt.Tuple
}

func newNamedTuple(t *rt.Type, names []string, values []rt.Value) *namedTuple {
	return &namedTuple{typ: t, names: names, values: rt.NewTuple(values)}
}

func (n *namedTuple) Type() *rt.Type { return n.typ }

func (n *namedTuple) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	for i, f := range n.names {
		if f == name {
			return n.values.Items[i], nil
		}
	}
	return nil, nil
}

func (n *namedTuple) GetItem(th *rt.Thread, key rt.Value) (rt.Value, error) {
	return rt.GetItem(th, n.values, key)
}

func (n *namedTuple) Len(th *rt.Thread) (int, error) { return len(n.values.Items), nil }

func (n *namedTuple) Iter(th *rt.Thread) (rt.Iterator, error) { return rt.Iter(th, n.values) }

func (n *namedTuple) Equal(th *rt.Thread, other rt.Value) (bool, bool, error) {
	switch o := other.(type) {
	case *namedTuple:
		eq, err := rt.Equal(th, n.values, o.values)
		return eq, true, err
	case *rt.Tuple:
		eq, err := rt.Equal(th, n.values, o)
		return eq, true, err
	}
	return false, false, nil
}

// Compare orders like a tuple (sys.version_info >= (3, 8)).
func (n *namedTuple) Compare(th *rt.Thread, op ast.Op, other rt.Value) (rt.Value, error) {
	switch o := other.(type) {
	case *namedTuple:
		return rt.Compare(th, op, n.values, o.values)
	case *rt.Tuple:
		return rt.Compare(th, op, n.values, o)
	}
	return rt.NotImplemented, nil
}

func (n *namedTuple) Hash(th *rt.Thread) (int64, error) { return rt.Hash(th, n.values) }

func (n *namedTuple) Repr(th *rt.Thread) (string, error) {
	parts := make([]string, len(n.names))
	for i, f := range n.names {
		s, err := rt.Repr(th, n.values.Items[i])
		if err != nil {
			return "", err
		}
		parts[i] = f + "=" + s
	}
	name := n.typ.Name()
	if n.typ.Module() == "sys" {
		name = "sys." + name
	}
	return name + "(" + strings.Join(parts, ", ") + ")", nil
}
