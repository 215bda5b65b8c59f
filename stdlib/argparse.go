package stdlib

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The argparse module: ArgumentParser with positional and optional
// arguments (type, default, choices, required, nargs ? * + N, actions
// store/store_const/store_true/store_false/append/append_const/extend/
// count/help/version), argument groups, mutually exclusive groups,
// subcommands, CPython's help and usage layout (HelpFormatter with a
// 78-column width, help at column <= 24, usage wrapping) and CPython's
// error messages, written to stderr after the usage line with exit
// status 2.

var (
	argParserType   = newModuleType("ArgumentParser", "argparse")
	argGroupType    = newModuleType("_ArgumentGroup", "argparse")
	subParsersType  = newModuleType("_SubParsersAction", "argparse")
	actionType      = newModuleType("Action", "argparse")
	boolOptType     *rt.Type // BooleanOptionalAction
	namespaceType   *rt.Type
	argTypeErrType  *rt.Type
	argErrType      *rt.Type
	suppressDefault = rt.Str("==SUPPRESS==")
)

type argAction struct {
	options  []string // empty for positionals
	dest     string
	action   string
	nargs    rt.Value // nil, Str("?"), Str("*"), Str("+"), Int
	constV   rt.Value
	def      rt.Value
	typ      rt.Value
	choices  rt.Value
	required bool
	help     rt.Value
	metavar  rt.Value
	version  string
	group    *argGroup
	mutex    *mutexGroup
	sub      *subParsers
}

func (*argAction) Type() *rt.Type { return actionType }

func (a *argAction) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "dest":
		return rt.Str(a.dest), nil
	case "default":
		return dtOrNone(a.def), nil
	case "help":
		return dtOrNone(a.help), nil
	case "option_strings":
		return rt.NewList(strValues(a.options)), nil
	case "required":
		return rt.Bool(a.required), nil
	}
	return nil, nil
}

func (a *argAction) SetAttr(th *rt.Thread, name string, v rt.Value) error {
	switch name {
	case "default":
		a.def = v
	case "help":
		a.help = v
	case "required":
		a.required = rt.Truthy(v)
	default:
		return rt.NewError(rt.AttributeErrorType, "cannot set '%s'", name)
	}
	return nil
}

type argGroup struct {
	parser      *argParser
	title       string
	description rt.Value
	actions     []*argAction
}

func (*argGroup) Type() *rt.Type { return argGroupType }

type mutexGroup struct {
	argGroup
	required bool
}

type subParsers struct {
	action  *argAction
	parser  *argParser
	choices []string
	parsers map[string]*argParser
	helps   map[string]rt.Value
	title   rt.Value
}

func (*subParsers) Type() *rt.Type { return subParsersType }

type argParser struct {
	mu          sync.Mutex
	prog        string
	usage       rt.Value
	description rt.Value
	epilog      rt.Value
	actions     []*argAction
	groups      []*argGroup // positionals, options, then user groups
	mutexes     []*mutexGroup
	defaults    *rt.Dict
	sub         *subParsers
	exitOnError bool
	prefix      string
	formatter   string // HelpFormatter class name
}

func (*argParser) Type() *rt.Type { return argParserType }

func sysArgvStrings(th *rt.Thread) []string {
	v, ok := sysOf(th).Dict.GetStr("argv")
	if !ok {
		return nil
	}
	items, err := rt.IterateAll(th, v)
	if err != nil {
		return nil
	}
	out := make([]string, len(items))
	for i, it := range items {
		out[i], _ = rt.ToStr(th, it)
	}
	return out
}

func writeStream(th *rt.Thread, name, s string) error {
	f, ok := sysOf(th).Dict.GetStr(name)
	if !ok {
		return nil
	}
	_, err := rt.CallMethod(th, f, "write", []rt.Value{rt.Str(s)}, nil)
	if err == nil {
		rt.CallMethod(th, f, "flush", nil, nil)
	}
	return err
}

func argExit(code int) error {
	return rt.NewException(rt.ExceptionTypes()["SystemExit"], rt.MakeInt(int64(code)))
}

