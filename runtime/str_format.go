package runtime

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// str.format and str.format_map, after CPython's Objects/stringlib/
// unicode_format.h: literal text with {{ and }}, replacement fields
// {field_name!conversion:format_spec} where field_name is an index, a
// keyword or empty (automatic numbering) followed by .attr and [key]
// parts, and the spec may itself contain replacement fields (two levels
// deep at most).

// StrFormat formats with positional args and keyword args, or (when
// mapping is not nil, for format_map) looks names up in mapping.
func StrFormat(th *Thread, format string, args []Value, kwargs []KwArg, mapping Value) (string, error) {
	st := &formatState{th: th, args: args, kwargs: kwargs, mapping: mapping}
	var b strings.Builder
	b.Grow(len(format) + 16)
	if err := st.render(&b, format, 2); err != nil {
		return "", err
	}
	return b.String(), nil
}

type formatState struct {
	th      *Thread
	args    []Value
	kwargs  []KwArg
	mapping Value
	autoIdx int
	mode    int // 0 unknown, 1 automatic, 2 manual
}

func (st *formatState) render(b *strings.Builder, s string, depth int) error {
	if depth <= 0 {
		return NewError(ValueErrorType, "Max string recursion exceeded")
	}
	for i := 0; i < len(s); {
		c, next, err := NextFormatChunk(s, i)
		if err != nil {
			return err
		}
		b.WriteString(c.Literal)
		if c.HasField {
			if err := st.field(b, c, depth); err != nil {
				return err
			}
		}
		i = next
	}
	return nil
}

// FormatChunk is one step of a format string: literal text, then maybe a
// replacement field {Name!Conv:Spec} (Conv 0 when absent).
type FormatChunk struct {
	Literal  string
	HasField bool
	Name     string
	Conv     rune
	Spec     string
}

// NextFormatChunk parses the chunk of s starting at i and returns it with
// the index after it, as CPython's MarkupIterator does (str.format and
// _string.formatter_parser): "{{" and "}}" end a chunk whose literal
// keeps one brace.
func NextFormatChunk(s string, i int) (FormatChunk, int, error) {
	var c FormatChunk
	start := i
	var brace byte
	for i < len(s) {
		ch := s[i]
		i++
		if ch == '{' || ch == '}' {
			brace = ch
			break
		}
	}
	if brace == 0 {
		c.Literal = s[start:i]
		return c, i, nil
	}
	atEnd := i >= len(s)
	if brace == '}' && (atEnd || s[i] != '}') {
		return c, 0, NewError(ValueErrorType, "Single '}' encountered in format string")
	}
	if atEnd {
		return c, 0, NewError(ValueErrorType, "Single '{' encountered in format string")
	}
	if s[i] == brace { // {{ or }}: a literal brace
		c.Literal = s[start:i]
		return c, i + 1, nil
	}
	c.Literal = s[start : i-1]
	c.HasField = true
	next, err := parseFormatField(s, i, &c)
	return c, next, err
}

