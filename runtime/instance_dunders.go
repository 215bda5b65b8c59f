package runtime

import (
	"github.com/spindle-lang/spindle/ast"
)

// The special methods of user classes, wired to the capability
// interfaces of value.go. Each method looks the dunder up in the class's
// attribute table (one map lookup) and calls it when a user class defines
// it; otherwise it applies the default: the built-in value's behaviour for
// classes deriving from a built-in type (Base), else object's.

// dunder returns the entry of a special method defined by a user class
// of the instance's MRO, or nil.
func (inst *Instance) dunder(name string) *attrEntry {
	e := inst.info().entry(name)
	if e.user() {
		return e
	}
	return nil
}

// call calls the special method of e.
func (inst *Instance) call(th *Thread, e *attrEntry, args ...Value) (Value, error) {
	return callEntry(th, e, inst, args, nil)
}

// unwrap gives the built-in value of an instance of a class deriving from
// a built-in type, v itself otherwise.
func unwrap(v Value) Value {
	if inst, ok := v.(*Instance); ok && inst.BaseValue() != nil {
		return inst.BaseValue()
	}
	return v
}

// Repr is repr(inst): __repr__, else the built-in value's repr, else
// <__main__.Point object at 0x...>.
func (inst *Instance) Repr(th *Thread) (string, error) {
	if e := inst.dunder("__repr__"); e != nil {
		return inst.callString(th, e, "__repr__")
	}
	if inst.BaseValue() != nil {
		return Repr(th, inst.BaseValue())
	}
	return defaultRepr(inst), nil
}

// Str is str(inst): __str__, else __repr__.
func (inst *Instance) Str(th *Thread) (string, error) {
	if e := inst.dunder("__str__"); e != nil {
		return inst.callString(th, e, "__str__")
	}
	if e := inst.dunder("__repr__"); e != nil {
		return inst.callString(th, e, "__repr__")
	}
	if inst.BaseValue() != nil {
		return ToStr(th, inst.BaseValue())
	}
	return defaultRepr(inst), nil
}

func (inst *Instance) callString(th *Thread, e *attrEntry, name string) (string, error) {
	r, err := inst.call(th, e)
	if err != nil {
		return "", err
	}
	s, ok := r.(Str)
	if !ok {
		if ri, isInst := r.(*Instance); isInst {
			if bs, ok := ri.BaseValue().(Str); ok {
				return string(bs), nil
			}
		}
		return "", NewError(TypeErrorType, "%s returned non-string (type %s)", name, TypeName(r))
	}
	return string(s), nil
}

// Format is format(inst, spec).
func (inst *Instance) Format(th *Thread, spec string) (string, error) {
	if e := inst.dunder("__format__"); e != nil {
		r, err := inst.call(th, e, Str(spec))
		if err != nil {
			return "", err
		}
		s, ok := r.(Str)
		if !ok {
			return "", NewError(TypeErrorType, "__format__ must return a str, not %s", TypeName(r))
		}
		return string(s), nil
	}
	if inst.BaseValue() != nil && inst.dunder("__str__") == nil && inst.dunder("__repr__") == nil {
		return Format(th, inst.BaseValue(), spec)
	}
	if inst.BaseValue() != nil && spec != "" {
		return Format(th, inst.BaseValue(), spec)
	}
	if spec != "" {
		return "", NewError(TypeErrorType, "unsupported format string passed to %s.__format__", inst.info().t.Name())
	}
	return inst.Str(th)
}

// Truth is bool(inst): __bool__, else __len__, else true.
func (inst *Instance) Truth(th *Thread) (bool, error) {
	if e := inst.dunderAt(dBool); e != nil {
		r, err := inst.call0(th, e)
		if err != nil {
			return false, err
		}
		b, ok := r.(Bool)
		if !ok {
			return false, NewError(TypeErrorType, "__bool__ should return bool, returned %s", TypeName(r))
		}
		return bool(b), nil
	}
	if inst.dunderAt(dLen) != nil {
		n, err := inst.Len(th)
		return n != 0, err
	}
	if inst.BaseValue() != nil {
		return Truth(th, inst.BaseValue())
	}
	return true, nil
}

