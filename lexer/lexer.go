// Package lexer is the hand-written scanner for Spindle source text.
//
// It turns source bytes into the token stream the parser consumes and
// implements participle's lexer.Definition (Def), so a participle grammar
// can name the token types "Name", "Keyword", "Int", "Float", "String",
// "Op", "Newline", "Indent" and "Dedent".
//
// # Design
//
// The scanner follows CPython 3.11's tokenizer (Parser/tokenizer.c) closely,
// because CPython is the oracle for the Python core of the language: the
// same inputs are accepted, and errors carry CPython's message and point
// at the same line and column.
//
//   - One pass over the bytes of the whole source (no io.Reader in the hot
//     path, no regexp, no rune decoding for ASCII). Token values are
//     substrings of the source string, so the only allocation per token
//     is the slot in the token slice. Tokenize is the direct entry point;
//     Def.Lex reads its io.Reader fully and calls the same code.
//   - Layout is resolved in the scanner, as CPython does: at the start of
//     each physical line outside brackets the indentation column is
//     measured (tabs advance to the next multiple of 8, a form feed resets
//     it) and compared with a stack of open indentation levels, producing
//     Indent or Dedent tokens. Blank and comment-only lines produce
//     nothing; a Newline token ends every logical line that had tokens;
//     inside (), [] and {} newlines are ignored; a backslash joins lines.
//     At end of input the last line gets its Newline, every open block a
//     Dedent, then EOF.
//   - Literals are kept as their source text (Int "0x_ff", String
//     "rb'\\n'"). Turning them into values is a separate step done by the
//     parser through IntDigits, ParseFloat, DecodeString and ParseFString,
//     so that a token's Value always matches the bytes it covers and the
//     scanner stays simple.
//   - F-strings are one String token, as in CPython 3.11; ParseFString
//     splits one into literal chunks and replacement fields whose
//     expression text the parser tokenizes again (TokenizeExpr) and
//     parses recursively.
//
// Errors are *Error values carrying the Python exception kind
// ("SyntaxError", "IndentationError" or "TabError"), the message and the
// position. Scanning stops at the first error; Tokenize returns the tokens
// scanned so far together with it, so a parser may prefer an earlier
// syntax error, as CPython's lazy tokenizer would.
package lexer

import (
	"io"

	plexer "github.com/alecthomas/participle/v2/lexer"
)

// Token types. EOF is participle's EOF; the others are negative numbers
// below it, like text/scanner's pseudo-runes.
const (
	EOF     plexer.TokenType = plexer.EOF
	Name    plexer.TokenType = plexer.EOF - 1 // an identifier, including match, case, _
	Keyword plexer.TokenType = plexer.EOF - 2 // a reserved word; Value is the word
	Int     plexer.TokenType = plexer.EOF - 3 // Value is the literal as written: 0x_FF
	Float   plexer.TokenType = plexer.EOF - 4 // Value is the literal as written: 1_0.5e-3, 2j
	String  plexer.TokenType = plexer.EOF - 5 // Value is one literal with prefix and quotes
	Op      plexer.TokenType = plexer.EOF - 6 // operator or delimiter; Value is its text
	Newline plexer.TokenType = plexer.EOF - 7 // end of a logical line; Value is "\n"
	Indent  plexer.TokenType = plexer.EOF - 8 // Value is ""
	Dedent  plexer.TokenType = plexer.EOF - 9 // Value is ""
)

var symbols = map[string]plexer.TokenType{
	"EOF":     EOF,
	"Name":    Name,
	"Keyword": Keyword,
	"Int":     Int,
	"Float":   Float,
	"String":  String,
	"Op":      Op,
	"Newline": Newline,
	"Indent":  Indent,
	"Dedent":  Dedent,
}

// TypeName returns the symbol name of a token type ("Name", "Op", ...).
func TypeName(t plexer.TokenType) string {
	for name, tt := range symbols {
		if tt == t {
			return name
		}
	}
	return "?"
}

// Definition is the participle lexer.Definition for Spindle.
type Definition struct{}

// Def is the lexer definition to give participle (participle.Lexer(lexer.Def)).
var Def plexer.Definition = &Definition{}

var (
	_ plexer.StringDefinition = (*Definition)(nil)
	_ plexer.BytesDefinition  = (*Definition)(nil)
)

// Symbols implements lexer.Definition.
func (*Definition) Symbols() map[string]plexer.TokenType {
	out := make(map[string]plexer.TokenType, len(symbols))
	for k, v := range symbols {
		out[k] = v
	}
	return out
}

// Lex implements lexer.Definition. It reads r fully, then scans.
func (d *Definition) Lex(filename string, r io.Reader) (plexer.Lexer, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexString(filename, string(src))
}

// LexBytes implements lexer.BytesDefinition.
func (d *Definition) LexBytes(filename string, src []byte) (plexer.Lexer, error) {
	return d.LexString(filename, string(src))
}

// LexString implements lexer.StringDefinition. A scanning error is
// returned by Next after the tokens that precede it (participle collects
// all tokens before parsing, so it sees the error before parsing starts).
func (*Definition) LexString(filename string, src string) (plexer.Lexer, error) {
	toks, err := TokenizeString(filename, src)
	return &tokenLexer{toks: toks, err: err}, nil
}

// tokenLexer replays a scanned token slice.
type tokenLexer struct {
	toks []plexer.Token
	err  error
	next int
}

func (l *tokenLexer) Next() (plexer.Token, error) {
	if l.next < len(l.toks) {
		t := l.toks[l.next]
		l.next++
		return t, nil
	}
	if l.err != nil {
		return plexer.Token{}, l.err
	}
	// Past EOF: keep returning the final EOF token.
	if len(l.toks) > 0 {
		return l.toks[len(l.toks)-1], nil
	}
	return plexer.EOFToken(plexer.Position{Line: 1, Column: 1}), nil
}

// Tokenize scans a whole source file. The result ends with an EOF token.
// On error it returns the tokens before the error and an *Error.
func Tokenize(filename string, src []byte) ([]plexer.Token, error) {
	return TokenizeString(filename, string(src))
}

// TokenizeString is Tokenize for source already held in a string; token
// values are substrings of src.
func TokenizeString(filename string, src string) ([]plexer.Token, error) {
	s := newScanner(filename, src, plexer.Position{Filename: filename, Line: 1, Column: 1}, false)
	err := s.run()
	return s.toks, err
}

// TokenizeExpr scans the text of an f-string replacement field (or any
// expression) as if it were inside parentheses: newlines are insignificant
// and no Newline, Indent or Dedent token is produced. base is the file
// position of src's first byte; token positions are relative to it (see
// PosIn). The result ends with an EOF token.
func TokenizeExpr(filename string, src string, base plexer.Position) ([]plexer.Token, error) {
	base.Filename = filename
	s := newScanner(filename, src, base, true)
	err := s.run()
	return s.toks, err
}
