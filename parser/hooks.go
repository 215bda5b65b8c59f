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
	stmtExprs    interface{ exprs() *exprBox } // statement start: star_expressions | yield (optional)
	assignValue  interface{ exprs() *exprBox } // after '=', 'op=' or ':' in an assignment
	exprsOrYield interface{ exprs() *exprBox } // right of '=' or 'op=': star_expressions | yield
	exprsOpt     interface{ exprs() *exprBox } // after 'return' (optional)
	exprsReq     interface{ exprs() *exprBox } // after 'for ... in'
	namedReq     interface{ exprs() *exprBox } // tests of if/elif/while, decorators
	testReq      interface{ exprs() *exprBox } // an expression
	testOpt      interface{ exprs() *exprBox } // an optional expression (after 'raise')
	exceptType   interface{ exprs() *exprBox } // after 'except' (optional)
	forTargets   interface{ exprs() *exprBox } // between 'for' and 'in'
	delTargets   interface{ exprs() *exprBox } // after 'del'
)

// exprBox carries what an expression hook parsed.
type exprBox struct {
	e      ast.Expr
	list   []ast.Expr // del targets
	parens []ast.Expr // see exprParser.parens
}

func (b *exprBox) exprs() *exprBox { return b }

// expr returns the expression in a possibly nil slot.
func expr[T interface{ exprs() *exprBox }](slot T) ast.Expr {
	if any(slot) == nil {
		return nil
	}
	return slot.exprs().e
}

// Structural slots: they consume (or only check) a token, reporting
// CPython's message when it is missing. They are participle.Parseable
// zero-size structs rather than ParseTypeWith hooks: participle calls a
// ParseTypeWith function through reflect.Value.Call (several allocations
// per call), a Parseable through an interface method, and allocating a
// zero-size struct is free. Measured on BenchmarkParse10kLines: about 15%
// fewer allocations.
type (
	colon         struct{} // ':' ("expected ':'" only before a newline)
	forcedColon   struct{} // ':' ("expected ':'" before anything)
	indentTok     struct{} // INDENT of a block
	tryCheck      struct{} // 'except' or 'finally' must follow a try body
	awaitColon    struct{} // ':' of 'await:'
	asyncColon    struct{} // ':' of 'async:'
	trailingComma struct{} // a ',' ending an unparenthesized import list
	stmtSep       struct{} // before a simple statement: start of line or ';'
)

