package stdlib

import (
	"sort"
	"strings"
	"sync"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The pprint module: a port of CPython 3.11's PrettyPrinter for the
// built-in containers (dict, list, tuple, set, frozenset, str, bytes):
// the same width accounting ("allowance" for closing brackets), the same
// string splitting at whitespace, sorted dict keys with the _safe_key
// fallback for unorderable keys. Other objects print with repr().

var prettyPrinterType = newModuleType("PrettyPrinter", "pprint")

type prettyPrinter struct {
	indent     int
	width      int
	depth      int // 0: unlimited
	compact    bool
	sortDicts  bool
	underscore bool
	readable   bool
	recursive  bool
}

func (*prettyPrinter) Type() *rt.Type { return prettyPrinterType }

func ppOptions(fname string, args []rt.Value, kwargs []rt.KwArg, pp *prettyPrinter, extra ...any) error {
	var depth rt.Value = rt.None
	pp.indent, pp.width, pp.sortDicts = 1, 80, true
	pairs := append(extra, "indent?", &pp.indent, "width?", &pp.width, "depth?", &depth,
		"*", "compact?", &pp.compact, "sort_dicts?", &pp.sortDicts, "underscore_numbers?", &pp.underscore)
	if err := rt.UnpackArgs(fname, args, kwargs, pairs...); err != nil {
		return err
	}
	if pp.indent < 0 {
		return rt.NewError(rt.ValueErrorType, "indent must be >= 0")
	}
	if depth != rt.None {
		d, err := rt.IndexInt(depth)
		if err != nil {
			return err
		}
		if d <= 0 {
			return rt.NewError(rt.ValueErrorType, "depth must be > 0")
		}
		pp.depth = d
	}
	if pp.width <= 0 {
		return rt.NewError(rt.ValueErrorType, "width must be != 0")
	}
	return nil
}

// loadPprintModule makes the pprint module (registered in modules.go).
func loadPprintModule() *rt.Module {
	setupPprintTypes()
	return newPprintModule()
}

// pprintSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var pprintSetup sync.Once

func setupPprintTypes() { pprintSetup.Do(initPprintTypes) }

func initPprintTypes() {
	prettyPrinterType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		pp := &prettyPrinter{}
		var stream rt.Value = rt.None
		// PrettyPrinter(indent=1, width=80, depth=None, stream=None, *, ...)
		var rest []rt.KwArg
		for _, kw := range kwargs {
			if kw.Name == "stream" {
				stream = kw.Value
				continue
			}
			rest = append(rest, kw)
		}
		if len(args) > 3 {
			stream = args[3]
			args = args[:3]
		}
		_ = stream
		if err := ppOptions("PrettyPrinter", args, rest, pp); err != nil {
			return nil, err
		}
		return &ppObject{pp: pp, stream: stream}, nil
	}
	ppObjectType.AddMethods(
		rt.NewMethod("pformat", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var obj rt.Value
			if err := rt.UnpackArgs("pformat", args, kwargs, "object", &obj); err != nil {
				return nil, err
			}
			s, err := self.(*ppObject).pp.pformat(th, obj)
			return rt.Str(s), err
		}),
		rt.NewMethod("pprint", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var obj rt.Value
			if err := rt.UnpackArgs("pprint", args, kwargs, "object", &obj); err != nil {
				return nil, err
			}
			o := self.(*ppObject)
			return rt.None, o.pp.print(th, obj, o.stream)
		}),
		rt.NewMethod("isreadable", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var obj rt.Value
			if err := rt.UnpackArgs("isreadable", args, kwargs, "object", &obj); err != nil {
				return nil, err
			}
			p := *self.(*ppObject).pp
			p.readable, p.recursive = true, false
			_, err := p.safeRepr(th, obj, map[uintptr]bool{}, 0)
			return rt.Bool(p.readable && !p.recursive), err
		}),
		rt.NewMethod("isrecursive", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var obj rt.Value
			if err := rt.UnpackArgs("isrecursive", args, kwargs, "object", &obj); err != nil {
				return nil, err
			}
			p := *self.(*ppObject).pp
			p.recursive = false
			_, err := p.safeRepr(th, obj, map[uintptr]bool{}, 0)
			return rt.Bool(p.recursive), err
		}),
	)
}

var ppObjectType = prettyPrinterType

type ppObject struct {
	pp     *prettyPrinter
	stream rt.Value
}

