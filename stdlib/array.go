package stdlib

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
	"sync"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// The array module: array.array, a typed sequence of numbers (or of
// characters for 'u'). Items are kept as raw 64-bit patterns (two's
// complement ints, float64 bits, code points) and converted on access;
// 'f' items are rounded to float32 when stored. A mutex guards the items.

var (
	arrayType     = newModuleType("array", "array")
	arrayIterType = newIterType("arrayiterator", "array")
)

const arrayTypecodes = "bBuhHiIlLqQfd"

type arrayObj struct {
	mu   sync.Mutex
	tc   byte
	vals []uint64
}

func (*arrayObj) Type() *rt.Type { return arrayType }

func arrayItemSize(tc byte) int {
	switch tc {
	case 'b', 'B':
		return 1
	case 'h', 'H':
		return 2
	case 'u', 'i', 'I', 'f':
		return 4
	}
	return 8
}

func arrayIsFloat(tc byte) bool { return tc == 'f' || tc == 'd' }

// arrayIntBounds gives the range and CPython's overflow messages.
func arrayConvert(tc byte, v rt.Value) (uint64, error) {
	switch {
	case tc == 'u':
		s, ok := v.(rt.Str)
		rs := []rune(string(s))
		if !ok || len(rs) != 1 {
			return 0, rt.NewError(rt.TypeErrorType, "array item must be unicode character")
		}
		return uint64(rs[0]), nil
	case arrayIsFloat(tc):
		f, ok := rt.AsFloat(v)
		if !ok {
			return 0, rt.NewError(rt.TypeErrorType, "must be real number, not %s", rt.TypeName(v))
		}
		if tc == 'f' {
			f = float64(float32(f))
		}
		return math.Float64bits(f), nil
	}
	if !rt.IsIntValue(v) {
		n, err := rt.IndexInt(v)
		if err != nil {
			return 0, rt.NewError(rt.TypeErrorType, "'%s' object cannot be interpreted as an integer", rt.TypeName(v))
		}
		v = rt.MakeInt(int64(n))
	}
	b := rt.ToBig(v)
	type bound struct {
		lo, hi        *big.Int
		lowMsg, hiMsg string
	}
	i64 := func(n int64) *big.Int { return big.NewInt(n) }
	maxU64 := new(big.Int).SetUint64(math.MaxUint64)
	var bd bound
	switch tc {
	case 'b':
		bd = bound{i64(-128), i64(127), "signed char is less than minimum", "signed char is greater than maximum"}
	case 'B':
		bd = bound{i64(0), i64(255), "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum"}
	case 'h':
		bd = bound{i64(math.MinInt16), i64(math.MaxInt16), "signed short integer is less than minimum", "signed short integer is greater than maximum"}
	case 'H':
		bd = bound{i64(0), i64(math.MaxUint16), "unsigned short is less than minimum", "unsigned short is greater than maximum"}
	case 'i':
		bd = bound{i64(math.MinInt32), i64(math.MaxInt32), "signed integer is less than minimum", "signed integer is greater than maximum"}
	case 'I':
		bd = bound{i64(0), i64(math.MaxUint32), "can't convert negative value to unsigned int", "unsigned int is greater than maximum"}
	case 'l':
		bd = bound{i64(math.MinInt64), i64(math.MaxInt64), "Python int too large to convert to C long", "Python int too large to convert to C long"}
	case 'L':
		bd = bound{i64(0), maxU64, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long"}
	case 'q':
		bd = bound{i64(math.MinInt64), i64(math.MaxInt64), "int too big to convert", "int too big to convert"}
	case 'Q':
		bd = bound{i64(0), maxU64, "can't convert negative int to unsigned", "int too big to convert"}
	}
	if b.Cmp(bd.lo) < 0 {
		return 0, rt.NewError(rt.OverflowErrorType, bd.lowMsg)
	}
	if b.Cmp(bd.hi) > 0 {
		return 0, rt.NewError(rt.OverflowErrorType, bd.hiMsg)
	}
	if b.Sign() < 0 {
		return uint64(b.Int64()), nil
	}
	return b.Uint64(), nil
}

func (a *arrayObj) item(u uint64) rt.Value {
	switch a.tc {
	case 'u':
		return rt.Str(string(rune(u)))
	case 'f', 'd':
		return rt.Float(math.Float64frombits(u))
	case 'B', 'H', 'I', 'L', 'Q':
		if u > math.MaxInt64 {
			return rt.NewBigInt(new(big.Int).SetUint64(u))
		}
		return rt.MakeInt(int64(u))
	}
	return rt.MakeInt(int64(u))
}

func (a *arrayObj) items() []rt.Value {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := make([]rt.Value, len(a.vals))
	for i, u := range a.vals {
		out[i] = a.item(u)
	}
	return out
}

func (a *arrayObj) convertAll(th *rt.Thread, v rt.Value) ([]uint64, error) {
	if o, ok := v.(*arrayObj); ok {
		if o.tc != a.tc {
			return nil, rt.NewError(rt.TypeErrorType, "bad argument type for built-in operation")
		}
		o.mu.Lock()
		defer o.mu.Unlock()
		return append([]uint64(nil), o.vals...), nil
	}
	var out []uint64
	err := forEach(th, v, func(x rt.Value) (bool, error) {
		u, err := arrayConvert(a.tc, x)
		out = append(out, u)
		return false, err
	})
	return out, err
}

func newArray(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(kwargs) > 0 {
		return nil, rt.NewError(rt.TypeErrorType, "array.array() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, rt.NewError(rt.TypeErrorType, "array() takes at most 2 arguments (%d given)", len(args))
	}
	tcs, ok := args[0].(rt.Str)
	if !ok || len(tcs) != 1 {
		return nil, rt.NewError(rt.TypeErrorType, "array() argument 1 must be a unicode character, not %s", rt.TypeName(args[0]))
	}
	tc := tcs[0]
	if !strings.ContainsRune(arrayTypecodes, rune(tc)) {
		return nil, rt.NewError(rt.ValueErrorType, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	a := &arrayObj{tc: tc}
	if len(args) == 2 {
		init := args[1]
		switch x := init.(type) {
		case rt.Str:
			if tc != 'u' {
				return nil, rt.NewError(rt.TypeErrorType, "cannot use a str to initialize an array with typecode '%c'", tc)
			}
			for _, r := range string(x) {
				a.vals = append(a.vals, uint64(r))
			}
			return a, nil
		case rt.Bytes, *rt.ByteArray:
			raw, _ := reBytesLike(x)
			if err := a.frombytes(raw); err != nil {
				return nil, err
			}
			return a, nil
		case *arrayObj:
			if x.tc == 'u' && tc != 'u' || x.tc != 'u' && tc == 'u' {
				return nil, rt.NewError(rt.TypeErrorType, "cannot use a unicode array to initialize an array with typecode '%c'", tc)
			}
			for _, v := range x.items() {
				u, err := arrayConvert(tc, v)
				if err != nil {
					return nil, err
				}
				a.vals = append(a.vals, u)
			}
			return a, nil
		}
		vals, err := a.convertAll(th, init)
		if err != nil {
			return nil, err
		}
		a.vals = vals
	}
	return a, nil
}

func (a *arrayObj) order() binary.ByteOrder { return binary.LittleEndian }

func (a *arrayObj) frombytes(raw string) error {
	size := arrayItemSize(a.tc)
	if len(raw)%size != 0 {
		return rt.NewError(rt.ValueErrorType, "bytes length not a multiple of item size")
	}
	for i := 0; i < len(raw); i += size {
		p := []byte(raw[i : i+size])
		var u uint64
		switch size {
		case 1:
			u = uint64(p[0])
			if a.tc == 'b' {
				u = uint64(int64(int8(p[0])))
			}
		case 2:
			x := binary.LittleEndian.Uint16(p)
			u = uint64(x)
			if a.tc == 'h' {
				u = uint64(int64(int16(x)))
			}
		case 4:
			x := binary.LittleEndian.Uint32(p)
			u = uint64(x)
			switch a.tc {
			case 'i':
				u = uint64(int64(int32(x)))
			case 'f':
				u = math.Float64bits(float64(math.Float32frombits(x)))
			}
		case 8:
			u = binary.LittleEndian.Uint64(p)
		}
		a.vals = append(a.vals, u)
	}
	return nil
}

func (a *arrayObj) tobytes() []byte {
	size := arrayItemSize(a.tc)
	out := make([]byte, len(a.vals)*size)
	for i, u := range a.vals {
		p := out[i*size : (i+1)*size]
		switch size {
		case 1:
			p[0] = byte(u)
		case 2:
			binary.LittleEndian.PutUint16(p, uint16(u))
		case 4:
			if a.tc == 'f' {
				binary.LittleEndian.PutUint32(p, math.Float32bits(float32(math.Float64frombits(u))))
			} else {
				binary.LittleEndian.PutUint32(p, uint32(u))
			}
		case 8:
			binary.LittleEndian.PutUint64(p, u)
		}
	}
	return out
}

// Repr is array('i', [1, 2]) / array('u', 'ab') / array('d').
func (a *arrayObj) Repr(th *rt.Thread) (string, error) {
	items := a.items()
	if len(items) == 0 {
		return "array('" + string(a.tc) + "')", nil
	}
	var inner rt.Value
	if a.tc == 'u' {
		var b strings.Builder
		for _, v := range items {
			b.WriteString(string(v.(rt.Str)))
		}
		inner = rt.Str(b.String())
	} else {
		inner = rt.NewList(items)
	}
	s, err := rt.Repr(th, inner)
	return "array('" + string(a.tc) + "', " + s + ")", err
}

func (a *arrayObj) Len(th *rt.Thread) (int, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.vals), nil
}

func (a *arrayObj) index(key rt.Value) (int, error) {
	i, err := rt.IndexInt(key)
	if err != nil {
		return 0, rt.NewError(rt.TypeErrorType, "array indices must be integers")
	}
	if i < 0 {
		i += len(a.vals)
	}
	if i < 0 || i >= len(a.vals) {
		return 0, rt.NewError(rt.IndexErrorType, "array index out of range")
	}
	return i, nil
}

func (a *arrayObj) GetItem(th *rt.Thread, key rt.Value) (rt.Value, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if sl, ok := key.(*rt.Slice); ok {
		start, stop, step, err := rt.SliceIndices(th, sl, len(a.vals))
		if err != nil {
			return nil, err
		}
		out := &arrayObj{tc: a.tc}
		for _, i := range sliceIdx(start, stop, step) {
			out.vals = append(out.vals, a.vals[i])
		}
		return out, nil
	}
	i, err := a.index(key)
	if err != nil {
		return nil, err
	}
	return a.item(a.vals[i]), nil
}

func sliceIdx(start, stop, step int) []int {
	n := rt.SliceLen(start, stop, step)
	out := make([]int, n)
	for k := range out {
		out[k] = start + k*step
	}
	return out
}

func (a *arrayObj) SetItem(th *rt.Thread, key, v rt.Value) error {
	if sl, ok := key.(*rt.Slice); ok {
		var vals []uint64
		if v != nil {
			o, ok := v.(*arrayObj)
			if !ok {
				return rt.NewError(rt.TypeErrorType, "can only assign array (not \"%s\") to array slice", rt.TypeName(v))
			}
			var err error
			if vals, err = a.convertAll(th, o); err != nil {
				return err
			}
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		start, stop, step, err := rt.SliceIndices(th, sl, len(a.vals))
		if err != nil {
			return err
		}
		idx := sliceIdx(start, stop, step)
		if step == 1 {
			if stop < start {
				stop = start
			}
			a.vals = append(a.vals[:start:start], append(vals, a.vals[stop:]...)...)
			return nil
		}
		if v == nil {
			keep := a.vals[:0:0]
			del := map[int]bool{}
			for _, i := range idx {
				del[i] = true
			}
			for i, u := range a.vals {
				if !del[i] {
					keep = append(keep, u)
				}
			}
			a.vals = keep
			return nil
		}
		if len(vals) != len(idx) {
			return rt.NewError(rt.ValueErrorType, "attempt to assign array of size %d to extended slice of size %d", len(vals), len(idx))
		}
		for k, i := range idx {
			a.vals[i] = vals[k]
		}
		return nil
	}
	var u uint64
	if v != nil {
		var err error
		if u, err = arrayConvert(a.tc, v); err != nil {
			return err
		}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	i, err := a.index(key)
	if err != nil {
		if v == nil && rt.IsExc(err, rt.IndexErrorType) {
			return rt.NewError(rt.IndexErrorType, "array assignment index out of range")
		}
		if rt.IsExc(err, rt.IndexErrorType) {
			return rt.NewError(rt.IndexErrorType, "array assignment index out of range")
		}
		return err
	}
	if v == nil {
		a.vals = append(a.vals[:i], a.vals[i+1:]...)
		return nil
	}
	a.vals[i] = u
	return nil
}

func (a *arrayObj) Iter(th *rt.Thread) (rt.Iterator, error) {
	i := 0
	return &iterObject{typ: arrayIterType, next: func(th *rt.Thread) (rt.Value, bool, error) {
		a.mu.Lock()
		defer a.mu.Unlock()
		if i >= len(a.vals) {
			return nil, false, nil
		}
		i++
		return a.item(a.vals[i-1]), true, nil
	}}, nil
}

func (a *arrayObj) Contains(th *rt.Thread, x rt.Value) (bool, error) {
	for _, v := range a.items() {
		eq, err := rt.Equal(th, v, x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func (a *arrayObj) Compare(th *rt.Thread, op ast.Op, other rt.Value) (rt.Value, error) {
	o, ok := other.(*arrayObj)
	if !ok {
		return rt.NotImplemented, nil
	}
	return rt.Compare(th, op, rt.NewList(a.items()), rt.NewList(o.items()))
}

func (a *arrayObj) Equal(th *rt.Thread, other rt.Value) (bool, bool, error) {
	o, ok := other.(*arrayObj)
	if !ok {
		return false, false, nil
	}
	eq, err := rt.Equal(th, rt.NewList(a.items()), rt.NewList(o.items()))
	return eq, true, err
}

func (a *arrayObj) Binary(th *rt.Thread, op ast.Op, other rt.Value, right bool) (rt.Value, error) {
	switch op {
	case ast.Add:
		o, ok := other.(*arrayObj)
		if !ok {
			if right {
				return rt.NotImplemented, nil
			}
			return nil, rt.NewError(rt.TypeErrorType, "can only append array (not \"%s\") to array", rt.TypeName(other))
		}
		if o.tc != a.tc {
			return nil, rt.NewError(rt.TypeErrorType, "bad argument type for built-in operation")
		}
		x, y := a, o
		if right {
			x, y = o, a
		}
		out := &arrayObj{tc: a.tc}
		x.mu.Lock()
		out.vals = append(out.vals, x.vals...)
		x.mu.Unlock()
		y.mu.Lock()
		out.vals = append(out.vals, y.vals...)
		y.mu.Unlock()
		return out, nil
	case ast.Mult:
		if !rt.IsIntValue(other) {
			return rt.NotImplemented, nil
		}
		n, err := rt.IndexInt(other)
		if err != nil {
			return nil, err
		}
		out := &arrayObj{tc: a.tc}
		a.mu.Lock()
		defer a.mu.Unlock()
		for k := 0; k < n; k++ {
			out.vals = append(out.vals, a.vals...)
		}
		return out, nil
	}
	return rt.NotImplemented, nil
}

func (a *arrayObj) Inplace(th *rt.Thread, op ast.Op, other rt.Value) (rt.Value, error) {
	switch op {
	case ast.Add:
		o, ok := other.(*arrayObj)
		if !ok {
			return nil, rt.NewError(rt.TypeErrorType, "can only extend array with array (not \"%s\")", rt.TypeName(other))
		}
		vals, err := a.convertAll(th, o)
		if err != nil {
			return nil, err
		}
		a.mu.Lock()
		a.vals = append(a.vals, vals...)
		a.mu.Unlock()
		return a, nil
	case ast.Mult:
		n, err := rt.IndexInt(other)
		if err != nil {
			return rt.NotImplemented, nil
		}
		a.mu.Lock()
		orig := a.vals
		a.vals = nil
		for k := 0; k < n; k++ {
			a.vals = append(a.vals, orig...)
		}
		a.mu.Unlock()
		return a, nil
	}
	return rt.NotImplemented, nil
}

func (a *arrayObj) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "typecode":
		return rt.Str(string(a.tc)), nil
	case "itemsize":
		return rt.MakeInt(int64(arrayItemSize(a.tc))), nil
	}
	return nil, nil
}

var (
	_ rt.Indexable  = (*arrayObj)(nil)
	_ rt.HasSetItem = (*arrayObj)(nil)
	_ rt.Sized      = (*arrayObj)(nil)
	_ rt.Iterable   = (*arrayObj)(nil)
	_ rt.HasBinary  = (*arrayObj)(nil)
	_ rt.HasInplace = (*arrayObj)(nil)
)

// loadArrayModule makes the array module (registered in modules.go).
func loadArrayModule() *rt.Module {
	setupArrayTypes()
	mod := rt.NewModule("array")
	mod.Dict.SetStr("array", arrayType)
	mod.Dict.SetStr("ArrayType", arrayType)
	mod.Dict.SetStr("typecodes", rt.Str(arrayTypecodes))
	return mod
}

// arraySetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var arraySetup sync.Once

func setupArrayTypes() { arraySetup.Do(initArrayTypes) }

func initArrayTypes() {
	arrayType.New = newArray
	m := func(name string, fn func(th *rt.Thread, a *arrayObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
		return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			a, ok := self.(*arrayObj)
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "descriptor '%s' requires a 'array.array' object", name)
			}
			return fn(th, a, args, kwargs)
		})
	}
	one := func(name string, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var v rt.Value
		err := rt.UnpackArgs(name, args, kwargs, "v", &v)
		return v, err
	}
	find := func(th *rt.Thread, a *arrayObj, x rt.Value) (int, error) {
		for i, v := range a.items() {
			eq, err := rt.Equal(th, v, x)
			if err != nil {
				return -1, err
			}
			if eq {
				return i, nil
			}
		}
		return -1, nil
	}
	arrayType.AddMethods(
		m("append", func(th *rt.Thread, a *arrayObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := one("append", args, kwargs)
			if err != nil {
				return nil, err
			}
			u, err := arrayConvert(a.tc, v)
			if err != nil {
				return nil, err
			}
			a.mu.Lock()
			a.vals = append(a.vals, u)
			a.mu.Unlock()
			return rt.None, nil
		}),
		m("extend", func(th *rt.Thread, a *arrayObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := one("extend", args, kwargs)
			if err != nil {
				return nil, err
			}
			vals, err := a.convertAll(th, v)
			if err != nil {
				return nil, err
			}
			a.mu.Lock()
			a.vals = append(a.vals, vals...)
			a.mu.Unlock()
			return rt.None, nil
		}),
		m("fromlist", func(th *rt.Thread, a *arrayObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := one("fromlist", args, kwargs)
			if err != nil {
				return nil, err
			}
			if _, ok := v.(*rt.List); !ok {
				return nil, rt.NewError(rt.TypeErrorType, "arg must be list")
			}
			vals, err := a.convertAll(th, v)
			if err != nil {
				return nil, err
			}
			a.mu.Lock()
			a.vals = append(a.vals, vals...)
			a.mu.Unlock()
			return rt.None, nil
		}),
		m("insert", func(th *rt.Thread, a *arrayObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var i int
			var v rt.Value
			if err := rt.UnpackArgs("insert", args, kwargs, "i", &i, "v", &v); err != nil {
				return nil, err
			}
			u, err := arrayConvert(a.tc, v)
			if err != nil {
				return nil, err
			}
			a.mu.Lock()
			defer a.mu.Unlock()
			i, _ = rt.ClampRange(i, 0, len(a.vals))
			a.vals = append(a.vals, 0)
			copy(a.vals[i+1:], a.vals[i:])
			a.vals[i] = u
			return rt.None, nil
		}),
		m("pop", func(th *rt.Thread, a *arrayObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			i := -1
			if err := rt.UnpackArgs("pop", args, kwargs, "i?", &i); err != nil {
				return nil, err
			}
			a.mu.Lock()
			defer a.mu.Unlock()
			if len(a.vals) == 0 {
				return nil, rt.NewError(rt.IndexErrorType, "pop from empty array")
			}
			if i < 0 {
				i += len(a.vals)
			}
			if i < 0 || i >= len(a.vals) {
				return nil, rt.NewError(rt.IndexErrorType, "pop index out of range")
			}
			v := a.item(a.vals[i])
			a.vals = append(a.vals[:i], a.vals[i+1:]...)
			return v, nil
		}),
		m("remove", func(th *rt.Thread, a *arrayObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := one("remove", args, kwargs)
			if err != nil {
				return nil, err
			}
			i, err := find(th, a, v)
			if err != nil {
				return nil, err
			}
			if i < 0 {
				return nil, rt.NewError(rt.ValueErrorType, "array.remove(x): x not in array")
			}
			a.mu.Lock()
			a.vals = append(a.vals[:i], a.vals[i+1:]...)
			a.mu.Unlock()
			return rt.None, nil
		}),
		m("index", func(th *rt.Thread, a *arrayObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var v rt.Value
			start, stop := 0, math.MaxInt
			if err := rt.UnpackArgs("index", args, kwargs, "v", &v, "start?", &start, "stop?", &stop); err != nil {
				return nil, err
			}
			items := a.items()
			n := len(items)
			if start < 0 {
				start = max(start+n, 0)
			}
			if stop < 0 {
				stop = max(stop+n, 0)
			}
			for i := start; i < n && i < stop; i++ {
				eq, err := rt.Equal(th, items[i], v)
				if err != nil {
					return nil, err
				}
				if eq {
					return rt.MakeInt(int64(i)), nil
				}
			}
			return nil, rt.NewError(rt.ValueErrorType, "array.index(x): x not in array")
		}),
		m("count", func(th *rt.Thread, a *arrayObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := one("count", args, kwargs)
			if err != nil {
				return nil, err
			}
			n := 0
			for _, x := range a.items() {
				eq, err := rt.Equal(th, x, v)
				if err != nil {
					return nil, err
				}
				if eq {
					n++
				}
			}
			return rt.MakeInt(int64(n)), nil
		}),
		m("reverse", func(th *rt.Thread, a *arrayObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			a.mu.Lock()
			defer a.mu.Unlock()
			for i, j := 0, len(a.vals)-1; i < j; i, j = i+1, j-1 {
				a.vals[i], a.vals[j] = a.vals[j], a.vals[i]
			}
			return rt.None, nil
		}),
		m("tolist", func(th *rt.Thread, a *arrayObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.NewList(a.items()), nil
		}),
		m("tobytes", func(th *rt.Thread, a *arrayObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			a.mu.Lock()
			defer a.mu.Unlock()
			return rt.Bytes(a.tobytes()), nil
		}),
		m("frombytes", func(th *rt.Thread, a *arrayObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := one("frombytes", args, kwargs)
			if err != nil {
				return nil, err
			}
			raw, ok := reBytesLike(v)
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "a bytes-like object is required, not '%s'", rt.TypeName(v))
			}
			a.mu.Lock()
			defer a.mu.Unlock()
			return rt.None, a.frombytes(raw)
		}),
		m("tounicode", func(th *rt.Thread, a *arrayObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if a.tc != 'u' {
				return nil, rt.NewError(rt.ValueErrorType, "tounicode() may only be called on unicode type arrays")
			}
			var b strings.Builder
			for _, v := range a.items() {
				b.WriteString(string(v.(rt.Str)))
			}
			return rt.Str(b.String()), nil
		}),
		m("fromunicode", func(th *rt.Thread, a *arrayObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := one("fromunicode", args, kwargs)
			if err != nil {
				return nil, err
			}
			if a.tc != 'u' {
				return nil, rt.NewError(rt.ValueErrorType, "fromunicode() may only be called on unicode type arrays")
			}
			s, ok := v.(rt.Str)
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "fromunicode() argument must be str, not %s", rt.TypeName(v))
			}
			a.mu.Lock()
			defer a.mu.Unlock()
			for _, r := range string(s) {
				a.vals = append(a.vals, uint64(r))
			}
			return rt.None, nil
		}),
		m("byteswap", func(th *rt.Thread, a *arrayObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			a.mu.Lock()
			defer a.mu.Unlock()
			raw := a.tobytes()
			size := arrayItemSize(a.tc)
			for i := 0; i < len(raw); i += size {
				for l, r := i, i+size-1; l < r; l, r = l+1, r-1 {
					raw[l], raw[r] = raw[r], raw[l]
				}
			}
			a.vals = nil
			return rt.None, a.frombytes(string(raw))
		}),
		m("buffer_info", func(th *rt.Thread, a *arrayObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			a.mu.Lock()
			defer a.mu.Unlock()
			return rt.NewTuple([]rt.Value{rt.MakeInt(int64(rt.Id(a))), rt.MakeInt(int64(len(a.vals)))}), nil
		}),
		m("__copy__", func(th *rt.Thread, a *arrayObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			a.mu.Lock()
			defer a.mu.Unlock()
			return &arrayObj{tc: a.tc, vals: append([]uint64(nil), a.vals...)}, nil
		}),
	)
}
