package interp

import (
	"math"
	"sync"

	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/runtime"
)

type lineStmt struct {
	line int
	fn   stmtFn
}

func nop(*Frame) (ctrl, error) { return 0, nil }

// block compiles a statement list. Each statement sets the frame's line
// before it runs (tracebacks and thread dumps read it).
func (c *compiler) block(ss []ast.Stmt) stmtFn {
	var stmts []lineStmt
	for _, s := range ss {
		if _, ok := s.(*ast.Pass); ok {
			continue
		}
		if _, ok := s.(*ast.Global); ok {
			continue
		}
		if _, ok := s.(*ast.Nonlocal); ok {
			continue
		}
		stmts = append(stmts, lineStmt{s.Position().Line, c.stmt(s)})
	}
	switch len(stmts) {
	case 0:
		return nop
	case 1:
		s := stmts[0]
		return func(fr *Frame) (ctrl, error) {
			fr.Line = s.line
			return s.fn(fr)
		}
	case 2:
		s0, s1 := stmts[0], stmts[1]
		return func(fr *Frame) (ctrl, error) {
			fr.Line = s0.line
			if c, err := s0.fn(fr); c != 0 || err != nil {
				return c, err
			}
			fr.Line = s1.line
			return s1.fn(fr)
		}
	}
	return func(fr *Frame) (ctrl, error) {
		for i := range stmts {
			s := &stmts[i]
			fr.Line = s.line
			if c, err := s.fn(fr); c != 0 || err != nil {
				return c, err
			}
		}
		return 0, nil
	}
}

func (c *compiler) stmt(st ast.Stmt) stmtFn {
	switch s := st.(type) {
	case *ast.ExprStmt:
		e := c.expr(s.Value)
		return func(fr *Frame) (ctrl, error) {
			_, err := e(fr)
			return 0, err
		}
	case *ast.Assign:
		return c.assign(s)
	case *ast.AugAssign:
		return c.augAssign(s)
	case *ast.AnnAssign:
		if c.scope.kind == scopeClass {
			if f := c.classAnnAssign(s); f != nil {
				return f
			}
		}
		ann := c.annotation(s.Annotation)
		evalAnn := c.scope.kind == scopeModule || c.scope.kind == scopeClass
		if s.Value == nil {
			if _, isName := s.Target.(*ast.Name); !isName {
				// x.y: int evaluates x (for errors).
				return nop
			}
			if evalAnn {
				return func(fr *Frame) (ctrl, error) {
					_, err := ann(fr)
					return 0, err
				}
			}
			return nop
		}
		val := c.expr(s.Value)
		store := c.store(s.Target, false)
		return func(fr *Frame) (ctrl, error) {
			v, err := val(fr)
			if err != nil {
				return 0, err
			}
			if evalAnn {
				if _, err := ann(fr); err != nil {
					return 0, err
				}
			}
			return 0, store(fr, v)
		}
	case *ast.Delete:
		return c.deleteAll(s.Targets)
	case *ast.Pass, *ast.Global, *ast.Nonlocal:
		return nop
	case *ast.Break:
		return func(*Frame) (ctrl, error) { return ctrlBreak, nil }
	case *ast.Continue:
		return func(*Frame) (ctrl, error) { return ctrlContinue, nil }
	case *ast.Return:
		if s.Value == nil {
			return func(fr *Frame) (ctrl, error) {
				fr.ret = runtime.None
				return ctrlReturn, nil
			}
		}
		val := c.expr(s.Value)
		return func(fr *Frame) (ctrl, error) {
			v, err := val(fr)
			if err != nil {
				return 0, err
			}
			fr.ret = v
			return ctrlReturn, nil
		}
	case *ast.Raise:
		return c.raise(s)
	case *ast.Assert:
		return c.assert(s)
	case *ast.If:
		return c.ifStmt(s)
	case *ast.While:
		return c.while(s)
	case *ast.For:
		return c.forStmt(s)
	case *ast.FunctionDef:
		return c.funcDef(s)
	case *ast.ClassDef:
		return c.classDef(s)
	case *ast.Try:
		return c.try(s)
	case *ast.With:
		return c.with(s)
	case *ast.Import:
		return c.importStmt(s)
	case *ast.ImportFrom:
		return c.importFrom(s)
	case *ast.AwaitBlock:
		return c.awaitBlock(s)
	case *ast.AsyncBlock:
		return c.asyncBlock(s)
	}
	c.syntaxError(st.Position(), "unsupported statement")
	return nop
}