func (*ppObject) Type() *rt.Type { return ppObjectType }

func newPprintModule() *rt.Module {
	m := rt.NewModule("pprint")
	m.Dict.SetStr("PrettyPrinter", prettyPrinterType)
	m.Dict.SetStr("pformat", rt.NewFunc("pformat", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var obj rt.Value
		pp := &prettyPrinter{}
		if err := ppOptions("pformat", args, kwargs, pp, "object", &obj); err != nil {
			return nil, err
		}
		s, err := pp.pformat(th, obj)
		return rt.Str(s), err
	}))
	printFn := func(name string, sortDefault bool) *rt.Builtin {
		return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var obj rt.Value
			var stream rt.Value = rt.None
			pp := &prettyPrinter{}
			hasSort := false
			for _, kw := range kwargs {
				if kw.Name == "sort_dicts" {
					hasSort = true
				}
			}
			if err := ppOptions(name, args, kwargs, pp, "object", &obj, "stream?", &stream); err != nil {
				return nil, err
			}
			if !hasSort {
				pp.sortDicts = sortDefault
			}
			return rt.None, pp.print(th, obj, stream)
		})
	}
	m.Dict.SetStr("pprint", printFn("pprint", true))
	m.Dict.SetStr("pp", printFn("pp", false))
	m.Dict.SetStr("saferepr", rt.NewFunc("saferepr", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var obj rt.Value
		if err := rt.UnpackArgs("saferepr", args, kwargs, "object", &obj); err != nil {
			return nil, err
		}
		pp := &prettyPrinter{indent: 1, width: 80, sortDicts: true}
		s, err := pp.safeRepr(th, obj, map[uintptr]bool{}, 0)
		return rt.Str(s), err
	}))
	for _, name := range []string{"isreadable", "isrecursive"} {
		name := name
		m.Dict.SetStr(name, rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var obj rt.Value
			if err := rt.UnpackArgs(name, args, kwargs, "object", &obj); err != nil {
				return nil, err
			}
			pp := &prettyPrinter{indent: 1, width: 80, sortDicts: true, readable: true}
			if _, err := pp.safeRepr(th, obj, map[uintptr]bool{}, 0); err != nil {
				return nil, err
			}
			if name == "isreadable" {
				return rt.Bool(pp.readable && !pp.recursive), nil
			}
			return rt.Bool(pp.recursive), nil
		}))
	}
	return m
}

func (pp *prettyPrinter) print(th *rt.Thread, obj, stream rt.Value) error {
	s, err := pp.pformat(th, obj)
	if err != nil {
		return err
	}
	if stream == nil || stream == rt.None {
		stream, err = sysStream(th, "stdout")
		if err != nil {
			return err
		}
	}
	_, err = rt.CallMethod(th, stream, "write", []rt.Value{rt.Str(s + "\n")}, nil)
	return err
}

func (pp *prettyPrinter) pformat(th *rt.Thread, obj rt.Value) (string, error) {
	var b strings.Builder
	err := pp.format(th, &b, obj, 0, 0, map[uintptr]bool{}, 0)
	return b.String(), err
}

// ppKind classifies values the printer formats itself: the built-in
// containers and their subclasses that keep the built-in __repr__.
func ppKind(v rt.Value) (rt.Value, string) {
	base := v
	if inst, ok := v.(*rt.Instance); ok {
		if inst.BaseValue() == nil {
			return v, ""
		}
		if r := inst.Type().Lookup("__repr__"); r != nil && r != inst.BaseValue().Type().Lookup("__repr__") {
			return v, ""
		}
		base = inst.BaseValue()
	}
	switch x := base.(type) {
	case *rt.Dict:
		return x, "dict"
	case *rt.List:
		return x, "list"
	case *rt.Tuple:
		return x, "tuple"
	case *rt.Set:
		return x, "set"
	case rt.Str:
		return x, "str"
	case rt.Bytes:
		return x, "bytes"
	}
	return v, ""
}

func ppStrLen(s string) int { return len([]rune(s)) }

