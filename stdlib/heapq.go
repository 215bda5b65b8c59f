package stdlib

import (
	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// The heapq module: CPython's sift algorithms verbatim (so a heap holds
// its items in exactly CPython's order), comparing with < only.
//
// Each operation first runs on the list's items under its lock
// (List.Atomically, heapq_plain.go) while the items compare without user
// code (runtime.PlainLess: ints, floats, strs, tuples of them), so a heap
// shared between threads keeps its invariant as under CPython's GIL. At
// the first comparison that needs user code it stops at a point where
// CPython's algorithm can go on, and the rest runs here on the list's item
// operations (each atomic), calling __lt__ unlocked.

func newHeapqModule() *rt.Module {
	m := rt.NewModule("heapq")
	for _, f := range []*rt.Builtin{
		rt.Func2(rt.NewFunc("heappush", heapqPush), func(th *rt.Thread, a, b rt.Value) (rt.Value, error) {
			args := [2]rt.Value{a, b}
			return heapqPush(th, args[:], nil)
		}),
		rt.NewFunc("heappop", heapqPop),
		rt.NewFunc("heapify", heapqHeapify),
		rt.NewFunc("heapreplace", heapqReplace),
		rt.NewFunc("heappushpop", heapqPushPop),
		rt.NewFunc("nlargest", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return heapqN(th, "nlargest", args, kwargs, true)
		}),
		rt.NewFunc("nsmallest", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return heapqN(th, "nsmallest", args, kwargs, false)
		}),
		rt.NewFunc("merge", heapqMerge),
	} {
		m.Dict.SetStr(f.Name, f)
	}
	return m
}

type heapList struct {
	th *rt.Thread
	l  *rt.List
}

func (h heapList) get(i int) (rt.Value, error) { return rt.GetItem(h.th, h.l, rt.MakeInt(int64(i))) }
func (h heapList) set(i int, v rt.Value) error {
	return rt.SetItem(h.th, h.l, rt.MakeInt(int64(i)), v)
}
func (h heapList) less(a, b rt.Value) (bool, error) {
	r, err := rt.Compare(h.th, ast.Lt, a, b)
	if err != nil {
		return false, err
	}
	return rt.Truth(h.th, r)
}

// siftdown is CPython's _siftdown(heap, startpos, pos).
func (h heapList) siftdown(start, pos int) error {
	newitem, err := h.get(pos)
	if err != nil {
		return err
	}
	for pos > start {
		parentpos := (pos - 1) >> 1
		parent, err := h.get(parentpos)
		if err != nil {
			return err
		}
		lt, err := h.less(newitem, parent)
		if err != nil {
			return err
		}
		if !lt {
			break
		}
		if err := h.set(pos, parent); err != nil {
			return err
		}
		pos = parentpos
	}
	return h.set(pos, newitem)
}

// siftup is CPython's _siftup(heap, pos).
func (h heapList) siftup(pos int) error { return h.siftupFrom(pos, pos) }

// siftupFrom is _siftup(heap, start) resumed with its loop at pos (the
// item being moved stored at pos).
func (h heapList) siftupFrom(start, pos int) error {
	endpos := h.l.Len()
	newitem, err := h.get(pos)
	if err != nil {
		return err
	}
	child := 2*pos + 1
	for child < endpos {
		right := child + 1
		if right < endpos {
			cv, err := h.get(child)
			if err != nil {
				return err
			}
			rv, err := h.get(right)
			if err != nil {
				return err
			}
			lt, err := h.less(cv, rv)
			if err != nil {
				return err
			}
			if !lt {
				child = right
			}
		}
		cv, err := h.get(child)
		if err != nil {
			return err
		}
		if err := h.set(pos, cv); err != nil {
			return err
		}
		pos = child
		child = 2*pos + 1
	}
	if err := h.set(pos, newitem); err != nil {
		return err
	}
	return h.siftdown(start, pos)
}