func (c *compiler) assign(s *ast.Assign) stmtFn {
	if st := c.sliceCopy(s); st != nil {
		return st
	}
	if st := c.ownAssign(s); st != nil {
		return st
	}
	val := c.expr(s.Value)
	if len(s.Targets) == 1 {
		if n, ok := s.Targets[0].(*ast.Name); ok {
			if b := c.binding(n.Id); b.kind == bindLocal && !c.inLoopCells(n.Id) {
				i := b.index
				return func(fr *Frame) (ctrl, error) {
					v, err := val(fr)
					if err != nil {
						return 0, err
					}
					fr.locals[i] = v
					return 0, nil
				}
			}
		}
		store := c.store(s.Targets[0], false)
		return func(fr *Frame) (ctrl, error) {
			v, err := val(fr)
			if err != nil {
				return 0, err
			}
			return 0, store(fr, v)
		}
	}
	stores := make([]storeFn, len(s.Targets))
	for i, t := range s.Targets {
		stores[i] = c.store(t, false)
	}
	return func(fr *Frame) (ctrl, error) {
		v, err := val(fr)
		if err != nil {
			return 0, err
		}
		for _, st := range stores {
			if err := st(fr, v); err != nil {
				return 0, err
			}
		}
		return 0, nil
	}
}

// inplace is `a op= b` (after the unboxed paths of inplaceNum). The
// int is freshMark when the result is a big int this operator made, that
// no one else has seen (two ints: freshIntOp), else 0.
func inplace(fr *Frame, op ast.Op, a, b runtime.Value) (runtime.Value, int64, error) {
	if v, ok := fastBinary(&fr.ints, op, a, b); ok {
		return v, 0, nil
	}
	if freshOpInts(op, a, b) {
		_, v, err := freshIntOp(fr.th, op, 0, a, 0, b)
		return v, freshMark, err
	}
	v, err := runtime.InplaceOp(fr.th, op, fr.detach(a), b)
	return v, 0, err
}

