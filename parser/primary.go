package parser

import (
	plex "github.com/alecthomas/participle/v2/lexer"
	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/lexer"
)

// The messages for the parts of Python Spindle leaves out.
const (
	msgAwaitExpr = "'await <expr>' is not part of Spindle: calls simply block; " +
		"use 'await:' with 'async:' blocks for concurrency"
	msgAsyncDef = "'async def' is not part of Spindle: write a plain 'def' and run it " +
		"concurrently inside an 'await:' block with 'async:' (see LANGUAGE.md §2)"
	msgMatch     = "'match' statements are not part of Spindle; use if/elif chains"
	msgAsyncFor  = "'async for' is not part of Spindle: use 'await:' with 'async:' blocks for concurrency (see LANGUAGE.md §2)"
	msgAsyncWith = "'async with' is not part of Spindle: use 'await:' with 'async:' blocks for concurrency (see LANGUAGE.md §2)"
)

// primary parses an atom followed by attribute, call and subscript
// trailers.
func (p *exprParser) primary() ast.Expr {
	start := p.peek()
	e := p.atom()
	for {
		t := p.peek()
		if t.Type != lexer.Op {
			return e
		}
		switch t.Value {
		case ".":
			p.next()
			n := p.peek()
			if n.Type != lexer.Name {
				invalidSyntax(n)
			}
			p.next()
			e = &ast.Attribute{Pos: p.upTo(tokPos(start)), Value: e, Attr: n.Value}
		case "(":
			args, kws := p.arguments(true)
			e = &ast.Call{Pos: p.upTo(tokPos(start)), Func: e, Args: args, Keywords: kws}
		case "[":
			index := p.subscript()
			e = &ast.Subscript{Pos: p.upTo(tokPos(start)), Value: e, Index: index}
		default:
			return e
		}
	}
}

// atom parses a name, a literal, or a bracketed display.
func (p *exprParser) atom() ast.Expr {
	t := p.peek()
	switch t.Type {
	case lexer.Name:
		p.next()
		return &ast.Name{Pos: tokPos(t), Id: t.Value}
	case lexer.Int:
		p.next()
		digits, base := lexer.IntDigits(t.Value)
		return &ast.Int{Pos: tokPos(t), Digits: digits, Base: base}
	case lexer.Float:
		p.next()
		f, err := lexer.ParseFloat(t.Value)
		if err != nil {
			bailAt(t, "invalid decimal literal")
		}
		return &ast.Float{Pos: tokPos(t), Value: f, Imag: lexer.IsImaginary(t.Value)}
	case lexer.String:
		return p.strings()
	case lexer.Keyword:
		switch t.Value {
		case "None":
			p.next()
			return &ast.Constant{Pos: tokPos(t), Kind: ast.ConstNone}
		case "True":
			p.next()
			return &ast.Constant{Pos: tokPos(t), Kind: ast.ConstTrue}
		case "False":
			p.next()
			return &ast.Constant{Pos: tokPos(t), Kind: ast.ConstFalse}
		case "await":
			bailAt(t, msgAwaitExpr)
		}
	case lexer.Op:
		switch t.Value {
		case "(":
			return p.parenAtom()
		case "[":
			return p.listAtom()
		case "{":
			return p.braceAtom()
		case "...":
			p.next()
			return &ast.Constant{Pos: tokPos(t), Kind: ast.ConstEllipsis}
		}
	}
	invalidSyntax(t)
	return nil
}

