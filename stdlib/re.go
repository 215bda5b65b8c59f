package stdlib

import (
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The re module over Go's regexp (see re_translate.go for how Python
// patterns become RE2 patterns).
//
// Searching from a position p > 0 must see the text before p (for ^, \b,
// (?m)^), which Go's regexp API cannot do on a sub-slice. When the
// pattern has none of those assertions, or the character before p makes
// them answer as they do at the start of a string (a newline before
// (?m)^, a non-word character before \b), the search runs on the
// sub-slice itself, where Go's literal-prefix scan applies. Otherwise it
// runs on the text starting one character earlier, with the pattern
// prefixed by (?s:.): the match of the original pattern starts at or
// after p and its assertions see the real previous character. (See
// rePattern.exec for the in-between case of ^ and \A.)
// Positions are converted between Go byte offsets and Python code-point
// indices by reSubject. Bytes subjects and patterns are decoded as
// Latin-1 so that each byte is one character.

var (
	reErrorType   = newModuleErrorType("error", "re", rt.ExceptionType)
	rePatternType = newModuleType("Pattern", "re")
	reMatchType   = newModuleType("Match", "re")
	reIterType    = newIterType("callable_iterator", "re")
)

// loadReModule makes the re module (registered in modules.go).
func loadReModule() *rt.Module {
	setupReTypes()
	return newReModule()
}

// reSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib):
// patterns exist only once re is imported or string.Template compiles
// one (reCompile and newReSubject set it up).
var reSetup sync.Once

func setupReTypes() { reSetup.Do(initReTypes) }

func initReTypes() {
	reErrorType.SetName("error")
	reErrorType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var msg string
		var pattern, pos rt.Value = rt.None, rt.None
		if err := rt.UnpackArgs("error", args, kwargs, "msg", &msg, "pattern?", &pattern, "pos?", &pos); err != nil {
			return nil, err
		}
		p := -1
		if n, ok := pos.(rt.Int); ok {
			p = int(n)
		}
		e := newReError(msg, pattern, p)
		e.Class = cls
		return e, nil
	}
	addPatternMethods()
	addMatchMethods()
}

func newReModule() *rt.Module {
	m := rt.NewModule("re")
	th := rt.NewThread("")
	flagType, err := newRegexFlag(th)
	if err != nil {
		panic("re.RegexFlag: " + err.Error())
	}
	m.Dict.SetStr("RegexFlag", flagType)
	for _, f := range reFlagNames {
		v, err := rt.GetAttr(th, flagType, f.name)
		if err != nil {
			panic("re.RegexFlag: " + err.Error())
		}
		m.Dict.SetStr(f.name, v)
	}
	m.Dict.SetStr("error", reErrorType)
	m.Dict.SetStr("Pattern", rePatternType)
	m.Dict.SetStr("Match", reMatchType)
	patFn := func(name string, method string, nargs []string) *rt.Builtin {
		required := 0 // leading arguments without '?'
		for _, n := range nargs {
			if strings.HasSuffix(n, "?") {
				break
			}
			required++
		}
		return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(kwargs) == 0 && len(args) == 1+required {
				// re.search(pattern, string): no optional arguments,
				// no UnpackArgs.
				p, err := reCompile(args[0], 0)
				if err != nil {
					return nil, err
				}
				if kind, ok := reMatchKinds[method]; ok {
					// No method lookup for search/match/fullmatch.
					return p.(*rePattern).matchCall(method, kind, args[1:], nil)
				}
				return rt.CallMethod(th, p, method, args[1:], nil)
			}
			if err := reMissingArgs(name, append([]string{"pattern"}, nargs[:required]...), args, kwargs); err != nil {
				return nil, err
			}
			vals := make([]rt.Value, len(nargs)+1)
			var flags rt.Value = rt.MakeInt(0)
			pairs := []any{"pattern", &vals[0]}
			for i, n := range nargs {
				vals[i+1] = nil
				pairs = append(pairs, n, &vals[i+1])
			}
			pairs = append(pairs, "flags?", &flags)
			if err := rt.UnpackArgs(name, args, kwargs, pairs...); err != nil {
				return nil, err
			}
			fl, err := reFlagsArg(flags)
			if err != nil {
				return nil, err
			}
			p, err := reCompile(vals[0], fl)
			if err != nil {
				return nil, err
			}
			var margs []rt.Value
			for _, v := range vals[1:] {
				if v != nil {
					margs = append(margs, v)
				}
			}
			return rt.CallMethod(th, p, method, margs, nil)
		})
	}
	for _, f := range []*rt.Builtin{
		patFn("search", "search", []string{"string"}),
		patFn("match", "match", []string{"string"}),
		patFn("fullmatch", "fullmatch", []string{"string"}),
		patFn("findall", "findall", []string{"string"}),
		patFn("finditer", "finditer", []string{"string"}),
		patFn("sub", "sub", []string{"repl", "string", "count?"}),
		patFn("subn", "subn", []string{"repl", "string", "count?"}),
		patFn("split", "split", []string{"string", "maxsplit?"}),
		rt.NewFunc("compile", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := reMissingArgs("compile", []string{"pattern"}, args, kwargs); err != nil {
				return nil, err
			}
			var pat rt.Value
			var flags rt.Value = rt.MakeInt(0)
			if err := rt.UnpackArgs("compile", args, kwargs, "pattern", &pat, "flags?", &flags); err != nil {
				return nil, err
			}
			fl, err := reFlagsArg(flags)
			if err != nil {
				return nil, err
			}
			return reCompile(pat, fl)
		}),
		rt.NewFunc("escape", reEscape),
		rt.NewFunc("purge", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			reCache.Lock()
			reCache.m = map[reCacheKey]*rePattern{}
			reCache.Unlock()
			return rt.None, nil
		}),
	} {
		m.Dict.SetStr(f.Name, f)
	}
	return m
}

