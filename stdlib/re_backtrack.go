package stdlib

import (
	"regexp/syntax"
	"strings"
	"unicode"
)

// A backtracking matcher for ASCII subjects, used before Go's regexp.
//
// Go's regexp costs about 1.2 µs to match a 100-character log line with
// ten groups (its one-pass matcher steps rune by rune through instruction
// tables); CPython's sre, a backtracker, takes about 0.4 µs. For a subject
// that is all ASCII, this matcher runs the translated pattern (the Go
// syntax tree) byte by byte: each character class is a 128-bit set, a
// repetition of a single character (\d+, [^"]*, .*) is one loop
// instruction, and the assertions look at the real text around the
// position (no windowed program). It finds the same match as Go's
// leftmost-first semantics (which are Perl's, i.e. CPython's) because it
// only accepts patterns where the two agree: a loop over a sub-pattern
// that can match the empty string is rejected (RE2 and backtrackers
// differ there), as is anything it does not know.
//
// Backtracking can take exponential time where RE2 takes linear time, so
// each exec has a step budget proportional to the text it covers (capped
// at reBTMaxSteps); past it the matcher gives up and the caller runs Go's regexp, which returns
// the same answer. The worst case is thus a constant factor over Go's.

// reByteSet is a set of ASCII bytes.
type reByteSet [2]uint64

func (s *reByteSet) has(c byte) bool { return c < 128 && s[c>>6]&(1<<(c&63)) != 0 }
func (s *reByteSet) add(c rune) {
	if c >= 0 && c < 128 {
		s[c>>6] |= 1 << (uint(c) & 63)
	}
}
func (s *reByteSet) addRange(lo, hi rune) {
	if hi > 127 {
		hi = 127
	}
	for c := lo; c <= hi; c++ {
		s.add(c)
	}
}
func (s *reByteSet) union(o reByteSet) { s[0] |= o[0]; s[1] |= o[1] }

type reBTOp uint8

const (
	btSet    reBTOp = iota // one byte in set
	btStr                  // the literal str
	btLoop                 // min..max bytes in set (max < 0: no limit)
	btSplit                // try x, then y
	btJmp                  // go to x
	btSave                 // caps[n] = pos
	btAssert               // empty-width assertion op
	btMatch
)

type reBTInst struct {
	op     reBTOp
	greedy bool
	set    int // index into reBT.sets
	str    string
	min    int
	max    int
	x, y   int
	n      int
	assert syntax.Op
}

// reBT is a compiled backtracking program.
type reBT struct {
	insts []reBTInst
	sets  []reByteSet
	ncap  int // 2 * (Go capture groups + 1)
	// first holds every byte a match can start with, unless anyEmpty
	// (a match may be empty or begin with an assertion only).
	first    reByteSet
	anyEmpty bool
	prefix   string // literal every match begins with ("" if none)
}

// reBTCompile compiles the Go source src (the translated pattern, without
// the \A/windowing wrappers), or returns nil when the pattern is not one
// the matcher handles.
func reBTCompile(src string) *reBT {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	c := &reBTCompiler{bt: &reBT{ncap: 2 * (re.MaxCap() + 1)}}
	c.emit(reBTInst{op: btSave, n: 0})
	if !c.compile(re) {
		return nil
	}
	c.emit(reBTInst{op: btSave, n: 1})
	c.emit(reBTInst{op: btMatch})
	bt := c.bt
	var empty bool
	bt.first, empty = c.firstSet(re)
	bt.anyEmpty = empty
	if rx, err := syntax.Compile(re); err == nil {
		if pfx, _ := reProgPrefix(rx); pfx != "" {
			bt.prefix = pfx
		}
	}
	return bt
}

// reProgPrefix is the literal prefix of a program when it is ASCII and
// case-sensitive.
func reProgPrefix(p *syntax.Prog) (string, bool) {
	pfx, complete := p.Prefix()
	for i := 0; i < len(pfx); i++ {
		if pfx[i] >= 0x80 {
			return "", false
		}
	}
	return pfx, complete
}

type reBTCompiler struct {
	bt *reBT
}

func (c *reBTCompiler) emit(in reBTInst) int {
	c.bt.insts = append(c.bt.insts, in)
	return len(c.bt.insts) - 1
}

func (c *reBTCompiler) addSet(s reByteSet) int {
	c.bt.sets = append(c.bt.sets, s)
	return len(c.bt.sets) - 1
}

