package stdlib

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Translation of Python regular expressions into Go's RE2 syntax.
//
// Go's regexp (leftmost-first, Perl flavour) finds the same matches as
// CPython's backtracking engine for every pattern without backreferences
// and lookaround, so a pattern is rewritten construct by construct:
//
//   - Groups are emitted unnamed; group names, numbering and the order in
//     which groups close (Match.lastindex) are kept here, so Python names
//     that Go would reject (non-ASCII identifiers) work.
//   - \d \w \s are Unicode-aware in Python str patterns (\p{Nd},
//     [\p{L}\p{N}_], Unicode spaces) and ASCII under re.A / bytes patterns.
//     Inside a class, a negated reShorthand (\W) in Unicode mode is expanded
//     into explicit rune ranges. \b and \B stay Go's (ASCII word chars).
//   - '.', '^' and '$' are emitted with explicit Go flags so that only
//     (?i) is left to Go. Python's non-MULTILINE '$' also matches before a
//     newline that ends the string; it becomes (?:\z|(\n)\z) with a hidden
//     group, and the match is trimmed when that group took the newline.
//   - re.X whitespace and comments are stripped here, (?#...) comments
//     dropped, \Z becomes \z, \uXXXX/\UXXXXXXXX/octal escapes become \x{...}.
//   - Backreferences, lookahead/lookbehind, conditionals, atomic groups,
//     possessive quantifiers and repeat counts over 1000 are rejected here
//     (RE2 has none of them); reCompile hands such a pattern to
//     re_look.go's backtracking matcher.

// Python re flag values.
const (
	reTemplate   = 1
	reIgnoreCase = 2
	reLocale     = 4
	reMultiline  = 8
	reDotAll     = 16
	reUnicode    = 32
	reVerbose    = 64
	reDebug      = 128
	reASCII      = 256
)

// reError is a compile error: message and position in the pattern.
type reError struct {
	msg string
	pos int // -1: no position
}

// reUnsupported ends the message of a construct RE2 cannot run (lookaround,
// backreferences...), which re_look.go's matcher runs instead.
const reUnsupported = " not supported: Go's RE2 regular expression engine has no backreferences or lookaround"

func (e *reError) unsupported() bool {
	return strings.HasSuffix(e.msg, reUnsupported)
}

func (e *reError) Error() string { return e.msg }

// reProgram is a translated pattern.
type reProgram struct {
	goSrc     string
	ngroups   int            // Python capturing groups
	names     map[string]int // group name -> Python index
	nameOrder []string       // names in order of definition
	goIndex   []int          // Python group i (1..n) -> Go group index; [0] = 0
	hidden    []int          // Go indices of the '$' newline groups
	closeRank []int          // Python group -> rank of its ')' in the pattern
	flags     int            // flags after inline global flags
	// uniWord: a \b or \B in Unicode mode, which Go's ASCII \b answers
	// differently next to a non-ASCII character (rePattern.exec).
	uniWord bool
}

// identity reports whether each Python group has the same index in the
// Go program (no hidden group before a Python one).
func (p *reProgram) identity() bool {
	for g, gi := range p.goIndex {
		if g != gi {
			return false
		}
	}
	return true
}

type reFlags struct {
	i, m, s, x, a bool
}

type reTranslator struct {
	p       []rune
	pos     int
	isBytes bool
	b       strings.Builder
	prog    *reProgram
	goCount int // Go capturing groups emitted
	closes  int
	depth   int
	// lastWasAtom is set by group: false for a (?#...) comment.
	lastWasAtom bool
}