// reMissingArgs is the TypeError of a Python function (re.search and the
// others are Python functions in CPython) called without some of its
// required positional parameters.
func reMissingArgs(fname string, params []string, args []rt.Value, kwargs []rt.KwArg) error {
	var missing []string
	for i, n := range params {
		if i < len(args) {
			continue
		}
		found := false
		for _, kw := range kwargs {
			found = found || kw.Name == n
		}
		if !found {
			missing = append(missing, "'"+n+"'")
		}
	}
	switch len(missing) {
	case 0:
		return nil
	case 1:
		return rt.NewError(rt.TypeErrorType, "%s() missing 1 required positional argument: %s", fname, missing[0])
	}
	list := strings.Join(missing[:len(missing)-1], ", ")
	if len(missing) > 2 {
		list += ","
	}
	return rt.NewError(rt.TypeErrorType, "%s() missing %d required positional arguments: %s and %s", fname, len(missing), list, missing[len(missing)-1])
}

func reFlagsArg(v rt.Value) (int, error) {
	n, err := rt.IndexInt(v)
	if err != nil {
		return 0, rt.NewError(rt.TypeErrorType, "unsupported operand type(s) for &: '%s' and 'int'", rt.TypeName(v))
	}
	return n, nil
}

// newReError makes re.error(msg, pattern, pos) with CPython's message
// ("msg at position N", plus line/column for multi-line patterns).
func newReError(msg string, pattern rt.Value, pos int) *rt.Exception {
	full := msg
	lineno, colno := rt.Value(rt.None), rt.Value(rt.None)
	if pattern != rt.None && pos >= 0 {
		var text []rune
		newline := '\n'
		switch p := pattern.(type) {
		case rt.Str:
			text = []rune(string(p))
		case rt.Bytes:
			text = reLatin1Runes(string(p))
		}
		if pos > len(text) {
			pos = len(text)
		}
		line, last := 1, -1
		for i := 0; i < pos; i++ {
			if text[i] == newline {
				line++
				last = i
			}
		}
		col := pos - last
		lineno, colno = rt.MakeInt(int64(line)), rt.MakeInt(int64(col))
		full = msg + " at position " + itoa(pos)
		for _, r := range text {
			if r == newline {
				full = msg + " (line " + itoa(line) + ", column " + itoa(col) + ")"
				break
			}
		}
	}
	e := rt.NewError(reErrorType, full)
	posV := rt.Value(rt.None)
	if pos >= 0 && pattern != rt.None {
		posV = rt.MakeInt(int64(pos))
	}
	for _, kv := range []struct {
		k string
		v rt.Value
	}{{"msg", rt.Str(msg)}, {"pattern", pattern}, {"pos", posV}, {"lineno", lineno}, {"colno", colno}} {
		_ = e.SetAttr(nil, kv.k, kv.v)
	}
	return e
}