func (pp *prettyPrinter) format(th *rt.Thread, b *strings.Builder, obj rt.Value, indent, allowance int, context map[uintptr]bool, level int) error {
	th, err := rt.EnterNative(th, "")
	if err != nil {
		return err
	}
	defer rt.LeaveNative(th)
	if id := rt.Id(obj); context[id] {
		if _, k := ppKind(obj); k == "dict" || k == "list" || k == "tuple" || k == "set" {
			b.WriteString(ppRecursion(obj))
			pp.recursive = true
			pp.readable = false
			return nil
		}
	}
	rep, err := pp.safeRepr(th, obj, context, level)
	if err != nil {
		return err
	}
	maxWidth := pp.width - indent - allowance
	if ppStrLen(rep) > maxWidth {
		if kind := ppCollectionsKind(obj); kind != "" {
			id := rt.Id(obj)
			context[id] = true
			err := pp.pprintCollection(th, b, kind, obj, indent, allowance, context, level+1)
			delete(context, id)
			return err
		}
		base, kind := ppKind(obj)
		if kind != "" {
			id := rt.Id(obj)
			container := kind == "dict" || kind == "list" || kind == "tuple" || kind == "set"
			if container {
				context[id] = true
			}
			switch kind {
			case "dict":
				err = pp.pprintDict(th, b, base.(*rt.Dict), indent, allowance, context, level+1)
			case "list":
				b.WriteByte('[')
				err = pp.formatItems(th, b, base.(*rt.List).Snapshot(), indent, allowance+1, context, level+1)
				b.WriteByte(']')
			case "tuple":
				items := base.(*rt.Tuple).Items
				end := ")"
				if len(items) == 1 {
					end = ",)"
				}
				b.WriteByte('(')
				err = pp.formatItems(th, b, items, indent, allowance+len(end), context, level+1)
				b.WriteString(end)
			case "set":
				err = pp.pprintSet(th, b, obj, base.(*rt.Set), indent, allowance, context, level+1)
			case "str":
				pp.pprintStr(b, string(base.(rt.Str)), indent, allowance, level+1)
			case "bytes":
				pp.pprintBytes(b, string(base.(rt.Bytes)), indent, allowance, level+1)
			}
			if container {
				delete(context, id)
			}
			return err
		}
	}
	b.WriteString(rep)
	return nil
}

func ppRecursion(obj rt.Value) string {
	return "<Recursion on " + rt.TypeName(obj) + " with id=" + itoa(int(rt.Id(obj))) + ">"
}

func (pp *prettyPrinter) pprintDict(th *rt.Thread, b *strings.Builder, d *rt.Dict, indent, allowance int, context map[uintptr]bool, level int) error {
	b.WriteByte('{')
	if pp.indent > 1 {
		b.WriteString(strings.Repeat(" ", pp.indent-1))
	}
	if d.Len() > 0 {
		items := d.Items()
		if pp.sortDicts {
			if err := ppSortItems(th, items); err != nil {
				return err
			}
		}
		if err := pp.formatDictItems(th, b, items, indent, allowance+1, context, level); err != nil {
			return err
		}
	}
	b.WriteByte('}')
	return nil
}

func (pp *prettyPrinter) formatDictItems(th *rt.Thread, b *strings.Builder, items [][2]rt.Value, indent, allowance int, context map[uintptr]bool, level int) error {
	indent += pp.indent
	delimnl := ",\n" + strings.Repeat(" ", indent)
	for i, kv := range items {
		last := i == len(items)-1
		rep, err := pp.safeRepr(th, kv[0], context, level)
		if err != nil {
			return err
		}
		b.WriteString(rep)
		b.WriteString(": ")
		a := 1
		if last {
			a = allowance
		}
		if err := pp.format(th, b, kv[1], indent+ppStrLen(rep)+2, a, context, level); err != nil {
			return err
		}
		if !last {
			b.WriteString(delimnl)
		}
	}
	return nil
}

func (pp *prettyPrinter) pprintSet(th *rt.Thread, b *strings.Builder, obj rt.Value, s *rt.Set, indent, allowance int, context map[uintptr]bool, level int) error {
	if s.Len() == 0 {
		rep, err := rt.Repr(th, obj)
		b.WriteString(rep)
		return err
	}
	items, err := rt.IterateAll(th, s)
	if err != nil {
		return err
	}
	end := "}"
	if obj.Type() == rt.SetType {
		b.WriteByte('{')
	} else {
		name := obj.Type().Name()
		b.WriteString(name + "({")
		end = "})"
		indent += len(name) + 1
	}
	if err := ppSortValues(th, items); err != nil {
		return err
	}
	err = pp.formatItems(th, b, items, indent, allowance+len(end), context, level)
	b.WriteString(end)
	return err
}

