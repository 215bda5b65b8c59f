package stdlib

import (
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The json module: dumps/dump and loads/load with CPython's output format
// (separators, indent, ensure_ascii escapes, float repr, sort_keys,
// default=) and CPython's decoder error messages, positions counted in code
// points. The encoder and decoder are written here rather than wrapping
// encoding/json, whose formatting and error wording differ from CPython's
// and which cannot keep dict order or arbitrary-precision ints.

var jsonDecodeErrorType = newModuleErrorType("JSONDecodeError", "json.decoder", rt.ValueErrorType)

// newModuleErrorType makes an exception class that lives in a module
// (json.JSONDecodeError, re.error, struct.error, ...).
func newModuleErrorType(name, module string, base *rt.Type) *rt.Type {
	t := rt.NewBuiltinType(name, base)
	t.SetModule(module)
	t.Exception = true
	t.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(kwargs) > 0 {
			return nil, rt.NewError(rt.TypeErrorType, "%s() takes no keyword arguments", cls.Name())
		}
		return rt.NewException(cls, append([]rt.Value(nil), args...)...), nil
	}
	return t
}

// loadJSONModule makes the json module (registered in modules.go).
func loadJSONModule() *rt.Module {
	setupJSONTypes()
	return newJSONModule()
}

// jSONSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib):
// json objects exist only once json is imported; JSONDecodeErrors made elsewhere (http's .json()) set it up too.
var jSONSetup sync.Once

func setupJSONTypes() { jSONSetup.Do(initJSONTypes) }

func initJSONTypes() {
	jsonDecodeErrorType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var msg, doc string
		var pos int
		if err := rt.UnpackArgs("JSONDecodeError", args, kwargs, "msg", &msg, "doc", &doc, "pos", &pos); err != nil {
			return nil, err
		}
		e := newJSONDecodeError(msg, doc, pos)
		e.Class = cls
		return e, nil
	}
}

func newJSONModule() *rt.Module {
	m := rt.NewModule("json")
	m.Dict.SetStr("JSONDecodeError", jsonDecodeErrorType)
	if cls, err := jsonEncoderClass(); err == nil {
		m.Dict.SetStr("JSONEncoder", cls)
	}
	if cls, err := jsonDecoderClass(); err == nil {
		m.Dict.SetStr("JSONDecoder", cls)
	}
	for _, f := range []*rt.Builtin{
		rt.NewFunc("dumps", jsonDumps),
		rt.NewFunc("dump", jsonDump),
		rt.NewFunc("loads", jsonLoads),
		rt.NewFunc("load", jsonLoad),
	} {
		m.Dict.SetStr(f.Name, f)
	}
	return m
}

// newJSONDecodeError builds JSONDecodeError(msg, doc, pos) with its
// msg/doc/pos/lineno/colno attributes.
func newJSONDecodeError(msg string, doc string, pos int) *rt.Exception {
	setupJSONTypes()
	lineno, last, i := 1, -1, 0
	for _, r := range doc {
		if i >= pos {
			break
		}
		if r == '\n' {
			lineno++
			last = i
		}
		i++
	}
	colno := pos - last
	e := rt.NewError(jsonDecodeErrorType, "%s: line %d column %d (char %d)", msg, lineno, colno, pos)
	for _, kv := range []struct {
		k string
		v rt.Value
	}{{"msg", rt.Str(msg)}, {"doc", rt.Str(doc)}, {"pos", rt.MakeInt(int64(pos))},
		{"lineno", rt.MakeInt(int64(lineno))}, {"colno", rt.MakeInt(int64(colno))}} {
		_ = e.SetAttr(nil, kv.k, kv.v)
	}
	return e
}

// ---- encoder ----

type jsonEncoder struct {
	th          *rt.Thread
	skipKeys    bool
	ensureASCII bool
	checkCirc   bool
	allowNaN    bool
	sortKeys    bool
	indent      string
	hasIndent   bool
	itemSep     string
	keySep      string
	defaultFn   rt.Value
	// markers is the stack of containers being encoded (by identity),
	// for check_circular: a container met again while it is on the
	// stack is a cycle. (CPython keeps a dict of the same ids.)
	markers []uintptr
	b       jsonBuf
	// kv is a scratch stack of the items of the dicts being encoded.
	kv  [][2]rt.Value
	num [24]byte
}

