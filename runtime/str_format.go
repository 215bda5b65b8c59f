package runtime

import (
	"strconv"
	"strings"
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
		c := s[i]
		if c == '}' {
			if i+1 < len(s) && s[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			return NewError(ValueErrorType, "Single '}' encountered in format string")
		}
		if c != '{' {
			j := i + 1
			for j < len(s) && s[j] != '{' && s[j] != '}' {
				j++
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		if i+1 < len(s) && s[i+1] == '{' {
			b.WriteByte('{')
			i += 2
			continue
		}
		// A replacement field: find its closing brace.
		j := i + 1
		level := 1
		inBracket := false
		inSpec := false
		for j < len(s) {
			ch := s[j]
			if !inSpec && inBracket {
				if ch == ']' {
					inBracket = false
				}
				j++
				continue
			}
			switch ch {
			case '[':
				if !inSpec {
					inBracket = true
				}
			case ':', '!':
				inSpec = true
			case '{':
				level++
			case '}':
				level--
			}
			if level == 0 {
				break
			}
			j++
		}
		if level != 0 {
			if j >= len(s) && !inSpec && i+1 == len(s) {
				return NewError(ValueErrorType, "Single '{' encountered in format string")
			}
			return NewError(ValueErrorType, "expected '}' before end of string")
		}
		if err := st.field(b, s[i+1:j], depth); err != nil {
			return err
		}
		i = j + 1
	}
	return nil
}

// field renders one replacement field (the text between the braces).
func (st *formatState) field(b *strings.Builder, field string, depth int) error {
	// Split name / conversion / spec; brackets in the name may hold ':'
	// and '!'.
	nameEnd := len(field)
	for k := 0; k < len(field); k++ {
		if field[k] == '[' {
			for k < len(field) && field[k] != ']' {
				k++
			}
			if k >= len(field) {
				break
			}
			continue
		}
		if field[k] == ':' || field[k] == '!' {
			nameEnd = k
			break
		}
	}
	name := field[:nameEnd]
	rest := field[nameEnd:]
	var conv byte
	spec := ""
	if rest != "" && rest[0] == '!' {
		if len(rest) < 2 {
			return NewError(ValueErrorType, "unmatched '{' in format spec")
		}
		conv = rest[1]
		rest = rest[2:]
		if rest != "" && rest[0] != ':' {
			return NewError(ValueErrorType, "expected ':' after conversion specifier")
		}
	}
	if rest != "" {
		spec = rest[1:]
	}
	v, err := st.lookup(name)
	if err != nil {
		return err
	}
	switch conv {
	case 0:
	case 'r', 's', 'a':
		var text string
		if conv == 's' {
			text, err = ToStr(st.th, v)
		} else {
			text, err = Repr(st.th, v)
			if conv == 'a' {
				text = EscapeNonASCII(text)
			}
		}
		if err != nil {
			return err
		}
		v = Str(text)
	default:
		return NewError(ValueErrorType, "Unknown conversion specifier %s", string(rune(conv)))
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
	k := 0
	for k < len(name) && name[k] != '.' && name[k] != '[' {
		k++
	}
	first := name[:k]
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
	rest := name[k:]
	for rest != "" {
		switch rest[0] {
		case '.':
			e := 1
			for e < len(rest) && rest[e] != '.' && rest[e] != '[' {
				e++
			}
			attr := rest[1:e]
			if attr == "" {
				return nil, NewError(ValueErrorType, "Empty attribute in format string")
			}
			var err error
			if v, err = GetAttr(st.th, v, attr); err != nil {
				return nil, err
			}
			rest = rest[e:]
		case '[':
			e := strings.IndexByte(rest, ']')
			if e < 0 {
				return nil, NewError(ValueErrorType, "Missing ']' in format string")
			}
			keyText := rest[1:e]
			if keyText == "" {
				return nil, NewError(ValueErrorType, "Empty attribute in format string")
			}
			var key Value = Str(keyText)
			if isAllDigits(keyText) {
				if n, err := strconv.Atoi(keyText); err == nil {
					key = MakeInt(int64(n))
				}
			}
			var err error
			if v, err = GetItem(st.th, v, key); err != nil {
				return nil, err
			}
			rest = rest[e+1:]
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				return nil, NewError(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
			}
		default:
			return nil, NewError(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return v, nil
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
