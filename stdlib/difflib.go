package stdlib

import (
	"fmt"
	"sort"
	"sync"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// The difflib module: SequenceMatcher, get_close_matches, unified_diff
// and context_diff, ported from CPython 3.11's difflib.py step for step
// (b2j, the isjunk and autojunk "popular" heuristics, find_longest_match
// with its junk extension, the matching-block queue, grouped opcodes),
// so blocks, opcodes, ratios and diffs are CPython's. Elements are
// interned to ints by Python equality and hash (one table per matcher),
// so any hashable elements work. unified_diff and context_diff build
// their lines at the call (CPython's are lazy generators: a type error
// is raised at the call rather than at the first next()). ndiff and
// Differ are in difflib_ndiff.go. Not provided: HtmlDiff, restore.

var seqMatcherType = newModuleType("SequenceMatcher", "difflib")

var diffMatchType struct {
	once sync.Once
	t    *rt.Type
}

// matchTuple makes a difflib.Match(a, b, size) named tuple.
func matchTuple(th *rt.Thread, a, b, size int) (rt.Value, error) {
	diffMatchType.once.Do(func() {
		diffMatchType.t, _ = makeNamedTuple(th, "Match", "difflib", []string{"a", "b", "size"}, nil, nil)
	})
	return rt.Call(th, diffMatchType.t, []rt.Value{rt.MakeInt(int64(a)), rt.MakeInt(int64(b)), rt.MakeInt(int64(size))}, nil)
}

type seqMatcher struct {
	mu       sync.Mutex
	isjunk   rt.Value
	autojunk bool
	aV, bV   rt.Value
	a, b     []int // interned elements
	ids      *rt.Dict
	elems    []rt.Value // id -> element
	b2j      map[int][]int
	bjunk    map[int]bool
	bpopular map[int]bool
	blocks   [][3]int
	opcodes  []diffOp
	fullb    map[int]int
}

type diffOp struct {
	tag            string
	i1, i2, j1, j2 int
}

func (*seqMatcher) Type() *rt.Type { return seqMatcherType }

func (s *seqMatcher) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "a":
		return s.aV, nil
	case "b":
		return s.bV, nil
	case "isjunk":
		return s.isjunk, nil
	case "autojunk":
		return rt.Bool(s.autojunk), nil
	}
	return nil, nil
}

func (s *seqMatcher) intern(th *rt.Thread, seq rt.Value) ([]int, error) {
	items, err := rt.IterateAll(th, seq)
	if err != nil {
		return nil, err
	}
	out := make([]int, len(items))
	for i, it := range items {
		v, ok, err := s.ids.Get(th, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			v = rt.MakeInt(int64(len(s.elems)))
			s.elems = append(s.elems, it)
			if err := s.ids.Set(th, it, v); err != nil {
				return nil, err
			}
		}
		out[i] = int(v.(rt.Int))
	}
	return out, nil
}

func (s *seqMatcher) setSeq1(th *rt.Thread, a rt.Value) error {
	if s.aV != nil && a == s.aV {
		return nil
	}
	ids, err := s.intern(th, a)
	if err != nil {
		return err
	}
	s.aV, s.a = a, ids
	s.blocks, s.opcodes = nil, nil
	return nil
}

func (s *seqMatcher) setSeq2(th *rt.Thread, b rt.Value) error {
	if s.bV != nil && b == s.bV {
		return nil
	}
	ids, err := s.intern(th, b)
	if err != nil {
		return err
	}
	s.bV, s.b = b, ids
	s.blocks, s.opcodes, s.fullb = nil, nil, nil
	return s.chainB(th)
}

// chainB is __chain_b.
func (s *seqMatcher) chainB(th *rt.Thread) error {
	s.b2j = map[int][]int{}
	var order []int
	for i, e := range s.b {
		if _, ok := s.b2j[e]; !ok {
			order = append(order, e)
		}
		s.b2j[e] = append(s.b2j[e], i)
	}
	s.bjunk = map[int]bool{}
	if s.isjunk != nil && s.isjunk != rt.None {
		for _, e := range order {
			r, err := rt.Call(th, s.isjunk, []rt.Value{s.elems[e]}, nil)
			if err != nil {
				return err
			}
			t, err := rt.Truth(th, r)
			if err != nil {
				return err
			}
			if t {
				s.bjunk[e] = true
			}
		}
		for e := range s.bjunk {
			delete(s.b2j, e)
		}
	}
	s.bpopular = map[int]bool{}
	n := len(s.b)
	if s.autojunk && n >= 200 {
		ntest := n/100 + 1
		for e, idxs := range s.b2j {
			if len(idxs) > ntest {
				s.bpopular[e] = true
			}
		}
		for e := range s.bpopular {
			delete(s.b2j, e)
		}
	}
	return nil
}

