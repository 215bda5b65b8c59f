package stdlib

import (
	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// operator additions: call, countOf, indexOf, length_hint, imatmul,
// added to the module made by operator.go.

// loadOperatorExtras adds this file's names to the operator module made by prev
// (registered in modules.go).
func loadOperatorExtras(prev func() *rt.Module) *rt.Module {
	m := prev()
	for _, f := range []*rt.Builtin{
		rt.NewFunc("call", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) == 0 {
				return nil, rt.NewError(rt.TypeErrorType, "call() missing 1 required positional argument: 'obj'")
			}
			return rt.Call(th, args[0], args[1:], kwargs)
		}),
		rt.NewFunc("countOf", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := checkArgCount("countOf", args, kwargs, 2, 2); err != nil {
				return nil, err
			}
			items, err := rt.IterateAll(th, args[0])
			if err != nil {
				return nil, err
			}
			n := int64(0)
			for _, it := range items {
				if it == args[1] {
					n++
					continue
				}
				eq, err := rt.Equal(th, it, args[1])
				if err != nil {
					return nil, err
				}
				if eq {
					n++
				}
			}
			return rt.MakeInt(n), nil
		}),
		rt.NewFunc("indexOf", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := checkArgCount("indexOf", args, kwargs, 2, 2); err != nil {
				return nil, err
			}
			items, err := rt.IterateAll(th, args[0])
			if err != nil {
				return nil, err
			}
			for i, it := range items {
				eq, err := rt.Equal(th, it, args[1])
				if err != nil {
					return nil, err
				}
				if it == args[1] || eq {
					return rt.MakeInt(int64(i)), nil
				}
			}
			return nil, rt.NewError(rt.ValueErrorType, "sequence.index(x): x not in sequence")
		}),
		rt.NewFunc("length_hint", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := checkArgCount("length_hint", args, kwargs, 1, 2); err != nil {
				return nil, err
			}
			if n, err := rt.Len(th, args[0]); err == nil {
				return rt.MakeInt(int64(n)), nil
			}
			if args[0].Type().Lookup("__length_hint__") != nil {
				return rt.CallMethod(th, args[0], "__length_hint__", nil, nil)
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return rt.MakeInt(0), nil
		}),
		rt.NewFunc("imatmul", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := checkArgCount("imatmul", args, kwargs, 2, 2); err != nil {
				return nil, err
			}
			return rt.InplaceOp(th, ast.MatMult, args[0], args[1])
		}),
	} {
		if _, ok := m.Dict.GetStr(f.Name); !ok {
			m.Dict.SetStr(f.Name, f)
		}
	}
	return m
}