func heapArg(name string, args []rt.Value, kwargs []rt.KwArg, n int) (*rt.List, []rt.Value, error) {
	if len(kwargs) > 0 {
		return nil, nil, rt.NewError(rt.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		if n == 1 {
			return nil, nil, rt.NewError(rt.TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		return nil, nil, rt.NewError(rt.TypeErrorType, "%s expected %d arguments, got %d", name, n, len(args))
	}
	l, ok := instBase(args[0]).(*rt.List)
	if !ok {
		return nil, nil, rt.NewError(rt.TypeErrorType, "%s() argument 1 must be list, not %s", name, rt.TypeName(args[0]))
	}
	return l, args[1:], nil
}

func heapqPush(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	l, rest, err := heapArg("heappush", args, kwargs, 2)
	if err != nil {
		return nil, err
	}
	var r heapResume
	l.Atomically(func(items []rt.Value) []rt.Value {
		items = append(items, rest[0])
		r = plainSiftdown(items, 0, len(items)-1)
		return items
	})
	return rt.None, r.finish(heapList{th, l})
}

func heapqPop(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	l, _, err := heapArg("heappop", args, kwargs, 1)
	if err != nil {
		return nil, err
	}
	var top rt.Value
	var r heapResume
	var empty bool
	l.Atomically(func(items []rt.Value) []rt.Value {
		items, top, r, empty = heapPopTop(items)
		return items
	})
	if empty {
		return nil, rt.NewError(rt.IndexErrorType, "index out of range")
	}
	return top, r.finish(heapList{th, l})
}

func heapqHeapify(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	l, _, err := heapArg("heapify", args, kwargs, 1)
	if err != nil {
		return nil, err
	}
	var r heapResume
	stopped := -1
	l.Atomically(func(items []rt.Value) []rt.Value {
		r, stopped = plainHeapify(items)
		return items
	})
	h := heapList{th, l}
	if err := r.finish(h); err != nil {
		return nil, err
	}
	for i := stopped - 1; i >= 0; i-- {
		if err := h.siftup(i); err != nil {
			return nil, err
		}
	}
	return rt.None, nil
}

func heapqReplace(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	l, rest, err := heapArg("heapreplace", args, kwargs, 2)
	if err != nil {
		return nil, err
	}
	var top rt.Value
	var r heapResume
	l.Atomically(func(items []rt.Value) []rt.Value {
		if len(items) > 0 {
			top, items[0] = items[0], rest[0]
			r = plainSiftup(items, 0)
		}
		return items
	})
	if top == nil {
		return nil, rt.NewError(rt.IndexErrorType, "index out of range")
	}
	return top, r.finish(heapList{th, l})
}

func heapqPushPop(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	l, rest, err := heapArg("heappushpop", args, kwargs, 2)
	if err != nil {
		return nil, err
	}
	item := rest[0]
	var top rt.Value
	var r heapResume
	plain := true
	l.Atomically(func(items []rt.Value) []rt.Value {
		if len(items) == 0 {
			return items
		}
		lt, ok := rt.PlainLess(items[0], item)
		if !ok {
			plain = false
		} else if lt {
			top, items[0] = items[0], item
			r = plainSiftup(items, 0)
		}
		return items
	})
	if plain {
		if top == nil {
			return item, nil
		}
		return top, r.finish(heapList{th, l})
	}
	h := heapList{th, l}
	if l.Len() == 0 {
		return item, nil
	}
	top, err = h.get(0)
	if err != nil {
		return nil, err
	}
	lt, err := h.less(top, item)
	if err != nil || !lt {
		return item, err
	}
	if err := h.set(0, item); err != nil {
		return nil, err
	}
	return top, h.siftup(0)
}

// heapqN is nlargest/nsmallest: CPython documents them as equivalent to
// sorted(iterable, key=key, reverse=...)[:n], which is what this does.
func heapqN(th *rt.Thread, name string, args []rt.Value, kwargs []rt.KwArg, largest bool) (rt.Value, error) {
	var n int
	var iterable, key rt.Value = nil, rt.None
	if err := rt.UnpackArgs(name, args, kwargs, "n", &n, "iterable", &iterable, "key?", &key); err != nil {
		return nil, err
	}
	items, err := rt.IterateAll(th, iterable)
	if err != nil {
		return nil, err
	}
	if key == rt.None {
		key = nil
	}
	if err := rt.SortValues(th, items, key, largest); err != nil {
		return nil, err
	}
	if n < 0 {
		n = 0
	}
	if n < len(items) {
		items = items[:n]
	}
	return rt.NewList(items), nil
}