// parseFormatField reads the field that starts at i (after its '{') into
// c and returns the index after its '}' (CPython's parse_field).
func parseFormatField(s string, i int, c *FormatChunk) (int, error) {
	nameStart := i
	var ch byte
	for i < len(s) {
		ch = s[i]
		i++
		if ch == '{' {
			return 0, NewError(ValueErrorType, "unexpected '{' in field name")
		}
		if ch == '[' {
			for i < len(s) && s[i] != ']' {
				i++
			}
			continue
		}
		if ch == '}' || ch == ':' || ch == '!' {
			break
		}
	}
	if ch != '}' && ch != ':' && ch != '!' {
		return 0, NewError(ValueErrorType, "expected '}' before end of string")
	}
	c.Name = s[nameStart : i-1]
	if ch == '}' {
		return i, nil
	}
	if ch == '!' {
		if i >= len(s) {
			return 0, NewError(ValueErrorType, "end of string while looking for conversion specifier")
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		c.Conv = r
		i += size
		if i < len(s) {
			ch = s[i]
			i++
			if ch == '}' {
				return i, nil
			}
			if ch != ':' {
				return 0, NewError(ValueErrorType, "expected ':' after conversion specifier")
			}
		}
	}
	specStart, count := i, 1
	for i < len(s) {
		ch = s[i]
		i++
		switch ch {
		case '{':
			count++
		case '}':
			if count--; count == 0 {
				c.Spec = s[specStart : i-1]
				return i, nil
			}
		}
	}
	return 0, NewError(ValueErrorType, "unmatched '{' in format spec")
}

// field renders one replacement field.
func (st *formatState) field(b *strings.Builder, c FormatChunk, depth int) error {
	spec := c.Spec
	v, err := st.lookup(c.Name)
	if err != nil {
		return err
	}
	switch c.Conv {
	case 0:
	case 'r', 's', 'a':
		var text string
		if c.Conv == 's' {
			text, err = ToStr(st.th, v)
		} else {
			text, err = Repr(st.th, v)
			if c.Conv == 'a' {
				text = EscapeNonASCII(text)
			}
		}
		if err != nil {
			return err
		}
		v = Str(text)
	default:
		if c.Conv > 32 && c.Conv < 127 {
			return NewError(ValueErrorType, "Unknown conversion specifier %c", c.Conv)
		}
		return NewError(ValueErrorType, "Unknown conversion specifier \\x%x", c.Conv)
	}
	if strings.ContainsAny(spec, "{}") {
		var sb strings.Builder
		if err := st.render(&sb, spec, depth-1); err != nil {
			return err
		}
		spec = sb.String()
	}
	if s, ok := v.(Str); ok && spec == "" {
		b.WriteString(string(s))
		return nil
	}
	out, err := FormatSpec(st.th, v, spec)
	if err != nil {
		return err
	}
	b.WriteString(out)
	return nil
}

// lookup resolves a field name: first part, then .attr and [key] parts.
func (st *formatState) lookup(name string) (Value, error) {
	first, rest := SplitFieldName(name)
	var v Value
	if first == "" || isAllDigits(first) {
		idx := 0
		if first == "" {
			if st.mode == 2 {
				return nil, NewError(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
			}
			st.mode = 1
			idx = st.autoIdx
			st.autoIdx++
		} else {
			if st.mode == 1 {
				return nil, NewError(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
			}
			st.mode = 2
			n, err := strconv.Atoi(first)
			if err != nil {
				return nil, NewError(ValueErrorType, "Too many decimal digits in format string")
			}
			idx = n
		}
		if idx >= len(st.args) {
			return nil, NewError(IndexErrorType, "Replacement index %d out of range for positional args tuple", idx)
		}
		v = st.args[idx]
	} else if st.mapping != nil {
		var err error
		if v, err = GetItem(st.th, st.mapping, Str(first)); err != nil {
			return nil, err
		}
	} else {
		found := false
		for _, kw := range st.kwargs {
			if kw.Name == first {
				v, found = kw.Value, true
				break
			}
		}
		if !found {
			return nil, NewException(KeyErrorType, Str(first))
		}
	}
	for rest != "" {
		isAttr, key, next, err := NextFieldNamePart(rest)
		if err != nil {
			return nil, err
		}
		if isAttr {
			v, err = GetAttr(st.th, v, string(key.(Str)))
		} else {
			v, err = GetItem(st.th, v, key)
		}
		if err != nil {
			return nil, err
		}
		rest = next
	}
	return v, nil
}

// SplitFieldName splits a field name into its first name (an index or a
// keyword) and the .attr / [key] parts after it.
func SplitFieldName(name string) (first, rest string) {
	k := 0
	for k < len(name) && name[k] != '.' && name[k] != '[' {
		k++
	}
	return name[:k], name[k:]
}

// NextFieldNamePart parses the first .attr or [key] of rest (the part of
// a field name after its first name) and returns the rest after it: an
// attribute name as a str, or a key as an int when it is all digits, else
// a str (CPython's FieldNameIterator).
func NextFieldNamePart(rest string) (isAttr bool, key Value, next string, err error) {
	switch rest[0] {
	case '.':
		e := 1
		for e < len(rest) && rest[e] != '.' && rest[e] != '[' {
			e++
		}
		if e == 1 {
			return false, nil, "", NewError(ValueErrorType, "Empty attribute in format string")
		}
		return true, Str(rest[1:e]), rest[e:], nil
	case '[':
		e := strings.IndexByte(rest, ']')
		if e < 0 {
			return false, nil, "", NewError(ValueErrorType, "Missing ']' in format string")
		}
		keyText := rest[1:e]
		if keyText == "" {
			return false, nil, "", NewError(ValueErrorType, "Empty attribute in format string")
		}
		key = Str(keyText)
		if isAllDigits(keyText) {
			if n, err := strconv.Atoi(keyText); err == nil {
				key = MakeInt(int64(n))
			}
		}
		next = rest[e+1:]
		if next != "" && next[0] != '.' && next[0] != '[' {
			return false, nil, "", NewError(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
		}
		return false, key, next, nil
	}
	return false, nil, "", NewError(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
}

func isAllDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