func (s *seqMatcher) findLongestMatch(alo, ahi, blo, bhi int) (int, int, int) {
	a, b := s.a, s.b
	besti, bestj, bestsize := alo, blo, 0
	j2len := map[int]int{}
	for i := alo; i < ahi; i++ {
		newj2len := map[int]int{}
		for _, j := range s.b2j[a[i]] {
			if j < blo {
				continue
			}
			if j >= bhi {
				break
			}
			k := j2len[j-1] + 1
			newj2len[j] = k
			if k > bestsize {
				besti, bestj, bestsize = i-k+1, j-k+1, k
			}
		}
		j2len = newj2len
	}
	for besti > alo && bestj > blo && !s.bjunk[b[bestj-1]] && a[besti-1] == b[bestj-1] {
		besti, bestj, bestsize = besti-1, bestj-1, bestsize+1
	}
	for besti+bestsize < ahi && bestj+bestsize < bhi && !s.bjunk[b[bestj+bestsize]] && a[besti+bestsize] == b[bestj+bestsize] {
		bestsize++
	}
	for besti > alo && bestj > blo && s.bjunk[b[bestj-1]] && a[besti-1] == b[bestj-1] {
		besti, bestj, bestsize = besti-1, bestj-1, bestsize+1
	}
	for besti+bestsize < ahi && bestj+bestsize < bhi && s.bjunk[b[bestj+bestsize]] && a[besti+bestsize] == b[bestj+bestsize] {
		bestsize++
	}
	return besti, bestj, bestsize
}

func (s *seqMatcher) matchingBlocks() [][3]int {
	if s.blocks != nil {
		return s.blocks
	}
	la, lb := len(s.a), len(s.b)
	queue := [][4]int{{0, la, 0, lb}}
	var blocks [][3]int
	for len(queue) > 0 {
		q := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		alo, ahi, blo, bhi := q[0], q[1], q[2], q[3]
		i, j, k := s.findLongestMatch(alo, ahi, blo, bhi)
		if k > 0 {
			blocks = append(blocks, [3]int{i, j, k})
			if alo < i && blo < j {
				queue = append(queue, [4]int{alo, i, blo, j})
			}
			if i+k < ahi && j+k < bhi {
				queue = append(queue, [4]int{i + k, ahi, j + k, bhi})
			}
		}
	}
	sort.Slice(blocks, func(x, y int) bool {
		p, q := blocks[x], blocks[y]
		if p[0] != q[0] {
			return p[0] < q[0]
		}
		if p[1] != q[1] {
			return p[1] < q[1]
		}
		return p[2] < q[2]
	})
	i1, j1, k1 := 0, 0, 0
	var out [][3]int
	for _, m := range blocks {
		if i1+k1 == m[0] && j1+k1 == m[1] {
			k1 += m[2]
		} else {
			if k1 > 0 {
				out = append(out, [3]int{i1, j1, k1})
			}
			i1, j1, k1 = m[0], m[1], m[2]
		}
	}
	if k1 > 0 {
		out = append(out, [3]int{i1, j1, k1})
	}
	out = append(out, [3]int{la, lb, 0})
	s.blocks = out
	return out
}

func (s *seqMatcher) getOpcodes() []diffOp {
	if s.opcodes != nil {
		return s.opcodes
	}
	i, j := 0, 0
	answer := []diffOp{}
	for _, m := range s.matchingBlocks() {
		ai, bj, size := m[0], m[1], m[2]
		tag := ""
		switch {
		case i < ai && j < bj:
			tag = "replace"
		case i < ai:
			tag = "delete"
		case j < bj:
			tag = "insert"
		}
		if tag != "" {
			answer = append(answer, diffOp{tag, i, ai, j, bj})
		}
		i, j = ai+size, bj+size
		if size > 0 {
			answer = append(answer, diffOp{"equal", ai, i, bj, j})
		}
	}
	s.opcodes = answer
	return answer
}