func reTranslate(pattern string, flags int, isBytes bool) (*reProgram, error) {
	t := &reTranslator{p: []rune(pattern), isBytes: isBytes,
		prog: &reProgram{names: map[string]int{}, goIndex: []int{0}, closeRank: []int{0}}}
	fl := reFlags{i: flags&reIgnoreCase != 0, m: flags&reMultiline != 0, s: flags&reDotAll != 0,
		x: flags&reVerbose != 0, a: flags&reASCII != 0 || isBytes}
	// Global inline flags at the start: (?aiLmsux).
	for {
		n, add, ok := t.globalFlags(t.pos)
		if !ok {
			break
		}
		if add&reUnicode != 0 && isBytes {
			return nil, &reError{"bad inline flags: cannot use 'u' flag with a bytes pattern", t.pos + 2}
		}
		if add&reLocale != 0 && !isBytes {
			return nil, &reError{"bad inline flags: cannot use 'L' flag with a str pattern", t.pos + 2}
		}
		flags |= add
		t.pos = n
		fl = reFlags{i: flags&reIgnoreCase != 0, m: flags&reMultiline != 0, s: flags&reDotAll != 0,
			x: flags&reVerbose != 0, a: flags&reASCII != 0 || isBytes}
	}
	if flags&reASCII != 0 && flags&reUnicode != 0 {
		return nil, &reError{"ASCII and UNICODE flags are incompatible", -1}
	}
	if !isBytes && flags&reASCII == 0 {
		flags |= reUnicode
	}
	t.prog.flags = flags
	if fl.i {
		t.b.WriteString("(?i)")
	}
	if err := t.alternation(fl); err != nil {
		return nil, err
	}
	if t.pos < len(t.p) {
		// A stray ')'.
		return nil, &reError{"unbalanced parenthesis", t.pos}
	}
	t.prog.goSrc = t.b.String()
	return t.prog, nil
}

// globalFlags recognises "(?flags)" at i; it returns the position after
// it and the flags.
func (t *reTranslator) globalFlags(i int) (int, int, bool) {
	if i+2 >= len(t.p) || t.p[i] != '(' || t.p[i+1] != '?' {
		return 0, 0, false
	}
	f := 0
	j := i + 2
	for ; j < len(t.p); j++ {
		v, ok := reFlagLetter(t.p[j])
		if !ok {
			break
		}
		f |= v
	}
	if j == i+2 || j >= len(t.p) || t.p[j] != ')' {
		return 0, 0, false
	}
	return j + 1, f, true
}

func reFlagLetter(r rune) (int, bool) {
	switch r {
	case 'a':
		return reASCII, true
	case 'i':
		return reIgnoreCase, true
	case 'L':
		return reLocale, true
	case 'm':
		return reMultiline, true
	case 's':
		return reDotAll, true
	case 'u':
		return reUnicode, true
	case 'x':
		return reVerbose, true
	}
	return 0, false
}

func (t *reTranslator) errf(pos int, format string, args ...any) error {
	return &reError{fmt.Sprintf(format, args...), pos}
}

func (t *reTranslator) unsupported(pos int, what string) error {
	return &reError{what + reUnsupported, pos}
}