func reLatin1Runes(s string) []rune {
	rs := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		rs[i] = rune(s[i])
	}
	return rs
}

func reLatin1Decode(s string) string { return string(reLatin1Runes(s)) }

func reLatin1Encode(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, byte(r))
	}
	return string(b)
}

// ---- compiled patterns ----

// rePattern is a compiled pattern (re.Pattern).
type rePattern struct {
	source  rt.Value // the pattern as given (str or bytes)
	isBytes bool
	prog    *reProgram

	mu sync.Mutex
	// Go programs by kind: search/match/fullmatch, each plain and
	// windowed (prefixed with one context character).
	progs [6]*regexp.Regexp

	// The assertions of the pattern that look at the character before
	// a position (set by reCompile from the Go syntax tree).
	lookLine bool // (?m)^
	lookText bool // \A (and non-MULTILINE ^)
	lookWord bool // \b, \B
	// lineStart: every match begins with (?m)^, so a search need only
	// try an anchored match at each line start.
	lineStart bool
	// sameGroups: Python group g is Go group g (reProgram.identity).
	sameGroups bool
	// bt is the backtracking program for ASCII subjects (nil when the
	// pattern is not one it handles; see re_backtrack.go).
	bt *reBT
	// lk runs the patterns RE2 cannot (lookaround, backreferences; see
	// re_look.go); when set, nothing above is used.
	lk *lkProgram
	// lkBack is the pattern for re_look.go's matcher, made on first need
	// (lkFallback) for what Go's regexp cannot answer: a non-empty match
	// at a position (re_scan.go), \b next to non-ASCII characters.
	lkOnce sync.Once
	lkBack *lkProgram
}

// reBTStates recycles the backtracking matcher's scratch stacks.
var reBTStates = sync.Pool{New: func() any { return new(reBTState) }}

type reCacheKey struct {
	src     string
	isBytes bool
	flags   int
}

var reCache = struct {
	sync.Mutex
	m map[reCacheKey]*rePattern
}{m: map[reCacheKey]*rePattern{}}

func (*rePattern) Type() *rt.Type { return rePatternType }

func reCompile(pat rt.Value, flags int) (rt.Value, error) {
	setupReTypes()
	if p, ok := pat.(*rePattern); ok {
		if flags != 0 {
			return nil, rt.NewError(rt.ValueErrorType, "cannot process flags argument with a compiled pattern")
		}
		return p, nil
	}
	var src string
	isBytes := false
	switch p := pat.(type) {
	case rt.Str:
		src = string(p)
	case rt.Bytes:
		src, isBytes = reLatin1Decode(string(p)), true
	case *rt.ByteArray:
		src, isBytes = reLatin1Decode(p.String()), true
		pat = rt.Bytes(p.String())
	default:
		return nil, rt.NewError(rt.TypeErrorType, "first argument must be string or compiled pattern")
	}
	if isBytes && flags&reUnicode != 0 {
		return nil, rt.NewError(rt.ValueErrorType, "cannot use UNICODE flag with a bytes pattern")
	}
	if !isBytes && flags&reLocale != 0 {
		return nil, rt.NewError(rt.ValueErrorType, "cannot use LOCALE flag with a str pattern")
	}
	key := reCacheKey{src, isBytes, flags}
	reCache.Lock()
	if p, ok := reCache.m[key]; ok {
		reCache.Unlock()
		return p, nil
	}
	reCache.Unlock()
	prog, err := reTranslate(src, flags, isBytes)
	var lk *lkProgram
	viaLook := err != nil && err.(*reError).unsupported()
	if viaLook {
		// Lookaround or a backreference: the backtracking matcher.
		lk, prog, err = lkCompile(src, flags, isBytes)
	}
	if err != nil {
		re := err.(*reError)
		if re.pos < 0 && !viaLook {
			return nil, rt.NewError(rt.ValueErrorType, re.msg)
		}
		return nil, newReError(re.msg, pat, re.pos)
	}
	p := &rePattern{source: pat, isBytes: isBytes, prog: prog, lk: lk}
	if lk == nil {
		if err := p.prepareRE2(); err != nil {
			return nil, err
		}
	}
	reCache.Lock()
	if len(reCache.m) >= 512 {
		reCache.m = map[reCacheKey]*rePattern{}
	}
	reCache.m[key] = p
	reCache.Unlock()
	return p, nil
}