func jsonEncoderFromKwargs(th *rt.Thread, fname string, kwargs []rt.KwArg) (*jsonEncoder, error) {
	enc := &jsonEncoder{th: th, ensureASCII: true, checkCirc: true, allowNaN: true}
	var indent, separators, def rt.Value = rt.None, rt.None, rt.None
	if len(kwargs) > 0 {
		if err := rt.UnpackArgs(fname, nil, kwargs, "*",
			"skipkeys?", &enc.skipKeys, "ensure_ascii?", &enc.ensureASCII,
			"check_circular?", &enc.checkCirc, "allow_nan?", &enc.allowNaN,
			"indent?", &indent, "separators?", &separators,
			"default?", &def, "sort_keys?", &enc.sortKeys); err != nil {
			return nil, err
		}
	}
	switch iv := indent.(type) {
	case rt.Str:
		enc.indent, enc.hasIndent = string(iv), true
	default:
		if indent != rt.None {
			n, err := rt.IndexInt(indent)
			if err != nil {
				return nil, rt.NewError(rt.TypeErrorType, "can't multiply sequence by non-int of type '%s'", rt.TypeName(indent))
			}
			if n < 0 {
				n = 0
			}
			enc.indent, enc.hasIndent = strings.Repeat(" ", n), true
		}
	}
	enc.itemSep, enc.keySep = ", ", ": "
	if enc.hasIndent {
		enc.itemSep = ","
	}
	if separators != rt.None {
		items, err := rt.IterateAll(th, separators)
		if err != nil {
			return nil, err
		}
		if len(items) != 2 {
			return nil, rt.NewError(rt.ValueErrorType, "too many values to unpack (expected 2)")
		}
		a, ok1 := items[0].(rt.Str)
		c, ok2 := items[1].(rt.Str)
		if !ok1 || !ok2 {
			return nil, rt.NewError(rt.TypeErrorType, "make_encoder() argument 6 must be str, not %s", rt.TypeName(items[0]))
		}
		enc.itemSep, enc.keySep = string(a), string(c)
	}
	if def != rt.None {
		enc.defaultFn = def
	}
	return enc, nil
}

func jsonDumps(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(args) != 1 {
		if len(args) == 0 {
			return nil, rt.NewError(rt.TypeErrorType, "dumps() missing 1 required positional argument: 'obj'")
		}
		return nil, rt.NewError(rt.TypeErrorType, "dumps() takes 1 positional argument but %d were given", len(args))
	}
	return jsonEncodeWith(th, "dumps", args[0], kwargs)
}

func jsonDump(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(args) != 2 {
		if len(args) < 2 {
			return nil, rt.NewError(rt.TypeErrorType, "dump() missing %d required positional argument%s", 2-len(args), plural(2-len(args)))
		}
		return nil, rt.NewError(rt.TypeErrorType, "dump() takes 2 positional arguments but %d were given", len(args))
	}
	s, err := jsonEncodeWith(th, "dump", args[0], kwargs)
	if err != nil {
		return nil, err
	}
	_, err = rt.CallMethod(th, args[1], "write", []rt.Value{s}, nil)
	return rt.None, err
}

// jsonEncodeWith encodes obj with the dumps() keyword arguments: directly,
// or through cls(...).encode(obj) when a cls= encoder class is given.
func jsonEncodeWith(th *rt.Thread, fname string, obj rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var cls rt.Value = rt.None
	var rest []rt.KwArg
	for _, kw := range kwargs {
		if kw.Name == "cls" {
			cls = kw.Value
			continue
		}
		rest = append(rest, kw)
	}
	if cls == rt.None {
		enc, err := jsonEncoderFromKwargs(th, fname, rest)
		if err != nil {
			return nil, err
		}
		if err := enc.encode(obj, 0); err != nil {
			return nil, err
		}
		return rt.Str(enc.b.result()), nil
	}
	full := []rt.KwArg{{Name: "skipkeys", Value: rt.False}, {Name: "ensure_ascii", Value: rt.True},
		{Name: "check_circular", Value: rt.True}, {Name: "allow_nan", Value: rt.True}, {Name: "indent", Value: rt.None},
		{Name: "separators", Value: rt.None}, {Name: "default", Value: rt.None}, {Name: "sort_keys", Value: rt.False}}
	for _, kw := range rest {
		found := false
		for i := range full {
			if full[i].Name == kw.Name {
				full[i].Value, found = kw.Value, true
			}
		}
		if !found {
			full = append(full, kw)
		}
	}
	encoder, err := rt.Call(th, cls, nil, full)
	if err != nil {
		return nil, err
	}
	return rt.CallMethod(th, encoder, "encode", []rt.Value{obj}, nil)
}

// jsonUnwrap returns the built-in value of an instance of a user class
// deriving from a built-in type (class D(dict)), or v itself.
func jsonUnwrap(v rt.Value) rt.Value {
	if inst, ok := v.(*rt.Instance); ok && inst.BaseValue() != nil {
		return inst.BaseValue()
	}
	return v
}

