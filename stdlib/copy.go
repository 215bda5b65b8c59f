package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
	"sync"
)

// The copy module. Immutable values are returned as they are; built-in
// containers are copied directly; objects with __copy__/__deepcopy__ use
// them; other instances of user classes are copied as CPython's
// __reduce_ex__ path does (a new instance of the class, without running
// __init__, with a copy of the attribute dict and of the built-in value
// the instance carries). deepcopy keeps CPython's memo (a dict from id()
// to the copy), so shared and cyclic structures are copied once.

var copyErrorType *rt.Type

// loadCopyModule makes the copy module (registered in modules.go).
func loadCopyModule() *rt.Module {
	setupCopyTypes()
	m := rt.NewModule("copy")
	m.Dict.SetStr("Error", copyErrorType)
	m.Dict.SetStr("error", copyErrorType)
	m.Dict.SetStr("copy", rt.NewFunc("copy", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var x rt.Value
		if err := rt.UnpackArgs("copy", args, kwargs, "x", &x); err != nil {
			return nil, err
		}
		return shallowCopy(th, x)
	}))
	m.Dict.SetStr("deepcopy", rt.NewFunc("deepcopy", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var x, memo rt.Value = nil, rt.None
		if err := rt.UnpackArgs("deepcopy", args, kwargs, "x", &x, "memo?", &memo); err != nil {
			return nil, err
		}
		md, ok := memo.(*rt.Dict)
		if !ok {
			md = rt.NewDict()
		}
		return deepCopy(th, x, md)
	}))
	return m
}

// copySetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var copySetup sync.Once

func setupCopyTypes() { copySetup.Do(initCopyTypes) }

func initCopyTypes() {
	copyErrorType = goClass("Error", "copy", []*rt.Type{rt.ExceptionTypes()["Exception"]})
}

func isAtomic(v rt.Value) bool {
	switch v.(type) {
	case rt.Int, rt.Float, rt.Str, rt.Bool, *rt.Type, *rt.Builtin, *rt.Module:
		return true
	}
	if v == rt.None || v == rt.NotImplemented || v == rt.Ellipsis {
		return true
	}
	switch v.Type() {
	case rt.IntType, rt.FloatType, rt.StrType, rt.BytesType, rt.RangeType, rt.FunctionType,
		rt.BuiltinFunctionType, rt.PropertyType, rt.FrozenSetType, rt.SliceType:
		return true
	}
	return false
}

func shallowCopy(th *rt.Thread, x rt.Value) (rt.Value, error) {
	if isAtomic(x) {
		return x, nil
	}
	switch v := x.(type) {
	case *rt.Tuple:
		return v, nil
	case *rt.List:
		return rt.NewList(v.Snapshot()), nil
	case *rt.Dict:
		return v.Copy(), nil
	case *rt.Set:
		return rt.CallMethod(th, v, "copy", nil, nil)
	}
	if x.Type() == rt.ByteArrayType {
		return rt.CallMethod(th, x, "copy", nil, nil)
	}
	if f := x.Type().Lookup("__copy__"); f != nil {
		return rt.CallMethod(th, x, "__copy__", nil, nil)
	}
	if e, ok := x.(*rt.Exception); ok {
		return copyException(th, e, nil)
	}
	inst, ok := x.(*rt.Instance)
	if !ok {
		return x, nil
	}
	n := rt.NewInstance(inst.Class())
	if done, err := copyState(th, inst, n, nil); done || err != nil {
		return n, err
	}
	if inst.BaseValue() != nil {
		if _, isTuple := inst.BaseValue().(*rt.Tuple); isTuple {
			n.SetBase(inst.BaseValue())
		} else {
			b, err := shallowCopy(th, inst.BaseValue())
			if err != nil {
				return nil, err
			}
			n.SetBase(b)
		}
	}
	nd := n.Dict()
	for _, kv := range inst.Dict().Items() {
		if err := nd.Set(th, kv[0], kv[1]); err != nil {
			return nil, err
		}
	}
	return n, nil
}

func memoKey(x rt.Value) rt.Value { return rt.MakeInt(int64(rt.Id(x))) }

