package stdlib

import (
	"strconv"
	"strings"

	rt "github.com/spindle-lang/spindle/runtime"
)

// re.Match objects and replacement templates (\1, \g<name>).

type reMatch struct {
	pat         *rePattern
	sub         *reSubject
	spans       []int // code-point spans per group, -1 when unset
	pos, endpos int
}

func (*reMatch) Type() *rt.Type { return reMatchType }

// groupIndex resolves a group argument (int or name).
func (m *reMatch) groupIndex(g rt.Value) (int, error) {
	switch x := g.(type) {
	case rt.Str:
		if i, ok := m.pat.prog.names[string(x)]; ok {
			return i, nil
		}
	default:
		if rt.IsIntValue(g) {
			if i, ok := rt.AsInt64(g); ok && i >= 0 && int(i) <= m.pat.prog.ngroups {
				return int(i), nil
			}
		}
	}
	return 0, rt.NewError(rt.IndexErrorType, "no such group")
}

func (m *reMatch) group(g int) rt.Value { return reGroupOr(m.sub, m.spans, g, rt.None) }

func reMatchSelf(self rt.Value) *reMatch { return self.(*reMatch) }

func addMatchMethods() {
	spanMethod := func(name string, fn func(m *reMatch, g int) rt.Value) *rt.Builtin {
		return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			m := reMatchSelf(self)
			var gv rt.Value = rt.MakeInt(0)
			if err := rt.UnpackArgs(name, args, kwargs, "group?", &gv); err != nil {
				return nil, err
			}
			g, err := m.groupIndex(gv)
			if err != nil {
				return nil, err
			}
			return fn(m, g), nil
		})
	}
	reMatchType.AddMethods(
		rt.NewMethod("group", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			m := reMatchSelf(self)
			if len(kwargs) > 0 {
				return nil, rt.NewError(rt.TypeErrorType, "Match.group() takes no keyword arguments")
			}
			switch len(args) {
			case 0:
				return m.group(0), nil
			case 1:
				g, err := m.groupIndex(args[0])
				if err != nil {
					return nil, err
				}
				return m.group(g), nil
			}
			out := make([]rt.Value, len(args))
			for i, a := range args {
				g, err := m.groupIndex(a)
				if err != nil {
					return nil, err
				}
				out[i] = m.group(g)
			}
			if len(out) == 1 {
				return out[0], nil
			}
			return rt.NewTuple(out), nil
		}),
		rt.NewMethod("__getitem__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) != 1 {
				return nil, rt.NewError(rt.TypeErrorType, "__getitem__ expected 1 argument")
			}
			return reMatchSelf(self).GetItem(th, args[0])
		}),
		rt.NewMethod("groups", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			m := reMatchSelf(self)
			var def rt.Value = rt.None
			if err := rt.UnpackArgs("groups", args, kwargs, "default?", &def); err != nil {
				return nil, err
			}
			out := make([]rt.Value, m.pat.prog.ngroups)
			for g := range out {
				out[g] = reGroupOr(m.sub, m.spans, g+1, def)
			}
			return rt.NewTuple(out), nil
		}),
		rt.NewMethod("groupdict", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			m := reMatchSelf(self)
			var def rt.Value = rt.None
			if err := rt.UnpackArgs("groupdict", args, kwargs, "default?", &def); err != nil {
				return nil, err
			}
			d := rt.NewDict()
			for _, n := range m.pat.prog.nameOrder {
				d.SetStr(n, reGroupOr(m.sub, m.spans, m.pat.prog.names[n], def))
			}
			return d, nil
		}),
		spanMethod("start", func(m *reMatch, g int) rt.Value { return rt.MakeInt(int64(m.spans[2*g])) }),
		spanMethod("end", func(m *reMatch, g int) rt.Value { return rt.MakeInt(int64(m.spans[2*g+1])) }),
		spanMethod("span", func(m *reMatch, g int) rt.Value {
			return rt.NewTuple([]rt.Value{rt.MakeInt(int64(m.spans[2*g])), rt.MakeInt(int64(m.spans[2*g+1]))})
		}),
		rt.NewMethod("expand", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			m := reMatchSelf(self)
			var t rt.Value
			if err := rt.UnpackArgs("expand", args, kwargs, "template", &t); err != nil {
				return nil, err
			}
			var src string
			switch x := t.(type) {
			case rt.Str:
				src = string(x)
			case rt.Bytes, *rt.ByteArray:
				raw, _ := reBytesLike(x)
				src = reLatin1Decode(raw)
			default:
				return nil, rt.NewError(rt.TypeErrorType, "expected str instance, %s found", rt.TypeName(t))
			}
			parts, err := m.pat.parseTemplate(src)
			if err != nil {
				return nil, err
			}
			var b strings.Builder
			for _, p := range parts {
				if p.group < 0 {
					b.WriteString(p.lit)
				} else if m.spans[2*p.group] >= 0 {
					b.WriteString(m.sub.s[m.sub.byteOff(m.spans[2*p.group]):m.sub.byteOff(m.spans[2*p.group+1])])
				}
			}
			if m.sub.isBytes {
				return rt.Bytes(reLatin1Encode(b.String())), nil
			}
			return rt.Str(b.String()), nil
		}),
		rt.NewMethod("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			s, err := reMatchSelf(self).Repr(th)
			return rt.Str(s), err
		}),
	)
}

