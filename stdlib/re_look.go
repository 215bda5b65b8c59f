package stdlib

import (
	"strconv"
	"strings"
	"unicode"
)

// A backtracking matcher for the patterns Go's RE2 cannot run:
// lookahead (?=...) (?!...), lookbehind (?<=...) (?<!...) and
// backreferences \1 (?P=name). reCompile uses it only when the RE2
// translation refuses such a construct, so every other pattern keeps the
// RE2 / ASCII-backtracker path. It parses Python's syntax itself into a
// small tree and matches over code points with continuations, trying
// alternatives and repetitions in sre's order (greedy or lazy), so it
// finds the match CPython finds. Lookbehind needs a fixed width, as in
// CPython ("look-behind requires fixed-width pattern").

type lkKind int

const (
	lkChar    lkKind = iota // one code point matching pred
	lkSeq                   // subs in order
	lkAlt                   // first matching of subs
	lkRepeat                // sub min..max times (max -1: unbounded)
	lkGroup                 // capture group n around sub
	lkBackref               // the text of group n
	lkLook                  // look-ahead/behind at sub (neg, behind)
	lkAssert                // zero-width assertion by at
	lkAtomic                // sub's first match only: (?>...), possessive a*+
	lkCond                  // (?(n)yes|no): subs[0] if group n matched, else subs[1]
)

type lkNode struct {
	kind     lkKind
	pred     func(r rune) bool
	subs     []*lkNode
	min, max int
	greedy   bool
	n        int
	neg      bool
	behind   bool
	width    int  // lookbehind: the sub-pattern's fixed width
	at       byte // lkAssert: ^ $ A Z b B
	ml       bool // ^ and $: MULTILINE; \b and \B: ASCII word characters
	fold     bool // lkBackref: compare case-insensitively
}

// lkProgram is a parsed pattern.
type lkProgram struct {
	root    *lkNode
	ngroups int
}

type lkParser struct {
	p       []rune
	pos     int
	prog    *reProgram
	isBytes bool
	closes  int // capture groups closed so far (reProgram.closeRank)
	// condRefs are the group numbers (?(n)...) refers to, with where
	// (checked once all groups are known).
	condRefs [][2]int
}

type lkFlags struct{ i, m, s, x, a bool }

// lkCompile parses pattern (with flags) for the backtracking matcher,
// filling prog's group bookkeeping as reTranslate does.
func lkCompile(pattern string, flags int, isBytes bool) (*lkProgram, *reProgram, error) {
	ps := &lkParser{p: []rune(pattern), isBytes: isBytes,
		prog: &reProgram{names: map[string]int{}, goIndex: []int{0}, closeRank: []int{0}}}
	t := &reTranslator{p: ps.p}
	for {
		n, add, ok := t.globalFlags(ps.pos)
		if !ok {
			break
		}
		flags |= add
		ps.pos = n
	}
	if !isBytes && flags&reASCII == 0 {
		flags |= reUnicode
	}
	ps.prog.flags = flags
	fl := lkFlags{i: flags&reIgnoreCase != 0, m: flags&reMultiline != 0, s: flags&reDotAll != 0,
		x: flags&reVerbose != 0, a: flags&reASCII != 0 || isBytes}
	root, err := ps.alt(fl)
	if err != nil {
		return nil, nil, err
	}
	if ps.pos < len(ps.p) {
		return nil, nil, &reError{"unbalanced parenthesis", ps.pos}
	}
	for _, r := range ps.condRefs {
		if r[0] > ps.prog.ngroups {
			return nil, nil, &reError{"invalid group reference " + strconv.Itoa(r[0]), r[1]}
		}
	}
	for g := 1; g <= ps.prog.ngroups; g++ {
		ps.prog.goIndex = append(ps.prog.goIndex, g)
	}
	return &lkProgram{root: root, ngroups: ps.prog.ngroups}, ps.prog, nil
}

func (ps *lkParser) more() bool { return ps.pos < len(ps.p) }