// prepareRE2 compiles the pattern's RE2 program and notes what exec's
// shortcuts need from its syntax tree.
func (p *rePattern) prepareRE2() error {
	if _, err := p.program(0); err != nil {
		return err
	}
	re, err := syntax.Parse(p.prog.goSrc, syntax.Perl)
	if err != nil {
		p.lookText, p.lookWord = true, true // cannot happen: it compiled
		return nil
	}
	p.noteLookBehind(re)
	p.lineStart = reStartsWithLine(re)
	p.sameGroups = p.prog.identity()
	p.bt = reBTCompile(p.prog.goSrc)
	return nil
}

const (
	reKindSearch = iota
	reKindMatch
	reKindFull
)

// program returns the Go program for kind (+3 for the windowed form).
func (p *rePattern) program(k int) (*regexp.Regexp, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if r := p.progs[k]; r != nil {
		return r, nil
	}
	src := "(?:" + p.prog.goSrc + ")"
	if k >= 3 {
		src = `(?s:.)` + src
	}
	switch k % 3 {
	case reKindMatch:
		src = `\A` + src
	case reKindFull:
		src = `\A` + src + `\z`
	}
	r, err := regexp.Compile(src)
	if err != nil {
		msg := err.Error()
		if e, ok := err.(*syntax.Error); ok {
			msg = string(e.Code)
		}
		return nil, newReError(msg+" (Go's RE2 engine)", p.source, 0)
	}
	p.progs[k] = r
	return r, nil
}

// reSubject is a string being searched, with code-point/byte conversion.
type reSubject struct {
	orig    rt.Value
	s       string // Go text (Latin-1 decoded for bytes)
	isBytes bool
	ascii   bool
	offs    []int  // code point index -> byte offset (len n+1), nil if ascii
	runes   []rune // the code points, made by re_look.go's matcher on first use
}

func newReSubject(p *rePattern, v rt.Value) (*reSubject, error) {
	setupReTypes()
	sub := &reSubject{orig: v}
	switch x := v.(type) {
	case rt.Str:
		if p.isBytes {
			return nil, rt.NewError(rt.TypeErrorType, "cannot use a bytes pattern on a string-like object")
		}
		sub.s = string(x)
	case rt.Bytes, *rt.ByteArray:
		if !p.isBytes {
			return nil, rt.NewError(rt.TypeErrorType, "cannot use a string pattern on a bytes-like object")
		}
		raw, _ := reBytesLike(v)
		sub.s, sub.isBytes = reLatin1Decode(raw), true
	default:
		return nil, rt.NewError(rt.TypeErrorType, "expected string or bytes-like object, got '%s'", rt.TypeName(v))
	}
	sub.ascii = true
	for i := 0; i < len(sub.s); i++ {
		if sub.s[i] >= utf8.RuneSelf {
			sub.ascii = false
			break
		}
	}
	if !sub.ascii {
		sub.offs = make([]int, 0, len(sub.s)+1)
		for i := range sub.s {
			sub.offs = append(sub.offs, i)
		}
		sub.offs = append(sub.offs, len(sub.s))
	}
	return sub, nil
}

func reBytesLike(v rt.Value) (string, bool) {
	switch x := v.(type) {
	case rt.Bytes:
		return string(x), true
	case *rt.ByteArray:
		return x.String(), true
	case rt.BytesLike:
		return x.BytesData(), true
	}
	return "", false
}

// n is the length in code points.
func (s *reSubject) n() int {
	if s.ascii {
		return len(s.s)
	}
	return len(s.offs) - 1
}

func (s *reSubject) byteOff(cp int) int {
	if s.ascii {
		return cp
	}
	return s.offs[cp]
}

func (s *reSubject) cpOff(b int) int {
	if s.ascii || b < 0 {
		return b
	}
	return sort.SearchInts(s.offs, b)
}

// slice returns the Python value of s[lo:hi] (code points).
func (s *reSubject) slice(lo, hi int) rt.Value {
	t := s.s[s.byteOff(lo):s.byteOff(hi)]
	if s.isBytes {
		return rt.Bytes(reLatin1Encode(t))
	}
	return rt.Str(t)
}

// noteLookBehind records which assertions of re look at the previous
// character.
func (p *rePattern) noteLookBehind(re *syntax.Regexp) {
	switch re.Op {
	case syntax.OpBeginLine:
		p.lookLine = true
	case syntax.OpBeginText:
		p.lookText = true
	case syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		p.lookWord = true
	}
	for _, s := range re.Sub {
		p.noteLookBehind(s)
	}
}

