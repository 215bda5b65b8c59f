package runtime

import (
	goruntime "runtime"
	"sync/atomic"
	"unsafe"
)

// Instance attribute storage.
//
// The class numbers the attribute names it sees (class.go); an instance
// keeps attribute number i in its inline slot i for i < ninline and in
// ext.more[i-ninline] beyond (instanceExt). Reading self.x is then: the
// class's entry for "x" (which carries the slot number) and one load,
// with no hashing of the instance and no allocation.
//
// The inline slots live in the same allocation as the Instance, right
// after it (newInstance, instanceWith); their count is the number of
// attribute names the class had seen when the instance was made (at most
// maxInlineSlots), so a class with two attributes makes 64-byte objects
// (a 32-byte header, instance.go; 96 before the header lost its class
// pointer and half of seq, 80 before Base and more moved behind ext),
// not the 208 bytes of a fixed 8-slot array.
// Instance creation was 88% of the bytes allocated by
// bench/parallel_speedup.sp objects, and every byte brings the next GC
// cycle (which stops both threads of the parallel run) closer. ninline
// is written once, before the instance is published, so readers load it
// without the lock.
//
// Concurrency (LANGUAGE.md §2.6: every single operation atomic, no torn
// values however racy the program): a sequence lock. Writers take the lock
// by moving seq from even to odd with a CAS, write, and release it by
// storing the next even number (seq is 32 bits: a reader would have to
// sleep through exactly 2^31 writes of one object between its two loads
// of seq to take a torn value for a consistent one). Readers of inline
// slots take no lock: they
// read seq, the slot's two interface words and the dict pointer with
// atomic loads, and retry when seq was odd or changed meanwhile, so they
// never return a value torn by a concurrent write. On amd64 the atomic
// loads are plain moves, which is why this beats a mutex: measured on
// bench/richards.sp, the per-instance sync.Mutex cost ~20% of the run
// time in Lock/Unlock alone; readers are now a few loads. The other paths
// (slots beyond the inline ones, the dict switch) take the lock.
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

// instanceExt is the part of an instance's storage that most objects
// never need, behind one pointer so that the Instance header is 32 bytes:
// the built-in value of an instance of a subclass of a built-in type
// (BaseValue; such instances have their ext in their own allocation,
// instanceWithExt) and the slots beyond the inline ones (more, read and
// written under the lock; grown in place). Once the instance may be
// shared, base changes only by publishing a new instanceExt with an
// atomic store (replaceBaseLocked, under the lock), so lock-free readers
// load the ext and then its base. Moving these two here took a
// two-attribute object from 80 to 64 bytes (the next Go size class):
// instances are most of the bytes bench/parallel_speedup.sp objects
// allocates. (A 24-byte header, with the dict here too, gives the same
// size classes, since they are multiples of 16 bytes, but leaves the
// slots 8 bytes off a 16-byte boundary: pyperf deltablue was 5% slower.)
type instanceExt struct {
	base Value
	more []Value
}

// BaseValue returns the built-in value of an instance of a class deriving
// from a built-in type (nil for other instances).
func (inst *Instance) BaseValue() Value {
	if x := inst.ext.Load(); x != nil {
		return x.base
	}
	return nil
}

// SetBase sets the built-in value of a new instance of a class deriving
// from a built-in type, before the instance is shared.
func (inst *Instance) SetBase(v Value) {
	if x := inst.ext.Load(); x != nil {
		x.base = v
	} else if v != nil {
		inst.ext.Store(&instanceExt{base: v})
	}
}

// replaceBaseLocked replaces the built-in value of an instance that may
// be shared (under its lock): lock-free readers of BaseValue see the old
// or the new ext, never a value torn by the write.
func (inst *Instance) replaceBaseLocked(v Value) {
	x := instanceExt{base: v}
	if old := inst.ext.Load(); old != nil {
		x.more = old.more
	}
	inst.ext.Store(&x)
}

// maxInlineSlots is the most attribute slots stored inside an Instance
// (richards' biggest class has 8 attributes; most objects have fewer).
const maxInlineSlots = 8

// instanceWith is an Instance followed by its inline slots A ([n]Value):
// one allocation for both. The slots start right after the Instance
// (checked in init), so slot i is at a fixed offset from the instance:
// inst.slot(i), no pointer to load. (A []Value field pointing at them
// cost a dependent load and 24 bytes per instance: attribute reads and
// writes were ~4% slower.)
type instanceWith[A any] struct {
	Instance
	slots A
}

func init() {
	if unsafe.Offsetof(instanceWith[[1]Value]{}.slots) != unsafe.Sizeof(Instance{}) {
		panic("runtime: inline slots do not follow the Instance")
	}
}

// slot returns the address of inline slot i (i < inst.ninline): inside
// the instance's allocation, so valid for the GC and checkptr.
func (inst *Instance) slot(i int) *Value {
	return (*Value)(unsafe.Add(unsafe.Pointer(inst), unsafe.Sizeof(Instance{})+uintptr(i*valueSize)))
}

// instanceWithExt is instanceWith with the instanceExt of an instance of
// a class deriving from a built-in type in the same allocation: such an
// instance always has a BaseValue, and a separate 48-byte ext cost list
// subclasses (pyperf deltablue's OrderedCollection) 10% per operation.
type instanceWithExt[A any] struct {
	instanceWith[A]
	x instanceExt
}