func (ps *lkParser) skipX(fl lkFlags) {
	for fl.x && ps.more() {
		c := ps.p[ps.pos]
		if c == '#' {
			for ps.more() && ps.p[ps.pos] != '\n' {
				ps.pos++
			}
		} else if !unicode.IsSpace(c) {
			return
		}
		ps.pos++
	}
}

func (ps *lkParser) alt(fl lkFlags) (*lkNode, error) {
	var alts []*lkNode
	for {
		seq, err := ps.seq(fl)
		if err != nil {
			return nil, err
		}
		alts = append(alts, seq)
		if !ps.more() || ps.p[ps.pos] != '|' {
			break
		}
		ps.pos++
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &lkNode{kind: lkAlt, subs: alts}, nil
}

func (ps *lkParser) seq(fl lkFlags) (*lkNode, error) {
	n := &lkNode{kind: lkSeq}
	for {
		ps.skipX(fl)
		if !ps.more() || ps.p[ps.pos] == '|' || ps.p[ps.pos] == ')' {
			return n, nil
		}
		start := ps.pos
		atom, err := ps.atom(fl)
		if err != nil {
			return nil, err
		}
		if atom == nil {
			continue // a comment or scoped flags
		}
		ps.skipX(fl)
		if atom, err = ps.quant(fl, atom, start); err != nil {
			return nil, err
		}
		n.subs = append(n.subs, atom)
	}
}

func (ps *lkParser) quant(fl lkFlags, atom *lkNode, start int) (*lkNode, error) {
	if !ps.more() {
		return atom, nil
	}
	qpos := ps.pos
	min, max := 0, 0
	switch c := ps.p[ps.pos]; c {
	case '*':
		min, max = 0, -1
	case '+':
		min, max = 1, -1
	case '?':
		min, max = 0, 1
	case '{':
		end := ps.pos + 1
		for end < len(ps.p) && (ps.p[end] >= '0' && ps.p[end] <= '9' || ps.p[end] == ',') {
			end++
		}
		if end >= len(ps.p) || ps.p[end] != '}' {
			return atom, nil // a literal '{'
		}
		body := string(ps.p[ps.pos+1 : end])
		lo, hi, comma := body, body, strings.Contains(body, ",")
		if comma {
			i := strings.IndexByte(body, ',')
			lo, hi = body[:i], body[i+1:]
		}
		if lo == "" {
			min = 0
		} else {
			min, _ = strconv.Atoi(lo)
		}
		switch {
		case !comma:
			max = min
		case hi == "":
			max = -1
		default:
			max, _ = strconv.Atoi(hi)
			if max < min {
				return nil, &reError{"min repeat greater than max repeat", ps.pos + 1 + len(lo) + 1}
			}
		}
		ps.pos = end
	default:
		return atom, nil
	}
	if atom.kind == lkAssert {
		return nil, &reError{"nothing to repeat", qpos}
	}
	ps.pos++
	greedy := true
	if ps.more() && ps.p[ps.pos] == '?' {
		greedy = false
		ps.pos++
	}
	possessive := false
	if ps.more() && ps.p[ps.pos] == '+' && greedy {
		possessive = true
		ps.pos++
	}
	if ps.more() && strings.ContainsRune("*+?{", ps.p[ps.pos]) && (ps.p[ps.pos] != '{' || lkIsRepeat(ps.p[ps.pos:])) {
		return nil, &reError{"multiple repeat", ps.pos}
	}
	rep := &lkNode{kind: lkRepeat, subs: []*lkNode{atom}, min: min, max: max, greedy: greedy}
	if possessive {
		return &lkNode{kind: lkAtomic, subs: []*lkNode{rep}}, nil
	}
	return rep, nil
}

func (ps *lkParser) atom(fl lkFlags) (*lkNode, error) {
	c := ps.p[ps.pos]
	ps.pos++
	switch c {
	case '.':
		if fl.s {
			return lkPred(func(rune) bool { return true }), nil
		}
		return lkPred(func(r rune) bool { return r != '\n' }), nil
	case '^':
		return &lkNode{kind: lkAssert, at: '^', ml: fl.m}, nil
	case '$':
		return &lkNode{kind: lkAssert, at: '$', ml: fl.m}, nil
	case '[':
		return ps.class(fl)
	case '(':
		return ps.group(fl)
	case '\\':
		return ps.escape(fl)
	case '*', '+', '?':
		return nil, &reError{"nothing to repeat", ps.pos - 1}
	}
	return lkLiteral(c, fl), nil
}

func lkPred(f func(rune) bool) *lkNode { return &lkNode{kind: lkChar, pred: f} }

func lkFold(a, b rune) bool {
	return a == b || unicode.ToLower(a) == unicode.ToLower(b) || unicode.ToUpper(a) == unicode.ToUpper(b)
}

func lkLiteral(c rune, fl lkFlags) *lkNode {
	if fl.i {
		return lkPred(func(r rune) bool { return lkFold(r, c) })
	}
	return lkPred(func(r rune) bool { return r == c })
}

func (ps *lkParser) group(fl lkFlags) (*lkNode, error) {
	start := ps.pos - 1
	if !ps.more() || ps.p[ps.pos] != '?' {
		ps.prog.ngroups++
		n := ps.prog.ngroups
		return ps.groupBody(fl, &lkNode{kind: lkGroup, n: n}, start)
	}
	ps.pos++
	if !ps.more() {
		return nil, &reError{"unexpected end of pattern", ps.pos}
	}
	c := ps.p[ps.pos]
	ps.pos++
	switch {
	case c == '(':
		return ps.conditional(fl, start)
	case c == '>':
		return ps.groupBody(fl, &lkNode{kind: lkAtomic}, start)
	case c == ':':
		return ps.groupBody(fl, nil, start)
	case c == '=' || c == '!':
		return ps.groupBody(fl, &lkNode{kind: lkLook, neg: c == '!'}, start)
	case c == '<' && ps.more() && (ps.p[ps.pos] == '=' || ps.p[ps.pos] == '!'):
		neg := ps.p[ps.pos] == '!'
		ps.pos++
		n, err := ps.groupBody(fl, &lkNode{kind: lkLook, neg: neg, behind: true}, start)
		if err != nil {
			return nil, err
		}
		w, ok := lkWidth(n.subs[0])
		if !ok {
			return nil, &reError{"look-behind requires fixed-width pattern", -1}
		}
		n.width = w
		return n, nil
	case c == '#':
		for ps.more() && ps.p[ps.pos] != ')' {
			ps.pos++
		}
		if !ps.more() {
			return nil, &reError{"missing ), unterminated comment", start}
		}
		ps.pos++
		return nil, nil
	case c == 'P' && ps.more() && ps.p[ps.pos] == '<' || c == '<':
		if c == 'P' {
			ps.pos++
		}
		end := ps.pos
		for end < len(ps.p) && ps.p[end] != '>' {
			end++
		}
		if end >= len(ps.p) {
			return nil, &reError{"missing >, unterminated name", ps.pos}
		}
		name := string(ps.p[ps.pos:end])
		if _, dup := ps.prog.names[name]; dup {
			return nil, &reError{"redefinition of group name '" + name + "' as group " + strconv.Itoa(ps.prog.ngroups+1) + "; was group " + strconv.Itoa(ps.prog.names[name]), ps.pos}
		}
		ps.pos = end + 1
		ps.prog.ngroups++
		ps.prog.names[name] = ps.prog.ngroups
		ps.prog.nameOrder = append(ps.prog.nameOrder, name)
		return ps.groupBody(fl, &lkNode{kind: lkGroup, n: ps.prog.ngroups}, start)
	case c == 'P' && ps.more() && ps.p[ps.pos] == '=':
		end := ps.pos + 1
		for end < len(ps.p) && ps.p[end] != ')' {
			end++
		}
		name := string(ps.p[ps.pos+1 : end])
		g, ok := ps.prog.names[name]
		if !ok || end >= len(ps.p) {
			return nil, &reError{"unknown group name '" + name + "'", ps.pos + 1}
		}
		ps.pos = end + 1
		return &lkNode{kind: lkBackref, n: g, fold: fl.i}, nil
	}
	// Scoped flags (?i:...) or (?-i:...).
	ps.pos--
	on, off := true, false
	for ps.more() {
		c := ps.p[ps.pos]
		if c == ':' || c == ')' {
			break
		}
		ps.pos++
		if c == '-' {
			on = false
			continue
		}
		v, ok := reFlagLetter(c)
		if !ok {
			return nil, &reError{"unknown extension ?" + string(c), ps.pos - 2}
		}
		set := func(b *bool) { *b = on }
		switch v {
		case reIgnoreCase:
			set(&fl.i)
		case reMultiline:
			set(&fl.m)
		case reDotAll:
			set(&fl.s)
		case reVerbose:
			set(&fl.x)
		case reASCII:
			set(&fl.a)
		}
		_ = off
	}
	if !ps.more() {
		return nil, &reError{"missing -, : or )", ps.pos}
	}
	if ps.p[ps.pos] == ')' {
		return nil, &reError{"global flags not at the start of the expression", start}
	}
	ps.pos++
	return ps.groupBody(fl, nil, start)
}

// groupBody parses up to the ')' and wraps the result in wrap (nil: a
// plain non-capturing group).
func (ps *lkParser) groupBody(fl lkFlags, wrap *lkNode, start int) (*lkNode, error) {
	body, err := ps.alt(fl)
	if err != nil {
		return nil, err
	}
	if !ps.more() || ps.p[ps.pos] != ')' {
		return nil, &reError{"missing ), unterminated subpattern", start}
	}
	ps.pos++
	if wrap == nil {
		return body, nil
	}
	if wrap.kind == lkGroup {
		ps.closes++
		for len(ps.prog.closeRank) <= wrap.n {
			ps.prog.closeRank = append(ps.prog.closeRank, 0)
		}
		ps.prog.closeRank[wrap.n] = ps.closes
	}
	wrap.subs = []*lkNode{body}
	return wrap, nil
}

// lkWidth is the fixed number of code points n matches, if it has one.
func lkWidth(n *lkNode) (int, bool) {
	switch n.kind {
	case lkChar:
		return 1, true
	case lkAssert, lkLook:
		return 0, true
	case lkGroup, lkAtomic:
		return lkWidth(n.subs[0])
	case lkSeq:
		total := 0
		for _, s := range n.subs {
			w, ok := lkWidth(s)
			if !ok {
				return 0, false
			}
			total += w
		}
		return total, true
	case lkAlt:
		w0 := -1
		for _, s := range n.subs {
			w, ok := lkWidth(s)
			if !ok || w0 >= 0 && w != w0 {
				return 0, false
			}
			w0 = w
		}
		return w0, true
	case lkRepeat:
		if n.min != n.max {
			return 0, false
		}
		w, ok := lkWidth(n.subs[0])
		return w * n.min, ok
	}
	return 0, false
}

// classEscape returns the predicate of \d \w \s and their negations.
func lkClassEscape(c rune, fl lkFlags) (func(rune) bool, bool) {
	var f func(rune) bool
	switch unicode.ToLower(c) {
	case 'd':
		f = func(r rune) bool { return r >= '0' && r <= '9' || !fl.a && unicode.IsDigit(r) }
	case 'w':
		f = func(r rune) bool { return lkWord(r, fl.a) }
	case 's':
		f = func(r rune) bool {
			return r == ' ' || r >= '\t' && r <= '\r' || !fl.a && (unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f)
		}
	default:
		return nil, false
	}
	if unicode.IsUpper(c) {
		g := f
		f = func(r rune) bool { return !g(r) }
	}
	return f, true
}

func lkWord(r rune, ascii bool) bool {
	if r < 128 {
		return r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return !ascii && (unicode.IsLetter(r) || unicode.IsNumber(r))
}

// escapeRune reads a character escape (after the backslash) standing for
// one code point.
func (ps *lkParser) escapeRune(c rune) (rune, error) {
	hex := func(n int) (rune, error) {
		if ps.pos+n > len(ps.p) {
			return 0, &reError{"incomplete escape \\" + string(c) + string(ps.p[ps.pos:]), ps.pos - 2}
		}
		v, err := strconv.ParseUint(string(ps.p[ps.pos:ps.pos+n]), 16, 32)
		if err != nil {
			return 0, &reError{"incomplete escape \\" + string(c) + string(ps.p[ps.pos:ps.pos+n]), ps.pos - 2}
		}
		ps.pos += n
		return rune(v), nil
	}
	switch c {
	case 'n':
		return '\n', nil
	case 't':
		return '\t', nil
	case 'r':
		return '\r', nil
	case 'f':
		return '\f', nil
	case 'v':
		return '\v', nil
	case 'a':
		return '\a', nil
	case 'x':
		return hex(2)
	case 'u':
		if !ps.isBytes {
			return hex(4)
		}
	case 'U':
		if !ps.isBytes {
			return hex(8)
		}
	case '0':
		v := 0
		for k := 0; k < 2 && ps.more() && ps.p[ps.pos] >= '0' && ps.p[ps.pos] <= '7'; k++ {
			v = v*8 + int(ps.p[ps.pos]-'0')
			ps.pos++
		}
		return rune(v), nil
	}
	if c < 128 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
		return 0, &reError{"bad escape \\" + string(c), ps.pos - 2}
	}
	return c, nil
}

func (ps *lkParser) escape(fl lkFlags) (*lkNode, error) {
	if !ps.more() {
		return nil, &reError{"bad escape (end of pattern)", ps.pos - 1}
	}
	c := ps.p[ps.pos]
	ps.pos++
	if f, ok := lkClassEscape(c, fl); ok {
		return lkPred(f), nil
	}
	switch c {
	case 'A', 'Z', 'b', 'B':
		return &lkNode{kind: lkAssert, at: byte(c), ml: fl.a}, nil
	}
	if c >= '1' && c <= '9' {
		end := ps.pos
		if end < len(ps.p) && ps.p[end] >= '0' && ps.p[end] <= '9' {
			end++
		}
		g, _ := strconv.Atoi(string(ps.p[ps.pos-1 : end]))
		if g > ps.prog.ngroups {
			return nil, &reError{"invalid group reference " + strconv.Itoa(g), ps.pos - 1}
		}
		ps.pos = end
		return &lkNode{kind: lkBackref, n: g, fold: fl.i}, nil
	}
	r, err := ps.escapeRune(c)
	if err != nil {
		return nil, err
	}
	return lkLiteral(r, fl), nil
}

func (ps *lkParser) class(fl lkFlags) (*lkNode, error) {
	start := ps.pos - 1
	neg := false
	if ps.more() && ps.p[ps.pos] == '^' {
		neg = true
		ps.pos++
	}
	var preds []func(rune) bool
	type span struct{ lo, hi rune }
	var spans []span
	first := true
	for {
		if !ps.more() {
			return nil, &reError{"unterminated character set", start}
		}
		c := ps.p[ps.pos]
		ps.pos++
		if c == ']' && !first {
			break
		}
		first = false
		lo := c
		if c == '\\' {
			if !ps.more() {
				return nil, &reError{"unterminated character set", start}
			}
			e := ps.p[ps.pos]
			ps.pos++
			if f, ok := lkClassEscape(e, fl); ok {
				preds = append(preds, f)
				continue
			}
			if e == 'b' {
				lo = '\b'
			} else {
				r, err := ps.escapeRune(e)
				if err != nil {
					return nil, err
				}
				lo = r
			}
		}
		hi := lo
		if ps.pos+1 < len(ps.p) && ps.p[ps.pos] == '-' && ps.p[ps.pos+1] != ']' {
			ps.pos++
			h := ps.p[ps.pos]
			ps.pos++
			if h == '\\' && ps.more() {
				e := ps.p[ps.pos]
				ps.pos++
				r, err := ps.escapeRune(e)
				if err != nil {
					return nil, err
				}
				h = r
			}
			if h < lo {
				return nil, &reError{"bad character range " + string(lo) + "-" + string(h), ps.pos - 3}
			}
			hi = h
		}
		spans = append(spans, span{lo, hi})
	}
	fold := fl.i
	in := func(r rune) bool {
		for _, s := range spans {
			if r >= s.lo && r <= s.hi {
				return true
			}
			if fold {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					if f >= s.lo && f <= s.hi {
						return true
					}
				}
			}
		}
		for _, p := range preds {
			if p(r) {
				return true
			}
		}
		return false
	}
	if neg {
		return lkPred(func(r rune) bool { return !in(r) }), nil
	}
	return lkPred(in), nil
}

