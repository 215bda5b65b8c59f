package stdlib

import (
	"strings"
	"sync"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// The operator module: the operators as functions, and itemgetter,
// attrgetter and methodcaller.

var (
	itemgetterType   = newModuleType("itemgetter", "operator")
	attrgetterType   = newModuleType("attrgetter", "operator")
	methodcallerType = newModuleType("methodcaller", "operator")
)

// loadOperatorModule makes the operator module (registered in modules.go).
func loadOperatorModule() *rt.Module {
	setupOperatorTypes()
	return newOperatorModule()
}

// operatorSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var operatorSetup sync.Once

func setupOperatorTypes() { operatorSetup.Do(initOperatorTypes) }

func initOperatorTypes() {
	itemgetterType.New = newItemgetter
	attrgetterType.New = newAttrgetter
	methodcallerType.New = newMethodcaller
}

func binaryFunc(name string, op ast.Op) *rt.Builtin {
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := checkArgCount(name, args, kwargs, 2, 2); err != nil {
			return nil, err
		}
		return rt.BinaryOp(th, op, args[0], args[1])
	})
}

func compareFunc(name string, op ast.Op) *rt.Builtin {
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := checkArgCount(name, args, kwargs, 2, 2); err != nil {
			return nil, err
		}
		return rt.Compare(th, op, args[0], args[1])
	})
}

func unaryFunc(name string, op ast.Op) *rt.Builtin {
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		v, err := oneArg(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		return rt.UnaryOp(th, op, v)
	})
}

func newOperatorModule() *rt.Module {
	m := rt.NewModule("operator")
	fns := []*rt.Builtin{
		binaryFunc("add", ast.Add), binaryFunc("sub", ast.Sub), binaryFunc("mul", ast.Mult),
		binaryFunc("truediv", ast.Div), binaryFunc("floordiv", ast.FloorDiv), binaryFunc("mod", ast.Mod),
		binaryFunc("pow", ast.Pow), binaryFunc("matmul", ast.MatMult), binaryFunc("lshift", ast.LShift),
		binaryFunc("rshift", ast.RShift), binaryFunc("and_", ast.BitAnd), binaryFunc("or_", ast.BitOr),
		binaryFunc("xor", ast.BitXor), binaryFunc("concat", ast.Add),
		compareFunc("eq", ast.Eq), compareFunc("ne", ast.NotEq), compareFunc("lt", ast.Lt),
		compareFunc("le", ast.LtE), compareFunc("gt", ast.Gt), compareFunc("ge", ast.GtE),
		unaryFunc("neg", ast.USub), unaryFunc("pos", ast.UAdd), unaryFunc("invert", ast.Invert),
		unaryFunc("inv", ast.Invert),
		rt.NewFunc("not_", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := oneArg("not_", args, kwargs)
			if err != nil {
				return nil, err
			}
			t, err := rt.Truth(th, v)
			return rt.Bool(!t), err
		}),
		rt.NewFunc("truth", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := oneArg("truth", args, kwargs)
			if err != nil {
				return nil, err
			}
			t, err := rt.Truth(th, v)
			return rt.Bool(t), err
		}),
		rt.NewFunc("is_", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := checkArgCount("is_", args, kwargs, 2, 2); err != nil {
				return nil, err
			}
			return rt.Bool(args[0] == args[1]), nil
		}),
		rt.NewFunc("is_not", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := checkArgCount("is_not", args, kwargs, 2, 2); err != nil {
				return nil, err
			}
			return rt.Bool(args[0] != args[1]), nil
		}),
		rt.NewFunc("contains", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := checkArgCount("contains", args, kwargs, 2, 2); err != nil {
				return nil, err
			}
			ok, err := rt.Contains(th, args[0], args[1])
			return rt.Bool(ok), err
		}),
		rt.NewFunc("getitem", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := checkArgCount("getitem", args, kwargs, 2, 2); err != nil {
				return nil, err
			}
			return rt.GetItem(th, args[0], args[1])
		}),
		rt.NewFunc("setitem", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := checkArgCount("setitem", args, kwargs, 3, 3); err != nil {
				return nil, err
			}
			return rt.None, rt.SetItem(th, args[0], args[1], args[2])
		}),
		rt.NewFunc("delitem", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := checkArgCount("delitem", args, kwargs, 2, 2); err != nil {
				return nil, err
			}
			return rt.None, rt.DelItem(th, args[0], args[1])
		}),
		rt.NewFunc("index", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := oneArg("index", args, kwargs)
			if err != nil {
				return nil, err
			}
			return indexValue(th, v)
		}),
		rt.NewFunc1("abs", builtinAbs),
	}
	for _, f := range fns {
		m.Dict.SetStr(f.Name, f)
	}
	for _, name := range []string{"add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "concat"} {
		var op ast.Op
		switch name {
		case "add", "concat":
			op = ast.Add
		case "sub":
			op = ast.Sub
		case "mul":
			op = ast.Mult
		case "truediv":
			op = ast.Div
		case "floordiv":
			op = ast.FloorDiv
		case "mod":
			op = ast.Mod
		case "pow":
			op = ast.Pow
		case "lshift":
			op = ast.LShift
		case "rshift":
			op = ast.RShift
		case "and":
			op = ast.BitAnd
		case "or":
			op = ast.BitOr
		case "xor":
			op = ast.BitXor
		}
		iname := "i" + name
		m.Dict.SetStr(iname, rt.NewFunc(iname, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := checkArgCount(iname, args, kwargs, 2, 2); err != nil {
				return nil, err
			}
			return rt.InplaceOp(th, op, args[0], args[1])
		}))
	}
	m.Dict.SetStr("itemgetter", itemgetterType)
	m.Dict.SetStr("attrgetter", attrgetterType)
	m.Dict.SetStr("methodcaller", methodcallerType)
	return m
}

