package parser

import (
	"strings"

	plex "github.com/alecthomas/participle/v2/lexer"
	"github.com/spindle-lang/spindle/ast"
)

// This file converts the concrete statement tree of grammar.go into ast
// statements. Expressions arrive already built by the hooks; what is left
// is assembling statements, computing their spans (a compound statement
// ends where its last body statement ends) and the checks the grammar
// cannot express (assignment targets, default 'except:' last). Errors bail
// out like the hooks' (see doc.go).

func convStmt(s *stmt) []ast.Stmt {
	switch {
	case s.First != nil:
		return convSimple(s.First, s.Rest)
	case s.If != nil:
		return []ast.Stmt{convIf(s.If)}
	case s.For != nil:
		return []ast.Stmt{convFor(s.For)}
	case s.While != nil:
		return []ast.Stmt{convWhile(s.While)}
	case s.Def != nil:
		return []ast.Stmt{convDef(s.Def, nil)}
	case s.Class != nil:
		return []ast.Stmt{convClass(s.Class, nil)}
	case s.Decorated != nil:
		return []ast.Stmt{convDecorated(s.Decorated)}
	case s.Try != nil:
		return []ast.Stmt{convTry(s.Try)}
	case s.With != nil:
		return []ast.Stmt{convWith(s.With)}
	case s.Await != nil:
		body := convSuite(s.Await.Body)
		return []ast.Stmt{&ast.AwaitBlock{Pos: bodySpan(s.Await.Pos, body), Body: body}}
	case s.Async != nil:
		body := convSuite(s.Async.Body)
		return []ast.Stmt{&ast.AsyncBlock{Pos: bodySpan(s.Async.Pos, body), Body: body}}
	}
	return nil
}

// check bails out with err, if any.
func check(err *parseError) {
	if err != nil {
		bail(err)
	}
}

func startPos(p plex.Position) ast.Pos {
	return ast.Pos{Line: p.Line, Col: p.Column, EndLine: p.Line, EndCol: p.Column}
}

// bodySpan runs from start to the end of the last statement of body.
func bodySpan(start plex.Position, body []ast.Stmt) ast.Pos {
	s := startPos(start)
	if len(body) == 0 {
		return s
	}
	return span(s, body[len(body)-1].Position())
}

// tokensPos is the span of a non-empty token run.
func tokensPos(toks []plex.Token) ast.Pos {
	if len(toks) == 0 {
		return ast.Pos{}
	}
	return span(tokPos(&toks[0]), tokPos(&toks[len(toks)-1]))
}

func convSuite(s *suite) []ast.Stmt {
	if s.Block == nil {
		return convSimple(s.First, s.Rest)
	}
	out := make([]ast.Stmt, 0, len(s.Block.Stmts))
	for _, st := range s.Block.Stmts {
		out = append(out, convStmt(st)...)
	}
	return out
}

func convSimple(first *smallStmt, rest []*smallStmt) []ast.Stmt {
	out := make([]ast.Stmt, 0, 1+len(rest))
	out = append(out, convSmall(first))
	for _, st := range rest {
		out = append(out, convSmall(st))
	}
	return out
}

func convSmall(s *smallStmt) ast.Stmt {
	pos := tokensPos(s.Tokens)
	switch {
	case s.Expr != nil:
		return convExprStmt(s.Expr, pos)
	case s.Pass:
		return &ast.Pass{Pos: pos}
	case s.Return:
		v := expr(s.Value)
		if v != nil {
			check(checkValue(v))
		}
		return &ast.Return{Pos: pos, Value: v}
	case s.Break:
		return &ast.Break{Pos: pos}
	case s.Continue:
		return &ast.Continue{Pos: pos}
	case s.Raise:
		return &ast.Raise{Pos: pos, Exc: expr(s.Exc), Cause: expr(s.Cause)}
	case s.Import != nil:
		names := make([]*ast.Alias, len(s.Import))
		for i, n := range s.Import {
			names[i] = &ast.Alias{Pos: tokensPos(n.Tokens), Name: n.Name, AsName: n.As}
		}
		return &ast.Import{Pos: pos, Names: names}
	case s.From != nil:
		return convFrom(s.From, pos)
	case s.Global != nil:
		return &ast.Global{Pos: pos, Names: s.Global}
	case s.Nonlocal != nil:
		return &ast.Nonlocal{Pos: pos, Names: s.Nonlocal}
	case s.Del != nil:
		return &ast.Delete{Pos: pos, Targets: s.Del.exprs().list}
	case s.Assert != nil:
		return &ast.Assert{Pos: pos, Test: expr(s.Assert), Msg: expr(s.AssertMsg)}
	}
	return nil
}

