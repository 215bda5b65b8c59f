package runtime

// Order operations of a dict that OrderedDict exposes (move_to_end,
// popitem(last=False)). Each is one atomic step under the dict's lock
// (LANGUAGE.md §2.6): built from Delete and Set, another thread could see
// the key missing in between (a KeyError from a concurrent move_to_end of
// a key that is always there) or pop the same item twice.

// MoveToEnd moves key's entry to the end (last) or the front of the
// order, keeping its key object and value; ok is false when key is absent.
func (d *Dict) MoveToEnd(th *Thread, key Value, last bool) (ok bool, err error) {
	h, err := dictHashKey(th, key)
	if err != nil {
		return false, err
	}
	k := d.lock()
	defer func() { d.unlock(k) }()
	slot, pos, k2, err := d.lookup(th, key, h, k)
	k = k2
	if err != nil || pos < 0 {
		return false, err
	}
	e := d.entries[pos]
	if last {
		d.deleteAt(slot, pos)
		d.insertNew(e.hash, e.key, e.value)
		return true, nil
	}
	// To the front: lay the entries out again with e first (O(n), as the
	// compact table has no links; CPython's OrderedDict keeps a list).
	entries := make([]dictEntry, 0, cap(d.entries))
	entries = append(entries, e)
	for i, x := range d.entries {
		if i != pos && x.key != nil {
			entries = append(entries, x)
		}
	}
	d.entries = entries
	d.resize(len(d.indices))
	return true, nil
}

// PopItem removes and returns the last (or, with last false, the first)
// entry; ok is false when the dict is empty.
func (d *Dict) PopItem(last bool) (key, value Value, ok bool) {
	if last {
		return d.popLast()
	}
	k := d.lock()
	defer d.unlock(k)
	for pos, e := range d.entries {
		if e.key != nil {
			d.deleteAt(d.slotOf(pos, e.hash), pos)
			return e.key, e.value, true
		}
	}
	return nil, nil, false
}
