package stdlib

import (
	"strings"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The built-in half of the string module, named _string: the constants,
// capwords, Template (string_template.go) and CPython's _string functions
// formatter_parser and formatter_field_name_split (string_formatter.go).
// The string module itself is pysrc/string.py: it re-exports these and
// defines Formatter in Spindle, so subclasses override its methods as in
// CPython.

// loadStringModule makes the _string module (registered in modules.go).
func loadStringModule() *rt.Module {
	m := rt.NewModule("_string")
	const (
		lower  = "abcdefghijklmnopqrstuvwxyz"
		upper  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
		digits = "0123456789"
		punct  = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
		white  = " \t\n\r\x0b\x0c"
	)
	for name, v := range map[string]string{
		"ascii_lowercase": lower,
		"ascii_uppercase": upper,
		"ascii_letters":   lower + upper,
		"digits":          digits,
		"hexdigits":       digits + "abcdef" + "ABCDEF",
		"octdigits":       "01234567",
		"punctuation":     punct,
		"whitespace":      white,
		"printable":       digits + lower + upper + punct + white,
	} {
		m.Dict.SetStr(name, rt.Str(v))
	}
	m.Dict.SetStr("capwords", rt.NewFunc("capwords", stringCapwords))
	m.Dict.SetStr("formatter_parser", rt.NewFunc("formatter_parser", stringFormatterParser))
	m.Dict.SetStr("formatter_field_name_split", rt.NewFunc("formatter_field_name_split", stringFieldNameSplit))
	return m
}

// stringCapwords is string.capwords(s, sep=None): split, capitalize each
// word, join.
func stringCapwords(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var s string
	var sepV rt.Value = rt.None
	if err := rt.UnpackArgs("capwords", args, kwargs, "s", &s, "sep?", &sepV); err != nil {
		return nil, err
	}
	var words []string
	joiner := " "
	if sepV == rt.None {
		words = strings.Fields(s)
	} else {
		sep, ok := sepV.(rt.Str)
		if !ok {
			return nil, rt.NewError(rt.TypeErrorType, "must be str or None, not %s", rt.TypeName(sepV))
		}
		joiner = string(sep)
		words = strings.Split(s, joiner)
	}
	for i, w := range words {
		c, err := rt.CallMethod(th, rt.Str(w), "capitalize", nil, nil)
		if err != nil {
			return nil, err
		}
		words[i] = string(c.(rt.Str))
	}
	return rt.Str(strings.Join(words, joiner)), nil
}
