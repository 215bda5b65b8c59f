package stdlib

import (
	"fmt"
	"strings"

	rt "github.com/spindle-lang/spindle/runtime"
)

// argparse: the Python-visible methods and CPython's HelpFormatter layout.

func fmtSprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

const helpWidth = 78 // CPython: terminal columns (80 when not a tty) - 2

func (a *argAction) metavarFor(optional bool) string {
	if a.metavar != nil && a.metavar != rt.None {
		if s, ok := a.metavar.(rt.Str); ok {
			return string(s)
		}
	}
	if a.sub != nil {
		return "{" + strings.Join(a.sub.choices, ",") + "}"
	}
	if a.choices != nil && a.choices != rt.None {
		items, _ := rt.IterateAll(rt.NewThread(""), a.choices)
		parts := make([]string, len(items))
		for i, it := range items {
			parts[i], _ = rt.ToStr(nil, it)
		}
		return "{" + strings.Join(parts, ",") + "}"
	}
	if optional {
		return strings.ToUpper(a.dest)
	}
	return a.dest
}

func (a *argAction) formatArgs(mv string) string {
	if a.sub != nil {
		return mv + " ..."
	}
	switch n := a.nargs.(type) {
	case nil:
		return mv
	case rt.Str:
		switch n {
		case "?":
			return "[" + mv + "]"
		case "*":
			return "[" + mv + " ...]"
		case "+":
			return mv + " [" + mv + " ...]"
		case "...":
			return "..."
		}
	}
	lo, _ := nargsRange(a)
	parts := make([]string, lo)
	for i := range parts {
		parts[i] = mv
	}
	return strings.Join(parts, " ")
}

func (a *argAction) invocation() string {
	if len(a.options) == 0 {
		return a.metavarFor(false)
	}
	if _, hi := nargsRange(a); hi == 0 {
		return strings.Join(a.options, ", ")
	}
	args := a.formatArgs(a.metavarFor(true))
	parts := make([]string, len(a.options))
	for i, o := range a.options {
		parts[i] = o + " " + args
	}
	return strings.Join(parts, ", ")
}

func (a *argAction) usagePart() string {
	if len(a.options) == 0 {
		return a.formatArgs(a.metavarFor(false))
	}
	if a.action == "boolopt" {
		return strings.Join(a.options, " | ")
	}
	s := a.options[0]
	if _, hi := nargsRange(a); hi != 0 {
		s += " " + a.formatArgs(a.metavarFor(true))
	}
	return s
}

func (p *argParser) usageText() string {
	if s, ok := p.usage.(rt.Str); ok {
		return strings.ReplaceAll(string(s), "%(prog)s", p.prog)
	}
	var opt, pos []string
	done := map[*mutexGroup]bool{}
	for _, a := range p.actions {
		if a.help == suppressDefault {
			continue
		}
		if len(a.options) == 0 {
			pos = append(pos, a.usagePart())
			continue
		}
		if a.mutex != nil {
			if done[a.mutex] {
				continue
			}
			done[a.mutex] = true
			var parts []string
			for _, b := range a.mutex.actions {
				if b.help != suppressDefault {
					parts = append(parts, b.usagePart())
				}
			}
			if a.mutex.required {
				opt = append(opt, "("+strings.Join(parts, " | ")+")")
			} else {
				opt = append(opt, "["+strings.Join(parts, " | ")+"]")
			}
			continue
		}
		if a.required {
			opt = append(opt, a.usagePart())
		} else {
			opt = append(opt, "["+a.usagePart()+"]")
		}
	}
	prefix := "usage: "
	all := append(append([]string{p.prog}, opt...), pos...)
	usage := strings.Join(all, " ")
	if len(prefix)+len(usage) <= helpWidth {
		return usage
	}
	getLines := func(parts []string, indent string, withPrefix bool) []string {
		var lines, line []string
		lineLen := len(indent) - 1
		if withPrefix {
			lineLen = len(prefix) - 1
		}
		for _, part := range parts {
			if lineLen+1+len(part) > helpWidth && len(line) > 0 {
				lines = append(lines, indent+strings.Join(line, " "))
				line = nil
				lineLen = len(indent) - 1
			}
			line = append(line, part)
			lineLen += len(part) + 1
		}
		if len(line) > 0 {
			lines = append(lines, indent+strings.Join(line, " "))
		}
		if withPrefix && len(lines) > 0 {
			lines[0] = lines[0][len(indent):]
		}
		return lines
	}
	var lines []string
	if float64(len(prefix)+len(p.prog)) <= 0.75*helpWidth {
		indent := strings.Repeat(" ", len(prefix)+len(p.prog)+1)
		if len(opt) > 0 {
			lines = getLines(append([]string{p.prog}, opt...), indent, true)
			lines = append(lines, getLines(pos, indent, false)...)
		} else if len(pos) > 0 {
			lines = getLines(append([]string{p.prog}, pos...), indent, true)
		} else {
			lines = []string{p.prog}
		}
	} else {
		indent := strings.Repeat(" ", len(prefix))
		parts := append(opt, pos...)
		lines = getLines(parts, indent, false)
		if len(lines) > 1 {
			lines = append(getLines(opt, indent, false), getLines(pos, indent, false)...)
		}
		lines = append([]string{p.prog}, lines...)
	}
	return strings.Join(lines, "\n")
}