// GetItem is m[g].
func (m *reMatch) GetItem(th *rt.Thread, key rt.Value) (rt.Value, error) {
	g, err := m.groupIndex(key)
	if err != nil {
		return nil, err
	}
	return m.group(g), nil
}

// Repr is <re.Match object; span=(0, 3), match='abc'>.
func (m *reMatch) Repr(th *rt.Thread) (string, error) {
	s, err := rt.Repr(th, m.group(0))
	if err != nil {
		return "", err
	}
	return "<re.Match object; span=(" + itoa(m.spans[0]) + ", " + itoa(m.spans[1]) + "), match=" + s + ">", nil
}

// lastIndex is the matched group whose ')' was reached last.
func (m *reMatch) lastIndex() int {
	best := -1
	for g := 1; g <= m.pat.prog.ngroups; g++ {
		if m.spans[2*g] < 0 {
			continue
		}
		if best < 0 || m.spans[2*g+1] > m.spans[2*best+1] ||
			(m.spans[2*g+1] == m.spans[2*best+1] && m.pat.prog.closeRank[g] > m.pat.prog.closeRank[best]) {
			best = g
		}
	}
	return best
}

// GetAttr gives the data attributes.
func (m *reMatch) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "string":
		return m.sub.orig, nil
	case "re":
		return m.pat, nil
	case "pos":
		return rt.MakeInt(int64(m.pos)), nil
	case "endpos":
		return rt.MakeInt(int64(m.endpos)), nil
	case "lastindex":
		if g := m.lastIndex(); g > 0 {
			return rt.MakeInt(int64(g)), nil
		}
		return rt.None, nil
	case "lastgroup":
		g := m.lastIndex()
		for n, i := range m.pat.prog.names {
			if i == g {
				return rt.Str(n), nil
			}
		}
		return rt.None, nil
	case "regs":
		out := make([]rt.Value, m.pat.prog.ngroups+1)
		for g := range out {
			out[g] = rt.NewTuple([]rt.Value{rt.MakeInt(int64(m.spans[2*g])), rt.MakeInt(int64(m.spans[2*g+1]))})
		}
		return rt.NewTuple(out), nil
	}
	return nil, nil
}

var (
	_ rt.HasAttrs  = (*reMatch)(nil)
	_ rt.HasRepr   = (*reMatch)(nil)
	_ rt.Indexable = (*reMatch)(nil)
)

