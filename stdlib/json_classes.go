package stdlib

import (
	"unicode/utf8"

	rt "github.com/spindle-lang/spindle/runtime"
)

// json.JSONEncoder and json.JSONDecoder, built as regular classes so that
// programs can subclass them (overriding default(), or calling
// super().__init__(**kw)) and pass them as cls= to dumps/loads.

var jsonEncoderArgs = []string{"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "separators", "default"}

func jsonEncoderClass() (rt.Value, error) {
	ns := rt.NewDict()
	ns.SetStr("item_separator", rt.Str(", "))
	ns.SetStr("key_separator", rt.Str(": "))
	for _, m := range []*rt.Builtin{
		rt.NewMethod("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			vals := []rt.Value{rt.False, rt.True, rt.True, rt.True, rt.False, rt.None, rt.None, rt.None}
			pairs := []any{"*"}
			for i, n := range jsonEncoderArgs {
				pairs = append(pairs, n+"?", &vals[i])
			}
			if err := rt.UnpackArgs("JSONEncoder.__init__", args, kwargs, pairs...); err != nil {
				return nil, err
			}
			for i, n := range jsonEncoderArgs[:6] {
				if err := rt.SetAttr(th, self, n, vals[i]); err != nil {
					return nil, err
				}
			}
			if vals[6] != rt.None {
				items, err := rt.IterateAll(th, vals[6])
				if err != nil {
					return nil, err
				}
				if len(items) != 2 {
					return nil, rt.NewError(rt.ValueErrorType, "too many values to unpack (expected 2)")
				}
				if err := rt.SetAttr(th, self, "item_separator", items[0]); err != nil {
					return nil, err
				}
				if err := rt.SetAttr(th, self, "key_separator", items[1]); err != nil {
					return nil, err
				}
			} else if vals[5] != rt.None {
				if err := rt.SetAttr(th, self, "item_separator", rt.Str(",")); err != nil {
					return nil, err
				}
			}
			if vals[7] != rt.None {
				if err := rt.SetAttr(th, self, "default", vals[7]); err != nil {
					return nil, err
				}
			}
			return rt.None, nil
		}),
		rt.NewMethod("default", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var o rt.Value
			if err := rt.UnpackArgs("default", args, kwargs, "o", &o); err != nil {
				return nil, err
			}
			return nil, rt.NewError(rt.TypeErrorType, "Object of type %s is not JSON serializable", rt.TypeName(o))
		}),
		rt.NewMethod("encode", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var o rt.Value
			if err := rt.UnpackArgs("encode", args, kwargs, "o", &o); err != nil {
				return nil, err
			}
			return jsonEncodeSelf(th, self, o)
		}),
		rt.NewMethod("iterencode", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var o rt.Value
			var oneShot rt.Value = rt.False
			if err := rt.UnpackArgs("iterencode", args, kwargs, "o", &o, "_one_shot?", &oneShot); err != nil {
				return nil, err
			}
			s, err := jsonEncodeSelf(th, self, o)
			if err != nil {
				return nil, err
			}
			return rt.IteratorValue(&sliceIter{items: []rt.Value{s}}), nil
		}),
	} {
		ns.SetStr(m.Name, m)
	}
	return rt.BuildClass(nil, "JSONEncoder", "JSONEncoder", "json.encoder", nil, ns, nil)
}