func newArgParser(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var prog, usage, description, epilog, formatter, parents, argDefault, conflict rt.Value = rt.None, rt.None, rt.None, rt.None, rt.None, rt.None, rt.None, rt.None
	prefixChars := "-"
	addHelp, exitOnError, allowAbbrev := true, true, true
	var fromfile rt.Value = rt.None
	if err := rt.UnpackArgs("ArgumentParser", args, kwargs, "prog?", &prog, "usage?", &usage, "description?", &description,
		"epilog?", &epilog, "parents?", &parents, "formatter_class?", &formatter, "prefix_chars?", &prefixChars,
		"fromfile_prefix_chars?", &fromfile, "argument_default?", &argDefault, "conflict_handler?", &conflict,
		"add_help?", &addHelp, "allow_abbrev?", &allowAbbrev, "exit_on_error?", &exitOnError); err != nil {
		return nil, err
	}
	p := &argParser{usage: usage, description: description, epilog: epilog, defaults: rt.NewDict(), exitOnError: exitOnError, prefix: prefixChars}
	if ft, ok := formatter.(*rt.Type); ok {
		for _, t := range ft.MRO() {
			switch t.Name() {
			case "RawDescriptionHelpFormatter", "RawTextHelpFormatter", "ArgumentDefaultsHelpFormatter":
				p.formatter = t.Name()
			}
			if p.formatter != "" {
				break
			}
		}
	}
	if s, ok := prog.(rt.Str); ok {
		p.prog = string(s)
	} else {
		argv := sysArgvStrings(th)
		if len(argv) > 0 {
			p.prog = filepath.Base(argv[0])
		} else {
			p.prog = filepath.Base(os.Args[0])
		}
	}
	p.groups = []*argGroup{{parser: p, title: "positional arguments"}, {parser: p, title: "options"}}
	if addHelp {
		p.addAction(&argAction{options: []string{"-h", "--help"}, dest: "help", action: "help", def: suppressDefault, nargs: rt.MakeInt(0),
			help: rt.Str("show this help message and exit")}, nil)
	}
	if parents != rt.None {
		ps, err := rt.IterateAll(th, parents)
		if err != nil {
			return nil, err
		}
		for _, pv := range ps {
			if pp, ok := pv.(*argParser); ok {
				for _, a := range pp.actions {
					if a.action == "help" && addHelp {
						continue
					}
					c := *a
					p.addAction(&c, nil)
				}
			}
		}
	}
	return p, nil
}

func (p *argParser) addAction(a *argAction, g *argGroup) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.actions = append(p.actions, a)
	if g == nil {
		if len(a.options) == 0 {
			g = p.groups[0]
		} else {
			g = p.groups[1]
		}
	}
	a.group = g
	g.actions = append(g.actions, a)
}

func (p *argParser) isOption(s string) bool {
	return len(s) > 1 && strings.ContainsRune(p.prefix, rune(s[0])) && !isNegativeNumber(s)
}

func isNegativeNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil && strings.HasPrefix(s, "-")
}

