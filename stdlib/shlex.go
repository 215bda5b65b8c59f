package stdlib

import (
	"strings"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The shlex module: split (POSIX rules: quotes, backslash escapes,
// optional # comments), quote and join, with CPython's errors.

func shlexSplit(s string, comments bool) ([]string, error) {
	var out []string
	var cur strings.Builder
	inWord := false
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			if inWord {
				out = append(out, cur.String())
				cur.Reset()
				inWord = false
			}
			i++
		case c == '#' && comments && !inWord:
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case c == '\\':
			if i+1 >= len(s) {
				return nil, rt.NewError(rt.ValueErrorType, "No escaped character")
			}
			cur.WriteByte(s[i+1])
			inWord = true
			i += 2
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, rt.NewError(rt.ValueErrorType, "No closing quotation")
			}
			cur.WriteString(s[i+1 : i+1+j])
			inWord = true
			i += j + 2
		case c == '"':
			i++
			closed := false
			for i < len(s) {
				if s[i] == '"' {
					closed = true
					i++
					break
				}
				if s[i] == '\\' && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\\') {
					cur.WriteByte(s[i+1])
					i += 2
					continue
				}
				cur.WriteByte(s[i])
				i++
			}
			if !closed {
				return nil, rt.NewError(rt.ValueErrorType, "No closing quotation")
			}
			inWord = true
		default:
			cur.WriteByte(c)
			inWord = true
			i++
		}
	}
	if inWord {
		out = append(out, cur.String())
	}
	return out, nil
}

func shlexQuote(s string) string {
	if s == "" {
		return "''"
	}
	safe := true
	for _, r := range s {
		if !(r < 128 && (r == '_' || r == '@' || r == '%' || r == '+' || r == '=' || r == ':' || r == ',' || r == '.' || r == '/' || r == '-' ||
			(r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9'))) {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'"'"'`) + "'"
}

// loadShlexModule makes the shlex module (registered in modules.go).
func loadShlexModule() *rt.Module {
	m := rt.NewModule("shlex")
	m.Dict.SetStr("split", rt.NewFunc("split", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var s rt.Value
		comments, posix := false, true
		if err := rt.UnpackArgs("split", args, kwargs, "s", &s, "comments?", &comments, "posix?", &posix); err != nil {
			return nil, err
		}
		if s == rt.None {
			return nil, rt.NewError(rt.ValueErrorType, "s argument must not be None")
		}
		str, err := rt.ToStr(th, s)
		if err != nil {
			return nil, err
		}
		parts, err := shlexSplit(str, comments)
		if err != nil {
			return nil, err
		}
		return rt.NewList(strValues(parts)), nil
	}))
	m.Dict.SetStr("quote", rt.NewFunc("quote", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var s string
		if err := rt.UnpackArgs("quote", args, kwargs, "s", &s); err != nil {
			return nil, err
		}
		return rt.Str(shlexQuote(s)), nil
	}))
	m.Dict.SetStr("join", rt.NewFunc("join", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var v rt.Value
		if err := rt.UnpackArgs("join", args, kwargs, "split_command", &v); err != nil {
			return nil, err
		}
		items, err := rt.IterateAll(th, v)
		if err != nil {
			return nil, err
		}
		parts := make([]string, len(items))
		for i, it := range items {
			s, ok := it.(rt.Str)
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "expected string or bytes-like object, got '%s'", rt.TypeName(it))
			}
			parts[i] = shlexQuote(string(s))
		}
		return rt.Str(strings.Join(parts, " ")), nil
	}))
	return m
}
