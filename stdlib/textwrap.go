package stdlib

import (
	"strings"
	"sync"
	"unicode"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The textwrap module: a port of CPython 3.11's TextWrapper (chunking at
// whitespace and hyphens as its wordsep_re does, long-word breaking,
// max_lines with a placeholder), plus dedent, indent and shorten.
// wordsep_re uses lookbehind, so its rules are coded by hand here.

var textWrapperType = newModuleType("TextWrapper", "textwrap")

type textWrapper struct {
	width              int
	initialIndent      string
	subsequentIndent   string
	expandTabs         bool
	replaceWhitespace  bool
	fixSentenceEndings bool
	breakLongWords     bool
	dropWhitespace     bool
	breakOnHyphens     bool
	tabsize            int
	maxLines           int // 0: none
	placeholder        string
}

func (*textWrapper) Type() *rt.Type { return textWrapperType }

var twFields = []string{"width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace",
	"fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens", "tabsize", "max_lines", "placeholder"}

func newTextWrapper(fname string, args []rt.Value, kwargs []rt.KwArg, extra ...any) (*textWrapper, error) {
	w := &textWrapper{width: 70, expandTabs: true, replaceWhitespace: true, breakLongWords: true,
		dropWhitespace: true, breakOnHyphens: true, tabsize: 8, placeholder: " [...]"}
	var maxLines rt.Value = rt.None
	pairs := append(extra, "width?", &w.width, "initial_indent?", &w.initialIndent, "subsequent_indent?", &w.subsequentIndent,
		"expand_tabs?", &w.expandTabs, "replace_whitespace?", &w.replaceWhitespace,
		"fix_sentence_endings?", &w.fixSentenceEndings, "break_long_words?", &w.breakLongWords,
		"drop_whitespace?", &w.dropWhitespace, "break_on_hyphens?", &w.breakOnHyphens, "tabsize?", &w.tabsize,
		"*", "max_lines?", &maxLines, "placeholder?", &w.placeholder)
	if err := rt.UnpackArgs(fname, args, kwargs, pairs...); err != nil {
		return nil, err
	}
	if maxLines != rt.None {
		n, err := rt.IndexInt(maxLines)
		if err != nil {
			return nil, err
		}
		w.maxLines = n
		if n == 0 {
			w.maxLines = -1 // max_lines=0: every line is the last
		}
	}
	return w, nil
}

func (w *textWrapper) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "width":
		return rt.MakeInt(int64(w.width)), nil
	case "initial_indent":
		return rt.Str(w.initialIndent), nil
	case "subsequent_indent":
		return rt.Str(w.subsequentIndent), nil
	case "expand_tabs":
		return rt.Bool(w.expandTabs), nil
	case "replace_whitespace":
		return rt.Bool(w.replaceWhitespace), nil
	case "fix_sentence_endings":
		return rt.Bool(w.fixSentenceEndings), nil
	case "break_long_words":
		return rt.Bool(w.breakLongWords), nil
	case "drop_whitespace":
		return rt.Bool(w.dropWhitespace), nil
	case "break_on_hyphens":
		return rt.Bool(w.breakOnHyphens), nil
	case "tabsize":
		return rt.MakeInt(int64(w.tabsize)), nil
	case "max_lines":
		if w.maxLines == 0 {
			return rt.None, nil
		}
		if w.maxLines < 0 {
			return rt.MakeInt(0), nil
		}
		return rt.MakeInt(int64(w.maxLines)), nil
	case "placeholder":
		return rt.Str(w.placeholder), nil
	}
	return nil, nil
}

func (w *textWrapper) SetAttr(th *rt.Thread, name string, v rt.Value) error {
	if v == nil {
		return rt.NewError(rt.AttributeErrorType, "cannot delete attribute '%s'", name)
	}
	var err error
	known := false
	for _, f := range twFields {
		if f == name {
			known = true
		}
	}
	if !known {
		return rt.NewError(rt.AttributeErrorType, "'TextWrapper' object has no attribute '%s'", name)
	}
	nw, err := newTextWrapper("TextWrapper", nil, []rt.KwArg{{Name: name, Value: v}})
	if err != nil {
		return err
	}
	switch name {
	case "width":
		w.width = nw.width
	case "initial_indent":
		w.initialIndent = nw.initialIndent
	case "subsequent_indent":
		w.subsequentIndent = nw.subsequentIndent
	case "expand_tabs":
		w.expandTabs = nw.expandTabs
	case "replace_whitespace":
		w.replaceWhitespace = nw.replaceWhitespace
	case "fix_sentence_endings":
		w.fixSentenceEndings = nw.fixSentenceEndings
	case "break_long_words":
		w.breakLongWords = nw.breakLongWords
	case "drop_whitespace":
		w.dropWhitespace = nw.dropWhitespace
	case "break_on_hyphens":
		w.breakOnHyphens = nw.breakOnHyphens
	case "tabsize":
		w.tabsize = nw.tabsize
	case "max_lines":
		w.maxLines = nw.maxLines
	case "placeholder":
		w.placeholder = nw.placeholder
	}
	return err
}