func (pp *prettyPrinter) formatItems(th *rt.Thread, b *strings.Builder, items []rt.Value, indent, allowance int, context map[uintptr]bool, level int) error {
	indent += pp.indent
	if pp.indent > 1 {
		b.WriteString(strings.Repeat(" ", pp.indent-1))
	}
	delimnl := ",\n" + strings.Repeat(" ", indent)
	delim := ""
	width := pp.width - indent + 1
	maxWidth := width
	for i, ent := range items {
		last := i == len(items)-1
		if last {
			maxWidth -= allowance
			width -= allowance
		}
		if pp.compact {
			rep, err := pp.safeRepr(th, ent, context, level)
			if err != nil {
				return err
			}
			w := ppStrLen(rep) + 2
			if width < w {
				width = maxWidth
				if delim != "" {
					delim = delimnl
				}
			}
			if width >= w {
				width -= w
				b.WriteString(delim)
				delim = ", "
				b.WriteString(rep)
				continue
			}
		}
		b.WriteString(delim)
		delim = delimnl
		a := 1
		if last {
			a = allowance
		}
		if err := pp.format(th, b, ent, indent, a, context, level); err != nil {
			return err
		}
	}
	return nil
}

func ppRepr(v rt.Value) string {
	s, _ := rt.Repr(nil, v)
	return s
}

func (pp *prettyPrinter) pprintStr(b *strings.Builder, s string, indent, allowance, level int) {
	if s == "" {
		b.WriteString(ppRepr(rt.Str(s)))
		return
	}
	var chunks []string
	lines := ppSplitLines(s)
	if level == 1 {
		indent++
		allowance++
	}
	maxWidth1 := pp.width - indent
	maxWidth := maxWidth1
	var rep string
	for i, line := range lines {
		rep = ppRepr(rt.Str(line))
		if i == len(lines)-1 {
			maxWidth1 -= allowance
		}
		if ppStrLen(rep) <= maxWidth1 {
			chunks = append(chunks, rep)
			continue
		}
		parts := ppWordParts(line)
		maxWidth2 := maxWidth
		current := ""
		for j, part := range parts {
			candidate := current + part
			if j == len(parts)-1 && i == len(lines)-1 {
				maxWidth2 -= allowance
			}
			if ppStrLen(ppRepr(rt.Str(candidate))) > maxWidth2 {
				if current != "" {
					chunks = append(chunks, ppRepr(rt.Str(current)))
				}
				current = part
			} else {
				current = candidate
			}
		}
		if current != "" {
			chunks = append(chunks, ppRepr(rt.Str(current)))
		}
	}
	if len(chunks) == 1 {
		b.WriteString(rep)
		return
	}
	if level == 1 {
		b.WriteByte('(')
	}
	for i, c := range chunks {
		if i > 0 {
			b.WriteString("\n" + strings.Repeat(" ", indent))
		}
		b.WriteString(c)
	}
	if level == 1 {
		b.WriteByte(')')
	}
}

// ppSplitLines is str.splitlines(True).
func ppSplitLines(s string) []string {
	v, err := rt.CallMethod(nil, rt.Str(s), "splitlines", []rt.Value{rt.True}, nil)
	if err != nil {
		return []string{s}
	}
	var out []string
	for _, x := range v.(*rt.List).Snapshot() {
		out = append(out, string(x.(rt.Str)))
	}
	return out
}

// ppWordParts is re.findall(r'\S*\s*', line) without the final empty match.
func ppWordParts(line string) []string {
	var parts []string
	rs := []rune(line)
	i := 0
	isSpace := func(r rune) bool {
		return strings.ContainsRune(reUniSpaceChars, r)
	}
	for i < len(rs) {
		j := i
		for j < len(rs) && !isSpace(rs[j]) {
			j++
		}
		for j < len(rs) && isSpace(rs[j]) {
			j++
		}
		parts = append(parts, string(rs[i:j]))
		i = j
	}
	return parts
}

const reUniSpaceChars = "\t\n\v\f\r\x1c\x1d\x1e\x1f \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"

