package lexer

import "strings"

// FPart is a piece of an f-string: either a literal chunk (Expr == "")
// or a replacement field {Expr!Conversion:Spec}.
type FPart struct {
	// Literal is the text of a literal chunk, escapes decoded and "{{"
	// and "}}" collapsed.
	Literal string

	// Expr is the source text of a field's expression, whitespace kept;
	// tokenize it with TokenizeExpr. ExprOffset is its byte offset in the
	// literal's text (see PosIn).
	Expr       string
	ExprOffset int
	// Conversion is 0, 'r', 's' or 'a'. For a debug field ({x=}) without
	// conversion and spec it is 'r', as in CPython.
	Conversion rune
	// Spec holds the parts of the format spec after ':', which may contain
	// nested fields ({x:{width}.{prec}f}); HasSpec tells {x:} from {x}.
	Spec    []FPart
	HasSpec bool
	// Debug marks a self-documenting field {x=}: DebugText is the text to
	// print before the value, "x=" with the original spacing ("x = ").
	Debug     bool
	DebugText string
}

// ParseFString splits the text of an f-string String token (prefix and
// quotes included) into parts, following CPython 3.11's f-string parser
// (Parser/string_parser.c): a field's expression ends at a top-level
// '!', ':', '=' or '}' that is not part of "!=", "==", "<=" or ">=";
// brackets and string literals inside the expression are skipped; a
// backslash or '#' in an expression is an error, and fields nest only
// one level inside a format spec. Errors are *Error values; place them
// with AtToken.
func ParseFString(text string) ([]FPart, error) {
	l := splitLiteral(text)
	p := fparser{text: text, raw: l.raw, end: l.bodyOff + len(l.body)}
	parts, _, err := p.parse(l.bodyOff, 0)
	if err != nil {
		return nil, err
	}
	return parts, nil
}

type fparser struct {
	text string
	raw  bool
	end  int // offset of the closing quote
}

// parse scans literal chunks and fields from i until the end of the body
// (level 0) or the '}' that closes a format spec (level > 0), which is
// not consumed.
func (p *fparser) parse(i, level int) ([]FPart, int, error) {
	var parts []FPart
	var lit []string // literal pieces, joined once (a += loop was quadratic on "{{{{...")
	for {
		chunkEnd, next, err := p.literalChunk(i, level)
		if err != nil {
			return nil, 0, err
		}
		s, derr := p.decode(i, chunkEnd)
		if derr != nil {
			return nil, 0, derr
		}
		if s != "" {
			lit = append(lit, s)
		}
		i = next
		if next > chunkEnd {
			continue // after a doubled brace the literal goes on
		}
		if i >= p.end || p.text[i] == '}' {
			break
		}
		// p.text[i] == '{': a replacement field.
		if len(lit) > 0 {
			parts = append(parts, FPart{Literal: strings.Join(lit, "")})
			lit = lit[:0]
		}
		var f FPart
		if f, i, err = p.field(i, level); err != nil {
			return nil, 0, err
		}
		parts = append(parts, f)
	}
	if len(lit) > 0 {
		parts = append(parts, FPart{Literal: strings.Join(lit, "")})
	}
	return parts, i, nil
}

// literalChunk finds the end of the literal text starting at i. It
// returns the end of the chunk and where scanning resumes: after a
// doubled brace (top level only) the chunk includes one brace and next
// skips both; otherwise next == end and text[end] is '{', '}' or the end.
func (p *fparser) literalChunk(i, level int) (end, next int, err error) {
	t := p.text
	for i < p.end {
		c := t[i]
		if c == '\\' && !p.raw && i+1 < p.end {
			switch t[i+1] {
			case 'N':
				// Skip \N{NAME} so its braces start no field.
				i += 2
				if i < p.end && t[i] == '{' {
					for i < p.end && t[i] != '}' {
						i++
					}
					if i < p.end {
						i++
					}
				}
				continue
			case '{', '}':
				i++ // the brace is still a brace ("\{x}" is '\' then a field)
				continue
			}
			i += 2
			continue
		}
		if c == '{' || c == '}' {
			if level == 0 {
				if i+1 < p.end && t[i+1] == c {
					return i + 1, i + 2, nil
				}
				if c == '}' {
					return 0, 0, literalError(i, "f-string: single '}' is not allowed")
				}
			}
			return i, i, nil
		}
		i++
	}
	return i, i, nil
}