func twIsSpace(r rune) bool {
	return r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' || r == ' '
}

func twIsWordChar(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) }

func twIsLetter(r rune) bool { return twIsWordChar(r) && !unicode.Is(unicode.Nd, r) }

func twIsWordPunct(r rune) bool { return twIsWordChar(r) || strings.ContainsRune("!\"'&.,?", r) }

func (w *textWrapper) munge(text string) string {
	if w.expandTabs {
		v, err := rt.CallMethod(nil, rt.Str(text), "expandtabs", []rt.Value{rt.MakeInt(int64(w.tabsize))}, nil)
		if err == nil {
			text = string(v.(rt.Str))
		}
	}
	if w.replaceWhitespace {
		text = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' {
				return ' '
			}
			return r
		}, text)
	}
	return text
}

// split is TextWrapper._split: whitespace runs and words, words further
// split after hyphens (break_on_hyphens) like wordsep_re.
func (w *textWrapper) split(text string) [][]rune {
	rs := []rune(text)
	var chunks [][]rune
	i := 0
	for i < len(rs) {
		j := i
		if twIsSpace(rs[i]) {
			for j < len(rs) && twIsSpace(rs[j]) {
				j++
			}
			chunks = append(chunks, rs[i:j])
			i = j
			continue
		}
		for j < len(rs) && !twIsSpace(rs[j]) {
			j++
		}
		if w.breakOnHyphens {
			chunks = append(chunks, twSplitWord(rs, i, j)...)
		} else {
			chunks = append(chunks, rs[i:j])
		}
		i = j
	}
	return chunks
}

// twSplitWord applies wordsep_re's em-dash and hyphenated-word rules to
// the non-space run rs[lo:hi].
func twSplitWord(rs []rune, lo, hi int) [][]rune {
	var out [][]rune
	at := func(k int) rune {
		if k < lo || k >= hi {
			return 0
		}
		return rs[k]
	}
	dashRunWord := func(k int) int { // length of a "-{2,}" run at k followed by \w, else 0
		e := k
		for e < hi && rs[e] == '-' {
			e++
		}
		if e-k >= 2 && e < hi && twIsWordChar(rs[e]) {
			return e - k
		}
		return 0
	}
	i := lo
	for i < hi {
		if rs[i] == '-' && i > lo && twIsWordPunct(rs[i-1]) {
			if n := dashRunWord(i); n > 0 {
				out = append(out, rs[i:i+n])
				i += n
				continue
			}
		}
		end := hi
		for j := i + 1; j <= hi; j++ {
			// hyphenated word: the chunk ends after the '-' at j
			if j < hi && rs[j] == '-' {
				behind := (twIsLetter(at(j-1)) && twIsLetter(at(j-2))) ||
					(twIsLetter(at(j-1)) && at(j-2) == '-' && twIsLetter(at(j-3)))
				ahead := twIsLetter(at(j+1)) && (twIsLetter(at(j+2)) || (at(j+2) == '-' && twIsLetter(at(j+3))))
				if behind && ahead && j+1 <= hi {
					end = j + 1
					break
				}
			}
			if j == hi {
				end = hi
				break
			}
			// em-dash follows
			if twIsWordPunct(rs[j-1]) && rs[j] == '-' && dashRunWord(j) > 0 {
				end = j
				break
			}
		}
		out = append(out, rs[i:end])
		i = end
	}
	return out
}

