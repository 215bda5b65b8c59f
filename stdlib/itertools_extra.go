package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// itertools additions: batched (CPython 3.12), added to the module made
// by itertools.go.

type batchedIter struct {
	it rt.Iterator
	n  int
}

func (b *batchedIter) Next(th *rt.Thread) (rt.Value, bool, error) {
	var chunk []rt.Value
	for len(chunk) < b.n {
		v, ok, err := b.it.Next(th)
		if err != nil {
			return nil, false, err
		}
		if !ok {
			break
		}
		chunk = append(chunk, v)
	}
	if len(chunk) == 0 {
		return nil, false, nil
	}
	return rt.NewTuple(chunk), true, nil
}

// loadItertoolsExtras adds this file's names to the itertools module made by prev
// (registered in modules.go).
func loadItertoolsExtras(prev func() *rt.Module) *rt.Module {
	m := prev()
	if _, ok := m.Dict.GetStr("batched"); !ok {
		m.Dict.SetStr("batched", rt.NewFunc("batched", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var iterable rt.Value
			var n int
			if err := rt.UnpackArgs("batched", args, kwargs, "iterable", &iterable, "n", &n); err != nil {
				return nil, err
			}
			if n < 1 {
				return nil, rt.NewError(rt.ValueErrorType, "n must be at least one")
			}
			it, err := rt.Iter(th, iterable)
			if err != nil {
				return nil, err
			}
			return rt.NewIteratorValue("itertools.batched", &batchedIter{it: it, n: n}), nil
		}))
	}
	return m
}
