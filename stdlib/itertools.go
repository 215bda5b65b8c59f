package stdlib

import (
	"math"
	"sync"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// The itertools module. Every function is a class whose instances are
// lazy iterObjects; product, permutations and combinations follow
// CPython's index algorithms (the pools are materialised first, as in
// CPython).

type iterCtor func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)

var itertoolsCtors = []struct {
	name string
	ctor iterCtor
}{
	{"count", newCount},
	{"cycle", newCycle},
	{"repeat", newRepeat},
	{"chain", newChain},
	{"islice", newIslice},
	{"accumulate", newAccumulate},
	{"product", newProduct},
	{"permutations", newPermutations},
	{"combinations", func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return newCombinations(th, cls, "combinations", false, args, kwargs)
	}},
	{"combinations_with_replacement", func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return newCombinations(th, cls, "combinations_with_replacement", true, args, kwargs)
	}},
	{"zip_longest", newZipLongest},
	{"groupby", newGroupby},
	{"takewhile", func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return newWhile(th, cls, "takewhile", true, args, kwargs)
	}},
	{"dropwhile", func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return newWhile(th, cls, "dropwhile", false, args, kwargs)
	}},
	{"filterfalse", newFilterfalse},
	{"starmap", newStarmap},
	{"compress", newCompress},
	{"pairwise", newPairwise},
}

var (
	itertoolsTypes = map[string]*rt.Type{}
	grouperType    = newIterType("_grouper", "itertools")
	teeType        = newIterType("_tee", "itertools")
)

// loadItertoolsModule makes the itertools module (registered in modules.go).
func loadItertoolsModule() *rt.Module {
	setupItertoolsTypes()
	m := rt.NewModule("itertools")
	for name, t := range itertoolsTypes {
		m.Dict.SetStr(name, t)
	}
	m.Dict.SetStr("tee", rt.NewFunc("tee", itertoolsTee))
	return m
}

// itertoolsSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var itertoolsSetup sync.Once

func setupItertoolsTypes() { itertoolsSetup.Do(initItertoolsTypes) }

func initItertoolsTypes() {
	for _, c := range itertoolsCtors {
		t := newIterType(c.name, "itertools")
		t.New = c.ctor
		itertoolsTypes[c.name] = t
	}
	itertoolsTypes["chain"].Dict.SetStr("from_iterable", rt.NewFunc("from_iterable", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		v, err := oneArg("from_iterable", args, kwargs)
		if err != nil {
			return nil, err
		}
		outer, err := rt.Iter(th, v)
		if err != nil {
			return nil, err
		}
		return chainIter(itertoolsTypes["chain"], outer), nil
	}))
}