func (s *seqMatcher) groupedOpcodes(n int) [][]diffOp {
	codes := append([]diffOp(nil), s.getOpcodes()...)
	if len(codes) == 0 {
		codes = []diffOp{{"equal", 0, 1, 0, 1}}
	}
	if c := codes[0]; c.tag == "equal" {
		codes[0] = diffOp{c.tag, max(c.i1, c.i2-n), c.i2, max(c.j1, c.j2-n), c.j2}
	}
	if c := codes[len(codes)-1]; c.tag == "equal" {
		codes[len(codes)-1] = diffOp{c.tag, c.i1, min(c.i2, c.i1+n), c.j1, min(c.j2, c.j1+n)}
	}
	nn := n + n
	var groups [][]diffOp
	var group []diffOp
	for _, c := range codes {
		i1, j1 := c.i1, c.j1
		if c.tag == "equal" && c.i2-c.i1 > nn {
			group = append(group, diffOp{c.tag, i1, min(c.i2, i1+n), j1, min(c.j2, j1+n)})
			groups = append(groups, group)
			group = nil
			i1, j1 = max(i1, c.i2-n), max(j1, c.j2-n)
		}
		group = append(group, diffOp{c.tag, i1, c.i2, j1, c.j2})
	}
	if len(group) > 0 && !(len(group) == 1 && group[0].tag == "equal") {
		groups = append(groups, group)
	}
	return groups
}

func diffRatio(matches, length int) rt.Value {
	if length == 0 {
		return rt.Float(1.0)
	}
	return rt.Float(2.0 * float64(matches) / float64(length))
}

func (s *seqMatcher) ratio() rt.Value {
	m := 0
	for _, b := range s.matchingBlocks() {
		m += b[2]
	}
	return diffRatio(m, len(s.a)+len(s.b))
}

func (s *seqMatcher) quickRatio() rt.Value {
	if s.fullb == nil {
		s.fullb = map[int]int{}
		for _, e := range s.b {
			s.fullb[e]++
		}
	}
	avail := map[int]int{}
	matches := 0
	for _, e := range s.a {
		numb, ok := avail[e]
		if !ok {
			numb = s.fullb[e]
		}
		avail[e] = numb - 1
		if numb > 0 {
			matches++
		}
	}
	return diffRatio(matches, len(s.a)+len(s.b))
}

func (s *seqMatcher) realQuickRatio() rt.Value {
	la, lb := len(s.a), len(s.b)
	return diffRatio(min(la, lb), la+lb)
}

func opTuple(o diffOp) rt.Value {
	return rt.NewTuple([]rt.Value{rt.Str(o.tag), rt.MakeInt(int64(o.i1)), rt.MakeInt(int64(o.i2)), rt.MakeInt(int64(o.j1)), rt.MakeInt(int64(o.j2))})
}

func opList(ops []diffOp) rt.Value {
	vs := make([]rt.Value, len(ops))
	for i, o := range ops {
		vs[i] = opTuple(o)
	}
	return rt.NewList(vs)
}

func newSeqMatcher(th *rt.Thread, isjunk, a, b rt.Value, autojunk bool) (*seqMatcher, error) {
	s := &seqMatcher{isjunk: isjunk, autojunk: autojunk, ids: rt.NewDict()}
	if err := s.setSeq1(th, a); err != nil {
		return nil, err
	}
	if err := s.setSeq2(th, b); err != nil {
		return nil, err
	}
	return s, nil
}

func smMethod(name string, params []string, fn func(th *rt.Thread, s *seqMatcher, vs []rt.Value) (rt.Value, error)) *rt.Builtin {
	return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		vs, err := pyArgs("SequenceMatcher."+name, args, kwargs, params...)
		if err != nil {
			return nil, err
		}
		s := self.(*seqMatcher)
		s.mu.Lock()
		defer s.mu.Unlock()
		return fn(th, s, vs)
	})
}

// loadDifflibModule makes the difflib module (registered in modules.go).
func loadDifflibModule() *rt.Module {
	setupDifflibTypes()
	return newDifflibModule()
}

// difflibSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var difflibSetup sync.Once

func setupDifflibTypes() { difflibSetup.Do(initDifflibTypes) }

