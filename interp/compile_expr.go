package interp

import (
	"math/big"
	"strconv"

	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/runtime"
)

// exprFn is a compiled expression.
type exprFn func(fr *Frame) (runtime.Value, error)

// condFn is a compiled expression used for its truth value (if/while
// tests), so comparisons need not box a bool.
type condFn func(fr *Frame) (bool, error)

func constExpr(v runtime.Value) exprFn {
	return func(*Frame) (runtime.Value, error) { return v, nil }
}

// constValue returns the value of a literal node, if e is one.
func constValue(e ast.Expr) (runtime.Value, bool) {
	switch x := e.(type) {
	case *ast.Constant:
		switch x.Kind {
		case ast.ConstNone:
			return runtime.None, true
		case ast.ConstTrue:
			return runtime.True, true
		case ast.ConstFalse:
			return runtime.False, true
		default:
			return runtime.Ellipsis, true
		}
	case *ast.Int:
		b, ok := new(big.Int).SetString(x.Digits, x.Base)
		if !ok {
			b = new(big.Int)
		}
		return runtime.NewBigInt(b), true
	case *ast.Float:
		if x.Imag {
			return runtime.NewComplex(0, x.Value), true
		}
		return runtime.Float(x.Value), true
	case *ast.Str:
		noteName(x.Value)
		return runtime.Str(x.Value), true
	case *ast.Bytes:
		return runtime.Bytes(x.Value), true
	}
	return nil, false
}

func (c *compiler) exprs(es []ast.Expr) []exprFn {
	out := make([]exprFn, len(es))
	for i, e := range es {
		out[i] = c.expr(e)
	}
	return out
}

func (c *compiler) expr(e ast.Expr) exprFn {
	if v, ok := constValue(e); ok {
		return constExpr(v)
	}
	switch x := e.(type) {
	case *ast.Name:
		return c.loadName(x.Id, spanOf(x))
	case *ast.JoinedStr:
		return c.joinedStr(x)
	case *ast.FormattedValue:
		return c.formattedValue(x, spanOf(x))
	case *ast.BinOp:
		return c.binOp(x)
	case *ast.UnaryOp:
		return c.unaryOp(x)
	case *ast.BoolOp:
		return c.boolOp(x)
	case *ast.Compare:
		return c.compare(x)
	case *ast.Call:
		return c.call(x)
	case *ast.Attribute:
		noteName(x.Attr)
		site := runtime.NewAttrSite(x.Attr)
		pos := spanOf(x)
		if i, name, ok := c.localIndex(x.Value); ok {
			npos := spanOf(x.Value)
			return func(fr *Frame) (runtime.Value, error) {
				o := fr.locals[i]
				if o == nil {
					return nil, fr.at(unboundLocal(name), npos)
				}
				return mark{fr, pos}.ret(site.Get(fr.th, o))
			}
		}
		obj := c.expr(x.Value)
		return func(fr *Frame) (runtime.Value, error) {
			o, err := obj(fr)
			if err != nil {
				return nil, err
			}
			return mark{fr, pos}.ret(site.Get(fr.th, o))
		}
	case *ast.Subscript:
		return c.subscript(x)
	case *ast.Slice:
		return c.slice(x)
	case *ast.Starred:
		return c.errorExpr(x.Pos, "can't use starred expression here")
	case *ast.List:
		items := c.seqItems(x.Elts)
		return func(fr *Frame) (runtime.Value, error) {
			vs, err := items(fr)
			if err != nil {
				return nil, err
			}
			return runtime.NewList(vs), nil
		}
	case *ast.Tuple:
		if v, ok := c.constTuple(x); ok {
			return constExpr(v)
		}
		items := c.seqItems(x.Elts)
		return func(fr *Frame) (runtime.Value, error) {
			vs, err := items(fr)
			if err != nil {
				return nil, err
			}
			return runtime.NewTuple(vs), nil
		}
	case *ast.Set:
		items := c.seqItems(x.Elts)
		pos := spanOf(x)
		return func(fr *Frame) (runtime.Value, error) {
			vs, err := items(fr)
			if err != nil {
				return nil, err
			}
			s := runtime.NewSet()
			for _, v := range vs {
				if err := s.Add(fr.th, v); err != nil {
					return nil, fr.at(err, pos)
				}
			}
			return s, nil
		}
	case *ast.Dict:
		return c.dictDisplay(x)
	case *ast.IfExp:
		test := c.cond(x.Test)
		body, orelse := c.expr(x.Body), c.expr(x.Orelse)
		return func(fr *Frame) (runtime.Value, error) {
			t, err := test(fr)
			if err != nil {
				return nil, err
			}
			if t {
				return body(fr)
			}
			return orelse(fr)
		}
	case *ast.NamedExpr:
		val := c.expr(x.Value)
		store := c.storeName(x.Target.Id, false)
		return func(fr *Frame) (runtime.Value, error) {
			v, err := val(fr)
			if err != nil {
				return nil, err
			}
			if err := store(fr, v); err != nil {
				return nil, err
			}
			return v, nil
		}
	case *ast.Lambda:
		return c.lambda(x)
	case *ast.ListComp:
		return c.comprehension(x, x.Generators)
	case *ast.SetComp:
		return c.comprehension(x, x.Generators)
	case *ast.DictComp:
		return c.comprehension(x, x.Generators)
	case *ast.GeneratorExp:
		return c.comprehension(x, x.Generators)
	case *ast.Yield:
		return c.yield(x)
	case *ast.YieldFrom:
		return c.yieldFrom(x)
	}
	return c.errorExpr(e.Position(), "unsupported expression")
}

