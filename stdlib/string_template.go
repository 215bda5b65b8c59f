package stdlib

import (
	"strings"

	rt "github.com/spindle-lang/spindle/runtime"
)

// string.Template, added to the _string module (string.go) by wrapping its
// constructor. Template is built as a regular class so that subclasses
// can override delimiter, idpattern, braceidpattern, flags or pattern the
// way CPython documents; its pattern is compiled with this package's re.

var stringTemplateClass rt.Value

// loadStringExtras adds this file's names to the string module made by prev
// (registered in modules.go).
func loadStringExtras(prev func() *rt.Module) *rt.Module {
	var m *rt.Module
	if prev != nil {
		m = prev()
	} else {
		m = rt.NewModule("_string")
	}
	if cls, err := templateClass(); err == nil {
		m.Dict.SetStr("Template", cls)
	}
	return m
}

func templateClass() (rt.Value, error) {
	if stringTemplateClass != nil {
		return stringTemplateClass, nil
	}
	ns := rt.NewDict()
	ns.SetStr("delimiter", rt.Str("$"))
	ns.SetStr("idpattern", rt.Str(`(?a:[_a-z][_a-z0-9]*)`))
	ns.SetStr("braceidpattern", rt.None)
	ns.SetStr("flags", rt.MakeInt(reIgnoreCase))
	for _, m := range []*rt.Builtin{
		rt.NewMethod("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var tmpl rt.Value
			if err := rt.UnpackArgs("__init__", args, kwargs, "template", &tmpl); err != nil {
				return nil, err
			}
			return rt.None, rt.SetAttr(th, self, "template", tmpl)
		}),
		rt.NewMethod("substitute", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return templateSubstitute(th, self, args, kwargs, false)
		}),
		rt.NewMethod("safe_substitute", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return templateSubstitute(th, self, args, kwargs, true)
		}),
		rt.NewMethod("get_identifiers", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			ids, _, err := templateScan(th, self)
			if err != nil {
				return nil, err
			}
			out := rt.NewList(nil)
			seen := map[string]bool{}
			for _, id := range ids {
				if !seen[id] {
					seen[id] = true
					out.Append(rt.Str(id))
				}
			}
			return out, nil
		}),
		rt.NewMethod("is_valid", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			_, invalid, err := templateScan(th, self)
			return rt.Bool(!invalid), err
		}),
	} {
		ns.SetStr(m.Name, m)
	}
	cls, err := rt.BuildClass(nil, "Template", "Template", "string", nil, ns, nil)
	if err != nil {
		return nil, err
	}
	stringTemplateClass = cls
	return cls, nil
}

// templatePattern returns the compiled pattern of the template's class.
func templatePattern(th *rt.Thread, self rt.Value) (*rePattern, error) {
	if p, err := rt.GetAttr(th, self, "pattern"); err == nil {
		if rp, ok := p.(*rePattern); ok {
			return rp, nil
		}
	}
	get := func(name string) (rt.Value, error) { return rt.GetAttr(th, self, name) }
	delim, err := get("delimiter")
	if err != nil {
		return nil, err
	}
	id, err := get("idpattern")
	if err != nil {
		return nil, err
	}
	bid, err := get("braceidpattern")
	if err != nil {
		return nil, err
	}
	flags, err := get("flags")
	if err != nil {
		return nil, err
	}
	ds, ok1 := delim.(rt.Str)
	ids, ok2 := id.(rt.Str)
	if !ok1 || !ok2 {
		return nil, rt.NewError(rt.TypeErrorType, "Template delimiter and idpattern must be str")
	}
	bids := ids
	if s, ok := bid.(rt.Str); ok {
		bids = s
	}
	esc, err := reEscape(th, []rt.Value{ds}, nil)
	if err != nil {
		return nil, err
	}
	d := string(esc.(rt.Str))
	src := d + `(?:
      (?P<escaped>` + d + `) |
      (?P<named>` + string(ids) + `)       |
      {(?P<braced>` + string(bids) + `)}   |
      (?P<invalid>)
    )`
	fl, err := reFlagsArg(flags)
	if err != nil {
		return nil, err
	}
	p, err := reCompile(rt.Str(src), fl|reVerbose)
	if err != nil {
		return nil, err
	}
	return p.(*rePattern), nil
}

