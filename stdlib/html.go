package stdlib

import (
	"html"
	"strings"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The html module: escape and unescape. unescape is Go's html package
// (the HTML5 named character references, longest-prefix matching of the
// references that may omit their semicolon, the numeric references with
// the Windows-1252 replacements), wrapped for CPython's differences: a
// numeric reference to a code point HTML5 forbids (controls, noncharacters)
// becomes the empty string, as html.unescape does. Values that are not
// str go through their own replace() / __contains__, so the errors are
// CPython's.

func htmlEscape(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var s rt.Value
	quote := true
	if err := rt.UnpackArgs("escape", args, kwargs, "s", &s, "quote?", &quote); err != nil {
		return nil, err
	}
	pairs := [][2]string{{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}}
	if quote {
		pairs = append(pairs, [2]string{`"`, "&quot;"}, [2]string{"'", "&#x27;"})
	}
	if str, ok := s.(rt.Str); ok {
		out := string(str)
		for _, p := range pairs {
			out = strings.ReplaceAll(out, p[0], p[1])
		}
		return rt.Str(out), nil
	}
	v := s
	for _, p := range pairs {
		var err error
		v, err = rt.CallMethod(th, v, "replace", []rt.Value{rt.Str(p[0]), rt.Str(p[1])}, nil)
		if err != nil {
			return nil, err
		}
	}
	return v, nil
}

func htmlUnescape(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var s rt.Value
	if err := rt.UnpackArgs("unescape", args, kwargs, "s", &s); err != nil {
		return nil, err
	}
	str, ok := s.(rt.Str)
	if !ok {
		has, err := rt.Contains(th, s, rt.Str("&"))
		if err != nil {
			return nil, err
		}
		if !has {
			return s, nil
		}
		return nil, rt.NewError(rt.TypeErrorType, "expected string or bytes-like object, got '%s'", rt.TypeName(s))
	}
	if !strings.Contains(string(str), "&") {
		return s, nil
	}
	return rt.Str(unescapeHTML(string(str))), nil
}

// unescapeHTML runs Go's unescaper on each reference separately so that
// numeric references Python drops can be dropped.
func unescapeHTML(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '&')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i:]
		if cp, n, ok := numericRef(s); ok {
			if htmlInvalidCodepoint(cp) {
				s = s[n:]
				continue
			}
		} else if strings.HasPrefix(s, "&#") {
			// No digits: not a reference (Go would make it U+FFFD).
			b.WriteString("&#")
			s = s[2:]
			continue
		}
		// The reference (if any) ends before the next '&'.
		j := strings.IndexByte(s[1:], '&')
		if j < 0 {
			b.WriteString(html.UnescapeString(s))
			return b.String()
		}
		b.WriteString(html.UnescapeString(s[:j+1]))
		s = s[j+1:]
	}
}

// numericRef parses "&#123;" / "&#x1F;" (semicolon optional) at the
// start of s: its code point and length.
func numericRef(s string) (cp int64, n int, ok bool) {
	if len(s) < 3 || s[1] != '#' {
		return 0, 0, false
	}
	i := 2
	base := int64(10)
	if s[i] == 'x' || s[i] == 'X' {
		base = 16
		i++
	}
	start := i
	for i < len(s) {
		c := s[i]
		var d int64
		switch {
		case c >= '0' && c <= '9':
			d = int64(c - '0')
		case base == 16 && c >= 'a' && c <= 'f':
			d = int64(c-'a') + 10
		case base == 16 && c >= 'A' && c <= 'F':
			d = int64(c-'A') + 10
		default:
			d = -1
		}
		if d < 0 {
			break
		}
		if cp < 1<<32 {
			cp = cp*base + d
		}
		i++
	}
	if i == start {
		return 0, 0, false
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	return cp, i, true
}

// htmlInvalidCodepoint is CPython's _invalid_codepoints: references to
// them unescape to nothing (C1 controls are not among them: they take
// the Windows-1252 replacements, or stay themselves).
func htmlInvalidCodepoint(cp int64) bool {
	switch {
	case cp >= 0x1 && cp <= 0x8, cp == 0xb, cp >= 0xe && cp <= 0x1f, cp == 0x7f:
		return true
	case cp >= 0xfdd0 && cp <= 0xfdef:
		return true
	case cp <= 0x10ffff && cp&0xfffe == 0xfffe:
		return true
	}
	return false
}

func newHTMLModule() *rt.Module {
	m := rt.NewModule("html")
	m.Dict.SetStr("escape", rt.NewFunc("escape", htmlEscape))
	m.Dict.SetStr("unescape", rt.NewFunc("unescape", htmlUnescape))
	m.Dict.SetStr("__all__", strList([]string{"escape", "unescape"}))
	return m
}
