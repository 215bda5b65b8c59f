package runtime

// Local is threading.local: an object whose attributes are per thread.
// Each thread keeps its own attribute dict for every Local it touches in
// Thread.locals, so no lock is needed and a thread's values die with it.
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
	LocalType.Module = "_thread"
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
	d := th.locals[l]
	if d == nil && create {
		if th.locals == nil {
			th.locals = map[*Local]*Dict{}
		}
		d = NewDict()
		th.locals[l] = d
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
	return l.cls.Name
}