func (c *compiler) errorExpr(pos ast.Pos, msg string) exprFn {
	c.syntaxError(pos, "%s", msg)
	return func(*Frame) (runtime.Value, error) {
		return nil, runtime.NewError(runtime.SystemErrorType, msg)
	}
}

// constTuple folds a tuple display of constants into one tuple made at
// compile time, nested tuples of constants included, as CPython does
// (`for dx, dy in ((1, 0), (0, 1))` in pyperf graphs built three tuples
// per loop).
func (c *compiler) constTuple(t *ast.Tuple) (runtime.Value, bool) {
	vs := make([]runtime.Value, len(t.Elts))
	for i, e := range t.Elts {
		v, ok := constValue(e)
		if inner, isTuple := e.(*ast.Tuple); isTuple {
			v, ok = c.constTuple(inner)
		}
		if !ok {
			return nil, false
		}
		vs[i] = v
	}
	return runtime.NewTuple(vs), true
}

// seqItems compiles display items with *unpacking into a slice builder.
func (c *compiler) seqItems(elts []ast.Expr) func(fr *Frame) ([]runtime.Value, error) {
	hasStar := false
	fns := make([]exprFn, len(elts))
	star := make([]bool, len(elts))
	for i, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			hasStar = true
			star[i] = true
			fns[i] = c.expr(s.Value)
		} else {
			fns[i] = c.expr(e)
		}
	}
	if !hasStar {
		return func(fr *Frame) ([]runtime.Value, error) {
			vs := make([]runtime.Value, len(fns))
			for i, f := range fns {
				v, err := f(fr)
				if err != nil {
					return nil, err
				}
				vs[i] = v
			}
			return vs, nil
		}
	}
	return func(fr *Frame) ([]runtime.Value, error) {
		vs := make([]runtime.Value, 0, len(fns))
		for i, f := range fns {
			v, err := f(fr)
			if err != nil {
				return nil, err
			}
			if star[i] {
				if _, ok := v.(runtime.Iterable); !ok {
					return nil, runtime.NewError(runtime.TypeErrorType, "Value after * must be an iterable, not %s", runtime.TypeName(v))
				}
				items, err := runtime.IterateAll(fr.th, v)
				if err != nil {
					return nil, err
				}
				vs = append(vs, items...)
			} else {
				vs = append(vs, v)
			}
		}
		return vs, nil
	}
}