func initDifflibTypes() {
	initDifferType()
	seqMatcherType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		vs, err := pyArgs("SequenceMatcher.__init__", args, kwargs, "isjunk=", "a=", "b=", "autojunk=")
		if err != nil {
			return nil, err
		}
		aj, err := rt.Truth(th, orDefault(vs[3], rt.True))
		if err != nil {
			return nil, err
		}
		return newSeqMatcher(th, orDefault(vs[0], rt.None), orDefault(vs[1], rt.Str("")), orDefault(vs[2], rt.Str("")), aj)
	}
	seqMatcherType.AddMethods(
		smMethod("set_seqs", []string{"a", "b"}, func(th *rt.Thread, s *seqMatcher, vs []rt.Value) (rt.Value, error) {
			if err := s.setSeq1(th, vs[0]); err != nil {
				return nil, err
			}
			return rt.None, s.setSeq2(th, vs[1])
		}),
		smMethod("set_seq1", []string{"a"}, func(th *rt.Thread, s *seqMatcher, vs []rt.Value) (rt.Value, error) {
			return rt.None, s.setSeq1(th, vs[0])
		}),
		smMethod("set_seq2", []string{"b"}, func(th *rt.Thread, s *seqMatcher, vs []rt.Value) (rt.Value, error) {
			return rt.None, s.setSeq2(th, vs[0])
		}),
		smMethod("find_longest_match", []string{"alo=", "ahi=", "blo=", "bhi="}, func(th *rt.Thread, s *seqMatcher, vs []rt.Value) (rt.Value, error) {
			xs := []int{0, len(s.a), 0, len(s.b)}
			for i, v := range vs {
				if v == nil || v == rt.None {
					continue
				}
				n, err := rt.IndexInt(v)
				if err != nil {
					return nil, err
				}
				xs[i] = n
			}
			i, j, k := s.findLongestMatch(max(xs[0], 0), min(xs[1], len(s.a)), max(xs[2], 0), min(xs[3], len(s.b)))
			return matchTuple(th, i, j, k)
		}),
		smMethod("get_matching_blocks", nil, func(th *rt.Thread, s *seqMatcher, vs []rt.Value) (rt.Value, error) {
			blocks := s.matchingBlocks()
			out := make([]rt.Value, len(blocks))
			for i, b := range blocks {
				m, err := matchTuple(th, b[0], b[1], b[2])
				if err != nil {
					return nil, err
				}
				out[i] = m
			}
			return rt.NewList(out), nil
		}),
		smMethod("get_opcodes", nil, func(th *rt.Thread, s *seqMatcher, vs []rt.Value) (rt.Value, error) {
			return opList(s.getOpcodes()), nil
		}),
		smMethod("get_grouped_opcodes", []string{"n="}, func(th *rt.Thread, s *seqMatcher, vs []rt.Value) (rt.Value, error) {
			xs, err := calInts(vs, 3)
			if err != nil {
				return nil, err
			}
			groups := s.groupedOpcodes(xs[0])
			out := make([]rt.Value, len(groups))
			for i, g := range groups {
				out[i] = opList(g)
			}
			return listIter(out), nil
		}),
		smMethod("ratio", nil, func(th *rt.Thread, s *seqMatcher, vs []rt.Value) (rt.Value, error) { return s.ratio(), nil }),
		smMethod("quick_ratio", nil, func(th *rt.Thread, s *seqMatcher, vs []rt.Value) (rt.Value, error) { return s.quickRatio(), nil }),
		smMethod("real_quick_ratio", nil, func(th *rt.Thread, s *seqMatcher, vs []rt.Value) (rt.Value, error) {
			return s.realQuickRatio(), nil
		}),
	)
}

// diffLines returns the str lines of a sequence for the diff functions,
// with _check_types's errors.
func diffLines(th *rt.Thread, v rt.Value) ([]string, error) {
	items, err := rt.IterateAll(th, v)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(items))
	for i, it := range items {
		s, ok := it.(rt.Str)
		if !ok {
			if i == 0 {
				r, err := rt.Repr(th, it)
				if err != nil {
					return nil, err
				}
				return nil, rt.NewError(rt.TypeErrorType, "lines to compare must be str, not %s (%s)", rt.TypeName(it), r)
			}
			return nil, rt.NewError(rt.TypeErrorType, "can only concatenate str (not \"%s\") to str", rt.TypeName(it))
		}
		out[i] = string(s)
	}
	return out, nil
}

