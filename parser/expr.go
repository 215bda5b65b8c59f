package parser

import (
	"strings"

	plex "github.com/alecthomas/participle/v2/lexer"
	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/lexer"
)

// maxNesting bounds the recursion of the expression parser (deeply nested
// lambdas, unary operators or brackets), so hostile input cannot exhaust
// the stack. CPython 3.11 parses 1,000 levels and fails at 3,000 (with a
// RecursionError).
const maxNesting = 2500

// exprParser is the hand-written expression parser. It reads participle's
// token stream directly and builds ast nodes. It follows the expression
// rules of CPython 3.11's grammar; the binary operators from '|' down to
// '*' are parsed by precedence climbing (binary).
//
// Errors abort the parse by panicking with a *parseError (see bail).
type exprParser struct {
	lex  *plex.PeekingLexer
	last *plex.Token // last token consumed; its end is the end of the node being built

	depth int // bracket nesting: the "Perhaps you forgot a comma?" hint needs depth > 0
	nest  int // recursion depth guard

	// parens lists the expressions written in their own parentheses at
	// bracket depth 0, which CPython's assignment error messages treat
	// differently from bare ones ("(f()) = 1" vs "f() < 1 = 2").
	parens []ast.Expr
}

func newExprParser(lex *plex.PeekingLexer) *exprParser {
	return &exprParser{lex: lex}
}

// Token access.

func (p *exprParser) peek() *plex.Token { return p.lex.Peek() }

func (p *exprParser) next() *plex.Token {
	t := p.lex.Next()
	p.last = t
	return t
}

// peek2 returns the token after the next one.
func (p *exprParser) peek2() *plex.Token {
	cp := p.lex.MakeCheckpoint()
	p.lex.Next()
	t := p.lex.Peek()
	p.lex.LoadCheckpoint(cp)
	return t
}

func (p *exprParser) isOp(s string) bool {
	t := p.lex.Peek()
	return t.Type == lexer.Op && t.Value == s
}

func (p *exprParser) isKw(s string) bool {
	t := p.lex.Peek()
	return t.Type == lexer.Keyword && t.Value == s
}

func isOpTok(t *plex.Token, s string) bool { return t.Type == lexer.Op && t.Value == s }

// lastPos is the span of the last consumed token.
func (p *exprParser) lastPos() ast.Pos { return tokPos(p.last) }

// upTo is the span from a to the end of the last consumed token.
func (p *exprParser) upTo(a ast.Pos) ast.Pos { return span(a, tokPos(p.last)) }

func (p *exprParser) enter() {
	p.nest++
	if p.nest > maxNesting {
		bailAt(p.peek(), "too many nested expressions")
	}
}

func (p *exprParser) leave() { p.nest-- }

// markParen records e as parenthesized when the group was opened at
// bracket depth 0 (depth is the depth before the '(').
func (p *exprParser) markParen(depth int, e ast.Expr) {
	if depth == 0 {
		p.parens = append(p.parens, e)
	}
}

// Which tokens can start what.

// exprStart reports whether t can start an expression.
func exprStart(t *plex.Token) bool {
	switch t.Type {
	case lexer.Name, lexer.Int, lexer.Float, lexer.String:
		return true
	case lexer.Op:
		switch t.Value {
		case "(", "[", "{", "-", "+", "~", "...":
			return true
		}
	case lexer.Keyword:
		switch t.Value {
		case "None", "True", "False", "not", "lambda", "await":
			return true
		}
	}
	return false
}

// starStart reports whether t can start a star_expression.
func starStart(t *plex.Token) bool {
	return exprStart(t) || isOpTok(t, "*")
}

// yieldStart reports whether t can start a star_expression or a yield.
func yieldStart(t *plex.Token) bool {
	return starStart(t) || (t.Type == lexer.Keyword && t.Value == "yield")
}

// The grammar, top down.

// starExprsOrYield parses `yield_expr | star_expressions`.
func (p *exprParser) starExprsOrYield() ast.Expr {
	if p.isKw("yield") {
		return p.yieldExpr()
	}
	return p.starExprs()
}

// starExprs parses star_expressions: one or more possibly starred
// expressions separated by commas; with a comma the result is a Tuple.
func (p *exprParser) starExprs() ast.Expr {
	start := p.peek()
	first := p.starExpr()
	if !p.isOp(",") {
		if p.depth > 0 && exprStart(p.peek()) {
			p.missingComma(first)
		}
		return first
	}
	elts := []ast.Expr{first}
	for p.isOp(",") {
		p.next()
		if !starStart(p.peek()) {
			break
		}
		e := p.starExpr()
		elts = append(elts, e)
		if p.depth > 0 && exprStart(p.peek()) {
			p.missingComma(e)
		}
	}
	return &ast.Tuple{Pos: p.upTo(tokPos(start)), Elts: elts}
}