func deepCopy(th *rt.Thread, x rt.Value, memo *rt.Dict) (rt.Value, error) {
	if isAtomic(x) && x.Type() != rt.FrozenSetType {
		return x, nil
	}
	th, err := rt.EnterNative(th, " while calling a Python object")
	if err != nil {
		return nil, err
	}
	defer rt.LeaveNative(th)
	key := memoKey(x)
	if y, ok, err := memo.Get(th, key); err != nil || ok {
		return y, err
	}
	keepAlive := func() {
		// CPython keeps the originals alive in memo[id(memo)] so ids are
		// not reused while copying.
		mk := memoKey(memo)
		l, ok, _ := memo.Get(th, mk)
		if !ok {
			l = rt.NewList(nil)
			memo.Set(th, mk, l)
		}
		if ll, ok := l.(*rt.List); ok {
			ll.Append(x)
		}
	}
	switch v := x.(type) {
	case *rt.Tuple:
		items := make([]rt.Value, len(v.Items))
		same := true
		for i, it := range v.Items {
			c, err := deepCopy(th, it, memo)
			if err != nil {
				return nil, err
			}
			items[i] = c
			if c != it {
				same = false
			}
		}
		if same {
			return v, nil
		}
		// A cycle through the tuple may have copied it already.
		if y, ok, _ := memo.Get(th, key); ok {
			return y, nil
		}
		t := rt.NewTuple(items)
		memo.Set(th, key, t)
		keepAlive()
		return t, nil
	case *rt.List:
		out := rt.NewList(nil)
		memo.Set(th, key, out)
		keepAlive()
		for _, it := range v.Snapshot() {
			c, err := deepCopy(th, it, memo)
			if err != nil {
				return nil, err
			}
			out.Append(c)
		}
		return out, nil
	case *rt.Dict:
		out := rt.NewDict()
		memo.Set(th, key, out)
		keepAlive()
		if err := deepCopyDictInto(th, v, out, memo); err != nil {
			return nil, err
		}
		return out, nil
	case *rt.Set:
		items := v.Elems()
		vals := make([]rt.Value, len(items))
		for i, it := range items {
			c, err := deepCopy(th, it, memo)
			if err != nil {
				return nil, err
			}
			vals[i] = c
		}
		out, err := rt.Call(th, v.Type(), []rt.Value{rt.NewList(vals)}, nil)
		if err != nil {
			return nil, err
		}
		memo.Set(th, key, out)
		return out, nil
	case *deque:
		out := newDeque(nil, v.maxlen)
		memo.Set(th, key, out)
		keepAlive()
		items := v.snapshot()
		for i, it := range items {
			c, err := deepCopy(th, it, memo)
			if err != nil {
				return nil, err
			}
			items[i] = c
		}
		out.mu.Lock()
		out.setItemsLocked(items)
		out.mu.Unlock()
		return out, nil
	}
	if x.Type().Lookup("__deepcopy__") != nil {
		y, err := rt.CallMethod(th, x, "__deepcopy__", []rt.Value{memo}, nil)
		if err != nil {
			return nil, err
		}
		memo.Set(th, key, y)
		keepAlive()
		return y, nil
	}
	if e, ok := x.(*rt.Exception); ok {
		y, err := copyException(th, e, memo)
		if err == nil {
			keepAlive()
		}
		return y, err
	}
	inst, ok := x.(*rt.Instance)
	if !ok {
		if x.Type() == rt.ByteArrayType {
			return rt.CallMethod(th, x, "copy", nil, nil)
		}
		return x, nil
	}
	n := rt.NewInstance(inst.Class())
	memo.Set(th, key, n)
	keepAlive()
	if done, err := copyState(th, inst, n, memo); done || err != nil {
		return n, err
	}
	if inst.BaseValue() != nil {
		b, err := deepCopy(th, inst.BaseValue(), memo)
		if err != nil {
			return nil, err
		}
		n.SetBase(b)
	}
	if err := deepCopyDictInto(th, inst.Dict(), n.Dict(), memo); err != nil {
		return nil, err
	}
	return n, nil
}

func deepCopyDictInto(th *rt.Thread, src, dst *rt.Dict, memo *rt.Dict) error {
	for _, kv := range src.Items() {
		k, err := deepCopy(th, kv[0], memo)
		if err != nil {
			return err
		}
		val, err := deepCopy(th, kv[1], memo)
		if err != nil {
			return err
		}
		if err := dst.Set(th, k, val); err != nil {
			return err
		}
	}
	return nil
}

// copyState copies through a user-defined __getstate__/__setstate__ pair
// (either may be missing: the state is then the attribute dict, and it
// is applied by updating the new object's dict). done is false when the
// class defines neither, so the caller copies the dict itself.
func copyState(th *rt.Thread, src, dst *rt.Instance, memo *rt.Dict) (bool, error) {
	cls := src.Class()
	getS, setS := cls.Lookup("__getstate__"), cls.Lookup("__setstate__")
	userGet := getS != nil && getS.Type() == rt.FunctionType
	userSet := setS != nil && setS.Type() == rt.FunctionType
	if !userGet && !userSet {
		return false, nil
	}
	if src.BaseValue() != nil {
		dst.SetBase(src.BaseValue())
		if memo != nil {
			b, err := deepCopy(th, src.BaseValue(), memo)
			if err != nil {
				return true, err
			}
			dst.SetBase(b)
		}
	}
	var state rt.Value = src.Dict()
	if userGet {
		var err error
		if state, err = rt.CallMethod(th, src, "__getstate__", nil, nil); err != nil {
			return true, err
		}
	}
	if memo != nil {
		var err error
		if state, err = deepCopy(th, state, memo); err != nil {
			return true, err
		}
	} else if d, ok := state.(*rt.Dict); ok && !userGet {
		state = d.Copy()
	}
	if userSet {
		_, err := rt.CallMethod(th, dst, "__setstate__", []rt.Value{state}, nil)
		return true, err
	}
	if d, ok := state.(*rt.Dict); ok {
		nd := dst.Dict()
		for _, kv := range d.Items() {
			if err := nd.Set(th, kv[0], kv[1]); err != nil {
				return true, err
			}
		}
	}
	return true, nil
}