// reStartsWithLine reports whether every match of re begins with a
// (?m)^ assertion.
func reStartsWithLine(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginLine:
		return true
	case syntax.OpConcat, syntax.OpCapture:
		return len(re.Sub) > 0 && reStartsWithLine(re.Sub[0])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !reStartsWithLine(s) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}

// reWordByte is Go's \b word character (ASCII only; a byte of a
// multi-byte rune is not one).
func reWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// exec runs the pattern at code-point pos..endpos; it returns the Python
// group spans (code points, -1 when unset) or nil.
func (p *rePattern) exec(sub *reSubject, pos, endpos, kind int) ([]int, error) {
	if pos > endpos {
		return nil, nil
	}
	if p.lk != nil {
		return p.lk.exec(sub, pos, endpos, kind, false), nil
	}
	if p.prog.uniWord && !sub.ascii {
		if lk := p.lkFallback(); lk != nil {
			return lk.exec(sub, pos, endpos, kind, false), nil
		}
	}
	pb, eb := sub.byteOff(pos), sub.byteOff(endpos)
	text := sub.s[:eb]
	if sub.ascii && p.bt != nil {
		st := reBTStates.Get().(*reBTState)
		loc, ok := p.bt.exec(st, text, pb, kind != reKindSearch, kind == reKindFull, kind == reKindSearch && p.lineStart)
		reBTStates.Put(st)
		if ok {
			if loc == nil {
				return nil, nil
			}
			return p.spans(sub, loc, kind)
		}
	}
	base := 0
	k := kind
	var loc []int
	if kind == reKindSearch && p.lineStart && !p.lookText {
		// Anchored matches at each line start from pb (whose previous
		// character is a newline, so the sub-slice is exact): no scan of
		// the text between lines by the regexp engine.
		r, err := p.program(reKindMatch)
		if err != nil {
			return nil, err
		}
		for q := pb; ; {
			if q == 0 || text[q-1] == '\n' {
				if loc = r.FindStringSubmatchIndex(text[q:]); loc != nil {
					base = q
					break
				}
			}
			i := strings.IndexByte(text[q:], '\n')
			if i < 0 {
				return nil, nil
			}
			q += i + 1
		}
	} else if pb > 0 {
		// On the sub-slice, ^ \A \b \B at its start see "no previous
		// character". That is exact when no such assertion is in the
		// pattern or the real previous character answers the same. When
		// only ^ / \A differ, they answer true at the slice start where
		// the real text says false: the slice can only gain matches
		// starting there, so a match found further on, or none at all,
		// is still the answer; one at the very start needs the window.
		prev := sub.s[pb-1]
		exact := !p.lookText && (!p.lookLine || prev == '\n') && (!p.lookWord || !reWordByte(prev))
		if exact || !p.lookWord {
			r, err := p.program(kind)
			if err != nil {
				return nil, err
			}
			loc = r.FindStringSubmatchIndex(text[pb:])
			if loc == nil {
				return nil, nil
			}
			if !exact && loc[0] == 0 {
				loc = nil
			} else {
				base = pb
			}
		}
		if loc == nil {
			_, size := utf8.DecodeLastRuneInString(text[:pb])
			base = pb - size
			text = text[base:]
			k += 3
		}
	}
	if loc == nil {
		r, err := p.program(k)
		if err != nil {
			return nil, err
		}
		loc = r.FindStringSubmatchIndex(text)
		if loc == nil {
			return nil, nil
		}
	}
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += base
		}
	}
	if k >= 3 {
		// Drop the context character from the overall match.
		_, size := utf8.DecodeRuneInString(sub.s[loc[0]:])
		loc[0] += size
	}
	return p.spans(sub, loc, kind)
}