// starExpr parses star_expression: `'*' bitwise_or | expression`.
func (p *exprParser) starExpr() ast.Expr {
	if p.isOp("*") {
		t := p.next()
		v := p.bitor()
		return &ast.Starred{Pos: p.upTo(tokPos(t)), Value: v}
	}
	return p.expression()
}

// starNamed parses star_named_expression (list, set and tuple elements):
// `'*' bitwise_or | named_expression`.
func (p *exprParser) starNamed() ast.Expr {
	if p.isOp("*") {
		t := p.next()
		v := p.bitor()
		return &ast.Starred{Pos: p.upTo(tokPos(t)), Value: v}
	}
	return p.namedExpr(true)
}

// namedExpr parses named_expression: `NAME ':=' expression | expression`.
// With checkAssign, an expression followed by '=' gets CPython's
// "Maybe you meant '=='" messages.
func (p *exprParser) namedExpr(checkAssign bool) ast.Expr {
	t := p.peek()
	if t.Type == lexer.Name && isOpTok(p.peek2(), ":=") {
		p.next()
		p.next()
		v := p.expression()
		target := &ast.Name{Pos: tokPos(t), Id: t.Value}
		return &ast.NamedExpr{Pos: p.upTo(target.Pos), Target: target, Value: v}
	}
	e := p.expression()
	if p.isOp(":=") {
		bailPos(e.Position(), "cannot use assignment expressions with %s", exprName(e))
	}
	if checkAssign && p.isOp("=") {
		p.misplacedEquals(e)
	}
	return e
}

// misplacedEquals reports `e = ...` where only an expression may stand
// (an 'if' test, a list element, ...), as CPython's
// invalid_named_expression rule does.
func (p *exprParser) misplacedEquals(e ast.Expr) {
	if !exprStart(p.peek2()) {
		invalidSyntax(p.peek()) // CPython wants an expression after the '='
	}
	switch x := e.(type) {
	case *ast.Name:
		bailPos(p.throughValue(e.Position(), (*exprParser).bitor), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	case *ast.List, *ast.Tuple, *ast.GeneratorExp:
	case *ast.Constant:
		if x.Kind == ast.ConstEllipsis {
			bailPos(e.Position(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e))
		}
	default:
		if isBitorLevel(e) || contains(p.parens, e) {
			bailPos(e.Position(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e))
		}
	}
	invalidSyntax(p.peek())
}

// throughValue consumes the '=' after a misplaced assignment and the value
// after it (parsed by value, if it parses) and returns the span from start
// to the end of what it consumed: the range CPython blames.
func (p *exprParser) throughValue(start ast.Pos, value func(*exprParser) ast.Expr) (pos ast.Pos) {
	p.next()
	pos = p.upTo(start)
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(*parseError); !ok {
				panic(r)
			}
		}
	}()
	value(p)
	return p.upTo(start)
}

// expression parses `disjunction ['if' disjunction 'else' expression] |
// lambdef`.
func (p *exprParser) expression() ast.Expr {
	p.enter()
	defer p.leave()
	if p.isKw("lambda") {
		return p.lambda()
	}
	start := p.peek()
	body := p.disjunction()
	if !p.isKw("if") {
		return body
	}
	p.next()
	test := p.disjunction()
	if !p.isKw("else") {
		if p.isOp(":") {
			invalidSyntax(p.peek())
		}
		bailPos(p.upTo(tokPos(start)), "expected 'else' after 'if' expression")
	}
	p.next()
	orelse := p.expression()
	return &ast.IfExp{Pos: p.upTo(tokPos(start)), Test: test, Body: body, Orelse: orelse}
}

// disjunction parses `conjunction ('or' conjunction)*`.
func (p *exprParser) disjunction() ast.Expr {
	start := p.peek()
	e := p.conjunction()
	if !p.isKw("or") {
		return e
	}
	vals := []ast.Expr{e}
	for p.isKw("or") {
		p.next()
		vals = append(vals, p.conjunction())
	}
	return &ast.BoolOp{Pos: p.upTo(tokPos(start)), Op: ast.Or, Values: vals}
}

// conjunction parses `inversion ('and' inversion)*`.
func (p *exprParser) conjunction() ast.Expr {
	start := p.peek()
	e := p.inversion()
	if !p.isKw("and") {
		return e
	}
	vals := []ast.Expr{e}
	for p.isKw("and") {
		p.next()
		vals = append(vals, p.inversion())
	}
	return &ast.BoolOp{Pos: p.upTo(tokPos(start)), Op: ast.And, Values: vals}
}