// parenAtom parses a parenthesized expression, tuple, yield or generator
// expression.
func (p *exprParser) parenAtom() ast.Expr {
	open := p.next()
	outer := p.depth
	p.depth++
	if p.isOp(")") {
		p.next()
		p.depth--
		return &ast.Tuple{Pos: p.upTo(tokPos(open))}
	}
	if p.isKw("yield") {
		y := p.yieldExpr()
		p.closeBracket(")", y)
		p.markParen(outer, y)
		return y
	}
	first := p.starNamed()
	if p.isKw("for") {
		gens := p.comprehension(first)
		p.closeBracket(")", nil)
		return &ast.GeneratorExp{Pos: p.upTo(tokPos(open)), Elt: first, Generators: gens}
	}
	if p.isOp(")") {
		if _, ok := first.(*ast.Starred); ok {
			bailPos(first.Position(), "cannot use starred expression here")
		}
		p.next()
		p.depth--
		p.markParen(outer, first)
		return first
	}
	elts := p.listTail([]ast.Expr{first}, ")", p.starNamed)
	p.closeBracket(")", nil)
	tup := &ast.Tuple{Pos: p.upTo(tokPos(open)), Elts: elts}
	p.markParen(outer, tup)
	return tup
}

// listAtom parses a list display or list comprehension.
func (p *exprParser) listAtom() ast.Expr {
	open := p.next()
	p.depth++
	if p.isOp("]") {
		p.closeBracket("]", nil)
		return &ast.List{Pos: p.upTo(tokPos(open))}
	}
	first := p.starNamed()
	if p.isKw("for") {
		gens := p.comprehension(first)
		p.closeBracket("]", nil)
		return &ast.ListComp{Pos: p.upTo(tokPos(open)), Elt: first, Generators: gens}
	}
	elts := p.listTail([]ast.Expr{first}, "]", p.starNamed)
	p.closeBracket("]", nil)
	return &ast.List{Pos: p.upTo(tokPos(open)), Elts: elts}
}

// braceAtom parses a dict or set display or comprehension.
func (p *exprParser) braceAtom() ast.Expr {
	open := p.next()
	p.depth++
	if p.isOp("}") {
		p.closeBracket("}", nil)
		return &ast.Dict{Pos: p.upTo(tokPos(open))}
	}
	if p.isOp("**") {
		star := p.next()
		v := p.bitor()
		if p.isKw("for") {
			bailPos(tokPos(star), "dict unpacking cannot be used in dict comprehension")
		}
		if !p.isOp(",") && !p.isOp("}") {
			invalidSyntax(p.peek()) // CPython gives no comma hint after **x
		}
		return p.dictTail(open, nil, v)
	}
	first := p.starNamed()
	if p.isOp(":") {
		if _, ok := first.(*ast.Starred); ok {
			invalidSyntax(p.peek())
		}
		p.valueAfterColon()
		v := p.expression()
		if p.isKw("for") {
			gens := p.comprehension(nil)
			p.closeBracket("}", nil)
			return &ast.DictComp{Pos: p.upTo(tokPos(open)), Key: first, Value: v, Generators: gens}
		}
		return p.dictTail(open, first, v)
	}
	if p.isKw("for") {
		gens := p.comprehension(first)
		p.closeBracket("}", nil)
		return &ast.SetComp{Pos: p.upTo(tokPos(open)), Elt: first, Generators: gens}
	}
	elts := p.listTail([]ast.Expr{first}, "}", p.starNamed)
	p.closeBracket("}", nil)
	return &ast.Set{Pos: p.upTo(tokPos(open)), Elts: elts}
}

// dictTail parses the items of a dict display after the first one.
func (p *exprParser) dictTail(open *plex.Token, key, value ast.Expr) ast.Expr {
	keys := []ast.Expr{key}
	values := []ast.Expr{value}
	for {
		if p.isOp("}") {
			break
		}
		if !p.isOp(",") {
			p.expectSep(values[len(values)-1])
		}
		p.next()
		if p.isOp("}") {
			break
		}
		if p.isOp("**") {
			p.next()
			keys = append(keys, nil)
			values = append(values, p.bitor())
			if !p.isOp(",") && !p.isOp("}") {
				invalidSyntax(p.peek()) // CPython gives no comma hint after **x
			}
			continue
		}
		k := p.expression()
		if !p.isOp(":") {
			if p.isOp(",") || p.isOp("}") {
				bailStart(k.Position(), "':' expected after dictionary key")
			}
			p.expectSep(k)
		}
		p.valueAfterColon()
		keys = append(keys, k)
		values = append(values, p.expression())
	}
	p.closeBracket("}", nil)
	return &ast.Dict{Pos: p.upTo(tokPos(open)), Keys: keys, Values: values}
}

