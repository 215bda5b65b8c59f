package runtime

// Dict is an insertion-ordered hash table with Python key equality
// (1 == 1.0 == True hash and compare alike).
//
// Entries live in a slice in insertion order (deleted ones are tombstoned
// and compacted when they pile up); index maps a hash to the positions of
// the entries with that hash.
type Dict struct {
	entries []dictEntry
	index   map[int64][]int32
	live    int
}

type dictEntry struct {
	key, value Value
	hash       int64
	deleted    bool
}

// DictType is `dict`.
var DictType = NewBuiltinType("dict", nil)

// NewDict makes an empty dict.
func NewDict() *Dict { return &Dict{index: map[int64][]int32{}} }

// Type returns DictType.
func (*Dict) Type() *Type { return DictType }

// Len returns the number of entries.
func (d *Dict) Len() int { return d.live }

func (d *Dict) find(th *Thread, key Value, h int64) (int, error) {
	for _, i := range d.index[h] {
		e := &d.entries[i]
		if e.deleted {
			continue
		}
		if e.key == key {
			return int(i), nil
		}
		eq, err := Equal(th, e.key, key)
		if err != nil {
			return -1, err
		}
		if eq {
			return int(i), nil
		}
	}
	return -1, nil
}

// Get returns the value for key; ok is false when absent. It fails for an
// unhashable key.
func (d *Dict) Get(th *Thread, key Value) (v Value, ok bool, err error) {
	h, err := Hash(th, key)
	if err != nil {
		return nil, false, err
	}
	i, err := d.find(th, key, h)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return d.entries[i].value, true, nil
}

// Set inserts or replaces key's value (an existing key keeps its position
// and its original key object).
func (d *Dict) Set(th *Thread, key, v Value) error {
	h, err := Hash(th, key)
	if err != nil {
		return err
	}
	i, err := d.find(th, key, h)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].value = v
		return nil
	}
	d.index[h] = append(d.index[h], int32(len(d.entries)))
	d.entries = append(d.entries, dictEntry{key: key, value: v, hash: h})
	d.live++
	return nil
}

// Delete removes key; ok is false when it was absent.
func (d *Dict) Delete(th *Thread, key Value) (v Value, ok bool, err error) {
	h, err := Hash(th, key)
	if err != nil {
		return nil, false, err
	}
	i, err := d.find(th, key, h)
	if err != nil || i < 0 {
		return nil, false, err
	}
	e := &d.entries[i]
	v = e.value
	e.deleted, e.key, e.value = true, nil, nil
	d.live--
	d.removeIndex(h, int32(i))
	if len(d.entries) > 16 && d.live < len(d.entries)/2 {
		d.compact()
	}
	return v, true, nil
}

func (d *Dict) removeIndex(h int64, i int32) {
	idx := d.index[h]
	for j, x := range idx {
		if x == i {
			idx = append(idx[:j], idx[j+1:]...)
			break
		}
	}
	if len(idx) == 0 {
		delete(d.index, h)
	} else {
		d.index[h] = idx
	}
}

func (d *Dict) compact() {
	live := make([]dictEntry, 0, d.live)
	d.index = make(map[int64][]int32, d.live)
	for _, e := range d.entries {
		if !e.deleted {
			d.index[e.hash] = append(d.index[e.hash], int32(len(live)))
			live = append(live, e)
		}
	}
	d.entries = live
}

// GetStr looks up a str key. It never fails and never runs user code
// (a str key only equals str keys).
func (d *Dict) GetStr(key string) (Value, bool) {
	for _, i := range d.index[StrHash(key)] {
		e := &d.entries[i]
		if k, ok := e.key.(Str); ok && !e.deleted && string(k) == key {
			return e.value, true
		}
	}
	return nil, false
}

// SetStr sets a str key; like GetStr it never fails.
func (d *Dict) SetStr(key string, v Value) {
	h := StrHash(key)
	for _, i := range d.index[h] {
		e := &d.entries[i]
		if k, ok := e.key.(Str); ok && !e.deleted && string(k) == key {
			e.value = v
			return
		}
	}
	d.index[h] = append(d.index[h], int32(len(d.entries)))
	d.entries = append(d.entries, dictEntry{key: Str(key), value: v, hash: h})
	d.live++
}

// Clear removes every entry.
func (d *Dict) Clear() {
	d.entries, d.index, d.live = nil, map[int64][]int32{}, 0
}

// Items returns the live key/value pairs in insertion order (a snapshot).
func (d *Dict) Items() [][2]Value {
	out := make([][2]Value, 0, d.live)
	for _, e := range d.entries {
		if !e.deleted {
			out = append(out, [2]Value{e.key, e.value})
		}
	}
	return out
}

// Keys returns the keys in insertion order (a snapshot).
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.live)
	for _, e := range d.entries {
		if !e.deleted {
			out = append(out, e.key)
		}
	}
	return out
}
