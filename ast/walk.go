package ast

// Walk calls fn for node and then, if fn returned true, for each child in
// source order. Nil children are skipped.
func Walk(node Node, fn func(Node) bool) {
	if node == nil || !fn(node) {
		return
	}
	for _, c := range Children(node) {
		Walk(c, fn)
	}
}

// Children returns the direct child nodes of n in source order.
func Children(n Node) []Node {
	var out []Node
	add := func(ns ...Node) {
		for _, c := range ns {
			if c != nil && !isNilNode(c) {
				out = append(out, c)
			}
		}
	}
	exprs := func(es []Expr) {
		for _, e := range es {
			add(e)
		}
	}
	stmts := func(ss []Stmt) {
		for _, s := range ss {
			add(s)
		}
	}
	args := func(a *Arguments) {
		if a == nil {
			return
		}
		for _, group := range [][]*Arg{a.PosOnly, a.Args, {a.Vararg}, a.KwOnly, {a.Kwarg}} {
			for _, x := range group {
				if x != nil {
					add(x)
				}
			}
		}
	}
	comps := func(cs []*Comprehension) {
		for _, c := range cs {
			add(c)
		}
	}
	switch n := n.(type) {
	case *Module:
		stmts(n.Body)
	case *Arg:
		add(n.Annotation, n.Default)
	case *Arguments:
		args(n)
	case *Comprehension:
		add(n.Target, n.Iter)
		exprs(n.Ifs)
	case *Keyword:
		add(n.Value)
	case *JoinedStr:
		exprs(n.Values)
	case *FormattedValue:
		add(n.Value, n.FormatSpec)
	case *BinOp:
		add(n.Left, n.Right)
	case *UnaryOp:
		add(n.Operand)
	case *BoolOp:
		exprs(n.Values)
	case *Compare:
		add(n.Left)
		exprs(n.Comparators)
	case *Call:
		add(n.Func)
		exprs(n.Args)
		for i := range n.Keywords {
			add(&n.Keywords[i])
		}
	case *Attribute:
		add(n.Value)
	case *Subscript:
		add(n.Value, n.Index)
	case *Slice:
		add(n.Lower, n.Upper, n.Step)
	case *Starred:
		add(n.Value)
	case *List:
		exprs(n.Elts)
	case *Tuple:
		exprs(n.Elts)
	case *Set:
		exprs(n.Elts)
	case *Dict:
		for i := range n.Values {
			add(n.Keys[i], n.Values[i])
		}
	case *IfExp:
		add(n.Test, n.Body, n.Orelse)
	case *NamedExpr:
		add(n.Target, n.Value)
	case *Lambda:
		args(n.Args)
		add(n.Body)
	case *ListComp:
		add(n.Elt)
		comps(n.Generators)
	case *SetComp:
		add(n.Elt)
		comps(n.Generators)
	case *GeneratorExp:
		add(n.Elt)
		comps(n.Generators)
	case *DictComp:
		add(n.Key, n.Value)
		comps(n.Generators)
	case *Yield:
		add(n.Value)
	case *YieldFrom:
		add(n.Value)
	case *ExprStmt:
		add(n.Value)
	case *Assign:
		exprs(n.Targets)
		add(n.Value)
	case *AugAssign:
		add(n.Target, n.Value)
	case *AnnAssign:
		add(n.Target, n.Annotation, n.Value)
	case *Delete:
		exprs(n.Targets)
	case *Return:
		add(n.Value)
	case *Raise:
		add(n.Exc, n.Cause)
	case *Assert:
		add(n.Test, n.Msg)
	case *If:
		add(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *While:
		add(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *For:
		add(n.Target, n.Iter)
		stmts(n.Body)
		stmts(n.Orelse)
	case *FunctionDef:
		exprs(n.Decorators)
		args(n.Args)
		add(n.Returns)
		stmts(n.Body)
	case *ClassDef:
		exprs(n.Decorators)
		exprs(n.Bases)
		for i := range n.Keywords {
			add(&n.Keywords[i])
		}
		stmts(n.Body)
	case *ExceptHandler:
		add(n.Type)
		stmts(n.Body)
	case *Try:
		stmts(n.Body)
		for _, h := range n.Handlers {
			add(h)
		}
		stmts(n.Orelse)
		stmts(n.Finalbody)
	case *WithItem:
		add(n.Context, n.Vars)
	case *With:
		for _, it := range n.Items {
			add(it)
		}
		stmts(n.Body)
	case *Import:
		for _, a := range n.Names {
			add(a)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			add(a)
		}
	case *AwaitBlock:
		stmts(n.Body)
	case *AsyncBlock:
		stmts(n.Body)
	}
	return out
}

// isNilNode reports whether an interface holds a typed nil pointer, which
// optional fields (a nil Expr stored from a nil *Name, say) can produce.
func isNilNode(n Node) bool {
	switch v := n.(type) {
	case *Name:
		return v == nil
	case *Arguments:
		return v == nil
	case *Arg:
		return v == nil
	}
	return false
}