// decode decodes the literal chunk text[from:to].
func (p *fparser) decode(from, to int) (string, error) {
	chunk := p.text[from:to]
	if p.raw {
		return normalizeNewlines(chunk), nil
	}
	s, err := decodeEscapes(chunk, from, false)
	if err != nil {
		return "", err.(*Error).at(placeEnd) // CPython: past the f-string
	}
	return s, nil
}

// field parses the replacement field whose '{' is at i.
func (p *fparser) field(i, level int) (FPart, int, error) {
	var f FPart
	if level >= 2 {
		return f, 0, literalError(i, "f-string: expressions nested too deeply")
	}
	i++
	start := i
	i, err := p.exprEnd(i)
	if err != nil {
		return f, 0, err
	}
	f.Expr, f.ExprOffset = p.text[start:i], start
	if strings.Trim(f.Expr, " \t\n\r\f\v") == "" {
		return f, 0, literalError(i, "f-string: empty expression not allowed")
	}
	t := p.text
	if t[i] == '=' {
		i++
		for i < p.end && isSpace(t[i]) {
			i++
		}
		if i >= p.end {
			return f, 0, p.expectingBrace(i)
		}
		f.Debug, f.DebugText = true, t[start:i]
	}
	if t[i] == '!' {
		i++
		if i >= p.end {
			return f, 0, p.expectingBrace(i)
		}
		c := t[i]
		i++
		if c != 's' && c != 'r' && c != 'a' {
			return f, 0, literalError(i, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		f.Conversion = rune(c)
	}
	if i < p.end && t[i] == ':' {
		i++
		if i >= p.end {
			return f, 0, p.expectingBrace(i)
		}
		if f.Spec, i, err = p.parse(i, level+1); err != nil {
			return f, 0, err
		}
		f.HasSpec = true
	}
	if i >= p.end || t[i] != '}' {
		return f, 0, p.expectingBrace(i)
	}
	if f.Debug && !f.HasSpec && f.Conversion == 0 {
		f.Conversion = 'r'
	}
	return f, i + 1, nil
}

func (p *fparser) expectingBrace(i int) error {
	return literalError(i, "f-string: expecting '}'")
}

// exprEnd finds the end of a field's expression starting at i: the first
// '!', ':', '=' or '}' outside brackets and strings that is not part of a
// comparison operator. It returns with i < p.end.
func (p *fparser) exprEnd(i int) (int, error) {
	t := p.text
	var quote byte
	triple := false
	var stack []byte
	for ; i < p.end; i++ {
		c := t[i]
		if c == '\\' {
			return 0, literalError(i, "f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote {
				if !triple {
					quote = 0
				} else if i+2 < p.end && t[i+1] == c && t[i+2] == c {
					i += 2
					quote = 0
				}
			}
			continue
		}
		switch c {
		case '\'', '"':
			triple = i+2 < p.end && t[i+1] == c && t[i+2] == c
			if triple {
				i += 2
			}
			quote = c
		case '(', '[', '{':
			if len(stack) >= maxLevel {
				return 0, literalError(i, "f-string: too many nested parenthesis")
			}
			stack = append(stack, c)
		case '#':
			return 0, literalError(i, "f-string expression part cannot include '#'")
		case '!', ':', '=', '<', '>', '}', ')', ']':
			if len(stack) == 0 {
				switch c {
				case '!', '=', '<', '>':
					if i+1 < p.end && t[i+1] == '=' {
						i++
						continue
					}
					if c == '<' || c == '>' {
						continue
					}
					return i, nil
				case ':', '}':
					return i, nil
				}
				return 0, literalError(i, "f-string: unmatched '%c'", c)
			}
			if c == ':' || c == '!' || c == '=' || c == '<' || c == '>' {
				continue
			}
			open := stack[len(stack)-1]
			if open != matching(c) {
				return 0, literalError(i, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, open)
			}
			stack = stack[:len(stack)-1]
		}
	}
	if quote != 0 {
		return 0, literalError(i, "f-string: unterminated string")
	}
	if len(stack) > 0 {
		return 0, literalError(i, "f-string: unmatched '%c'", stack[len(stack)-1])
	}
	return 0, p.expectingBrace(i)
}

// isSpace is Python's Py_ISSPACE for ASCII.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}