// getter is an itemgetter or attrgetter: it fetches one or several
// items/attributes (a tuple when several).
type getter struct {
	typ   *rt.Type
	keys  []rt.Value
	fetch func(th *rt.Thread, obj, key rt.Value) (rt.Value, error)
}

func (g *getter) Type() *rt.Type { return g.typ }

func (g *getter) Call(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	obj, err := oneArg(g.typ.Name(), args, kwargs)
	if err != nil {
		return nil, err
	}
	if len(g.keys) == 1 {
		return g.fetch(th, obj, g.keys[0])
	}
	out := make([]rt.Value, len(g.keys))
	for i, k := range g.keys {
		if out[i], err = g.fetch(th, obj, k); err != nil {
			return nil, err
		}
	}
	return rt.NewTuple(out), nil
}

func (g *getter) Repr(th *rt.Thread) (string, error) {
	parts := make([]string, len(g.keys))
	for i, k := range g.keys {
		s, err := rt.Repr(th, k)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	return "operator." + g.typ.Name() + "(" + strings.Join(parts, ", ") + ")", nil
}

func newItemgetter(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := noKwargs("itemgetter", kwargs); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, rt.NewError(rt.TypeErrorType, "itemgetter expected 1 argument, got 0")
	}
	return &getter{typ: cls, keys: append([]rt.Value(nil), args...), fetch: rt.GetItem}, nil
}

func newAttrgetter(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := noKwargs("attrgetter", kwargs); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, rt.NewError(rt.TypeErrorType, "attrgetter expected 1 argument, got 0")
	}
	for _, a := range args {
		if _, ok := a.(rt.Str); !ok {
			return nil, rt.NewError(rt.TypeErrorType, "attribute name must be a string")
		}
	}
	return &getter{typ: cls, keys: append([]rt.Value(nil), args...), fetch: func(th *rt.Thread, obj, key rt.Value) (rt.Value, error) {
		v := obj
		for _, part := range strings.Split(string(key.(rt.Str)), ".") {
			var err error
			if v, err = rt.GetAttr(th, v, part); err != nil {
				return nil, err
			}
		}
		return v, nil
	}}, nil
}

// methodcaller is operator.methodcaller(name, *args, **kwargs).
type methodcaller struct {
	name   string
	args   []rt.Value
	kwargs []rt.KwArg
}

func (*methodcaller) Type() *rt.Type { return methodcallerType }

func (m *methodcaller) Call(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	obj, err := oneArg("methodcaller", args, kwargs)
	if err != nil {
		return nil, err
	}
	return rt.CallMethod(th, obj, m.name, m.args, m.kwargs)
}

func (m *methodcaller) Repr(th *rt.Thread) (string, error) {
	parts := []string{"'" + m.name + "'"}
	for _, a := range m.args {
		s, err := rt.Repr(th, a)
		if err != nil {
			return "", err
		}
		parts = append(parts, s)
	}
	for _, kw := range m.kwargs {
		s, err := rt.Repr(th, kw.Value)
		if err != nil {
			return "", err
		}
		parts = append(parts, kw.Name+"="+s)
	}
	return "operator.methodcaller(" + strings.Join(parts, ", ") + ")", nil
}

func newMethodcaller(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(args) == 0 {
		return nil, rt.NewError(rt.TypeErrorType, "methodcaller needs at least one argument, the method name")
	}
	name, ok := args[0].(rt.Str)
	if !ok {
		return nil, rt.NewError(rt.TypeErrorType, "method name must be a string")
	}
	return &methodcaller{name: string(name), args: append([]rt.Value(nil), args[1:]...), kwargs: append([]rt.KwArg(nil), kwargs...)}, nil
}