// assignOp is '=', an augmented assignment operator or ':' in a statement.
type assignOp struct{ tok *plex.Token }

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
		exprHook[exprsOrYield](true, yieldStart, (*exprParser).starExprsOrYield),
		participle.ParseTypeWith(parseAssignValue),
		exprHook[exprsOpt](false, starStart, (*exprParser).starExprs),
		exprHook[exprsReq](true, starStart, (*exprParser).starExprs),
		exprHook[namedReq](true, exprStart, func(p *exprParser) ast.Expr { return p.namedExpr(true) }),
		exprHook[testReq](true, exprStart, (*exprParser).expression),
		exprHook[testOpt](false, exprStart, (*exprParser).expression),
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
		p := newExprParser(lex)
		e := parse(p)
		return any(&exprBox{e: e, parens: p.parens}).(T), nil
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
	if n, ok := e.(*ast.Name); ok && (n.Id == "print" || n.Id == "exec") && exprStart(next) {
		bailPos(n.Pos, "Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id)
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
	e := p.expression()
	if p.isOp(",") {
		bailPos(e.Position(), "multiple exception types must be parenthesized")
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

func (*colon) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	if isOpTok(t, ":") {
		lex.Next()
		return nil
	}
	if t.Type == lexer.Newline || t.Type == lexer.EOF {
		bailAt(t, "expected ':'")
	}
	invalidSyntax(t)
	return nil
}

func (*forcedColon) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	if !isOpTok(t, ":") {
		bailAt(t, "expected ':'")
	}
	lex.Next()
	return nil
}

// parseIndent consumes the INDENT that starts a block, or reports the
// missing block after the header the block belongs to.
func (*indentTok) Parse(lex *plex.PeekingLexer) error {
	if lex.Peek().Type == lexer.Indent {
		lex.Next()
		return nil
	}
	// The header is the logical line ending with the NEWLINE just consumed.
	toks := lex.Range(0, lex.RawCursor())
	nl := &toks[len(toks)-1]
	i := len(toks) - 2
	for i > 0 && !isLineStart(toks[i-1].Type) {
		i--
	}
	head := &toks[max(i, 0)]
	msg := "expected an indented block"
	switch head.Value {
	case "def":
		msg = sprintf("expected an indented block after function definition on line %d", head.Pos.Line)
	case "class":
		msg = sprintf("expected an indented block after class definition on line %d", head.Pos.Line)
	case "if", "elif", "else", "for", "while", "try", "except", "finally", "with", "await", "async":
		msg = sprintf("expected an indented block after '%s' statement on line %d", head.Value, head.Pos.Line)
	}
	next, atEOF := nextSignificant(lex)
	err := &parseError{kind: "IndentationError", msg: msg, line: next.Pos.Line, col: next.Pos.Column}
	if atEOF {
		err.line, err.col, err.incomplete = nl.Pos.Line, nl.Pos.Column, true
	}
	bail(err)
	return nil
}

func isLineStart(t plex.TokenType) bool {
	return t == lexer.Newline || t == lexer.Indent || t == lexer.Dedent
}

// nextSignificant returns the next token that is not a DEDENT, and
// whether it is EOF.
func nextSignificant(lex *plex.PeekingLexer) (*plex.Token, bool) {
	cp := lex.MakeCheckpoint()
	defer lex.LoadCheckpoint(cp)
	for lex.Peek().Type == lexer.Dedent {
		lex.Next()
	}
	t := lex.Peek()
	return t, t.Type == lexer.EOF
}

// parseTryCheck checks that an except or finally clause follows a try
// body; it consumes nothing.
func (*tryCheck) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	if t.Type == lexer.Keyword && (t.Value == "except" || t.Value == "finally") {
		return nil
	}
	next, atEOF := nextSignificant(lex)
	err := &parseError{msg: "expected 'except' or 'finally' block", line: next.Pos.Line, col: next.Pos.Column}
	if atEOF {
		// CPython points at the end of the body's last line.
		toks := lex.Range(0, lex.RawCursor())
		for i := len(toks) - 1; i >= 0; i-- {
			if toks[i].Type == lexer.Newline {
				err.line, err.col = toks[i].Pos.Line, toks[i].Pos.Column
				break
			}
		}
		err.incomplete = true
	}
	bail(err)
	return nil
}

// prevToken is the token just consumed.
func prevToken(lex *plex.PeekingLexer) *plex.Token {
	toks := lex.Range(0, lex.RawCursor())
	return &toks[len(toks)-1]
}

func (*awaitColon) Parse(lex *plex.PeekingLexer) error {
	if isOpTok(lex.Peek(), ":") {
		lex.Next()
		return nil
	}
	bailAt(prevToken(lex), msgAwaitExpr)
	return nil
}

func (*asyncColon) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	if isOpTok(t, ":") {
		lex.Next()
		return nil
	}
	if t.Type == lexer.Keyword {
		switch t.Value {
		case "def":
			bailAt(prevToken(lex), msgAsyncDef)
		case "for":
			bailAt(prevToken(lex), msgAsyncFor)
		case "with":
			bailAt(prevToken(lex), msgAsyncWith)
		}
	}
	if t.Type == lexer.Newline || t.Type == lexer.EOF {
		bailAt(t, "expected ':'")
	}
	invalidSyntax(t)
	return nil
}