func (e *jsonEncoder) newline(level int) {
	if e.hasIndent {
		e.b.byte('\n')
		for i := 0; i < level; i++ {
			e.b.str(e.indent)
		}
	}
}

func (e *jsonEncoder) floatStr(f float64) (string, error) {
	switch {
	case math.IsNaN(f) || math.IsInf(f, 0):
		if !e.allowNaN {
			return "", rt.NewError(rt.ValueErrorType, "Out of range float values are not JSON compliant")
		}
		if math.IsNaN(f) {
			return "NaN", nil
		}
		if f > 0 {
			return "Infinity", nil
		}
		return "-Infinity", nil
	}
	return rt.FloatRepr(f), nil
}

// enter pushes v on the markers stack, failing if it is already there.
// Each enter is matched by a leave (an error abandons the whole encode).
func (e *jsonEncoder) enter(v rt.Value) error {
	if !e.checkCirc {
		return nil
	}
	id := rt.Id(v)
	for _, m := range e.markers {
		if m == id {
			return rt.NewError(rt.ValueErrorType, "Circular reference detected")
		}
	}
	e.markers = append(e.markers, id)
	return nil
}

func (e *jsonEncoder) leave() {
	if e.checkCirc {
		e.markers = e.markers[:len(e.markers)-1]
	}
}

func (e *jsonEncoder) encode(v rt.Value, level int) error {
	if level > jsonMaxDepth {
		return rt.NewError(rt.RecursionErrorType, "maximum recursion depth exceeded while encoding a JSON object")
	}
	orig := v
	v = jsonUnwrap(v)
	switch x := v.(type) {
	case rt.Str:
		jsonQuoteTo(&e.b, string(x), e.ensureASCII)
		return nil
	case *rt.NoneValue:
		e.b.str("null")
		return nil
	case rt.Bool:
		if x {
			e.b.str("true")
		} else {
			e.b.str("false")
		}
		return nil
	case rt.Int:
		e.b.bytes(strconv.AppendInt(e.num[:0], int64(x), 10))
		return nil
	case *rt.BigInt:
		e.b.str(rt.IntToString(x, 10))
		return nil
	case rt.Float:
		s, err := e.floatStr(float64(x))
		if err != nil {
			return err
		}
		e.b.str(s)
		return nil
	case *rt.List:
		return e.encodeList(orig, x.Snapshot(), level)
	case *rt.Tuple:
		return e.encodeList(orig, x.Items, level)
	case *rt.Dict:
		return e.encodeDict(orig, x, level)
	}
	// Go-implemented subclasses of dict/list/tuple (OrderedDict, ...).
	switch {
	case rt.IsInstance(v, rt.DictType):
		items, err := rt.CallMethod(e.th, v, "items", nil, nil)
		if err != nil {
			return err
		}
		d := rt.NewDict()
		if err := forEach(e.th, items, func(kv rt.Value) (bool, error) {
			pair, err := rt.IterateAll(e.th, kv)
			if err != nil || len(pair) != 2 {
				return true, err
			}
			return false, d.Set(e.th, pair[0], pair[1])
		}); err != nil {
			return err
		}
		return e.encodeDict(orig, d, level)
	case rt.IsInstance(v, rt.ListType) || rt.IsInstance(v, rt.TupleType):
		items, err := rt.IterateAll(e.th, v)
		if err != nil {
			return err
		}
		return e.encodeList(orig, items, level)
	}
	if e.defaultFn == nil {
		return rt.NewError(rt.TypeErrorType, "Object of type %s is not JSON serializable", rt.TypeName(orig))
	}
	if err := e.enter(orig); err != nil {
		return err
	}
	r, err := rt.Call(e.th, e.defaultFn, []rt.Value{orig}, nil)
	if err != nil {
		return err
	}
	if err := e.encode(r, level); err != nil {
		return err
	}
	e.leave()
	return nil
}

func (e *jsonEncoder) encodeList(orig rt.Value, items []rt.Value, level int) error {
	if len(items) == 0 {
		e.b.str("[]")
		return nil
	}
	if err := e.enter(orig); err != nil {
		return err
	}
	e.b.byte('[')
	e.newline(level + 1)
	for i, it := range items {
		if i > 0 {
			e.b.str(e.itemSep)
			e.newline(level + 1)
		}
		if err := e.encode(it, level+1); err != nil {
			return err
		}
	}
	e.newline(level)
	e.b.byte(']')
	e.leave()
	return nil
}

