package runtime

import (
	goruntime "runtime"
	"sync/atomic"
	"unsafe"
)

// Instance attribute storage.
//
// The class numbers the attribute names it sees (class.go); an instance
// keeps attribute number i in inline[i] for i < inlineSlots and in
// more[i-inlineSlots] beyond. Reading self.x is then: the class's entry
// for "x" (which carries the slot number) and one load, with no hashing
// of the instance and no allocation.
//
// Concurrency (LANGUAGE.md §2.6: every single operation atomic, no torn
// values however racy the program): a sequence lock. Writers take the lock
// by moving seq from even to odd with a CAS, write, and release it by
// storing the next even number. Readers of inline slots take no lock: they
// read seq, the slot's two interface words and the dict pointer with
// atomic loads, and retry when seq was odd or changed meanwhile, so they
// never return a value torn by a concurrent write. On amd64 the atomic
// loads are plain moves, which is why this beats a mutex: measured on
// bench/richards.sp, the per-instance sync.Mutex cost ~20% of the run
// time in Lock/Unlock alone; readers are now a few loads. The other paths
// (slots beyond inlineSlots, the dict switch) take the lock.
//
// Until the process starts a second thread (the sharing flag of
// sharing.go, which the containers use the same way), loads and stores
// skip the protocol: with one goroutine running Python code there is no
// one to exclude, and the flag flips before the second goroutine starts.
//
// Writers store the slot words and release the lock with atomic stores
// in general (instance_storage_atomic.go); on amd64 (total store order)
// plain stores are ordered as the protocol needs, so writes there cost
// the CAS alone (instance_storage_amd64.go; not under -race, whose
// detector would rightly flag the mixed plain/atomic accesses).
//
// An instance switches to a dict (all attributes in dict, the slots
// unused) when __dict__ is asked for — it must be a live mapping — or when
// the class runs out of slot numbers.

// inlineSlots is the number of attribute slots stored inside an Instance
// (richards' biggest class has 8 attributes; most objects have fewer).
const inlineSlots = 8

// lock acquires the instance's sequence lock; it returns the odd sequence
// number to pass to unlock. Writers hold it for a few instructions (no
// user code runs under it), so contention spins briefly.
func (inst *Instance) lock() uint64 {
	for i := 0; ; i++ {
		s := inst.seq.Load()
		if s&1 == 0 && inst.seq.CompareAndSwap(s, s+1) {
			return s + 1
		}
		if i > 16 {
			goruntime.Gosched()
		}
	}
}

// loadValue reads a Value word by word with atomic loads.
func loadValue(p *Value) Value {
	w := (*ifaceWords)(unsafe.Pointer(p))
	var v Value
	o := (*ifaceWords)(unsafe.Pointer(&v))
	o.typ = atomic.LoadPointer(&w.typ)
	o.data = atomic.LoadPointer(&w.data)
	return v
}

// load reads the instance attribute name (whose class entry is e).
func (inst *Instance) load(name string, e *attrEntry) (Value, bool) {
	s := e.slot()
	if !Sharing() {
		// One thread (sharing.go): no concurrent writer to guard against.
		if d := inst.dict.Load(); d != nil {
			return d.GetStr(name)
		}
		var v Value
		if uint(s) < inlineSlots {
			v = inst.inline[s]
		} else if s >= inlineSlots && s-inlineSlots < len(inst.more) {
			v = inst.more[s-inlineSlots]
		}
		return v, v != nil
	}
	if uint(s) < inlineSlots {
		for i := 0; ; i++ {
			q := inst.seq.Load()
			if q&1 == 0 {
				d := inst.dict.Load()
				v := loadValue(&inst.inline[s])
				if inst.seq.Load() == q {
					if d != nil {
						return d.GetStr(name)
					}
					return v, v != nil
				}
			}
			if i > 16 {
				goruntime.Gosched()
			}
		}
	}
	q := inst.lock()
	d := inst.dict.Load()
	var v Value
	if d == nil && s >= inlineSlots && s-inlineSlots < len(inst.more) {
		v = inst.more[s-inlineSlots]
	}
	inst.unlock(q)
	if d != nil {
		return d.GetStr(name)
	}
	return v, v != nil
}

