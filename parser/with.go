package parser

import (
	plex "github.com/alecthomas/participle/v2/lexer"
	"github.com/spindle-lang/spindle/ast"
)

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
// stopped it, if any. Once an item has had 'as', the form is the only
// possible reading, so what follows must fit it.
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
	sawAs := false
	for {
		item := p.withItem()
		items = append(items, item)
		sawAs = sawAs || item.Vars != nil
		if !p.isOp(",") {
			if !p.isOp(")") && sawAs {
				p.expectSep(itemEnd(item))
			}
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
		if sawAs {
			invalidSyntax(p.peek())
		}
		return nil, nil
	}
	return items, nil
}

// itemEnd is the expression that ends a with item.
func itemEnd(item *ast.WithItem) ast.Expr {
	if item.Vars != nil {
		return item.Vars
	}
	return item.Context
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
