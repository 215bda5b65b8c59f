package stdlib

import (
	"strconv"

	rt "github.com/spindle-lang/spindle/runtime"
)

// _string.formatter_parser and _string.formatter_field_name_split, the
// parsers under string.Formatter (pysrc/string.py). They use the runtime's
// str.format parser (runtime.NextFormatChunk, SplitFieldName,
// NextFieldNamePart), so Formatter splits a format string exactly as
// str.format does. Both parse eagerly and return an iterator over the
// results: a malformed string raises at the call rather than mid-loop.

// stringFormatterParser yields (literal_text, field_name, format_spec,
// conversion) tuples; the last three are None for text without a field,
// conversion is None when the field has none.
func stringFormatterParser(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var s string
	if err := rt.UnpackArgs("formatter_parser", args, kwargs, "format_string", &s); err != nil {
		return nil, err
	}
	var out []rt.Value
	for i := 0; i < len(s); {
		c, next, err := rt.NextFormatChunk(s, i)
		if err != nil {
			return nil, err
		}
		item := []rt.Value{rt.Str(c.Literal), rt.None, rt.None, rt.None}
		if c.HasField {
			item[1], item[2] = rt.Str(c.Name), rt.Str(c.Spec)
			if c.Conv != 0 {
				item[3] = rt.Str(string(c.Conv))
			}
		}
		out = append(out, rt.NewTuple(item))
		i = next
	}
	it, err := rt.NewList(out).Iter(th)
	if err != nil {
		return nil, err
	}
	return rt.NewIteratorValue("formatteriterator", it), nil
}

// stringFieldNameSplit splits a field name into (first, rest): first is
// an int when it is all digits, rest iterates over (is_attribute, key).
func stringFieldNameSplit(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var name string
	if err := rt.UnpackArgs("formatter_field_name_split", args, kwargs, "field_name", &name); err != nil {
		return nil, err
	}
	firstText, rest := rt.SplitFieldName(name)
	var first rt.Value = rt.Str(firstText)
	if reASCIIDigits(firstText) {
		n, err := strconv.Atoi(firstText)
		if err != nil {
			return nil, rt.NewError(rt.ValueErrorType, "Too many decimal digits in format string")
		}
		first = rt.MakeInt(int64(n))
	}
	var parts []rt.Value
	for rest != "" {
		isAttr, key, next, err := rt.NextFieldNamePart(rest)
		if err != nil {
			return nil, err
		}
		parts = append(parts, rt.NewTuple([]rt.Value{rt.Bool(isAttr), key}))
		rest = next
	}
	it, err := rt.NewList(parts).Iter(th)
	if err != nil {
		return nil, err
	}
	return rt.NewTuple([]rt.Value{first, rt.NewIteratorValue("fieldnameiterator", it)}), nil
}
