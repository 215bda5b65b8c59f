package parser

import (
	"strings"

	plex "github.com/alecthomas/participle/v2/lexer"
	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/lexer"
)

// fstring appends the parts of the f-string token t to out: literal text
// and one FormattedValue per replacement field. The lexer splits the
// literal (lexer.ParseFString); each field's expression text is tokenized
// again at its position in the file and parsed here, as CPython 3.11 does.
// Like CPython's, the Str and FormattedValue nodes of an f-string carry the
// position of the whole literal; the expressions inside have their own.
func (p *exprParser) fstring(t *plex.Token, out *joined) {
	parts, err := lexer.ParseFString(t.Value)
	if err != nil {
		bail(fromLexerError(lexer.AtToken(err, *t)))
	}
	p.fparts(t, parts, out)
}

func (p *exprParser) fparts(t *plex.Token, parts []lexer.FPart, out *joined) {
	for i := range parts {
		part := &parts[i]
		if part.Expr == "" {
			out.addLit(part.Literal)
			continue
		}
		if part.Debug {
			out.addLit(part.DebugText)
		}
		fv := &ast.FormattedValue{Pos: out.pos, Value: p.fieldExpr(t, part), Conversion: part.Conversion}
		if part.HasSpec {
			spec := &joined{pos: out.pos}
			p.fparts(t, part.Spec, spec)
			spec.flush()
			fv.FormatSpec = &ast.JoinedStr{Pos: out.pos, Values: spec.values}
		}
		out.add(fv)
	}
}

// fieldExpr parses the expression of a replacement field as if it were
// parenthesized (CPython wraps it in parentheses): newlines are free,
// tuples and yield are allowed, and two expressions side by side get the
// missing-comma hint. Errors are prefixed with "f-string: ".
func (p *exprParser) fieldExpr(t *plex.Token, part *lexer.FPart) (e ast.Expr) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(*parseError)
			if !ok {
				panic(r)
			}
			if !strings.HasPrefix(pe.msg, "f-string") {
				pe.msg = "f-string: " + pe.msg
			}
			panic(pe)
		}
	}()
	toks, err := lexer.TokenizeExpr(t.Pos.Filename, part.Expr, lexer.PosIn(*t, part.ExprOffset))
	if err != nil {
		bail(fromLexerError(err))
	}
	lex := newPeekingLexer(toks)
	sub := &exprParser{lex: lex, depth: 1, nest: p.nest}
	if !yieldStart(sub.peek()) {
		invalidSyntax(sub.peek())
	}
	e = sub.starExprsOrYield()
	if sub.peek().Type != lexer.EOF {
		sub.expectSep(e)
	}
	return e
}