// iterateAll is runtime.IterateAll with CPython's message for unpacking
// a non-iterable (what: "" for the generic message).
func iterateAll(th *runtime.Thread, v runtime.Value, what string) ([]runtime.Value, error) {
	items, err := runtime.IterateAll(th, v)
	if err != nil && what != "" && runtime.IsExc(err, runtime.TypeErrorType) {
		if _, ok := v.(runtime.Iterable); !ok {
			return nil, runtime.NewError(runtime.TypeErrorType, "%s", what)
		}
	}
	return items, err
}

func (c *compiler) dictDisplay(x *ast.Dict) exprFn {
	keys := make([]exprFn, len(x.Keys))
	vals := c.exprs(x.Values)
	for i, k := range x.Keys {
		if k != nil {
			keys[i] = c.expr(k)
		}
	}
	pos := spanOf(x)
	return func(fr *Frame) (runtime.Value, error) {
		d := runtime.NewDict()
		for i, vf := range vals {
			if keys[i] == nil {
				m, err := vf(fr)
				if err != nil {
					return nil, err
				}
				if err := mergeMapping(fr.th, d, m, nil); err != nil {
					return nil, fr.at(err, pos)
				}
				continue
			}
			k, err := keys[i](fr)
			if err != nil {
				return nil, err
			}
			v, err := vf(fr)
			if err != nil {
				return nil, err
			}
			if err := d.Set(fr.th, k, v); err != nil {
				return nil, fr.at(err, pos)
			}
		}
		return d, nil
	}
}

// mergeMapping copies mapping m into d (for {**m} and f(**m)). dup, when
// not nil, is called for a key already present (f(**m) duplicates).
func mergeMapping(th *runtime.Thread, d *runtime.Dict, m runtime.Value, dup func(k runtime.Value) error) error {
	if md, ok := m.(*runtime.Dict); ok {
		for _, kv := range md.Items() {
			if dup != nil {
				if _, ok, _ := d.Get(th, kv[0]); ok {
					if err := dup(kv[0]); err != nil {
						return err
					}
				}
			}
			if err := d.Set(th, kv[0], kv[1]); err != nil {
				return err
			}
		}
		return nil
	}
	keysFn, err := runtime.GetAttr(th, m, "keys")
	if err != nil {
		return runtime.NewError(runtime.TypeErrorType, "'%s' object is not a mapping", runtime.TypeName(m))
	}
	ks, err := runtime.Call(th, keysFn, nil, nil)
	if err != nil {
		return err
	}
	keys, err := runtime.IterateAll(th, ks)
	if err != nil {
		return err
	}
	for _, k := range keys {
		v, err := runtime.GetItem(th, m, k)
		if err != nil {
			return err
		}
		if dup != nil {
			if _, ok, _ := d.Get(th, k); ok {
				if err := dup(k); err != nil {
					return err
				}
			}
		}
		if err := d.Set(th, k, v); err != nil {
			return err
		}
	}
	return nil
}

func (c *compiler) subscript(x *ast.Subscript) exprFn {
	obj := c.expr(x.Value)
	pos := spanOf(x)
	if sl, ok := x.Index.(*ast.Slice); ok {
		return c.sliceSubscript(obj, sl, pos)
	}
	key := c.expr(x.Index)
	return func(fr *Frame) (runtime.Value, error) {
		o, err := obj(fr)
		if err != nil {
			return nil, err
		}
		k, err := key(fr)
		if err != nil {
			return nil, err
		}
		if l, ok := o.(*runtime.List); ok {
			if i, ok := k.(runtime.Int); ok {
				if v, ok := l.GetIndex(int(i)); ok {
					return v, nil
				}
			}
		}
		return mark{fr, pos}.ret(runtime.GetItem(fr.th, o, k))
	}
}