// jsonEncodeSelf encodes with an encoder object's attributes.
func jsonEncodeSelf(th *rt.Thread, self, o rt.Value) (rt.Value, error) {
	attr := func(name string) (rt.Value, error) { return rt.GetAttr(th, self, name) }
	var kwargs []rt.KwArg
	for _, n := range []string{"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent"} {
		v, err := attr(n)
		if err != nil {
			return nil, err
		}
		kwargs = append(kwargs, rt.KwArg{Name: n, Value: v})
	}
	item, err := attr("item_separator")
	if err != nil {
		return nil, err
	}
	key, err := attr("key_separator")
	if err != nil {
		return nil, err
	}
	kwargs = append(kwargs, rt.KwArg{Name: "separators", Value: rt.NewTuple([]rt.Value{item, key})})
	def, err := attr("default")
	if err != nil {
		return nil, err
	}
	kwargs = append(kwargs, rt.KwArg{Name: "default", Value: def})
	enc, err := jsonEncoderFromKwargs(th, "encode", kwargs)
	if err != nil {
		return nil, err
	}
	if err := enc.encode(o, 0); err != nil {
		return nil, err
	}
	return rt.Str(enc.b.result()), nil
}

var jsonDecoderArgs = []string{"object_hook", "parse_float", "parse_int", "parse_constant", "strict", "object_pairs_hook"}

func jsonDecoderClass() (rt.Value, error) {
	ns := rt.NewDict()
	for _, m := range []*rt.Builtin{
		rt.NewMethod("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			vals := []rt.Value{rt.None, rt.None, rt.None, rt.None, rt.True, rt.None}
			pairs := []any{"*"}
			for i, n := range jsonDecoderArgs {
				pairs = append(pairs, n+"?", &vals[i])
			}
			if err := rt.UnpackArgs("JSONDecoder.__init__", args, kwargs, pairs...); err != nil {
				return nil, err
			}
			for i, n := range jsonDecoderArgs {
				if err := rt.SetAttr(th, self, n, vals[i]); err != nil {
					return nil, err
				}
			}
			return rt.None, nil
		}),
		rt.NewMethod("decode", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var s string
			if err := rt.UnpackArgs("decode", args, kwargs, "s", &s); err != nil {
				return nil, err
			}
			d, err := jsonDecoderOf(th, self)
			if err != nil {
				return nil, err
			}
			defer d.release()
			return d.decodeAll(s)
		}),
		rt.NewMethod("raw_decode", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var s string
			idx := 0
			if err := rt.UnpackArgs("raw_decode", args, kwargs, "s", &s, "idx?", &idx); err != nil {
				return nil, err
			}
			d, err := jsonDecoderOf(th, self)
			if err != nil {
				return nil, err
			}
			defer d.release()
			d.normHooks()
			d.s = s
			// idx and the returned end are code-point indices; the
			// decoder works in byte offsets.
			b := jsonByteOffset(s, idx)
			if b < 0 {
				return nil, newJSONDecodeError("Expecting value", s, idx)
			}
			v, end, err := d.value(b)
			if err != nil {
				return nil, err
			}
			return rt.NewTuple([]rt.Value{v, rt.MakeInt(int64(idx + utf8.RuneCountInString(s[b:end])))}), nil
		}),
	} {
		ns.SetStr(m.Name, m)
	}
	return rt.BuildClass(nil, "JSONDecoder", "JSONDecoder", "json.decoder", nil, ns, nil)
}

// jsonByteOffset is the byte offset of code point idx of s, or -1 when
// idx is outside 0..len(s) in code points.
func jsonByteOffset(s string, idx int) int {
	if idx < 0 {
		return -1
	}
	n := 0
	for b := range s {
		if n == idx {
			return b
		}
		n++
	}
	if n == idx {
		return len(s)
	}
	return -1
}

func jsonDecoderOf(th *rt.Thread, self rt.Value) (*jsonDecoder, error) {
	d := newJSONDecoder(th)
	ptrs := []*rt.Value{&d.objectHook, &d.parseFloat, &d.parseInt, &d.parseConstant, nil, &d.pairsHook}
	for i, n := range jsonDecoderArgs {
		v, err := rt.GetAttr(th, self, n)
		if err != nil {
			d.release()
			return nil, err
		}
		if ptrs[i] == nil {
			d.strict = rt.Truthy(v)
			continue
		}
		*ptrs[i] = v
	}
	return d, nil
}
