package runtime

import "sync/atomic"

// Dict is an insertion-ordered hash table with Python key equality
// (1 == 1.0 == True hash and compare alike).
//
// The layout is CPython's compact dict (Objects/dictobject.c):
//
//   - entries holds (hash, key, value) in insertion order. A deleted entry
//     keeps its place with a nil key (a hole) until the next resize
//     compacts the array, so iteration order is insertion order.
//   - indices is a power-of-two open-addressing table of int32 positions
//     into entries, or dkEmpty / dkDummy (a deleted slot, which keeps probe
//     chains intact). Probing follows CPython's perturbation recurrence
//     i = 5*i + perturb + 1, perturb >>= 5, so every slot is eventually
//     visited and high hash bits matter.
//   - entries may hold at most 2/3 of len(indices) (holes included); the
//     insertion that would pass that resizes to the smallest power of two
//     >= 3*live, which also drops the holes.
//
// Each entry caches its key's hash. Lookups compare the cached hash, then
// identity, then — when both keys are str or both int — the Go values
// directly, and only otherwise call the generic Equal (which may run user
// __eq__; if that mutates the dict the lookup restarts, as in CPython).
// GetStr/SetStr never call user code and never allocate on a hit.
//
// Every access goes through methods, each atomic under the dict's lock
// (sharing.go): hashing happens before the lock is taken, and a lookup
// that must call the generic Equal drops the lock around the call and
// restarts when the table changed meanwhile — so a key whose __eq__ reads
// or writes the same dict (even from the same thread) cannot deadlock.
// Methods with a k (locked) parameter are called with the lock held (k
// tells whether it was taken, see lock).
type Dict struct {
	mu      objMutex
	indices []int32
	entries []dictEntry
	used    int // live entries
	// popped counts the dummy index slots whose entries popitem cut off
	// the end of entries: they fill the index table like holes do, so
	// they count towards the resize threshold (without them, repeated
	// insert+popitem filled the table with dummies and the next probe
	// never ended).
	popped int

	// ver counts mutations once versioned is set (by the first
	// GetStrCached, under the lock); see GetStrCached.
	ver       atomic.Uint64
	versioned bool
}

// touch records a mutation (called with the lock held).
func (d *Dict) touch() {
	if d.versioned {
		d.ver.Add(1)
	}
}

type dictEntry struct {
	hash  int64
	key   Value // nil: deleted
	value Value
}

const (
	dkEmpty     = -1
	dkDummy     = -2
	dictMinSize = 8
)

// DictType is `dict`.
var DictType = NewBuiltinType("dict", nil)

// NewDict makes an empty dict. The tables are allocated on first insert.
func NewDict() *Dict { return &Dict{} }

// NewDictSize makes an empty dict with room for n entries. The entries
// array holds exactly n (a dict literal, a decoded JSON object: most such
// dicts never grow), not the 2/3 of the index table that resize gives; a
// later insert past n grows it by append.
func NewDictSize(n int) *Dict {
	d := &Dict{}
	if n > 0 {
		d.resizeCap(n*3/2, n)
	}
	return d
}

// Type returns DictType.
func (*Dict) Type() *Type { return DictType }

// lock takes d's lock once the process shares values between threads
// (sharing.go); it reports whether it did, for unlock.
func (d *Dict) lock() bool {
	if sharing.Load() == 0 {
		return false
	}
	return d.lockShared()
}

// lockShared is lock's slow path, out of line so that lock inlines.
func (d *Dict) lockShared() bool {
	d.mu.Lock()
	return true
}

func (d *Dict) unlock(locked bool) {
	if locked {
		d.mu.Unlock()
	}
}

// Len returns the number of entries.
func (d *Dict) Len() int {
	if sharing.Load() == 0 {
		return d.used
	}
	d.mu.Lock()
	n := d.used
	d.mu.Unlock()
	return n
}