// Len is len(inst).
func (inst *Instance) Len(th *Thread) (int, error) {
	if e := inst.dunderAt(dLen); e != nil {
		r, err := inst.call0(th, e)
		if err != nil {
			return 0, err
		}
		switch n := unwrap(r).(type) {
		case Int:
			if n < 0 {
				return 0, NewError(ValueErrorType, "__len__() should return >= 0")
			}
			return int(n), nil
		case Bool:
			if n {
				return 1, nil
			}
			return 0, nil
		case *BigInt:
			if n.v.Sign() < 0 {
				return 0, NewError(ValueErrorType, "__len__() should return >= 0")
			}
			return 0, NewError(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		return 0, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(r))
	}
	if inst.BaseValue() != nil {
		return Len(th, inst.BaseValue())
	}
	return 0, NewError(TypeErrorType, "object of type '%s' has no len()", inst.info().t.Name())
}

// Hash is hash(inst): __hash__ (None: unhashable), else identity.
func (inst *Instance) Hash(th *Thread) (int64, error) {
	if e := inst.dunderAt(dHash); e != nil {
		if e.value == None {
			return 0, NewError(TypeErrorType, "unhashable type: '%s'", inst.info().t.Name())
		}
		r, err := inst.call0(th, e)
		if err != nil {
			return 0, err
		}
		switch h := unwrap(r).(type) {
		case Int:
			if h == -1 {
				return -2, nil
			}
			return int64(h), nil
		case Bool, *BigInt:
			return Hash(th, h)
		}
		return 0, NewError(TypeErrorType, "__hash__ method should return an integer")
	}
	if inst.BaseValue() != nil {
		h, err := Hash(th, inst.BaseValue())
		if err != nil && IsExc(err, TypeErrorType) {
			return 0, NewError(TypeErrorType, "unhashable type: '%s'", inst.info().t.Name())
		}
		return h, err
	}
	return int64(Id(inst) >> 4), nil
}

var cmpDunders = map[ast.Op]string{
	ast.Eq: "__eq__", ast.NotEq: "__ne__", ast.Lt: "__lt__", ast.LtE: "__le__", ast.Gt: "__gt__", ast.GtE: "__ge__",
}

// Compare is a rich comparison with inst on the left (or, reflected, on
// the right: richCompare calls it with the swapped operator). A right
// operand whose class is a subclass of inst's gets the first try, as in
// CPython.
func (inst *Instance) Compare(th *Thread, op ast.Op, other Value) (Value, error) {
	if op < ast.Eq || op > ast.GtE {
		return NotImplemented, nil
	}
	if o, ok := other.(*Instance); ok && o.info().t != inst.info().t && o.info().t.IsSubtype(inst.info().t) {
		if e := o.dunderAt(cmpSlot(reflectedCmpOp(op))); e != nil {
			r, err := o.call1(th, e, inst)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	if e := inst.dunderAt(cmpSlot(op)); e != nil {
		return inst.call1(th, e, other)
	}
	if op == ast.NotEq {
		if e := inst.dunderAt(dEq); e != nil {
			r, err := inst.call1(th, e, other)
			if err != nil || r == NotImplemented {
				return r, err
			}
			t, err := Truth(th, r)
			return Bool(!t), err
		}
	}
	if inst.BaseValue() != nil {
		return builtinCompareOrNotImpl(th, op, inst.BaseValue(), unwrap(other))
	}
	return NotImplemented, nil
}

// binDunders holds, per operator, the method, its reflection and its
// in-place form.
var binDunders = map[ast.Op][3]string{
	ast.Add:      {"__add__", "__radd__", "__iadd__"},
	ast.Sub:      {"__sub__", "__rsub__", "__isub__"},
	ast.Mult:     {"__mul__", "__rmul__", "__imul__"},
	ast.MatMult:  {"__matmul__", "__rmatmul__", "__imatmul__"},
	ast.Div:      {"__truediv__", "__rtruediv__", "__itruediv__"},
	ast.FloorDiv: {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
	ast.Mod:      {"__mod__", "__rmod__", "__imod__"},
	ast.Pow:      {"__pow__", "__rpow__", "__ipow__"},
	ast.LShift:   {"__lshift__", "__rlshift__", "__ilshift__"},
	ast.RShift:   {"__rshift__", "__rrshift__", "__irshift__"},
	ast.BitOr:    {"__or__", "__ror__", "__ior__"},
	ast.BitXor:   {"__xor__", "__rxor__", "__ixor__"},
	ast.BitAnd:   {"__and__", "__rand__", "__iand__"},
}

// Binary is inst op other (right: other op inst, the reflected form).
func (inst *Instance) Binary(th *Thread, op ast.Op, other Value, right bool) (Value, error) {
	if !isBinOp(op) {
		return NotImplemented, nil
	}
	d := binSlot(op)
	if right {
		if e := inst.dunderAt(d + 1); e != nil {
			return inst.call1(th, e, other)
		}
		return inst.baseBinary(th, op, other, true)
	}
	// A right operand of a subclass that overrides the reflected method
	// goes first.
	if o, ok := other.(*Instance); ok && o.info().t != inst.info().t && o.info().t.IsSubtype(inst.info().t) {
		if oe := o.dunderAt(d + 1); oe != nil && oe.value != inst.info().dunderEntry(d+1).value {
			r, err := o.call1(th, oe, inst)
			if err != nil || r != NotImplemented {
				return r, err
			}
			if e := inst.dunderAt(d); e != nil {
				r, err = inst.call1(th, e, other)
				if err != nil || r != NotImplemented {
					return r, err
				}
			}
			return nil, binaryTypeError(op, inst, other)
		}
	}
	if e := inst.dunderAt(d); e != nil {
		return inst.call1(th, e, other)
	}
	return inst.baseBinary(th, op, other, false)
}

// baseBinary applies the built-in value's operator.
func (inst *Instance) baseBinary(th *Thread, op ast.Op, other Value, right bool) (Value, error) {
	b, ok := inst.BaseValue().(HasBinary)
	if !ok {
		return NotImplemented, nil
	}
	if o, isInst := other.(*Instance); isInst && o.BaseValue() != nil && !right {
		// Both derive from built-ins: a user reflected method of the
		// right operand is tried by the generic operation.
		if o.dunderAt(binSlot(op)+1) != nil {
			r, err := b.Binary(th, op, o, false)
			if err != nil || r != NotImplemented {
				return r, err
			}
			return NotImplemented, nil
		}
	}
	return b.Binary(th, op, unwrap(other), right)
}

// Inplace is inst op= other: __iadd__ and friends; NotImplemented falls
// back to Binary.
func (inst *Instance) Inplace(th *Thread, op ast.Op, other Value) (Value, error) {
	if !isBinOp(op) {
		return NotImplemented, nil
	}
	d := binSlot(op)
	if e := inst.dunderAt(d + 2); e != nil {
		return inst.call1(th, e, other)
	}
	if inst.dunderAt(d) == nil {
		if b, ok := inst.BaseValue().(HasInplace); ok {
			r, err := b.Inplace(th, op, unwrap(other))
			if r == inst.BaseValue() {
				return inst, err
			}
			return r, err
		}
	}
	return NotImplemented, nil
}

// Unary is -inst, +inst, ~inst.
func (inst *Instance) Unary(th *Thread, op ast.Op) (Value, error) {
	var e *attrEntry
	switch op {
	case ast.USub:
		e = inst.dunderAt(dNeg)
	case ast.UAdd:
		e = inst.dunderAt(dPos)
	case ast.Invert:
		e = inst.dunderAt(dInvert)
	}
	if e != nil {
		return inst.call0(th, e)
	}
	if inst.BaseValue() != nil {
		return UnaryOp(th, op, inst.BaseValue())
	}
	return nil, NewError(TypeErrorType, "bad operand type for unary %s: '%s'", op.String(), inst.info().t.Name())
}

// Abs is abs(inst) (for callers that reach it directly).
func (inst *Instance) Abs(th *Thread) (Value, error) {
	if e := inst.dunder("__abs__"); e != nil {
		return inst.call(th, e)
	}
	return nil, NewError(TypeErrorType, "bad operand type for abs(): '%s'", inst.info().t.Name())
}

// GetItem is inst[key]: __getitem__, else the built-in value's, with
// __missing__ for classes deriving from dict.
func (inst *Instance) GetItem(th *Thread, key Value) (Value, error) {
	if e := inst.dunderAt(dGetItem); e != nil {
		return inst.call1(th, e, key)
	}
	if d, ok := inst.BaseValue().(*Dict); ok {
		v, found, err := d.Get(th, key)
		if err != nil || found {
			return v, err
		}
		if e := inst.dunder("__missing__"); e != nil {
			return inst.call(th, e, key)
		}
		return nil, NewException(KeyErrorType, key)
	}
	if inst.BaseValue() != nil {
		return GetItem(th, inst.BaseValue(), key)
	}
	return nil, NewError(TypeErrorType, "'%s' object is not subscriptable", inst.info().t.Name())
}

// SetItem is inst[key] = v, or del inst[key] when v is nil.
func (inst *Instance) SetItem(th *Thread, key, v Value) error {
	if v == nil {
		if e := inst.dunderAt(dDelItem); e != nil {
			_, err := inst.call1(th, e, key)
			return err
		}
		if inst.BaseValue() != nil {
			return DelItem(th, inst.BaseValue(), key)
		}
		if inst.dunder("__getitem__") == nil && inst.dunder("__setitem__") == nil {
			return NewError(TypeErrorType, "'%s' object does not support item deletion", inst.info().t.Name())
		}
		return NewError(AttributeErrorType, "__delitem__")
	}
	if e := inst.dunderAt(dSetItem); e != nil {
		_, err := inst.call(th, e, key, v)
		return err
	}
	if inst.BaseValue() != nil {
		return SetItem(th, inst.BaseValue(), key, v)
	}
	return NewError(TypeErrorType, "'%s' object does not support item assignment", inst.info().t.Name())
}

// Contains is item in inst: __contains__, else iteration.
func (inst *Instance) Contains(th *Thread, item Value) (bool, error) {
	if e := inst.dunderAt(dContains); e != nil {
		r, err := inst.call1(th, e, item)
		if err != nil {
			return false, err
		}
		return Truth(th, r)
	}
	if inst.BaseValue() != nil && inst.dunder("__iter__") == nil && inst.dunder("__getitem__") == nil {
		return Contains(th, inst.BaseValue(), item)
	}
	it, err := inst.Iter(th)
	if err != nil {
		if IsExc(err, TypeErrorType) && inst.dunder("__iter__") == nil {
			return false, NewError(TypeErrorType, "argument of type '%s' is not iterable", inst.info().t.Name())
		}
		return false, err
	}
	for {
		v, ok, err := it.Next(th)
		if err != nil || !ok {
			return false, err
		}
		if v == item {
			return true, nil
		}
		eq, err := Equal(th, v, item)
		if err != nil || eq {
			return eq, err
		}
	}
}

// Iter is iter(inst): __iter__ (whose result must be an iterator), else
// the __getitem__ sequence protocol, else the built-in value's iterator.
func (inst *Instance) Iter(th *Thread) (Iterator, error) {
	if e := inst.dunder("__iter__"); e != nil {
		if e.value == None {
			return nil, NewError(TypeErrorType, "'%s' object is not iterable", inst.info().t.Name())
		}
		r, err := inst.call(th, e)
		if err != nil {
			return nil, err
		}
		switch it := r.(type) {
		case *Instance:
			if it.info().entry("__next__").value == nil {
				return nil, NewError(TypeErrorType, "iter() returned non-iterator of type '%s'", it.info().t.Name())
			}
			return it, nil
		case Iterator:
			return it, nil
		}
		if r.Type().Lookup("__next__") != nil {
			return &nextIterator{v: r}, nil
		}
		return nil, NewError(TypeErrorType, "iter() returned non-iterator of type '%s'", TypeName(r))
	}
	if inst.BaseValue() != nil && canIterate(inst.BaseValue()) {
		// The built-in base's own iteration comes before the
		// __getitem__ protocol (a list subclass overriding
		// __getitem__ still iterates its items, as in CPython).
		return Iter(th, inst.BaseValue())
	}
	if e := inst.dunder("__getitem__"); e != nil {
		return &seqIterator{inst: inst, e: e}, nil
	}
	if inst.BaseValue() != nil {
		return Iter(th, inst.BaseValue())
	}
	return nil, NewError(TypeErrorType, "'%s' object is not iterable", inst.info().t.Name())
}

// Next advances an instance used as an iterator (__next__;
// StopIteration ends the iteration).
func (inst *Instance) Next(th *Thread) (Value, bool, error) {
	e := inst.info().entry("__next__")
	if e.value == nil {
		return nil, false, NewError(TypeErrorType, "'%s' object is not an iterator", inst.info().t.Name())
	}
	v, err := callEntry(th, e, inst, nil, nil)
	if err != nil {
		if IsExc(err, StopIterationType) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return v, true, nil
}

// nextIterator drives any value with a __next__ method.
type nextIterator struct{ v Value }

func (n *nextIterator) Next(th *Thread) (Value, bool, error) {
	v, err := CallMethod(th, n.v, "__next__", nil, nil)
	if err != nil {
		if IsExc(err, StopIterationType) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return v, true, nil
}

// seqIterator is the old sequence protocol: __getitem__(0), (1), ...
// until IndexError or StopIteration.
type seqIterator struct {
	inst *Instance
	e    *attrEntry
	i    int64
	done bool
}

func (s *seqIterator) Next(th *Thread) (Value, bool, error) {
	if s.done {
		return nil, false, nil
	}
	v, err := s.inst.call(th, s.e, MakeInt(s.i))
	if err != nil {
		if IsExc(err, IndexErrorType) || IsExc(err, StopIterationType) {
			s.done = true
			return nil, false, nil
		}
		return nil, false, err
	}
	s.i++
	return v, true, nil
}

// Call is inst(...): __call__.
func (inst *Instance) Call(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
	if e := inst.dunder("__call__"); e != nil {
		return callEntry(th, e, inst, args, kwargs)
	}
	if inst.BaseValue() != nil {
		return Call(th, inst.BaseValue(), args, kwargs)
	}
	return nil, NewError(TypeErrorType, "'%s' object is not callable", inst.info().t.Name())
}

// ToNumber is int(inst) / float(inst) support: __int__, __index__,
// __float__ as named; ok is false when the class defines none of names.
func (inst *Instance) ToNumber(th *Thread, names ...string) (Value, bool, error) {
	for _, n := range names {
		if e := inst.dunder(n); e != nil {
			r, err := inst.call(th, e)
			return r, true, err
		}
	}
	if inst.BaseValue() != nil {
		switch inst.BaseValue().(type) {
		case Int, *BigInt, Float, Bool:
			return inst.BaseValue(), true, nil
		}
	}
	return nil, false, nil
}

var (
	_ HasRepr     = (*Instance)(nil)
	_ HasStr      = (*Instance)(nil)
	_ HasFormat   = (*Instance)(nil)
	_ HasTruth    = (*Instance)(nil)
	_ Sized       = (*Instance)(nil)
	_ HasHash     = (*Instance)(nil)
	_ HasCompare  = (*Instance)(nil)
	_ HasBinary   = (*Instance)(nil)
	_ HasInplace  = (*Instance)(nil)
	_ HasUnary    = (*Instance)(nil)
	_ Indexable   = (*Instance)(nil)
	_ HasSetItem  = (*Instance)(nil)
	_ HasContains = (*Instance)(nil)
	_ Iterable    = (*Instance)(nil)
	_ Iterator    = (*Instance)(nil)
	_ Callable    = (*Instance)(nil)
)