func (c *compiler) augAssign(s *ast.AugAssign) stmtFn {
	op := s.Op
	applyInt := c.inplaceNum(op, s.Value)
	// CPython marks the whole statement for the operation itself and
	// the target for loading and storing its item or attribute.
	spos, tpos := spanOf(s), spanOf(s.Target)
	apply := func(fr *Frame, a runtime.Value) (runtime.Value, error) {
		r, ri, err := applyInt(fr, a)
		if err != nil {
			return nil, fr.at(err, spos)
		}
		if r == nil {
			r = fr.ints.Box(ri)
		} else if r == floatResult {
			r = fr.floats.Box(math.Float64frombits(uint64(ri)))
		}
		return r, nil
	}
	switch t := s.Target.(type) {
	case *ast.Name:
		load := c.loadName(t.Id, spanOf(t))
		if b := c.binding(t.Id); b.kind == bindLocal && !c.inLoopCells(t.Id) && c.scope.inPlace[t.Id] {
			i := b.index // (its reads detach: scope.inPlace)
			name := t.Id
			_, own := c.ownSlot(t)
			return func(fr *Frame) (ctrl, error) {
				a := fr.locals[i] // applyInt consumes or detaches it
				if a == nil {
					return 0, fr.at(unboundLocal(name), spanOf(t))
				}
				r, ri, err := applyInt(fr, a)
				if err != nil {
					return 0, err
				}
				if r == nil {
					fr.setLocalInt(i, ri)
				} else if r == floatResult {
					fr.setLocalFloat(i, math.Float64frombits(uint64(ri)))
				} else if ri == freshMark && own {
					fr.storeOwned(i, freshMark, r)
				} else {
					fr.locals[i] = r
				}
				return 0, nil
			}
		}
		store := c.storeName(t.Id, false)
		return func(fr *Frame) (ctrl, error) {
			a, err := load(fr)
			if err != nil {
				return 0, err
			}
			r, err := apply(fr, a)
			if err != nil {
				return 0, err
			}
			return 0, store(fr, r)
		}
	case *ast.Attribute:
		obj := c.expr(t.Value)
		site := runtime.NewAttrSite(t.Attr)
		return func(fr *Frame) (ctrl, error) {
			o, err := obj(fr)
			if err != nil {
				return 0, err
			}
			a, err := site.Get(fr.th, o)
			if err != nil {
				return 0, fr.at(err, tpos)
			}
			r, err := apply(fr, a)
			if err != nil {
				return 0, err
			}
			return 0, fr.at(site.Set(fr.th, o, r), tpos)
		}
	case *ast.Subscript:
		obj := c.expr(t.Value)
		key := c.expr(t.Index)
		return func(fr *Frame) (ctrl, error) {
			o, err := obj(fr)
			if err != nil {
				return 0, err
			}
			k, err := key(fr)
			if err != nil {
				return 0, err
			}
			if l, ok := o.(*runtime.List); ok {
				// v[i] op= x on a list: no generic item dispatch.
				if i, ok := k.(runtime.Int); ok {
					if a, ok := l.GetIndex(int(i)); ok {
						r, err := apply(fr, a)
						if err != nil {
							return 0, err
						}
						if l.SetIndex(int(i), r) {
							return 0, nil
						}
						return 0, fr.at(runtime.SetItem(fr.th, o, k, r), tpos)
					}
				}
			}
			a, err := runtime.GetItem(fr.th, o, k)
			if err != nil {
				return 0, fr.at(err, tpos)
			}
			r, err := apply(fr, a)
			if err != nil {
				return 0, err
			}
			return 0, fr.at(runtime.SetItem(fr.th, o, k, r), tpos)
		}
	}
	c.syntaxError(s.Target.Position(), "'%s' is an illegal expression for augmented assignment", exprDescription(s.Target))
	return nop
}

func (c *compiler) ifStmt(s *ast.If) stmtFn {
	test := c.cond(s.Test)
	body := c.block(s.Body)
	if len(s.Orelse) == 0 {
		return func(fr *Frame) (ctrl, error) {
			t, err := test(fr)
			if err != nil {
				return 0, err
			}
			if t {
				return body(fr)
			}
			return 0, nil
		}
	}
	orelse := c.block(s.Orelse)
	return func(fr *Frame) (ctrl, error) {
		t, err := test(fr)
		if err != nil {
			return 0, err
		}
		if t {
			return body(fr)
		}
		return orelse(fr)
	}
}

func (c *compiler) while(s *ast.While) stmtFn {
	test := c.cond(s.Test)
	body := c.block(s.Body)
	var orelse stmtFn
	if len(s.Orelse) > 0 {
		orelse = c.block(s.Orelse)
	}
	line := s.Pos.Line
	return func(fr *Frame) (ctrl, error) {
		th := fr.th
		for {
			t, err := test(fr)
			if err != nil {
				return 0, err
			}
			if !t {
				break
			}
			switch ct, err := body(fr); {
			case err != nil:
				return 0, err
			case ct == ctrlBreak:
				return 0, nil
			case ct == ctrlReturn:
				return ct, nil
			}
			if err := th.Checkpoint(); err != nil {
				return 0, err
			}
			fr.Line = line
		}
		if orelse != nil {
			return orelse(fr)
		}
		return 0, nil
	}
}

