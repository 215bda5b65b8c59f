package stdlib

import (
	"math"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// The iteration builtins. enumerate, zip, map, filter and reversed are
// classes, as in CPython; their instances are iterObjects.

var (
	enumerateType        = newIterType("enumerate", "builtins")
	zipType              = newIterType("zip", "builtins")
	mapType              = newIterType("map", "builtins")
	filterType           = newIterType("filter", "builtins")
	reversedType         = newIterType("reversed", "builtins")
	callableIteratorType = newIterType("callable_iterator", "builtins")
)

func init() {
	enumerateType.New = newEnumerate
	zipType.New = newZip
	mapType.New = newMap
	filterType.New = newFilter
	reversedType.New = newReversed
	for _, t := range []*rt.Type{enumerateType, zipType, mapType, filterType, reversedType} {
		rt.Builtins.SetStr(t.Name(), t)
	}
	register(
		rt.NewFunc("iter", builtinIter),
		rt.NewFunc("next", builtinNext),
		rt.NewFunc("sorted", builtinSorted),
		rt.Func2(rt.NewFunc("min", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return minMax(th, "min", ast.Lt, args, kwargs)
		}), func(th *rt.Thread, a, b rt.Value) (rt.Value, error) {
			args := [2]rt.Value{a, b}
			return minMax(th, "min", ast.Lt, args[:], nil)
		}),
		rt.Func2(rt.NewFunc("max", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return minMax(th, "max", ast.Gt, args, kwargs)
		}), func(th *rt.Thread, a, b rt.Value) (rt.Value, error) {
			args := [2]rt.Value{a, b}
			return minMax(th, "max", ast.Gt, args[:], nil)
		}),
		rt.NewFunc("sum", builtinSum),
		rt.NewFunc("any", builtinAny),
		rt.NewFunc("all", builtinAll),
	)
}

func newEnumerate(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var iterable rt.Value
	var start rt.Value = rt.MakeInt(0)
	if len(args) == 0 && (len(kwargs) == 0 || kwargs[0].Name != "iterable") {
		return nil, rt.NewError(rt.TypeErrorType, "enumerate() missing required argument 'iterable'")
	}
	if err := rt.UnpackArgs("enumerate", args, kwargs, "iterable", &iterable, "start?", &start); err != nil {
		return nil, err
	}
	if !rt.IsIntValue(start) {
		if _, err := rt.IndexInt(start); err != nil {
			return nil, rt.NewError(rt.TypeErrorType, "'%s' object cannot be interpreted as an integer", rt.TypeName(start))
		}
	}
	it, err := rt.Iter(th, iterable)
	if err != nil {
		return nil, err
	}
	n, small := start.(rt.Int)
	count := start
	return pairIterObject(cls, func(th *rt.Thread) (rt.Value, rt.Value, bool, error) {
		v, ok, err := it.Next(th)
		if !ok || err != nil {
			return nil, nil, false, err
		}
		var idx rt.Value
		if small && n < math.MaxInt64 {
			idx = rt.MakeInt(int64(n))
			n++
		} else {
			if small {
				count, small = rt.MakeInt(int64(n)), false
			}
			idx = count
			if count, err = rt.BinaryOp(th, ast.Add, count, rt.MakeInt(1)); err != nil {
				return nil, nil, false, err
			}
		}
		return idx, v, true, nil
	}), nil
}

