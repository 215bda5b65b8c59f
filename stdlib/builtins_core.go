package stdlib

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	rt "github.com/spindle-lang/spindle/runtime"
)

// Builtins about printing, reading, attributes and identity.

// Locals is set by the interpreter: it returns the calling frame's local
// namespace for vars() and dir() without arguments. When nil, those forms
// raise TypeError.
var Locals func(th *rt.Thread) (rt.Value, error)

// register adds built-in functions to runtime.Builtins.
func register(fns ...*rt.Builtin) {
	for _, f := range fns {
		rt.Builtins.SetStr(f.Name, f)
	}
}

func init() {
	register(
		rt.NewFunc("print", builtinPrint),
		rt.NewFunc("input", builtinInput),
		rt.NewFunc1("len", builtinLen),
		rt.NewFunc1("repr", builtinRepr),
		rt.NewFunc("ascii", builtinASCII),
		rt.NewFunc1("hash", builtinHash),
		rt.NewFunc("id", builtinID),
		rt.NewFunc1("callable", builtinCallable),
		rt.Func2(rt.NewFunc("getattr", builtinGetattr), func(th *rt.Thread, a, b rt.Value) (rt.Value, error) {
			args := [2]rt.Value{a, b}
			return builtinGetattr(th, args[:], nil)
		}),
		rt.NewFunc("setattr", builtinSetattr),
		rt.Func2(rt.NewFunc("hasattr", builtinHasattr), func(th *rt.Thread, a, b rt.Value) (rt.Value, error) {
			args := [2]rt.Value{a, b}
			return builtinHasattr(th, args[:], nil)
		}),
		rt.NewFunc("delattr", builtinDelattr),
		rt.NewFunc("format", builtinFormat),
		rt.NewFunc("vars", builtinVars),
		rt.NewFunc("dir", builtinDir),
		rt.NewFunc("__import__", builtinImport),
	)
}

