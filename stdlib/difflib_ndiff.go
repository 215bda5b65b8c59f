package stdlib

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	rt "github.com/spindle-lang/spindle/runtime"
)

// difflib's Differ and ndiff: CPython 3.11's line-by-line delta with
// "? " guide lines. compare() runs a SequenceMatcher over the lines (with
// linejunk); each replaced block goes through _fancy_replace, which looks
// for the most similar pair of lines (ratio above 0.75, with charjunk
// on the characters), marks their intraline differences with ^ - +, and
// recurses on the lines around the pair. Like the diff functions, the
// delta is built at the call.

var differType = newModuleType("Differ", "difflib")

type differ struct {
	linejunk, charjunk rt.Value
}

func (*differ) Type() *rt.Type { return differType }

// pyIsSpace is str.isspace for one character.
func pyIsSpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

type deltaWriter struct {
	th  *rt.Thread
	d   *differ
	out []rt.Value
}

func (w *deltaWriter) emit(s string) { w.out = append(w.out, rt.Str(s)) }

func (w *deltaWriter) dump(tag string, x []string, lo, hi int) {
	for i := lo; i < hi; i++ {
		w.emit(tag + " " + x[i])
	}
}

func (w *deltaWriter) plainReplace(a []string, alo, ahi int, b []string, blo, bhi int) {
	if bhi-blo < ahi-alo {
		w.dump("+", b, blo, bhi)
		w.dump("-", a, alo, ahi)
		return
	}
	w.dump("-", a, alo, ahi)
	w.dump("+", b, blo, bhi)
}

func (w *deltaWriter) compare(a, b []string, av, bv rt.Value) error {
	cruncher, err := newSeqMatcher(w.th, w.d.linejunk, av, bv, true)
	if err != nil {
		return err
	}
	for _, o := range cruncher.getOpcodes() {
		switch o.tag {
		case "replace":
			if err := w.fancyReplace(a, o.i1, o.i2, b, o.j1, o.j2); err != nil {
				return err
			}
		case "delete":
			w.dump("-", a, o.i1, o.i2)
		case "insert":
			w.dump("+", b, o.j1, o.j2)
		case "equal":
			w.dump(" ", a, o.i1, o.i2)
		}
	}
	return nil
}

func (w *deltaWriter) fancyReplace(a []string, alo, ahi int, b []string, blo, bhi int) error {
	th := w.th
	bestRatio, cutoff := 0.74, 0.75
	cruncher, err := newSeqMatcher(th, w.d.charjunk, rt.Str(""), rt.Str(""), true)
	if err != nil {
		return err
	}
	eqi, eqj, besti, bestj := -1, -1, 0, 0
	for j := blo; j < bhi; j++ {
		if err := cruncher.setSeq2(th, rt.Str(b[j])); err != nil {
			return err
		}
		for i := alo; i < ahi; i++ {
			if a[i] == b[j] {
				if eqi < 0 {
					eqi, eqj = i, j
				}
				continue
			}
			if err := cruncher.setSeq1(th, rt.Str(a[i])); err != nil {
				return err
			}
			if float64(cruncher.realQuickRatio().(rt.Float)) > bestRatio &&
				float64(cruncher.quickRatio().(rt.Float)) > bestRatio &&
				float64(cruncher.ratio().(rt.Float)) > bestRatio {
				bestRatio, besti, bestj = float64(cruncher.ratio().(rt.Float)), i, j
			}
		}
	}
	if bestRatio < cutoff {
		if eqi < 0 {
			w.plainReplace(a, alo, ahi, b, blo, bhi)
			return nil
		}
		besti, bestj = eqi, eqj
	} else {
		eqi = -1
	}
	if err := w.fancyHelper(a, alo, besti, b, blo, bestj); err != nil {
		return err
	}
	aelt, belt := a[besti], b[bestj]
	if eqi < 0 {
		var atags, btags strings.Builder
		if err := cruncher.setSeq1(th, rt.Str(aelt)); err != nil {
			return err
		}
		if err := cruncher.setSeq2(th, rt.Str(belt)); err != nil {
			return err
		}
		for _, o := range cruncher.getOpcodes() {
			la, lb := o.i2-o.i1, o.j2-o.j1
			switch o.tag {
			case "replace":
				atags.WriteString(strings.Repeat("^", la))
				btags.WriteString(strings.Repeat("^", lb))
			case "delete":
				atags.WriteString(strings.Repeat("-", la))
			case "insert":
				btags.WriteString(strings.Repeat("+", lb))
			case "equal":
				atags.WriteString(strings.Repeat(" ", la))
				btags.WriteString(strings.Repeat(" ", lb))
			}
		}
		w.qformat(aelt, belt, atags.String(), btags.String())
	} else {
		w.emit("  " + aelt)
	}
	return w.fancyHelper(a, besti+1, ahi, b, bestj+1, bhi)
}

func (w *deltaWriter) fancyHelper(a []string, alo, ahi int, b []string, blo, bhi int) error {
	if alo < ahi {
		if blo < bhi {
			return w.fancyReplace(a, alo, ahi, b, blo, bhi)
		}
		w.dump("-", a, alo, ahi)
	} else if blo < bhi {
		w.dump("+", b, blo, bhi)
	}
	return nil
}