// sliceSubscript is obj[lo:hi:st]: a list is sliced without making a
// slice object.
func (c *compiler) sliceSubscript(obj exprFn, x *ast.Slice, pos runtime.Span) exprFn {
	part := func(e ast.Expr) exprFn {
		if e == nil {
			return constExpr(runtime.None)
		}
		return c.expr(e)
	}
	lo, hi, st := part(x.Lower), part(x.Upper), part(x.Step)
	return func(fr *Frame) (runtime.Value, error) {
		o, err := obj(fr)
		if err != nil {
			return nil, err
		}
		a, err := lo(fr)
		if err != nil {
			return nil, err
		}
		b, err := hi(fr)
		if err != nil {
			return nil, err
		}
		s, err := st(fr)
		if err != nil {
			return nil, err
		}
		if l, ok := o.(*runtime.List); ok {
			return mark{fr, pos}.ret(l.GetSlice(fr.th, a, b, s))
		}
		return mark{fr, pos}.ret(runtime.GetItem(fr.th, o, &runtime.Slice{Start: a, Stop: b, Step: s}))
	}
}

// storeSlice is obj[lo:hi:st] = v: a list is assigned without making a
// slice object.
func (c *compiler) storeSlice(obj exprFn, x *ast.Slice, pos runtime.Span) storeFn {
	part := func(e ast.Expr) exprFn {
		if e == nil {
			return constExpr(runtime.None)
		}
		return c.expr(e)
	}
	lo, hi, st := part(x.Lower), part(x.Upper), part(x.Step)
	return func(fr *Frame, v runtime.Value) error {
		o, err := obj(fr)
		if err != nil {
			return err
		}
		a, err := lo(fr)
		if err != nil {
			return err
		}
		b, err := hi(fr)
		if err != nil {
			return err
		}
		s, err := st(fr)
		if err != nil {
			return err
		}
		if l, ok := o.(*runtime.List); ok {
			return fr.at(l.SetSlice(fr.th, a, b, s, v), pos)
		}
		return fr.at(runtime.SetItem(fr.th, o, &runtime.Slice{Start: a, Stop: b, Step: s}, v), pos)
	}
}

func (c *compiler) slice(x *ast.Slice) exprFn {
	part := func(e ast.Expr) exprFn {
		if e == nil {
			return constExpr(runtime.None)
		}
		return c.expr(e)
	}
	lo, hi, st := part(x.Lower), part(x.Upper), part(x.Step)
	return func(fr *Frame) (runtime.Value, error) {
		a, err := lo(fr)
		if err != nil {
			return nil, err
		}
		b, err := hi(fr)
		if err != nil {
			return nil, err
		}
		s, err := st(fr)
		if err != nil {
			return nil, err
		}
		return &runtime.Slice{Start: a, Stop: b, Step: s}, nil
	}
}

// ---- operators ----

// addInt, subInt and mulInt compute x op y when the result surely fits
// in int64 (small enough to be inlined; the caller boxes the result).
func addInt(x, y int64) (int64, bool) {
	r := x + y
	return r, (x^r)&(y^r) >= 0
}

func subInt(x, y int64) (int64, bool) {
	r := x - y
	return r, (x^y)&(x^r) >= 0
}

func mulInt(x, y int64) (int64, bool) {
	return x * y, x > -(1<<31) && x < 1<<31 && y > -(1<<31) && y < 1<<31
}

// fastBinary handles the hot int/float cases inline, boxing int results
// in ints; ok=false defers to runtime.BinaryOp.
func fastBinary(ints *runtime.IntSlab, op ast.Op, a, b runtime.Value) (runtime.Value, bool) {
	switch x := a.(type) {
	case runtime.Int:
		y, ok := b.(runtime.Int)
		if !ok {
			return nil, false
		}
		if r, ok := intNum(op, int64(x), int64(y)); ok {
			return ints.Box(r), true
		}
	case runtime.Float:
		y, ok := b.(runtime.Float)
		if !ok {
			return nil, false
		}
		switch op {
		case ast.Add:
			return x + y, true
		case ast.Sub:
			return x - y, true
		case ast.Mult:
			return x * y, true
		case ast.Div:
			if y != 0 {
				return x / y, true
			}
		}
	case runtime.Str:
		if op == ast.Add {
			if y, ok := b.(runtime.Str); ok {
				return runtime.StrConcat(x, y), true
			}
		}
	}
	return nil, false
}