// checkArgCount checks a positional-only builtin's argument count with
// CPython's "X expected at most N arguments, got M" wording.
func checkArgCount(name string, args []rt.Value, kwargs []rt.KwArg, min, max int) error {
	if len(kwargs) > 0 {
		return rt.NewError(rt.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if min == max && len(args) != min {
		return rt.NewError(rt.TypeErrorType, "%s expected %d argument%s, got %d", name, min, plural(min), len(args))
	}
	if len(args) < min {
		return rt.NewError(rt.TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, plural(min), len(args))
	}
	if len(args) > max {
		return rt.NewError(rt.TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, plural(max), len(args))
	}
	return nil
}

func itoa(n int) string { return strconv.Itoa(n) }

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// oneArg unpacks the single positional argument of f(x) builtins.
func oneArg(name string, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	return rt.OneArg(name, args, kwargs)
}

// sysStream returns sys.stdout, sys.stderr or sys.stdin of th's
// interpreter as currently set (a program may replace them).
func sysStream(th *rt.Thread, name string) (rt.Value, error) {
	v, ok := sysOf(th).Dict.GetStr(name)
	if !ok {
		return nil, rt.NewError(rt.RuntimeErrorType, "lost sys.%s", name)
	}
	return v, nil
}

// builtinPrint is print(*objects, sep=' ', end='\n', file=None,
// flush=False). When the target is a real file object, the whole line is
// converted first and written with one locked write (fast, and lines of
// concurrent threads never interleave); any other object gets CPython's
// sequence of write() calls.
func builtinPrint(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	sep, end := " ", "\n"
	var file rt.Value = rt.None
	flush := false
	for _, kw := range kwargs {
		switch kw.Name {
		case "sep", "end":
			s, ok := kw.Value.(rt.Str)
			if !ok && kw.Value != rt.None {
				return nil, rt.NewError(rt.TypeErrorType, "%s must be None or a string, not %s", kw.Name, rt.TypeName(kw.Value))
			}
			if ok && kw.Name == "sep" {
				sep = string(s)
			} else if ok {
				end = string(s)
			}
		case "file":
			file = kw.Value
		case "flush":
			t, err := rt.Truth(th, kw.Value)
			if err != nil {
				return nil, err
			}
			flush = t
		default:
			return nil, rt.NewError(rt.TypeErrorType, "'%s' is an invalid keyword argument for print()", kw.Name)
		}
	}
	if file == rt.None {
		var err error
		if file, err = sysStream(th, "stdout"); err != nil {
			return nil, err
		}
		if file == rt.None {
			return rt.None, nil
		}
	}
	if f, ok := file.(*rt.File); ok && !f.Binary() {
		if err := printToFile(th, f, args, sep, end); err != nil {
			return nil, err
		}
	} else if err := printToObject(th, file, args, sep, end); err != nil {
		return nil, err
	}
	if flush {
		if _, err := rt.CallMethod(th, file, "flush", nil, nil); err != nil {
			return nil, err
		}
	}
	return rt.None, nil
}

func printToFile(th *rt.Thread, f *rt.File, args []rt.Value, sep, end string) error {
	switch len(args) {
	case 0:
		return f.WriteStringTh(th, end)
	case 1:
		s, err := rt.ToStr(th, args[0])
		if err != nil {
			return err
		}
		return f.WriteStrings(s, end)
	}
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := rt.ToStr(th, a)
		if err != nil {
			return err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	return f.WriteStringTh(th, b.String())
}

func printToObject(th *rt.Thread, file rt.Value, args []rt.Value, sep, end string) error {
	if ms, ok := file.(*memStream); ok && !ms.binary {
		return ms.printText(th, args, sep, end)
	}
	write, err := rt.GetAttr(th, file, "write")
	if err != nil {
		return err
	}
	put := func(s string) error {
		_, err := rt.Call(th, write, []rt.Value{rt.Str(s)}, nil)
		return err
	}
	for i, a := range args {
		if i > 0 {
			if err := put(sep); err != nil {
				return err
			}
		}
		s, err := rt.ToStr(th, a)
		if err != nil {
			return err
		}
		if err := put(s); err != nil {
			return err
		}
	}
	return put(end)
}

// builtinInput is input(prompt=”): the prompt goes to sys.stdout, the
// line comes from sys.stdin without its newline; EOFError at end of input.
func builtinInput(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := checkArgCount("input", args, kwargs, 0, 1); err != nil {
		return nil, err
	}
	out, err := sysStream(th, "stdout")
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		p, err := rt.ToStr(th, args[0])
		if err != nil {
			return nil, err
		}
		if f, ok := out.(*rt.File); ok {
			err = f.WriteStringTh(th, p)
		} else if out != rt.None {
			_, err = rt.CallMethod(th, out, "write", []rt.Value{rt.Str(p)}, nil)
		}
		if err != nil {
			return nil, err
		}
	}
	if out != rt.None {
		if _, err := rt.CallMethod(th, out, "flush", nil, nil); err != nil {
			return nil, err
		}
	}
	in, err := sysStream(th, "stdin")
	if err != nil {
		return nil, err
	}
	var line rt.Value
	if f, ok := in.(*rt.File); ok {
		line, err = f.ReadLineTh(th, -1)
	} else {
		line, err = rt.CallMethod(th, in, "readline", nil, nil)
	}
	if err != nil {
		return nil, err
	}
	s, ok := line.(rt.Str)
	if !ok {
		return nil, rt.NewError(rt.TypeErrorType, "object.readline() returned non-string")
	}
	if s == "" {
		return nil, rt.NewError(rt.EOFErrorType, "EOF when reading a line")
	}
	return rt.Str(strings.TrimSuffix(string(s), "\n")), nil
}

func builtinLen(th *rt.Thread, v rt.Value) (rt.Value, error) {
	n, err := rt.Len(th, v)
	if err != nil {
		return nil, err
	}
	return rt.MakeInt(int64(n)), nil
}

func builtinRepr(th *rt.Thread, v rt.Value) (rt.Value, error) {
	s, err := rt.Repr(th, v)
	return rt.Str(s), err
}

func builtinASCII(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	v, err := oneArg("ascii", args, kwargs)
	if err != nil {
		return nil, err
	}
	s, err := rt.Repr(th, v)
	if err != nil {
		return nil, err
	}
	return rt.Str(asciiEscape(s)), nil
}

// asciiEscape replaces non-ASCII characters by \x, \u or \U escapes.
func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	return b.String()
}

func builtinHash(th *rt.Thread, v rt.Value) (rt.Value, error) {
	h, err := rt.Hash(th, v)
	if err != nil {
		return nil, err
	}
	return rt.MakeInt(h), nil
}

func builtinID(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	v, err := oneArg("id", args, kwargs)
	if err != nil {
		return nil, err
	}
	return rt.MakeInt(int64(rt.Id(v))), nil
}

func builtinCallable(th *rt.Thread, v rt.Value) (rt.Value, error) {
	return rt.Bool(rt.IsCallable(v)), nil
}

// isCallable is callable(v) (runtime.IsCallable).
func isCallable(v rt.Value) bool { return rt.IsCallable(v) }

// attrName checks the name argument of getattr and friends.
func attrName(v rt.Value) (string, error) {
	s, ok := v.(rt.Str)
	if !ok {
		return "", rt.NewError(rt.TypeErrorType, "attribute name must be string, not '%s'", rt.TypeName(v))
	}
	return string(s), nil
}

func builtinGetattr(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := checkArgCount("getattr", args, kwargs, 2, 3); err != nil {
		return nil, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	v, err := rt.GetAttr(th, args[0], name)
	if err != nil && len(args) == 3 && rt.IsExc(err, rt.AttributeErrorType) {
		return args[2], nil
	}
	return v, err
}

func builtinSetattr(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := checkArgCount("setattr", args, kwargs, 3, 3); err != nil {
		return nil, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	return rt.None, rt.SetAttr(th, args[0], name, args[2])
}

func builtinHasattr(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := checkArgCount("hasattr", args, kwargs, 2, 2); err != nil {
		return nil, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	ok, err := rt.HasAttr(th, args[0], name)
	return rt.Bool(ok), err
}

func builtinDelattr(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := checkArgCount("delattr", args, kwargs, 2, 2); err != nil {
		return nil, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	return rt.None, rt.DelAttr(th, args[0], name)
}

func builtinFormat(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var v rt.Value
	spec := ""
	if len(args) > 2 {
		return nil, rt.NewError(rt.TypeErrorType, "format expected at most 2 arguments, got %d", len(args))
	}
	if err := rt.UnpackArgs("format", args, kwargs, "value", &v, "format_spec?", &spec); err != nil {
		return nil, err
	}
	s, err := rt.Format(th, v, spec)
	return rt.Str(s), err
}

func builtinVars(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := checkArgCount("vars", args, kwargs, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		if Locals == nil {
			return nil, rt.NewError(rt.TypeErrorType, "vars() without arguments is not supported here")
		}
		return Locals(th)
	}
	if m, ok := args[0].(*rt.Module); ok {
		return m.Dict, nil
	}
	d, err := rt.GetAttr(th, args[0], "__dict__")
	if err != nil {
		if rt.IsExc(err, rt.AttributeErrorType) {
			return nil, rt.NewError(rt.TypeErrorType, "vars() argument must have __dict__ attribute")
		}
		return nil, err
	}
	return d, nil
}

func builtinDir(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := checkArgCount("dir", args, kwargs, 0, 1); err != nil {
		return nil, err
	}
	var names []string
	if len(args) == 0 {
		if Locals == nil {
			return nil, rt.NewError(rt.TypeErrorType, "dir() without arguments is not supported here")
		}
		ns, err := Locals(th)
		if err != nil {
			return nil, err
		}
		names = dictStrKeys(ns)
	} else {
		names = dirNames(args[0])
	}
	sort.Strings(names)
	items := make([]rt.Value, 0, len(names))
	for i, n := range names {
		if i > 0 && names[i-1] == n {
			continue
		}
		items = append(items, rt.Str(n))
	}
	return rt.NewList(items), nil
}

// dirNames collects the attribute names of v: its own (HasDir) and those
// of its class's MRO (for a class: its own MRO).
func dirNames(v rt.Value) []string {
	var names []string
	if d, ok := v.(rt.HasDir); ok {
		names = append(names, d.AttrNames()...)
	}
	t := v.Type()
	if c, ok := v.(*rt.Type); ok {
		// A class's dir is its MRO's namespaces (not its metaclass's
		// __name__, __mro__, ...).
		t = c
		if rt.IsUserClass(c) {
			names = append(names, "__dict__", "__module__")
		}
	}
	names = append(names, "__doc__")
	names = append(names, rt.SlotNames(t)...)
	for _, c := range t.MRO() {
		if c.Dict != nil {
			names = append(names, dictStrKeys(c.Dict)...)
		}
	}
	return append(names, "__class__")
}

func dictStrKeys(v rt.Value) []string {
	d, ok := v.(*rt.Dict)
	if !ok {
		return nil
	}
	var out []string
	for _, k := range d.Keys() {
		if s, ok := k.(rt.Str); ok {
			out = append(out, string(s))
		}
	}
	return out
}

// Import is set by the interpreter: it imports a module by absolute name
// (as the import statement does) for __import__.
var Import func(th *rt.Thread, name string) (rt.Value, error)

// builtinImport is __import__(name, globals=None, locals=None,
// fromlist=(), level=0) for absolute imports: it returns the top-level
// package unless fromlist is non-empty, like CPython.
func builtinImport(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var name string
	var globals, locals, fromlist rt.Value = rt.None, rt.None, rt.None
	level := 0
	if err := rt.UnpackArgs("__import__", args, kwargs, "name", &name, "globals?", &globals, "locals?", &locals, "fromlist?", &fromlist, "level?", &level); err != nil {
		return nil, err
	}
	if level < 0 {
		return nil, rt.NewError(rt.ValueErrorType, "level must be >= 0")
	}
	if name == "" && level == 0 {
		return nil, rt.NewError(rt.ValueErrorType, "Empty module name")
	}
	if Import == nil {
		return nil, rt.NewError(rt.ImportErrorType, "__import__ not available")
	}
	full, err := rt.ResolveRelativeImport(importPackage(globals, level), level, name)
	if err != nil {
		return nil, err
	}
	m, err := Import(th, full)
	if err != nil {
		return nil, err
	}
	wantTop := fromlist == rt.None
	if !wantTop {
		t, err := rt.Truth(th, fromlist)
		if err != nil {
			return nil, err
		}
		wantTop = !t
	}
	if !wantTop {
		return m, nil
	}
	if level > 0 { // CPython: the package's top module is cut at name's first dot
		top, _, _ := strings.Cut(name, ".")
		return Import(th, full[:len(full)-len(name)]+top)
	}
	if top, _, dotted := strings.Cut(name, "."); dotted {
		return Import(th, top)
	}
	return m, nil
}

// importPackage is the package a relative __import__ is relative to:
// globals' __package__, else the module's name (its parent unless it is
// a package), as CPython computes it; "" when level is 0 or unknown.
func importPackage(globals rt.Value, level int) string {
	g, ok := globals.(*rt.Dict)
	if level == 0 || !ok {
		return ""
	}
	if p, ok := g.GetStr("__package__"); ok {
		if s, ok := p.(rt.Str); ok {
			return string(s)
		}
	}
	n, ok := g.GetStr("__name__")
	s, isStr := n.(rt.Str)
	if !ok || !isStr {
		return ""
	}
	if _, isPkg := g.GetStr("__path__"); isPkg {
		return string(s)
	}
	if i := strings.LastIndex(string(s), "."); i >= 0 {
		return string(s)[:i]
	}
	return ""
}
