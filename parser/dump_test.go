package parser

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spindle-lang/spindle/ast"
)

// dump renders a syntax tree as a compact s-expression, so tests read
// like (Assign (Name x) (BinOp + (Name a) (Name b))).
func dump(n ast.Node) string {
	var b strings.Builder
	d := dumper{&b}
	d.node(n)
	return b.String()
}

// dumpStmts renders statements separated by spaces.
func dumpStmts(stmts []ast.Stmt) string {
	parts := make([]string, len(stmts))
	for i, s := range stmts {
		parts[i] = dump(s)
	}
	return strings.Join(parts, " ")
}

type dumper struct{ b *strings.Builder }

func (d dumper) w(s string) { d.b.WriteString(s) }

// list writes "(head item item ...)".
func (d dumper) list(head string, items ...any) {
	d.w("(" + head)
	for _, it := range items {
		if it == "" {
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
		d.list("Name", x.Id)
	case *ast.Constant:
		d.w([]string{"None", "True", "False", "..."}[x.Kind])
	case *ast.Int:
		if x.Base == 10 {
			d.list("Int", x.Digits)
		} else {
			d.list("Int", strconv.Itoa(x.Base)+":"+x.Digits)
		}
	case *ast.Float:
		d.list("Float", strconv.FormatFloat(x.Value, 'g', -1, 64))
	case *ast.Str:
		d.list("Str", strconv.Quote(x.Value))
	case *ast.Bytes:
		d.list("Bytes", strconv.Quote(x.Value))
	case *ast.JoinedStr:
		d.list("JoinedStr", x.Values)
	case *ast.FormattedValue:
		items := []any{x.Value}
		if x.Conversion != 0 {
			items = append(items, "!"+string(x.Conversion))
		}
		if x.FormatSpec != nil {
			items = append(items, x.FormatSpec)
		}
		d.list("FV", items...)
	case *ast.BinOp:
		d.list("BinOp", x.Op.String(), x.Left, x.Right)
	case *ast.UnaryOp:
		d.list("UnaryOp", x.Op.String(), x.Operand)
	case *ast.BoolOp:
		d.list("BoolOp", x.Op.String(), x.Values)
	case *ast.Compare:
		items := []any{x.Left}
		for i, op := range x.Ops {
			items = append(items, op.String(), x.Comparators[i])
		}
		d.list("Compare", items...)
	case *ast.Call:
		items := []any{x.Func, x.Args}
		if len(x.Args) == 0 {
			items = items[:1]
		}
		for i := range x.Keywords {
			items = append(items, &x.Keywords[i])
		}
		d.list("Call", items...)
	case *ast.Keyword:
		name := x.Name
		if name == "" {
			name = "**"
		}
		d.list("kw", name, x.Value)
	case *ast.Attribute:
		d.list("Attr", x.Value, x.Attr)
	case *ast.Subscript:
		d.list("Sub", x.Value, x.Index)
	case *ast.Slice:
		d.list("Slice", opt(x.Lower), opt(x.Upper), opt(x.Step))
	case *ast.Starred:
		d.list("Starred", x.Value)
	case *ast.List:
		d.list("List", x.Elts)
	case *ast.Tuple:
		d.list("Tuple", x.Elts)
	case *ast.Set:
		d.list("Set", x.Elts)
	case *ast.Dict:
		var items []any
		for i := range x.Values {
			if x.Keys[i] == nil {
				items = append(items, "(** "+dump(x.Values[i])+")")
			} else {
				items = append(items, "("+dump(x.Keys[i])+" "+dump(x.Values[i])+")")
			}
		}
		d.list("Dict", items...)
	case *ast.IfExp:
		d.list("IfExp", x.Test, x.Body, x.Orelse)
	case *ast.NamedExpr:
		d.list("Named", x.Target, x.Value)
	case *ast.Lambda:
		d.list("Lambda", x.Args, x.Body)
	case *ast.Comprehension:
		items := []any{x.Target, x.Iter}
		for _, c := range x.Ifs {
			items = append(items, "(if "+dump(c)+")")
		}
		d.list("for", items...)
	case *ast.ListComp:
		d.list("ListComp", append([]any{x.Elt}, comps(x.Generators)...)...)
	case *ast.SetComp:
		d.list("SetComp", append([]any{x.Elt}, comps(x.Generators)...)...)
	case *ast.GeneratorExp:
		d.list("GenExp", append([]any{x.Elt}, comps(x.Generators)...)...)
	case *ast.DictComp:
		d.list("DictComp", append([]any{x.Key, x.Value}, comps(x.Generators)...)...)
	case *ast.Yield:
		if x.Value == nil {
			d.w("(Yield)")
		} else {
			d.list("Yield", x.Value)
		}
	case *ast.YieldFrom:
		d.list("YieldFrom", x.Value)
	case *ast.Arguments:
		d.args(x)
	case *ast.Arg:
		d.w(x.Name)
		if x.Annotation != nil {
			d.w(":" + dump(x.Annotation))
		}
		if x.Default != nil {
			d.w("=" + dump(x.Default))
		}

	case *ast.ExprStmt:
		d.list("Expr", x.Value)
	case *ast.Assign:
		d.list("Assign", x.Targets, x.Value)
	case *ast.AugAssign:
		d.list("AugAssign", x.Op.String(), x.Target, x.Value)
	case *ast.AnnAssign:
		if x.Value == nil {
			d.list("AnnAssign", x.Target, x.Annotation)
		} else {
			d.list("AnnAssign", x.Target, x.Annotation, x.Value)
		}
	case *ast.Delete:
		d.list("Del", x.Targets)
	case *ast.Pass:
		d.w("(Pass)")
	case *ast.Break:
		d.w("(Break)")
	case *ast.Continue:
		d.w("(Continue)")
	case *ast.Return:
		if x.Value == nil {
			d.w("(Return)")
		} else {
			d.list("Return", x.Value)
		}
	case *ast.Raise:
		switch {
		case x.Exc == nil:
			d.w("(Raise)")
		case x.Cause == nil:
			d.list("Raise", x.Exc)
		default:
			d.list("Raise", x.Exc, x.Cause)
		}
	case *ast.Global:
		d.list("Global", strings.Join(x.Names, " "))
	case *ast.Nonlocal:
		d.list("Nonlocal", strings.Join(x.Names, " "))
	case *ast.Assert:
		if x.Msg == nil {
			d.list("Assert", x.Test)
		} else {
			d.list("Assert", x.Test, x.Msg)
		}
	case *ast.If:
		d.list("If", x.Test, body("body", x.Body), body("else", x.Orelse))
	case *ast.While:
		d.list("While", x.Test, body("body", x.Body), body("else", x.Orelse))
	case *ast.For:
		d.list("For", x.Target, x.Iter, body("body", x.Body), body("else", x.Orelse))
	case *ast.FunctionDef:
		items := []any{x.Name, x.Args}
		if x.Returns != nil {
			items = append(items, "(-> "+dump(x.Returns)+")")
		}
		if len(x.Decorators) > 0 {
			items = append(items, "(@ "+dumpExprs(x.Decorators)+")")
		}
		d.list("Def", append(items, body("body", x.Body))...)
	case *ast.ClassDef:
		items := []any{x.Name}
		if len(x.Bases) > 0 {
			items = append(items, "(bases "+dumpExprs(x.Bases)+")")
		}
		for i := range x.Keywords {
			items = append(items, &x.Keywords[i])
		}
		if len(x.Decorators) > 0 {
			items = append(items, "(@ "+dumpExprs(x.Decorators)+")")
		}
		d.list("Class", append(items, body("body", x.Body))...)
	case *ast.Try:
		items := []any{body("body", x.Body)}
		for _, h := range x.Handlers {
			items = append(items, h)
		}
		items = append(items, body("else", x.Orelse), body("finally", x.Finalbody))
		d.list("Try", items...)
	case *ast.ExceptHandler:
		items := []any{opt(x.Type)}
		if x.Name != "" {
			items = append(items, "as "+x.Name)
		}
		d.list("except", append(items, body("body", x.Body))...)
	case *ast.With:
		var items []any
		for _, it := range x.Items {
			items = append(items, it)
		}
		d.list("With", append(items, body("body", x.Body))...)
	case *ast.WithItem:
		if x.Vars == nil {
			d.list("item", x.Context)
		} else {
			d.list("item", x.Context, x.Vars)
		}
	case *ast.Import:
		var items []any
		for _, a := range x.Names {
			items = append(items, alias(a))
		}
		d.list("Import", items...)
	case *ast.ImportFrom:
		items := []any{strings.Repeat(".", x.Level) + x.Module}
		for _, a := range x.Names {
			items = append(items, alias(a))
		}
		d.list("ImportFrom", items...)
	case *ast.AwaitBlock:
		d.list("Await", x.Body)
	case *ast.AsyncBlock:
		d.list("Async", x.Body)
	default:
		panic(fmt.Sprintf("dump: unknown node %T", n))
	}
}

func (d dumper) args(a *ast.Arguments) {
	var parts []string
	for _, x := range a.PosOnly {
		parts = append(parts, dump(x))
	}
	if len(a.PosOnly) > 0 {
		parts = append(parts, "/")
	}
	for _, x := range a.Args {
		parts = append(parts, dump(x))
	}
	if a.Vararg != nil {
		parts = append(parts, "*"+dump(a.Vararg))
	} else if len(a.KwOnly) > 0 {
		parts = append(parts, "*")
	}
	for _, x := range a.KwOnly {
		parts = append(parts, dump(x))
	}
	if a.Kwarg != nil {
		parts = append(parts, "**"+dump(a.Kwarg))
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

func dumpExprs(es []ast.Expr) string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = dump(e)
	}
	return strings.Join(parts, " ")
}

// body renders a statement list as "(name stmts...)", or "" when empty
// (which list leaves out).
func body(name string, stmts []ast.Stmt) string {
	if len(stmts) == 0 {
		return ""
	}
	return "(" + name + " " + dumpStmts(stmts) + ")"
}