// parseTrailingComma reports `from m import a, b,` (only matches a ',' at
// the end of the statement).
func (*trailingComma) Parse(lex *plex.PeekingLexer) error {
	if !isOpTok(lex.Peek(), ",") {
		return participle.NextMatch
	}
	cp := lex.MakeCheckpoint()
	lex.Next()
	t := lex.Peek()
	lex.LoadCheckpoint(cp)
	if t.Type == lexer.Newline || t.Type == lexer.EOF || isOpTok(t, ";") {
		bailAt(t, "trailing comma not allowed without surrounding parentheses")
	}
	return participle.NextMatch
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

// parseWithItems parses the items of a with statement: `a as b, c` or the
// parenthesized form `(a as b, c,)`. A leading '(' may also open an
// expression (`with (a, b) as c:`), so the parenthesized form is tried
// first and abandoned unless ':' follows its ')'.
func parseWithItems(lex *plex.PeekingLexer) (withItems, error) {
	p := newExprParser(lex)
	if !exprStart(p.peek()) {
		invalidSyntax(p.peek())
	}
	var parenErr *parseError
	if p.isOp("(") {
		cp := lex.MakeCheckpoint()
		items, err := p.parenWithItems()
		if err == nil && items != nil {
			return &withBox{list: items}, nil
		}
		parenErr = err
		lex.LoadCheckpoint(cp)
		p.depth, p.parens = 0, nil
	}
	var items []*ast.WithItem
	func() {
		defer func() {
			if r := recover(); r != nil {
				pe, ok := r.(*parseError)
				if ok && parenErr != nil && after(parenErr, pe) {
					pe = parenErr
				}
				panic(pe)
			}
		}()
		items = append(items, p.withItem())
		for p.isOp(",") {
			p.next()
			items = append(items, p.withItem())
		}
	}()
	return &withBox{list: items}, nil
}

// after reports whether error a is further in the source than b.
func after(a, b *parseError) bool {
	return a.line > b.line || (a.line == b.line && a.col > b.col)
}

// parenWithItems tries `'(' item (',' item)* [','] ')'` followed by ':'.
// It returns nil items when the form does not apply, and the error that
// stopped it, if any.
func (p *exprParser) parenWithItems() (items []*ast.WithItem, err *parseError) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(*parseError)
			if !ok {
				panic(r)
			}
			items, err = nil, pe
		}
	}()
	p.next()
	p.depth++
	for {
		items = append(items, p.withItem())
		if !p.isOp(",") {
			break
		}
		p.next()
		if p.isOp(")") {
			break
		}
	}
	if !p.isOp(")") {
		return nil, nil
	}
	p.next()
	if !p.isOp(":") {
		return nil, nil
	}
	return items, nil
}

// withItem parses `expression ['as' star_target]`.
func (p *exprParser) withItem() *ast.WithItem {
	start := p.peek()
	ctx := p.expression()
	item := &ast.WithItem{Pos: p.upTo(tokPos(start)), Context: ctx}
	if !p.isKw("as") {
		return item
	}
	p.next()
	var target ast.Expr
	if !starStart(p.peek()) {
		invalidSyntax(p.peek())
	}
	if p.isOp("*") {
		t := p.next()
		v := p.bitor()
		target = &ast.Starred{Pos: p.upTo(tokPos(t)), Value: v}
	} else {
		target = p.expression()
	}
	if err := checkStore(target, targetAssign); err != nil {
		bail(err)
	}
	item.Vars = target
	item.Pos = p.upTo(item.Pos)
	return item
}

// Parse implements participle.Parseable: it lets a simple statement start
// at the start of a line (or after the ':' of a one-line suite), or after
// a ';' which it consumes. It does not match before a compound statement
// keyword, so that compound statements do not first go through all the
// alternatives of smallStmt.
func (*stmtSep) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	cur := lex.RawCursor()
	if cur == 0 || isSuiteStart(&lex.Range(cur-1, cur)[0]) {
		if t.Type == lexer.Keyword {
			switch t.Value {
			case "if", "for", "while", "def", "class", "try", "with", "await", "async":
				return participle.NextMatch
			}
		}
		if isOpTok(t, "@") {
			return participle.NextMatch
		}
		return nil
	}
	if !isOpTok(t, ";") {
		return participle.NextMatch
	}
	cp := lex.MakeCheckpoint()
	lex.Next()
	switch next := lex.Peek(); {
	case next.Type == lexer.Newline || next.Type == lexer.EOF:
		lex.LoadCheckpoint(cp) // a trailing ';' ends the line
		return participle.NextMatch
	case isOpTok(next, ";"):
		invalidSyntax(next)
	}
	return nil
}

// isSuiteStart reports whether a statement may start after token t.
func isSuiteStart(t *plex.Token) bool {
	return t.Type == lexer.Newline || t.Type == lexer.Indent || t.Type == lexer.Dedent || isOpTok(t, ":")
}

// Parse implements participle.Parseable.
func (a *assignOp) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	if t.Type != lexer.Op {
		return participle.NextMatch
	}
	switch t.Value {
	case "=", ":":
	default:
		if _, ok := ast.BinaryOpFromText(t.Value); !ok || t.Value[len(t.Value)-1] != '=' {
			return participle.NextMatch
		}
	}
	a.tok = lex.Next()
	return nil
}

// parseAssignValue parses what follows an assignment operator: an
// annotation (an expression) after ':', else star_expressions or yield.
func parseAssignValue(lex *plex.PeekingLexer) (assignValue, error) {
	p := newExprParser(lex)
	t := p.peek()
	var e ast.Expr
	if isOpTok(prevToken(lex), ":") {
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
	return &exprBox{e: e, parens: p.parens}, nil
}
