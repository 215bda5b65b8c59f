package parser

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/spindle-lang/spindle/ast"
)

// dump renders a syntax tree as a compact s-expression, so tests read
// like (Assign (Name x) (BinOp + (Name a) (Name b))).
func dump(n ast.Node) string {
	return dumper{}.sub(n)
}

// dumpStmts renders statements separated by spaces.
func dumpStmts(stmts []ast.Stmt) string {
	return dumper{}.stmts(stmts)
}

// dumper renders nodes. The zero value gives the compact form of the unit
// tests; the differential test against CPython (see cpython_test.go) sets
// exact: integers in decimal, floats with 17 digits, strings in hex, and
// pos: the span of every node that has one in CPython too.
type dumper struct {
	b     *strings.Builder
	exact bool
	pos   bool
	inF   bool // inside an f-string: CPython's positions there are not comparable
}

// sub renders n with the same options into a new string.
func (d dumper) sub(n ast.Node) string {
	var b strings.Builder
	d.b = &b
	d.node(n)
	return b.String()
}

func (d dumper) stmts(stmts []ast.Stmt) string {
	parts := make([]string, len(stmts))
	for i, s := range stmts {
		parts[i] = d.sub(s)
	}
	return strings.Join(parts, " ")
}

func (d dumper) exprs(es []ast.Expr) string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = d.sub(e)
	}
	return strings.Join(parts, " ")
}

// at is the position suffix of n ("@1:1-1:5"), when positions are on.
func (d dumper) at(n ast.Node) string {
	if !d.pos || d.inF {
		return ""
	}
	p := n.Position()
	return fmt.Sprintf("@%d:%d-%d:%d", p.Line, p.Col, p.EndLine, p.EndCol)
}

func (d dumper) str(s string) string {
	if d.exact {
		return hex.EncodeToString([]byte(s))
	}
	return strconv.Quote(s)
}

func (d dumper) w(s string) { d.b.WriteString(s) }

// list writes "(head item item ...)" for node n.
func (d dumper) list(n ast.Node, head string, items ...any) {
	d.w("(" + head + d.at(n))
	for _, it := range items {
		if s, ok := it.(string); ok && s == "" {
			continue
		}
		if es, ok := it.([]ast.Expr); ok && len(es) == 0 {
			continue
		}
		d.w(" ")
		d.item(it)
	}
	d.w(")")
}

func (d dumper) item(it any) {
	switch x := it.(type) {
	case string:
		d.w(x)
	case ast.Node:
		d.node(x)
	case []ast.Expr:
		for i, e := range x {
			if i > 0 {
				d.w(" ")
			}
			d.node(e)
		}
	case []ast.Stmt:
		for i, s := range x {
			if i > 0 {
				d.w(" ")
			}
			d.node(s)
		}
	default:
		panic(fmt.Sprintf("dump: %T", it))
	}
}

// opt renders an optional expression as "_" when nil.
func opt(e ast.Expr) any {
	if e == nil {
		return "_"
	}
	return e
}