func (p *argParser) formatUsage(th *rt.Thread) string { return "usage: " + p.usageText() + "\n" }

func wrapWords(text string, width int) []string {
	words := strings.Fields(text)
	var lines []string
	cur := ""
	for _, w := range words {
		if cur == "" {
			cur = w
		} else if len(cur)+1+len(w) <= width {
			cur += " " + w
		} else {
			lines = append(lines, cur)
			cur = w
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

func (p *argParser) expandHelp(th *rt.Thread, a *argAction) string {
	h, _ := rt.ToStr(th, a.help)
	if p.formatter == "ArgumentDefaultsHelpFormatter" && !strings.Contains(h, "%(default)") && a.def != suppressDefault {
		if len(a.options) > 0 || a.nargs == rt.Str("?") || a.nargs == rt.Str("*") {
			h += " (default: %(default)s)"
		}
	}
	if !strings.Contains(h, "%") {
		return h
	}
	repl := map[string]string{"prog": p.prog, "dest": a.dest}
	if a.def != nil {
		repl["default"], _ = rt.ToStr(th, a.def)
	} else {
		repl["default"] = "None"
	}
	if a.typ != nil && a.typ != rt.None {
		if n, err := rt.GetAttr(th, a.typ, "__name__"); err == nil {
			repl["type"], _ = rt.ToStr(th, n)
		}
	}
	if a.choices != nil && a.choices != rt.None {
		items, _ := rt.IterateAll(th, a.choices)
		parts := make([]string, len(items))
		for i, it := range items {
			parts[i], _ = rt.ToStr(th, it)
		}
		repl["choices"] = strings.Join(parts, ", ")
	}
	var b strings.Builder
	for i := 0; i < len(h); i++ {
		if h[i] == '%' && i+1 < len(h) && h[i+1] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		if h[i] == '%' && i+1 < len(h) && h[i+1] == '(' {
			end := strings.Index(h[i:], ")s")
			if end > 0 {
				key := h[i+2 : i+end]
				b.WriteString(repl[key])
				i += end + 1
				continue
			}
		}
		b.WriteByte(h[i])
	}
	return b.String()
}

type helpItem struct {
	inv    string
	help   string
	hasH   bool
	indent int
}

func (p *argParser) groupItems(th *rt.Thread, g *argGroup) []helpItem {
	var items []helpItem
	for _, a := range g.actions {
		if a.help == suppressDefault {
			continue
		}
		it := helpItem{inv: a.invocation(), indent: 2}
		if a.help != nil && a.help != rt.None {
			it.help, it.hasH = p.expandHelp(th, a), true
		}
		items = append(items, it)
		if a.sub != nil {
			for _, c := range a.sub.choices {
				h, ok := a.sub.helps[c]
				if !ok {
					continue
				}
				hs, _ := rt.ToStr(th, h)
				items = append(items, helpItem{inv: c, help: hs, hasH: true, indent: 4})
			}
		}
	}
	return items
}

func (p *argParser) formatHelp(th *rt.Thread) string {
	var b strings.Builder
	b.WriteString(p.formatUsage(th))
	raw := p.formatter == "RawDescriptionHelpFormatter" || p.formatter == "RawTextHelpFormatter"
	fill := func(text string) string {
		if raw {
			return text
		}
		return strings.Join(wrapWords(text, helpWidth), "\n")
	}
	if p.description != nil && p.description != rt.None {
		d, _ := rt.ToStr(th, p.description)
		b.WriteString("\n" + fill(d) + "\n")
	}
	maxLen := 0
	var groups [][]helpItem
	for _, g := range p.groups {
		items := p.groupItems(th, g)
		groups = append(groups, items)
		for _, it := range items {
			if l := len(it.inv) + 2; l > maxLen {
				maxLen = l
			}
		}
	}
	helpPos := maxLen + 2
	if helpPos > 24 {
		helpPos = 24
	}
	hw := helpWidth - helpPos
	if hw < 11 {
		hw = 11
	}
	for gi, g := range p.groups {
		items := groups[gi]
		if len(items) == 0 && (g.description == nil || g.description == rt.None) {
			continue
		}
		b.WriteString("\n" + g.title + ":\n")
		if g.description != nil && g.description != rt.None {
			d, _ := rt.ToStr(th, g.description)
			for _, l := range wrapWords(d, helpWidth-2) {
				b.WriteString("  " + l + "\n")
			}
			b.WriteString("\n")
		}
		for _, it := range items {
			ind := strings.Repeat(" ", it.indent)
			actionWidth := helpPos - it.indent - 2
			if !it.hasH {
				b.WriteString(ind + it.inv + "\n")
				continue
			}
			lines := wrapWords(it.help, hw)
			if p.formatter == "RawTextHelpFormatter" {
				lines = strings.Split(it.help, "\n")
			}
			if len(it.inv) <= actionWidth {
				b.WriteString(ind + it.inv + strings.Repeat(" ", actionWidth-len(it.inv)) + "  ")
				if len(lines) == 0 {
					b.WriteString("\n")
				}
			} else {
				b.WriteString(ind + it.inv + "\n")
				if len(lines) > 0 {
					b.WriteString(strings.Repeat(" ", helpPos))
				}
			}
			for i, l := range lines {
				if i > 0 {
					b.WriteString(strings.Repeat(" ", helpPos))
				}
				b.WriteString(l + "\n")
			}
		}
	}
	if p.epilog != nil && p.epilog != rt.None {
		e, _ := rt.ToStr(th, p.epilog)
		b.WriteString("\n" + fill(e) + "\n")
	}
	return b.String()
}

func asParser(v rt.Value) *argParser {
	p, _ := instBase(v).(*argParser)
	return p
}

func initArgparseMethods() {
	pm := func(name string, fn func(th *rt.Thread, p *argParser, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
		return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return fn(th, asParser(self), args, kwargs)
		})
	}
	argParserType.AddMethods(
		pm("add_argument", func(th *rt.Thread, p *argParser, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return p.addArgument(th, nil, nil, args, kwargs)
		}),
		pm("add_argument_group", func(th *rt.Thread, p *argParser, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var title, desc rt.Value = rt.None, rt.None
			if err := rt.UnpackArgs("add_argument_group", args, kwargs, "title?", &title, "description?", &desc); err != nil {
				return nil, err
			}
			g := &argGroup{parser: p, description: desc}
			g.title, _ = rt.ToStr(th, title)
			p.groups = append(p.groups, g)
			return g, nil
		}),
		pm("add_mutually_exclusive_group", func(th *rt.Thread, p *argParser, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			required := false
			if err := rt.UnpackArgs("add_mutually_exclusive_group", args, kwargs, "required?", &required); err != nil {
				return nil, err
			}
			mg := &mutexGroup{argGroup: argGroup{parser: p}, required: required}
			p.mutexes = append(p.mutexes, mg)
			return &mutexHandle{mg: mg}, nil
		}),
		pm("add_subparsers", func(th *rt.Thread, p *argParser, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if p.sub != nil {
				return nil, p.errorExit(th, "cannot have multiple subparser arguments")
			}
			var title, desc, dest, help, metavar rt.Value = rt.None, rt.None, rt.None, rt.None, rt.None
			required := false
			var progV rt.Value = rt.None
			if err := rt.UnpackArgs("add_subparsers", args, kwargs, "title?", &title, "description?", &desc, "prog?", &progV,
				"dest?", &dest, "required?", &required, "help?", &help, "metavar?", &metavar, "action?", new(rt.Value), "parser_class?", new(rt.Value)); err != nil {
				return nil, err
			}
			sp := &subParsers{parser: p, parsers: map[string]*argParser{}, helps: map[string]rt.Value{}}
			a := &argAction{action: "parsers", dest: "==SUPPRESS==", required: required, help: help, metavar: metavar, sub: sp, def: suppressDefault}
			if s, ok := dest.(rt.Str); ok {
				a.dest = string(s)
				a.def = nil
			}
			sp.action = a
			p.sub = sp
			var g *argGroup
			if title != rt.None || desc != rt.None {
				g = &argGroup{parser: p, description: desc}
				g.title = "subcommands"
				if title != rt.None {
					g.title, _ = rt.ToStr(th, title)
				}
				p.groups = append(p.groups, g)
			}
			p.addAction(a, g)
			return sp, nil
		}),
		pm("parse_args", func(th *rt.Thread, p *argParser, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var a, ns rt.Value = rt.None, rt.None
			if err := rt.UnpackArgs("parse_args", args, kwargs, "args?", &a, "namespace?", &ns); err != nil {
				return nil, err
			}
			r, _, err := p.parse(th, a, ns, false)
			return r, err
		}),
		pm("parse_known_args", func(th *rt.Thread, p *argParser, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var a, ns rt.Value = rt.None, rt.None
			if err := rt.UnpackArgs("parse_known_args", args, kwargs, "args?", &a, "namespace?", &ns); err != nil {
				return nil, err
			}
			r, extras, err := p.parse(th, a, ns, true)
			if err != nil {
				return nil, err
			}
			return rt.NewTuple([]rt.Value{r, rt.NewList(strValues(extras))}), nil
		}),
		pm("format_help", func(th *rt.Thread, p *argParser, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Str(p.formatHelp(th)), nil
		}),
		pm("format_usage", func(th *rt.Thread, p *argParser, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Str(p.formatUsage(th)), nil
		}),
		pm("print_help", func(th *rt.Thread, p *argParser, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, printTo(th, args, kwargs, p.formatHelp(th))
		}),
		pm("print_usage", func(th *rt.Thread, p *argParser, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, printTo(th, args, kwargs, p.formatUsage(th))
		}),
		pm("error", func(th *rt.Thread, p *argParser, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var msg string
			if err := rt.UnpackArgs("error", args, kwargs, "message", &msg); err != nil {
				return nil, err
			}
			return nil, p.errorExit(th, msg)
		}),
		pm("exit", func(th *rt.Thread, p *argParser, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			status := 0
			var msg rt.Value = rt.None
			if err := rt.UnpackArgs("exit", args, kwargs, "status?", &status, "message?", &msg); err != nil {
				return nil, err
			}
			if s, ok := msg.(rt.Str); ok {
				if err := writeStream(th, "stderr", string(s)); err != nil {
					return nil, err
				}
			}
			return nil, argExit(status)
		}),
		pm("set_defaults", func(th *rt.Thread, p *argParser, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			for _, kw := range kwargs {
				p.defaults.SetStr(kw.Name, kw.Value)
				for _, a := range p.actions {
					if a.dest == kw.Name {
						a.def = kw.Value
					}
				}
			}
			return rt.None, nil
		}),
		pm("get_default", func(th *rt.Thread, p *argParser, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var dest string
			if err := rt.UnpackArgs("get_default", args, kwargs, "dest", &dest); err != nil {
				return nil, err
			}
			for _, a := range p.actions {
				if a.dest == dest && a.def != nil {
					return a.def, nil
				}
			}
			v, ok := p.defaults.GetStr(dest)
			if !ok {
				return rt.None, nil
			}
			return v, nil
		}),
	)
	argParserType.Dict.SetStr("prog", propGetter("prog", func(th *rt.Thread, self rt.Value) (rt.Value, error) {
		return rt.Str(asParser(self).prog), nil
	}))
	argParserType.Dict.SetStr("description", propGetter("description", func(th *rt.Thread, self rt.Value) (rt.Value, error) {
		return dtOrNone(asParser(self).description), nil
	}))
	argGroupType.AddMethods(rt.NewMethod("add_argument", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		g := self.(*argGroup)
		return g.parser.addArgument(th, g, nil, args, kwargs)
	}), rt.NewMethod("add_mutually_exclusive_group", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		g := self.(*argGroup)
		required := false
		if err := rt.UnpackArgs("add_mutually_exclusive_group", args, kwargs, "required?", &required); err != nil {
			return nil, err
		}
		mg := &mutexGroup{argGroup: argGroup{parser: g.parser}, required: required}
		g.parser.mutexes = append(g.parser.mutexes, mg)
		return &mutexHandle{mg: mg, into: g}, nil
	}))
	mutexHandleType.AddMethods(rt.NewMethod("add_argument", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		h := self.(*mutexHandle)
		return h.mg.parser.addArgument(th, h.into, h.mg, args, kwargs)
	}))
	subParsersType.AddMethods(rt.NewMethod("add_parser", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		sp := self.(*subParsers)
		if len(args) != 1 {
			return nil, rt.NewError(rt.TypeErrorType, "add_parser() takes 1 positional argument")
		}
		name, _ := rt.ToStr(th, args[0])
		var rest []rt.KwArg
		var help rt.Value
		var aliases []string
		hasProg := false
		for _, kw := range kwargs {
			switch kw.Name {
			case "help":
				help = kw.Value
			case "aliases":
				items, err := rt.IterateAll(th, kw.Value)
				if err != nil {
					return nil, err
				}
				for _, it := range items {
					s, _ := rt.ToStr(th, it)
					aliases = append(aliases, s)
				}
			default:
				if kw.Name == "prog" {
					hasProg = true
				}
				rest = append(rest, kw)
			}
		}
		if !hasProg {
			rest = append(rest, rt.KwArg{Name: "prog", Value: rt.Str(sp.parser.usagePrefixForSub() + " " + name)})
		}
		v, err := newArgParser(th, argParserType, nil, rest)
		if err != nil {
			return nil, err
		}
		sub := v.(*argParser)
		sp.choices = append(sp.choices, name)
		sp.parsers[name] = sub
		if help != nil {
			label := name
			if len(aliases) > 0 {
				label += " (" + strings.Join(aliases, ", ") + ")"
			}
			sp.helps[name] = help
			if label != name {
				sp.helps[name] = help
			}
		}
		for _, al := range aliases {
			sp.parsers[al] = sub
		}
		return sub, nil
	}))
}

// usagePrefixForSub is the prog of a subcommand's parser: the parent's
// prog and its positionals before the subcommand.
func (p *argParser) usagePrefixForSub() string {
	parts := []string{p.prog}
	for _, a := range p.actions {
		if len(a.options) == 0 && a.sub == nil {
			parts = append(parts, a.usagePart())
		}
	}
	return strings.Join(parts, " ")
}

type mutexHandle struct {
	mg   *mutexGroup
	into *argGroup
}

var mutexHandleType = newModuleType("_MutuallyExclusiveGroup", "argparse")

func (*mutexHandle) Type() *rt.Type { return mutexHandleType }

func printTo(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg, s string) error {
	var file rt.Value = rt.None
	if err := rt.UnpackArgs("print_help", args, kwargs, "file?", &file); err != nil {
		return err
	}
	if file == rt.None {
		return writeStream(th, "stdout", s)
	}
	_, err := rt.CallMethod(th, file, "write", []rt.Value{rt.Str(s)}, nil)
	return err
}
