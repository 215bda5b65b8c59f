package runtime

import "strings"

// C3 linearisation: the method resolution order of a class built from its
// bases, as CPython computes it (Objects/typeobject.c, mro_implementation).
//
// The MRO of C(B1, ..., Bn) is C followed by the merge of the MROs of the
// bases and the list of bases itself. The merge repeatedly takes the first
// head (first element of one of the lists) that does not appear in the
// tail (any later position) of any list; when no such head exists the
// hierarchy has no consistent order and class creation fails with
// CPython's TypeError naming the bases still in conflict.

// computeMRO returns the C3 linearisation of a class with the given bases.
func computeMRO(t *Type, bases []*Type) ([]*Type, error) {
	if len(bases) == 1 {
		// The common case: single inheritance is the base's MRO.
		out := make([]*Type, 0, len(bases[0].MRO())+1)
		out = append(out, t)
		return append(out, bases[0].MRO()...), nil
	}
	seqs := make([][]*Type, 0, len(bases)+1)
	for _, b := range bases {
		seqs = append(seqs, b.MRO())
	}
	seqs = append(seqs, bases)
	out := []*Type{t}
	for {
		empty := true
		var next *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			empty = false
			head := s[0]
			if !inTail(seqs, head) {
				next = head
				break
			}
		}
		if empty {
			return out, nil
		}
		if next == nil {
			return nil, mroConflict(seqs)
		}
		out = append(out, next)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == next {
				seqs[i] = s[1:]
			}
		}
	}
}

// inTail reports whether t appears after the first position of any list.
func inTail(seqs [][]*Type, t *Type) bool {
	for _, s := range seqs {
		if len(s) == 0 {
			continue
		}
		for _, x := range s[1:] {
			if x == t {
				return true
			}
		}
	}
	return false
}

// mroConflict is CPython's message: the distinct heads of the remaining
// lists, in order ("Cannot create a consistent method resolution\norder
// (MRO) for bases A, B" — the newline is CPython's).
func mroConflict(seqs [][]*Type) error {
	var names []string
	seen := map[*Type]bool{}
	for _, s := range seqs {
		if len(s) == 0 || seen[s[0]] {
			continue
		}
		seen[s[0]] = true
		names = append(names, s[0].Name())
	}
	return NewError(TypeErrorType, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
}