func (c *compiler) binOp(x *ast.BinOp) exprFn {
	op, pos := x.Op, spanOf(x)
	// Constant folding of literal operands (errors are left to run time).
	if lv, ok := constValue(x.Left); ok {
		if rv, ok := constValue(x.Right); ok {
			if v, ok := foldBinary(op, lv, rv); ok {
				return constExpr(v)
			}
		}
	}
	if isNumTree(x) {
		return c.numTree(x)
	}
	// An operand that is a local's mutable int box (runtime.IntSlots) is
	// read in place: the int fast paths consume it, and only the
	// runtime's general path, which may hand it on, detaches it
	// (`d[i % 1000]` with i a loop counter boxed nothing before its
	// result).
	l, dl := c.peekExpr(x.Left)
	if rv, ok := constValue(x.Right); ok {
		if ri, ok := rv.(runtime.Int); ok {
			switch op {
			case ast.Add:
				return func(fr *Frame) (runtime.Value, error) {
					a, err := l(fr)
					if err != nil {
						return nil, err
					}
					if ai, ok := a.(runtime.Int); ok {
						if r, ok := addInt(int64(ai), int64(ri)); ok {
							return fr.ints.Box(r), nil
						}
					}
					if dl {
						a = fr.detach(a)
					}
					return mark{fr, pos}.ret(runtime.BinaryOp(fr.th, op, a, rv))
				}
			case ast.Sub:
				return func(fr *Frame) (runtime.Value, error) {
					a, err := l(fr)
					if err != nil {
						return nil, err
					}
					if ai, ok := a.(runtime.Int); ok {
						if r, ok := subInt(int64(ai), int64(ri)); ok {
							return fr.ints.Box(r), nil
						}
					}
					if dl {
						a = fr.detach(a)
					}
					return mark{fr, pos}.ret(runtime.BinaryOp(fr.th, op, a, rv))
				}
			default:
				// `j * 2`, `i % 7`, `n // 2`: the int case first (it
				// went through the float check, ~10% of the lists
				// kernel's comprehension).
				return func(fr *Frame) (runtime.Value, error) {
					a, err := l(fr)
					if err != nil {
						return nil, err
					}
					if ai, ok := a.(runtime.Int); ok {
						if r, ok := intNum(op, int64(ai), int64(ri)); ok {
							return fr.ints.Box(r), nil
						}
					}
					if v, ok := fr.floatBinary(op, a, rv); ok {
						return v, nil
					}
					if dl {
						a = fr.detach(a)
					}
					return mark{fr, pos}.ret(runtime.BinaryOp(fr.th, op, a, rv))
				}
			}
		}
		return func(fr *Frame) (runtime.Value, error) {
			a, err := l(fr)
			if err != nil {
				return nil, err
			}
			if v, ok := fr.floatBinary(op, a, rv); ok {
				return v, nil
			}
			if v, ok := fastBinary(&fr.ints, op, a, rv); ok {
				return v, nil
			}
			if dl {
				a = fr.detach(a)
			}
			return mark{fr, pos}.ret(runtime.BinaryOp(fr.th, op, a, rv))
		}
	}
	r, dr := c.peekExpr(x.Right)
	if op == ast.Add {
		return func(fr *Frame) (runtime.Value, error) {
			a, err := l(fr)
			if err != nil {
				return nil, err
			}
			b, err := r(fr)
			if err != nil {
				return nil, err
			}
			if ai, ok := a.(runtime.Int); ok {
				if bi, ok := b.(runtime.Int); ok {
					if r, ok := addInt(int64(ai), int64(bi)); ok {
						return fr.ints.Box(r), nil
					}
				}
			}
			return mark{fr, pos}.ret(binaryDetached(fr, op, a, dl, b, dr))
		}
	}
	return func(fr *Frame) (runtime.Value, error) {
		a, err := l(fr)
		if err != nil {
			return nil, err
		}
		b, err := r(fr)
		if err != nil {
			return nil, err
		}
		if v, ok := fr.floatBinary(op, a, b); ok {
			return v, nil
		}
		if v, ok := fastBinary(&fr.ints, op, a, b); ok {
			return v, nil
		}
		return mark{fr, pos}.ret(binaryDetached(fr, op, a, dl, b, dr))
	}
}

