package interp

import (
	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/runtime"
)

// pairTargets compiles the stores of a for loop's target when it is two
// names (`for i, x in ...`), nil otherwise: over a runtime.PairIterator
// (enumerate, zip of two) the loop then stores the two values of each
// item without making its tuple.
func (c *compiler) pairTargets(target ast.Expr) *[2]storeFn {
	var elts []ast.Expr
	switch t := target.(type) {
	case *ast.Tuple:
		elts = t.Elts
	case *ast.List:
		elts = t.Elts
	}
	if len(elts) != 2 {
		return nil
	}
	for _, e := range elts {
		if _, ok := e.(*ast.Name); !ok {
			return nil
		}
	}
	return &[2]storeFn{c.store(elts[0], true), c.store(elts[1], true)}
}

// forPairs runs a for loop over the pairs of it (see pairTargets).
// done=true: the loop ended with a break, return or error (ct, err);
// otherwise it ran out and the else clause, if any, is next.
func forPairs(fr *Frame, it runtime.PairIterator, st *[2]storeFn, body stmtFn, line int) (ct ctrl, err error, done bool) {
	th := fr.th
	for {
		a, b, ok, err := it.NextPair(th)
		if err != nil {
			return 0, err, true
		}
		if !ok {
			return 0, nil, false
		}
		if err := st[0](fr, a); err != nil {
			return 0, err, true
		}
		if err := st[1](fr, b); err != nil {
			return 0, err, true
		}
		switch ct, err := body(fr); {
		case err != nil:
			return 0, err, true
		case ct == ctrlBreak:
			return 0, nil, true
		case ct == ctrlReturn:
			return ct, nil, true
		}
		if err := th.Checkpoint(); err != nil {
			return 0, err, true
		}
		fr.Line = line
	}
}