func newZip(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	strict := false
	for _, kw := range kwargs {
		if kw.Name != "strict" {
			return nil, rt.NewError(rt.TypeErrorType, "zip() got an unexpected keyword argument '%s'", kw.Name)
		}
		t, err := rt.Truth(th, kw.Value)
		if err != nil {
			return nil, err
		}
		strict = t
	}
	its := make([]rt.Iterator, len(args))
	for i, a := range args {
		it, err := rt.Iter(th, a)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	if len(its) == 0 {
		return &iterObject{typ: cls}, nil
	}
	if len(its) == 2 {
		a, b := its[0], its[1]
		return pairIterObject(cls, func(th *rt.Thread) (rt.Value, rt.Value, bool, error) {
			x, ok, err := a.Next(th)
			if err != nil {
				return nil, nil, false, err
			}
			if !ok {
				if strict {
					return nil, nil, false, zipStrictError(th, its, 0)
				}
				return nil, nil, false, nil
			}
			y, ok, err := b.Next(th)
			if err != nil {
				return nil, nil, false, err
			}
			if !ok {
				if strict {
					return nil, nil, false, zipStrictError(th, its, 1)
				}
				return nil, nil, false, nil
			}
			return x, y, true, nil
		}), nil
	}
	return &iterObject{typ: cls, next: func(th *rt.Thread) (rt.Value, bool, error) {
		items := make([]rt.Value, len(its))
		for i, it := range its {
			v, ok, err := it.Next(th)
			if err != nil {
				return nil, false, err
			}
			if !ok {
				if strict {
					return nil, false, zipStrictError(th, its, i)
				}
				return nil, false, nil
			}
			items[i] = v
		}
		if len(items) == 2 {
			return tuple2(items[0], items[1]), true, nil
		}
		return rt.NewTuple(items), true, nil
	}}, nil
}

// zipStrictError reports unequal lengths under zip(strict=True): iterator
// i ran out first.
func zipStrictError(th *rt.Thread, its []rt.Iterator, i int) error {
	which := func(n int) string {
		if n == 1 {
			return " 1"
		}
		return "s 1-" + itoa(n)
	}
	if i > 0 {
		return rt.NewError(rt.ValueErrorType, "zip() argument %d is shorter than argument%s", i+1, which(i))
	}
	for j := 1; j < len(its); j++ {
		_, ok, err := its[j].Next(th)
		if err != nil {
			return err
		}
		if ok {
			return rt.NewError(rt.ValueErrorType, "zip() argument %d is longer than argument%s", j+1, which(j))
		}
	}
	return nil
}

func newMap(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(kwargs) > 0 {
		return nil, rt.NewError(rt.TypeErrorType, "map() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, rt.NewError(rt.TypeErrorType, "map() must have at least two arguments.")
	}
	fn := args[0]
	its := make([]rt.Iterator, len(args)-1)
	for i, a := range args[1:] {
		it, err := rt.Iter(th, a)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	if len(its) == 1 {
		it := its[0]
		return &iterObject{typ: cls, next: func(th *rt.Thread) (rt.Value, bool, error) {
			v, ok, err := it.Next(th)
			if !ok || err != nil {
				return nil, false, err
			}
			r, err := rt.Call(th, fn, []rt.Value{v}, nil)
			return r, err == nil, err
		}}, nil
	}
	return &iterObject{typ: cls, next: func(th *rt.Thread) (rt.Value, bool, error) {
		items := make([]rt.Value, len(its))
		for i, it := range its {
			v, ok, err := it.Next(th)
			if !ok || err != nil {
				return nil, false, err
			}
			items[i] = v
		}
		r, err := rt.Call(th, fn, items, nil)
		return r, err == nil, err
	}}, nil
}

func newFilter(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(kwargs) > 0 {
		return nil, rt.NewError(rt.TypeErrorType, "filter() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, rt.NewError(rt.TypeErrorType, "filter expected 2 arguments, got %d", len(args))
	}
	fn := args[0]
	it, err := rt.Iter(th, args[1])
	if err != nil {
		return nil, err
	}
	return &iterObject{typ: cls, next: func(th *rt.Thread) (rt.Value, bool, error) {
		for {
			v, ok, err := it.Next(th)
			if !ok || err != nil {
				return nil, false, err
			}
			test := v
			if fn != rt.None {
				if test, err = rt.Call(th, fn, []rt.Value{v}, nil); err != nil {
					return nil, false, err
				}
			}
			keep, err := rt.Truth(th, test)
			if err != nil {
				return nil, false, err
			}
			if keep {
				return v, true, nil
			}
		}
	}}, nil
}

func newReversed(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(kwargs) > 0 {
		return nil, rt.NewError(rt.TypeErrorType, "reversed() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, rt.NewError(rt.TypeErrorType, "reversed expected 1 argument, got %d", len(args))
	}
	return reversedOf(th, cls, args[0])
}

// reversedOf is reversed(seq): built-in sequences directly, then
// __reversed__, then the sequence protocol (__len__ and __getitem__).
func reversedOf(th *rt.Thread, cls *rt.Type, seq rt.Value) (rt.Value, error) {
	// Built-in sequences (list, range, dict and its views) provide
	// their own reverse iterators.
	if r, ok := seq.(interface{ Reversed() rt.Value }); ok {
		return r.Reversed(), nil
	}
	if t, ok := seq.(*rt.Tuple); ok {
		return rt.NewTupleReverseIterator(cls, t), nil
	}
	if m := seq.Type().Lookup("__reversed__"); m != nil {
		r, err := rt.CallMethod(th, seq, "__reversed__", nil, nil)
		return r, err
	}
	if _, isSet := seq.(*rt.Set); isSet {
		return nil, rt.NewError(rt.TypeErrorType, "'%s' object is not reversible", rt.TypeName(seq))
	}
	if _, isIdx := seq.(rt.Indexable); !isIdx {
		switch seq.(type) {
		case *rt.List, *rt.Tuple, rt.Str, rt.Bytes:
		default:
			return nil, rt.NewError(rt.TypeErrorType, "'%s' object is not reversible", rt.TypeName(seq))
		}
	}
	n, err := rt.Len(th, seq)
	if err != nil {
		if rt.IsExc(err, rt.TypeErrorType) {
			return nil, rt.NewError(rt.TypeErrorType, "'%s' object is not reversible", rt.TypeName(seq))
		}
		return nil, err
	}
	i := n
	return &iterObject{typ: cls, next: func(th *rt.Thread) (rt.Value, bool, error) {
		if i <= 0 {
			return nil, false, nil
		}
		i--
		if l, ok := seq.(*rt.List); ok && i >= l.Len() {
			// The list shrank: CPython's reverse iterator stops.
			return nil, false, nil
		}
		v, err := rt.GetItem(th, seq, rt.MakeInt(int64(i)))
		if err != nil {
			if rt.IsExc(err, rt.IndexErrorType) || rt.IsExc(err, rt.StopIterationType) {
				return nil, false, nil
			}
			return nil, false, err
		}
		return v, true, nil
	}}, nil
}

// builtinIter is iter(obj) and iter(callable, sentinel).
func builtinIter(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := checkArgCount("iter", args, kwargs, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 2 {
		fn, sentinel := args[0], args[1]
		if !isCallable(fn) {
			return nil, rt.NewError(rt.TypeErrorType, "iter(v, w): v must be callable")
		}
		var made uint64 // items made, for IterCheckpoint
		return &iterObject{typ: callableIteratorType, next: func(th *rt.Thread) (rt.Value, bool, error) {
			// fn may be a builtin (iter(int, 1)), whose call is no checkpoint
			made++
			if err := rt.IterCheckpoint(th, made); err != nil {
				return nil, false, err
			}
			v, err := rt.Call(th, fn, nil, nil)
			if err != nil {
				if rt.IsExc(err, rt.StopIterationType) {
					return nil, false, nil
				}
				return nil, false, err
			}
			eq, err := rt.Equal(th, v, sentinel)
			if err != nil || eq {
				return nil, false, err
			}
			return v, true, nil
		}}, nil
	}
	it, err := rt.Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	return rt.IteratorValue(it), nil
}

// builtinNext is next(iterator[, default]).
func builtinNext(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := checkArgCount("next", args, kwargs, 1, 2); err != nil {
		return nil, err
	}
	it := args[0]
	if it.Type().Lookup("__next__") != nil {
		// Call __next__ so that the StopIteration it raises (and its
		// value: a generator's return value) propagates unchanged.
		v, err := rt.CallMethod(th, it, "__next__", nil, nil)
		if err != nil && len(args) == 2 && rt.IsExc(err, rt.StopIterationType) {
			return args[1], nil
		}
		return v, err
	}
	if _, ok := it.(rt.Iterator); !ok {
		return nil, rt.NewError(rt.TypeErrorType, "'%s' object is not an iterator", rt.TypeName(it))
	}
	v, ok, err := nextItem(th, it)
	if err != nil {
		return nil, err
	}
	if !ok {
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, rt.NewException(rt.StopIterationType)
	}
	return v, nil
}

func builtinSorted(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var iterable rt.Value
	var key rt.Value = rt.None
	reverse := false
	if len(args) != 1 {
		if len(args) == 0 {
			return nil, rt.NewError(rt.TypeErrorType, "sorted expected 1 argument, got 0")
		}
		return nil, rt.NewError(rt.TypeErrorType, "sorted expected 1 argument, got %d", len(args))
	}
	if err := rt.UnpackArgs("sort", args, kwargs, "iterable", &iterable, "/", "*", "key?", &key, "reverse?", &reverse); err != nil {
		return nil, err
	}
	items, err := rt.IterateAll(th, iterable)
	if err != nil {
		return nil, err
	}
	if err := rt.SortValues(th, items, key, reverse); err != nil {
		return nil, err
	}
	return rt.NewList(items), nil
}

// minMax is min() and max(): op is ast.Lt for min, ast.Gt for max (an
// item replaces the best one only when strictly better, so the first of
// equal items wins, as in CPython).
func minMax(th *rt.Thread, name string, op ast.Op, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var key, dflt rt.Value = rt.None, nil
	for _, kw := range kwargs {
		switch kw.Name {
		case "key":
			key = kw.Value
		case "default":
			dflt = kw.Value
		default:
			return nil, rt.NewError(rt.TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, kw.Name)
		}
	}
	if len(args) == 0 {
		return nil, rt.NewError(rt.TypeErrorType, "%s expected at least 1 argument, got 0", name)
	}
	if len(args) > 1 && dflt != nil {
		return nil, rt.NewError(rt.TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
	}
	if s, ok := args[0].(*rt.Set); ok && len(args) == 1 && key == rt.None {
		if v, ok := s.IntExtreme(op == ast.Gt); ok {
			return v, nil
		}
	}
	var best, bestKey rt.Value
	visit := func(v rt.Value) (bool, error) {
		k := v
		if key != rt.None {
			var err error
			if k, err = rt.Call(th, key, []rt.Value{v}, nil); err != nil {
				return true, err
			}
		}
		if best == nil {
			best, bestKey = v, k
			return false, nil
		}
		r, err := rt.Compare(th, op, k, bestKey)
		if err != nil {
			return true, err
		}
		better, err := rt.Truth(th, r)
		if err != nil {
			return true, err
		}
		if better {
			best, bestKey = v, k
		}
		return false, nil
	}
	var err error
	if len(args) == 1 {
		err = forEach(th, args[0], visit)
	} else {
		for _, a := range args {
			if _, err = visit(a); err != nil {
				break
			}
		}
	}
	if err != nil {
		return nil, err
	}
	if best == nil {
		if dflt != nil {
			return dflt, nil
		}
		return nil, rt.NewError(rt.ValueErrorType, "%s() arg is an empty sequence", name)
	}
	return best, nil
}

// builtinSum is sum(iterable, /, start=0), with fast paths for ints (until
// they overflow int64) and floats, like CPython.
func builtinSum(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(args) == 0 {
		return nil, rt.NewError(rt.TypeErrorType, "sum() takes at least 1 positional argument (0 given)")
	}
	var iterable rt.Value
	var start rt.Value = rt.MakeInt(0)
	if err := rt.UnpackArgs("sum", args, kwargs, "iterable", &iterable, "/", "start?", &start); err != nil {
		return nil, err
	}
	switch start.Type() {
	case rt.StrType:
		return nil, rt.NewError(rt.TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
	case rt.BytesType:
		return nil, rt.NewError(rt.TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]")
	}
	if start.Type().Name() == "bytearray" && start.Type().Module() == "builtins" {
		return nil, rt.NewError(rt.TypeErrorType, "sum() can't sum bytearray [use b''.join(seq) instead]")
	}
	acc := start
	// Fast paths: while acc is an Int and items are Ints, add in int64;
	// while acc is a Float and items are Floats or Ints, add in float64.
	iacc, isInt := acc.(rt.Int)
	facc, isFloat := acc.(rt.Float)
	err := forEach(th, iterable, func(v rt.Value) (bool, error) {
		if isInt {
			if y, ok := v.(rt.Int); ok {
				if s := iacc + y; (s > iacc) == (y > 0) || y == 0 {
					iacc = s
					return false, nil
				}
			}
			if y, ok := v.(rt.Float); ok {
				isInt, isFloat, facc = false, true, rt.Float(float64(iacc))+y
				return false, nil
			}
			isInt, acc = false, rt.MakeInt(int64(iacc))
		} else if isFloat {
			switch y := v.(type) {
			case rt.Float:
				facc += y
				return false, nil
			case rt.Int:
				facc += rt.Float(float64(y))
				return false, nil
			}
			isFloat, acc = false, facc
		}
		var err error
		acc, err = rt.BinaryOp(th, ast.Add, acc, v)
		return err != nil, err
	})
	if err != nil {
		return nil, err
	}
	switch {
	case isInt:
		return rt.MakeInt(int64(iacc)), nil
	case isFloat:
		return facc, nil
	}
	return acc, nil
}

func builtinAny(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	v, err := oneArg("any", args, kwargs)
	if err != nil {
		return nil, err
	}
	found := false
	err = forEach(th, v, func(item rt.Value) (bool, error) {
		t, err := rt.Truth(th, item)
		found = t
		return t, err
	})
	return rt.Bool(found), err
}

func builtinAll(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	v, err := oneArg("all", args, kwargs)
	if err != nil {
		return nil, err
	}
	all := true
	err = forEach(th, v, func(item rt.Value) (bool, error) {
		t, err := rt.Truth(th, item)
		all = t
		return !t, err
	})
	return rt.Bool(all), err
}
