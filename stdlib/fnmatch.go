package stdlib

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The fnmatch module: shell-style patterns. translate is CPython 3.11's
// algorithm step for step, so it returns the same regular-expression
// text. Matching does not go through the re module: the same parse is
// rendered a second time as a Go regexp (classes spelt as \x{...} code
// points, the atomic groups of translate's output as plain groups, which
// find the same matches since each is followed by a star). Compiled
// patterns are cached, as CPython's lru_cache does. On POSIX normcase is
// the identity, so fnmatch and fnmatchcase agree. Bytes patterns are
// handled as Latin-1 text, as CPython does.

// fnToken is one element of a parsed pattern: a star, or a piece of
// regular expression given in both syntaxes.
type fnToken struct {
	star    bool
	py, re2 string
}

// fnParse is the first loop of CPython's translate.
func fnParse(pat []rune) []fnToken {
	var res []fnToken
	add := func(py, goRe string) { res = append(res, fnToken{py: py, re2: goRe}) }
	i, n := 0, len(pat)
	for i < n {
		c := pat[i]
		i++
		switch c {
		case '*':
			if len(res) == 0 || !res[len(res)-1].star {
				res = append(res, fnToken{star: true})
			}
		case '?':
			add(".", ".")
		case '[':
			j := i
			if j < n && pat[j] == '!' {
				j++
			}
			if j < n && pat[j] == ']' {
				j++
			}
			for j < n && pat[j] != ']' {
				j++
			}
			if j >= n {
				add(`\[`, `\[`)
				continue
			}
			stuff := fnClassBody(pat, i, j)
			stuff = fnEscapeSetOps(stuff)
			i = j + 1
			switch {
			case stuff == "":
				add("(?!)", `[^\x00-\x{10FFFF}]`)
			case stuff == "!":
				add(".", ".")
			default:
				neg := false
				body := stuff
				if stuff[0] == '!' {
					neg = true
					body = stuff[1:]
					stuff = "^" + stuff[1:]
				} else if stuff[0] == '^' || stuff[0] == '[' {
					stuff = `\` + stuff
					body = stuff
				}
				add("["+stuff+"]", fnGoClass(body, neg))
			}
		default:
			add(pyEscapeChar(c), regexp.QuoteMeta(string(c)))
		}
	}
	return res
}

// fnClassBody is the text between [ and ] after CPython's handling of
// backslashes and hyphens (ranges kept, empty ranges dropped).
func fnClassBody(pat []rune, i, j int) string {
	esc := func(s string) string { return strings.ReplaceAll(s, `\`, `\\`) }
	stuff := string(pat[i:j])
	if !strings.ContainsRune(stuff, '-') {
		return esc(stuff)
	}
	var chunks []string
	k := i + 1
	if pat[i] == '!' {
		k = i + 2
	}
	for {
		k = fnFind(pat, '-', k, j)
		if k < 0 {
			break
		}
		chunks = append(chunks, string(pat[i:k]))
		i = k + 1
		k = k + 3
	}
	if chunk := string(pat[i:j]); chunk != "" {
		chunks = append(chunks, chunk)
	} else {
		chunks[len(chunks)-1] += "-"
	}
	for k := len(chunks) - 1; k > 0; k-- {
		prev, cur := []rune(chunks[k-1]), []rune(chunks[k])
		if prev[len(prev)-1] > cur[0] {
			chunks[k-1] = string(prev[:len(prev)-1]) + string(cur[1:])
			chunks = append(chunks[:k], chunks[k+1:]...)
		}
	}
	parts := make([]string, len(chunks))
	for x, s := range chunks {
		parts[x] = strings.ReplaceAll(esc(s), "-", `\-`)
	}
	return strings.Join(parts, "-")
}

// fnFind is str.find(sub, start, end) for one rune (start may pass end).
func fnFind(pat []rune, r rune, start, end int) int {
	for k := start; k < end; k++ {
		if pat[k] == r {
			return k
		}
	}
	return -1
}

func fnEscapeSetOps(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == '&' || r == '~' || r == '|' {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// pyEscapeChar is re.escape for one character.
func pyEscapeChar(c rune) string {
	if strings.ContainsRune("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", c) {
		return `\` + string(c)
	}
	return string(c)
}

// fnGoClass renders a class body in Python's syntax (backslash escapes
// and a-b ranges) as a Go class of explicit code points.
func fnGoClass(body string, neg bool) string {
	rs := []rune(body)
	var items []rune
	var b strings.Builder
	b.WriteByte('[')
	if neg {
		b.WriteByte('^')
	}
	next := func(k int) (rune, int) {
		if rs[k] == '\\' && k+1 < len(rs) {
			return rs[k+1], k + 2
		}
		return rs[k], k + 1
	}
	for k := 0; k < len(rs); {
		lo, k2 := next(k)
		if k2 < len(rs)-1 && rs[k2] == '-' {
			hi, k3 := next(k2 + 1)
			fmt.Fprintf(&b, `\x{%x}-\x{%x}`, lo, hi)
			k = k3
			continue
		}
		items = append(items, lo)
		fmt.Fprintf(&b, `\x{%x}`, lo)
		k = k2
	}
	b.WriteByte(']')
	return b.String()
}

// fnTranslate returns CPython's translate() text and the Go regexp.
func fnTranslate(pat string) (string, string) {
	inp := fnParse([]rune(pat))
	var py, gre strings.Builder
	i, n := 0, len(inp)
	for i < n && !inp[i].star {
		py.WriteString(inp[i].py)
		gre.WriteString(inp[i].re2)
		i++
	}
	for i < n {
		i++ // the star
		if i == n {
			py.WriteString(".*")
			gre.WriteString(".*")
			break
		}
		var fpy, fgo strings.Builder
		for i < n && !inp[i].star {
			fpy.WriteString(inp[i].py)
			fgo.WriteString(inp[i].re2)
			i++
		}
		if i == n {
			py.WriteString(".*" + fpy.String())
			gre.WriteString(".*" + fgo.String())
		} else {
			py.WriteString("(?>.*?" + fpy.String() + ")")
			gre.WriteString("(?:.*?" + fgo.String() + ")")
		}
	}
	return `(?s:` + py.String() + `)\Z`, `\A(?s:` + gre.String() + `)\z`
}

var fnCache struct {
	sync.Mutex
	m map[string]*regexp.Regexp
}

const fnCacheMax = 32768

func fnCompile(pat string) *regexp.Regexp {
	fnCache.Lock()
	defer fnCache.Unlock()
	if re, ok := fnCache.m[pat]; ok {
		return re
	}
	_, g := fnTranslate(pat)
	re := regexp.MustCompile(g)
	if fnCache.m == nil || len(fnCache.m) >= fnCacheMax {
		fnCache.m = map[string]*regexp.Regexp{}
	}
	fnCache.m[pat] = re
	return re
}

// fnText returns a str or bytes argument as text (bytes as Latin-1).
func fnText(v rt.Value) (s string, isBytes, ok bool) {
	switch x := v.(type) {
	case rt.Str:
		return string(x), false, true
	case rt.Bytes:
		r := make([]rune, len(x))
		for i := 0; i < len(x); i++ {
			r[i] = rune(x[i])
		}
		return string(r), true, true
	}
	if s, ok := instBase(v).(rt.Str); ok {
		return string(s), false, true
	}
	return "", false, false
}

// fnMatch is fnmatchcase(name, pat); normcase says whether name went
// through os.path.normcase (fnmatch) first, which changes the message
// for a wrong type.
func fnMatch(th *rt.Thread, name, pat rt.Value, normcase bool) (bool, error) {
	if normcase {
		var err error
		if name, err = fnNormcase(th, name); err != nil {
			return false, err
		}
		if pat, err = fnNormcase(th, pat); err != nil {
			return false, err
		}
	}
	p, pb, ok := fnText(pat)
	if !ok {
		if _, isList := pat.(*rt.List); !isList {
			if _, err := rt.Len(th, pat); err != nil {
				return false, err
			}
		}
		return false, rt.NewError(rt.TypeErrorType, "first argument must be string or compiled pattern")
	}
	s, sb, ok := fnText(name)
	if !ok {
		return false, rt.NewError(rt.TypeErrorType, "expected string or bytes-like object, got '%s'", rt.TypeName(name))
	}
	if pb != sb {
		if pb {
			return false, rt.NewError(rt.TypeErrorType, "cannot use a bytes pattern on a string-like object")
		}
		return false, rt.NewError(rt.TypeErrorType, "cannot use a string pattern on a bytes-like object")
	}
	return fnCompile(p).MatchString(s), nil
}

// fnNormcase is posixpath.normcase: os.fspath.
func fnNormcase(th *rt.Thread, v rt.Value) (rt.Value, error) {
	if _, _, ok := fnText(v); ok {
		return v, nil
	}
	p, err := pathArg(th, "normcase", v)
	if err != nil {
		return nil, rt.NewError(rt.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", rt.TypeName(v))
	}
	return pathValue(v, p), nil
}

func fnTwoArgs(fname string, a, b string, args []rt.Value, kwargs []rt.KwArg) (rt.Value, rt.Value, error) {
	vs, err := pyArgs(fname, args, kwargs, a, b)
	if err != nil {
		return nil, nil, err
	}
	return vs[0], vs[1], nil
}

func newFnmatchModule() *rt.Module {
	m := rt.NewModule("fnmatch")
	for _, f := range []*rt.Builtin{
		rt.NewFunc("fnmatch", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			name, pat, err := fnTwoArgs("fnmatch", "name", "pat", args, kwargs)
			if err != nil {
				return nil, err
			}
			ok, err := fnMatch(th, name, pat, true)
			return rt.Bool(ok), err
		}),
		rt.NewFunc("fnmatchcase", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			name, pat, err := fnTwoArgs("fnmatchcase", "name", "pat", args, kwargs)
			if err != nil {
				return nil, err
			}
			ok, err := fnMatch(th, name, pat, false)
			return rt.Bool(ok), err
		}),
		rt.NewFunc("filter", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			names, pat, err := fnTwoArgs("filter", "names", "pat", args, kwargs)
			if err != nil {
				return nil, err
			}
			if pat, err = fnNormcase(th, pat); err != nil {
				return nil, err
			}
			items, err := rt.IterateAll(th, names)
			if err != nil {
				return nil, err
			}
			var out []rt.Value
			for _, it := range items {
				ok, err := fnMatch(th, it, pat, false)
				if err != nil {
					return nil, err
				}
				if ok {
					out = append(out, it)
				}
			}
			return rt.NewList(out), nil
		}),
		rt.NewFunc("translate", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			vs, err := pyArgs("translate", args, kwargs, "pat")
			if err != nil {
				return nil, err
			}
			pat := vs[0]
			s, ok := instBase(pat).(rt.Str)
			if !ok {
				if _, err := rt.Len(th, pat); err != nil {
					return nil, err
				}
				return nil, rt.NewError(rt.TypeErrorType, "translate() argument must be str, not %s", rt.TypeName(pat))
			}
			py, _ := fnTranslate(string(s))
			return rt.Str(py), nil
		}),
	} {
		m.Dict.SetStr(f.Name, f)
	}
	return m
}
