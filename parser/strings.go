package parser

import (
	"strings"

	plex "github.com/alecthomas/participle/v2/lexer"
	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/lexer"
)

// strings parses one or more adjacent string literals, which concatenate:
// into a Str, a Bytes, or (when any of them is an f-string) a JoinedStr
// whose neighbouring literal parts are merged.
func (p *exprParser) strings() ast.Expr {
	first := p.next()
	if p.peek().Type != lexer.String && !lexer.IsFString(first.Value) {
		// The common case: one plain literal.
		v, isBytes := p.decode(first)
		if isBytes {
			return &ast.Bytes{Pos: tokPos(first), Value: v}
		}
		return &ast.Str{Pos: tokPos(first), Value: v}
	}
	toks := []*plex.Token{first}
	for p.peek().Type == lexer.String {
		toks = append(toks, p.next())
	}
	pos := p.upTo(tokPos(first))
	isBytes := lexer.IsBytes(first.Value)
	isF := false
	for _, t := range toks {
		if lexer.IsBytes(t.Value) != isBytes {
			// CPython points just past the last literal.
			bailPos(ast.Pos{Line: pos.EndLine, Col: pos.EndCol}, "cannot mix bytes and nonbytes literals")
		}
		isF = isF || lexer.IsFString(t.Value)
	}
	if !isF {
		var b strings.Builder
		for _, t := range toks {
			v, _ := p.decode(t)
			b.WriteString(v)
		}
		if isBytes {
			return &ast.Bytes{Pos: pos, Value: b.String()}
		}
		return &ast.Str{Pos: pos, Value: b.String()}
	}
	out := &joined{pos: pos}
	for _, t := range toks {
		if lexer.IsFString(t.Value) {
			p.fstring(t, out)
		} else {
			v, _ := p.decode(t)
			out.addLit(v)
		}
	}
	out.flush()
	return &ast.JoinedStr{Pos: pos, Values: out.values}
}

// decode returns the value of a plain (non-f) string token.
func (p *exprParser) decode(t *plex.Token) (string, bool) {
	v, isBytes, err := lexer.DecodeString(t.Value)
	if err != nil {
		bail(fromLexerError(lexer.AtToken(err, *t)))
	}
	return v, isBytes
}

// joined accumulates the values of a JoinedStr, merging adjacent literal
// text into one Str and dropping empty ones.
type joined struct {
	pos    ast.Pos
	values []ast.Expr
	lit    strings.Builder
}

func (j *joined) addLit(s string) { j.lit.WriteString(s) }

func (j *joined) add(e ast.Expr) {
	j.flush()
	j.values = append(j.values, e)
}

// flush turns the pending literal text into a Str value.
func (j *joined) flush() {
	if j.lit.Len() == 0 {
		return
	}
	j.values = append(j.values, &ast.Str{Pos: j.pos, Value: j.lit.String()})
	j.lit.Reset()
}