func withSlots[A any](info *classInfo, n int) *Instance {
	if info.kind == baseValue {
		p := &instanceWithExt[A]{}
		p.infoP, p.ninline = unsafe.Pointer(info), int32(n)
		p.ext.Store(&p.x)
		return &p.Instance
	}
	p := &instanceWith[A]{}
	p.infoP, p.ninline = unsafe.Pointer(info), int32(n)
	return &p.Instance
}

// moreSlots returns the slots beyond the inline ones (under the lock, or
// before sharing).
func (inst *Instance) moreSlots() []Value {
	if x := inst.ext.Load(); x != nil {
		return x.more
	}
	return nil
}

// newInstance makes an empty instance of the user class of info
// with as many inline slots as the class has attribute names so far, or
// maxInlineSlots while it has none (the first instance of a class: most
// richards tasks are the only instance of their class, and with no
// inline slots every attribute store took the lock: 10% slower).
func newInstance(info *classInfo) *Instance {
	n := maxInlineSlots
	if k := int(info.nslots.Load()); k > 0 {
		n = k
	} else if info.noDict || info.kind == baseValue {
		// __slots__ = () along the whole MRO (namedtuples): the
		// instance can never hold an attribute, so it gets no slots
		// (it got 8: a 176-byte allocation per pyperf graphs Edge).
		// A subclass of a built-in type (class OC(list): pass) most
		// often has no attributes either: none until it has some (it
		// got 8: 176 bytes per pyperf deltablue OrderedCollection).
		n = 0
	}
	switch {
	case n == 0:
		return withSlots[[0]Value](info, 0)
	case n == 1:
		return withSlots[[1]Value](info, 1)
	case n == 2:
		return withSlots[[2]Value](info, 2)
	case n == 3:
		return withSlots[[3]Value](info, 3)
	case n == 4:
		return withSlots[[4]Value](info, 4)
	case n == 5:
		return withSlots[[5]Value](info, 5)
	case n == 6:
		return withSlots[[6]Value](info, 6)
	case n == 7:
		return withSlots[[7]Value](info, 7)
	}
	return withSlots[[maxInlineSlots]Value](info, maxInlineSlots)
}

// lock acquires the instance's sequence lock; it returns the odd sequence
// number to pass to unlock. Writers hold it for a few instructions (no
// user code runs under it), so contention spins briefly.
func (inst *Instance) lock() uint32 {
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
		n := int(inst.ninline)
		if uint(s) < uint(n) {
			v = *inst.slot(s)
		} else if s >= n && s-n < len(inst.moreSlots()) {
			v = inst.moreSlots()[s-n]
		}
		return v, v != nil
	}
	n := int(inst.ninline)
	if uint(s) < uint(n) {
		for i := 0; ; i++ {
			q := inst.seq.Load()
			if q&1 == 0 {
				d := inst.dict.Load()
				v := loadValue(inst.slot(s))
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
	if d == nil && s >= n && s-n < len(inst.moreSlots()) {
		v = inst.moreSlots()[s-n]
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
		if slot = inst.info().slotFor(name); slot < 0 && inst.info().noDict {
			return false // not in __slots__ (slots.go)
		}
	}
	ninline := int(inst.ninline)
	if !Sharing() && slot >= 0 && inst.dict.Load() == nil {
		// One thread (sharing.go): no reader to exclude.
		var p *Value
		if slot < ninline {
			p = inst.slot(slot)
		} else if i := slot - ninline; i < len(inst.moreSlots()) {
			p = &inst.moreSlots()[i]
		}
		if p != nil {
			old := *p
			*p = v
			return v != nil || old != nil
		}
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
	if slot < ninline {
		p = inst.slot(slot)
	} else {
		i := slot - ninline
		if i >= len(inst.moreSlots()) {
			if v == nil {
				inst.unlock(q)
				return false
			}
			n := int(inst.info().nslots.Load()) - ninline
			if n <= i {
				n = i + 1
			}
			grown := make([]Value, n)
			copy(grown, inst.moreSlots())
			if x := inst.ext.Load(); x != nil {
				x.more = grown
			} else {
				inst.ext.Store(&instanceExt{more: grown})
			}
		}
		p = &inst.moreSlots()[i]
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
	names := inst.info().slotNames()
	for i, name := range names {
		var v Value
		if n := int(inst.ninline); i < n {
			v = *inst.slot(i)
			storeValue(inst.slot(i), nil)
		} else if i-n < len(inst.moreSlots()) {
			v = inst.moreSlots()[i-n]
		}
		if v != nil {
			d.SetStr(name, v)
		}
	}
	if x := inst.ext.Load(); x != nil {
		x.more = nil
	}
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
	names := inst.info().slotNames()
	q := inst.lock()
	if d := inst.dict.Load(); d != nil {
		inst.unlock(q)
		return keys(d)
	}
	for i, name := range names {
		var v Value
		if n := int(inst.ninline); i < n {
			v = *inst.slot(i)
		} else if i-n < len(inst.moreSlots()) {
			v = inst.moreSlots()[i-n]
		}
		if v != nil {
			out = append(out, name)
		}
	}
	inst.unlock(q)
	return append(out, "__dict__")
}