// runeSet is the set of ASCII bytes that match rune r (with case folding
// when fold).
func reRuneSet(r rune, fold bool) reByteSet {
	var s reByteSet
	s.add(r)
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			s.add(f)
		}
	}
	return s
}

// singleSet returns the byte set of a node that matches exactly one
// character.
func reSingleSet(re *syntax.Regexp) (reByteSet, bool) {
	var s reByteSet
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 1 {
			return reRuneSet(re.Rune[0], re.Flags&syntax.FoldCase != 0), true
		}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i] < 128 {
				s.addRange(re.Rune[i], re.Rune[i+1])
			}
		}
		return s, true
	case syntax.OpAnyCharNotNL:
		s.addRange(0, 127)
		s[0] &^= 1 << '\n'
		return s, true
	case syntax.OpAnyChar:
		s.addRange(0, 127)
		return s, true
	}
	return s, false
}

func (c *reBTCompiler) compile(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpNoMatch:
		c.emit(reBTInst{op: btSet, set: c.addSet(reByteSet{})})
	case syntax.OpEmptyMatch:
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 {
			ascii := true
			for _, r := range re.Rune {
				ascii = ascii && r < 128
			}
			if ascii {
				c.emit(reBTInst{op: btStr, str: string(re.Rune)})
				return true
			}
		}
		for _, r := range re.Rune {
			c.emit(reBTInst{op: btSet, set: c.addSet(reRuneSet(r, re.Flags&syntax.FoldCase != 0))})
		}
	case syntax.OpCharClass, syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		s, _ := reSingleSet(re)
		c.emit(reBTInst{op: btSet, set: c.addSet(s)})
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		c.emit(reBTInst{op: btAssert, assert: re.Op})
	case syntax.OpCapture:
		c.emit(reBTInst{op: btSave, n: 2 * re.Cap})
		if !c.compile(re.Sub[0]) {
			return false
		}
		c.emit(reBTInst{op: btSave, n: 2*re.Cap + 1})
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !c.compile(s) {
				return false
			}
		}
	case syntax.OpAlternate:
		// split L1, next; L1: sub0; jmp end; next: split L2, next2 ...
		var jumps []int
		for i, s := range re.Sub {
			if i == len(re.Sub)-1 {
				if !c.compile(s) {
					return false
				}
				break
			}
			split := c.emit(reBTInst{op: btSplit})
			c.bt.insts[split].x = split + 1
			if !c.compile(s) {
				return false
			}
			jumps = append(jumps, c.emit(reBTInst{op: btJmp}))
			c.bt.insts[split].y = len(c.bt.insts)
		}
		for _, j := range jumps {
			c.bt.insts[j].x = len(c.bt.insts)
		}
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest:
		greedy := re.Flags&syntax.NonGreedy == 0
		sub := re.Sub[0]
		if s, ok := reSingleSet(sub); ok {
			in := reBTInst{op: btLoop, set: c.addSet(s), greedy: greedy, max: -1}
			switch re.Op {
			case syntax.OpPlus:
				in.min = 1
			case syntax.OpQuest:
				in.max = 1
			}
			c.emit(in)
			return true
		}
		if re.Op != syntax.OpQuest && reCanBeEmpty(sub) {
			return false // empty iterations: RE2 and backtracking differ
		}
		switch re.Op {
		case syntax.OpQuest:
			split := c.emit(reBTInst{op: btSplit})
			if !c.compile(sub) {
				return false
			}
			c.setSplit(split, split+1, len(c.bt.insts), greedy)
		case syntax.OpStar:
			split := c.emit(reBTInst{op: btSplit})
			if !c.compile(sub) {
				return false
			}
			c.emit(reBTInst{op: btJmp, x: split})
			c.setSplit(split, split+1, len(c.bt.insts), greedy)
		case syntax.OpPlus:
			start := len(c.bt.insts)
			if !c.compile(sub) {
				return false
			}
			split := c.emit(reBTInst{op: btSplit})
			c.setSplit(split, start, split+1, greedy)
		}
	default:
		return false // OpRepeat (Simplify removes it), OpAnyChar... unknown
	}
	return true
}

// setSplit makes split prefer loop (greedy) or next (non-greedy).
func (c *reBTCompiler) setSplit(split, loop, next int, greedy bool) {
	if greedy {
		c.bt.insts[split].x, c.bt.insts[split].y = loop, next
	} else {
		c.bt.insts[split].x, c.bt.insts[split].y = next, loop
	}
}