func (e *jsonEncoder) encodeDict(orig rt.Value, d *rt.Dict, level int) error {
	if d.Len() == 0 {
		e.b.str("{}")
		return nil
	}
	if err := e.enter(orig); err != nil {
		return err
	}
	base := len(e.kv)
	e.kv = d.AppendItems(e.kv)
	items := e.kv[base:]
	defer func() {
		clear(e.kv[base:])
		e.kv = e.kv[:base]
	}()
	if e.sortKeys {
		pairs := make([]rt.Value, len(items))
		for i, kv := range items {
			pairs[i] = rt.NewTuple([]rt.Value{kv[0], kv[1]})
		}
		if err := rt.SortValues(e.th, pairs, nil, false); err != nil {
			return err
		}
		for i, p := range pairs {
			t := p.(*rt.Tuple)
			items[i] = [2]rt.Value{t.Items[0], t.Items[1]}
		}
	}
	e.b.byte('{')
	e.newline(level + 1)
	first := true
	for _, kv := range items {
		var key string
		switch k := jsonUnwrap(kv[0]).(type) {
		case rt.Str:
			key = string(k)
		case rt.Bool:
			key = "false"
			if k {
				key = "true"
			}
		case rt.Int, *rt.BigInt:
			key = rt.IntToString(k, 10)
		case rt.Float:
			s, err := e.floatStr(float64(k))
			if err != nil {
				return err
			}
			key = s
		case *rt.NoneValue:
			key = "null"
		default:
			if e.skipKeys {
				continue
			}
			return rt.NewError(rt.TypeErrorType, "keys must be str, int, float, bool or None, not %s", rt.TypeName(kv[0]))
		}
		if !first {
			e.b.str(e.itemSep)
			e.newline(level + 1)
		}
		first = false
		jsonQuoteTo(&e.b, key, e.ensureASCII)
		e.b.str(e.keySep)
		if err := e.encode(kv[1], level+1); err != nil {
			return err
		}
	}
	e.newline(level)
	e.b.byte('}')
	e.leave()
	return nil
}

const jsonHex = "0123456789abcdef"

// jsonBuf is the encoder's output: a byte buffer taken from a pool and
// given back once the result string has been copied out, so that dumps
// of a large document does not leave a trail of doubled buffers (a
// strings.Builder's growth) for the collector.
type jsonBuf struct{ b []byte }

var jsonBufs = sync.Pool{New: func() any { return new([]byte) }}

// jsonBufMax is the largest buffer kept in the pool.
const jsonBufMax = 1 << 20

func (j *jsonBuf) init() {
	if j.b == nil {
		j.b = (*jsonBufs.Get().(*[]byte))[:0]
	}
}
func (j *jsonBuf) str(s string)   { j.init(); j.b = append(j.b, s...) }
func (j *jsonBuf) bytes(p []byte) { j.init(); j.b = append(j.b, p...) }
func (j *jsonBuf) byte(c byte)    { j.init(); j.b = append(j.b, c) }
func (j *jsonBuf) rune(r rune)    { j.init(); j.b = utf8.AppendRune(j.b, r) }

// result returns the text written and gives the buffer back to the pool
// (the encoder must not be used afterwards).
func (j *jsonBuf) result() string {
	s := string(j.b)
	if cap(j.b) <= jsonBufMax {
		b := j.b[:0]
		jsonBufs.Put(&b)
	}
	j.b = nil
	return s
}

// jsonQuoteTo writes CPython's encode_basestring(_ascii) of s (a JSON
// string literal) to b. Runs of characters that need no escape are
// copied as they are.
func jsonQuoteTo(b *jsonBuf, s string, ascii bool) {
	b.byte('"')
	u4 := func(r rune) {
		b.str(`\u`)
		b.byte(jsonHex[(r>>12)&15])
		b.byte(jsonHex[(r>>8)&15])
		b.byte(jsonHex[(r>>4)&15])
		b.byte(jsonHex[r&15])
	}
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if c >= utf8.RuneSelf && !ascii && (r != utf8.RuneError || size > 1) {
			i += size // a valid non-ASCII character, kept
			continue
		}
		b.str(s[start:i])
		i += size
		start = i
		switch r {
		case '"':
			b.str(`\"`)
		case '\\':
			b.str(`\\`)
		case '\n':
			b.str(`\n`)
		case '\r':
			b.str(`\r`)
		case '\t':
			b.str(`\t`)
		case '\b':
			b.str(`\b`)
		case '\f':
			b.str(`\f`)
		default:
			switch {
			case r < 0x20:
				u4(r)
			case ascii && r > 0x7e:
				if r >= 0x10000 {
					r -= 0x10000
					u4(0xd800 | (r >> 10))
					u4(0xdc00 | (r & 0x3ff))
				} else {
					u4(r)
				}
			default:
				b.rune(r) // U+FFFD for a byte that is not UTF-8
			}
		}
	}
	b.str(s[start:])
	b.byte('"')
}