// The loop statements repeat the few lines that run a body and take the
// back-edge checkpoint, on purpose: factored into a function (it is not
// inlined) they cost ~4% on bench/loop.sp (user time, mean of 9 runs).
func (c *compiler) forStmt(s *ast.For) stmtFn {
	var iterE exprFn
	if call, ok := reversedCall(s.Iter); ok {
		iterE = c.reversedIter(call)
	} else {
		iterE = c.ownedExpr(s.Iter, ownPush)
	}
	if c.pushLoopCells(s) {
		defer func() { c.loopCells = c.loopCells[:len(c.loopCells)-1] }()
	}
	store := c.store(s.Target, true)
	var localSlot = -1 // (its reads detach: scope.inPlace)
	if n, ok := s.Target.(*ast.Name); ok {
		if b := c.binding(n.Id); b.kind == bindLocal && !c.inLoopCells(n.Id) && c.scope.inPlace[n.Id] {
			localSlot = b.index
		}
	}
	pair := c.pairTargets(s.Target)
	body := c.block(s.Body)
	var orelse stmtFn
	if len(s.Orelse) > 0 {
		orelse = c.block(s.Orelse)
	}
	line := s.Pos.Line
	// each runs the body for one item; done=true stops the loop with
	// the returned control/error.
	return func(fr *Frame) (ctrl, error) {
		it, err := iterE(fr)
		if err != nil {
			return 0, err
		}
		th := fr.th
		if pair != nil {
			if pi, ok := it.(runtime.PairIterator); ok && pi.Pairs() {
				if ct, err, done := forPairs(fr, pi, pair, body, line); done {
					return ct, err
				}
				if orelse != nil {
					return orelse(fr)
				}
				return 0, nil
			}
		}
		if inst, ok := it.(*runtime.Instance); ok {
			p, ok, err := ownedInstanceIter(fr, inst, false)
			if err != nil {
				return 0, err
			}
			if ok {
				it = p
			}
		}
		switch x := it.(type) {
		case *runtime.Range:
			step := x.Step
			n := rangeLen(x)
			v := x.Start
			for k := int64(0); k < n; k++ {
				if localSlot >= 0 {
					fr.setLocalInt(localSlot, v)
				} else if err := store(fr, fr.ints.Box(v)); err != nil {
					return 0, err
				}
				switch ct, err := body(fr); {
				case err != nil:
					return 0, err
				case ct == ctrlBreak:
					return 0, nil
				case ct == ctrlReturn:
					return ct, nil
				}
				if err := th.Checkpoint(); err != nil {
					return 0, err
				}
				fr.Line = line
				v += step
			}
		case *pushIter:
			if ct, err, done := forPush(fr, x, store, body, line); done {
				return ct, err
			}
		case reversedTuple:
			items := x.t.Items
			for k := len(items) - 1; k >= 0; k-- {
				if err := store(fr, items[k]); err != nil {
					return 0, err
				}
				switch ct, err := body(fr); {
				case err != nil:
					return 0, err
				case ct == ctrlBreak:
					return 0, nil
				case ct == ctrlReturn:
					return ct, nil
				}
				if err := th.Checkpoint(); err != nil {
					return 0, err
				}
				fr.Line = line
			}
		case *runtime.List:
			for i := 0; ; i++ {
				item, ok := x.GetIndex(i)
				if !ok {
					break
				}
				if err := store(fr, item); err != nil {
					return 0, err
				}
				switch ct, err := body(fr); {
				case err != nil:
					return 0, err
				case ct == ctrlBreak:
					return 0, nil
				case ct == ctrlReturn:
					return ct, nil
				}
				if err := th.Checkpoint(); err != nil {
					return 0, err
				}
				fr.Line = line
			}
		default:
			iter, err := runtime.Iter(th, it)
			if err != nil {
				return 0, err
			}
			for {
				item, ok, err := iter.Next(th)
				if err != nil {
					return 0, err
				}
				if !ok {
					break
				}
				if err := store(fr, item); err != nil {
					return 0, err
				}
				switch ct, err := body(fr); {
				case err != nil:
					return 0, err
				case ct == ctrlBreak:
					return 0, nil
				case ct == ctrlReturn:
					return ct, nil
				}
				if err := th.Checkpoint(); err != nil {
					return 0, err
				}
				fr.Line = line
			}
		}
		if orelse != nil {
			return orelse(fr)
		}
		return 0, nil
	}
}