func (d dumper) node(n ast.Node) {
	if n == nil {
		d.w("_")
		return
	}
	switch x := n.(type) {
	case *ast.Module:
		d.item(x.Body)
	case *ast.Name:
		d.list(n, "Name", x.Id)
	case *ast.Constant:
		d.w([]string{"None", "True", "False", "..."}[x.Kind] + d.at(n))
	case *ast.Int:
		switch {
		case d.exact:
			v, _ := new(big.Int).SetString(x.Digits, x.Base)
			d.list(n, "Int", v.String())
		case x.Base == 10:
			d.list(n, "Int", x.Digits)
		default:
			d.list(n, "Int", strconv.Itoa(x.Base)+":"+x.Digits)
		}
	case *ast.Float:
		if d.exact {
			d.list(n, "Float", strconv.FormatFloat(x.Value, 'g', 17, 64))
		} else {
			d.list(n, "Float", strconv.FormatFloat(x.Value, 'g', -1, 64))
		}
	case *ast.Str:
		d.list(n, "Str", d.str(x.Value))
	case *ast.Bytes:
		d.list(n, "Bytes", d.str(x.Value))
	case *ast.JoinedStr:
		inner := d
		inner.inF = true
		d.w("(JoinedStr" + d.at(n))
		for _, v := range x.Values {
			d.w(" " + inner.sub(v))
		}
		d.w(")")
	case *ast.FormattedValue:
		outer := d
		outer.inF = false
		items := []any{outer.sub(x.Value)}
		if x.Conversion != 0 {
			items = append(items, "!"+string(x.Conversion))
		}
		if x.FormatSpec != nil {
			items = append(items, d.sub(x.FormatSpec))
		}
		d.list(n, "FV", items...)
	case *ast.BinOp:
		d.list(n, "BinOp", x.Op.String(), x.Left, x.Right)
	case *ast.UnaryOp:
		d.list(n, "UnaryOp", x.Op.String(), x.Operand)
	case *ast.BoolOp:
		d.list(n, "BoolOp", x.Op.String(), x.Values)
	case *ast.Compare:
		items := []any{x.Left}
		for i, op := range x.Ops {
			items = append(items, op.String(), x.Comparators[i])
		}
		d.list(n, "Compare", items...)
	case *ast.Call:
		items := []any{x.Func, x.Args}
		if len(x.Args) == 0 {
			items = items[:1]
		}
		for i := range x.Keywords {
			items = append(items, &x.Keywords[i])
		}
		d.list(n, "Call", items...)
	case *ast.Keyword:
		name := x.Name
		if name == "" {
			name = "**"
		}
		d.list(n, "kw", name, x.Value)
	case *ast.Attribute:
		d.list(n, "Attr", x.Value, x.Attr)
	case *ast.Subscript:
		d.list(n, "Sub", x.Value, x.Index)
	case *ast.Slice:
		d.list(n, "Slice", opt(x.Lower), opt(x.Upper), opt(x.Step))
	case *ast.Starred:
		d.list(n, "Starred", x.Value)
	case *ast.List:
		d.list(n, "List", x.Elts)
	case *ast.Tuple:
		d.list(n, "Tuple", x.Elts)
	case *ast.Set:
		d.list(n, "Set", x.Elts)
	case *ast.Dict:
		var items []any
		for i := range x.Values {
			if x.Keys[i] == nil {
				items = append(items, "(** "+d.sub(x.Values[i])+")")
			} else {
				items = append(items, "("+d.sub(x.Keys[i])+" "+d.sub(x.Values[i])+")")
			}
		}
		d.list(n, "Dict", items...)
	case *ast.IfExp:
		d.list(n, "IfExp", x.Test, x.Body, x.Orelse)
	case *ast.NamedExpr:
		d.list(n, "Named", x.Target, x.Value)
	case *ast.Lambda:
		d.list(n, "Lambda", x.Args, x.Body)
	case *ast.Comprehension:
		d.w("(for " + d.sub(x.Target) + " " + d.sub(x.Iter))
		for _, c := range x.Ifs {
			d.w(" (if " + d.sub(c) + ")")
		}
		d.w(")")
	case *ast.ListComp:
		d.list(n, "ListComp", append([]any{x.Elt}, comps(x.Generators)...)...)
	case *ast.SetComp:
		d.list(n, "SetComp", append([]any{x.Elt}, comps(x.Generators)...)...)
	case *ast.GeneratorExp:
		d.list(n, "GenExp", append([]any{x.Elt}, comps(x.Generators)...)...)
	case *ast.DictComp:
		d.list(n, "DictComp", append([]any{x.Key, x.Value}, comps(x.Generators)...)...)
	case *ast.Yield:
		if x.Value == nil {
			d.w("(Yield" + d.at(n) + ")")
		} else {
			d.list(n, "Yield", x.Value)
		}
	case *ast.YieldFrom:
		d.list(n, "YieldFrom", x.Value)
	case *ast.Arguments:
		d.args(x)
	case *ast.Arg:
		d.w(x.Name + d.at(n))
		if x.Annotation != nil {
			d.w(":" + d.sub(x.Annotation))
		}
		if x.Default != nil {
			d.w("=" + d.sub(x.Default))
		}

	case *ast.ExprStmt:
		d.list(n, "Expr", x.Value)
	case *ast.Assign:
		d.list(n, "Assign", x.Targets, x.Value)
	case *ast.AugAssign:
		d.list(n, "AugAssign", x.Op.String(), x.Target, x.Value)
	case *ast.AnnAssign:
		if x.Value == nil {
			d.list(n, "AnnAssign", x.Target, x.Annotation)
		} else {
			d.list(n, "AnnAssign", x.Target, x.Annotation, x.Value)
		}
	case *ast.Delete:
		d.list(n, "Del", x.Targets)
	case *ast.Pass:
		d.w("(Pass" + d.at(n) + ")")
	case *ast.Break:
		d.w("(Break" + d.at(n) + ")")
	case *ast.Continue:
		d.w("(Continue" + d.at(n) + ")")
	case *ast.Return:
		if x.Value == nil {
			d.w("(Return" + d.at(n) + ")")
		} else {
			d.list(n, "Return", x.Value)
		}
	case *ast.Raise:
		switch {
		case x.Exc == nil:
			d.w("(Raise" + d.at(n) + ")")
		case x.Cause == nil:
			d.list(n, "Raise", x.Exc)
		default:
			d.list(n, "Raise", x.Exc, x.Cause)
		}
	case *ast.Global:
		d.list(n, "Global", strings.Join(x.Names, " "))
	case *ast.Nonlocal:
		d.list(n, "Nonlocal", strings.Join(x.Names, " "))
	case *ast.Assert:
		if x.Msg == nil {
			d.list(n, "Assert", x.Test)
		} else {
			d.list(n, "Assert", x.Test, x.Msg)
		}
	case *ast.If:
		d.list(n, "If", x.Test, d.body("body", x.Body), d.body("else", x.Orelse))
	case *ast.While:
		d.list(n, "While", x.Test, d.body("body", x.Body), d.body("else", x.Orelse))
	case *ast.For:
		d.list(n, "For", x.Target, x.Iter, d.body("body", x.Body), d.body("else", x.Orelse))
	case *ast.FunctionDef:
		items := []any{x.Name, x.Args}
		if x.Returns != nil {
			items = append(items, "(-> "+d.sub(x.Returns)+")")
		}
		if len(x.Decorators) > 0 {
			items = append(items, "(@ "+d.exprs(x.Decorators)+")")
		}
		d.list(n, "Def", append(items, d.body("body", x.Body))...)
	case *ast.ClassDef:
		items := []any{x.Name}
		if len(x.Bases) > 0 {
			items = append(items, "(bases "+d.exprs(x.Bases)+")")
		}
		for i := range x.Keywords {
			items = append(items, &x.Keywords[i])
		}
		if len(x.Decorators) > 0 {
			items = append(items, "(@ "+d.exprs(x.Decorators)+")")
		}
		d.list(n, "Class", append(items, d.body("body", x.Body))...)
	case *ast.Try:
		items := []any{d.body("body", x.Body)}
		for _, h := range x.Handlers {
			items = append(items, h)
		}
		items = append(items, d.body("else", x.Orelse), d.body("finally", x.Finalbody))
		if x.Star {
			d.list(n, "TryStar", items...)
			break
		}
		d.list(n, "Try", items...)
	case *ast.ExceptHandler:
		items := []any{opt(x.Type)}
		if x.Name != "" {
			items = append(items, "as "+x.Name)
		}
		d.list(n, "except", append(items, d.body("body", x.Body))...)
	case *ast.With:
		var items []any
		for _, it := range x.Items {
			items = append(items, it)
		}
		d.list(n, "With", append(items, d.body("body", x.Body))...)
	case *ast.WithItem:
		if x.Vars == nil {
			d.w("(item " + d.sub(x.Context) + ")")
		} else {
			d.w("(item " + d.sub(x.Context) + " " + d.sub(x.Vars) + ")")
		}
	case *ast.Import:
		var items []any
		for _, a := range x.Names {
			items = append(items, alias(a))
		}
		d.list(n, "Import", items...)
	case *ast.ImportFrom:
		items := []any{strings.Repeat(".", x.Level) + x.Module}
		for _, a := range x.Names {
			items = append(items, alias(a))
		}
		d.list(n, "ImportFrom", items...)
	case *ast.AwaitBlock:
		d.list(n, "Await", x.Body)
	case *ast.AsyncBlock:
		d.list(n, "Async", x.Body)
	default:
		panic(fmt.Sprintf("dump: unknown node %T", n))
	}
}