// reTmplPart is a literal (group < 0) or a group reference.
type reTmplPart struct {
	lit   string
	group int
}

// parseTemplate parses a sub() replacement template like CPython's
// sre_parse.parse_template.
func (p *rePattern) parseTemplate(src string) ([]reTmplPart, error) {
	if !strings.Contains(src, `\`) {
		return []reTmplPart{{lit: src, group: -1}}, nil
	}
	rs := []rune(src)
	var parts []reTmplPart
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			parts = append(parts, reTmplPart{lit: lit.String(), group: -1})
			lit.Reset()
		}
	}
	tmplSrc := rt.Value(rt.Str(src))
	if p.isBytes {
		tmplSrc = rt.Bytes(reLatin1Encode(src))
	}
	fail := func(msg string, pos int) error { return newReError(msg, tmplSrc, pos) }
	addGroup := func(g int, pos int, text string) error {
		if g > p.prog.ngroups {
			return fail("invalid group reference "+text, pos)
		}
		flush()
		parts = append(parts, reTmplPart{group: g})
		return nil
	}
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		if c != '\\' {
			lit.WriteRune(c)
			continue
		}
		if i+1 >= len(rs) {
			return nil, fail("bad escape (end of pattern)", i)
		}
		e := rs[i+1]
		switch {
		case e == 'g':
			if i+2 >= len(rs) || rs[i+2] != '<' {
				return nil, fail("missing <", i+2)
			}
			end := i + 3
			for end < len(rs) && rs[end] != '>' {
				end++
			}
			if end >= len(rs) {
				return nil, fail("missing >, unterminated name", i+3)
			}
			name := string(rs[i+3 : end])
			if name == "" {
				return nil, fail("missing group name", i+3)
			}
			var g int
			if n, err := strconv.Atoi(name); err == nil && n >= 0 && reASCIIDigits(name) {
				g = n
				if err := addGroup(g, i+3, name); err != nil {
					return nil, err
				}
			} else if gi, ok := p.prog.names[name]; ok {
				flush()
				parts = append(parts, reTmplPart{group: gi})
			} else if !reIdentifier(name) {
				return nil, fail("bad character in group name '"+name+"'", i+3)
			} else {
				return nil, rt.NewError(rt.IndexErrorType, "unknown group name '%s'", name)
			}
			i = end
		case e == '0':
			j := i + 2
			for j < len(rs) && j < i+4 && rs[j] >= '0' && rs[j] <= '7' {
				j++
			}
			v, _ := strconv.ParseUint("0"+string(rs[i+2:j]), 8, 32)
			lit.WriteRune(rune(v))
			i = j - 1
		case e >= '1' && e <= '9':
			j := i + 2
			if j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
				j++
				// Three octal digits make an octal escape.
				if j < len(rs) && reIsOctal(e) && reIsOctal(rs[j-1]) && reIsOctal(rs[j]) {
					v, _ := strconv.ParseUint(string(rs[i+1:j+1]), 8, 32)
					if v > 0o377 {
						return nil, fail("octal escape value \\"+string(rs[i+1:j+1])+" outside of range 0-0o377", i)
					}
					lit.WriteRune(rune(v))
					i = j
					continue
				}
			}
			g, _ := strconv.Atoi(string(rs[i+1 : j]))
			if err := addGroup(g, i+1, string(rs[i+1:j])); err != nil {
				return nil, err
			}
			i = j - 1
		default:
			esc := map[rune]rune{'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
			if r, ok := esc[e]; ok {
				lit.WriteRune(r)
			} else if e < 128 && (e >= 'a' && e <= 'z' || e >= 'A' && e <= 'Z') {
				return nil, fail("bad escape \\"+string(e), i)
			} else {
				lit.WriteRune('\\')
				lit.WriteRune(e)
			}
			i++
		}
	}
	flush()
	return parts, nil
}

func reIsOctal(r rune) bool { return r >= '0' && r <= '7' }

func reASCIIDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
