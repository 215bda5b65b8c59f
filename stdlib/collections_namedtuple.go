package stdlib

import (
	"fmt"
	"strings"
	"unicode"

	rt "github.com/spindle-lang/spindle/runtime"
)

// collections.namedtuple: each call builds a tuple subclass whose
// __new__ binds the arguments to the fields (with CPython's messages),
// with one read-only property per field and the _make, _replace,
// _asdict, _fields and _field_defaults API.

var pyKeywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true,
	"await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true,
	"pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r)) {
			continue
		}
		return false
	}
	return true
}

func collectionsNamedtuple(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var typename string
	var fieldNames, defaults, module rt.Value = nil, rt.None, rt.None
	rename := false
	if err := rt.UnpackArgs("namedtuple", args, kwargs, "typename", &typename, "field_names", &fieldNames,
		"*", "rename?", &rename, "defaults?", &defaults, "module?", &module); err != nil {
		return nil, err
	}
	var fields []string
	if s, ok := fieldNames.(rt.Str); ok {
		fields = strings.Fields(strings.ReplaceAll(string(s), ",", " "))
	} else {
		vals, err := rt.IterateAll(th, fieldNames)
		if err != nil {
			return nil, err
		}
		for _, v := range vals {
			s, err := rt.ToStr(th, v)
			if err != nil {
				return nil, err
			}
			fields = append(fields, s)
		}
	}
	if rename {
		seen := map[string]bool{}
		for i, f := range fields {
			if !isIdentifier(f) || pyKeywords[f] || strings.HasPrefix(f, "_") || seen[f] {
				fields[i] = fmt.Sprintf("_%d", i)
			}
			seen[fields[i]] = true
		}
	}
	for _, n := range append([]string{typename}, fields...) {
		if !isIdentifier(n) {
			return nil, rt.NewError(rt.ValueErrorType, "Type names and field names must be valid identifiers: '%s'", n)
		}
		if pyKeywords[n] {
			return nil, rt.NewError(rt.ValueErrorType, "Type names and field names cannot be a keyword: '%s'", n)
		}
	}
	seen := map[string]bool{}
	for _, f := range fields {
		if strings.HasPrefix(f, "_") && !rename {
			return nil, rt.NewError(rt.ValueErrorType, "Field names cannot start with an underscore: '%s'", f)
		}
		if seen[f] {
			return nil, rt.NewError(rt.ValueErrorType, "Encountered duplicate field name: '%s'", f)
		}
		seen[f] = true
	}
	var defs []rt.Value
	if defaults != rt.None {
		var err error
		if defs, err = rt.IterateAll(th, defaults); err != nil {
			return nil, err
		}
		if len(defs) > len(fields) {
			return nil, rt.NewError(rt.TypeErrorType, "Got more default values than field names")
		}
	}
	mod := "__main__"
	if s, ok := module.(rt.Str); ok {
		mod = string(s)
	} else if rt.CallerModule != nil {
		mod = rt.CallerModule(th)
	}
	return makeNamedTuple(th, typename, mod, fields, defs, nil)
}