// ---- decoder ----

type jsonDecoder struct {
	th            *rt.Thread
	s             string // the document; positions are byte offsets
	strict        bool
	objectHook    rt.Value
	pairsHook     rt.Value
	parseFloat    rt.Value
	parseInt      rt.Value
	parseConstant rt.Value
	depth         int

	*jsonScratch
}

// jsonScratch is the reusable part of a decoder, pooled between decodes
// (json.loads in a loop would otherwise grow fresh stacks and a fresh
// key memo map each call).
type jsonScratch struct {
	// Scratch stacks for the items of the arrays and objects being
	// parsed (nested ones above their parent's): each container is
	// made once, at its exact size, without append's spare capacity
	// and garbage.
	items []rt.Value
	pairs []jsonPair
	// The memo of object keys without escapes (CPython's scanner
	// memo): a document of many objects with the same keys holds one
	// copy of each. The first few are searched linearly (a small
	// document makes no map), the rest in keyMap. Keys are immutable
	// strings, so the memo outlives one decode: the next document
	// with the same keys boxes and hashes none of them again.
	keyArr   [16]jsonKey
	keyN     int
	keyMap   map[string]jsonKey
	keyBytes int
}

// jsonMaxKeys bounds the key memo; jsonMaxKeyBytes bounds the text it
// keeps alive between decodes, and jsonMaxScratch the stacks kept.
const (
	jsonMaxKeys     = 4096
	jsonMaxKeyBytes = 1 << 20
	jsonMaxScratch  = 1 << 16
)

var jsonScratchPool = sync.Pool{New: func() any { return new(jsonScratch) }}

// newJSONDecoder is a decoder with pooled scratch; release returns it.
func newJSONDecoder(th *rt.Thread) *jsonDecoder {
	return &jsonDecoder{th: th, jsonScratch: jsonScratchPool.Get().(*jsonScratch)}
}

// release drops the scratch stacks' references (an error leaves items
// on them) and pools the scratch; d must not be used afterwards.
func (d *jsonDecoder) release() {
	sc := d.jsonScratch
	d.jsonScratch = nil
	clear(sc.items)
	clear(sc.pairs)
	sc.items, sc.pairs = sc.items[:0], sc.pairs[:0]
	if cap(sc.items) > jsonMaxScratch {
		sc.items = nil
	}
	if cap(sc.pairs) > jsonMaxScratch {
		sc.pairs = nil
	}
	if sc.keyBytes > jsonMaxKeyBytes {
		sc.keyArr, sc.keyN, sc.keyMap, sc.keyBytes = [16]jsonKey{}, 0, nil, 0
	}
	jsonScratchPool.Put(sc)
}

type jsonPair struct {
	key jsonKey
	v   rt.Value
}

// jsonKey is an object key: its text, boxed once and hashed once.
type jsonKey struct {
	s string
	v rt.Value // rt.Str(s)
	h int64    // rt.StrHash(s)
}

func newJSONKey(s string) jsonKey { return jsonKey{s, rt.Str(s), rt.StrHash(s)} }

// jsonMaxDepth bounds nesting (CPython's recursion limit plays this role).
const jsonMaxDepth = 990

func jsonLoads(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(args) != 1 {
		if len(args) == 0 {
			return nil, rt.NewError(rt.TypeErrorType, "loads() missing 1 required positional argument: 's'")
		}
		return nil, rt.NewError(rt.TypeErrorType, "loads() takes 1 positional argument but %d were given", len(args))
	}
	return jsonDecode(th, "loads", args[0], kwargs)
}

func jsonLoad(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(args) != 1 {
		if len(args) == 0 {
			return nil, rt.NewError(rt.TypeErrorType, "load() missing 1 required positional argument: 'fp'")
		}
		return nil, rt.NewError(rt.TypeErrorType, "load() takes 1 positional argument but %d were given", len(args))
	}
	s, err := rt.CallMethod(th, args[0], "read", nil, nil)
	if err != nil {
		return nil, err
	}
	return jsonDecode(th, "load", s, kwargs)
}