// inversion parses `'not' inversion | comparison`.
func (p *exprParser) inversion() ast.Expr {
	if !p.isKw("not") {
		return p.comparison()
	}
	p.enter()
	defer p.leave()
	t := p.next()
	v := p.inversion()
	return &ast.UnaryOp{Pos: p.upTo(tokPos(t)), Op: ast.Not, Operand: v}
}

// comparison parses `bitwise_or (compare_op bitwise_or)*`.
func (p *exprParser) comparison() ast.Expr {
	start := p.peek()
	left := p.bitor()
	op, ok := p.compOp()
	if !ok {
		return left
	}
	var ops []ast.Op
	var comps []ast.Expr
	for ok {
		ops = append(ops, op)
		comps = append(comps, p.bitor())
		op, ok = p.compOp()
	}
	return &ast.Compare{Pos: p.upTo(tokPos(start)), Left: left, Ops: ops, Comparators: comps}
}

// compOp consumes a comparison operator if one is next.
func (p *exprParser) compOp() (ast.Op, bool) {
	t := p.peek()
	switch t.Type {
	case lexer.Op:
		var op ast.Op
		switch t.Value {
		case "==":
			op = ast.Eq
		case "!=":
			op = ast.NotEq
		case "<":
			op = ast.Lt
		case "<=":
			op = ast.LtE
		case ">":
			op = ast.Gt
		case ">=":
			op = ast.GtE
		default:
			return 0, false
		}
		p.next()
		return op, true
	case lexer.Keyword:
		switch t.Value {
		case "in":
			p.next()
			return ast.In, true
		case "is":
			p.next()
			if p.isKw("not") {
				p.next()
				return ast.IsNot, true
			}
			return ast.Is, true
		case "not":
			// After an operand 'not' can only start 'not in'; CPython
			// reports the token after it.
			p.next()
			if !p.isKw("in") {
				invalidSyntax(p.peek())
			}
			p.next()
			return ast.NotIn, true
		}
	}
	return 0, false
}

// binOp returns the operator and precedence of a binary operator token
// from '|' (1) to '*' (6); precedence 0 means t is not one.
func binOp(t *plex.Token) (ast.Op, int) {
	if t.Type != lexer.Op {
		return 0, 0
	}
	switch t.Value {
	case "|":
		return ast.BitOr, 1
	case "^":
		return ast.BitXor, 2
	case "&":
		return ast.BitAnd, 3
	case "<<":
		return ast.LShift, 4
	case ">>":
		return ast.RShift, 4
	case "+":
		return ast.Add, 5
	case "-":
		return ast.Sub, 5
	case "*":
		return ast.Mult, 6
	case "/":
		return ast.Div, 6
	case "//":
		return ast.FloorDiv, 6
	case "%":
		return ast.Mod, 6
	case "@":
		return ast.MatMult, 6
	}
	return 0, 0
}

// bitor parses bitwise_or, the operand level of comparisons.
func (p *exprParser) bitor() ast.Expr { return p.binary(1) }

// binary parses the left-associative binary operators whose precedence is
// at least minPrec, by precedence climbing.
func (p *exprParser) binary(minPrec int) ast.Expr {
	start := p.peek()
	left := p.factor()
	for {
		op, prec := binOp(p.peek())
		if prec < minPrec || prec == 0 {
			return left
		}
		p.next()
		right := p.binary(prec + 1)
		left = &ast.BinOp{Pos: p.upTo(tokPos(start)), Op: op, Left: left, Right: right}
	}
}

// factor parses `('+' | '-' | '~') factor | power`.
func (p *exprParser) factor() ast.Expr {
	t := p.peek()
	if t.Type == lexer.Op {
		var op ast.Op
		switch t.Value {
		case "-":
			op = ast.USub
		case "+":
			op = ast.UAdd
		case "~":
			op = ast.Invert
		}
		if op != 0 {
			p.enter()
			defer p.leave()
			p.next()
			v := p.factor()
			return &ast.UnaryOp{Pos: p.upTo(tokPos(t)), Op: op, Operand: v}
		}
	}
	return p.power()
}

// power parses `primary ['**' factor]`: '**' is right-associative and
// binds tighter than a unary operator on its left (-2**2 == -4) but not on
// its right (2**-1).
func (p *exprParser) power() ast.Expr {
	start := p.peek()
	base := p.primary()
	if !p.isOp("**") {
		return base
	}
	p.next()
	exp := p.factor()
	return &ast.BinOp{Pos: p.upTo(tokPos(start)), Op: ast.Pow, Left: base, Right: exp}
}

