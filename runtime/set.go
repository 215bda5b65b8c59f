package runtime

// Set is a mutable set; FrozenSet (Frozen true) is its immutable,
// hashable twin.
//
// The table is CPython's (Objects/setobject.c) reproduced exactly: a
// power-of-two array of (key, hash) slots probed linearly for up to 9
// slots, then with the perturbation recurrence; deleted slots become
// dummies; the table grows when it is 60% full (active + dummy) to 4x the
// live count. Iteration walks the slots in order, so a set prints in the
// same order as CPython's whenever the hashes agree — for ints (hash(i)
// == i) small sets iterate in ascending order, which many programs print.
// Str hashes are randomised, as in CPython, so their order is arbitrary.
//
// Every method is atomic under the set's lock (sharing.go), dropped
// around a generic Equal exactly as in Dict.lookup; methods with a k
// parameter run with the lock held. Operations between two sets take a
// snapshot of the other set first, so no code holds two set locks.
type Set struct {
	mu     objMutex
	table  []setEntry // nil until the first insertion (then >= 8 slots)
	fill   int        // active + dummy slots
	used   int        // active slots
	finger int        // where pop() looks next
	Frozen bool

	hash      int64 // frozenset hash cache
	hashValid bool

	// bits is the frozenset's elements as a bitmap when bitsState is
	// bitsYes (set_bits.go).
	bits      uint64
	bitsState uint8
}

type setEntry struct {
	key  Value // nil: unused; setDummy: deleted
	hash int64
}

type setDummyKey struct{ _ byte }

func (*setDummyKey) Type() *Type { return NoneType }

// setDummy marks a deleted slot.
var setDummy Value = &setDummyKey{}

const (
	setMinSize      = 8
	setLinearProbes = 9
)

// SetType is `set`; FrozenSetType is `frozenset`.
var (
	SetType       = NewBuiltinType("set", nil)
	FrozenSetType = NewBuiltinType("frozenset", nil)
)

// NewSet makes an empty set.
func NewSet() *Set { return &Set{} }

// NewFrozenSet makes an empty frozenset (fill it with Add before sharing).
func NewFrozenSet() *Set { return &Set{Frozen: true} }

// Type returns SetType or FrozenSetType.
func (s *Set) Type() *Type {
	if s.Frozen {
		return FrozenSetType
	}
	return SetType
}

// lock takes s's lock once the process shares values between threads
// (sharing.go); it reports whether it did, for unlock.
func (s *Set) lock() bool {
	if sharing.Load() == 0 {
		return false
	}
	return s.lockShared()
}

// lockShared is lock's slow path, out of line so that lock inlines.
func (s *Set) lockShared() bool {
	s.mu.Lock()
	return true
}

func (s *Set) unlock(locked bool) {
	if locked {
		s.mu.Unlock()
	}
}

// Len returns the number of elements.
func (s *Set) Len() int {
	k := s.lock()
	n := s.used
	s.unlock(k)
	return n
}

// Add inserts v.
func (s *Set) Add(th *Thread, v Value) error {
	h, err := dictHashKey(th, v)
	if err != nil {
		return err
	}
	return s.addEntry(th, v, h)
}

// Has reports whether v is an element.
func (s *Set) Has(th *Thread, v Value) (bool, error) {
	h, err := dictHashKey(th, v)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(th, v, h)
	return i >= 0, err
}

// Remove deletes v; ok is false when it was absent.
func (s *Set) Remove(th *Thread, v Value) (bool, error) {
	h, err := dictHashKey(th, v)
	if err != nil {
		return false, err
	}
	return s.discardEntry(th, v, h)
}

// Elems returns the elements in iteration order (a snapshot).
func (s *Set) Elems() []Value {
	k := s.lock()
	defer s.unlock(k)
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			out = append(out, e.key)
		}
	}
	return out
}

// Clear removes every element.
func (s *Set) Clear() {
	k := s.lock()
	s.table, s.fill, s.used, s.hashValid, s.bitsState = nil, 0, 0, false, bitsUnknown
	s.unlock(k)
}