// skipVerbose skips whitespace and comments under re.X.
func (t *reTranslator) skipVerbose(fl reFlags) {
	if !fl.x {
		return
	}
	for t.pos < len(t.p) {
		c := t.p[t.pos]
		switch {
		case c == '#':
			for t.pos < len(t.p) && t.p[t.pos] != '\n' {
				t.pos++
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t.pos++
		default:
			return
		}
	}
}

// alternation translates branches separated by '|' up to ')' or the end.
func (t *reTranslator) alternation(fl reFlags) error {
	for {
		if err := t.sequence(fl); err != nil {
			return err
		}
		if t.pos < len(t.p) && t.p[t.pos] == '|' {
			t.b.WriteByte('|')
			t.pos++
			continue
		}
		return nil
	}
}

// sequence translates one branch.
func (t *reTranslator) sequence(fl reFlags) error {
	canRepeat := false   // the previous item is an atom that can take a quantifier
	afterRepeat := false // the previous item is a quantifier
	for {
		t.skipVerbose(fl)
		if t.pos >= len(t.p) {
			return nil
		}
		start := t.pos
		c := t.p[t.pos]
		switch c {
		case '|', ')':
			return nil
		case '*', '+', '?', '{':
			if c == '{' {
				lo, hi, end, ok := t.repeatBounds(t.pos)
				if !ok {
					// Not a quantifier: a literal '{'.
					t.b.WriteString(`\{`)
					t.pos++
					canRepeat, afterRepeat = true, false
					continue
				}
				if !canRepeat {
					if afterRepeat {
						return t.errf(start, "multiple repeat")
					}
					return t.errf(start, "nothing to repeat")
				}
				if hi >= 0 && lo > hi {
					return t.errf(start+1, "min repeat greater than max repeat")
				}
				if lo > 1000 || hi > 1000 {
					return t.unsupported(start, "repeat counts over 1000 are")
				}
				if hi < 0 {
					fmt.Fprintf(&t.b, "{%d,}", lo)
				} else if hi == lo {
					fmt.Fprintf(&t.b, "{%d}", lo)
				} else {
					fmt.Fprintf(&t.b, "{%d,%d}", lo, hi)
				}
				t.pos = end
			} else {
				if !canRepeat {
					if afterRepeat {
						return t.errf(start, "multiple repeat")
					}
					return t.errf(start, "nothing to repeat")
				}
				t.b.WriteRune(c)
				t.pos++
			}
			if t.pos < len(t.p) && t.p[t.pos] == '?' {
				t.b.WriteByte('?')
				t.pos++
			} else if t.pos < len(t.p) && t.p[t.pos] == '+' {
				return t.unsupported(t.pos, "possessive quantifiers are")
			}
			canRepeat, afterRepeat = false, true
			continue
		case '(':
			if err := t.group(fl); err != nil {
				return err
			}
			// A (?#...) comment or a flags-only group is not an atom.
			canRepeat = t.lastWasAtom
		case '[':
			if err := t.class(fl); err != nil {
				return err
			}
			canRepeat = true
		case '\\':
			atom, err := t.escape(fl)
			if err != nil {
				return err
			}
			canRepeat = atom
		case '.':
			if fl.s {
				t.b.WriteString(`(?s:.)`)
			} else {
				t.b.WriteString(`[^\n]`)
			}
			t.pos++
			canRepeat = true
		case '^':
			if fl.m {
				t.b.WriteString(`(?m:^)`)
			} else {
				t.b.WriteString(`\A`)
			}
			t.pos++
			canRepeat = false
		case '$':
			if fl.m {
				t.b.WriteString(`(?m:$)`)
			} else {
				t.goCount++
				t.prog.hidden = append(t.prog.hidden, t.goCount)
				t.b.WriteString(`(?:\z|(\n)\z)`)
			}
			t.pos++
			canRepeat = false
		default:
			t.literal(c)
			t.pos++
			canRepeat = true
		}
		afterRepeat = false
	}
}

func (t *reTranslator) literal(c rune) {
	t.b.WriteString(regexp.QuoteMeta(string(c)))
}

// repeatBounds parses {m}, {m,}, {,n}, {m,n} at i; hi is -1 when open.
func (t *reTranslator) repeatBounds(i int) (lo, hi, end int, ok bool) {
	j := i + 1
	num := func() (int, bool) {
		s := j
		for j < len(t.p) && t.p[j] >= '0' && t.p[j] <= '9' {
			j++
		}
		if j == s {
			return 0, false
		}
		n, err := strconv.Atoi(string(t.p[s:j]))
		if err != nil {
			n = 1 << 30
		}
		return n, true
	}
	lo, hasLo := num()
	if !hasLo {
		lo = 0
	}
	if j < len(t.p) && t.p[j] == '}' {
		if !hasLo {
			return 0, 0, 0, false
		}
		return lo, lo, j + 1, true
	}
	if j >= len(t.p) || t.p[j] != ',' {
		return 0, 0, 0, false
	}
	j++
	hi, hasHi := num()
	if !hasHi {
		hi = -1
	}
	if j >= len(t.p) || t.p[j] != '}' {
		return 0, 0, 0, false
	}
	return lo, hi, j + 1, true
}

// group translates a parenthesised construct starting at '('.
func (t *reTranslator) group(fl reFlags) error {
	start := t.pos
	t.pos++
	t.lastWasAtom = true
	inner := fl
	capture := true
	name := ""
	open := "("
	if t.pos < len(t.p) && t.p[t.pos] == '?' {
		t.pos++
		if t.pos >= len(t.p) {
			return t.errf(t.pos, "unexpected end of pattern")
		}
		c := t.p[t.pos]
		switch {
		case c == ':':
			capture, open = false, "(?:"
			t.pos++
		case c == 'P' && t.pos+1 < len(t.p) && t.p[t.pos+1] == '<':
			t.pos += 2
			end := t.pos
			for end < len(t.p) && t.p[end] != '>' {
				end++
			}
			if end >= len(t.p) {
				return t.errf(t.pos, "missing >, unterminated name")
			}
			name = string(t.p[t.pos:end])
			if name == "" {
				return t.errf(t.pos, "missing group name")
			}
			if !reIdentifier(name) {
				return t.errf(t.pos, "bad character in group name '%s'", name)
			}
			if prev, dup := t.prog.names[name]; dup {
				return t.errf(t.pos, "redefinition of group name '%s' as group %d; was group %d", name, t.prog.ngroups+1, prev)
			}
			t.pos = end + 1
		case c == 'P' && t.pos+1 < len(t.p) && t.p[t.pos+1] == '=':
			return t.unsupported(start, "backreferences (?P=name) are")
		case c == '=' || c == '!':
			return t.unsupported(start, "lookahead assertions are")
		case c == '<' && t.pos+1 < len(t.p) && (t.p[t.pos+1] == '=' || t.p[t.pos+1] == '!'):
			return t.unsupported(start, "lookbehind assertions are")
		case c == '(':
			return t.unsupported(start, "conditional groups are")
		case c == '>':
			return t.unsupported(start, "atomic groups are")
		case c == '#':
			for t.pos < len(t.p) && t.p[t.pos] != ')' {
				t.pos++
			}
			if t.pos >= len(t.p) {
				return t.errf(start, "missing ), unterminated comment")
			}
			t.pos++
			t.lastWasAtom = false
			return nil
		default:
			f, err := t.scopedFlags(start, &inner)
			if err != nil {
				return err
			}
			capture = false
			open = "(?:"
			if f != "" {
				open = "(?" + f + ":"
			}
		}
	}
	goIdx := 0
	pyIdx := 0
	if capture {
		t.goCount++
		goIdx = t.goCount
		t.prog.ngroups++
		pyIdx = t.prog.ngroups
		t.prog.goIndex = append(t.prog.goIndex, goIdx)
		t.prog.closeRank = append(t.prog.closeRank, 0)
		if name != "" {
			t.prog.names[name] = pyIdx
			t.prog.nameOrder = append(t.prog.nameOrder, name)
		}
	}
	t.b.WriteString(open)
	t.depth++
	if err := t.alternation(inner); err != nil {
		return err
	}
	t.depth--
	if t.pos >= len(t.p) || t.p[t.pos] != ')' {
		return t.errf(start, "missing ), unterminated subpattern")
	}
	t.pos++
	t.b.WriteByte(')')
	if capture {
		t.closes++
		t.prog.closeRank[pyIdx] = t.closes
	}
	t.lastWasAtom = true
	return nil
}

// scopedFlags parses "flags-flags:" after "(?"; only the ':' form is
// allowed past the start of the pattern. It returns Go's flag string.
func (t *reTranslator) scopedFlags(start int, fl *reFlags) (string, error) {
	var on, off []rune
	neg := false
	for t.pos < len(t.p) {
		c := t.p[t.pos]
		if c == '-' && !neg {
			neg = true
			t.pos++
			continue
		}
		if _, ok := reFlagLetter(c); !ok {
			break
		}
		if neg {
			off = append(off, c)
		} else {
			on = append(on, c)
		}
		t.pos++
	}
	if t.pos >= len(t.p) {
		return "", t.errf(t.pos, "missing -, : or )")
	}
	if t.p[t.pos] == ')' {
		if len(on) > 0 && !neg {
			return "", t.errf(start, "global flags not at the start of the expression")
		}
		return "", t.errf(t.pos, "missing :")
	}
	if t.p[t.pos] != ':' {
		if len(on) == 0 && !neg {
			return "", t.errf(start+1, "unknown extension ?%c", t.p[t.pos])
		}
		return "", t.errf(t.pos, "missing -, : or )")
	}
	t.pos++
	goFlags := ""
	set := func(c rune, v bool) {
		switch c {
		case 'i':
			fl.i = v
			if v {
				goFlags += "i"
			}
		case 'm':
			fl.m = v
		case 's':
			fl.s = v
		case 'x':
			fl.x = v
		case 'a':
			fl.a = v || t.isBytes
		case 'u':
			fl.a = !v || t.isBytes
		}
	}
	for _, c := range on {
		set(c, true)
	}
	offI := false
	for _, c := range off {
		if c == 'i' {
			offI = true
		}
		set(c, false)
	}
	if offI {
		goFlags += "-i"
	}
	return goFlags, nil
}

func reIdentifier(s string) bool {
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))) {
			continue
		}
		return false
	}
	return s != ""
}