// yieldExpr parses `'yield' 'from' expression | 'yield' [star_expressions]`.
func (p *exprParser) yieldExpr() ast.Expr {
	t := p.next()
	if p.isKw("from") {
		p.next()
		v := p.expression()
		return &ast.YieldFrom{Pos: p.upTo(tokPos(t)), Value: v}
	}
	if !starStart(p.peek()) {
		return &ast.Yield{Pos: tokPos(t)}
	}
	v := p.starExprs()
	if s, ok := v.(*ast.Starred); ok {
		bailPos(s.Pos, "can't use starred expression here")
	}
	return &ast.Yield{Pos: p.upTo(tokPos(t)), Value: v}
}

// lambda parses `'lambda' [params] ':' expression`.
func (p *exprParser) lambda() ast.Expr {
	t := p.next()
	args := p.params(":", false)
	if !p.isOp(":") {
		invalidSyntax(p.peek())
	}
	p.next()
	body := p.expression()
	return &ast.Lambda{Pos: p.upTo(tokPos(t)), Args: args, Body: body}
}

// missingComma reports two expressions side by side inside brackets,
// prev being the first one, the way CPython does ("[1 2]"), or else
// "invalid syntax" at the unexpected token. The hint is about the
// disjunction just before the token: the value of a starred or named
// expression, the last part of a slice.
func (p *exprParser) missingComma(prev ast.Expr) {
	t := p.peek()
	if t.Type == lexer.Keyword && t.Value == "async" && p.peek2().Value == "for" {
		bailAt(t, msgAsyncFor)
	}
	prev = lastDisjunction(prev)
	if p.depth > 0 && prev != nil && exprStart(t) && !startsWithSoftKeyword(prev) &&
		!(isName(prev) && t.Type == lexer.String) {
		// CPython gives the hint only if an expression does follow; it
		// blames both expressions.
		end, after := p.expressionFollows()
		if after == nil {
			invalidSyntax(t)
		}
		pos := prev.Position()
		bail(&parseError{msg: "invalid syntax. Perhaps you forgot a comma?", line: pos.Line, col: pos.Col,
			endLine: end.EndLine, endCol: end.EndCol, readLine: after.Pos.Line, readCol: after.Pos.Column})
	}
	invalidSyntax(t)
}

// lastDisjunction returns the expression CPython's comma hint is about in
// e: the value of a starred or named expression, the body of a lambda,
// the last part of a conditional expression or slice.
func lastDisjunction(e ast.Expr) ast.Expr {
	for {
		switch x := e.(type) {
		case *ast.Starred:
			e = x.Value
		case *ast.NamedExpr:
			e = x.Value
		case *ast.Lambda:
			e = x.Body
		case *ast.IfExp:
			e = x.Orelse
		case *ast.Slice:
			e = nil
			for _, part := range []ast.Expr{x.Lower, x.Upper, x.Step} {
				if part != nil {
					e = part
				}
			}
		default:
			return e
		}
	}
}

// expressionFollows reports whether an expression parses at the current
// token (at least a disjunction or a lambda, as in CPython's
// expression_without_invalid), without consuming anything: it returns
// the expression's span and the token after it, or a nil token.
func (p *exprParser) expressionFollows() (end ast.Pos, after *plex.Token) {
	cp := p.lex.MakeCheckpoint()
	sub := *p
	defer func() {
		p.lex.LoadCheckpoint(cp)
		if r := recover(); r != nil {
			if _, isPE := r.(*parseError); !isPE {
				panic(r)
			}
			end, after = ast.Pos{}, nil
		}
	}()
	var e ast.Expr
	if sub.isKw("lambda") {
		e = sub.lambda()
	} else {
		e = sub.disjunction()
	}
	return sub.upTo(e.Position()), sub.peek()
}

// expectSep is called where a ',' or the closing bracket must follow
// prev: it fails with the best message for the token found instead.
func (p *exprParser) expectSep(prev ast.Expr) {
	p.missingComma(prev)
}

func isName(e ast.Expr) bool {
	_, ok := e.(*ast.Name)
	return ok
}

// startsWithSoftKeyword reports whether e starts with a name CPython's
// comma hint skips: print or exec (the hint for those is about missing
// parentheses), or what CPython 3.11 takes for a soft keyword, which is
// any prefix of "match" or "case" ("m", "ca", ...), and "_".
func startsWithSoftKeyword(e ast.Expr) bool {
	if n, ok := e.(*ast.Name); ok && (n.Id == "print" || n.Id == "exec") {
		return true
	}
	for {
		switch x := e.(type) {
		case *ast.Name:
			return x.Id == "_" || strings.HasPrefix("match", x.Id) || strings.HasPrefix("case", x.Id)
		case *ast.Call:
			e = x.Func
		case *ast.Attribute:
			e = x.Value
		case *ast.Subscript:
			e = x.Value
		case *ast.BinOp:
			e = x.Left
		case *ast.Compare:
			e = x.Left
		case *ast.BoolOp:
			e = x.Values[0]
		case *ast.IfExp:
			e = x.Body
		default:
			return false
		}
	}
}