func noKwargs(name string, kwargs []rt.KwArg) error {
	if len(kwargs) > 0 {
		return rt.NewError(rt.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	return nil
}

func newCount(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var start, step rt.Value = rt.MakeInt(0), rt.MakeInt(1)
	if err := rt.UnpackArgs("count", args, kwargs, "start?", &start, "step?", &step); err != nil {
		return nil, err
	}
	for _, v := range []rt.Value{start, step} {
		if !isNumber(v) && v.Type().Lookup("__add__") == nil {
			return nil, rt.NewError(rt.TypeErrorType, "a number is required")
		}
	}
	cur := start
	var made uint64 // items made, for IterCheckpoint
	it := &iterObject{typ: cls, next: func(th *rt.Thread) (rt.Value, bool, error) {
		made++
		if err := rt.IterCheckpoint(th, made); err != nil {
			return nil, false, err
		}
		v := cur
		if a, ok := cur.(rt.Int); ok {
			if s, ok := step.(rt.Int); ok && ((s > 0 && a <= math.MaxInt64-s) || (s <= 0 && a >= math.MinInt64-s)) {
				cur = rt.MakeInt(int64(a + s))
				return v, true, nil
			}
		}
		next, err := rt.BinaryOp(th, ast.Add, cur, step)
		if err != nil {
			return nil, false, err
		}
		cur = next
		return v, true, nil
	}}
	return &reprIter{iterObject: it, repr: func(th *rt.Thread) (string, error) {
		if s, ok := step.(rt.Int); ok && s == 1 {
			return reprCall(th, "count", cur)
		}
		return reprCall(th, "count", cur, step)
	}}, nil
}

func newCycle(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := noKwargs("cycle", kwargs); err != nil {
		return nil, err
	}
	if err := checkArgCount("cycle", args, nil, 1, 1); err != nil {
		return nil, err
	}
	it, err := rt.Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	var saved []rt.Value
	i := -1         // -1 while the first pass is still reading it
	var made uint64 // items made, for IterCheckpoint
	return &iterObject{typ: cls, next: func(th *rt.Thread) (rt.Value, bool, error) {
		made++
		if err := rt.IterCheckpoint(th, made); err != nil {
			return nil, false, err
		}
		if i < 0 {
			v, ok, err := it.Next(th)
			if err != nil {
				return nil, false, err
			}
			if ok {
				saved = append(saved, v)
				return v, true, nil
			}
			i = 0
		}
		if len(saved) == 0 {
			return nil, false, nil
		}
		v := saved[i]
		i = (i + 1) % len(saved)
		return v, true, nil
	}}, nil
}

func newRepeat(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var obj rt.Value
	times := -1
	var timesV rt.Value = rt.None
	if err := rt.UnpackArgs("repeat", args, kwargs, "object", &obj, "times?", &timesV); err != nil {
		return nil, err
	}
	if timesV != rt.None {
		n, err := rt.IndexInt(timesV)
		if err != nil {
			return nil, err
		}
		times = max(n, 0)
	}
	var made uint64 // items made, for IterCheckpoint
	it := &iterObject{typ: cls, next: func(th *rt.Thread) (rt.Value, bool, error) {
		made++
		if err := rt.IterCheckpoint(th, made); err != nil {
			return nil, false, err
		}
		if times == 0 {
			return nil, false, nil
		}
		if times > 0 {
			times--
		}
		return obj, true, nil
	}}
	return &reprIter{iterObject: it, repr: func(th *rt.Thread) (string, error) {
		if times < 0 {
			return reprCall(th, "repeat", obj)
		}
		return reprCall(th, "repeat", obj, rt.MakeInt(int64(times)))
	}}, nil
}

func newChain(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := noKwargs("chain", kwargs); err != nil {
		return nil, err
	}
	outer, err := rt.Iter(th, rt.NewTuple(append([]rt.Value(nil), args...)))
	if err != nil {
		return nil, err
	}
	return chainIter(cls, outer), nil
}

// chainIter yields the items of each iterable produced by outer in turn.
func chainIter(cls *rt.Type, outer rt.Iterator) *iterObject {
	var cur rt.Iterator
	return &iterObject{typ: cls, next: func(th *rt.Thread) (rt.Value, bool, error) {
		for {
			if cur == nil {
				src, ok, err := outer.Next(th)
				if !ok || err != nil {
					return nil, false, err
				}
				if cur, err = rt.Iter(th, src); err != nil {
					return nil, false, err
				}
			}
			v, ok, err := cur.Next(th)
			if err != nil {
				return nil, false, err
			}
			if ok {
				return v, true, nil
			}
			cur = nil
		}
	}}
}

// isliceArg converts an islice bound: None or 0 <= n <= maxsize.
func isliceArg(v rt.Value, msg string) (int, bool, error) {
	if v == rt.None {
		return 0, false, nil
	}
	n, err := rt.IndexInt(v)
	if err != nil || n < 0 {
		return 0, false, rt.NewError(rt.ValueErrorType, "%s", msg)
	}
	return n, true, nil
}

func newIslice(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := noKwargs("islice", kwargs); err != nil {
		return nil, err
	}
	if err := checkArgCount("islice", args, nil, 2, 4); err != nil {
		return nil, err
	}
	start, stop, step := 0, 0, 1
	hasStop := false
	var err error
	if len(args) == 2 {
		if stop, hasStop, err = isliceArg(args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."); err != nil {
			return nil, err
		}
	} else {
		const msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
		if start, _, err = isliceArg(args[1], msg); err != nil {
			return nil, err
		}
		if stop, hasStop, err = isliceArg(args[2], msg); err != nil {
			return nil, err
		}
		if len(args) == 4 && args[3] != rt.None {
			if step, err = rt.IndexInt(args[3]); err != nil || step < 1 {
				return nil, rt.NewError(rt.ValueErrorType, "Step for islice() must be a positive integer or None.")
			}
		}
	}
	it, err := rt.Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	pos, nextWanted := 0, start
	return &iterObject{typ: cls, failStops: true, next: func(th *rt.Thread) (rt.Value, bool, error) {
		if hasStop && nextWanted >= stop {
			// Consume up to stop, as CPython does, then end.
			for hasStop && pos < stop {
				if _, ok, err := it.Next(th); !ok || err != nil {
					return nil, false, err
				}
				pos++
			}
			return nil, false, nil
		}
		for pos < nextWanted {
			if _, ok, err := it.Next(th); !ok || err != nil {
				return nil, false, err
			}
			pos++
		}
		v, ok, err := it.Next(th)
		if !ok || err != nil {
			return nil, false, err
		}
		pos++
		nextWanted += step
		return v, true, nil
	}}, nil
}

func newAccumulate(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var iterable rt.Value
	var fn, initial rt.Value = rt.None, rt.None
	if err := rt.UnpackArgs("accumulate", args, kwargs, "iterable", &iterable, "func?", &fn, "*", "initial?", &initial); err != nil {
		return nil, err
	}
	it, err := rt.Iter(th, iterable)
	if err != nil {
		return nil, err
	}
	var total rt.Value
	pendingInitial := initial != rt.None
	return &iterObject{typ: cls, next: func(th *rt.Thread) (rt.Value, bool, error) {
		if pendingInitial {
			pendingInitial = false
			total = initial
			return total, true, nil
		}
		v, ok, err := it.Next(th)
		if !ok || err != nil {
			return nil, false, err
		}
		if total == nil {
			total = v
		} else if fn == rt.None {
			if total, err = rt.BinaryOp(th, ast.Add, total, v); err != nil {
				return nil, false, err
			}
		} else if total, err = rt.Call(th, fn, []rt.Value{total, v}, nil); err != nil {
			return nil, false, err
		}
		return total, true, nil
	}}, nil
}

func newProduct(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	repeat := 1
	for _, kw := range kwargs {
		if kw.Name != "repeat" {
			return nil, rt.NewError(rt.TypeErrorType, "product() got an unexpected keyword argument '%s'", kw.Name)
		}
		n, err := rt.IndexInt(kw.Value)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, rt.NewError(rt.ValueErrorType, "repeat argument cannot be negative")
		}
		repeat = n
	}
	var pools [][]rt.Value
	for _, a := range args {
		items, err := rt.IterateAll(th, a)
		if err != nil {
			return nil, err
		}
		pools = append(pools, items)
	}
	var all [][]rt.Value
	for r := 0; r < repeat; r++ {
		all = append(all, pools...)
	}
	indices := make([]int, len(all))
	first, done := true, false
	for _, p := range all {
		if len(p) == 0 {
			done = true
		}
	}
	return &iterObject{typ: cls, next: func(th *rt.Thread) (rt.Value, bool, error) {
		if done {
			return nil, false, nil
		}
		if first {
			first = false
		} else {
			i := len(all) - 1
			for ; i >= 0; i-- {
				indices[i]++
				if indices[i] < len(all[i]) {
					break
				}
				indices[i] = 0
			}
			if i < 0 {
				done = true
				return nil, false, nil
			}
		}
		out := make([]rt.Value, len(all))
		for i, p := range all {
			out[i] = p[indices[i]]
		}
		return rt.NewTuple(out), true, nil
	}}, nil
}

func newPermutations(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var iterable rt.Value
	var rV rt.Value = rt.None
	if err := rt.UnpackArgs("permutations", args, kwargs, "iterable", &iterable, "r?", &rV); err != nil {
		return nil, err
	}
	pool, err := rt.IterateAll(th, iterable)
	if err != nil {
		return nil, err
	}
	n := len(pool)
	r := n
	if rV != rt.None {
		if r, err = rt.IndexInt(rV); err != nil {
			return nil, err
		}
		if r < 0 {
			return nil, rt.NewError(rt.ValueErrorType, "r must be non-negative")
		}
	}
	indices := make([]int, n)
	for i := range indices {
		indices[i] = i
	}
	cycles := make([]int, r)
	for i := range cycles {
		cycles[i] = n - i
	}
	first, done := true, r > n
	emit := func() rt.Value {
		out := make([]rt.Value, r)
		for i := 0; i < r; i++ {
			out[i] = pool[indices[i]]
		}
		return rt.NewTuple(out)
	}
	return &iterObject{typ: cls, next: func(th *rt.Thread) (rt.Value, bool, error) {
		if done {
			return nil, false, nil
		}
		if first {
			first = false
			return emit(), true, nil
		}
		for i := r - 1; i >= 0; i-- {
			cycles[i]--
			if cycles[i] == 0 {
				// Rotate indices[i:] left by one.
				moved := indices[i]
				copy(indices[i:], indices[i+1:])
				indices[n-1] = moved
				cycles[i] = n - i
				continue
			}
			j := cycles[i]
			indices[i], indices[n-j] = indices[n-j], indices[i]
			return emit(), true, nil
		}
		done = true
		return nil, false, nil
	}}, nil
}

func newCombinations(th *rt.Thread, cls *rt.Type, name string, replace bool, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var iterable rt.Value
	var r int
	if err := rt.UnpackArgs(name, args, kwargs, "iterable", &iterable, "r", &r); err != nil {
		return nil, err
	}
	if r < 0 {
		return nil, rt.NewError(rt.ValueErrorType, "r must be non-negative")
	}
	pool, err := rt.IterateAll(th, iterable)
	if err != nil {
		return nil, err
	}
	n := len(pool)
	indices := make([]int, r)
	if !replace {
		for i := range indices {
			indices[i] = i
		}
	}
	first := true
	done := (!replace && r > n) || (replace && n == 0 && r > 0)
	emit := func() rt.Value {
		out := make([]rt.Value, r)
		for i, x := range indices {
			out[i] = pool[x]
		}
		return rt.NewTuple(out)
	}
	return &iterObject{typ: cls, next: func(th *rt.Thread) (rt.Value, bool, error) {
		if done {
			return nil, false, nil
		}
		if first {
			first = false
			return emit(), true, nil
		}
		i := r - 1
		if replace {
			for ; i >= 0 && indices[i] == n-1; i-- {
			}
		} else {
			for ; i >= 0 && indices[i] == i+n-r; i-- {
			}
		}
		if i < 0 {
			done = true
			return nil, false, nil
		}
		if replace {
			v := indices[i] + 1
			for j := i; j < r; j++ {
				indices[j] = v
			}
		} else {
			indices[i]++
			for j := i + 1; j < r; j++ {
				indices[j] = indices[j-1] + 1
			}
		}
		return emit(), true, nil
	}}, nil
}

func newZipLongest(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var fill rt.Value = rt.None
	for _, kw := range kwargs {
		if kw.Name != "fillvalue" {
			return nil, rt.NewError(rt.TypeErrorType, "zip_longest() got an unexpected keyword argument '%s'", kw.Name)
		}
		fill = kw.Value
	}
	its := make([]rt.Iterator, len(args))
	for i, a := range args {
		it, err := rt.Iter(th, a)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	active := len(its)
	return &iterObject{typ: cls, failStops: true, next: func(th *rt.Thread) (rt.Value, bool, error) {
		if active == 0 {
			return nil, false, nil
		}
		out := make([]rt.Value, len(its))
		for i, it := range its {
			if it == nil {
				out[i] = fill
				continue
			}
			v, ok, err := it.Next(th)
			if err != nil {
				return nil, false, err
			}
			if !ok {
				its[i] = nil
				active--
				if active == 0 {
					return nil, false, nil
				}
				v = fill
			}
			out[i] = v
		}
		return rt.NewTuple(out), true, nil
	}}, nil
}

// groupby state shared by the groupby object and its groups: the current
// item, its key, and the key of the group being produced.
type groupbyState struct {
	it               rt.Iterator
	keyfn            rt.Value
	currKey, currVal rt.Value // nil before the first item / at the end
	tgtKey           rt.Value
	exhausted        bool
	generation       int // bumps when the groupby moves to a new group
}

func (g *groupbyState) step(th *rt.Thread) (bool, error) {
	v, ok, err := g.it.Next(th)
	if err != nil || !ok {
		g.exhausted = true
		g.currKey, g.currVal = nil, nil
		return false, err
	}
	k := v
	if g.keyfn != rt.None {
		if k, err = rt.Call(th, g.keyfn, []rt.Value{v}, nil); err != nil {
			return false, err
		}
	}
	g.currKey, g.currVal = k, v
	return true, nil
}

func newGroupby(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var iterable rt.Value
	var keyfn rt.Value = rt.None
	if err := rt.UnpackArgs("groupby", args, kwargs, "iterable", &iterable, "key?", &keyfn); err != nil {
		return nil, err
	}
	it, err := rt.Iter(th, iterable)
	if err != nil {
		return nil, err
	}
	g := &groupbyState{it: it, keyfn: keyfn}
	return &iterObject{typ: cls, next: func(th *rt.Thread) (rt.Value, bool, error) {
		// Skip the rest of the current group.
		for {
			if g.currKey == nil {
				if g.exhausted {
					return nil, false, nil
				}
				if ok, err := g.step(th); !ok || err != nil {
					return nil, false, err
				}
			}
			if g.tgtKey == nil {
				break
			}
			eq, err := rt.Equal(th, g.tgtKey, g.currKey)
			if err != nil {
				return nil, false, err
			}
			if !eq {
				break
			}
			if ok, err := g.step(th); !ok || err != nil {
				return nil, false, err
			}
		}
		g.tgtKey = g.currKey
		g.generation++
		gen := g.generation
		grouper := &iterObject{typ: grouperType, next: func(th *rt.Thread) (rt.Value, bool, error) {
			if gen != g.generation {
				return nil, false, nil
			}
			if g.currVal == nil {
				if g.exhausted {
					return nil, false, nil
				}
				if ok, err := g.step(th); !ok || err != nil {
					return nil, false, err
				}
			}
			eq, err := rt.Equal(th, g.tgtKey, g.currKey)
			if err != nil || !eq {
				return nil, false, err
			}
			v := g.currVal
			g.currKey, g.currVal = nil, nil
			return v, true, nil
		}}
		return tuple2(g.tgtKey, grouper), true, nil
	}}, nil
}

func newWhile(th *rt.Thread, cls *rt.Type, name string, take bool, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := noKwargs(name, kwargs); err != nil {
		return nil, err
	}
	if err := checkArgCount(name, args, nil, 2, 2); err != nil {
		return nil, err
	}
	pred := args[0]
	it, err := rt.Iter(th, args[1])
	if err != nil {
		return nil, err
	}
	switched := false // takewhile: predicate failed; dropwhile: stopped dropping
	return &iterObject{typ: cls, next: func(th *rt.Thread) (rt.Value, bool, error) {
		for {
			if take && switched {
				return nil, false, nil
			}
			v, ok, err := it.Next(th)
			if !ok || err != nil {
				return nil, false, err
			}
			if !take && switched {
				return v, true, nil
			}
			r, err := rt.Call(th, pred, []rt.Value{v}, nil)
			if err != nil {
				return nil, false, err
			}
			t, err := rt.Truth(th, r)
			if err != nil {
				return nil, false, err
			}
			if take {
				if t {
					return v, true, nil
				}
				switched = true
				return nil, false, nil
			}
			if !t {
				switched = true
				return v, true, nil
			}
		}
	}}, nil
}

func newFilterfalse(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := noKwargs("filterfalse", kwargs); err != nil {
		return nil, err
	}
	if err := checkArgCount("filterfalse", args, nil, 2, 2); err != nil {
		return nil, err
	}
	pred := args[0]
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
			if pred != rt.None {
				if test, err = rt.Call(th, pred, []rt.Value{v}, nil); err != nil {
					return nil, false, err
				}
			}
			t, err := rt.Truth(th, test)
			if err != nil {
				return nil, false, err
			}
			if !t {
				return v, true, nil
			}
		}
	}}, nil
}

