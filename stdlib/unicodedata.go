package stdlib

import (
	"unicode/utf8"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The unicodedata module: CPython 3.11's answers (Unicode 14.0.0) from
// the generated tables of unicodedata_tables.go, normalization in
// unicodedata_normalize.go. No ucd_3_2_0 and no name aliases or named
// sequences in lookup().

// unidataVersion is the Unicode version of the generated tables (their V
// line; unicodedata_test.go checks the two agree), known without loading
// them.
const unidataVersion = "14.0.0"

// loadUnicodedataModule makes the unicodedata module (registered in modules.go).
func loadUnicodedataModule() *rt.Module {
	m := rt.NewModule("unicodedata")
	m.Dict.SetStr("unidata_version", rt.Str(unidataVersion))
	charProp := func(name string, fn func(t *ucdTables, r rune) rt.Value) *rt.Builtin {
		return rt.NewFunc1(name, func(th *rt.Thread, arg rt.Value) (rt.Value, error) {
			r, err := ucdChar(name, "argument", arg)
			if err != nil {
				return nil, err
			}
			return fn(ucd(), r), nil
		})
	}
	// withDefault makes name(chr[, default]) and the numeric functions:
	// fn returns nil when chr has no such value, and then the default or
	// ValueError(missing) is the answer.
	withDefault := func(name, missing string, fn func(t *ucdTables, r rune) rt.Value) *rt.Builtin {
		return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := checkArgCount(name, args, kwargs, 1, 2); err != nil {
				return nil, err
			}
			r, err := ucdChar(name, "argument 1", args[0])
			if err != nil {
				return nil, err
			}
			if v := fn(ucd(), r); v != nil {
				return v, nil
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, rt.NewError(rt.ValueErrorType, "%s", missing)
		})
	}
	for _, f := range []*rt.Builtin{
		withDefault("name", "no such name", func(_ *ucdTables, r rune) rt.Value {
			if n := ucdNames().name(r); n != "" {
				return rt.Str(n)
			}
			return nil
		}),
		withDefault("decimal", "not a decimal", func(t *ucdTables, r rune) rt.Value {
			if n, ok := t.numeric[r]; ok && n.decimal >= 0 {
				return rt.MakeInt(int64(n.decimal))
			}
			return nil
		}),
		withDefault("digit", "not a digit", func(t *ucdTables, r rune) rt.Value {
			if n, ok := t.numeric[r]; ok && n.digit >= 0 {
				return rt.MakeInt(int64(n.digit))
			}
			return nil
		}),
		withDefault("numeric", "not a numeric character", func(t *ucdTables, r rune) rt.Value {
			if n, ok := t.numeric[r]; ok {
				return rt.Float(n.numeric)
			}
			return nil
		}),
		charProp("category", func(t *ucdTables, r rune) rt.Value { return rt.Str(t.props(r).category) }),
		charProp("bidirectional", func(t *ucdTables, r rune) rt.Value { return rt.Str(t.props(r).bidi) }),
		charProp("combining", func(t *ucdTables, r rune) rt.Value { return rt.MakeInt(int64(t.props(r).combining)) }),
		charProp("east_asian_width", func(t *ucdTables, r rune) rt.Value { return rt.Str(t.props(r).eaw) }),
		charProp("mirrored", func(t *ucdTables, r rune) rt.Value {
			if t.props(r).mirrored {
				return rt.MakeInt(1)
			}
			return rt.MakeInt(0)
		}),
		charProp("decomposition", func(t *ucdTables, r rune) rt.Value {
			if d := t.decomp[r]; d != nil {
				return rt.Str(d.raw)
			}
			return rt.Str("")
		}),
		rt.NewFunc1("lookup", func(th *rt.Thread, arg rt.Value) (rt.Value, error) {
			var s string
			switch x := arg.(type) {
			case rt.Str:
				s = string(x)
			case rt.Bytes:
				s = string(x)
			default:
				return nil, rt.NewError(rt.TypeErrorType, "a bytes-like object is required, not '%s'", rt.TypeName(arg))
			}
			if len(s) > 256 {
				return nil, rt.NewException(rt.KeyErrorType, rt.Str("name too long"))
			}
			if r, ok := ucdNames().lookup(s); ok {
				return rt.Str(string(r)), nil
			}
			return nil, rt.NewException(rt.KeyErrorType, rt.Str("undefined character name '"+s+"'"))
		}),
		rt.NewFunc("normalize", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			form, s, err := normalizeArgs("normalize", args, kwargs)
			if err != nil {
				return nil, err
			}
			return rt.Str(ucd().normalizeString(form, s)), nil
		}),
		rt.NewFunc("is_normalized", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			form, s, err := normalizeArgs("is_normalized", args, kwargs)
			if err != nil {
				return nil, err
			}
			return rt.Bool(ucd().normalizeString(form, s) == s), nil
		}),
	} {
		m.Dict.SetStr(f.Name, f)
	}
	return m
}

// ucdChar is the one-character argument of the unicodedata functions.
func ucdChar(fname, which string, v rt.Value) (rune, error) {
	s, ok := v.(rt.Str)
	if !ok || utf8.RuneCountInString(string(s)) != 1 {
		return 0, rt.NewError(rt.TypeErrorType, "%s() %s must be a unicode character, not %s", fname, which, rt.TypeName(v))
	}
	r, _ := utf8.DecodeRuneInString(string(s))
	return r, nil
}

// normalizeArgs unpacks (form, unistr) and checks the form.
func normalizeArgs(fname string, args []rt.Value, kwargs []rt.KwArg) (string, string, error) {
	if err := checkArgCount(fname, args, kwargs, 2, 2); err != nil {
		return "", "", err
	}
	formV, sV := args[0], args[1]
	form, ok := formV.(rt.Str)
	if !ok {
		return "", "", rt.NewError(rt.TypeErrorType, "%s() argument 1 must be str, not %s", fname, rt.TypeName(formV))
	}
	s, ok := sV.(rt.Str)
	if !ok {
		return "", "", rt.NewError(rt.TypeErrorType, "%s() argument 2 must be str, not %s", fname, rt.TypeName(sV))
	}
	switch form {
	case "NFC", "NFD", "NFKC", "NFKD":
		return string(form), string(s), nil
	}
	return "", "", rt.NewError(rt.ValueErrorType, "invalid normalization form")
}