// valueAfterColon consumes the ':' after a dictionary key and checks that
// a value follows.
func (p *exprParser) valueAfterColon() {
	colon := p.next()
	if t := p.peek(); !exprStart(t) {
		if isOpTok(t, "}") || isOpTok(t, ",") {
			bailAt(colon, "expression expected after dictionary key and ':'")
		}
		invalidSyntax(t)
	}
}

// listTail parses `(',' item)* [',']` after the items in elts, up to (not
// including) the closing bracket.
func (p *exprParser) listTail(elts []ast.Expr, closer string, item func() ast.Expr) []ast.Expr {
	for {
		if p.isOp(closer) {
			return elts
		}
		if !p.isOp(",") {
			p.expectSep(elts[len(elts)-1])
		}
		p.next()
		if p.isOp(closer) {
			return elts
		}
		elts = append(elts, item())
	}
}

// closeBracket consumes the closing bracket s and leaves the bracket.
// prev is the expression before it, for the missing-comma hint.
func (p *exprParser) closeBracket(s string, prev ast.Expr) {
	if !p.isOp(s) {
		p.expectSep(prev)
	}
	p.next()
	p.depth--
}

// comprehension parses the `for ... in ... if ...` clauses after the
// element elt of a comprehension (elt is nil for a dict comprehension).
func (p *exprParser) comprehension(elt ast.Expr) []*ast.Comprehension {
	if s, ok := elt.(*ast.Starred); ok {
		bailPos(s.Position(), "iterable unpacking cannot be used in comprehension")
	}
	var gens []*ast.Comprehension
	for p.isKw("for") {
		t := p.next()
		target := p.targetList()
		if !p.isKw("in") {
			last := target
			if tup, ok := target.(*ast.Tuple); ok && len(tup.Elts) > 0 {
				last = tup.Elts[len(tup.Elts)-1]
			}
			p.expectSep(last)
		}
		p.next()
		iter := p.disjunction()
		var ifs []ast.Expr
		for p.isKw("if") {
			p.next()
			ifs = append(ifs, p.disjunction())
		}
		if err := checkStore(target, targetFor); err != nil {
			bail(err)
		}
		gens = append(gens, &ast.Comprehension{Pos: p.upTo(tokPos(t)), Target: target, Iter: iter, Ifs: ifs})
	}
	return gens
}

// targetList parses star_targets, as after 'for': targets are parsed as
// bitwise_or expressions (which stop before 'in') and checked afterwards.
func (p *exprParser) targetList() ast.Expr {
	start := p.peek()
	first := p.target()
	if !p.isOp(",") {
		return first
	}
	elts := []ast.Expr{first}
	for p.isOp(",") {
		p.next()
		if !starStart(p.peek()) {
			break
		}
		elts = append(elts, p.target())
	}
	return &ast.Tuple{Pos: p.upTo(tokPos(start)), Elts: elts}
}

// target parses one star_target.
func (p *exprParser) target() ast.Expr {
	if p.isOp("*") {
		t := p.next()
		v := p.bitor()
		return &ast.Starred{Pos: p.upTo(tokPos(t)), Value: v}
	}
	return p.bitor()
}