func (c *compiler) assert(s *ast.Assert) stmtFn {
	test := c.cond(s.Test)
	pos := spanOf(s.Test) // CPython marks the test
	var msg exprFn
	if s.Msg != nil {
		msg = c.expr(s.Msg)
	}
	return func(fr *Frame) (ctrl, error) {
		t, err := test(fr)
		if err != nil {
			return 0, err
		}
		if t {
			return 0, nil
		}
		exc := runtime.NewException(runtime.AssertionErrorType)
		if msg != nil {
			m, err := msg(fr)
			if err != nil {
				return 0, err
			}
			exc.Args = []runtime.Value{m}
		}
		return 0, fr.raiseAt(exc, pos)
	}
}

// rangeLen is the number of items of a range.
func rangeLen(r *runtime.Range) int64 {
	if r.Step > 0 && r.Start < r.Stop {
		return (r.Stop-r.Start-1)/r.Step + 1
	}
	if r.Step < 0 && r.Start > r.Stop {
		return (r.Start-r.Stop-1)/(-r.Step) + 1
	}
	return 0
}

// pushLoopCells opens the loop region of a for loop or comprehension
// clause when closures in its body capture its variables.
func (c *compiler) pushLoopCells(node ast.Node) bool {
	m := map[string]int{}
	for _, lv := range c.res.loops[node] {
		if lv.captured {
			m[lv.name] = lv.cell
		}
	}
	if len(m) == 0 {
		return false
	}
	c.loopCells = append(c.loopCells, m)
	return true
}

func (c *compiler) inLoopCells(name string) bool {
	for _, m := range c.loopCells {
		if _, ok := m[name]; ok {
			return true
		}
	}
	return false
}

// reversedTuple is reversed(t) as the iterable of a for statement
// (reversedIter): the loop walks t's items backwards with no iterator
// object. It never leaves forStmt.
type reversedTuple struct{ t *runtime.Tuple }

func (reversedTuple) Type() *runtime.Type { return runtime.TupleType }

// reversedCall reports whether e is reversed(x) with one plain argument.
func reversedCall(e ast.Expr) (*ast.Call, bool) {
	call, ok := e.(*ast.Call)
	if !ok || len(call.Args) != 1 || len(call.Keywords) != 0 {
		return nil, false
	}
	if _, star := call.Args[0].(*ast.Starred); star {
		return nil, false
	}
	name, ok := call.Func.(*ast.Name)
	return call, ok && name.Id == "reversed"
}

// reversedIter compiles the iterable reversed(x) of a for statement: when
// the name is the builtin and x a tuple, a reversedTuple (the loop of
// `for f in reversed(fs)` in a small function allocated an iterator per
// call); anything else is called as usual.
func (c *compiler) reversedIter(call *ast.Call) exprFn {
	fn := c.expr(call.Func)
	arg := c.expr(call.Args[0])
	line := call.Pos.Line
	return func(fr *Frame) (runtime.Value, error) {
		f, err := fn(fr)
		if err != nil {
			return nil, err
		}
		v, err := arg(fr)
		if err != nil {
			return nil, err
		}
		fr.Line = line
		if err := callCheckpoint(fr.th, f); err != nil {
			return nil, err
		}
		if t, ok := v.(*runtime.Tuple); ok && f == builtinReversed() {
			return reversedTuple{t}, nil
		}
		return runtime.Call(fr.th, f, []runtime.Value{v}, nil)
	}
}

var (
	reversedOnce  sync.Once
	reversedValue runtime.Value
)

// builtinReversed is the builtin reversed (nil if there is none).
func builtinReversed() runtime.Value {
	reversedOnce.Do(func() { reversedValue, _ = runtime.Builtins.GetStr("reversed") })
	return reversedValue
}
