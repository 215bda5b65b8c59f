package parser

import (
	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"
	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/lexer"
)

// This file holds the hooks participle calls (participle.ParseTypeWith) for
// the grammar fields whose type is one of the interfaces below. Each
// interface is a kind of slot in the grammar; they differ only in what
// their hook parses and whether the slot is optional. An optional hook
// that cannot start returns participle.NextMatch without consuming a token;
// any other failure bails out with a *parseError (see doc.go).

// Expression slots, all filled with an *exprBox.
type (
	stmtExprs   interface{ exprs() *exprBox } // statement start: star_expressions | yield (optional)
	assignValue interface{ exprs() *exprBox } // after '=', 'op=' or ':' in an assignment
	exprsOpt    interface{ exprs() *exprBox } // after 'return' (optional)
	exprsReq    interface{ exprs() *exprBox } // after 'for ... in'
	namedReq    interface{ exprs() *exprBox } // tests of if/elif/while, decorators
	testReq     interface{ exprs() *exprBox } // an expression
	returnAnn   interface{ exprs() *exprBox } // after '->' ("expected ':'" when missing)
	testOpt     interface{ exprs() *exprBox } // an optional expression (after 'raise')
	exceptType  interface{ exprs() *exprBox } // after 'except' (optional)
	forTargets  interface{ exprs() *exprBox } // between 'for' and 'in'
	delTargets  interface{ exprs() *exprBox } // after 'del'
)

// exprBox carries what an expression hook parsed.
type exprBox struct {
	e      ast.Expr
	list   []ast.Expr  // del targets
	parens []ast.Expr  // see exprParser.parens
	op     *plex.Token // the operator before an assignment's value
	before *plex.Token // the token before the expression ('elif', ...)
}

func (b *exprBox) exprs() *exprBox { return b }

// expr returns the expression in a possibly nil slot.
func expr[T interface{ exprs() *exprBox }](slot T) ast.Expr {
	if any(slot) == nil {
		return nil
	}
	return slot.exprs().e
}

// Other hand-parsed slots.
type (
	withItems interface{ items() []*ast.WithItem }
	paramList interface{ arguments() *ast.Arguments }
	classArgs interface {
		bases() ([]ast.Expr, []ast.Keyword)
	}
)

type withBox struct{ list []*ast.WithItem }

func (b *withBox) items() []*ast.WithItem { return b.list }

type paramsBox struct{ args *ast.Arguments }

func (b *paramsBox) arguments() *ast.Arguments { return b.args }

type argsBox struct {
	args []ast.Expr
	kws  []ast.Keyword
}

func (b *argsBox) bases() ([]ast.Expr, []ast.Keyword) { return b.args, b.kws }

// hookOptions registers every hook with participle.
func hookOptions() []participle.Option {
	return []participle.Option{
		participle.ParseTypeWith(parseStmtExprs),
		participle.ParseTypeWith(parseAssignValue),
		exprHook[exprsOpt](false, starStart, (*exprParser).starExprs),
		exprHook[exprsReq](true, starStart, (*exprParser).starExprs),
		exprHook[namedReq](true, exprStart, func(p *exprParser) ast.Expr { return p.namedExpr(true) }),
		exprHook[testReq](true, exprStart, (*exprParser).expression),
		exprHook[testOpt](false, exprStart, (*exprParser).expression),
		participle.ParseTypeWith(parseReturnAnn),
		exprHook[exceptType](false, exprStart, (*exprParser).exceptType),
		exprHook[forTargets](true, starStart, (*exprParser).forTargets),
		participle.ParseTypeWith(parseDelTargets),
		participle.ParseTypeWith(parseWithItems),
		participle.ParseTypeWith(parseParamList),
		participle.ParseTypeWith(parseClassArgs),
	}
}

// exprHook makes the hook of an expression slot of type T: parse runs when
// the next token can start it; otherwise an optional slot does not match
// and a required one is a syntax error at that token.
func exprHook[T interface{ exprs() *exprBox }](required bool, canStart func(*plex.Token) bool, parse func(*exprParser) ast.Expr) participle.Option {
	return participle.ParseTypeWith(func(lex *plex.PeekingLexer) (T, error) {
		var zero T
		if t := lex.Peek(); !canStart(t) {
			if required {
				invalidSyntax(t)
			}
			return zero, participle.NextMatch
		}
		before := prevToken(lex)
		p := newExprParser(lex)
		e := parse(p)
		return any(&exprBox{e: e, parens: p.parens, before: before}).(T), nil
	})
}