// spans turns the Go match locations loc (absolute byte offsets in
// sub.s) into the Python group spans.
func (p *rePattern) spans(sub *reSubject, loc []int, kind int) ([]int, error) {
	// Python's '$' does not consume the final newline.
	end := loc[1]
	for _, h := range p.prog.hidden {
		if loc[2*h] >= 0 {
			end = loc[2*h]
			break
		}
	}
	if end != loc[1] {
		if kind == reKindFull {
			return nil, nil
		}
		for i := 0; i < len(loc); i += 2 {
			if loc[i+1] > end {
				loc[i+1] = end
				if loc[i] > end {
					loc[i] = end
				}
			}
		}
	}
	ng := p.prog.ngroups
	if sub.ascii && p.sameGroups {
		// Code points are bytes and Python group g is Go group g: the
		// spans are loc's first entries.
		return loc[:2*(ng+1)], nil
	}
	spans := make([]int, 2*(ng+1))
	for g := 0; g <= ng; g++ {
		gi := p.prog.goIndex[g]
		spans[2*g] = sub.cpOff(loc[2*gi])
		spans[2*g+1] = sub.cpOff(loc[2*gi+1])
	}
	return spans, nil
}

// ---- Pattern methods ----

// reMatchKinds are the Pattern methods that run one match, by name.
var reMatchKinds = map[string]int{"search": reKindSearch, "match": reKindMatch, "fullmatch": reKindFull}

// matchCall is Pattern.search/match/fullmatch (name, of kind).
func (p *rePattern) matchCall(name string, kind int, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	sub, pos, endpos, err := p.posArgs(name, args, kwargs)
	if err != nil {
		return nil, err
	}
	spans, err := p.exec(sub, pos, endpos, kind)
	if err != nil || spans == nil {
		return rt.None, err
	}
	return &reMatch{pat: p, sub: sub, spans: spans, pos: pos, endpos: endpos}, nil
}

func rePatSelf(self rt.Value) *rePattern { return self.(*rePattern) }

// posArgs unpacks (string, pos=0, endpos=maxsize) and clamps them.
func (p *rePattern) posArgs(fname string, args []rt.Value, kwargs []rt.KwArg) (*reSubject, int, int, error) {
	var s rt.Value
	pos, endpos := 0, 1<<62
	if len(args) == 1 && len(kwargs) == 0 {
		s = args[0] // the common call, without UnpackArgs' bookkeeping
	} else if err := rt.UnpackArgs(fname, args, kwargs, "string", &s, "pos?", &pos, "endpos?", &endpos); err != nil {
		return nil, 0, 0, err
	}
	sub, err := newReSubject(p, s)
	if err != nil {
		return nil, 0, 0, err
	}
	n := sub.n()
	clamp := func(x int) int {
		if x < 0 {
			return 0
		}
		if x > n {
			return n
		}
		return x
	}
	return sub, clamp(pos), clamp(endpos), nil
}

func addPatternMethods() {
	matcher := func(name string, kind int) *rt.Builtin {
		return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rePatSelf(self).matchCall(name, kind, args, kwargs)
		})
	}
	rePatternType.AddMethods(
		matcher("search", reKindSearch),
		matcher("match", reKindMatch),
		matcher("fullmatch", reKindFull),
		rt.NewMethod("findall", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			p := rePatSelf(self)
			sub, pos, endpos, err := p.posArgs("findall", args, kwargs)
			if err != nil {
				return nil, err
			}
			out := rt.NewList(nil)
			ng := p.prog.ngroups
			err = p.iterate(sub, pos, endpos, func(spans []int) (bool, error) {
				switch ng {
				case 0:
					out.Append(sub.slice(spans[0], spans[1]))
				case 1:
					out.Append(reGroupOr(sub, spans, 1, sub.empty()))
				default:
					items := make([]rt.Value, ng)
					for g := 1; g <= ng; g++ {
						items[g-1] = reGroupOr(sub, spans, g, sub.empty())
					}
					out.Append(rt.NewTuple(items))
				}
				return false, nil
			})
			return out, err
		}),
		rt.NewMethod("finditer", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			p := rePatSelf(self)
			sub, pos, endpos, err := p.posArgs("finditer", args, kwargs)
			if err != nil {
				return nil, err
			}
			return p.finditer(sub, pos, endpos), nil
		}),
		rt.NewMethod("sub", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, _, err := rePatSelf(self).subn(th, "sub", args, kwargs)
			return v, err
		}),
		rt.NewMethod("subn", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, n, err := rePatSelf(self).subn(th, "subn", args, kwargs)
			if err != nil {
				return nil, err
			}
			return rt.NewTuple([]rt.Value{v, rt.MakeInt(int64(n))}), nil
		}),
		rt.NewMethod("split", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rePatSelf(self).split(args, kwargs)
		}),
		rt.NewMethod("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			s, err := rePatSelf(self).Repr(th)
			return rt.Str(s), err
		}),
	)
}

