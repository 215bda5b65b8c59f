package stdlib

import (
	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// The bisect module (CPython's algorithms, comparing with < only).

func newBisectModule() *rt.Module {
	m := rt.NewModule("bisect")
	left := rt.NewFunc("bisect_left", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return bisectCall(th, "bisect_left", args, kwargs, false, false)
	})
	right := rt.NewFunc("bisect_right", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return bisectCall(th, "bisect_right", args, kwargs, true, false)
	})
	ileft := rt.NewFunc("insort_left", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return bisectCall(th, "insort_left", args, kwargs, false, true)
	})
	iright := rt.NewFunc("insort_right", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return bisectCall(th, "insort_right", args, kwargs, true, true)
	})
	m.Dict.SetStr("bisect_left", left)
	m.Dict.SetStr("bisect_right", right)
	m.Dict.SetStr("bisect", right)
	m.Dict.SetStr("insort_left", ileft)
	m.Dict.SetStr("insort_right", iright)
	m.Dict.SetStr("insort", iright)
	return m
}

func bisectCall(th *rt.Thread, name string, args []rt.Value, kwargs []rt.KwArg, right, insert bool) (rt.Value, error) {
	var a, x, key rt.Value = nil, nil, rt.None
	lo := 0
	var hiV rt.Value = rt.None
	if err := rt.UnpackArgs(name, args, kwargs, "a", &a, "x", &x, "lo?", &lo, "hi?", &hiV, "*", "key?", &key); err != nil {
		return nil, err
	}
	if lo < 0 {
		return nil, rt.NewError(rt.ValueErrorType, "lo must be non-negative")
	}
	if l, ok := a.(*rt.List); ok && insert && key == rt.None && plainInsort(l, x, lo, hiV, right) {
		return rt.None, nil
	}
	var hi int
	if hiV == rt.None {
		n, err := rt.Len(th, a)
		if err != nil {
			return nil, err
		}
		hi = n
	} else {
		n, err := rt.IndexInt(hiV)
		if err != nil {
			return nil, err
		}
		hi = n
	}
	kx := x
	if key != rt.None && !insert {
		// bisect_*: x is already a key.
	} else if key != rt.None {
		var err error
		if kx, err = rt.Call(th, key, []rt.Value{x}, nil); err != nil {
			return nil, err
		}
	}
	less := func(p, q rt.Value) (bool, error) {
		r, err := rt.Compare(th, ast.Lt, p, q)
		if err != nil {
			return false, err
		}
		return rt.Truth(th, r)
	}
	for lo < hi {
		mid := (lo + hi) / 2
		v, err := rt.GetItem(th, a, rt.MakeInt(int64(mid)))
		if err != nil {
			return nil, err
		}
		if key != rt.None {
			if v, err = rt.Call(th, key, []rt.Value{v}, nil); err != nil {
				return nil, err
			}
		}
		var goLeft bool
		if right {
			goLeft, err = less(kx, v)
		} else {
			var lt bool
			lt, err = less(v, kx)
			goLeft = !lt
		}
		if err != nil {
			return nil, err
		}
		if goLeft {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	if insert {
		_, err := rt.CallMethod(th, a, "insert", []rt.Value{rt.MakeInt(int64(lo)), x}, nil)
		return rt.None, err
	}
	return rt.MakeInt(int64(lo)), nil
}

// plainInsort is insort on a list as one atomic step under its lock
// (List.Atomically), as CPython's C insort runs under the GIL, when every
// comparison is a runtime.PlainLess one. It reports false, with the list
// unchanged, when a comparison needs user code or hi is not a plain
// in-range int (bisectCall then does it step by step).
func plainInsort(l *rt.List, x rt.Value, lo int, hiV rt.Value, right bool) bool {
	done := false
	l.Atomically(func(items []rt.Value) []rt.Value {
		hi := len(items)
		if hiV != rt.None {
			h, ok := hiV.(rt.Int)
			if !ok || int(h) > len(items) || h < 0 {
				return items
			}
			hi = int(h)
		}
		i := lo
		for i < hi {
			mid := (i + hi) / 2
			var goLeft, ok bool
			if right {
				goLeft, ok = rt.PlainLess(x, items[mid])
			} else {
				var lt bool
				lt, ok = rt.PlainLess(items[mid], x)
				goLeft = !lt
			}
			if !ok {
				return items
			}
			if goLeft {
				hi = mid
			} else {
				i = mid + 1
			}
		}
		if i > len(items) {
			i = len(items)
		}
		done = true
		items = append(items, nil)
		copy(items[i+1:], items[i:])
		items[i] = x
		return items
	})
	return done
}
