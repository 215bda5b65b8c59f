package parser

import (
	"unicode/utf8"

	plex "github.com/alecthomas/participle/v2/lexer"
	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/lexer"
)

// tokEnd returns the position just past token t. Most tokens are on one
// line, so the common case only counts runes.
func tokEnd(t *plex.Token) (line, col int) {
	if t.Type == lexer.String {
		p := lexer.EndPos(*t)
		return p.Line, p.Column
	}
	return t.Pos.Line, t.Pos.Column + runeLen(t.Value)
}

func runeLen(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i + utf8.RuneCountInString(s[i:])
		}
	}
	return len(s)
}

// tokPos is the span of token t.
func tokPos(t *plex.Token) ast.Pos {
	el, ec := tokEnd(t)
	return ast.Pos{Line: t.Pos.Line, Col: t.Pos.Column, EndLine: el, EndCol: ec}
}

// span runs from the start of a to the end of b.
func span(a, b ast.Pos) ast.Pos {
	return ast.Pos{Line: a.Line, Col: a.Col, EndLine: b.EndLine, EndCol: b.EndCol}
}

// startOf is the (empty) span at the start of token t.
func startOf(t *plex.Token) ast.Pos {
	return ast.Pos{Line: t.Pos.Line, Col: t.Pos.Column, EndLine: t.Pos.Line, EndCol: t.Pos.Column}
}
