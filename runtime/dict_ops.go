package runtime

import (
	"strings"

	"github.com/spindle-lang/spindle/ast"
)

// The capability interfaces of dict. The generic GetItem/SetItem/DelItem/
// Contains/Len/Truth inline *Dict; these methods serve direct callers and
// the remaining operations.

var (
	_ HasRepr     = (*Dict)(nil)
	_ HasHash     = (*Dict)(nil)
	_ HasEqual    = (*Dict)(nil)
	_ HasBinary   = (*Dict)(nil)
	_ HasInplace  = (*Dict)(nil)
	_ Indexable   = (*Dict)(nil)
	_ HasSetItem  = (*Dict)(nil)
	_ HasContains = (*Dict)(nil)
	_ Iterable    = (*Dict)(nil)
)

// Repr is repr(d); a dict inside itself shows as {...}.
func (d *Dict) Repr(th *Thread) (string, error) {
	th, ok := reprEnter(th, d)
	if !ok {
		return "{...}", nil
	}
	defer reprLeave(th, d)
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for pos := 0; ; {
		k, v, _, next, ok := d.entryAt(pos)
		if !ok {
			break
		}
		pos = next
		if !first {
			b.WriteString(", ")
		}
		first = false
		ks, err := Repr(th, k)
		if err != nil {
			return "", err
		}
		vs, err := Repr(th, v)
		if err != nil {
			return "", err
		}
		b.WriteString(ks)
		b.WriteString(": ")
		b.WriteString(vs)
	}
	b.WriteByte('}')
	return b.String(), nil
}

// Hash fails: dicts are unhashable.
func (d *Dict) Hash(th *Thread) (int64, error) {
	return 0, NewError(TypeErrorType, "unhashable type: 'dict'")
}

// Equal is d == other for another dict (order-insensitive).
func (d *Dict) Equal(th *Thread, other Value) (bool, bool, error) {
	o, ok := other.(*Dict)
	if !ok {
		return false, false, nil
	}
	eq, err := d.equal(th, o)
	return eq, true, err
}

func (d *Dict) equal(th *Thread, o *Dict) (bool, error) {
	if d == o {
		return true, nil
	}
	if d.Len() != o.Len() {
		return false, nil
	}
	for pos := 0; ; {
		k, v, h, next, ok := d.entryAt(pos)
		if !ok {
			return true, nil
		}
		pos = next
		ov, found, err := o.getHashed(th, k, h)
		if err != nil {
			return false, err
		}
		if !found {
			return false, nil
		}
		eq, err := sameOrEqual(th, v, ov)
		if err != nil || !eq {
			return false, err
		}
	}
}

// Binary implements d | other (a new dict) for two dicts.
func (d *Dict) Binary(th *Thread, op ast.Op, other Value, right bool) (Value, error) {
	o, ok := other.(*Dict)
	if op != ast.BitOr || !ok {
		return NotImplemented, nil
	}
	a, b := d, o
	if right {
		a, b = o, d
	}
	r := a.Copy()
	if err := r.mergeDict(th, b); err != nil {
		return nil, err
	}
	return r, nil
}

// Inplace implements d |= other, other any mapping or iterable of pairs.
func (d *Dict) Inplace(th *Thread, op ast.Op, other Value) (Value, error) {
	if op != ast.BitOr {
		return NotImplemented, nil
	}
	if err := d.Update(th, other); err != nil {
		return nil, err
	}
	return d, nil
}

// GetItem is d[key] (KeyError(key) when absent).
func (d *Dict) GetItem(th *Thread, key Value) (Value, error) {
	v, ok, err := d.Get(th, key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, NewException(KeyErrorType, key)
	}
	return v, nil
}

// SetItem is d[key] = v, or del d[key] when v is nil.
func (d *Dict) SetItem(th *Thread, key, v Value) error {
	if v != nil {
		return d.Set(th, key, v)
	}
	_, ok, err := d.Delete(th, key)
	if err == nil && !ok {
		return NewException(KeyErrorType, key)
	}
	return err
}

// Contains is `key in d`.
func (d *Dict) Contains(th *Thread, key Value) (bool, error) {
	_, ok, err := d.Get(th, key)
	return ok, err
}

// Iter iterates the keys.
func (d *Dict) Iter(th *Thread) (Iterator, error) {
	return newDictIterator(d, dictIterKeys, false), nil
}

// Reversed returns reversed(d), a dict_reversekeyiterator.
func (d *Dict) Reversed() Value { return newDictIterator(d, dictIterKeys, true) }

// mergeDict copies o's entries into d (reusing the cached hashes).
func (d *Dict) mergeDict(th *Thread, o *Dict) error {
	if o == d {
		return nil
	}
	d.resizeIfEmpty(o.Len())
	for pos := 0; ; {
		k, v, h, next, ok := o.entryAt(pos)
		if !ok {
			return nil
		}
		pos = next
		if err := d.setHashed(th, k, h, v); err != nil {
			return err
		}
	}
}

// Update is d.update(arg) for one positional argument: a dict, a mapping
// (anything with keys()), or an iterable of key/value pairs.
func (d *Dict) Update(th *Thread, arg Value) error {
	switch a := arg.(type) {
	case *Dict:
		return d.mergeDict(th, a)
	case *List, *Tuple, *Set:
		return d.updatePairs(th, arg)
	case *Instance:
		if b, ok := a.BaseValue().(*Dict); ok && a.dunder("__iter__") == nil {
			// A dict subclass that keeps dict's iteration is copied
			// directly, its __getitem__ unused (CPython's dict_merge).
			return d.mergeDict(th, b)
		}
	}
	keys, err := GetAttr(th, arg, "keys")
	if err != nil {
		if !IsExc(err, AttributeErrorType) {
			return err
		}
		return d.updatePairs(th, arg)
	}
	ks, err := Call(th, keys, nil, nil)
	if err != nil {
		return err
	}
	it, err := Iter(th, ks)
	if err != nil {
		return err
	}
	for {
		k, ok, err := it.Next(th)
		if err != nil || !ok {
			return err
		}
		v, err := GetItem(th, arg, k)
		if err != nil {
			return err
		}
		if err := d.Set(th, k, v); err != nil {
			return err
		}
	}
}

// updatePairs adds the pairs of an iterable (dict_merge_from_seq2).
func (d *Dict) updatePairs(th *Thread, seq Value) error {
	it, err := Iter(th, seq)
	if err != nil {
		return err
	}
	for i := 0; ; i++ {
		item, ok, err := it.Next(th)
		if err != nil || !ok {
			return err
		}
		var kv []Value
		switch p := item.(type) {
		case *Tuple:
			kv = p.Items
		case *List:
			kv = p.Snapshot()
		default:
			if kv, err = IterateAll(th, item); err != nil {
				if _, iterable := item.(Iterable); !iterable && IsExc(err, TypeErrorType) {
					return NewError(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
				}
				return err
			}
		}
		if len(kv) != 2 {
			return NewError(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(kv))
		}
		if err := d.Set(th, kv[0], kv[1]); err != nil {
			return err
		}
	}
}

// updateKwargs sets the keyword arguments of dict(...)/update(...).
func (d *Dict) updateKwargs(kwargs []KwArg) {
	for _, kw := range kwargs {
		d.SetStr(kw.Name, kw.Value)
	}
}