// addArgument is add_argument(*name_or_flags, **kwargs).
func (p *argParser) addArgument(th *rt.Thread, g *argGroup, mg *mutexGroup, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	a := &argAction{action: "store"}
	var names []string
	for _, v := range args {
		s, ok := v.(rt.Str)
		if !ok {
			return nil, rt.NewError(rt.TypeErrorType, "add_argument() argument must be str")
		}
		names = append(names, string(s))
	}
	if len(names) == 0 {
		return nil, rt.NewError(rt.TypeErrorType, "add_argument() missing required argument: 'dest'")
	}
	explicitDest := ""
	for _, kw := range kwargs {
		switch kw.Name {
		case "action":
			if kw.Value == boolOptType {
				a.action = "boolopt"
				continue
			}
			s, ok := kw.Value.(rt.Str)
			if !ok {
				return nil, rt.NewError(rt.ValueErrorType, "unknown action %s", mustRepr(kw.Value))
			}
			a.action = string(s)
		case "nargs":
			a.nargs = kw.Value
		case "const":
			a.constV = kw.Value
		case "default":
			a.def = kw.Value
		case "type":
			a.typ = kw.Value
		case "choices":
			a.choices = kw.Value
		case "required":
			a.required = rt.Truthy(kw.Value)
		case "help":
			a.help = kw.Value
		case "metavar":
			a.metavar = kw.Value
		case "dest":
			explicitDest, _ = rt.ToStr(th, kw.Value)
		case "version":
			a.version, _ = rt.ToStr(th, kw.Value)
		default:
			return nil, rt.NewError(rt.TypeErrorType, "Action.__init__() got an unexpected keyword argument '%s'", kw.Name)
		}
	}
	if p.isOption(names[0]) {
		a.options = names
		long := ""
		for _, n := range names {
			if strings.HasPrefix(n, p.prefix[:1]+p.prefix[:1]) && long == "" {
				long = n
			}
		}
		if long == "" {
			long = names[0]
		}
		a.dest = strings.ReplaceAll(strings.TrimLeft(long, p.prefix), "-", "_")
	} else {
		if len(names) > 1 {
			return nil, rt.NewError(rt.ValueErrorType, "invalid option string %s: must start with a character '%s'", pyQuote(names[1]), p.prefix)
		}
		if explicitDest != "" {
			return nil, rt.NewError(rt.ValueErrorType, "dest supplied twice for positional argument")
		}
		a.dest = names[0]
		if a.required {
			return nil, rt.NewError(rt.TypeErrorType, "'required' is an invalid argument for positionals")
		}
		// As CPython: a positional is required unless its nargs is '?',
		// or '*' with an explicit default.
		ns, _ := a.nargs.(rt.Str)
		a.required = !(ns == "?" || ns == "*" && a.def != nil)
	}
	if explicitDest != "" {
		a.dest = explicitDest
	}
	switch a.action {
	case "store_true":
		if a.def == nil {
			a.def = rt.False
		}
		a.constV = rt.True
		a.nargs = rt.MakeInt(0)
	case "store_false":
		if a.def == nil {
			a.def = rt.True
		}
		a.constV = rt.False
		a.nargs = rt.MakeInt(0)
	case "boolopt":
		// BooleanOptionalAction: each --flag gets a --no-flag after it;
		// --flag stores True, --no-flag False.
		var opts []string
		for _, o := range a.options {
			opts = append(opts, o)
			if strings.HasPrefix(o, "--") {
				opts = append(opts, "--no-"+o[2:])
			}
		}
		a.options = opts
		a.nargs = rt.MakeInt(0)
	case "store_const", "append_const", "count", "help", "version":
		a.nargs = rt.MakeInt(0)
		if a.action == "help" || a.action == "version" {
			a.def = suppressDefault
			if a.help == nil {
				if a.action == "help" {
					a.help = rt.Str("show this help message and exit")
				} else {
					a.help = rt.Str("show program's version number and exit")
				}
			}
		}
	case "store", "append", "extend":
		if n, ok := a.nargs.(rt.Int); ok && n == 0 {
			return nil, rt.NewError(rt.ValueErrorType, "nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate")
		}
	default:
		return nil, rt.NewError(rt.ValueErrorType, "unknown action \"%s\"", a.action)
	}
	if a.def == nil {
		if v, ok := p.defaults.GetStr(a.dest); ok {
			a.def = v
		}
	}
	if mg != nil {
		a.mutex = mg
		mg.actions = append(mg.actions, a)
	}
	p.addAction(a, g)
	return a, nil
}

// ---- parsing ----

type parseState struct {
	th     *rt.Thread
	p      *argParser
	ns     rt.Value
	seen   map[*argAction]bool
	extras []string
}

type argError struct{ msg string }

func (e *argError) Error() string { return e.msg }

func argName(a *argAction) string {
	if len(a.options) > 0 {
		return strings.Join(a.options, "/")
	}
	if a.metavar != nil && a.metavar != rt.None {
		s, _ := rt.ToStr(nil, a.metavar)
		return s
	}
	if a.dest != "==SUPPRESS==" && a.dest != "" {
		return a.dest
	}
	if a.sub != nil {
		return "{" + strings.Join(a.sub.choices, ",") + "}"
	}
	return a.dest
}