func twStrip(rs []rune) bool { // reports whether rs is all whitespace
	for _, r := range rs {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func (w *textWrapper) fixSentences(chunks [][]rune) {
	for i := 0; i < len(chunks)-1; {
		c := chunks[i]
		if string(chunks[i+1]) == " " && twSentenceEnd(c) {
			chunks[i+1] = []rune("  ")
			i += 2
		} else {
			i++
		}
	}
}

// twSentenceEnd matches [a-z][.!?]["']?\Z.
func twSentenceEnd(c []rune) bool {
	n := len(c)
	if n > 0 && (c[n-1] == '"' || c[n-1] == '\'') {
		n--
	}
	return n >= 2 && strings.ContainsRune(".!?", c[n-1]) && c[n-2] >= 'a' && c[n-2] <= 'z'
}

func twRuneLen(s string) int { return len([]rune(s)) }

func (w *textWrapper) wrap(text string) ([]string, error) {
	chunks := w.split(w.munge(text))
	if w.fixSentenceEndings {
		w.fixSentences(chunks)
	}
	return w.wrapChunks(chunks)
}

func (w *textWrapper) wrapChunks(chunks [][]rune) ([]string, error) {
	var lines []string
	if w.width <= 0 {
		return nil, rt.NewError(rt.ValueErrorType, "invalid width %d (must be > 0)", w.width)
	}
	if w.maxLines != 0 {
		indent := w.initialIndent
		if w.maxLines > 1 {
			indent = w.subsequentIndent
		}
		if twRuneLen(indent)+twRuneLen(strings.TrimLeft(w.placeholder, " \t\n\r\v\f")) > w.width {
			return nil, rt.NewError(rt.ValueErrorType, "placeholder too large for max width")
		}
	}
	// reversed stack: chunks[len-1] is next
	for l, r := 0, len(chunks)-1; l < r; l, r = l+1, r-1 {
		chunks[l], chunks[r] = chunks[r], chunks[l]
	}
	join := func(parts [][]rune) string {
		var b strings.Builder
		for _, p := range parts {
			b.WriteString(string(p))
		}
		return b.String()
	}
	for len(chunks) > 0 {
		var cur [][]rune
		curLen := 0
		indent := w.initialIndent
		if len(lines) > 0 {
			indent = w.subsequentIndent
		}
		width := w.width - twRuneLen(indent)
		if w.dropWhitespace && twStrip(chunks[len(chunks)-1]) && len(lines) > 0 {
			chunks = chunks[:len(chunks)-1]
		}
		for len(chunks) > 0 {
			l := len(chunks[len(chunks)-1])
			if curLen+l <= width {
				cur = append(cur, chunks[len(chunks)-1])
				chunks = chunks[:len(chunks)-1]
				curLen += l
			} else {
				break
			}
		}
		if len(chunks) > 0 && len(chunks[len(chunks)-1]) > width {
			chunks, cur = w.handleLongWord(chunks, cur, curLen, width)
			curLen = 0
			for _, c := range cur {
				curLen += len(c)
			}
		}
		if w.dropWhitespace && len(cur) > 0 && twStrip(cur[len(cur)-1]) {
			curLen -= len(cur[len(cur)-1])
			cur = cur[:len(cur)-1]
		}
		if len(cur) == 0 {
			continue
		}
		restBlank := len(chunks) == 0 || (w.dropWhitespace && len(chunks) == 1 && twStrip(chunks[0]))
		if w.maxLines == 0 || len(lines)+1 < w.maxLines || (restBlank && curLen <= width) {
			lines = append(lines, indent+join(cur))
			continue
		}
		placed := false
		for len(cur) > 0 {
			last := cur[len(cur)-1]
			if !twStrip(last) && curLen+twRuneLen(w.placeholder) <= width {
				cur = append(cur, []rune(w.placeholder))
				lines = append(lines, indent+join(cur))
				placed = true
				break
			}
			curLen -= len(last)
			cur = cur[:len(cur)-1]
		}
		if !placed {
			if len(lines) > 0 {
				prev := strings.TrimRightFunc(lines[len(lines)-1], unicode.IsSpace)
				if twRuneLen(prev)+twRuneLen(w.placeholder) <= w.width {
					lines[len(lines)-1] = prev + w.placeholder
					break
				}
			}
			lines = append(lines, indent+strings.TrimLeftFunc(w.placeholder, unicode.IsSpace))
		}
		break
	}
	return lines, nil
}

func (w *textWrapper) handleLongWord(chunks, cur [][]rune, curLen, width int) ([][]rune, [][]rune) {
	spaceLeft := 1
	if width >= 1 {
		spaceLeft = width - curLen
	}
	if w.breakLongWords {
		end := spaceLeft
		chunk := chunks[len(chunks)-1]
		if w.breakOnHyphens && len(chunk) > spaceLeft {
			hyphen := -1
			for k := spaceLeft - 1; k >= 0; k-- {
				if k < len(chunk) && chunk[k] == '-' {
					hyphen = k
					break
				}
			}
			if hyphen > 0 {
				for _, c := range chunk[:hyphen] {
					if c != '-' {
						end = hyphen + 1
						break
					}
				}
			}
		}
		if end > len(chunk) {
			end = len(chunk)
		}
		cur = append(cur, chunk[:end])
		chunks[len(chunks)-1] = chunk[end:]
	} else if len(cur) == 0 {
		cur = append(cur, chunks[len(chunks)-1])
		chunks = chunks[:len(chunks)-1]
	}
	return chunks, cur
}

// loadTextwrapModule makes the textwrap module (registered in modules.go).
func loadTextwrapModule() *rt.Module {
	setupTextwrapTypes()
	return newTextwrapModule()
}

// textwrapSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var textwrapSetup sync.Once

func setupTextwrapTypes() { textwrapSetup.Do(initTextwrapTypes) }

func initTextwrapTypes() {
	textWrapperType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return newTextWrapper("TextWrapper", args, kwargs)
	}
	textWrapperType.AddMethods(
		rt.NewMethod("wrap", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var text string
			if err := rt.UnpackArgs("wrap", args, kwargs, "text", &text); err != nil {
				return nil, err
			}
			lines, err := self.(*textWrapper).wrap(text)
			return twList(lines), err
		}),
		rt.NewMethod("fill", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var text string
			if err := rt.UnpackArgs("fill", args, kwargs, "text", &text); err != nil {
				return nil, err
			}
			lines, err := self.(*textWrapper).wrap(text)
			return rt.Str(strings.Join(lines, "\n")), err
		}),
	)
}