func (d dumper) args(a *ast.Arguments) {
	var parts []string
	for _, x := range a.PosOnly {
		parts = append(parts, d.sub(x))
	}
	if len(a.PosOnly) > 0 {
		parts = append(parts, "/")
	}
	for _, x := range a.Args {
		parts = append(parts, d.sub(x))
	}
	if a.Vararg != nil {
		parts = append(parts, "*"+d.sub(a.Vararg))
	} else if len(a.KwOnly) > 0 {
		parts = append(parts, "*")
	}
	for _, x := range a.KwOnly {
		parts = append(parts, d.sub(x))
	}
	if a.Kwarg != nil {
		parts = append(parts, "**"+d.sub(a.Kwarg))
	}
	d.w("(args")
	for _, p := range parts {
		d.w(" " + p)
	}
	d.w(")")
}

func comps(gens []*ast.Comprehension) []any {
	out := make([]any, len(gens))
	for i, g := range gens {
		out[i] = g
	}
	return out
}

func alias(a *ast.Alias) string {
	if a.AsName == "" {
		return a.Name
	}
	return a.Name + " as " + a.AsName
}

// body renders a statement list as "(name stmts...)", or "" when empty
// (which list leaves out).
func (d dumper) body(name string, stmts []ast.Stmt) string {
	if len(stmts) == 0 {
		return ""
	}
	return "(" + name + " " + d.stmts(stmts) + ")"
}