// dictHashKey is Hash with the hot key types inline.
func dictHashKey(th *Thread, key Value) (int64, error) {
	switch k := key.(type) {
	case Str:
		return StrHash(string(k)), nil
	case Int:
		return IntHash(int64(k)), nil
	}
	return Hash(th, key)
}

// lookup finds key (whose hash is h). It returns the indices slot and the
// entry position, or pos -1 when absent. It is called with the lock held
// (k from lock) and returns with it held (the returned k): the lock is
// dropped around a generic Equal, which may run user code.
func (d *Dict) lookup(th *Thread, key Value, h int64, k bool) (slot, pos int, _ bool, err error) {
restart:
	indices := d.indices
	if len(indices) == 0 {
		return -1, -1, k, nil
	}
	mask := uint64(len(indices) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := indices[i]
		if ix == dkEmpty {
			return -1, -1, k, nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h {
				startKey := e.key
				if sameObj(startKey, key) {
					return int(i), int(ix), k, nil
				}
				switch sk := startKey.(type) {
				case Str:
					if s, ok := key.(Str); ok {
						if sk == s {
							return int(i), int(ix), k, nil
						}
						goto next
					}
				case Int:
					if s, ok := key.(Int); ok {
						if sk == s {
							return int(i), int(ix), k, nil
						}
						goto next
					}
				}
				d.unlock(k)
				eq, err := Equal(th, startKey, key)
				k = d.lock() // afresh: the call may have started threads
				if err != nil {
					return -1, -1, k, err
				}
				if len(d.indices) != len(indices) || &d.indices[0] != &indices[0] ||
					int(ix) >= len(d.entries) || !sameObj(d.entries[ix].key, startKey) {
					goto restart // the dict changed during Equal
				}
				if eq {
					return int(i), int(ix), k, nil
				}
			}
		}
	next:
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// lookupStr is lookup for a str key: no user code, no allocation. An
// entry whose key is not a str never matches.
func (d *Dict) lookupStr(key string, h int64) (slot, pos int) {
	indices := d.indices
	if len(indices) == 0 {
		return -1, -1
	}
	mask := uint64(len(indices) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := indices[i]
		if ix == dkEmpty {
			return -1, -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h {
				if k, ok := e.key.(Str); ok && string(k) == key {
					return int(i), int(ix)
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// dictEmptySlot returns the first free (empty or dummy) slot on h's probe
// sequence. The table must have one.
func dictEmptySlot(indices []int32, h int64) int {
	mask := uint64(len(indices) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for indices[i] >= 0 {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return int(i)
}

// insertNew adds an entry for a key known to be absent.
func (d *Dict) insertNew(h int64, key, v Value) {
	d.touch()
	if len(d.entries)+d.popped >= len(d.indices)*2/3 {
		d.resize(d.used * 3)
	}
	d.indices[dictEmptySlot(d.indices, h)] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{hash: h, key: key, value: v})
	d.used++
}

// resize rebuilds the tables with the smallest power-of-two size >=
// minSize (at least 8), compacting away deleted entries.
func (d *Dict) resize(minSize int) { d.resizeCap(minSize, 0) }

// resizeCap is resize with room for entryCap entries in the entries array
// (at least the live ones; 0 or more than the table holds: as many as it
// holds).
func (d *Dict) resizeCap(minSize, entryCap int) {
	d.touch()
	size := dictMinSize
	for size < minSize {
		size <<= 1
	}
	indices := make([]int32, size)
	for i := range indices {
		indices[i] = dkEmpty
	}
	if entryCap < d.used || entryCap <= 0 || entryCap > size*2/3 {
		entryCap = size * 2 / 3
	}
	entries := make([]dictEntry, 0, entryCap)
	for _, e := range d.entries {
		if e.key == nil {
			continue
		}
		indices[dictEmptySlot(indices, e.hash)] = int32(len(entries))
		entries = append(entries, e)
	}
	d.indices, d.entries, d.popped = indices, entries, 0
}

// deleteAt removes the entry at pos, found in slot.
func (d *Dict) deleteAt(slot, pos int) Value {
	d.touch()
	v := d.entries[pos].value
	d.indices[slot] = dkDummy
	d.entries[pos] = dictEntry{}
	d.used--
	return v
}

// Get returns the value for key; ok is false when absent. It fails for an
// unhashable key.
func (d *Dict) Get(th *Thread, key Value) (v Value, ok bool, err error) {
	h, err := dictHashKey(th, key)
	if err != nil {
		return nil, false, err
	}
	return d.getHashed(th, key, h)
}

func (d *Dict) getHashed(th *Thread, key Value, h int64) (v Value, ok bool, err error) {
	k := d.lock()
	_, pos, k, err := d.lookup(th, key, h, k)
	if err == nil && pos >= 0 {
		v, ok = d.entries[pos].value, true
	}
	d.unlock(k)
	return v, ok, err
}

// Set inserts or replaces key's value (an existing key keeps its position
// and its original key object).
func (d *Dict) Set(th *Thread, key, v Value) error {
	h, err := dictHashKey(th, key)
	if err != nil {
		return err
	}
	return d.setHashed(th, key, h, v)
}

func (d *Dict) setHashed(th *Thread, key Value, h int64, v Value) error {
	k := d.lock()
	defer func() { d.unlock(k) }()
	_, pos, k2, err := d.lookup(th, key, h, k)
	k = k2
	if err != nil {
		return err
	}
	if pos >= 0 {
		d.entries[pos].value = v
		d.touch()
		return nil
	}
	d.insertNew(h, key, v)
	return nil
}

// Delete removes key; ok is false when it was absent.
func (d *Dict) Delete(th *Thread, key Value) (v Value, ok bool, err error) {
	h, err := dictHashKey(th, key)
	if err != nil {
		return nil, false, err
	}
	k := d.lock()
	slot, pos, k, err := d.lookup(th, key, h, k)
	if err == nil && pos >= 0 {
		v, ok = d.deleteAt(slot, pos), true
	}
	d.unlock(k)
	return v, ok, err
}

// GetStr looks up a str key. It never fails, never runs user code and
// never allocates.
func (d *Dict) GetStr(key string) (Value, bool) {
	h := StrHash(key)
	if sharing.Load() == 0 {
		return d.getStr(key, h)
	}
	d.mu.Lock()
	v, ok := d.getStr(key, h)
	d.mu.Unlock()
	return v, ok
}

// getStr is GetStr with the lock held (or not needed).
func (d *Dict) getStr(key string, h int64) (Value, bool) {
	if _, pos := d.lookupStr(key, h); pos >= 0 {
		return d.entries[pos].value, true
	}
	return nil, false
}

// SetStr sets a str key; like GetStr it never fails (replacing an existing
// key's value does not allocate).
func (d *Dict) SetStr(key string, v Value) { d.SetStrKey(nil, key, StrHash(key), v) }

// SetStrKey is SetStr with the key's hash h = StrHash(s) and, unless nil,
// the key already boxed (boxed must be Str(s)): a caller that puts the same
// key into many dicts (the JSON decoder) boxes and hashes it once.
func (d *Dict) SetStrKey(boxed Value, s string, h int64, v Value) {
	k := d.lock()
	if _, pos := d.lookupStr(s, h); pos >= 0 {
		d.entries[pos].value = v
		d.touch()
	} else {
		if boxed == nil {
			boxed = Str(s)
		}
		d.insertNew(h, boxed, v)
	}
	d.unlock(k)
}

// DeleteStr removes a str key; ok is false when it was absent.
func (d *Dict) DeleteStr(key string) (v Value, ok bool) {
	h := StrHash(key)
	k := d.lock()
	if slot, pos := d.lookupStr(key, h); pos >= 0 {
		v, ok = d.deleteAt(slot, pos), true
	}
	d.unlock(k)
	return v, ok
}

// Clear removes every entry.
func (d *Dict) Clear() {
	k := d.lock()
	d.indices, d.entries, d.used, d.popped = nil, nil, 0, 0
	d.touch()
	d.unlock(k)
}

// Items returns the live key/value pairs in insertion order (a snapshot).
func (d *Dict) Items() [][2]Value {
	k := d.lock()
	defer d.unlock(k)
	out := make([][2]Value, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, [2]Value{e.key, e.value})
		}
	}
	return out
}

// AppendItems appends the (key, value) pairs in order to dst (a snapshot
// into the caller's buffer).
func (d *Dict) AppendItems(dst [][2]Value) [][2]Value {
	k := d.lock()
	for _, e := range d.entries {
		if e.key != nil {
			dst = append(dst, [2]Value{e.key, e.value})
		}
	}
	d.unlock(k)
	return dst
}

// Keys returns the keys in insertion order (a snapshot).
func (d *Dict) Keys() []Value {
	k := d.lock()
	defer d.unlock(k)
	out := make([]Value, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Values returns the values in insertion order (a snapshot).
func (d *Dict) Values() []Value {
	k := d.lock()
	defer d.unlock(k)
	out := make([]Value, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.value)
		}
	}
	return out
}

// Copy returns a shallow copy (same order, same key objects).
func (d *Dict) Copy() *Dict {
	k := d.lock()
	defer d.unlock(k)
	c := &Dict{used: d.used, popped: d.popped}
	if d.used == 0 {
		return c
	}
	if d.used == len(d.entries) {
		// No holes: the tables can be copied as they are.
		c.indices = append([]int32(nil), d.indices...)
		c.entries = make([]dictEntry, len(d.entries), cap(d.entries))
		copy(c.entries, d.entries)
		return c
	}
	c.entries = d.entries
	c.resize(d.used * 3 / 2)
	return c
}

// entryAt returns the first live entry at position >= pos, and the
// position after it; ok is false past the end. Iterators use it so that
// they survive any mutation of the dict.
func (d *Dict) entryAt(pos int) (key, value Value, hash int64, next int, ok bool) {
	k := d.lock()
	defer d.unlock(k)
	return d.entryAtLocked(pos)
}

func (d *Dict) entryAtLocked(pos int) (key, value Value, hash int64, next int, ok bool) {
	for pos < len(d.entries) {
		e := &d.entries[pos]
		pos++
		if e.key != nil {
			return e.key, e.value, e.hash, pos, true
		}
	}
	return nil, nil, 0, pos, false
}

// lastEntry returns the position of the last live entry, or -1.
func (d *Dict) lastEntry() int {
	for i := len(d.entries) - 1; i >= 0; i-- {
		if d.entries[i].key != nil {
			return i
		}
	}
	return -1
}

// popLast removes and returns the last entry (popitem). ok is false when
// the dict is empty.
func (d *Dict) popLast() (key, value Value, ok bool) {
	k := d.lock()
	defer d.unlock(k)
	pos := d.lastEntry()
	if pos < 0 {
		return nil, nil, false
	}
	e := d.entries[pos]
	slot := d.slotOf(pos, e.hash)
	d.deleteAt(slot, pos)
	// Like CPython, reuse the tail of the entries array.
	d.entries = d.entries[:pos]
	d.popped++
	return e.key, e.value, true
}

// slotOf finds the indices slot that points at entry pos.
func (d *Dict) slotOf(pos int, h int64) int {
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for int(d.indices[i]) != pos {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return int(i)
}

// entryBefore returns the last live entry at position <= pos and the
// position before it (reverse iteration); ok is false before the start.
func (d *Dict) entryBefore(pos int) (key, value Value, prev int, ok bool) {
	k := d.lock()
	defer d.unlock(k)
	if pos >= len(d.entries) {
		pos = len(d.entries) - 1
	}
	for pos >= 0 {
		e := &d.entries[pos]
		pos--
		if e.key != nil {
			return e.key, e.value, pos, true
		}
	}
	return nil, nil, pos, false
}

// iterStart returns the size and the number of entry positions, for a new
// iterator.
func (d *Dict) iterStart() (used, npos int) {
	k := d.lock()
	used, npos = d.used, len(d.entries)
	d.unlock(k)
	return used, npos
}

// iterNext is one step of a DictIterator under one lock: it fails when
// the dict's size is no longer used, else returns the next live entry
// from pos (forwards, or backwards when reverse).
func (d *Dict) iterNext(pos, used int, reverse bool) (key, value Value, next int, ok, changed bool) {
	k := d.lock()
	defer d.unlock(k)
	if d.used != used {
		return nil, nil, pos, false, true
	}
	if !reverse {
		key, value, _, next, ok = d.entryAtLocked(pos)
		return key, value, next, ok, false
	}
	if pos >= len(d.entries) {
		pos = len(d.entries) - 1
	}
	for pos >= 0 {
		e := &d.entries[pos]
		pos--
		if e.key != nil {
			return e.key, e.value, pos, true, false
		}
	}
	return nil, nil, pos, false, false
}

// resizeIfEmpty presizes an empty dict for n entries (dict.update).
func (d *Dict) resizeIfEmpty(n int) {
	k := d.lock()
	if d.used == 0 && n > 0 {
		d.resizeCap(n*3/2, n)
	}
	d.unlock(k)
}

// StrCache is a lock-free cache of one str key's lookup, for GetStrCached.
type StrCache struct {
	ver uint64
	v   Value
	ok  bool
}

// GetStrCached is GetStr for a hot key read by compiled code (a module
// global, a builtin). Once threads share values, a plain GetStr would
// take the dict's lock on every read, and threads calling the same global
// function in parallel would contend on it; instead the first read boxes
// the result in *c with the dict's mutation count, and later reads return
// it while no mutation has happened since: two atomic loads, no lock.
// Any write to the dict (versioned from then on) invalidates every cache.
// Before sharing it is GetStr, which takes no lock either.
func (d *Dict) GetStrCached(key string, c *atomic.Pointer[StrCache]) (Value, bool) {
	return d.GetStrCachedHash(key, StrHash(key), c)
}

// GetStrCachedHash is GetStrCached with the key's hash h = StrHash(key)
// computed once by the caller (a compiled global reference: a global
// that is a builtin hashed its name twice per read, module dict then
// builtins).
func (d *Dict) GetStrCachedHash(key string, h int64, c *atomic.Pointer[StrCache]) (Value, bool) {
	if sharing.Load() == 0 {
		return d.getStr(key, h)
	}
	return d.getStrCachedShared(key, h, c)
}

// GetStrHinted is GetStrCachedHash with a position hint kept by the
// caller: before sharing, a key found at entries[*hint] (same hash and
// str, so the live entry of that key: deleted entries have no key) is
// read without probing the index table; otherwise the lookup runs and
// records the position. Compiled global references use it (a probe per
// global read was ~5% of pyperf deltablue).
func (d *Dict) GetStrHinted(key string, h int64, c *atomic.Pointer[StrCache], hint *atomic.Int32) (Value, bool) {
	if sharing.Load() != 0 {
		return d.getStrCachedShared(key, h, c)
	}
	if p := int(hint.Load()); p < len(d.entries) {
		if e := &d.entries[p]; e.hash == h {
			if k, ok := e.key.(Str); ok && string(k) == key {
				return e.value, true
			}
		}
	}
	_, pos := d.lookupStr(key, h)
	if pos < 0 {
		return nil, false
	}
	hint.Store(int32(pos))
	return d.entries[pos].value, true
}

func (d *Dict) getStrCachedShared(key string, h int64, c *atomic.Pointer[StrCache]) (Value, bool) {
	if e := c.Load(); e != nil && e.ver == d.ver.Load() {
		return e.v, e.ok
	}
	d.mu.Lock()
	d.versioned = true
	e := &StrCache{ver: d.ver.Load()}
	if _, pos := d.lookupStr(key, h); pos >= 0 {
		e.v, e.ok = d.entries[pos].value, true
	}
	d.mu.Unlock()
	c.Store(e)
	return e.v, e.ok
}