func twList(lines []string) rt.Value {
	out := make([]rt.Value, len(lines))
	for i, l := range lines {
		out[i] = rt.Str(l)
	}
	return rt.NewList(out)
}

func newTextwrapModule() *rt.Module {
	m := rt.NewModule("textwrap")
	m.Dict.SetStr("TextWrapper", textWrapperType)
	add := func(name string, fn func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) {
		m.Dict.SetStr(name, rt.NewFunc(name, fn))
	}
	add("wrap", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var text string
		w, err := newTextWrapper("wrap", args, kwargs, "text", &text)
		if err != nil {
			return nil, err
		}
		lines, err := w.wrap(text)
		return twList(lines), err
	})
	add("fill", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var text string
		w, err := newTextWrapper("fill", args, kwargs, "text", &text)
		if err != nil {
			return nil, err
		}
		lines, err := w.wrap(text)
		return rt.Str(strings.Join(lines, "\n")), err
	})
	add("shorten", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var text string
		w, err := newTextWrapper("shorten", args, kwargs, "text", &text)
		if err != nil {
			return nil, err
		}
		if w.maxLines == 0 {
			w.maxLines = 1
		}
		lines, err := w.wrap(strings.Join(strings.Fields(text), " "))
		return rt.Str(strings.Join(lines, "\n")), err
	})
	add("dedent", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var text string
		if err := rt.UnpackArgs("dedent", args, kwargs, "text", &text); err != nil {
			return nil, err
		}
		return rt.Str(twDedent(text)), nil
	})
	add("indent", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var text, prefix string
		var pred rt.Value = rt.None
		if err := rt.UnpackArgs("indent", args, kwargs, "text", &text, "prefix", &prefix, "predicate?", &pred); err != nil {
			return nil, err
		}
		var b strings.Builder
		for _, line := range ppSplitLines(text) {
			ok := strings.TrimSpace(line) != ""
			if pred != rt.None {
				v, err := rt.Call(th, pred, []rt.Value{rt.Str(line)}, nil)
				if err != nil {
					return nil, err
				}
				if ok, err = rt.Truth(th, v); err != nil {
					return nil, err
				}
			} else {
				ok = strings.TrimFunc(line, unicode.IsSpace) != ""
			}
			if ok {
				b.WriteString(prefix)
			}
			b.WriteString(line)
		}
		return rt.Str(b.String()), nil
	})
	return m
}

// twDedent is textwrap.dedent.
func twDedent(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if l != "" && strings.Trim(l, " \t") == "" {
			lines[i] = ""
		}
	}
	margin := ""
	have := false
	for _, l := range lines {
		ind := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if len(ind) == len(l) {
			continue // blank line
		}
		switch {
		case !have:
			margin, have = ind, true
		case strings.HasPrefix(ind, margin):
		case strings.HasPrefix(margin, ind):
			margin = ind
		default:
			k := 0
			for k < len(margin) && k < len(ind) && margin[k] == ind[k] {
				k++
			}
			margin = margin[:k]
		}
	}
	if margin != "" {
		for i, l := range lines {
			lines[i] = strings.TrimPrefix(l, margin)
		}
	}
	return strings.Join(lines, "\n")
}
