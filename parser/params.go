package parser

import (
	plex "github.com/alecthomas/participle/v2/lexer"
	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/lexer"
)

// params parses a parameter list up to (not including) closer: ")" for a
// def, ":" for a lambda, whose parameters take no annotations. The order
// rules and their messages are CPython's:
//
//	def f(a, b=1, /, c=2, *args, d, e=3, **kw)
func (p *exprParser) params(closer string, annotate bool) *ast.Arguments {
	a := &ast.Arguments{Pos: startOf(p.peek())}
	var (
		star        *plex.Token // the '*' of *args or of a bare '*'
		seenSlash   bool
		seenDefault bool
		seenKwarg   bool
		names       []string
		first       = true
	)
	add := func(arg *ast.Arg) {
		for _, n := range names {
			if n == arg.Name {
				bailPos(arg.Pos, "duplicate argument '%s' in function definition", arg.Name)
			}
		}
		names = append(names, arg.Name)
	}
	for !p.isOp(closer) {
		t := p.peek()
		if seenKwarg {
			bailAt(t, "arguments cannot follow var-keyword argument")
		}
		var last ast.Expr // the default just parsed, for the missing-comma hint
		switch {
		case isOpTok(t, "/"):
			switch {
			case seenSlash:
				bailAt(t, "/ may appear only once")
			case star != nil:
				bailAt(t, "/ must be ahead of *")
			case len(a.Args) == 0:
				invalidSyntax(t)
			}
			p.next()
			a.PosOnly, a.Args = a.Args, nil
			seenSlash = true
		case isOpTok(t, "*"):
			if star != nil {
				bailAt(t, "* argument may appear only once")
			}
			star = p.next()
			if p.peek().Type == lexer.Name {
				a.Vararg = p.param(annotate)
				add(a.Vararg)
				if p.isOp("=") {
					bailAt(p.peek(), "var-positional argument cannot have default value")
				}
			} else if !p.isOp(",") {
				at := star
				if closer == ":" {
					at = p.peek() // CPython points past a lambda's bare '*'
				}
				bailAt(at, "named arguments must follow bare *")
			}
		case isOpTok(t, "**"):
			p.next()
			if p.peek().Type != lexer.Name {
				invalidSyntax(p.peek())
			}
			a.Kwarg = p.param(annotate)
			add(a.Kwarg)
			if p.isOp("=") {
				bailAt(p.peek(), "var-keyword argument cannot have default value")
			}
			seenKwarg = true
		case t.Type == lexer.Name:
			arg := p.param(annotate)
			add(arg)
			if p.isOp("=") {
				p.next()
				arg.Default = p.expression()
				last = arg.Default
			}
			switch {
			case star != nil:
				a.KwOnly = append(a.KwOnly, arg)
			case arg.Default != nil:
				seenDefault = true
				a.Args = append(a.Args, arg)
			case seenDefault:
				bailAt(t, "non-default argument follows default argument")
			default:
				a.Args = append(a.Args, arg)
			}
		default:
			invalidSyntax(t)
		}
		if first {
			a.Pos = startOf(t)
			first = false
		}
		a.Pos = span(a.Pos, p.lastPos())
		if p.isOp(",") {
			p.next()
			continue
		}
		if !p.isOp(closer) {
			if last != nil {
				p.expectSep(last)
			}
			invalidSyntax(p.peek())
		}
	}
	if star != nil && a.Vararg == nil && len(a.KwOnly) == 0 {
		bailAt(star, "named arguments must follow bare *")
	}
	return a
}

// param parses `NAME [':' expression]` (the annotation only when
// annotate is set).
func (p *exprParser) param(annotate bool) *ast.Arg {
	t := p.next()
	arg := &ast.Arg{Pos: tokPos(t), Name: t.Value}
	if annotate && p.isOp(":") {
		p.next()
		arg.Annotation = p.expression()
		arg.Pos = p.upTo(arg.Pos)
	}
	return arg
}