// finditer returns a lazy iterator of Match objects.
func (p *rePattern) finditer(sub *reSubject, pos, endpos int) rt.Value {
	sc := reScanner{p: p, sub: sub, pos: pos, endpos: endpos}
	return &iterObject{typ: reIterType, next: func(th *rt.Thread) (rt.Value, bool, error) {
		spans, err := sc.next()
		if err != nil || spans == nil {
			return nil, false, err
		}
		return &reMatch{pat: p, sub: sub, spans: spans, pos: pos, endpos: endpos}, true, nil
	}}
}

func (s *reSubject) empty() rt.Value {
	if s.isBytes {
		return rt.Bytes("")
	}
	return rt.Str("")
}

func reGroupOr(sub *reSubject, spans []int, g int, def rt.Value) rt.Value {
	if spans[2*g] < 0 {
		return def
	}
	return sub.slice(spans[2*g], spans[2*g+1])
}

func (p *rePattern) split(args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var s rt.Value
	maxsplit := 0
	if err := rt.UnpackArgs("split", args, kwargs, "string", &s, "maxsplit?", &maxsplit); err != nil {
		return nil, err
	}
	sub, err := newReSubject(p, s)
	if err != nil {
		return nil, err
	}
	out := rt.NewList(nil)
	last, n := 0, 0
	err = p.iterate(sub, 0, sub.n(), func(spans []int) (bool, error) {
		if maxsplit > 0 && n >= maxsplit {
			return true, nil
		}
		out.Append(sub.slice(last, spans[0]))
		for g := 1; g <= p.prog.ngroups; g++ {
			out.Append(reGroupOr(sub, spans, g, rt.None))
		}
		last = spans[1]
		n++
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	out.Append(sub.slice(last, sub.n()))
	return out, nil
}

func (p *rePattern) subn(th *rt.Thread, fname string, args []rt.Value, kwargs []rt.KwArg) (rt.Value, int, error) {
	var repl, s rt.Value
	count := 0
	if err := rt.UnpackArgs(fname, args, kwargs, "repl", &repl, "string", &s, "count?", &count); err != nil {
		return nil, 0, err
	}
	sub, err := newReSubject(p, s)
	if err != nil {
		return nil, 0, err
	}
	var tmpl []reTmplPart
	isFunc := false
	switch r := repl.(type) {
	case rt.Str:
		if p.isBytes {
			return nil, 0, rt.NewError(rt.TypeErrorType, "expected a bytes-like object, str found")
		}
		tmpl, err = p.parseTemplate(string(r))
	case rt.Bytes, *rt.ByteArray:
		if !p.isBytes {
			return nil, 0, rt.NewError(rt.TypeErrorType, "expected str instance, %s found", rt.TypeName(repl))
		}
		raw, _ := reBytesLike(repl)
		tmpl, err = p.parseTemplate(reLatin1Decode(raw))
	default:
		if _, ok := repl.(rt.Callable); !ok {
			return nil, 0, rt.NewError(rt.TypeErrorType, "expected str instance, %s found", rt.TypeName(repl))
		}
		isFunc = true
	}
	if err != nil {
		return nil, 0, err
	}
	var b strings.Builder
	last, n, pieces := 0, 0, 0
	err = p.iterate(sub, 0, sub.n(), func(spans []int) (bool, error) {
		if count > 0 && n >= count {
			return true, nil
		}
		if spans[0] > last {
			pieces++
		}
		b.WriteString(sub.s[sub.byteOff(last):sub.byteOff(spans[0])])
		if isFunc {
			m := &reMatch{pat: p, sub: sub, spans: spans, pos: 0, endpos: sub.n()}
			v, err := rt.Call(th, repl, []rt.Value{m}, nil)
			if err != nil {
				return true, err
			}
			switch x := v.(type) {
			case rt.Str:
				if p.isBytes {
					return true, rt.NewError(rt.TypeErrorType, "expected a bytes-like object, str found")
				}
				b.WriteString(string(x))
			case rt.Bytes, *rt.ByteArray:
				if !p.isBytes {
					return true, rt.NewError(rt.TypeErrorType, "expected str instance, %s found", rt.TypeName(v))
				}
				raw, _ := reBytesLike(v)
				b.WriteString(reLatin1Decode(raw))
			default:
				if v != rt.None {
					want := "str instance"
					if p.isBytes {
						want = "a bytes-like object"
					}
					return true, rt.NewError(rt.TypeErrorType, "sequence item %d: expected %s, %s found", pieces, want, rt.TypeName(v))
				}
			}
			if v != rt.None {
				pieces++
			}
		} else {
			for _, part := range tmpl {
				if part.group < 0 {
					b.WriteString(part.lit)
				} else if spans[2*part.group] >= 0 {
					b.WriteString(sub.s[sub.byteOff(spans[2*part.group]):sub.byteOff(spans[2*part.group+1])])
				}
			}
		}
		last = spans[1]
		n++
		return false, nil
	})
	if err != nil {
		return nil, 0, err
	}
	b.WriteString(sub.s[sub.byteOff(last):])
	out := b.String()
	if p.isBytes {
		return rt.Bytes(reLatin1Encode(out)), n, nil
	}
	return rt.Str(out), n, nil
}

// Repr is re.compile('pattern', re.FLAGS).
func (p *rePattern) Repr(th *rt.Thread) (string, error) {
	src, err := rt.Repr(th, p.source)
	if err != nil {
		return "", err
	}
	if len(src) > 200 {
		src = src[:200]
	}
	fl := p.prog.flags
	if !p.isBytes {
		fl &^= reUnicode
	}
	var names []string
	for _, f := range []struct {
		v    int
		name string
	}{{reTemplate, "TEMPLATE"}, {reIgnoreCase, "IGNORECASE"}, {reLocale, "LOCALE"}, {reMultiline, "MULTILINE"},
		{reDotAll, "DOTALL"}, {reUnicode, "UNICODE"}, {reVerbose, "VERBOSE"}, {reDebug, "DEBUG"}, {reASCII, "ASCII"}} {
		if fl&f.v != 0 {
			names = append(names, "re."+f.name)
			fl &^= f.v
		}
	}
	if fl != 0 {
		names = append(names, "0x"+strings.ToLower(strings.TrimLeft(reHex(fl), "0")))
	}
	if len(names) == 0 {
		return "re.compile(" + src + ")", nil
	}
	return "re.compile(" + src + ", " + strings.Join(names, "|") + ")", nil
}

func reHex(n int) string {
	const digits = "0123456789abcdef"
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{digits[n&15]}, b...)
		n >>= 4
	}
	return string(b)
}