func formatRangeUnified(start, stop int) string {
	beginning := start + 1
	length := stop - start
	if length == 1 {
		return fmt.Sprint(beginning)
	}
	if length == 0 {
		beginning--
	}
	return fmt.Sprintf("%d,%d", beginning, length)
}

func formatRangeContext(start, stop int) string {
	beginning := start + 1
	length := stop - start
	if length == 0 {
		beginning--
	}
	if length <= 1 {
		return fmt.Sprint(beginning)
	}
	return fmt.Sprintf("%d,%d", beginning, beginning+length-1)
}

// diffArgs binds the common signature of unified_diff and context_diff.
func diffArgs(th *rt.Thread, name string, args []rt.Value, kwargs []rt.KwArg) (*seqMatcher, []string, []string, []string, int, error) {
	vs, err := pyArgs(name, args, kwargs, "a", "b", "fromfile=", "tofile=", "fromfiledate=", "tofiledate=", "n=", "lineterm=")
	if err != nil {
		return nil, nil, nil, nil, 0, err
	}
	a, err := diffLines(th, vs[0])
	if err != nil {
		return nil, nil, nil, nil, 0, err
	}
	b, err := diffLines(th, vs[1])
	if err != nil {
		return nil, nil, nil, nil, 0, err
	}
	strs := make([]string, 5)
	defs := []string{"", "", "", "", "\n"}
	for i, v := range []rt.Value{vs[2], vs[3], vs[4], vs[5], vs[7]} {
		v = orDefault(v, rt.Str(defs[i]))
		s, ok := v.(rt.Str)
		if !ok {
			r, err := rt.Repr(th, v)
			if err != nil {
				return nil, nil, nil, nil, 0, err
			}
			return nil, nil, nil, nil, 0, rt.NewError(rt.TypeErrorType, "all arguments must be str, not: %s", r)
		}
		strs[i] = string(s)
	}
	xs, err := calInts(vs[6:7], 3)
	if err != nil {
		return nil, nil, nil, nil, 0, err
	}
	s, err := newSeqMatcher(th, rt.None, vs[0], vs[1], true)
	if err != nil {
		return nil, nil, nil, nil, 0, err
	}
	return s, a, b, strs, xs[0], nil
}

func unifiedDiff(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	s, a, b, strs, n, err := diffArgs(th, "unified_diff", args, kwargs)
	if err != nil {
		return nil, err
	}
	fromfile, tofile, fromdate, todate, lineterm := strs[0], strs[1], strs[2], strs[3], strs[4]
	var out []rt.Value
	add := func(s string) { out = append(out, rt.Str(s)) }
	for gi, group := range s.groupedOpcodes(n) {
		if gi == 0 {
			if fromdate != "" {
				fromdate = "\t" + fromdate
			}
			if todate != "" {
				todate = "\t" + todate
			}
			add("--- " + fromfile + fromdate + lineterm)
			add("+++ " + tofile + todate + lineterm)
		}
		first, last := group[0], group[len(group)-1]
		add("@@ -" + formatRangeUnified(first.i1, last.i2) + " +" + formatRangeUnified(first.j1, last.j2) + " @@" + lineterm)
		for _, o := range group {
			if o.tag == "equal" {
				for _, l := range a[o.i1:o.i2] {
					add(" " + l)
				}
				continue
			}
			if o.tag == "replace" || o.tag == "delete" {
				for _, l := range a[o.i1:o.i2] {
					add("-" + l)
				}
			}
			if o.tag == "replace" || o.tag == "insert" {
				for _, l := range b[o.j1:o.j2] {
					add("+" + l)
				}
			}
		}
	}
	return listIter(out), nil
}