// store writes (v != nil) or deletes (v == nil) the instance attribute
// name; deleting a missing one reports false.
func (inst *Instance) store(name string, e *attrEntry, v Value) bool {
	slot := e.slot()
	if slot < 0 && v != nil {
		if slot = inst.info.slotFor(name); slot < 0 && inst.info.noDict {
			return false // not in __slots__ (slots.go)
		}
	}
	if !Sharing() && uint(slot) < inlineSlots && inst.dict.Load() == nil {
		// One thread (sharing.go): no reader to exclude.
		old := inst.inline[slot]
		inst.inline[slot] = v
		return v != nil || old != nil
	}
	q := inst.lock()
	d := inst.dict.Load()
	if d == nil && slot < 0 {
		if v == nil {
			inst.unlock(q)
			return false
		}
		d = inst.toDictLocked()
	}
	if d != nil {
		inst.unlock(q)
		if v == nil {
			_, ok := d.DeleteStr(name)
			return ok
		}
		d.SetStr(name, v)
		return true
	}
	var p *Value
	if slot < inlineSlots {
		p = &inst.inline[slot]
	} else {
		i := slot - inlineSlots
		if i >= len(inst.more) {
			if v == nil {
				inst.unlock(q)
				return false
			}
			n := int(inst.info.nslots.Load()) - inlineSlots
			if n <= i {
				n = i + 1
			}
			grown := make([]Value, n)
			copy(grown, inst.more)
			inst.more = grown
		}
		p = &inst.more[i]
	}
	old := *p
	storeValue(p, v)
	inst.unlock(q)
	return v != nil || old != nil
}

// toDictLocked moves the attributes from the slots to a new dict (under
// the lock).
func (inst *Instance) toDictLocked() *Dict {
	d := NewDict()
	names := inst.info.slotNames()
	for i, name := range names {
		var v Value
		if i < inlineSlots {
			v = inst.inline[i]
			storeValue(&inst.inline[i], nil)
		} else if i-inlineSlots < len(inst.more) {
			v = inst.more[i-inlineSlots]
		}
		if v != nil {
			d.SetStr(name, v)
		}
	}
	inst.more = nil
	inst.dict.Store(d)
	return d
}

// Dict returns the instance's __dict__ (live: changes to it are
// attribute changes).
func (inst *Instance) Dict() *Dict {
	if d := inst.dict.Load(); d != nil {
		return d
	}
	q := inst.lock()
	d := inst.dict.Load()
	if d == nil {
		d = inst.toDictLocked()
	}
	inst.unlock(q)
	return d
}

// replaceDict is inst.__dict__ = d.
func (inst *Instance) replaceDict(d *Dict) {
	q := inst.lock()
	if inst.dict.Load() == nil {
		inst.toDictLocked()
	}
	inst.dict.Store(d)
	inst.unlock(q)
}

// AttrNames lists the instance's attributes for dir().
func (inst *Instance) AttrNames() []string {
	var out []string
	keys := func(d *Dict) []string {
		for _, k := range d.Keys() {
			if s, ok := k.(Str); ok {
				out = append(out, string(s))
			}
		}
		return append(out, "__dict__")
	}
	if d := inst.dict.Load(); d != nil {
		return keys(d)
	}
	names := inst.info.slotNames()
	q := inst.lock()
	if d := inst.dict.Load(); d != nil {
		inst.unlock(q)
		return keys(d)
	}
	for i, name := range names {
		var v Value
		if i < inlineSlots {
			v = inst.inline[i]
		} else if i-inlineSlots < len(inst.more) {
			v = inst.more[i-inlineSlots]
		}
		if v != nil {
			out = append(out, name)
		}
	}
	inst.unlock(q)
	return append(out, "__dict__")
}