// GetAttr gives pattern, flags, groups, groupindex.
func (p *rePattern) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "pattern":
		return p.source, nil
	case "flags":
		return rt.MakeInt(int64(p.prog.flags)), nil
	case "groups":
		return rt.MakeInt(int64(p.prog.ngroups)), nil
	case "groupindex":
		d := rt.NewDict()
		for _, n := range p.prog.nameOrder {
			d.SetStr(n, rt.MakeInt(int64(p.prog.names[n])))
		}
		return d, nil
	}
	return nil, nil
}

// Equal compares pattern source and flags.
func (p *rePattern) Equal(th *rt.Thread, other rt.Value) (bool, bool, error) {
	o, ok := other.(*rePattern)
	if !ok {
		return false, false, nil
	}
	eq, err := rt.Equal(th, p.source, o.source)
	return eq && p.prog.flags == o.prog.flags && p.isBytes == o.isBytes, true, err
}

// Hash hashes the pattern source and flags.
func (p *rePattern) Hash(th *rt.Thread) (int64, error) {
	h, err := rt.Hash(th, p.source)
	return h ^ int64(p.prog.flags), err
}

var (
	_ rt.HasAttrs = (*rePattern)(nil)
	_ rt.HasRepr  = (*rePattern)(nil)
	_ rt.HasEqual = (*rePattern)(nil)
	_ rt.HasHash  = (*rePattern)(nil)
)

// reEscape is re.escape: a backslash before each special character.
func reEscape(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var pat rt.Value
	if err := rt.UnpackArgs("escape", args, kwargs, "pattern", &pat); err != nil {
		return nil, err
	}
	const special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"
	esc := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			if r < 128 && strings.ContainsRune(special, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	switch p := pat.(type) {
	case rt.Str:
		return rt.Str(esc(string(p))), nil
	case rt.Bytes, *rt.ByteArray:
		raw, _ := reBytesLike(p)
		return rt.Bytes(reLatin1Encode(esc(reLatin1Decode(raw)))), nil
	}
	return nil, rt.NewError(rt.TypeErrorType, "expected string or bytes-like object, got '%s'", rt.TypeName(pat))
}