// makeNamedTuple builds the tuple subclass. extra holds further namespace
// entries (typing.NamedTuple's methods).
func makeNamedTuple(th *rt.Thread, typename, module string, fields []string, defs []rt.Value, extra *rt.Dict) (*rt.Type, error) {
	nf := len(fields)
	defaults := rt.NewDict()
	for i, d := range defs {
		defaults.SetStr(fields[nf-len(defs)+i], d)
	}
	fieldVals := make([]rt.Value, nf)
	for i, f := range fields {
		fieldVals[i] = rt.Str(f)
	}
	ns := rt.NewDict()
	if extra != nil {
		for _, kv := range extra.Items() {
			ns.Set(th, kv[0], kv[1])
		}
	}
	ns.SetStr("__doc__", rt.Str(typename+"("+strings.Join(fields, ", ")+")"))
	ns.SetStr("_fields", rt.NewTuple(fieldVals))
	ns.SetStr("__match_args__", rt.NewTuple(fieldVals))
	ns.SetStr("_field_defaults", defaults)
	ns.SetStr("__slots__", rt.NewTuple(nil))
	ns.SetStr("__new__", staticMeth("__new__", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		cls := args[0].(*rt.Type)
		vals, err := bindFields(typename, fields, defaults, args[1:], kwargs)
		if err != nil {
			return nil, err
		}
		return newLike(cls, rt.NewTuple(vals)), nil
	}))
	for i, f := range fields {
		i := i
		field := propGetter(f, func(th *rt.Thread, self rt.Value) (rt.Value, error) {
			t, ok := instBase(self).(*rt.Tuple)
			if !ok || i >= len(t.Items) {
				return nil, rt.NewError(rt.AttributeErrorType, "'%s' object has no attribute '%s'", rt.TypeName(self), f)
			}
			return t.Items[i], nil
		})
		field.(*rt.Property).Doc = rt.Str(fmt.Sprintf("Alias for field number %d", i))
		ns.SetStr(f, field)
	}
	ns.SetStr("_make", classMeth("_make", func(th *rt.Thread, cls rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var it rt.Value
		if err := rt.UnpackArgs("_make", args, kwargs, "iterable", &it); err != nil {
			return nil, err
		}
		vals, err := rt.IterateAll(th, it)
		if err != nil {
			return nil, err
		}
		if len(vals) != nf {
			return nil, rt.NewError(rt.TypeErrorType, "Expected %d arguments, got %d", nf, len(vals))
		}
		return newLike(cls.(*rt.Type), rt.NewTuple(vals)), nil
	}))
	ns.SetStr("_replace", meth("_replace", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(args) > 0 {
			return nil, rt.NewError(rt.TypeErrorType, "%s._replace() takes 1 positional argument but %d were given", typename, len(args)+1)
		}
		vals := append([]rt.Value(nil), instBase(self).(*rt.Tuple).Items...)
		var bad []string
	kw:
		for _, kw := range kwargs {
			for i, f := range fields {
				if f == kw.Name {
					vals[i] = kw.Value
					continue kw
				}
			}
			bad = append(bad, "'"+kw.Name+"'")
		}
		if len(bad) > 0 {
			return nil, rt.NewError(rt.ValueErrorType, "Got unexpected field names: [%s]", strings.Join(bad, ", "))
		}
		return newLike(self.Type(), rt.NewTuple(vals)), nil
	}))
	ns.SetStr("_asdict", meth("_asdict", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		d := rt.NewDict()
		for i, v := range instBase(self).(*rt.Tuple).Items {
			if i < nf {
				d.SetStr(fields[i], v)
			}
		}
		return d, nil
	}))
	ns.SetStr("__getnewargs__", meth("__getnewargs__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return rt.NewTuple(append([]rt.Value(nil), instBase(self).(*rt.Tuple).Items...)), nil
	}))
	if _, ok := ns.GetStr("__repr__"); !ok {
		ns.SetStr("__repr__", meth("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			items := instBase(self).(*rt.Tuple).Items
			parts := make([]string, len(items))
			for i, v := range items {
				s, err := rt.Repr(th, v)
				if err != nil {
					return nil, err
				}
				if i < nf {
					parts[i] = fields[i] + "=" + s
				}
			}
			return rt.Str(clsName(self) + "(" + strings.Join(parts, ", ") + ")"), nil
		}))
	}
	ns.SetStr("__module__", rt.Str(module))
	t, err := rt.BuildClass(th, typename, typename, module, []rt.Value{rt.TupleType}, ns, nil)
	if err != nil {
		return nil, err
	}
	return t.(*rt.Type), nil
}

// bindFields binds __new__'s arguments to the fields.
func bindFields(typename string, fields []string, defaults *rt.Dict, args []rt.Value, kwargs []rt.KwArg) ([]rt.Value, error) {
	nf := len(fields)
	// fn names the constructor in errors (built only then: it was a
	// string concatenation per construction).
	fn := func() string { return typename + ".__new__()" }
	if len(args) > nf {
		if defaults.Len() > 0 {
			return nil, rt.NewError(rt.TypeErrorType, "%s takes from %d to %d positional arguments but %d were given", fn(), nf-defaults.Len()+1, nf+1, len(args)+1)
		}
		return nil, rt.NewError(rt.TypeErrorType, "%s takes %d positional argument%s but %d were given", fn(), nf+1, pluralS(nf+1), len(args)+1)
	}
	vals := make([]rt.Value, nf)
	copy(vals, args)
	for _, kw := range kwargs {
		idx := -1
		for i, f := range fields {
			if f == kw.Name {
				idx = i
			}
		}
		if idx < 0 {
			return nil, rt.NewError(rt.TypeErrorType, "%s got an unexpected keyword argument '%s'", fn(), kw.Name)
		}
		if vals[idx] != nil {
			return nil, rt.NewError(rt.TypeErrorType, "%s got multiple values for argument '%s'", fn(), kw.Name)
		}
		vals[idx] = kw.Value
	}
	var missing []string
	for i := range vals {
		if vals[i] == nil {
			if d, ok := defaults.GetStr(fields[i]); ok {
				vals[i] = d
				continue
			}
			missing = append(missing, "'"+fields[i]+"'")
		}
	}
	if len(missing) > 0 {
		return nil, rt.NewError(rt.TypeErrorType, "%s missing %d required positional argument%s: %s", fn(), len(missing), pluralS(len(missing)), joinNames(missing))
	}
	return vals, nil
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// joinNames is CPython's "'a'", "'a' and 'b'", "'a', 'b', and 'c'".
func joinNames(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}
