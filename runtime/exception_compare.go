package runtime

import "github.com/spindle-lang/spindle/ast"

// Rich comparisons of exceptions: a user exception class's __eq__,
// __lt__, ... are consulted like an instance's (== falls back to identity
// when they return NotImplemented or are absent; != inverts a user
// __eq__). Exception.Hash consults a user __hash__.
func (e *Exception) Compare(th *Thread, op ast.Op, other Value) (Value, error) {
	t := e.Type()
	if infoOf(t) == nil {
		return NotImplemented, nil
	}
	if en := lookupEntry(t, cmpDunders[op]); en.user() {
		return callEntry(th, en, e, []Value{other}, nil)
	}
	if op == ast.NotEq {
		if en := lookupEntry(t, "__eq__"); en.user() {
			r, err := callEntry(th, en, e, []Value{other}, nil)
			if err != nil || r == NotImplemented {
				return r, err
			}
			b, err := Truth(th, r)
			return Bool(!b), err
		}
	}
	return NotImplemented, nil
}

var _ HasCompare = (*Exception)(nil)