// Shorthand classes as Go class contents (without brackets).
const (
	reUniDigit = `\p{Nd}`
	reUniWord  = `\p{L}\p{N}_`
	reUniSpace = `\t\n\v\f\r\x1c-\x1f \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}`
	reASCIIDig = `0-9`
	reASCIIWrd = `0-9A-Za-z_`
	reASCIISpc = `\t\n\v\f\r `
)

// reShorthand returns the Go class contents of \d \w \s (lower-case letter)
// in the current mode.
func reShorthand(c rune, ascii bool) string {
	switch c {
	case 'd':
		if ascii {
			return reASCIIDig
		}
		return reUniDigit
	case 'w':
		if ascii {
			return reASCIIWrd
		}
		return reUniWord
	}
	if ascii {
		return reASCIISpc
	}
	return reUniSpace
}

// escapeChar decodes a character escape after '\' at t.pos (which points
// at the letter). It returns ok=false when the escape is not a plain
// character (a class, an assertion, a group reference).
func (t *reTranslator) escapeChar(inClass bool) (r rune, ok bool, err error) {
	start := t.pos - 1
	c := t.p[t.pos]
	hex := func(n int) (rune, error) {
		if t.pos+1+n > len(t.p) {
			return 0, t.errf(start, "incomplete escape \\%s", string(t.p[t.pos:]))
		}
		v, perr := strconv.ParseUint(string(t.p[t.pos+1:t.pos+1+n]), 16, 32)
		if perr != nil {
			return 0, t.errf(start, "incomplete escape \\%s", string(t.p[t.pos:t.pos+1+n]))
		}
		if v > unicode.MaxRune {
			return 0, t.errf(start, "bad escape \\%s", string(t.p[t.pos:t.pos+1+n]))
		}
		t.pos += 1 + n
		return rune(v), nil
	}
	switch c {
	case 'a':
		t.pos++
		return '\a', true, nil
	case 'f':
		t.pos++
		return '\f', true, nil
	case 'n':
		t.pos++
		return '\n', true, nil
	case 'r':
		t.pos++
		return '\r', true, nil
	case 't':
		t.pos++
		return '\t', true, nil
	case 'v':
		t.pos++
		return '\v', true, nil
	case 'x':
		r, err := hex(2)
		return r, err == nil, err
	case 'u', 'U':
		if t.isBytes {
			return 0, false, t.errf(start, "bad escape \\%c", c)
		}
		n := 4
		if c == 'U' {
			n = 8
		}
		r, err := hex(n)
		return r, err == nil, err
	case 'N':
		return 0, false, t.errf(start, "named Unicode escapes \\N{...} are not supported")
	}
	if c >= '0' && c <= '7' {
		// Octal: \0, \0oo, or three octal digits (or any digits in a class).
		j := t.pos
		for j < len(t.p) && j < t.pos+3 && t.p[j] >= '0' && t.p[j] <= '7' {
			j++
		}
		if c == '0' || j-t.pos == 3 || inClass {
			v, _ := strconv.ParseUint(string(t.p[t.pos:j]), 8, 32)
			if v > 0o377 {
				return 0, false, t.errf(start, "octal escape value \\%s outside of range 0-0o377", string(t.p[t.pos:j]))
			}
			t.pos = j
			return rune(v), true, nil
		}
	}
	if c >= '0' && c <= '9' {
		if inClass {
			return 0, false, t.errf(start, "bad escape \\%c", c)
		}
		return 0, false, t.unsupported(start, "backreferences are")
	}
	if c < 128 && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
		return 0, false, nil
	}
	t.pos++
	return c, true, nil
}