// keepOriginalWS is _keep_original_ws: whitespace under a blank tag
// stays the line's own (a tab keeps the guide aligned).
func keepOriginalWS(s, tags string) string {
	sr, tr := []rune(s), []rune(tags)
	n := min(len(sr), len(tr))
	out := make([]rune, n)
	for i := 0; i < n; i++ {
		if tr[i] == ' ' && pyIsSpace(sr[i]) {
			out[i] = sr[i]
		} else {
			out[i] = tr[i]
		}
	}
	return strings.TrimRightFunc(string(out), pyIsSpace)
}

func (w *deltaWriter) qformat(aline, bline, atags, btags string) {
	atags = keepOriginalWS(aline, atags)
	btags = keepOriginalWS(bline, btags)
	w.emit("- " + aline)
	if atags != "" {
		w.emit("? " + atags + "\n")
	}
	w.emit("+ " + bline)
	if btags != "" {
		w.emit("? " + btags + "\n")
	}
}

func (d *differ) compare(th *rt.Thread, av, bv rt.Value) (rt.Value, error) {
	// CPython's order of failures: b is iterated first, then len(a).
	b, err := ndiffLines(th, bv)
	if err != nil {
		return nil, err
	}
	if _, err := rt.Len(th, av); err != nil {
		return nil, err
	}
	a, err := ndiffLines(th, av)
	if err != nil {
		return nil, err
	}
	w := &deltaWriter{th: th, d: d}
	if err := w.compare(a, b, av, bv); err != nil {
		return nil, err
	}
	return listIter(w.out), nil
}

// ndiffLines returns the lines as text (str() of each, as '%s' does).
func ndiffLines(th *rt.Thread, v rt.Value) ([]string, error) {
	items, err := rt.IterateAll(th, v)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(items))
	for i, it := range items {
		if s, ok := it.(rt.Str); ok {
			out[i] = string(s)
			continue
		}
		sv, err := rt.Call(th, rt.StrType, []rt.Value{it}, nil)
		if err != nil {
			return nil, err
		}
		out[i] = string(sv.(rt.Str))
	}
	return out, nil
}

// lineJunkRE is compiled on first use, not at process start (bench/README.md,
// lazy init of stdlib).
var lineJunkRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*(?:#\s*)?$`) })

var (
	isLineJunk = rt.NewFunc("IS_LINE_JUNK", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		vs, err := pyArgs("IS_LINE_JUNK", args, kwargs, "line", "pat=")
		if err != nil {
			return nil, err
		}
		if vs[1] != nil {
			m, err := rt.Call(th, vs[1], []rt.Value{vs[0]}, nil)
			if err != nil {
				return nil, err
			}
			return rt.Bool(m != rt.None), nil
		}
		s, ok := vs[0].(rt.Str)
		if !ok {
			return nil, rt.NewError(rt.TypeErrorType, "expected string or bytes-like object, got '%s'", rt.TypeName(vs[0]))
		}
		return rt.Bool(lineJunkRE().MatchString(string(s))), nil
	})
	isCharacterJunk = rt.NewFunc("IS_CHARACTER_JUNK", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		vs, err := pyArgs("IS_CHARACTER_JUNK", args, kwargs, "ch", "ws=")
		if err != nil {
			return nil, err
		}
		ok, err := rt.Contains(th, orDefault(vs[1], rt.Str(" \t")), vs[0])
		return rt.Bool(ok), err
	})
)

// initDifferType completes difflib.Differ (called by difflib's setup).
func initDifferType() {
	differType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		vs, err := pyArgs("Differ.__init__", args, kwargs, "linejunk=", "charjunk=")
		if err != nil {
			return nil, err
		}
		return &differ{linejunk: orDefault(vs[0], rt.None), charjunk: orDefault(vs[1], rt.None)}, nil
	}
	differType.AddMethods(rt.NewMethod("compare", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		vs, err := pyArgs("Differ.compare", args, kwargs, "a", "b")
		if err != nil {
			return nil, err
		}
		return self.(*differ).compare(th, vs[0], vs[1])
	}))
}

// loadDifflibExtras adds ndiff and Differ to the difflib module made by
// prev (registered in modules.go).
func loadDifflibExtras(prev func() *rt.Module) *rt.Module {
	m := prev()
	m.Dict.SetStr("Differ", differType)
	m.Dict.SetStr("IS_LINE_JUNK", isLineJunk)
	m.Dict.SetStr("IS_CHARACTER_JUNK", isCharacterJunk)
	m.Dict.SetStr("ndiff", rt.NewFunc("ndiff", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		vs, err := pyArgs("ndiff", args, kwargs, "a", "b", "linejunk=", "charjunk=")
		if err != nil {
			return nil, err
		}
		d := &differ{linejunk: orDefault(vs[2], rt.None), charjunk: orDefault(vs[3], isCharacterJunk)}
		return d.compare(th, vs[0], vs[1])
	}))
	return m
}