func convExprStmt(s *exprStmt, pos ast.Pos) ast.Stmt {
	box := s.First.exprs()
	first := box.e
	if len(s.Values) == 0 {
		check(checkValue(first))
		return &ast.ExprStmt{Pos: pos, Value: first}
	}
	values := make([]*exprBox, len(s.Values))
	for i, v := range s.Values {
		values[i] = v.exprs()
	}
	checkOps(values)
	switch op := values[0].op.Value; op {
	case ":":
		check(checkAnnAssign(first, box.parens))
		var v ast.Expr
		if len(values) == 2 {
			v = values[1].e
			check(checkValue(v))
		}
		return &ast.AnnAssign{Pos: pos, Target: first, Annotation: values[0].e, Value: v}
	case "=":
		targets := make([]ast.Expr, 0, len(values))
		targets = append(targets, first)
		parens := box.parens
		for _, b := range values[:len(values)-1] {
			targets = append(targets, b.e)
			parens = append(parens, b.parens...)
		}
		check(checkAssign(targets, parens))
		v := values[len(values)-1].e
		check(checkValue(v))
		return &ast.Assign{Pos: pos, Targets: targets, Value: v}
	default:
		check(checkAugAssign(first))
		v := values[0].e
		check(checkValue(v))
		binop, _ := ast.BinaryOpFromText(op)
		return &ast.AugAssign{Pos: pos, Target: first, Op: binop, Value: v}
	}
}

// checkOps checks the operators of an assignment: '=' any number of
// times, one augmented operator, or ':' with at most one '=' after it.
func checkOps(values []*exprBox) {
	first := values[0].op.Value
	for i, b := range values[1:] {
		op := b.op.Value
		ok := (first == "=" && op == "=") || (first == ":" && i == 0 && op == "=")
		if !ok {
			invalidSyntax(b.op)
		}
	}
}

func convFrom(s *fromImport, pos ast.Pos) ast.Stmt {
	st := &ast.ImportFrom{Pos: pos}
	for _, d := range s.Dots {
		st.Level += len(d)
	}
	if s.Module != nil {
		st.Module = strings.Join(s.Module.Parts, ".")
	}
	names := s.Names
	if s.Paren != nil {
		names = s.Paren
	}
	if s.Star {
		st.Names = []*ast.Alias{{Pos: pos, Name: "*"}}
	}
	for _, n := range names {
		st.Names = append(st.Names, &ast.Alias{Pos: tokensPos(n.Tokens), Name: n.Name, AsName: n.As})
	}
	return st
}

func convIf(s *ifStmt) ast.Stmt {
	body := convSuite(s.Body)
	elifs := make([][]ast.Stmt, len(s.ElifBodies))
	for i, b := range s.ElifBodies {
		elifs[i] = convSuite(b)
	}
	orelse := elseBody(s.Else)
	for i := len(elifs) - 1; i >= 0; i-- {
		test := s.ElifTests[i].exprs()
		orelse = []ast.Stmt{&ast.If{
			Pos:    bodySpan(test.before.Pos, lastOf(elifs[i], orelse)),
			Test:   test.e,
			Body:   elifs[i],
			Orelse: orelse,
		}}
	}
	return &ast.If{Pos: bodySpan(s.Pos, lastOf(body, orelse)), Test: expr(s.Test), Body: body, Orelse: orelse}
}