// parseStmtExprs parses the expression that starts an expression
// statement or assignment, with the statement-level diagnostics of
// CPython ('match', print without parentheses, ':=' at statement level).
func parseStmtExprs(lex *plex.PeekingLexer) (stmtExprs, error) {
	t := lex.Peek()
	if !yieldStart(t) || (t.Type == lexer.Keyword && t.Value == "await") {
		return nil, participle.NextMatch // 'await' starts an await: block
	}
	if t.Type == lexer.Name && t.Value == "match" && lineEndsWithColon(lex) {
		bailAt(t, msgMatch)
	}
	p := newExprParser(lex)
	e := p.starExprsOrYield()
	next := p.peek()
	if isOpTok(next, ":=") {
		if _, ok := e.(*ast.Name); !ok {
			bailPos(e.Position(), "cannot use assignment expressions with %s", exprName(e))
		}
		invalidSyntax(next)
	}
	switch e.(type) {
	case *ast.Yield, *ast.YieldFrom:
		if isOpTok(next, ":") && !contains(p.parens, e) {
			invalidSyntax(next) // a yield cannot be annotated
		}
	}
	if n, ok := e.(*ast.Name); ok && (n.Id == "print" || n.Id == "exec") && exprStart(next) {
		p.starExprs()
		bailPos(p.upTo(n.Pos), "Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id)
	}
	return &exprBox{e: e, parens: p.parens}, nil
}

// lineEndsWithColon reports whether the logical line at the lexer's
// position ends with ':' (a compound statement header).
func lineEndsWithColon(lex *plex.PeekingLexer) bool {
	cp := lex.MakeCheckpoint()
	defer lex.LoadCheckpoint(cp)
	var prev *plex.Token
	for {
		t := lex.Peek()
		if t.Type == lexer.Newline || t.Type == lexer.EOF {
			return prev != nil && isOpTok(prev, ":")
		}
		prev = lex.Next()
	}
}

// exceptType parses the exception type of an except clause.
func (p *exprParser) exceptType() ast.Expr {
	start := p.peek()
	e := p.expression()
	if p.isOp(",") {
		for p.isOp(",") && exprStart(p.peek2()) {
			p.next()
			p.expression()
		}
		bailPos(p.upTo(tokPos(start)), "multiple exception types must be parenthesized")
	}
	return e
}

// forTargets parses and checks the target list of a for statement.
func (p *exprParser) forTargets() ast.Expr {
	e := p.targetList()
	if err := checkStore(e, targetFor); err != nil {
		bail(err)
	}
	return e
}

// parseDelTargets parses `del` targets: star_expressions, checked as
// deletion targets. An unparenthesized tuple is a list of targets.
func parseDelTargets(lex *plex.PeekingLexer) (delTargets, error) {
	p := newExprParser(lex)
	if !starStart(p.peek()) {
		invalidSyntax(p.peek())
	}
	e := p.starExprs()
	list := []ast.Expr{e}
	if tup, ok := e.(*ast.Tuple); ok && !contains(p.parens, e) {
		list = tup.Elts
	}
	for _, t := range list {
		if err := checkStore(t, targetDel); err != nil {
			bail(err)
		}
	}
	return &exprBox{list: list}, nil
}

// parseParamList parses the parenthesized parameters of a def.
func parseParamList(lex *plex.PeekingLexer) (paramList, error) {
	p := newExprParser(lex)
	if !p.isOp("(") {
		bailAt(p.peek(), "expected '('")
	}
	p.next()
	p.depth++
	args := p.params(")", true)
	p.closeBracket(")", nil)
	return &paramsBox{args: args}, nil
}

// parseClassArgs parses the optional parenthesized bases and keywords of
// a class.
func parseClassArgs(lex *plex.PeekingLexer) (classArgs, error) {
	p := newExprParser(lex)
	if !p.isOp("(") {
		return nil, participle.NextMatch
	}
	args, kws := p.arguments(false)
	return &argsBox{args: args, kws: kws}, nil
}

// parseAssignValue parses what follows an assignment operator: an
// annotation (an expression) after ':', else star_expressions or yield.
func parseAssignValue(lex *plex.PeekingLexer) (assignValue, error) {
	p := newExprParser(lex)
	t := p.peek()
	op := prevToken(lex)
	var e ast.Expr
	if isOpTok(op, ":") {
		if !exprStart(t) {
			invalidSyntax(t)
		}
		e = p.expression()
	} else {
		if !yieldStart(t) {
			invalidSyntax(t)
		}
		e = p.starExprsOrYield()
	}
	return &exprBox{e: e, parens: p.parens, op: op}, nil
}

// parseReturnAnn parses the return annotation of a def. When none follows
// '->', CPython reports the ':' it expected instead of '->'.
func parseReturnAnn(lex *plex.PeekingLexer) (returnAnn, error) {
	if !exprStart(lex.Peek()) {
		bailAt(prevToken(lex), "expected ':'")
	}
	p := newExprParser(lex)
	e := p.expression()
	return &exprBox{e: e, parens: p.parens}, nil
}
