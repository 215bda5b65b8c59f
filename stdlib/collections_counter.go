package stdlib

import (
	"strings"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// collections.Counter: a dict subclass mapping elements to counts, with
// CPython's semantics for missing keys (0), most_common (stable sort by
// count, descending), the multiset operators (+ - | & keep positive
// counts only) and total().

func newCounterClass() *rt.Type {
	m := func(name string, fn func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) (string, rt.Value) {
		return name, meth(name, fn)
	}
	var entries []any
	add := func(name string, v rt.Value) { entries = append(entries, name, v) }
	add(m("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(args) > 1 {
			return nil, rt.NewError(rt.TypeErrorType, "expected at most 1 arguments, got %d", len(args))
		}
		return rt.None, counterUpdate(th, self, args, kwargs, 1)
	}))
	add(m("__missing__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return rt.MakeInt(0), nil
	}))
	add(m("update", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(args) > 1 {
			return nil, rt.NewError(rt.TypeErrorType, "expected at most 1 arguments, got %d", len(args))
		}
		return rt.None, counterUpdate(th, self, args, kwargs, 1)
	}))
	add(m("subtract", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(args) > 1 {
			return nil, rt.NewError(rt.TypeErrorType, "expected at most 1 arguments, got %d", len(args))
		}
		return rt.None, counterUpdate(th, self, args, kwargs, -1)
	}))
	add(m("most_common", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var n rt.Value = rt.None
		if err := rt.UnpackArgs("most_common", args, kwargs, "n?", &n); err != nil {
			return nil, err
		}
		items, err := counterMostCommon(th, self)
		if err != nil {
			return nil, err
		}
		if n != rt.None {
			k, err := rt.IndexInt(n)
			if err != nil {
				return nil, err
			}
			if k < 0 {
				k = 0
			}
			if k < len(items) {
				items = items[:k]
			}
		}
		return rt.NewList(items), nil
	}))
	add(m("elements", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var out []rt.Value
		for _, kv := range baseDict(self).Items() {
			n, ok := rt.AsInt64(kv[1])
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "'%s' object cannot be interpreted as an integer", rt.TypeName(kv[1]))
			}
			for i := int64(0); i < n; i++ {
				out = append(out, kv[0])
			}
		}
		it, _ := rt.Iter(th, rt.NewTuple(out))
		return rt.NewIteratorValue("itertools.chain", it), nil
	}))
	add(m("total", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var sum rt.Value = rt.MakeInt(0)
		for _, v := range baseDict(self).Values() {
			var err error
			if sum, err = rt.BinaryOp(th, ast.Add, sum, v); err != nil {
				return nil, err
			}
		}
		return sum, nil
	}))
	add("fromkeys", classMeth("fromkeys", func(th *rt.Thread, cls rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return nil, rt.NewError(rt.NotImplementedErrorType, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
	}))
	add(m("copy", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return rt.Call(th, self.Type(), []rt.Value{self}, nil)
	}))
	add(m("__delitem__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		_, _, err := baseDict(self).Delete(th, args[0])
		return rt.None, err
	}))
	add(m("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		d := baseDict(self)
		if d.Len() == 0 {
			return rt.Str(clsName(self) + "()"), nil
		}
		items, err := counterMostCommon(th, self)
		if err != nil {
			s, err := rt.Repr(th, d)
			return rt.Str(clsName(self) + "(" + s + ")"), err
		}
		parts := make([]string, len(items))
		for i, it := range items {
			kv := it.(*rt.Tuple).Items
			k, err := rt.Repr(th, kv[0])
			if err != nil {
				return nil, err
			}
			v, err := rt.Repr(th, kv[1])
			if err != nil {
				return nil, err
			}
			parts[i] = k + ": " + v
		}
		return rt.Str(clsName(self) + "({" + strings.Join(parts, ", ") + "})"), nil
	}))
	add(m("__eq__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if !args[0].Type().IsSubtype(counterType) {
			return rt.NotImplemented, nil
		}
		a, b := baseDict(self), baseDict(args[0])
		for _, pair := range [][2]*rt.Dict{{a, b}, {b, a}} {
			for _, kv := range pair[0].Items() {
				ov, ok, err := pair[1].Get(th, kv[0])
				if err != nil {
					return nil, err
				}
				if !ok {
					ov = rt.MakeInt(0)
				}
				eq, err := rt.Equal(th, kv[1], ov)
				if err != nil || !eq {
					return rt.False, err
				}
			}
		}
		return rt.True, nil
	}))
	binop := func(name string, combine func(th *rt.Thread, a, b rt.Value) (rt.Value, error)) {
		add(m(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if !args[0].Type().IsSubtype(counterType) {
				return rt.NotImplemented, nil
			}
			return counterCombine(th, baseDict(self), baseDict(args[0]), combine)
		}))
	}
	binop("__add__", func(th *rt.Thread, a, b rt.Value) (rt.Value, error) { return rt.BinaryOp(th, ast.Add, a, b) })
	binop("__sub__", func(th *rt.Thread, a, b rt.Value) (rt.Value, error) { return rt.BinaryOp(th, ast.Sub, a, b) })
	binop("__or__", func(th *rt.Thread, a, b rt.Value) (rt.Value, error) {
		lt, err := rt.Less(th, a, b)
		if err != nil || lt {
			return b, err
		}
		return a, nil
	})
	binop("__and__", func(th *rt.Thread, a, b rt.Value) (rt.Value, error) {
		lt, err := rt.Less(th, a, b)
		if err != nil || lt {
			return a, err
		}
		return b, nil
	})
	unop := func(name string, neg bool) {
		add(m(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			out := rt.NewDict()
			for _, kv := range baseDict(self).Items() {
				v := kv[1]
				if neg {
					var err error
					if v, err = rt.BinaryOp(th, ast.Sub, rt.MakeInt(0), v); err != nil {
						return nil, err
					}
				}
				pos, err := isPositive(th, v)
				if err != nil {
					return nil, err
				}
				if pos {
					if err := out.Set(th, kv[0], v); err != nil {
						return nil, err
					}
				}
			}
			return newLike(counterType, out), nil
		}))
	}
	unop("__pos__", false)
	unop("__neg__", true)
	return goClass("Counter", "collections", []*rt.Type{rt.DictType}, entries...)
}

