package stdlib

import (
	"unicode/utf8"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// Numeric builtins: abs, round, divmod, pow, chr, ord, hex, oct, bin.
// The arithmetic itself lives in runtime (DivMod, Pow, RoundValue); these
// add the argument handling and the dunder fallbacks of user types.

func init() {
	register(
		rt.NewFunc1("abs", builtinAbs),
		rt.NewFunc("round", builtinRound),
		rt.Func2(rt.NewFunc("divmod", builtinDivmod), func(th *rt.Thread, a, b rt.Value) (rt.Value, error) {
			args := [2]rt.Value{a, b}
			return builtinDivmod(th, args[:], nil)
		}),
		rt.NewFunc("pow", builtinPow),
		rt.NewFunc1("chr", builtinChr),
		rt.NewFunc1("ord", builtinOrd),
		rt.NewFunc("hex", intFormatter("hex", 16)),
		rt.NewFunc("oct", intFormatter("oct", 8)),
		rt.NewFunc("bin", intFormatter("bin", 2)),
	)
}

func isNumber(v rt.Value) bool {
	switch v.(type) {
	case rt.Int, *rt.BigInt, rt.Bool, rt.Float:
		return true
	}
	return false
}

func builtinAbs(th *rt.Thread, v rt.Value) (rt.Value, error) {
	return rt.Abs(th, v)
}

func builtinRound(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var number rt.Value
	var ndigits rt.Value = rt.None
	if err := rt.UnpackArgs("round", args, kwargs, "number", &number, "ndigits?", &ndigits); err != nil {
		return nil, err
	}
	if isNumber(number) {
		if ndigits != rt.None && !rt.IsIntValue(ndigits) {
			if _, err := rt.IndexInt(ndigits); err != nil {
				return nil, err
			}
		}
		return rt.RoundValue(th, number, ndigits)
	}
	if number.Type().Lookup("__round__") != nil {
		var rargs []rt.Value
		if ndigits != rt.None {
			rargs = []rt.Value{ndigits}
		}
		return rt.CallMethod(th, number, "__round__", rargs, nil)
	}
	return nil, rt.NewError(rt.TypeErrorType, "type %s doesn't define __round__ method", rt.TypeName(number))
}

// reflectedCall tries a's dunder, then b's reflected dunder, returning nil
// when neither exists or both return NotImplemented.
func reflectedCall(th *rt.Thread, a, b rt.Value, name, rname string) (rt.Value, error) {
	if a.Type().Lookup(name) != nil {
		r, err := rt.CallMethod(th, a, name, []rt.Value{b}, nil)
		if err != nil || r != rt.NotImplemented {
			return r, err
		}
	}
	if b.Type().Lookup(rname) != nil {
		r, err := rt.CallMethod(th, b, rname, []rt.Value{a}, nil)
		if err != nil || r != rt.NotImplemented {
			return r, err
		}
	}
	return nil, nil
}

func builtinDivmod(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := checkArgCount("divmod", args, kwargs, 2, 2); err != nil {
		return nil, err
	}
	a, b := args[0], args[1]
	if isNumber(a) && isNumber(b) {
		return rt.DivMod(th, a, b)
	}
	r, err := reflectedCall(th, a, b, "__divmod__", "__rdivmod__")
	if err != nil || r != nil {
		return r, err
	}
	return nil, rt.NewError(rt.TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", rt.TypeName(a), rt.TypeName(b))
}

func builtinPow(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var base, exp rt.Value
	var mod rt.Value = rt.None
	if err := rt.UnpackArgs("pow", args, kwargs, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
		return nil, err
	}
	if mod == rt.None {
		return rt.BinaryOp(th, ast.Pow, base, exp)
	}
	if !isNumber(base) && base.Type().Lookup("__pow__") != nil {
		r, err := rt.CallMethod(th, base, "__pow__", []rt.Value{exp, mod}, nil)
		if err != nil || r != rt.NotImplemented {
			return r, err
		}
	}
	return rt.Pow(th, base, exp, mod)
}

func builtinChr(th *rt.Thread, v rt.Value) (rt.Value, error) {
	if _, ok := v.(*rt.BigInt); ok {
		return nil, rt.NewError(rt.OverflowErrorType, "Python int too large to convert to C int")
	}
	n, err := rt.IndexInt(v)
	if err != nil {
		return nil, err
	}
	if n < 0 || n > 0x10ffff {
		return nil, rt.NewError(rt.ValueErrorType, "chr() arg not in range(0x110000)")
	}
	return rt.Str(string(rune(n))), nil
}

func builtinOrd(th *rt.Thread, v rt.Value) (rt.Value, error) {
	switch x := v.(type) {
	case rt.Str:
		r, size := utf8.DecodeRuneInString(string(x))
		if size > 0 && size == len(x) {
			return rt.MakeInt(int64(r)), nil
		}
		return nil, rt.NewError(rt.TypeErrorType, "ord() expected a character, but string of length %d found", utf8.RuneCountInString(string(x)))
	case rt.Bytes:
		if len(x) == 1 {
			return rt.MakeInt(int64(x[0])), nil
		}
		return nil, rt.NewError(rt.TypeErrorType, "ord() expected a character, but string of length %d found", len(x))
	}
	if b, ok := v.(interface{ BytesData() []byte }); ok {
		data := b.BytesData()
		if len(data) == 1 {
			return rt.MakeInt(int64(data[0])), nil
		}
		return nil, rt.NewError(rt.TypeErrorType, "ord() expected a character, but string of length %d found", len(data))
	}
	return nil, rt.NewError(rt.TypeErrorType, "ord() expected string of length 1, but %s found", rt.TypeName(v))
}

// indexValue converts v to an int value: ints as they are, others through
// __index__.
func indexValue(th *rt.Thread, v rt.Value) (rt.Value, error) {
	if i, ok := intValue(v); ok {
		return i, nil
	}
	if v.Type().Lookup("__index__") != nil {
		r, err := rt.CallMethod(th, v, "__index__", nil, nil)
		if err != nil {
			return nil, err
		}
		if i, ok := intValue(r); ok {
			return i, nil
		}
		return nil, rt.NewError(rt.TypeErrorType, "__index__ returned non-int (type %s)", rt.TypeName(r))
	}
	if x, ok := v.(rt.HasIndex); ok {
		r, err := x.Index()
		if err != nil {
			return nil, err
		}
		if i, ok := intValue(r); ok {
			return i, nil
		}
	}
	return nil, rt.NewError(rt.TypeErrorType, "'%s' object cannot be interpreted as an integer", rt.TypeName(v))
}

func intFormatter(name string, base int) func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	return func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		v, err := oneArg(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		i, err := indexValue(th, v)
		if err != nil {
			return nil, err
		}
		return rt.Str(rt.IntToString(i, base)), nil
	}
}