func (pp *prettyPrinter) pprintBytes(b *strings.Builder, s string, indent, allowance, level int) {
	if len(s) <= 4 {
		b.WriteString(ppRepr(rt.Bytes(s)))
		return
	}
	parens := level == 1
	if parens {
		indent++
		allowance++
		b.WriteByte('(')
	}
	delim := ""
	width := pp.width - indent
	current := ""
	last := len(s) / 4 * 4
	var reps []string
	for i := 0; i < len(s); i += 4 {
		end := i + 4
		if end > len(s) {
			end = len(s)
		}
		part := s[i:end]
		candidate := current + part
		if i == last {
			width -= allowance
		}
		if len(ppRepr(rt.Bytes(candidate))) > width {
			if current != "" {
				reps = append(reps, ppRepr(rt.Bytes(current)))
			}
			current = part
		} else {
			current = candidate
		}
	}
	if current != "" {
		reps = append(reps, ppRepr(rt.Bytes(current)))
	}
	for _, r := range reps {
		b.WriteString(delim)
		b.WriteString(r)
		if delim == "" {
			delim = "\n" + strings.Repeat(" ", indent)
		}
	}
	if parens {
		b.WriteByte(')')
	}
}

// ppLess is _safe_key's ordering: natural order, else by type name.
func ppLess(th *rt.Thread, a, b rt.Value) (bool, error) {
	lt, err := rt.Less(th, a, b)
	if err == nil {
		return lt, nil
	}
	if !rt.IsExc(err, rt.TypeErrorType) {
		return false, err
	}
	ta, tb := "<class '"+a.Type().Name()+"'>", "<class '"+b.Type().Name()+"'>"
	return ta < tb, nil
}

func ppSortValues(th *rt.Thread, items []rt.Value) error {
	var sortErr error
	sort.SliceStable(items, func(i, j int) bool {
		lt, err := ppLess(th, items[i], items[j])
		if err != nil && sortErr == nil {
			sortErr = err
		}
		return lt
	})
	return sortErr
}

func ppSortItems(th *rt.Thread, items [][2]rt.Value) error {
	var sortErr error
	sort.SliceStable(items, func(i, j int) bool {
		lt, err := ppLess(th, items[i][0], items[j][0])
		if err != nil && sortErr == nil {
			sortErr = err
		}
		if lt || err != nil {
			return lt
		}
		gt, _ := ppLess(th, items[j][0], items[i][0])
		if gt {
			return false
		}
		lt, _ = ppLess(th, items[i][1], items[j][1])
		return lt
	})
	return sortErr
}

// safeRepr is pprint._safe_repr: repr with sorted dict keys, depth limits
// and recursion markers.
func (pp *prettyPrinter) safeRepr(th *rt.Thread, obj rt.Value, context map[uintptr]bool, level int) (string, error) {
	th, err := rt.EnterNative(th, "")
	if err != nil {
		return "", err
	}
	defer rt.LeaveNative(th)
	base, kind := ppKind(obj)
	switch kind {
	case "dict", "list", "tuple":
		var n int
		switch x := base.(type) {
		case *rt.Dict:
			n = x.Len()
		case *rt.List:
			n = x.Len()
		case *rt.Tuple:
			n = len(x.Items)
		}
		open, close := "[", "]"
		switch kind {
		case "dict":
			open, close = "{", "}"
		case "tuple":
			open, close = "(", ")"
		}
		if n == 0 {
			return open + close, nil
		}
		if pp.depth > 0 && level >= pp.depth {
			pp.readable = false
			return open + "..." + close, nil
		}
		id := rt.Id(obj)
		if context[id] {
			pp.recursive = true
			pp.readable = false
			return ppRecursion(obj), nil
		}
		context[id] = true
		defer delete(context, id)
		level++
		var parts []string
		if kind == "dict" {
			items := base.(*rt.Dict).Items()
			if pp.sortDicts {
				if err := ppSortItems(th, items); err != nil {
					return "", err
				}
			}
			for _, kv := range items {
				k, err := pp.safeRepr(th, kv[0], context, level)
				if err != nil {
					return "", err
				}
				v, err := pp.safeRepr(th, kv[1], context, level)
				if err != nil {
					return "", err
				}
				parts = append(parts, k+": "+v)
			}
			return "{" + strings.Join(parts, ", ") + "}", nil
		}
		var items []rt.Value
		if kind == "list" {
			items = base.(*rt.List).Snapshot()
		} else {
			items = base.(*rt.Tuple).Items
		}
		for _, it := range items {
			s, err := pp.safeRepr(th, it, context, level)
			if err != nil {
				return "", err
			}
			parts = append(parts, s)
		}
		if kind == "tuple" && len(parts) == 1 {
			return "(" + parts[0] + ",)", nil
		}
		return open + strings.Join(parts, ", ") + close, nil
	}
	if pp.underscore && rt.IsIntValue(obj) {
		if _, isBool := obj.(rt.Bool); !isBool {
			return rt.Format(th, obj, "_d")
		}
	}
	s, err := rt.Repr(th, obj)
	if err != nil {
		return "", err
	}
	if strings.HasPrefix(s, "<") {
		pp.readable = false
	}
	return s, nil
}

