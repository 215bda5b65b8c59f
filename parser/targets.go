package parser

import (
	"github.com/spindle-lang/spindle/ast"
)

// targetKind says what a target list is for; the messages differ.
type targetKind int

const (
	targetAssign targetKind = iota // '=' and 'with ... as'
	targetFor                      // 'for' statements and comprehensions
	targetDel                      // 'del'
)

// exprName describes e the way CPython's error messages do
// (_PyPegen_get_expr_name): "cannot assign to function call".
func exprName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		return "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.Constant:
		switch x.Kind {
		case ast.ConstNone:
			return "None"
		case ast.ConstTrue:
			return "True"
		case ast.ConstFalse:
			return "False"
		}
		return "ellipsis"
	case *ast.Int, *ast.Float, *ast.Str, *ast.Bytes:
		return "literal"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	case *ast.Slice:
		return "slice"
	}
	return "expression"
}

// isBitorLevel reports whether e, written without parentheses, is a
// bitwise_or expression in CPython's grammar (not a comparison, 'not',
// 'and', 'or', conditional or lambda).
func isBitorLevel(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Compare, *ast.BoolOp, *ast.IfExp, *ast.Lambda, *ast.NamedExpr,
		*ast.Yield, *ast.YieldFrom, *ast.Starred:
		return false
	case *ast.UnaryOp:
		return x.Op != ast.Not
	}
	return true
}

// invalidTarget returns the first part of e that cannot be assigned to (or
// deleted), or nil (CPython's _PyPegen_get_invalid_target).
func invalidTarget(e ast.Expr, kind targetKind) ast.Expr {
	switch x := e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return nil
	case *ast.Tuple:
		return firstInvalid(x.Elts, kind)
	case *ast.List:
		return firstInvalid(x.Elts, kind)
	case *ast.Starred:
		if kind == targetDel {
			return e
		}
		return invalidTarget(x.Value, kind)
	}
	return e
}

func firstInvalid(elts []ast.Expr, kind targetKind) ast.Expr {
	for _, elt := range elts {
		if inv := invalidTarget(elt, kind); inv != nil {
			return inv
		}
	}
	return nil
}

// checkStore checks a target of a 'for', a comprehension, a 'with ... as'
// or a 'del'.
func checkStore(e ast.Expr, kind targetKind) *parseError {
	if inv := invalidTarget(e, kind); inv != nil {
		if kind == targetDel {
			return errAt(inv.Position(), "cannot delete %s", exprName(inv))
		}
		return errAt(inv.Position(), "cannot assign to %s", exprName(inv))
	}
	if kind == targetDel {
		return nil
	}
	return checkStarred(e)
}

// checkStarred enforces the starred-target rules of the compiler: a
// starred target only inside a tuple or list, at most one per level.
func checkStarred(e ast.Expr) *parseError {
	if s, ok := e.(*ast.Starred); ok {
		return errAt(s.Position(), "starred assignment target must be in a list or tuple")
	}
	return checkStarredElts(e)
}

func checkStarredElts(e ast.Expr) *parseError {
	var elts []ast.Expr
	switch x := e.(type) {
	case *ast.Tuple:
		elts = x.Elts
	case *ast.List:
		elts = x.Elts
	default:
		return nil
	}
	stars := 0
	for _, elt := range elts {
		inner := elt
		if s, ok := elt.(*ast.Starred); ok {
			stars++
			inner = s.Value
		}
		if err := checkStarredElts(inner); err != nil {
			return err
		}
	}
	if stars > 1 {
		return errAt(e.Position(), "multiple starred expressions in assignment")
	}
	return nil
}

// checkAssign checks the targets of `t1 = t2 = ... = value`. parens lists
// the parenthesized expressions of the statement (see exprParser.parens).
func checkAssign(targets []ast.Expr, parens []ast.Expr) *parseError {
	for _, t := range targets {
		switch t.(type) {
		case *ast.Yield, *ast.YieldFrom:
			if !contains(parens, t) {
				return errAt(t.Position(), "assignment to yield expression not possible")
			}
		}
		inv := invalidTarget(t, targetAssign)
		if inv == nil {
			if err := checkStarred(t); err != nil {
				return err
			}
			continue
		}
		if len(targets) == 1 && maybeComparison(t, inv, parens) {
			return errAt(inv.Position(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(inv))
		}
		return errAt(inv.Position(), "cannot assign to %s", exprName(inv))
	}
	return nil
}

// maybeComparison reports whether CPython words the error for the invalid
// target inv of `t = value` as a possible typo of '==': when inv is the
// last item before the '=' and a bitwise_or expression other than a
// tuple, list, generator expression, True, False or None.
func maybeComparison(t, inv ast.Expr, parens []ast.Expr) bool {
	last := t
	if tup, ok := t.(*ast.Tuple); ok && !contains(parens, t) && len(tup.Elts) > 0 {
		last = tup.Elts[len(tup.Elts)-1]
	}
	if last != inv {
		return false
	}
	switch x := inv.(type) {
	case *ast.Tuple, *ast.List, *ast.GeneratorExp:
		return false
	case *ast.Constant:
		return x.Kind == ast.ConstEllipsis
	}
	return contains(parens, inv) || isBitorLevel(inv)
}

// checkAugAssign checks the target of `t op= value`.
func checkAugAssign(t ast.Expr) *parseError {
	switch t.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return nil
	}
	return errAt(t.Position(), "'%s' is an illegal expression for augmented assignment", exprName(t))
}

// checkAnnAssign checks the target of `t: annotation`.
func checkAnnAssign(t ast.Expr, parens []ast.Expr) *parseError {
	switch x := t.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return nil
	case *ast.Tuple:
		if !contains(parens, t) && len(x.Elts) > 0 {
			return errAt(x.Elts[0].Position(), "only single target (not tuple) can be annotated")
		}
		return errAt(t.Position(), "only single target (not tuple) can be annotated")
	case *ast.List:
		return errAt(t.Position(), "only single target (not list) can be annotated")
	}
	return errAt(t.Position(), "illegal target for annotation")
}

// checkValue rejects a bare starred expression used as a value
// (`x = *a`, `return *a`).
func checkValue(e ast.Expr) *parseError {
	if s, ok := e.(*ast.Starred); ok {
		return errAt(s.Position(), "can't use starred expression here")
	}
	return nil
}

func contains(list []ast.Expr, e ast.Expr) bool {
	for _, x := range list {
		if x == e {
			return true
		}
	}
	return false
}

func errAt(p ast.Pos, format string, args ...any) *parseError {
	return &parseError{msg: sprintf(format, args...), line: p.Line, col: p.Col, endLine: p.EndLine, endCol: p.EndCol}
}
