package stdlib

import rt "github.com/spindle-lang/spindle/runtime"

// Successive matches (findall, finditer, sub, subn, split) with CPython
// 3.7+'s rules for empty matches: an empty match may follow a non-empty
// one at the same position, and after an empty match at pos the next
// search "must advance" (sre's must_advance): the match found at pos may
// not end at pos, so a lazy or alternative pattern that prefers the empty
// string there gives its non-empty match (re.findall(r'\w*?', 'ab') is
// ['', 'a', '', 'b', '']); with none, the search goes on from pos+1.
//
// The backtracking engines (re_backtrack.go for ASCII subjects,
// re_look.go) take the non-empty requirement directly. Go's regexp
// cannot express it, so those patterns run the step at pos with
// re_look.go's matcher, compiled on first need (lkFallback).

// reScanner yields the successive matches of p in sub[pos:endpos].
type reScanner struct {
	p           *rePattern
	sub         *reSubject
	pos, endpos int
	prevEmpty   bool // the last match was empty (and ended at pos)
	done        bool
}

// next returns the next match's spans, or nil at the end.
func (s *reScanner) next() ([]int, error) {
	if s.done || s.pos > s.endpos {
		return nil, nil
	}
	spans, err := s.p.exec(s.sub, s.pos, s.endpos, reKindSearch)
	if err == nil && spans != nil && s.prevEmpty && spans[0] == s.pos && spans[1] == s.pos {
		spans, err = s.p.nonEmptyAt(s.sub, s.pos, s.endpos)
		if spans != nil && spans[1] == s.pos {
			spans = nil // never the same empty match again
		}
		if err == nil && spans == nil && s.pos < s.endpos {
			spans, err = s.p.exec(s.sub, s.pos+1, s.endpos, reKindSearch)
		}
	}
	if err != nil || spans == nil {
		s.done = true
		return nil, err
	}
	s.prevEmpty = spans[0] == spans[1]
	s.pos = spans[1]
	return spans, nil
}

// iterate calls fn for each successive match from pos to endpos.
func (p *rePattern) iterate(sub *reSubject, pos, endpos int, fn func(spans []int) (stop bool, err error)) error {
	s := reScanner{p: p, sub: sub, pos: pos, endpos: endpos}
	for {
		spans, err := s.next()
		if err != nil || spans == nil {
			return err
		}
		if stop, err := fn(spans); err != nil || stop {
			return err
		}
	}
}

// nonEmptyAt is the match at pos that does not end at pos, or nil.
func (p *rePattern) nonEmptyAt(sub *reSubject, pos, endpos int) ([]int, error) {
	if p.lk != nil {
		return p.lk.exec(sub, pos, endpos, reKindMatch, true), nil
	}
	if sub.ascii && p.bt != nil {
		pb, eb := sub.byteOff(pos), sub.byteOff(endpos)
		st := reBTStates.Get().(*reBTState)
		loc, ok := p.bt.execNonEmpty(st, sub.s[:eb], pb)
		reBTStates.Put(st)
		if ok && loc == nil {
			return nil, nil
		}
		if ok {
			// A match that took a final newline for Python's '$' is
			// trimmed by spans and may end at pos after all: then
			// re_look.go's matcher, where '$' takes nothing, decides.
			spans, err := p.spans(sub, loc, reKindMatch)
			if err != nil || spans == nil || spans[1] > pos {
				return spans, err
			}
		}
	}
	lk := p.lkFallback()
	if lk == nil {
		return nil, nil
	}
	return lk.exec(sub, pos, endpos, reKindMatch, true), nil
}

// lkFallback is the pattern compiled for re_look.go's matcher (nil if
// that matcher refuses it), for what Go's regexp cannot answer.
func (p *rePattern) lkFallback() *lkProgram {
	p.lkOnce.Do(func() {
		src, isBytes := reSourceText(p.source)
		if lk, _, err := lkCompile(src, p.prog.flags, isBytes); err == nil {
			p.lkBack = lk
		}
	})
	return p.lkBack
}

// reSourceText is a pattern source as text (bytes decoded as Latin-1).
func reSourceText(v rt.Value) (string, bool) {
	if b, ok := v.(rt.Bytes); ok {
		return reLatin1Decode(string(b)), true
	}
	s, _ := v.(rt.Str)
	return string(s), false
}
