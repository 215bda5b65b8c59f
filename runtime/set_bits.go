package runtime

// A frozenset whose elements are all ints in [0, 64) — a bitset, as in
// meteor_contest's board cells — caches them as a uint64 bitmap, computed
// on first use. Subset tests between two such sets are one AND, and
// difference and intersection test membership in the other set by bit
// instead of probing its table (whose slots are the cache misses of a
// search that tries thousands of candidate sets). Only frozensets: they
// are not changed once built; every change to a table (during
// construction) resets the cache.

const (
	bitsUnknown = iota
	bitsYes
	bitsNo
)

// smallBits returns s's bitmap when s is a frozenset of ints in [0, 64).
func (s *Set) smallBits() (uint64, bool) {
	if !s.Frozen {
		return 0, false
	}
	k := s.lock()
	defer s.unlock(k)
	switch s.bitsState {
	case bitsYes:
		return s.bits, true
	case bitsNo:
		return 0, false
	}
	var b uint64
	for i := range s.table {
		key := s.table[i].key
		if key == nil || key == setDummy {
			continue
		}
		n, ok := key.(Int)
		if !ok || n < 0 || n >= 64 {
			s.bitsState = bitsNo
			return 0, false
		}
		b |= 1 << uint(n)
	}
	s.bits, s.bitsState = b, bitsYes
	return b, true
}

// bitsOf is smallBits for any Value (false for anything but such a set).
func bitsOf(v Value) (uint64, bool) {
	if o, ok := v.(*Set); ok {
		return o.smallBits()
	}
	return 0, false
}

// hasBit reports whether the live set-table key (an Int of a set with
// smallBits) is in the bitmap b.
func hasBit(b uint64, key Value) bool {
	n := key.(Int)
	return b&(1<<uint(n)) != 0
}

// presetBits records b as the bitmap of a frozenset just built from two
// bitsets (ok: it is one), so its first subset test does not rescan it.
func (s *Set) presetBits(b uint64, ok bool) {
	if !ok || !s.Frozen {
		return
	}
	k := s.lock()
	s.bits, s.bitsState = b, bitsYes
	s.unlock(k)
}