// lkMatcher is one match attempt over text (code points; the match may
// not look past len(text), which is endpos).
type lkMatcher struct {
	text []rune
	caps []int // 2 per group, -1 unset
}

func (m *lkMatcher) wordAt(i int, ascii bool) bool {
	return i >= 0 && i < len(m.text) && lkWord(m.text[i], ascii)
}

// match tries n at i and calls k with the position after it; it returns
// k's answer for the first way that k accepts (sre's order).
func (m *lkMatcher) match(n *lkNode, i int, k func(int) bool) bool {
	switch n.kind {
	case lkChar:
		return i < len(m.text) && n.pred(m.text[i]) && k(i+1)
	case lkSeq:
		return m.seq(n.subs, i, k)
	case lkAlt:
		for _, s := range n.subs {
			if m.match(s, i, k) {
				return true
			}
		}
		return false
	case lkGroup:
		old0, old1 := m.caps[2*n.n], m.caps[2*n.n+1]
		if m.match(n.subs[0], i, func(j int) bool {
			s0, s1 := m.caps[2*n.n], m.caps[2*n.n+1]
			m.caps[2*n.n], m.caps[2*n.n+1] = i, j
			if k(j) {
				return true
			}
			m.caps[2*n.n], m.caps[2*n.n+1] = s0, s1
			return false
		}) {
			return true
		}
		m.caps[2*n.n], m.caps[2*n.n+1] = old0, old1
		return false
	case lkBackref:
		s, e := m.caps[2*n.n], m.caps[2*n.n+1]
		if s < 0 {
			return false
		}
		if i+(e-s) > len(m.text) {
			return false
		}
		for q := 0; q < e-s; q++ {
			a, b := m.text[s+q], m.text[i+q]
			if a != b && !(n.fold && lkFold(a, b)) {
				return false
			}
		}
		return k(i + e - s)
	case lkLook:
		start := i
		if n.behind {
			start = i - n.width
		}
		saved := append([]int(nil), m.caps...)
		ok := start >= 0 && m.match(n.subs[0], start, func(j int) bool { return !n.behind || j == i })
		if ok == n.neg {
			copy(m.caps, saved)
			return false
		}
		if n.neg {
			copy(m.caps, saved)
		}
		if k(i) {
			return true
		}
		copy(m.caps, saved)
		return false
	case lkAssert:
		return m.assert(n, i) && k(i)
	case lkRepeat:
		return m.repeat(n, i, 0, -1, k)
	case lkAtomic:
		saved := append([]int(nil), m.caps...)
		end := -1
		if !m.match(n.subs[0], i, func(j int) bool { end = j; return true }) {
			return false
		}
		if k(end) {
			return true
		}
		copy(m.caps, saved)
		return false
	case lkCond:
		if m.caps[2*n.n+1] >= 0 {
			return m.match(n.subs[0], i, k)
		}
		return m.match(n.subs[1], i, k)
	}
	return false
}