// escape translates an escape outside a class; atom reports whether it
// can take a quantifier.
func (t *reTranslator) escape(fl reFlags) (atom bool, err error) {
	start := t.pos
	t.pos++
	if t.pos >= len(t.p) {
		return false, t.errf(start, "bad escape (end of pattern)")
	}
	c := t.p[t.pos]
	switch c {
	case 'd', 'w', 's':
		t.b.WriteString("[" + reShorthand(c, fl.a) + "]")
		t.pos++
		return true, nil
	case 'D', 'W', 'S':
		t.b.WriteString("[^" + reShorthand(unicode.ToLower(c), fl.a) + "]")
		t.pos++
		return true, nil
	case 'b', 'B':
		t.b.WriteString(`\` + string(c))
		t.pos++
		t.prog.uniWord = t.prog.uniWord || !fl.a
		return false, nil
	case 'A':
		t.b.WriteString(`\A`)
		t.pos++
		return false, nil
	case 'Z':
		t.b.WriteString(`\z`)
		t.pos++
		return false, nil
	}
	r, ok, err := t.escapeChar(false)
	if err != nil {
		return false, err
	}
	if !ok {
		return false, t.errf(start, "bad escape \\%c", c)
	}
	t.literal(r)
	return true, nil
}

// class translates a character class starting at '['.
func (t *reTranslator) class(fl reFlags) error {
	start := t.pos
	t.pos++
	negate := false
	if t.pos < len(t.p) && t.p[t.pos] == '^' {
		negate = true
		t.pos++
	}
	var parts []string // Go class fragments
	explicit := false  // a fragment needs set arithmetic (\W in Unicode mode)
	first := true
	hexRune := func(r rune) string { return fmt.Sprintf(`\x{%x}`, r) }
	for {
		if t.pos >= len(t.p) {
			return t.errf(start, "unterminated character set")
		}
		c := t.p[t.pos]
		if c == ']' && !first {
			t.pos++
			break
		}
		first = false
		itemStart := t.pos
		var lo rune
		isChar := true
		if c == '\\' {
			t.pos++
			if t.pos >= len(t.p) {
				return t.errf(start, "unterminated character set")
			}
			e := t.p[t.pos]
			switch e {
			case 'd', 'w', 's':
				parts = append(parts, reShorthand(e, fl.a))
				t.pos++
				isChar = false
			case 'D', 'W', 'S':
				if fl.a || e == 'D' {
					if e == 'D' && !fl.a {
						parts = append(parts, `\P{Nd}`)
					} else {
						parts = append(parts, map[rune]string{'D': `\D`, 'W': `\W`, 'S': `\x00-\x08\x0e-\x1f\x21-\x{10ffff}`}[e])
					}
				} else {
					parts = append(parts, "^"+reShorthand(unicode.ToLower(e), false))
					explicit = true
				}
				t.pos++
				isChar = false
			case 'b':
				lo = '\b'
				t.pos++
			default:
				r, ok, err := t.escapeChar(true)
				if err != nil {
					return err
				}
				if !ok {
					return t.errf(itemStart, "bad escape \\%c", e)
				}
				lo = r
			}
		} else {
			lo = c
			t.pos++
		}
		if !isChar {
			if t.pos+1 < len(t.p) && t.p[t.pos] == '-' && t.p[t.pos+1] != ']' {
				return t.errf(itemStart, "bad character range %s", string(t.p[itemStart:t.pos+2]))
			}
			continue
		}
		hi := lo
		if t.pos+1 < len(t.p) && t.p[t.pos] == '-' && t.p[t.pos+1] != ']' {
			t.pos++
			if t.p[t.pos] == '\\' {
				t.pos++
				if t.pos >= len(t.p) {
					return t.errf(start, "unterminated character set")
				}
				if t.p[t.pos] == 'b' {
					hi = '\b'
					t.pos++
				} else {
					r, ok, err := t.escapeChar(true)
					if err != nil {
						return err
					}
					if !ok {
						return t.errf(itemStart, "bad character range %s", string(t.p[itemStart:t.pos+1]))
					}
					hi = r
				}
			} else {
				hi = t.p[t.pos]
				t.pos++
			}
			if hi < lo {
				return t.errf(itemStart, "bad character range %s", string(t.p[itemStart:t.pos]))
			}
		}
		if hi == lo {
			parts = append(parts, hexRune(lo))
		} else {
			parts = append(parts, hexRune(lo)+"-"+hexRune(hi))
		}
	}
	if !explicit {
		if len(parts) == 0 {
			// [^] cannot happen (']' first is literal); keep Go happy.
			return t.errf(start, "unterminated character set")
		}
		if negate {
			t.b.WriteString("[^" + strings.Join(parts, "") + "]")
		} else {
			t.b.WriteString("[" + strings.Join(parts, "") + "]")
		}
		return nil
	}
	// Union the fragments as rune ranges (a negated reShorthand inside a
	// class has no Go class syntax).
	var ranges []rune
	for _, p := range parts {
		rs, err := reClassRanges(p)
		if err != nil {
			return t.errf(start, "%v", err)
		}
		ranges = append(ranges, rs...)
	}
	var b strings.Builder
	b.WriteByte('[')
	if negate {
		b.WriteByte('^')
	}
	for _, r := range reNormRanges(ranges) {
		b.WriteString(hexRune(r[0]))
		if r[1] != r[0] {
			b.WriteString("-" + hexRune(r[1]))
		}
	}
	b.WriteByte(']')
	t.b.WriteString(b.String())
	return nil
}

// reNormRanges sorts and merges flat lo,hi rune pairs.
func reNormRanges(flat []rune) [][2]rune {
	var rs [][2]rune
	for i := 0; i+1 < len(flat); i += 2 {
		rs = append(rs, [2]rune{flat[i], flat[i+1]})
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i][0] < rs[j][0] })
	var out [][2]rune
	for _, r := range rs {
		if n := len(out); n > 0 && r[0] <= out[n-1][1]+1 {
			if r[1] > out[n-1][1] {
				out[n-1][1] = r[1]
			}
			continue
		}
		out = append(out, r)
	}
	return out
}

// reClassRanges returns the sorted rune ranges of Go class contents.
func reClassRanges(contents string) ([]rune, error) {
	re, err := syntax.Parse("["+contents+"]", syntax.Perl)
	if err != nil {
		return nil, err
	}
	switch re.Op {
	case syntax.OpCharClass:
		return append([]rune(nil), re.Rune...), nil
	case syntax.OpLiteral:
		var out []rune
		for _, r := range re.Rune {
			out = append(out, r, r)
		}
		return out, nil
	case syntax.OpAnyChar:
		return []rune{0, unicode.MaxRune}, nil
	case syntax.OpAnyCharNotNL:
		return []rune{0, 9, 11, unicode.MaxRune}, nil
	}
	return nil, fmt.Errorf("unexpected class %s", contents)
}