func isPositive(th *rt.Thread, v rt.Value) (bool, error) {
	r, err := rt.Compare(th, ast.Gt, v, rt.MakeInt(0))
	if err != nil {
		return false, err
	}
	return rt.Truth(th, r)
}

// counterCombine applies combine to the counts of every element of a and
// b (missing counts are 0) and keeps the positive results, in CPython's
// order (a's elements, then b's new ones).
func counterCombine(th *rt.Thread, a, b *rt.Dict, combine func(th *rt.Thread, x, y rt.Value) (rt.Value, error)) (rt.Value, error) {
	out := rt.NewDict()
	zero := rt.MakeInt(0)
	put := func(k, x, y rt.Value) error {
		v, err := combine(th, x, y)
		if err != nil {
			return err
		}
		pos, err := isPositive(th, v)
		if err != nil || !pos {
			return err
		}
		return out.Set(th, k, v)
	}
	for _, kv := range a.Items() {
		y, ok, err := b.Get(th, kv[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			y = zero
		}
		if err := put(kv[0], kv[1], y); err != nil {
			return nil, err
		}
	}
	for _, kv := range b.Items() {
		_, ok, err := a.Get(th, kv[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			if err := put(kv[0], zero, kv[1]); err != nil {
				return nil, err
			}
		}
	}
	return newLike(counterType, out), nil
}

// counterUpdate adds (sign 1) or subtracts (sign -1) counts from an
// iterable of elements or a mapping of counts, and keyword counts.
func counterUpdate(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg, sign int) error {
	d := baseDict(self)
	addCount := func(k, n rt.Value) error {
		cur, ok, err := d.Get(th, k)
		if err != nil {
			return err
		}
		if !ok {
			cur = rt.MakeInt(0)
		}
		op := ast.Add
		if sign < 0 {
			op = ast.Sub
		}
		v, err := rt.BinaryOp(th, op, cur, n)
		if err != nil {
			return err
		}
		return d.Set(th, k, v)
	}
	if len(args) == 1 && args[0] != rt.None {
		src := args[0]
		if md, ok := instBase(src).(*rt.Dict); ok {
			for _, kv := range md.Items() {
				if err := addCount(kv[0], kv[1]); err != nil {
					return err
				}
			}
		} else if has, _ := rt.HasAttr(th, src, "keys"); has && sign > 0 {
			if err := d.Update(th, src); err != nil {
				return err
			}
		} else {
			it, err := rt.Iter(th, src)
			if err != nil {
				return err
			}
			one := rt.MakeInt(1)
			for {
				v, ok, err := it.Next(th)
				if err != nil {
					return err
				}
				if !ok {
					break
				}
				if err := addCount(v, one); err != nil {
					return err
				}
			}
		}
	}
	for _, kw := range kwargs {
		if err := addCount(rt.Str(kw.Name), kw.Value); err != nil {
			return err
		}
	}
	return nil
}

// counterMostCommon returns (elem, count) tuples sorted by count,
// descending, ties in insertion order.
func counterMostCommon(th *rt.Thread, self rt.Value) ([]rt.Value, error) {
	items := baseDict(self).Items()
	out := make([]rt.Value, len(items))
	for i, kv := range items {
		out[i] = rt.NewTuple([]rt.Value{kv[0], kv[1]})
	}
	key := rt.NewFunc("count", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return args[0].(*rt.Tuple).Items[1], nil
	})
	if err := rt.SortValues(th, out, key, true); err != nil {
		return nil, err
	}
	return out, nil
}