func (m *lkMatcher) seq(subs []*lkNode, i int, k func(int) bool) bool {
	if len(subs) == 0 {
		return k(i)
	}
	return m.match(subs[0], i, func(j int) bool { return m.seq(subs[1:], j, k) })
}

// repeat matches n.subs[0] count more times from i; last is where the
// previous iteration started (an empty iteration ends the loop).
func (m *lkMatcher) repeat(n *lkNode, i, count, last int, k func(int) bool) bool {
	more := func() bool {
		if n.max >= 0 && count >= n.max || i == last && count > n.min {
			return false
		}
		return m.match(n.subs[0], i, func(j int) bool {
			if j == i && count >= n.min {
				return false // an empty iteration adds nothing
			}
			return m.repeat(n, j, count+1, i, k)
		})
	}
	if count < n.min {
		return more()
	}
	if n.greedy {
		return more() || k(i)
	}
	return k(i) || more()
}

func (m *lkMatcher) assert(n *lkNode, i int) bool {
	end := len(m.text)
	switch n.at {
	case '^':
		return i == 0 || n.ml && m.text[i-1] == '\n'
	case '$':
		if n.ml {
			return i == end || m.text[i] == '\n'
		}
		return i == end || i == end-1 && m.text[i] == '\n'
	case 'A':
		return i == 0
	case 'Z':
		return i == end
	case 'b', 'B':
		at := m.wordAt(i-1, n.ml) != m.wordAt(i, n.ml)
		return at == (n.at == 'b')
	}
	return false
}

