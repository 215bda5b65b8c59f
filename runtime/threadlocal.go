package runtime

// Local is threading.local: an object whose attributes are per thread.
// Each thread keeps its own attribute dict for every Local it touches in
// its rare fields (threadrare.go), so no lock is needed and a thread's
// values die with it.
//
// An instance of a subclass is a Local too (selfMade in instance.go),
// with the subclass as cls: its methods are found through the class, and
// its __init__ runs again, with the constructor's arguments, in every
// other thread that touches it first, as in CPython.
type Local struct {
	cls    *Type
	args   []Value
	kwargs []KwArg
}

// LocalType is threading.local.
var LocalType = NewBuiltinType("_local", nil)

func init() {
	LocalType.SetModule("_thread")
	LocalType.New = func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		if cls == LocalType && (len(args) > 0 || len(kwargs) > 0) {
			return nil, NewError(TypeErrorType, "Initialization arguments are not supported")
		}
		l := &Local{cls: cls, args: args, kwargs: kwargs}
		l.dict(th, true) // the creating thread's __init__ is the constructor's
		return l, nil
	}
}

// Type returns the local's class.
func (l *Local) Type() *Type { return l.cls }

func (l *Local) dict(th *Thread, create bool) *Dict {
	r := th.rare.Load()
	var d *Dict
	if r != nil {
		d = r.locals[l]
	}
	if d == nil && create {
		r = th.more()
		if r.locals == nil {
			r.locals = map[*Local]*Dict{}
		}
		d = NewDict()
		r.locals[l] = d
	}
	return d
}

// touch makes th's attribute dict, running a subclass's __init__ the
// first time th uses l.
func (l *Local) touch(th *Thread) error {
	if l.dict(th, false) != nil {
		return nil
	}
	l.dict(th, true)
	if l.cls == LocalType {
		return nil
	}
	_, err := CallMethod(th, l, "__init__", l.args, l.kwargs)
	return err
}

// GetAttr reads the calling thread's attribute.
func (l *Local) GetAttr(th *Thread, name string) (Value, error) {
	if err := l.touch(th); err != nil {
		return nil, err
	}
	if name == "__dict__" {
		return l.dict(th, true), nil
	}
	if d := l.dict(th, false); d != nil {
		if v, ok := d.GetStr(name); ok {
			return v, nil
		}
	}
	return nil, nil
}

// SetAttr sets (or with v nil deletes) the calling thread's attribute.
func (l *Local) SetAttr(th *Thread, name string, v Value) error {
	if err := l.touch(th); err != nil {
		return err
	}
	d := l.dict(th, v != nil)
	if v == nil {
		if d != nil {
			if _, ok, _ := d.Delete(th, Str(name)); ok {
				return nil
			}
		}
		return NewError(AttributeErrorType, "'%s' object has no attribute '%s'", l.typeName(), name)
	}
	d.SetStr(name, v)
	return nil
}

// typeName is the type in AttributeError messages: CPython's tp_name,
// "_thread._local" for threading.local itself, a subclass's name otherwise.
func (l *Local) typeName() string {
	if l.cls == LocalType {
		return "_thread._local"
	}
	return l.cls.Name()
}

// Repr is repr(l): a subclass's own __repr__ when it defines one, else
// object's (<_thread._local object at 0x...>, <__main__.M object at ...>).
func (l *Local) Repr(th *Thread) (string, error) {
	if s, ok, err := l.callDunder(th, "__repr__"); ok {
		return s, err
	}
	return defaultRepr(l), nil
}

// Str is str(l): a subclass's __str__ or, failing that, repr(l).
func (l *Local) Str(th *Thread) (string, error) {
	if s, ok, err := l.callDunder(th, "__str__"); ok {
		return s, err
	}
	return l.Repr(th)
}

// callDunder calls a string-returning dunder that a subclass defines
// (ok false when only object's is there).
func (l *Local) callDunder(th *Thread, name string) (string, bool, error) {
	if l.cls == LocalType || l.cls.Lookup(name) == ObjectType.Lookup(name) {
		return "", false, nil
	}
	r, err := CallMethod(th, l, name, nil, nil)
	if err != nil {
		return "", true, err
	}
	s, isStr := r.(Str)
	if !isStr {
		return "", true, NewError(TypeErrorType, "%s returned non-string (type %s)", name, TypeName(r))
	}
	return string(s), true, nil
}