func newStarmap(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := noKwargs("starmap", kwargs); err != nil {
		return nil, err
	}
	if err := checkArgCount("starmap", args, nil, 2, 2); err != nil {
		return nil, err
	}
	fn := args[0]
	it, err := rt.Iter(th, args[1])
	if err != nil {
		return nil, err
	}
	return &iterObject{typ: cls, next: func(th *rt.Thread) (rt.Value, bool, error) {
		v, ok, err := it.Next(th)
		if !ok || err != nil {
			return nil, false, err
		}
		callArgs, err := rt.IterateAll(th, v)
		if err != nil {
			return nil, false, err
		}
		r, err := rt.Call(th, fn, callArgs, nil)
		return r, err == nil, err
	}}, nil
}

func newCompress(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var data, selectors rt.Value
	if err := rt.UnpackArgs("compress", args, kwargs, "data", &data, "selectors", &selectors); err != nil {
		return nil, err
	}
	dit, err := rt.Iter(th, data)
	if err != nil {
		return nil, err
	}
	sit, err := rt.Iter(th, selectors)
	if err != nil {
		return nil, err
	}
	return &iterObject{typ: cls, next: func(th *rt.Thread) (rt.Value, bool, error) {
		for {
			v, ok, err := dit.Next(th)
			if !ok || err != nil {
				return nil, false, err
			}
			s, ok, err := sit.Next(th)
			if !ok || err != nil {
				return nil, false, err
			}
			t, err := rt.Truth(th, s)
			if err != nil {
				return nil, false, err
			}
			if t {
				return v, true, nil
			}
		}
	}}, nil
}