func templateText(th *rt.Thread, self rt.Value) (*reSubject, *rePattern, error) {
	p, err := templatePattern(th, self)
	if err != nil {
		return nil, nil, err
	}
	tv, err := rt.GetAttr(th, self, "template")
	if err != nil {
		return nil, nil, err
	}
	sub, err := newReSubject(p, tv)
	return sub, p, err
}

func templateGroup(p *rePattern, spans []int, sub *reSubject, name string) (string, bool) {
	g, ok := p.prog.names[name]
	if !ok || spans[2*g] < 0 {
		return "", false
	}
	return sub.s[sub.byteOff(spans[2*g]):sub.byteOff(spans[2*g+1])], true
}

func templateScan(th *rt.Thread, self rt.Value) (ids []string, invalid bool, err error) {
	sub, p, err := templateText(th, self)
	if err != nil {
		return nil, false, err
	}
	err = p.iterate(sub, 0, sub.n(), func(spans []int) (bool, error) {
		if s, ok := templateGroup(p, spans, sub, "named"); ok {
			ids = append(ids, s)
		} else if s, ok := templateGroup(p, spans, sub, "braced"); ok {
			ids = append(ids, s)
		} else if _, ok := templateGroup(p, spans, sub, "invalid"); ok {
			invalid = true
		}
		return false, nil
	})
	return ids, invalid, err
}

func templateSubstitute(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg, safe bool) (rt.Value, error) {
	fname := "substitute"
	if safe {
		fname = "safe_substitute"
	}
	if len(args) > 1 {
		return nil, rt.NewError(rt.TypeErrorType, "Template.%s() takes from 1 to 2 positional arguments but %d were given", fname, len(args)+1)
	}
	lookup := func(name string) (rt.Value, error) {
		for _, kw := range kwargs {
			if kw.Name == name {
				return kw.Value, nil
			}
		}
		if len(args) == 1 {
			return rt.GetItem(th, args[0], rt.Str(name))
		}
		return nil, rt.NewException(rt.KeyErrorType, rt.Str(name))
	}
	sub, p, err := templateText(th, self)
	if err != nil {
		return nil, err
	}
	delim, err := rt.GetAttr(th, self, "delimiter")
	if err != nil {
		return nil, err
	}
	ds, _ := rt.ToStr(th, delim)
	var b strings.Builder
	last := 0
	err = p.iterate(sub, 0, sub.n(), func(spans []int) (bool, error) {
		b.WriteString(sub.s[sub.byteOff(last):sub.byteOff(spans[0])])
		last = spans[1]
		name, ok := templateGroup(p, spans, sub, "named")
		if !ok {
			name, ok = templateGroup(p, spans, sub, "braced")
		}
		if ok {
			v, err := lookup(name)
			if err != nil {
				if safe && rt.IsExc(err, rt.KeyErrorType) {
					b.WriteString(sub.s[sub.byteOff(spans[0]):sub.byteOff(spans[1])])
					return false, nil
				}
				return true, err
			}
			s, err := rt.ToStr(th, v)
			if err != nil {
				return true, err
			}
			b.WriteString(s)
			return false, nil
		}
		if _, ok := templateGroup(p, spans, sub, "escaped"); ok {
			b.WriteString(ds)
			return false, nil
		}
		if _, ok := templateGroup(p, spans, sub, "invalid"); ok {
			if safe {
				b.WriteString(sub.s[sub.byteOff(spans[0]):sub.byteOff(spans[1])])
				return false, nil
			}
			g := p.prog.names["invalid"]
			i := spans[2*g]
			before := []rune(sub.s[:sub.byteOff(i)])
			lineno, colno := 1, 1
			if len(before) > 0 {
				lines := ppSplitLines(string(before))
				lineno = len(lines)
				colno = i - (len(before) - len([]rune(lines[len(lines)-1])))
			}
			return true, rt.NewError(rt.ValueErrorType, "Invalid placeholder in string: line %d, col %d", lineno, colno)
		}
		return true, rt.NewError(rt.ValueErrorType, "Unrecognized named group in pattern")
	})
	if err != nil {
		return nil, err
	}
	b.WriteString(sub.s[sub.byteOff(last):])
	return rt.Str(b.String()), nil
}