func jsonDecode(th *rt.Thread, fname string, src rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var cls rt.Value = rt.None
	var rest []rt.KwArg
	for _, kw := range kwargs {
		if kw.Name == "cls" {
			cls = kw.Value
			continue
		}
		rest = append(rest, kw)
	}
	if cls != rt.None {
		text, err := jsonText(src)
		if err != nil {
			return nil, err
		}
		dec, err := rt.Call(th, cls, nil, rest)
		if err != nil {
			return nil, err
		}
		return rt.CallMethod(th, dec, "decode", []rt.Value{rt.Str(text)}, nil)
	}
	d := newJSONDecoder(th)
	defer d.release()
	d.strict = true
	if len(rest) > 0 {
		if err := rt.UnpackArgs(fname, nil, rest, "*", "object_hook?", &d.objectHook,
			"parse_float?", &d.parseFloat, "parse_int?", &d.parseInt, "parse_constant?", &d.parseConstant,
			"object_pairs_hook?", &d.pairsHook, "strict?", &d.strict); err != nil {
			return nil, err
		}
	}
	text, err := jsonText(src)
	if err != nil {
		return nil, err
	}
	return d.decodeAll(text)
}

// jsonText is the document as a string (bytes are UTF-8, BOM dropped).
func jsonText(src rt.Value) (string, error) {
	var text string
	switch x := src.(type) {
	case rt.Str:
		return string(x), nil
	case rt.Bytes:
		text = string(x)
	case *rt.ByteArray:
		text = x.String()
	default:
		return "", rt.NewError(rt.TypeErrorType, "the JSON object must be str, bytes or bytearray, not %s", rt.TypeName(src))
	}
	text = strings.TrimPrefix(text, "\xef\xbb\xbf")
	if !utf8.ValidString(text) {
		return "", rt.NewError(rt.UnicodeDecodeErrorType, "'utf-8' codec can't decode bytes: invalid utf-8")
	}
	return text, nil
}

func (d *jsonDecoder) normHooks() {
	for _, p := range []*rt.Value{&d.objectHook, &d.pairsHook, &d.parseFloat, &d.parseInt, &d.parseConstant} {
		if *p == rt.None {
			*p = nil
		}
	}
}

// decodeAll is JSONDecoder.decode: one value, surrounded by whitespace.
func (d *jsonDecoder) decodeAll(text string) (rt.Value, error) {
	d.normHooks()
	d.s = text
	if strings.HasPrefix(text, "\ufeff") {
		return nil, newJSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", d.s, 0)
	}
	i := d.skipWS(0)
	v, end, err := d.value(i)
	if err != nil {
		return nil, err
	}
	end = d.skipWS(end)
	if end != len(d.s) {
		return nil, d.fail("Extra data", end)
	}
	return v, nil
}