// setKeysMatch compares a table key with a probe key of the same hash; it
// reports done=false when the generic Equal is needed.
func setKeysMatch(startKey, key Value) (eq, done bool) {
	if sameObj(startKey, key) {
		return true, true
	}
	switch k := startKey.(type) {
	case Str:
		if s, ok := key.(Str); ok {
			return k == s, true
		}
	case Int:
		if s, ok := key.(Int); ok {
			return k == s, true
		}
	}
	return false, false
}

// lookup returns the slot holding key, or -1 (meaningful only as found /
// not found: the lock is released on return).
func (s *Set) lookup(th *Thread, key Value, h int64) (int, error) {
	k := s.lock()
	i, k, err := s.lookupLocked(th, key, h, k)
	s.unlock(k)
	return i, err
}

// lookupLocked is lookup with the lock held (k from lock); it returns with
// the lock held (the returned k), dropping it around a generic Equal.
func (s *Set) lookupLocked(th *Thread, key Value, h int64, k bool) (int, bool, error) {
restart:
	table := s.table
	if len(table) == 0 {
		return -1, k, nil
	}
	mask := uint64(len(table) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		probes := uint64(0)
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &table[j]
			if e.key == nil {
				return -1, k, nil
			}
			if e.hash != h || e.key == setDummy {
				continue
			}
			startKey := e.key
			eq, done := setKeysMatch(startKey, key)
			if !done {
				var err error
				s.unlock(k)
				eq, err = Equal(th, startKey, key)
				k = s.lock() // afresh: the call may have started threads
				if err != nil {
					return -1, k, err
				}
				if len(s.table) != len(table) || &s.table[0] != &table[0] || !sameObj(s.table[j].key, startKey) {
					goto restart
				}
			}
			if eq {
				return int(j), k, nil
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// addEntry inserts key (hash h) unless present (set_add_entry).
func (s *Set) addEntry(th *Thread, key Value, h int64) error {
	k := s.lock()
	k, err := s.addEntryLocked(th, key, h, k)
	s.unlock(k)
	return err
}

// addEntryLocked is addEntry with the lock held (see lookupLocked).
func (s *Set) addEntryLocked(th *Thread, key Value, h int64, k bool) (bool, error) {
	s.hashValid, s.bitsState = false, bitsUnknown
restart:
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	freeslot := -1
	for {
		probes := uint64(0)
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &table[j]
			if e.key == nil {
				if freeslot >= 0 {
					s.table[freeslot] = setEntry{key: key, hash: h}
					s.used++
					return k, nil
				}
				*e = setEntry{key: key, hash: h}
				s.fill++
				s.used++
				if uint64(s.fill)*5 < mask*3 {
					return k, nil
				}
				s.resize(s.growSize())
				return k, nil
			}
			if e.key == setDummy {
				if freeslot < 0 {
					freeslot = int(j)
				}
				continue
			}
			if e.hash != h {
				continue
			}
			startKey := e.key
			eq, done := setKeysMatch(startKey, key)
			if !done {
				var err error
				s.unlock(k)
				eq, err = Equal(th, startKey, key)
				k = s.lock()
				if err != nil {
					return k, err
				}
				if len(s.table) != len(table) || &s.table[0] != &table[0] || !sameObj(s.table[j].key, startKey) {
					goto restart
				}
			}
			if eq {
				return k, nil
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *Set) growSize() int {
	if s.used > 50000 {
		return s.used * 2
	}
	return s.used * 4
}

// resize rebuilds the table with the smallest power of two > minUsed
// (set_table_resize), dropping dummies.
func (s *Set) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	s.fill = s.used
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			setInsertClean(s.table, e.key, e.hash)
		}
	}
}

// setInsertClean puts a key known to be absent into a table without dummies
// (set_insert_clean).
func setInsertClean(table []setEntry, key Value, h int64) {
	mask := uint64(len(table) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		if table[i].key == nil {
			table[i] = setEntry{key: key, hash: h}
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if table[j].key == nil {
					table[j] = setEntry{key: key, hash: h}
					return
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// discardEntry removes key; ok is false when absent.
func (s *Set) discardEntry(th *Thread, key Value, h int64) (bool, error) {
	k := s.lock()
	defer func() { s.unlock(k) }()
	i, k2, err := s.lookupLocked(th, key, h, k)
	k = k2
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{key: setDummy, hash: -1}
	s.used--
	s.hashValid, s.bitsState = false, bitsUnknown
	return true, nil
}

// entryAt returns the first element at slot >= pos and the slot after it.
func (s *Set) entryAt(pos int) (key Value, hash int64, next int, ok bool) {
	k := s.lock()
	defer s.unlock(k)
	return s.entryAtLocked(pos)
}

func (s *Set) entryAtLocked(pos int) (key Value, hash int64, next int, ok bool) {
	for pos < len(s.table) {
		e := &s.table[pos]
		pos++
		if e.key != nil && e.key != setDummy {
			return e.key, e.hash, pos, true
		}
	}
	return nil, 0, pos, false
}

// pop removes an arbitrary element (set_pop); ok is false when empty.
func (s *Set) pop() (Value, bool) {
	lk := s.lock()
	defer s.unlock(lk)
	if s.used == 0 {
		return nil, false
	}
	mask := len(s.table) - 1
	i := s.finger & mask
	for s.table[i].key == nil || s.table[i].key == setDummy {
		i++
		if i > mask {
			i = 0
		}
	}
	k := s.table[i].key
	s.table[i] = setEntry{key: setDummy, hash: -1}
	s.used--
	s.finger = i + 1
	s.hashValid, s.bitsState = false, bitsUnknown
	return k, true
}

// merge adds every element of o (set_merge).
func (s *Set) merge(th *Thread, o *Set) error {
	if o == s {
		return nil
	}
	o = o.snapshot()
	if o.used == 0 {
		return nil
	}
	k := s.lock()
	defer func() { s.unlock(k) }()
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
	mask := len(s.table) - 1
	if (s.fill+o.used)*5 >= mask*3 {
		s.resize((s.used + o.used) * 2)
	}
	s.hashValid, s.bitsState = false, bitsUnknown
	if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		return nil
	}
	if s.fill == 0 {
		s.fill, s.used = o.used, o.used
		for _, e := range o.table {
			if e.key != nil && e.key != setDummy {
				setInsertClean(s.table, e.key, e.hash)
			}
		}
		return nil
	}
	for _, e := range o.liveEntries() {
		var err error
		if k, err = s.addEntryLocked(th, e.key, e.hash, k); err != nil {
			return err
		}
	}
	return nil
}

// snapshot returns a private copy of s's table (for merge, which reads
// it unlocked).
func (s *Set) snapshot() *Set {
	k := s.lock()
	defer s.unlock(k)
	return &Set{table: append([]setEntry(nil), s.table...), fill: s.fill, used: s.used}
}

// presize makes room for n more elements (set.update(dict)).
func (s *Set) presize(n int) {
	k := s.lock()
	defer s.unlock(k)
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
	if (s.fill+n)*5 >= (len(s.table)-1)*3 {
		s.resize((s.used + n) * 2)
	}
}

// compact rebuilds a table with many dummies (difference_update).
func (s *Set) compact() {
	k := s.lock()
	defer s.unlock(k)
	if s.fill-s.used > (len(s.table)-1)/4 {
		s.resize(s.growSize())
	}
}

// iterNext is one step of a SetIterator under one lock: changed when the
// set's size is no longer used, else the next element from slot pos.
func (s *Set) iterNext(pos, used int) (key Value, next int, ok, changed bool) {
	k := s.lock()
	defer s.unlock(k)
	if s.used != used {
		return nil, pos, false, true
	}
	key, _, next, ok = s.entryAtLocked(pos)
	return key, next, ok, false
}

// cachedHash returns the cached frozenset hash; setHash caches it.
func (s *Set) cachedHash() (int64, bool) {
	k := s.lock()
	defer s.unlock(k)
	return s.hash, s.hashValid
}

func (s *Set) setHash(h int64) {
	k := s.lock()
	s.hash, s.hashValid = h, true
	s.unlock(k)
}

// liveEntries returns the live (key, hash) slots in table order (a snapshot).
func (s *Set) liveEntries() []setEntry { return s.liveEntriesInto(nil) }

// smallSetSnapshot is the size of the stack buffers that the binary set
// operations pass to liveEntriesInto: a snapshot of a set this small
// (meteor-contest's five-cell frozensets, neighbourhoods) is not allocated.
const smallSetSnapshot = 8

// liveEntriesInto is liveEntries appending to buf[:0], which it uses when
// the set fits (a caller's stack buffer), else a new slice.
func (s *Set) liveEntriesInto(buf []setEntry) []setEntry {
	k := s.lock()
	defer s.unlock(k)
	out := buf[:0]
	if cap(out) < s.used {
		out = make([]setEntry, 0, s.used)
	}
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			out = append(out, e)
		}
	}
	return out
}

// copySet returns a new set (frozen or not) with the same elements.
// It builds the table merge would build into an empty set (the same size,
// so the same iteration order), in one allocation and under one lock:
// meteor_contest's `free - fp` copies a 50-element frozenset per call.
func (s *Set) copySet(frozen bool) *Set {
	c := &Set{Frozen: frozen}
	k := s.lock()
	defer s.unlock(k)
	if s.used == 0 {
		return c
	}
	size := setMinSize
	if s.used*5 >= (setMinSize-1)*3 {
		for size <= s.used*2 {
			size <<= 1
		}
	}
	c.table = make([]setEntry, size)
	c.fill, c.used = s.used, s.used
	if size == len(s.table) && s.fill == s.used {
		copy(c.table, s.table)
		return c
	}
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			setInsertClean(c.table, e.key, e.hash)
		}
	}
	return c
}

// newSetDistinct is a new set (frozen or not) of es, distinct keys in
// insertion order, with the table addEntry would leave after adding them
// one by one to an empty set (CPython's order), but sized once: the
// table grows through the same sizes; when every key's home slot in the
// final table is its own, placing them directly there is that same
// layout whatever the growth steps did (no probe ever collides).
// Otherwise they are added one by one. A set of at most 4 elements (an
// 8-slot table) is one allocation with its table. meteor_contest's
// `free - fp` and `n_free & se_nh[i]` build one set per call.
func newSetDistinct(th *Thread, frozen bool, es []setEntry) (*Set, error) {
	size := setMinSize
	for n := 1; n <= len(es); n++ {
		if n*5 >= (size-1)*3 {
			grow := n * 4
			if n > 50000 {
				grow = n * 2
			}
			for size = setMinSize; size <= grow; size <<= 1 {
			}
		}
	}
	if len(es) == 0 {
		return &Set{Frozen: frozen}, nil
	}
	var s *Set
	var table []setEntry
	if size == setMinSize {
		sm := &smallSet{}
		s, table = &sm.set, sm.slots[:]
	} else {
		s, table = &Set{}, make([]setEntry, size)
	}
	s.Frozen = frozen
	mask := uint64(size - 1)
	for _, e := range es {
		j := uint64(e.hash) & mask
		if table[j].key != nil {
			s = &Set{Frozen: frozen}
			return s, s.addDistinctSlow(th, es)
		}
		table[j] = e
	}
	s.table, s.fill, s.used = table, len(es), len(es)
	return s, nil
}

// smallSet is a set allocated together with its first table.
type smallSet struct {
	set   Set
	slots [setMinSize]setEntry
}

// addDistinctSlow is newSetDistinct's general case.
func (s *Set) addDistinctSlow(th *Thread, es []setEntry) error {
	for _, e := range es {
		if err := s.addEntry(th, e.key, e.hash); err != nil {
			return err
		}
	}
	return nil
}

// IntExtreme is min(s), or max(s) when wantMax, for a set whose elements
// are all ints of int64 range (meteor_contest's min(free)): one pass over
// the table, no iterator and no generic comparisons. ok is false when s
// is empty or holds anything else; the caller then compares generically
// (nothing was called, so nothing observable happened).
func (s *Set) IntExtreme(wantMax bool) (v Value, ok bool) {
	k := s.lock()
	defer s.unlock(k)
	var best Int
	for i := range s.table {
		key := s.table[i].key
		if key == nil || key == setDummy {
			continue
		}
		n, isInt := key.(Int)
		if !isInt {
			return nil, false
		}
		if v == nil || (wantMax && n > best) || (!wantMax && n < best) {
			v, best = key, n
		}
	}
	return v, v != nil
}