// lastOf returns the last non-empty statement list.
func lastOf(lists ...[]ast.Stmt) []ast.Stmt {
	for i := len(lists) - 1; i >= 0; i-- {
		if len(lists[i]) > 0 {
			return lists[i]
		}
	}
	return nil
}

func elseBody(s *suite) []ast.Stmt {
	if s == nil {
		return nil
	}
	return convSuite(s)
}

func convWhile(s *whileStmt) ast.Stmt {
	body := convSuite(s.Body)
	orelse := elseBody(s.Else)
	return &ast.While{Pos: bodySpan(s.Pos, lastOf(body, orelse)), Test: expr(s.Test), Body: body, Orelse: orelse}
}

func convFor(s *forStmt) ast.Stmt {
	iter := expr(s.Iter)
	check(checkValue(iter))
	body := convSuite(s.Body)
	orelse := elseBody(s.Else)
	return &ast.For{Pos: bodySpan(s.Pos, lastOf(body, orelse)), Target: expr(s.Target), Iter: iter, Body: body, Orelse: orelse}
}

func convTry(s *tryStmt) ast.Stmt {
	st := &ast.Try{Body: convSuite(s.Body)}
	last := st.Body
	for i, h := range s.Handlers {
		if i == 0 {
			st.Star = h.Star != nil
		} else if (h.Star != nil) != st.Star {
			kw := ast.Pos{Line: h.Pos.Line, Col: h.Pos.Column, EndLine: h.Pos.Line, EndCol: h.Pos.Column + len("except")}
			if h.Star != nil {
				kw = span(kw, h.Star.end)
			}
			bailPos(kw, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		typ := expr(h.Type)
		body := convSuite(h.Body)
		if typ == nil && i != len(s.Handlers)-1 {
			bailPos(bodySpan(h.Pos, body), "default 'except:' must be last")
		}
		st.Handlers = append(st.Handlers, &ast.ExceptHandler{Pos: bodySpan(h.Pos, body), Type: typ, Name: h.Name, Body: body})
		last = body
	}
	if s.Else != nil {
		if len(s.Handlers) == 0 {
			// `try: ... else: ... finally: ...`
			bailPos(startPos(s.Pos), "expected 'except' or 'finally' block")
		}
		st.Orelse = convSuite(s.Else)
		last = st.Orelse
	}
	if s.Finally != nil {
		st.Finalbody = convSuite(s.Finally)
		last = st.Finalbody
	}
	st.Pos = bodySpan(s.Pos, last)
	return st
}

func convWith(s *withStmt) ast.Stmt {
	body := convSuite(s.Body)
	return &ast.With{Pos: bodySpan(s.Pos, body), Items: s.Items.items(), Body: body}
}

func convDef(s *funcDef, decorators []ast.Expr) ast.Stmt {
	body := convSuite(s.Body)
	return &ast.FunctionDef{
		Pos:        bodySpan(s.Pos, body),
		Name:       s.Name,
		Args:       s.Params.arguments(),
		Body:       body,
		Decorators: decorators,
		Returns:    expr(s.Returns),
	}
}

func convClass(s *classDef, decorators []ast.Expr) ast.Stmt {
	body := convSuite(s.Body)
	st := &ast.ClassDef{Pos: bodySpan(s.Pos, body), Name: s.Name, Body: body, Decorators: decorators}
	if s.Args != nil {
		st.Bases, st.Keywords = s.Args.bases()
	}
	return st
}

func convDecorated(s *decorated) ast.Stmt {
	decorators := make([]ast.Expr, len(s.Decorators))
	for i, d := range s.Decorators {
		decorators[i] = expr(d)
	}
	switch {
	case s.Def != nil:
		return convDef(s.Def, decorators)
	case s.Class != nil:
		return convClass(s.Class, decorators)
	}
	bailPos(startPos(s.Async.Pos), "invalid syntax")
	return nil
}