func (st *parseState) fail(a *argAction, format string, args ...any) error {
	msg := format
	if len(args) > 0 {
		msg = sprintf(format, args...)
	}
	if a != nil {
		msg = "argument " + argName(a) + ": " + msg
	}
	return &argError{msg}
}

func sprintf(format string, args ...any) string { return fmtSprintf(format, args...) }

// convert applies type= and checks choices.
func (st *parseState) convert(a *argAction, s string) (rt.Value, error) {
	var v rt.Value = rt.Str(s)
	if a.typ != nil && a.typ != rt.None {
		r, err := rt.Call(st.th, a.typ, []rt.Value{v}, nil)
		if err != nil {
			exc := rt.AsException(err)
			if exc != nil && exc.Class.IsSubtype(argTypeErrType) {
				msg := ""
				if len(exc.Args) > 0 {
					msg, _ = rt.ToStr(st.th, exc.Args[0])
				}
				return nil, st.fail(a, "%s", msg)
			}
			if rt.IsExc(err, rt.TypeErrorType) || rt.IsExc(err, rt.ValueErrorType) {
				name := mustRepr(a.typ)
				if n, err := rt.GetAttr(st.th, a.typ, "__name__"); err == nil {
					name, _ = rt.ToStr(st.th, n)
				}
				return nil, st.fail(a, "invalid %s value: %s", name, pyQuote(s))
			}
			return nil, err
		}
		v = r
	}
	if err := st.checkChoice(a, v); err != nil {
		return nil, err
	}
	return v, nil
}

func (st *parseState) checkChoice(a *argAction, v rt.Value) error {
	if a.choices == nil || a.choices == rt.None {
		return nil
	}
	ok, err := rt.Contains(st.th, a.choices, v)
	if err != nil {
		return err
	}
	if ok {
		return nil
	}
	items, _ := rt.IterateAll(st.th, a.choices)
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = mustRepr(it)
	}
	return st.fail(a, "invalid choice: %s (choose from %s)", mustRepr(v), strings.Join(parts, ", "))
}

func (st *parseState) get(dest string) rt.Value {
	v, err := rt.GetAttr(st.th, st.ns, dest)
	if err != nil || v == nil {
		return rt.None
	}
	return v
}

func (st *parseState) set(dest string, v rt.Value) error { return rt.SetAttr(st.th, st.ns, dest, v) }