// exec is rePattern.exec for this matcher: spans in code points. With
// nonEmpty, a match may not end where it starts (re_scan.go).
func (lp *lkProgram) exec(sub *reSubject, pos, endpos, kind int, nonEmpty bool) []int {
	if sub.runes == nil {
		sub.runes = []rune(sub.s) // once per subject: findall calls exec per match
	}
	text := sub.runes
	if endpos < len(text) {
		text = text[:endpos]
	}
	m := &lkMatcher{text: text, caps: make([]int, 2*(lp.ngroups+1))}
	for start := pos; start <= len(text); start++ {
		for i := range m.caps {
			m.caps[i] = -1
		}
		end := -1
		if m.match(lp.root, start, func(j int) bool {
			if kind == reKindFull && j != len(text) || nonEmpty && j == start {
				return false
			}
			end = j
			return true
		}) {
			m.caps[0], m.caps[1] = start, end
			return m.caps
		}
		if kind != reKindSearch {
			break
		}
	}
	return nil
}

// lkIsRepeat reports whether p starts with a {m,n} repeat.
func lkIsRepeat(p []rune) bool {
	t := &reTranslator{p: p}
	_, _, _, ok := t.repeatBounds(0)
	return ok
}

// conditional parses (?(id)yes|no) after "(?(" (CPython's sre_parse
// checks and messages; a group number may refer to a later group).
func (ps *lkParser) conditional(fl lkFlags, start int) (*lkNode, error) {
	nameAt := ps.pos
	end := nameAt
	for end < len(ps.p) && ps.p[end] != ')' {
		end++
	}
	if end >= len(ps.p) {
		return nil, &reError{"missing ), unterminated name", nameAt}
	}
	name := string(ps.p[nameAt:end])
	if name == "" {
		return nil, &reError{"missing group name", nameAt}
	}
	g := 0
	if reIdentifier(name) {
		n, ok := ps.prog.names[name]
		if !ok {
			return nil, &reError{"unknown group name '" + name + "'", nameAt}
		}
		g = n
	} else {
		n, err := strconv.Atoi(name)
		if err != nil || n < 0 || !reASCIIDigits(name) {
			return nil, &reError{"bad character in group name '" + name + "'", nameAt}
		}
		if n == 0 {
			return nil, &reError{"bad group number", nameAt}
		}
		g = n
		ps.condRefs = append(ps.condRefs, [2]int{g, nameAt})
	}
	ps.pos = end + 1
	yes, err := ps.seq(fl)
	if err != nil {
		return nil, err
	}
	no := &lkNode{kind: lkSeq}
	if ps.more() && ps.p[ps.pos] == '|' {
		ps.pos++
		if no, err = ps.seq(fl); err != nil {
			return nil, err
		}
		if ps.more() && ps.p[ps.pos] == '|' {
			return nil, &reError{"conditional backref with more than two branches", ps.pos}
		}
	}
	if !ps.more() || ps.p[ps.pos] != ')' {
		return nil, &reError{"missing ), unterminated subpattern", start}
	}
	ps.pos++
	return &lkNode{kind: lkCond, n: g, subs: []*lkNode{yes, no}}, nil
}
