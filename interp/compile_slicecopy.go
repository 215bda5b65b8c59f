package interp

import (
	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/runtime"
)

// sliceCopy compiles `a[i:j:k] = b[l:m:n]` (nil for any other
// assignment). When b is a list and its bounds are ints or None, the items
// are copied into a stack buffer rather than a new list; when a is a list
// too they go straight into it. Otherwise the list is made as usual.
// Evaluation order is Python's: b and its bounds, then a and its bounds.
func (c *compiler) sliceCopy(s *ast.Assign) stmtFn {
	if len(s.Targets) != 1 {
		return nil
	}
	dst, ok := s.Targets[0].(*ast.Subscript)
	if !ok {
		return nil
	}
	dsl, ok := dst.Index.(*ast.Slice)
	if !ok {
		return nil
	}
	src, ok := s.Value.(*ast.Subscript)
	if !ok {
		return nil
	}
	ssl, ok := src.Index.(*ast.Slice)
	if !ok {
		return nil
	}
	part := func(e ast.Expr) exprFn {
		if e == nil {
			return constExpr(runtime.None)
		}
		return c.expr(e)
	}
	srcObj := c.expr(src.Value)
	slo, shi, sst := part(ssl.Lower), part(ssl.Upper), part(ssl.Step)
	dstObj := c.expr(dst.Value)
	dlo, dhi, dst3 := part(dsl.Lower), part(dsl.Upper), part(dsl.Step)
	spos, dpos := spanOf(src), spanOf(dst)
	store := c.storeSlice(dstObj, dsl, dpos)
	return func(fr *Frame) (ctrl, error) {
		o, err := srcObj(fr)
		if err != nil {
			return 0, err
		}
		var bounds [3]runtime.Value
		for i, p := range [3]exprFn{slo, shi, sst} {
			if bounds[i], err = p(fr); err != nil {
				return 0, err
			}
		}
		l, isList := o.(*runtime.List)
		if !isList {
			slice := &runtime.Slice{Start: bounds[0], Stop: bounds[1], Step: bounds[2]}
			v, err := runtime.GetItem(fr.th, o, slice)
			if err != nil {
				return 0, fr.at(err, spos)
			}
			return 0, store(fr, v)
		}
		var buf [16]runtime.Value
		items, ok, err := l.GetSliceInto(fr.th, bounds[0], bounds[1], bounds[2], buf[:0])
		if err != nil {
			return 0, fr.at(err, spos)
		}
		var v runtime.Value
		if !ok {
			if v, err = l.GetSlice(fr.th, bounds[0], bounds[1], bounds[2]); err != nil {
				return 0, fr.at(err, spos)
			}
			return 0, store(fr, v)
		}
		t, err := dstObj(fr)
		if err != nil {
			return 0, err
		}
		for i, p := range [3]exprFn{dlo, dhi, dst3} {
			if bounds[i], err = p(fr); err != nil {
				return 0, err
			}
		}
		if tl, ok := t.(*runtime.List); ok {
			return 0, fr.at(tl.SetSliceItems(fr.th, bounds[0], bounds[1], bounds[2], items), dpos)
		}
		v = runtime.NewList(append([]runtime.Value(nil), items...))
		slice := &runtime.Slice{Start: bounds[0], Stop: bounds[1], Step: bounds[2]}
		return 0, fr.at(runtime.SetItem(fr.th, t, slice, v), dpos)
	}
}