// reCanBeEmpty reports whether re can match the empty string.
func reCanBeEmpty(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune) == 0
	case syntax.OpCharClass, syntax.OpAnyCharNotNL, syntax.OpAnyChar, syntax.OpNoMatch:
		return false
	case syntax.OpCapture, syntax.OpPlus:
		return reCanBeEmpty(re.Sub[0])
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !reCanBeEmpty(s) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if reCanBeEmpty(s) {
				return true
			}
		}
		return false
	case syntax.OpRepeat:
		return re.Min == 0 || reCanBeEmpty(re.Sub[0])
	}
	return true // star, quest, assertions, empty match
}

// firstSet returns the bytes a match of re can begin with and whether re
// can match without consuming a character (then the set is incomplete:
// whatever follows re may supply the first byte).
func (c *reBTCompiler) firstSet(re *syntax.Regexp) (reByteSet, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return reByteSet{}, true
		}
		return reRuneSet(re.Rune[0], re.Flags&syntax.FoldCase != 0), false
	case syntax.OpCharClass, syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		s, _ := reSingleSet(re)
		return s, false
	case syntax.OpNoMatch:
		return reByteSet{}, false
	case syntax.OpCapture, syntax.OpPlus:
		return c.firstSet(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		s, _ := c.firstSet(re.Sub[0])
		return s, true
	case syntax.OpConcat:
		var all reByteSet
		for _, sub := range re.Sub {
			s, empty := c.firstSet(sub)
			all.union(s)
			if !empty {
				return all, false
			}
		}
		return all, true
	case syntax.OpAlternate:
		var all reByteSet
		anyEmpty := false
		for _, sub := range re.Sub {
			s, empty := c.firstSet(sub)
			all.union(s)
			anyEmpty = anyEmpty || empty
		}
		return all, anyEmpty
	}
	// Assertions and the empty match consume nothing; anything else is
	// unknown (treated as possibly empty: no filtering).
	return reByteSet{}, true
}

// reBTMaxSteps caps the budget of one exec (tens of milliseconds), so
// that a pattern that backtracks exponentially over a long text falls
// back to Go's regexp soon, on every call.
const reBTMaxSteps = 1 << 24

// btEntry is a backtracking stack entry.
type btEntry struct {
	kind uint8 // btBranch, btRestore, btGreedyLoop, btLazyLoop
	pc   int
	pos  int
	n    int // restore: old value; loops: count to try
}

const (
	btBranch = iota
	btRestore
	btGreedyLoop
	btLazyLoop
)

// reBTState is the reusable scratch of one exec.
type reBTState struct {
	stack []btEntry
	caps  []int
	steps int
}

func reIsWordByte(text string, i int) bool { return i >= 0 && i < len(text) && reWordByte(text[i]) }