func (d *jsonDecoder) skipWS(i int) int {
	for i < len(d.s) {
		switch d.s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// fail is JSONDecodeError(msg) at byte offset pos (reported, as in
// CPython, as a code-point index).
func (d *jsonDecoder) fail(msg string, pos int) error {
	if pos > len(d.s) {
		pos = len(d.s)
	}
	return newJSONDecodeError(msg, d.s, utf8.RuneCountInString(d.s[:pos]))
}

func (d *jsonDecoder) hasPrefix(i int, p string) bool {
	return i <= len(d.s) && strings.HasPrefix(d.s[i:], p)
}

func (d *jsonDecoder) constant(name string, v float64) (rt.Value, error) {
	if d.parseConstant != nil {
		return rt.Call(d.th, d.parseConstant, []rt.Value{rt.Str(name)}, nil)
	}
	return rt.Float(v), nil
}

// value scans one JSON value at i (no leading whitespace).
func (d *jsonDecoder) value(i int) (rt.Value, int, error) {
	d.depth++
	defer func() { d.depth-- }()
	if d.depth > jsonMaxDepth {
		return nil, 0, rt.NewError(rt.RecursionErrorType, "maximum recursion depth exceeded while decoding a JSON document")
	}
	if i >= len(d.s) {
		return nil, 0, d.fail("Expecting value", i)
	}
	switch c := d.s[i]; {
	case c == '"':
		s, end, err := d.str(i + 1)
		return rt.Str(s), end, err
	case c == '{':
		return d.object(i + 1)
	case c == '[':
		return d.array(i + 1)
	case c == 'n' && d.hasPrefix(i, "null"):
		return rt.None, i + 4, nil
	case c == 't' && d.hasPrefix(i, "true"):
		return rt.True, i + 4, nil
	case c == 'f' && d.hasPrefix(i, "false"):
		return rt.False, i + 5, nil
	case c == 'N' && d.hasPrefix(i, "NaN"):
		v, err := d.constant("NaN", math.NaN())
		return v, i + 3, err
	case c == 'I' && d.hasPrefix(i, "Infinity"):
		v, err := d.constant("Infinity", math.Inf(1))
		return v, i + 8, err
	case c == '-' && d.hasPrefix(i, "-Infinity"):
		v, err := d.constant("-Infinity", math.Inf(-1))
		return v, i + 9, err
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number(i)
	}
	return nil, 0, d.fail("Expecting value", i)
}

func jsonDigit(c byte) bool { return c >= '0' && c <= '9' }

func (d *jsonDecoder) number(start int) (rt.Value, int, error) {
	i := start
	if d.s[i] == '-' {
		i++
	}
	if i >= len(d.s) || !jsonDigit(d.s[i]) {
		return nil, 0, d.fail("Expecting value", start)
	}
	if d.s[i] == '0' {
		i++
	} else {
		for i < len(d.s) && jsonDigit(d.s[i]) {
			i++
		}
	}
	isFloat := false
	if i+1 < len(d.s) && d.s[i] == '.' && jsonDigit(d.s[i+1]) {
		isFloat = true
		i += 2
		for i < len(d.s) && jsonDigit(d.s[i]) {
			i++
		}
	}
	if i < len(d.s) && (d.s[i] == 'e' || d.s[i] == 'E') {
		j := i + 1
		if j < len(d.s) && (d.s[j] == '+' || d.s[j] == '-') {
			j++
		}
		if j < len(d.s) && jsonDigit(d.s[j]) {
			for j < len(d.s) && jsonDigit(d.s[j]) {
				j++
			}
			isFloat = true
			i = j
		}
	}
	text := d.s[start:i]
	if isFloat {
		if d.parseFloat != nil {
			v, err := rt.Call(d.th, d.parseFloat, []rt.Value{rt.Str(strings.Clone(text))}, nil)
			return v, i, err
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !jsonRangeErr(err) {
			return nil, 0, err
		}
		return rt.Float(f), i, nil
	}
	if d.parseInt != nil {
		v, err := rt.Call(d.th, d.parseInt, []rt.Value{rt.Str(strings.Clone(text))}, nil)
		return v, i, err
	}
	if len(text) <= 18 {
		// At most 18 characters: fits an int64 (the grammar above
		// allows only an optional '-' and digits here).
		var n int64
		for _, c := range []byte(text) {
			if c != '-' {
				n = n*10 + int64(c-'0')
			}
		}
		if text[0] == '-' {
			n = -n
		}
		return rt.MakeInt(n), i, nil
	}
	v, err := rt.IntFromString(text, 10)
	return v, i, err
}

func jsonRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// str scans a string body starting after the opening quote at i-1. The
// result is a copy (a substring would keep the whole document alive).
// The bytes of a multi-byte UTF-8 character are all >= 0x80, so the scan
// for '"', '\\' and control characters is byte-wise.
func (d *jsonDecoder) str(i int) (string, int, error) {
	for j := i; j < len(d.s); j++ {
		// The common string: no escape, no control character.
		if c := d.s[j]; c == '"' {
			return strings.Clone(d.s[i:j]), j + 1, nil
		} else if c == '\\' || c < 0x20 {
			break
		}
	}
	start := i - 1
	var b strings.Builder
	for {
		if i >= len(d.s) {
			return "", 0, d.fail("Unterminated string starting at", start)
		}
		c := d.s[i]
		switch {
		case c == '"':
			return b.String(), i + 1, nil
		case c == '\\':
			i++
			if i >= len(d.s) {
				return "", 0, d.fail("Unterminated string starting at", start)
			}
			switch e := d.s[i]; e {
			case '"', '\\', '/':
				b.WriteByte(e)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r, ok := d.hex4(i + 1)
				if !ok {
					return "", 0, d.fail("Invalid \\uXXXX escape", i)
				}
				i += 4
				if r >= 0xd800 && r <= 0xdbff && d.hasPrefix(i+1, `\u`) {
					if r2, ok := d.hex4(i + 3); ok && r2 >= 0xdc00 && r2 <= 0xdfff {
						r = 0x10000 + (r-0xd800)<<10 + (r2 - 0xdc00)
						i += 6
					}
				}
				b.WriteRune(r)
			default:
				return "", 0, d.fail("Invalid \\escape", i-1)
			}
			i++
		case c < 0x20 && d.strict:
			return "", 0, d.fail("Invalid control character at", i)
		default:
			b.WriteByte(c)
			i++
		}
	}
}

// key scans an object key like str; a key without escapes is memoized.
func (d *jsonDecoder) key(i int) (jsonKey, int, error) {
	for j := i; j < len(d.s); j++ {
		if c := d.s[j]; c == '"' {
			raw := d.s[i:j]
			if k, ok := d.findKey(raw); ok {
				return k, j + 1, nil
			}
			k := newJSONKey(strings.Clone(raw))
			d.saveKey(k)
			return k, j + 1, nil
		} else if c == '\\' || c < 0x20 {
			break
		}
	}
	s, end, err := d.str(i)
	if err != nil {
		return jsonKey{}, 0, err
	}
	return newJSONKey(s), end, nil
}

func (d *jsonDecoder) findKey(raw string) (jsonKey, bool) {
	if d.keyMap != nil {
		k, ok := d.keyMap[raw]
		return k, ok
	}
	for _, k := range d.keyArr[:d.keyN] {
		if k.s == raw {
			return k, true
		}
	}
	return jsonKey{}, false
}

func (d *jsonDecoder) saveKey(k jsonKey) {
	if d.keyMap == nil {
		if d.keyN < len(d.keyArr) {
			d.keyArr[d.keyN] = k
			d.keyN++
			d.keyBytes += len(k.s)
			return
		}
		d.keyMap = make(map[string]jsonKey, 2*len(d.keyArr))
		for _, o := range d.keyArr {
			d.keyMap[o.s] = o
		}
	}
	if len(d.keyMap) < jsonMaxKeys {
		d.keyMap[k.s] = k
		d.keyBytes += len(k.s)
	}
}

func (d *jsonDecoder) hex4(i int) (rune, bool) {
	if i+4 > len(d.s) {
		return 0, false
	}
	var r rune
	for _, c := range []byte(d.s[i : i+4]) {
		var v rune
		switch {
		case c >= '0' && c <= '9':
			v = rune(c - '0')
		case c >= 'a' && c <= 'f':
			v = rune(c-'a') + 10
		case c >= 'A' && c <= 'F':
			v = rune(c-'A') + 10
		default:
			return 0, false
		}
		r = r<<4 | v
	}
	return r, true
}

func (d *jsonDecoder) object(i int) (rt.Value, int, error) {
	base := len(d.pairs)
	i = d.skipWS(i)
	if i < len(d.s) && d.s[i] == '}' {
		return d.finishObject(base, i+1)
	}
	for {
		if i >= len(d.s) || d.s[i] != '"' {
			return nil, 0, d.fail("Expecting property name enclosed in double quotes", i)
		}
		key, end, err := d.key(i + 1)
		if err != nil {
			return nil, 0, err
		}
		i = d.skipWS(end)
		if i >= len(d.s) || d.s[i] != ':' {
			return nil, 0, d.fail("Expecting ':' delimiter", i)
		}
		i = d.skipWS(i + 1)
		v, end, err := d.value(i)
		if err != nil {
			return nil, 0, err
		}
		d.pairs = append(d.pairs, jsonPair{key, v})
		i = d.skipWS(end)
		if i < len(d.s) && d.s[i] == '}' {
			return d.finishObject(base, i+1)
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return nil, 0, d.fail("Expecting ',' delimiter", i)
		}
		i = d.skipWS(i + 1)
	}
}

// finishObject makes the object whose pairs are d.pairs[base:] and pops
// them.
func (d *jsonDecoder) finishObject(base, end int) (rt.Value, int, error) {
	pairs := d.pairs[base:]
	defer func() {
		clear(pairs) // no stale references from the scratch stack
		d.pairs = d.pairs[:base]
	}()
	if d.pairsHook != nil {
		items := make([]rt.Value, len(pairs))
		for i, p := range pairs {
			items[i] = rt.NewTuple([]rt.Value{p.key.v, p.v})
		}
		v, err := rt.Call(d.th, d.pairsHook, []rt.Value{rt.NewList(items)}, nil)
		return v, end, err
	}
	dict := rt.NewDictSize(len(pairs))
	for _, p := range pairs {
		dict.SetStrKey(p.key.v, p.key.s, p.key.h, p.v)
	}
	if d.objectHook != nil {
		v, err := rt.Call(d.th, d.objectHook, []rt.Value{dict}, nil)
		return v, end, err
	}
	return dict, end, nil
}

func (d *jsonDecoder) array(i int) (rt.Value, int, error) {
	base := len(d.items)
	i = d.skipWS(i)
	if i < len(d.s) && d.s[i] == ']' {
		return rt.NewList(nil), i + 1, nil
	}
	for {
		v, end, err := d.value(i)
		if err != nil {
			return nil, 0, err
		}
		d.items = append(d.items, v)
		i = d.skipWS(end)
		if i < len(d.s) && d.s[i] == ']' {
			items := append([]rt.Value(nil), d.items[base:]...)
			clear(d.items[base:])
			d.items = d.items[:base]
			return rt.NewList(items), i + 1, nil
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return nil, 0, d.fail("Expecting ',' delimiter", i)
		}
		i = d.skipWS(i + 1)
	}
}