// ppCollectionsKind names the collections type (OrderedDict, defaultdict,
// Counter, deque) whose repr obj uses, or "".
func ppCollectionsKind(obj rt.Value) string {
	t := obj.Type()
	for _, c := range t.MRO() {
		if c.Module() != "collections" {
			continue
		}
		switch c.Name() {
		case "OrderedDict", "defaultdict", "Counter", "deque":
			if t.Lookup("__repr__") != c.Lookup("__repr__") {
				return ""
			}
			return c.Name()
		}
	}
	return ""
}

// pprintCollection ports _pprint_ordered_dict, _pprint_default_dict,
// _pprint_counter and _pprint_deque.
func (pp *prettyPrinter) pprintCollection(th *rt.Thread, b *strings.Builder, kind string, obj rt.Value, indent, allowance int, context map[uintptr]bool, level int) error {
	n, err := rt.Len(th, obj)
	if err != nil {
		return err
	}
	if n == 0 {
		rep, err := rt.Repr(th, obj)
		b.WriteString(rep)
		return err
	}
	name := obj.Type().Name()
	items := func(method string) ([]rt.Value, error) {
		v, err := rt.CallMethod(th, obj, method, nil, nil)
		if err != nil {
			return nil, err
		}
		return rt.IterateAll(th, v)
	}
	switch kind {
	case "OrderedDict":
		its, err := items("items")
		if err != nil {
			return err
		}
		b.WriteString(name + "(")
		if err := pp.format(th, b, rt.NewList(its), indent+len(name)+1, allowance+1, context, level); err != nil {
			return err
		}
		b.WriteByte(')')
	case "defaultdict":
		df, err := rt.GetAttr(th, obj, "default_factory")
		if err != nil {
			return err
		}
		rdf, err := pp.safeRepr(th, df, context, level)
		if err != nil {
			return err
		}
		indent += len(name) + 1
		b.WriteString(name + "(" + rdf + ",\n" + strings.Repeat(" ", indent))
		its, err := items("items")
		if err != nil {
			return err
		}
		d := rt.NewDict()
		for _, kv := range its {
			t := kv.(*rt.Tuple)
			if err := d.Set(th, t.Items[0], t.Items[1]); err != nil {
				return err
			}
		}
		if err := pp.pprintDict(th, b, d, indent, allowance+1, context, level); err != nil {
			return err
		}
		b.WriteByte(')')
	case "Counter":
		its, err := items("most_common")
		if err != nil {
			return err
		}
		b.WriteString(name + "({")
		if pp.indent > 1 {
			b.WriteString(strings.Repeat(" ", pp.indent-1))
		}
		pairs := make([][2]rt.Value, len(its))
		for i, kv := range its {
			t := kv.(*rt.Tuple)
			pairs[i] = [2]rt.Value{t.Items[0], t.Items[1]}
		}
		if err := pp.formatDictItems(th, b, pairs, indent+len(name)+1, allowance+2, context, level); err != nil {
			return err
		}
		b.WriteString("})")
	case "deque":
		vals, err := rt.IterateAll(th, obj)
		if err != nil {
			return err
		}
		b.WriteString(name + "(")
		indent += len(name) + 1
		b.WriteByte('[')
		ml, err := rt.GetAttr(th, obj, "maxlen")
		if err != nil {
			return err
		}
		if ml == rt.None {
			if err := pp.formatItems(th, b, vals, indent, allowance+2, context, level); err != nil {
				return err
			}
			b.WriteString("])")
		} else {
			if err := pp.formatItems(th, b, vals, indent, 2, context, level); err != nil {
				return err
			}
			rml, err := pp.safeRepr(th, ml, context, level)
			if err != nil {
				return err
			}
			b.WriteString("],\n" + strings.Repeat(" ", indent) + "maxlen=" + rml + ")")
		}
	}
	return nil
}