// binaryDetached is runtime.BinaryOp(a, b) after the fast paths, with a
// and b detached when they were read in place (peekExpr).
func binaryDetached(fr *Frame, op ast.Op, a runtime.Value, da bool, b runtime.Value, db bool) (runtime.Value, error) {
	if da {
		a = fr.detach(a)
	}
	if db && !formatsInt(op, a, b) {
		b = fr.detach(b)
	}
	return runtime.BinaryOp(fr.th, op, a, b)
}

// formatsInt reports whether a op b is `str % int`, which formats b and
// keeps nothing of it: b, a mutable int box, need not be detached
// ("item-%d" % i boxed i).
func formatsInt(op ast.Op, a, b runtime.Value) bool {
	if op != ast.Mod {
		return false
	}
	_, s := a.(runtime.Str)
	_, i := b.(runtime.Int)
	return s && i
}

// peekExpr compiles e; when e is a local variable whose plain read
// detaches its mutable int box (loadName), the read does not, and
// detach is true: the caller must detach the value before it hands it
// on.
func (c *compiler) peekExpr(e ast.Expr) (f exprFn, detach bool) {
	i, name, ok := c.peekableLocal(e)
	if !ok || !c.scope.inPlace[name] {
		return c.expr(e), false
	}
	return func(fr *Frame) (runtime.Value, error) {
		if v := fr.locals[i]; v != nil {
			return v, nil
		}
		return nil, unboundLocal(name)
	}, true
}

// foldBinary folds an operation on two literals when it cannot fail and
// its result is small.
func foldBinary(op ast.Op, a, b runtime.Value) (runtime.Value, bool) {
	var ints runtime.IntSlab // a folded constant keeps its own box
	if v, ok := fastBinary(&ints, op, a, b); ok {
		return v, true
	}
	switch op {
	case ast.Pow, ast.LShift, ast.Mult:
		return nil, false // may be huge
	}
	_, aNum := a.(runtime.Int)
	_, bNum := b.(runtime.Int)
	if !aNum || !bNum {
		return nil, false
	}
	th := runtime.NewThread("fold")
	v, err := runtime.BinaryOp(th, op, a, b)
	if err != nil {
		return nil, false
	}
	return v, true
}

func (c *compiler) unaryOp(x *ast.UnaryOp) exprFn {
	if x.Op == ast.USub {
		if v, ok := constValue(x.Operand); ok {
			switch n := v.(type) {
			case runtime.Int:
				if n != -n || n == 0 {
					return constExpr(runtime.MakeInt(-int64(n)))
				}
			case runtime.Float:
				return constExpr(-n)
			}
		}
	}
	operand := c.expr(x.Operand)
	op, pos := x.Op, spanOf(x)
	if op == ast.Not {
		cond := c.cond(x.Operand)
		return func(fr *Frame) (runtime.Value, error) {
			t, err := cond(fr)
			if err != nil {
				return nil, err
			}
			return runtime.Bool(!t), nil
		}
	}
	return func(fr *Frame) (runtime.Value, error) {
		v, err := operand(fr)
		if err != nil {
			return nil, err
		}
		if op == ast.USub {
			if i, ok := v.(runtime.Int); ok && i != -i {
				return fr.ints.Box(-int64(i)), nil
			}
		}
		return mark{fr, pos}.ret(runtime.UnaryOp(fr.th, op, v))
	}
}

func (c *compiler) boolOp(x *ast.BoolOp) exprFn {
	vals := c.exprs(x.Values)
	isAnd := x.Op == ast.And
	return func(fr *Frame) (runtime.Value, error) {
		var v runtime.Value
		for i, f := range vals {
			var err error
			v, err = f(fr)
			if err != nil {
				return nil, err
			}
			if i == len(vals)-1 {
				break
			}
			t, err := runtime.Truth(fr.th, v)
			if err != nil {
				return nil, err
			}
			if t != isAnd {
				return v, nil
			}
		}
		return v, nil
	}
}