func newPairwise(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := noKwargs("pairwise", kwargs); err != nil {
		return nil, err
	}
	if err := checkArgCount("pairwise", args, nil, 1, 1); err != nil {
		return nil, err
	}
	it, err := rt.Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	var prev rt.Value
	return &iterObject{typ: cls, failStops: true, next: func(th *rt.Thread) (rt.Value, bool, error) {
		if prev == nil {
			v, ok, err := it.Next(th)
			if !ok || err != nil {
				return nil, false, err
			}
			prev = v
		}
		v, ok, err := it.Next(th)
		if !ok || err != nil {
			return nil, false, err
		}
		pair := tuple2(prev, v)
		prev = v
		return pair, true, nil
	}}, nil
}

// teeBuffer holds the items read from the source that some tee
// iterator has not consumed yet.
type teeBuffer struct {
	// guard serialises the steps of all the tee iterators of one tee()
	// call: they share this buffer (each iterator's own guard does not
	// cover its siblings), and a step may run user code.
	guard rt.IterGuard
	it    rt.Iterator
	items []rt.Value
	base  int   // index of items[0] in the whole stream
	pos   []int // next stream index of each tee iterator
	done  bool
}

func itertoolsTee(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var iterable rt.Value
	n := 2
	if err := rt.UnpackArgs("tee", args, kwargs, "iterable", &iterable, "n?", &n, "/"); err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, rt.NewError(rt.ValueErrorType, "n must be >= 0")
	}
	it, err := rt.Iter(th, iterable)
	if err != nil {
		return nil, err
	}
	buf := &teeBuffer{it: it, pos: make([]int, n)}
	out := make([]rt.Value, n)
	for k := 0; k < n; k++ {
		k := k
		out[k] = &iterObject{typ: teeType, next: func(th *rt.Thread) (rt.Value, bool, error) {
			entered, err := buf.guard.Enter(th, nil)
			if err != nil {
				return nil, false, err
			}
			defer buf.guard.Exit(th, entered)
			idx := buf.pos[k]
			if idx-buf.base >= len(buf.items) {
				if buf.done {
					return nil, false, nil
				}
				v, ok, err := buf.it.Next(th)
				if err != nil {
					return nil, false, err
				}
				if !ok {
					buf.done = true
					return nil, false, nil
				}
				buf.items = append(buf.items, v)
			}
			v := buf.items[idx-buf.base]
			buf.pos[k]++
			// Drop items every iterator has consumed.
			low := buf.pos[0]
			for _, p := range buf.pos {
				low = min(low, p)
			}
			if drop := low - buf.base; drop > 0 {
				buf.items = buf.items[drop:]
				buf.base = low
			}
			return v, true, nil
		}}
	}
	return rt.NewTuple(out), nil
}