// arguments parses `'(' [args] ')'` of a call (or of a class header, with
// allowGen false: no bare generator argument).
func (p *exprParser) arguments(allowGen bool) ([]ast.Expr, []ast.Keyword) {
	open := p.next()
	p.depth++
	var (
		args        []ast.Expr
		kws         []ast.Keyword
		sawKeyword  bool
		sawKwUnpack bool
		prev        ast.Expr
	)
	for !p.isOp(")") {
		t := p.peek()
		switch {
		case isOpTok(t, "*"):
			p.next()
			v := p.expression()
			if sawKwUnpack {
				bailAt(t, "iterable argument unpacking follows keyword argument unpacking")
			}
			prev = &ast.Starred{Pos: p.upTo(tokPos(t)), Value: v}
			if p.isKw("for") {
				bailPos(prev.Position(), "iterable unpacking cannot be used in comprehension")
			}
			args = append(args, prev)
		case isOpTok(t, "**"):
			p.next()
			v := p.expression()
			kws = append(kws, ast.Keyword{Pos: p.upTo(tokPos(t)), Value: v})
			sawKwUnpack = true
			prev = v
		case t.Type == lexer.Name && isOpTok(p.peek2(), "="):
			p.next()
			p.next()
			v := p.expression()
			pos := p.upTo(tokPos(t))
			for _, k := range kws {
				if k.Name == t.Value {
					bailPos(pos, "keyword argument repeated: %s", t.Value)
				}
			}
			kws = append(kws, ast.Keyword{Pos: pos, Name: t.Value, Value: v})
			sawKeyword = true
			prev = v
		default:
			if !exprStart(t) {
				invalidSyntax(t)
			}
			e := p.namedExpr(false)
			if p.isKw("for") {
				if !allowGen {
					invalidSyntax(p.peek())
				}
				gens := p.comprehension(e)
				if !p.isOp(")") && !p.isOp(",") {
					invalidSyntax(p.peek())
				}
				if len(args) > 0 || len(kws) > 0 || !p.isOp(")") {
					bailPos(p.upTo(e.Position()), "Generator expression must be parenthesized")
				}
				p.closeBracket(")", nil)
				g := &ast.GeneratorExp{Pos: p.upTo(tokPos(open)), Elt: e, Generators: gens}
				return []ast.Expr{g}, nil
			}
			if p.isOp("=") {
				// CPython blames the expression and the '='.
				p.next()
				if c, ok := e.(*ast.Constant); ok && c.Kind != ast.ConstEllipsis {
					bailPos(p.upTo(e.Position()), "cannot assign to %s", exprName(e))
				}
				bailPos(p.upTo(e.Position()), "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			// CPython reports these two at the token after the argument.
			if sawKwUnpack {
				bailAt(p.peek(), "positional argument follows keyword argument unpacking")
			}
			if sawKeyword {
				bailAt(p.peek(), "positional argument follows keyword argument")
			}
			args = append(args, e)
			prev = e
		}
		if p.isOp(",") {
			p.next()
			continue
		}
		if !p.isOp(")") {
			p.expectSep(prev)
		}
	}
	p.closeBracket(")", nil)
	return args, kws
}

// subscript parses `'[' slices ']'` and returns the index.
func (p *exprParser) subscript() ast.Expr {
	p.next()
	p.depth++
	start := p.peek()
	if p.isOp("]") {
		invalidSyntax(start)
	}
	first := p.sliceItem()
	index := first
	if p.isOp(",") {
		elts := p.listTail([]ast.Expr{first}, "]", p.sliceItem)
		index = &ast.Tuple{Pos: p.upTo(tokPos(start)), Elts: elts}
	} else if _, ok := first.(*ast.Starred); ok {
		index = &ast.Tuple{Pos: first.Position(), Elts: []ast.Expr{first}}
	}
	p.closeBracket("]", first)
	return index
}

// sliceItem parses one item of a subscript: a slice `[lower]:[upper][:[step]]`,
// a starred expression or a named expression.
func (p *exprParser) sliceItem() ast.Expr {
	if p.isOp("*") {
		t := p.next()
		v := p.expression()
		return &ast.Starred{Pos: p.upTo(tokPos(t)), Value: v}
	}
	start := p.peek()
	var lower ast.Expr
	if !p.isOp(":") {
		lower = p.namedExpr(true)
		if !p.isOp(":") {
			return lower
		}
	}
	p.next()
	var upper, step ast.Expr
	if exprStart(p.peek()) {
		upper = p.expression()
	}
	if p.isOp(":") {
		p.next()
		if exprStart(p.peek()) {
			step = p.expression()
		}
	}
	return &ast.Slice{Pos: p.upTo(tokPos(start)), Lower: lower, Upper: upper, Step: step}
}