// compareOp evaluates one comparison `a op b`.
func compareOp(th *runtime.Thread, op ast.Op, a, b runtime.Value) (runtime.Value, error) {
	switch op {
	case ast.Is:
		return runtime.Bool(runtime.Is(a, b)), nil
	case ast.IsNot:
		return runtime.Bool(!runtime.Is(a, b)), nil
	case ast.In, ast.NotIn:
		ok, err := runtime.Contains(th, b, a)
		if err != nil {
			return nil, err
		}
		return runtime.Bool(ok == (op == ast.In)), nil
	}
	if x, ok := a.(runtime.Int); ok {
		if y, ok := b.(runtime.Int); ok {
			return runtime.Bool(runtime.CmpOrdered(op, x, y)), nil
		}
	}
	return runtime.Compare(th, op, a, b)
}

func (c *compiler) compare(x *ast.Compare) exprFn {
	if len(x.Ops) == 1 {
		cond := c.compareCond(x)
		return func(fr *Frame) (runtime.Value, error) {
			// compareCond would lose rich results; use it only for
			// the int fast path via compare1.
			return cond.value(fr)
		}
	}
	left := c.expr(x.Left)
	rights := c.exprs(x.Comparators)
	ops, pos := x.Ops, spanOf(x)
	return func(fr *Frame) (runtime.Value, error) {
		a, err := left(fr)
		if err != nil {
			return nil, err
		}
		var r runtime.Value
		for i, rf := range rights {
			b, err := rf(fr)
			if err != nil {
				return nil, err
			}
			r, err = compareOp(fr.th, ops[i], a, b)
			if err != nil {
				return nil, fr.at(err, pos)
			}
			if i < len(rights)-1 {
				t, err := runtime.Truth(fr.th, r)
				if err != nil {
					return nil, err
				}
				if !t {
					return r, nil
				}
			}
			a = b
		}
		return r, nil
	}
}

// cmp1 is a compiled single comparison, usable as a value or a condition.
type cmp1 struct {
	value exprFn
	cond  condFn
}

func (c *compiler) compareCond(x *ast.Compare) cmp1 {
	if nc := c.numCompare(x); nc != nil {
		return *nc
	}
	// A local's mutable int box (runtime.IntSlots) is compared in place
	// and detached only when the comparison is not of two ints.
	left, _ := c.peekExpr(x.Left)
	op, pos := x.Ops[0], spanOf(x)
	var right exprFn
	rconst, isConst := constValue(x.Comparators[0])
	ri, constInt := rconst.(runtime.Int)
	if !isConst {
		right = c.expr(x.Comparators[0])
	}
	eval := func(fr *Frame) (runtime.Value, runtime.Value, error) {
		a, err := left(fr)
		if err != nil {
			return nil, nil, err
		}
		if isConst {
			return a, rconst, nil
		}
		b, err := right(fr)
		return a, b, err
	}
	cond := func(fr *Frame) (bool, error) {
		a, b, err := eval(fr)
		if err != nil {
			return false, err
		}
		if x, ok := a.(runtime.Int); ok {
			if constInt {
				return runtime.CmpOrdered(op, x, ri), nil
			}
			if y, ok := b.(runtime.Int); ok {
				return runtime.CmpOrdered(op, x, y), nil
			}
		}
		r, err := compareOp(fr.th, op, fr.detach(a), b)
		if err != nil {
			return false, fr.at(err, pos)
		}
		if bv, ok := r.(runtime.Bool); ok {
			return bool(bv), nil
		}
		return runtime.Truth(fr.th, r)
	}
	value := func(fr *Frame) (runtime.Value, error) {
		a, b, err := eval(fr)
		if err != nil {
			return nil, err
		}
		return mark{fr, pos}.ret(compareOp(fr.th, op, fr.detach(a), b))
	}
	return cmp1{value: value, cond: cond}
}