func contextDiff(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	s, a, b, strs, n, err := diffArgs(th, "context_diff", args, kwargs)
	if err != nil {
		return nil, err
	}
	fromfile, tofile, fromdate, todate, lineterm := strs[0], strs[1], strs[2], strs[3], strs[4]
	prefix := map[string]string{"insert": "+ ", "delete": "- ", "replace": "! ", "equal": "  "}
	var out []rt.Value
	add := func(s string) { out = append(out, rt.Str(s)) }
	for gi, group := range s.groupedOpcodes(n) {
		if gi == 0 {
			if fromdate != "" {
				fromdate = "\t" + fromdate
			}
			if todate != "" {
				todate = "\t" + todate
			}
			add("*** " + fromfile + fromdate + lineterm)
			add("--- " + tofile + todate + lineterm)
		}
		first, last := group[0], group[len(group)-1]
		add("***************" + lineterm)
		add("*** " + formatRangeContext(first.i1, last.i2) + " ****" + lineterm)
		has := func(tags ...string) bool {
			for _, o := range group {
				for _, t := range tags {
					if o.tag == t {
						return true
					}
				}
			}
			return false
		}
		if has("replace", "delete") {
			for _, o := range group {
				if o.tag != "insert" {
					for _, l := range a[o.i1:o.i2] {
						add(prefix[o.tag] + l)
					}
				}
			}
		}
		add("--- " + formatRangeContext(first.j1, last.j2) + " ----" + lineterm)
		if has("replace", "insert") {
			for _, o := range group {
				if o.tag != "delete" {
					for _, l := range b[o.j1:o.j2] {
						add(prefix[o.tag] + l)
					}
				}
			}
		}
	}
	return listIter(out), nil
}

func getCloseMatches(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	vs, err := pyArgs("get_close_matches", args, kwargs, "word", "possibilities", "n=", "cutoff=")
	if err != nil {
		return nil, err
	}
	nV := orDefault(vs[2], rt.MakeInt(3))
	cutoffV := orDefault(vs[3], rt.Float(0.6))
	if gt, err := rt.Compare(th, ast.Gt, nV, rt.MakeInt(0)); err != nil {
		return nil, err
	} else if !rt.Truthy(gt) {
		r, _ := rt.Repr(th, nV)
		return nil, rt.NewError(rt.ValueErrorType, "n must be > 0: %s", r)
	}
	n, err := rt.IndexInt(nV)
	if err != nil {
		return nil, err
	}
	lo, err := rt.Compare(th, ast.LtE, rt.Float(0), cutoffV)
	if err != nil {
		return nil, err
	}
	hi, err := rt.Compare(th, ast.LtE, cutoffV, rt.Float(1))
	if err != nil {
		return nil, err
	}
	if !rt.Truthy(lo) || !rt.Truthy(hi) {
		r, _ := rt.Repr(th, cutoffV)
		return nil, rt.NewError(rt.ValueErrorType, "cutoff must be in [0.0, 1.0]: %s", r)
	}
	cutoff, _ := rt.AsFloat(cutoffV)
	s, err := newSeqMatcher(th, rt.None, rt.Str(""), vs[0], true)
	if err != nil {
		return nil, err
	}
	poss, err := rt.IterateAll(th, vs[1])
	if err != nil {
		return nil, err
	}
	type scored struct {
		score float64
		x     rt.Value
	}
	var result []scored
	for _, x := range poss {
		if err := s.setSeq1(th, x); err != nil {
			return nil, err
		}
		if float64(s.realQuickRatio().(rt.Float)) >= cutoff && float64(s.quickRatio().(rt.Float)) >= cutoff &&
			float64(s.ratio().(rt.Float)) >= cutoff {
			result = append(result, scored{float64(s.ratio().(rt.Float)), x})
		}
	}
	// heapq.nlargest(n, result): by score, then by the value itself.
	var sortErr error
	sort.SliceStable(result, func(i, j int) bool {
		if result[i].score != result[j].score {
			return result[i].score > result[j].score
		}
		gt, err := rt.Compare(th, ast.Gt, result[i].x, result[j].x)
		if err != nil {
			sortErr = err
			return false
		}
		return rt.Truthy(gt)
	})
	if sortErr != nil {
		return nil, sortErr
	}
	if len(result) > n {
		result = result[:n]
	}
	out := make([]rt.Value, len(result))
	for i, r := range result {
		out[i] = r.x
	}
	return rt.NewList(out), nil
}

func newDifflibModule() *rt.Module {
	m := rt.NewModule("difflib")
	m.Dict.SetStr("SequenceMatcher", seqMatcherType)
	m.Dict.SetStr("get_close_matches", rt.NewFunc("get_close_matches", getCloseMatches))
	m.Dict.SetStr("unified_diff", rt.NewFunc("unified_diff", unifiedDiff))
	m.Dict.SetStr("context_diff", rt.NewFunc("context_diff", contextDiff))
	return m
}