// apply performs action a with its argument strings.
func (st *parseState) apply(a *argAction, vals []string, optString string) error {
	if a.mutex != nil {
		for _, o := range a.mutex.actions {
			if o != a && st.seen[o] {
				return st.fail(a, "not allowed with argument %s", argName(o))
			}
		}
	}
	st.seen[a] = true
	conv := func() ([]rt.Value, error) {
		out := make([]rt.Value, len(vals))
		for i, s := range vals {
			v, err := st.convert(a, s)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	}
	single := a.nargs == nil || a.nargs == rt.Str("?")
	switch a.action {
	case "help":
		if err := writeStream(st.th, "stdout", st.p.formatHelp(st.th)); err != nil {
			return err
		}
		return argExit(0)
	case "version":
		v := strings.ReplaceAll(a.version, "%(prog)s", st.p.prog)
		if err := writeStream(st.th, "stdout", v+"\n"); err != nil {
			return err
		}
		return argExit(0)
	case "store_true", "store_false", "store_const":
		return st.set(a.dest, dtOrNone(a.constV))
	case "boolopt":
		return st.set(a.dest, rt.Bool(!strings.HasPrefix(optString, "--no-")))
	case "append_const":
		return st.appendTo(a.dest, []rt.Value{dtOrNone(a.constV)})
	case "count":
		cur := st.get(a.dest)
		if cur == rt.None {
			cur = rt.MakeInt(0)
		}
		n, err := rt.BinaryOp(st.th, astAdd, cur, rt.MakeInt(1))
		if err != nil {
			return err
		}
		return st.set(a.dest, n)
	}
	var value rt.Value
	if len(vals) == 0 && a.nargs == rt.Str("?") {
		value = dtOrNone(a.constV)
		if len(a.options) == 0 {
			value = dtOrNone(a.def)
			if s, ok := value.(rt.Str); ok {
				v, err := st.convert(a, string(s))
				if err != nil {
					return err
				}
				value = v
			}
		}
	} else if len(vals) == 0 && a.nargs == rt.Str("*") && len(a.options) == 0 {
		if a.def != nil && a.def != rt.None {
			value = a.def
		} else {
			value = rt.NewList(nil)
		}
		if err := st.checkChoice(a, value); err != nil && a.def != nil {
			return err
		}
	} else {
		cv, err := conv()
		if err != nil {
			return err
		}
		if single {
			value = cv[0]
		} else {
			value = rt.NewList(cv)
		}
	}
	switch a.action {
	case "append":
		return st.appendTo(a.dest, []rt.Value{value})
	case "extend":
		items, err := rt.IterateAll(st.th, value)
		if err != nil {
			return err
		}
		return st.appendTo(a.dest, items)
	}
	return st.set(a.dest, value)
}

func (st *parseState) appendTo(dest string, vals []rt.Value) error {
	cur := st.get(dest)
	var items []rt.Value
	if cur != rt.None {
		var err error
		if items, err = rt.IterateAll(st.th, cur); err != nil {
			return err
		}
	}
	return st.set(dest, rt.NewList(append(items, vals...)))
}

// nargsRange is the minimum and maximum count of arguments.
func nargsRange(a *argAction) (int, int) {
	switch n := a.nargs.(type) {
	case nil:
		return 1, 1
	case rt.Str:
		switch n {
		case "?":
			return 0, 1
		case "*":
			return 0, 1 << 30
		case "+":
			return 1, 1 << 30
		case "...":
			return 0, 1 << 30
		}
	case rt.Int:
		return int(n), int(n)
	}
	if n, ok := rt.AsInt64(a.nargs); ok {
		return int(n), int(n)
	}
	return 1, 1
}

func expectedMsg(a *argAction) string {
	switch n := a.nargs.(type) {
	case nil:
		return "expected one argument"
	case rt.Str:
		if n == "+" {
			return "expected at least one argument"
		}
		if n == "?" {
			return "expected at most one argument"
		}
	}
	lo, _ := nargsRange(a)
	if lo == 1 {
		return "expected 1 argument"
	}
	return "expected " + strconv.Itoa(lo) + " arguments"
}

// findOption finds the action of an option string; explicit is an
// attached argument (--x=1, -x=1, -x1); fromEq says it came after '='.
func (p *argParser) findOption(s string) (a *argAction, explicit string, hasExplicit, fromEq bool, err error) {
	exact := func(name string) *argAction {
		for _, a := range p.actions {
			for _, o := range a.options {
				if o == name {
					return a
				}
			}
		}
		return nil
	}
	if a := exact(s); a != nil {
		return a, "", false, false, nil
	}
	if i := strings.IndexByte(s, '='); i >= 0 {
		if a := exact(s[:i]); a != nil {
			return a, s[i+1:], true, true, nil
		}
	}
	if strings.HasPrefix(s, "--") {
		name, explicit, has := s, "", false
		if i := strings.IndexByte(s, '='); i >= 0 {
			name, explicit, has = s[:i], s[i+1:], true
		}
		var matches []*argAction
		var opts []string
		for _, a := range p.actions {
			for _, o := range a.options {
				if strings.HasPrefix(o, name) && strings.HasPrefix(o, "--") {
					matches = append(matches, a)
					opts = append(opts, o)
				}
			}
		}
		if len(matches) == 1 {
			return matches[0], explicit, has, has, nil
		}
		if len(matches) > 1 {
			return nil, "", false, false, &argError{"ambiguous option: " + name + " could match " + strings.Join(opts, ", ")}
		}
		return nil, "", false, false, nil
	}
	if len(s) > 2 {
		if a := exact(s[:2]); a != nil {
			return a, s[2:], true, false, nil
		}
	}
	return nil, "", false, false, nil
}

func (p *argParser) parseInto(th *rt.Thread, argv []string, ns rt.Value, allowExtras bool) ([]string, error) {
	st := &parseState{th: th, p: p, ns: ns, seen: map[*argAction]bool{}}
	// defaults
	for _, a := range p.actions {
		if a.def == suppressDefault {
			continue
		}
		if has, _ := rt.HasAttr(th, ns, a.dest); has {
			continue
		}
		def := dtOrNone(a.def)
		if s, ok := def.(rt.Str); ok && a.typ != nil && a.typ != rt.None && (len(a.options) > 0 || a.nargs == nil) {
			v, err := st.convert(a, string(s))
			if err != nil {
				return nil, err
			}
			def = v
		}
		if err := st.set(a.dest, def); err != nil {
			return nil, err
		}
	}
	for _, kv := range p.defaults.Items() {
		k, _ := rt.ToStr(th, kv[0])
		if has, _ := rt.HasAttr(th, ns, k); !has {
			if err := st.set(k, kv[1]); err != nil {
				return nil, err
			}
		}
	}
	var pending []*argAction
	for _, a := range p.actions {
		if len(a.options) == 0 {
			pending = append(pending, a)
		}
	}
	subDone := false
	// consume matches a run of positional strings against the pending
	// positional actions as CPython's consume_positionals does (as many
	// actions as can match, each greedy); it returns how many strings it
	// used, and for a subcommand hands everything after it to the
	// subparser.
	consume := func(chunk []string, after []string) (int, error) {
		n := len(pending)
		for n > 0 {
			sum := 0
			for _, a := range pending[:n] {
				lo, _ := nargsRange(a)
				sum += lo
			}
			if sum <= len(chunk) {
				break
			}
			n--
		}
		acts := pending[:n]
		pending = pending[n:]
		used := 0
		for k, a := range acts {
			if a.sub != nil {
				if used >= len(chunk) {
					break
				}
				cmd := chunk[used]
				rest := append(append([]string(nil), chunk[used+1:]...), after...)
				subDone = true
				st.seen[a] = true
				if err := p.runSub(st, a, cmd, rest); err != nil {
					return 0, err
				}
				return len(chunk), nil
			}
			minRest := 0
			for _, b := range acts[k+1:] {
				lo, _ := nargsRange(b)
				minRest += lo
			}
			lo, hi := nargsRange(a)
			take := len(chunk) - used - minRest
			if take > hi {
				take = hi
			}
			if take < lo {
				take = lo
			}
			if err := st.apply(a, chunk[used:used+take], ""); err != nil {
				return 0, err
			}
			used += take
		}
		return used, nil
	}
	i := 0
	for i < len(argv) && !subDone {
		s := argv[i]
		if s == "--" || !p.isOption(s) {
			j := i
			var chunk []string
			for j < len(argv) && !p.isOption(argv[j]) {
				if argv[j] == "--" && j == i {
					j++
					continue
				}
				chunk = append(chunk, argv[j])
				j++
			}
			if s == "--" {
				chunk = argv[i+1:]
				j = len(argv)
			}
			used, err := consume(chunk, argv[j:])
			if err != nil {
				return nil, err
			}
			if subDone {
				break
			}
			st.extras = append(st.extras, chunk[used:]...)
			i = j
			continue
		}
		a, explicit, hasExplicit, fromEq, err := p.findOption(s)
		if err != nil {
			return nil, err
		}
		if a == nil {
			st.extras = append(st.extras, s)
			i++
			continue
		}
		lo, hi := nargsRange(a)
		i++
		if hasExplicit {
			if hi == 0 {
				if !fromEq && explicit != "" {
					// combined short flags: -vvv, -ab
					if err := st.apply(a, nil, s); err != nil {
						return nil, err
					}
					argv = append(argv[:i:i], append([]string{"-" + explicit}, argv[i:]...)...)
					continue
				}
				return nil, st.fail(a, "ignored explicit argument %s", pyQuote(explicit))
			}
			if lo > 1 {
				return nil, st.fail(a, "%s", expectedMsg(a))
			}
			if err := st.apply(a, []string{explicit}, s); err != nil {
				return nil, err
			}
			continue
		}
		var vals []string
		for i < len(argv) && len(vals) < hi && !p.isOption(argv[i]) && argv[i] != "--" {
			vals = append(vals, argv[i])
			i++
		}
		if len(vals) < lo {
			return nil, st.fail(a, "%s", expectedMsg(a))
		}
		if err := st.apply(a, vals, s); err != nil {
			return nil, err
		}
	}
	if !subDone {
		if _, err := consume(nil, nil); err != nil {
			return nil, err
		}
	}
	var missing []string
	for _, a := range p.actions {
		if a.required && !st.seen[a] {
			missing = append(missing, argName(a))
		}
	}
	if len(missing) > 0 {
		return nil, &argError{"the following arguments are required: " + strings.Join(missing, ", ")}
	}
	for _, mg := range p.mutexes {
		if !mg.required {
			continue
		}
		found := false
		for _, a := range mg.actions {
			found = found || st.seen[a]
		}
		if !found {
			var names []string
			for _, a := range mg.actions {
				if a.help != suppressDefault {
					names = append(names, argName(a))
				}
			}
			return nil, &argError{"one of the arguments " + strings.Join(names, " ") + " is required"}
		}
	}
	if len(st.extras) > 0 && !allowExtras {
		return nil, &argError{"unrecognized arguments: " + strings.Join(st.extras, " ")}
	}
	return st.extras, nil
}

// runSub runs the subcommand's parser on the rest of the arguments.
func (p *argParser) runSub(st *parseState, a *argAction, cmd string, rest []string) error {
	sp := a.sub
	sub, ok := sp.parsers[cmd]
	if !ok {
		parts := make([]string, len(sp.choices))
		for i, c := range sp.choices {
			parts[i] = pyQuote(c)
		}
		return st.fail(a, "invalid choice: %s (choose from %s)", pyQuote(cmd), strings.Join(parts, ", "))
	}
	if a.dest != "==SUPPRESS==" && a.dest != "" {
		if err := st.set(a.dest, rt.Str(cmd)); err != nil {
			return err
		}
	}
	extras, err := sub.parseInto(st.th, rest, st.ns, true)
	if err != nil {
		if ae, ok := err.(*argError); ok {
			return &subError{parser: sub, msg: ae.msg}
		}
		return err
	}
	st.extras = append(st.extras, extras...)
	return nil
}

// subError is an error of a subcommand's parser (reported with its usage).
type subError struct {
	parser *argParser
	msg    string
}

func (e *subError) Error() string { return e.msg }

// errorExit prints usage and "prog: error: msg" to stderr and exits 2.
func (p *argParser) errorExit(th *rt.Thread, msg string) error {
	if err := writeStream(th, "stderr", p.formatUsage(th)+p.prog+": error: "+msg+"\n"); err != nil {
		return err
	}
	return argExit(2)
}

func (p *argParser) parse(th *rt.Thread, args rt.Value, ns rt.Value, known bool) (rt.Value, []string, error) {
	var argv []string
	if args == nil || args == rt.None {
		all := sysArgvStrings(th)
		if len(all) > 0 {
			argv = all[1:]
		}
	} else {
		items, err := rt.IterateAll(th, args)
		if err != nil {
			return nil, nil, err
		}
		for _, it := range items {
			s, err := rt.ToStr(th, it)
			if err != nil {
				return nil, nil, err
			}
			argv = append(argv, s)
		}
	}
	if ns == nil || ns == rt.None {
		var err error
		if ns, err = rt.Call(th, namespaceType, nil, nil); err != nil {
			return nil, nil, err
		}
	}
	extras, err := p.parseInto(th, argv, ns, known)
	if err != nil {
		switch e := err.(type) {
		case *argError:
			if !p.exitOnError {
				return nil, nil, rt.NewException(argErrType, rt.Str(e.msg))
			}
			return nil, nil, p.errorExit(th, e.msg)
		case *subError:
			return nil, nil, e.parser.errorExit(th, e.msg)
		}
		return nil, nil, err
	}
	return ns, extras, nil
}

// loadArgparseModule makes the argparse module (registered in modules.go).
func loadArgparseModule() *rt.Module {
	setupArgparseTypes()
	m := rt.NewModule("argparse")
	m.Dict.SetStr("ArgumentParser", argParserType)
	m.Dict.SetStr("Namespace", namespaceType)
	m.Dict.SetStr("ArgumentTypeError", argTypeErrType)
	m.Dict.SetStr("ArgumentError", argErrType)
	m.Dict.SetStr("Action", actionType)
	m.Dict.SetStr("BooleanOptionalAction", boolOptType)
	m.Dict.SetStr("SUPPRESS", suppressDefault)
	m.Dict.SetStr("REMAINDER", rt.Str("..."))
	m.Dict.SetStr("OPTIONAL", rt.Str("?"))
	m.Dict.SetStr("ZERO_OR_MORE", rt.Str("*"))
	m.Dict.SetStr("ONE_OR_MORE", rt.Str("+"))
	for _, n := range []string{"HelpFormatter", "RawDescriptionHelpFormatter", "RawTextHelpFormatter", "ArgumentDefaultsHelpFormatter", "MetavarTypeHelpFormatter"} {
		m.Dict.SetStr(n, goClass(n, "argparse", nil))
	}
	m.Dict.SetStr("FileType", rt.NewFunc("FileType", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		mode := rt.Value(rt.Str("r"))
		if len(args) > 0 {
			mode = args[0]
		}
		return rt.NewFunc("FileType", func(th *rt.Thread, a []rt.Value, kw []rt.KwArg) (rt.Value, error) {
			if s, _ := rt.ToStr(th, a[0]); s == "-" {
				if strings.Contains(string(mode.(rt.Str)), "w") {
					v, _ := sysOf(th).Dict.GetStr("stdout")
					return v, nil
				}
				v, _ := sysOf(th).Dict.GetStr("stdin")
				return v, nil
			}
			open, err := openOf(th)
			if err != nil {
				return nil, err
			}
			return rt.Call(th, open, []rt.Value{a[0], mode}, nil)
		}), nil
	}))
	return m
}

// argparseSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var argparseSetup sync.Once

func setupArgparseTypes() { argparseSetup.Do(initArgparseTypes) }

func initArgparseTypes() {
	argParserType.New = newArgParser
	exc := rt.ExceptionTypes()["Exception"]
	argTypeErrType = goClass("ArgumentTypeError", "argparse", []*rt.Type{exc})
	argErrType = goClass("ArgumentError", "argparse", []*rt.Type{exc})
	boolOptType = goClass("BooleanOptionalAction", "argparse", []*rt.Type{actionType})
	namespaceType = goClass("Namespace", "argparse", nil,
		"__init__", meth("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			// A per-instance dict keeps CPython's attribute order (the
			// order this namespace was given them), whatever other
			// namespaces saw first.
			if inst, ok := self.(*rt.Instance); ok {
				inst.Dict()
			}
			for _, kw := range kwargs {
				if err := rt.SetAttr(th, self, kw.Name, kw.Value); err != nil {
					return nil, err
				}
			}
			return rt.None, nil
		}),
		"__repr__", meth("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d := self.(*rt.Instance).Dict()
			items := d.Items()
			parts := make([]string, 0, len(items))
			for _, kv := range items {
				k, _ := kv[0].(rt.Str)
				r, err := rt.Repr(th, kv[1])
				if err != nil {
					return nil, err
				}
				if isIdentifier(string(k)) {
					parts = append(parts, string(k)+"="+r)
				} else {
					parts = append(parts, "**{"+pyQuote(string(k))+": "+r+"}")
				}
			}
			return rt.Str(clsName(self) + "(" + strings.Join(parts, ", ") + ")"), nil
		}),
		"__eq__", meth("__eq__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			o, ok := args[0].(*rt.Instance)
			if !ok || !o.Type().IsSubtype(namespaceType) {
				return rt.NotImplemented, nil
			}
			eq, err := rt.Equal(th, self.(*rt.Instance).Dict(), o.Dict())
			return rt.Bool(eq), err
		}),
		"__contains__", meth("__contains__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			ok, err := self.(*rt.Instance).Dict().Contains(th, args[0])
			return rt.Bool(ok), err
		}),
	)
	initArgparseMethods()
}