// run tries a match anchored at pos in text[:end] (text is the whole
// subject up to endpos, so assertions see the real neighbours). It returns
// matched, and false for ok when the step budget ran out.
// With nonEmpty, a match must not end at pos (re_scan.go's must-advance).
func (bt *reBT) run(st *reBTState, text string, pos int, full, nonEmpty bool) (matched, ok bool) {
	end := len(text)
	start := pos
	caps := st.caps
	for i := range caps {
		caps[i] = -1
	}
	stack := st.stack[:0]
	pc := 0
	for {
		st.steps--
		if st.steps < 0 {
			st.stack = stack[:0]
			return false, false
		}
		in := &bt.insts[pc]
		switch in.op {
		case btSet:
			if pos < end && bt.sets[in.set].has(text[pos]) {
				pos++
				pc++
				continue
			}
		case btStr:
			if strings.HasPrefix(text[pos:], in.str) {
				pos += len(in.str)
				pc++
				continue
			}
		case btLoop:
			set := &bt.sets[in.set]
			if in.greedy {
				n := 0
				for pos+n < end && (in.max < 0 || n < in.max) && set.has(text[pos+n]) {
					n++
				}
				st.steps -= n >> 3
				if n >= in.min {
					if n > in.min {
						stack = append(stack, btEntry{kind: btGreedyLoop, pc: pc, pos: pos, n: n - 1})
					}
					pos += n
					pc++
					continue
				}
			} else {
				n := 0
				for n < in.min && pos+n < end && set.has(text[pos+n]) {
					n++
				}
				if n == in.min {
					if in.max < 0 || n < in.max {
						stack = append(stack, btEntry{kind: btLazyLoop, pc: pc, pos: pos, n: n + 1})
					}
					pos += n
					pc++
					continue
				}
			}
		case btSplit:
			stack = append(stack, btEntry{kind: btBranch, pc: in.y, pos: pos})
			pc = in.x
			continue
		case btJmp:
			pc = in.x
			continue
		case btSave:
			stack = append(stack, btEntry{kind: btRestore, pc: in.n, n: caps[in.n]})
			caps[in.n] = pos
			pc++
			continue
		case btAssert:
			var t bool
			switch in.assert {
			case syntax.OpBeginLine:
				t = pos == 0 || text[pos-1] == '\n'
			case syntax.OpEndLine:
				t = pos == end || text[pos] == '\n'
			case syntax.OpBeginText:
				t = pos == 0
			case syntax.OpEndText:
				t = pos == end
			case syntax.OpWordBoundary:
				t = reIsWordByte(text, pos-1) != reIsWordByte(text, pos)
			case syntax.OpNoWordBoundary:
				t = reIsWordByte(text, pos-1) == reIsWordByte(text, pos)
			}
			if t {
				pc++
				continue
			}
		case btMatch:
			if (!full || pos == end) && (!nonEmpty || pos != start) {
				st.stack = stack[:0]
				return true, true
			}
		}
		// Fail: pop until a place to resume.
		for {
			if len(stack) == 0 {
				st.stack = stack[:0]
				return false, true
			}
			e := &stack[len(stack)-1]
			switch e.kind {
			case btRestore:
				caps[e.pc] = e.n
				stack = stack[:len(stack)-1]
				continue
			case btBranch:
				pc, pos = e.pc, e.pos
				stack = stack[:len(stack)-1]
			case btGreedyLoop:
				in := &bt.insts[e.pc]
				pc, pos = e.pc+1, e.pos+e.n
				if e.n > in.min {
					e.n--
				} else {
					stack = stack[:len(stack)-1]
				}
			case btLazyLoop:
				in := &bt.insts[e.pc]
				p := e.pos + e.n - 1
				if p >= end || !bt.sets[in.set].has(text[p]) {
					stack = stack[:len(stack)-1]
					continue
				}
				pc, pos = e.pc+1, e.pos+e.n
				if in.max >= 0 && e.n >= in.max {
					stack = stack[:len(stack)-1]
				} else {
					e.n++
				}
			}
			break
		}
	}
}

// exec finds the first match in text[:end] starting at or after pos
// (only at pos when anchored; only at line starts when lineStart). It
// returns the Go capture locations (absolute byte offsets, -1 unset), or
// nil; ok is false when the step budget ran out (the caller then uses
// Go's regexp).
func (bt *reBT) exec(st *reBTState, text string, pos int, anchored, full, lineStart bool) (loc []int, ok bool) {
	bt.prepare(st, text, pos)
	try := func(p int) ([]int, bool) { return bt.try(st, text, p, full, false) }
	if anchored {
		return try(pos)
	}
	for p := pos; p <= len(text); {
		switch {
		case lineStart:
			if p > 0 && text[p-1] != '\n' {
				i := strings.IndexByte(text[p:], '\n')
				if i < 0 {
					return nil, true
				}
				p += i + 1
			}
		case bt.prefix != "":
			i := strings.Index(text[p:], bt.prefix)
			if i < 0 {
				return nil, true
			}
			p += i
		case !bt.anyEmpty:
			for p < len(text) && !bt.first.has(text[p]) {
				p++
			}
			if p == len(text) {
				return nil, true
			}
		}
		if loc, ok := try(p); loc != nil || !ok {
			return loc, ok
		}
		p++
	}
	return nil, true
}

// execNonEmpty is the match at pos that does not end at pos (nil if
// none; ok false when the step budget ran out).
func (bt *reBT) execNonEmpty(st *reBTState, text string, pos int) (loc []int, ok bool) {
	bt.prepare(st, text, pos)
	return bt.try(st, text, pos, false, true)
}

// prepare sizes st's captures and sets the step budget of one exec.
func (bt *reBT) prepare(st *reBTState, text string, pos int) {
	if cap(st.caps) < bt.ncap {
		st.caps = make([]int, bt.ncap)
	}
	st.caps = st.caps[:bt.ncap]
	st.steps = min(64*(len(text)-pos)+1024, reBTMaxSteps)
}

// try runs one anchored attempt at p and copies out the captures.
func (bt *reBT) try(st *reBTState, text string, p int, full, nonEmpty bool) ([]int, bool) {
	m, ok := bt.run(st, text, p, full, nonEmpty)
	if !ok {
		return nil, false
	}
	if m {
		return append([]int(nil), st.caps...), true
	}
	return nil, true
}