// cond compiles an expression used for its truth value.
func (c *compiler) cond(e ast.Expr) condFn {
	switch x := e.(type) {
	case *ast.Compare:
		if len(x.Ops) == 1 {
			return c.compareCond(x).cond
		}
	case *ast.UnaryOp:
		if x.Op == ast.Not {
			inner := c.cond(x.Operand)
			return func(fr *Frame) (bool, error) {
				t, err := inner(fr)
				return !t, err
			}
		}
	case *ast.BoolOp:
		parts := make([]condFn, len(x.Values))
		for i, v := range x.Values {
			parts[i] = c.cond(v)
		}
		isAnd := x.Op == ast.And
		return func(fr *Frame) (bool, error) {
			for _, p := range parts {
				t, err := p(fr)
				if err != nil {
					return false, err
				}
				if t != isAnd {
					return t, nil
				}
			}
			return isAnd, nil
		}
	}
	f := c.expr(e)
	return func(fr *Frame) (bool, error) {
		v, err := f(fr)
		if err != nil {
			return false, err
		}
		if b, ok := v.(runtime.Bool); ok {
			return bool(b), nil
		}
		return runtime.Truth(fr.th, v)
	}
}

// ---- f-strings ----

// joinedStr compiles an f-string. A formatting error marks the whole
// f-string, as CPython 3.11 does.
func (c *compiler) joinedStr(x *ast.JoinedStr) exprFn {
	pos := spanOf(x)
	parts := make([]exprFn, len(x.Values))
	for i, v := range x.Values {
		if fv, ok := v.(*ast.FormattedValue); ok {
			parts[i] = c.formattedValue(fv, pos)
		} else {
			parts[i] = c.expr(v)
		}
	}
	// The parts are joined in a buffer on the stack, then copied into
	// the str (runtime.StrFromBytes: one allocation); an int without a
	// format spec or conversion (formattedValue hands it on as it is)
	// is written straight into it. f"item-{i}" made 5 allocations.
	return func(fr *Frame) (runtime.Value, error) {
		var arr [128]byte
		b := arr[:0]
		for _, p := range parts {
			v, err := p(fr)
			if err != nil {
				return nil, err
			}
			switch x := v.(type) {
			case runtime.Str:
				b = append(b, x...)
			case runtime.Int:
				b = strconv.AppendInt(b, int64(x), 10)
			default:
				str, err := runtime.ToStr(fr.th, v)
				if err != nil {
					return nil, fr.at(err, pos)
				}
				b = append(b, str...)
			}
		}
		return runtime.StrFromBytes(b), nil
	}
}

func (c *compiler) formattedValue(x *ast.FormattedValue, pos runtime.Span) exprFn {
	val := c.expr(x.Value)
	var spec exprFn
	if x.FormatSpec != nil {
		spec = c.expr(x.FormatSpec)
	}
	conv := x.Conversion
	return func(fr *Frame) (runtime.Value, error) {
		v, err := val(fr)
		if err != nil {
			return nil, err
		}
		switch conv {
		case 'r':
			s, err := runtime.Repr(fr.th, v)
			if err != nil {
				return nil, fr.at(err, pos)
			}
			v = runtime.Str(s)
		case 's':
			s, err := runtime.ToStr(fr.th, v)
			if err != nil {
				return nil, fr.at(err, pos)
			}
			v = runtime.Str(s)
		case 'a':
			s, err := runtime.Repr(fr.th, v)
			if err != nil {
				return nil, fr.at(err, pos)
			}
			v = runtime.Str(runtime.EscapeNonASCII(s))
		}
		if _, ok := v.(runtime.Int); ok && spec == nil && conv == 0 {
			return v, nil // (joinedStr writes its digits)
		}
		sp := ""
		if spec != nil {
			sv, err := spec(fr)
			if err != nil {
				return nil, err
			}
			sp = string(sv.(runtime.Str))
		}
		if s, ok := v.(runtime.Str); ok && sp == "" {
			return s, nil
		}
		out, err := runtime.Format(fr.th, v, sp)
		if err != nil {
			return nil, fr.at(err, pos)
		}
		return runtime.Str(out), nil
	}
}
