package runtime

// The Python face of thread groups: ThreadGroup(max_concurrency=None,
// timeout=None, name=None) as a context manager, g.spawn, g.cancel,
// ThreadGroup.current and the builtin spawn().

// CallableBody returns a spawn body that calls fn(*args, **kwargs) on
// the child thread.
func CallableBody(fn Value, args []Value, kwargs []KwArg) func(c *Thread) (Value, error) {
	return func(c *Thread) (Value, error) { return Call(c, fn, args, kwargs) }
}

// SpawnCall is g.spawn(fn, *args, name=None, **kwargs) (g nil: th's
// current group).
func SpawnCall(th *Thread, g *ThreadGroup, fname string, args []Value, kwargs []KwArg) (Value, error) {
	if len(args) == 0 {
		return nil, NewError(TypeErrorType, "%s() missing 1 required positional argument: 'fn'", fname)
	}
	fn := args[0]
	if !isCallable(fn) {
		return nil, NewError(TypeErrorType, "%s() argument 'fn' must be callable, not '%s'", fname, TypeName(fn))
	}
	name := ""
	var rest []KwArg
	for _, kw := range kwargs {
		if kw.Name == "name" {
			if kw.Value != None {
				s, ok := kw.Value.(Str)
				if !ok {
					return nil, NewError(TypeErrorType, "%s() argument 'name' must be str, not '%s'", fname, TypeName(kw.Value))
				}
				name = string(s)
			}
			continue
		}
		rest = append(rest, kw)
	}
	if g == nil {
		g = th.Group()
	}
	f, err := g.Spawn(th, CallableBody(fn, append([]Value(nil), args[1:]...), rest), name, SpawnSite{})
	if err != nil {
		return nil, err
	}
	return f, nil
}

func isCallable(v Value) bool {
	switch v.(type) {
	case Callable, *Type:
		return true
	}
	return false
}

// newThreadGroupPy is ThreadGroup(max_concurrency=None, timeout=None,
// name=None).
func newThreadGroupPy(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
	var mc, to, nm Value = None, None, None
	if err := UnpackArgs("ThreadGroup", args, kwargs, "max_concurrency?", &mc, "timeout?", &to, "name?", &nm); err != nil {
		return nil, err
	}
	n := 0
	if mc != None {
		i, err := CountArg("ThreadGroup", "max_concurrency", mc)
		if err != nil {
			return nil, err
		}
		if i < 1 {
			return nil, NewError(ValueErrorType, "max_concurrency must be at least 1")
		}
		n = i
	}
	// A timeout of 0 or less has expired already, as timeout(s)'s
	// (NewTimeoutObject): §2.5 makes ThreadGroup(timeout=s) the same.
	d, err := waitTimeout(to)
	if err != nil {
		return nil, err
	}
	name := ""
	if nm != None {
		s, ok := nm.(Str)
		if !ok {
			return nil, NewError(TypeErrorType, "ThreadGroup() argument 'name' must be str, not '%s'", TypeName(nm))
		}
		name = string(s)
	}
	g := NewThreadGroup(th, n, 0, name)
	if d >= 0 {
		g.timeout = d
		if d == 0 {
			g.scope.called, g.scope.timedOut = true, true
			g.scope.effective.Store(true)
		}
	}
	return g, nil
}

// ComputedAttr is a class attribute computed on access, for the calling
// thread (ThreadGroup.current). Until the generic attribute lookup calls
// DescrGet, a ComputedAttr also works as a proxy: its attributes, calls
// and repr are those of the value it computes, so
// `ThreadGroup.current.spawn(f)` works either way.
type ComputedAttr struct {
	Name string
	Get  func(th *Thread) (Value, error)
}

var computedAttrType = NewBuiltinType("computed_attribute", nil)

// Type returns computed_attribute.
func (*ComputedAttr) Type() *Type { return computedAttrType }

// DescrGet computes the attribute (descriptor protocol: obj is the
// instance or nil, cls the class it was looked up on).
func (a *ComputedAttr) DescrGet(th *Thread, obj Value, cls *Type) (Value, error) {
	return a.Get(th)
}

// GetAttr forwards to the computed value (except __get__, its own).
func (a *ComputedAttr) GetAttr(th *Thread, name string) (Value, error) {
	if name == "__get__" {
		return nil, nil
	}
	v, err := a.Get(th)
	if err != nil {
		return nil, err
	}
	return GetAttr(th, v, name)
}

// Repr forwards to the computed value.
func (a *ComputedAttr) Repr(th *Thread) (string, error) {
	v, err := a.Get(th)
	if err != nil {
		return "", err
	}
	return Repr(th, v)
}

// SetOwner records the object of a ThreadGroup subclass that carries g
// (Owned), so that `with Sub() as g` and ThreadGroup.current give that
// object. It is set when the object is made, before g is shared.
func (g *ThreadGroup) SetOwner(inst *Instance) { g.obj = inst }

// pyValue is g as Python code sees it: the subclass's object carrying
// it, or g itself.
func (g *ThreadGroup) pyValue() Value {
	if g.obj != nil {
		return g.obj
	}
	return g
}

// Repr is <ThreadGroup 'name'>.
func (g *ThreadGroup) Repr(th *Thread) (string, error) { return g.String(), nil }

// GetAttr exposes name, cancelled and running.
func (g *ThreadGroup) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "name":
		return Str(g.Name()), nil
	case "cancelled":
		return Bool(g.scope.Cancelled()), nil
	}
	return nil, nil
}

func init() {
	// __get__ makes ComputedAttr a descriptor for the object model's
	// class attribute lookup (class.go: bindToClass).
	computedAttrType.AddMethods(NewMethod("__get__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
		return self.(*ComputedAttr).Get(th)
	}))
	ThreadGroupType.New = newThreadGroupPy
	ThreadGroupType.Dict.SetStr("current", &ComputedAttr{Name: "current", Get: func(th *Thread) (Value, error) {
		return th.Group().pyValue(), nil
	}})
	ThreadGroupType.AddMethods(
		NewMethod("__enter__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			g := self.(*ThreadGroup)
			if err := g.Enter(th); err != nil {
				return nil, err
			}
			return g.pyValue(), nil
		}),
		NewMethod("__exit__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			in := exitArgError(args)
			return exitResult(in, self.(*ThreadGroup).Exit(th, in))
		}),
		NewMethod("spawn", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			return SpawnCall(th, self.(*ThreadGroup), "spawn", args, kwargs)
		}),
		NewMethod("cancel", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if err := UnpackArgs("cancel", args, kwargs); err != nil {
				return nil, err
			}
			self.(*ThreadGroup).Cancel()
			return None, nil
		}),
	)
}

// SpawnBuiltin is the builtin spawn(fn, *args, **kwargs).
var SpawnBuiltin = NewFunc("spawn", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
	return SpawnCall(th, nil, "spawn", args, kwargs)
})

// TimeoutBuiltin is the builtin timeout(seconds).
var TimeoutBuiltin = NewFunc("timeout", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
	var secs Value
	if err := UnpackArgs("timeout", args, kwargs, "seconds", &secs); err != nil {
		return nil, err
	}
	return NewTimeoutObject(secs)
})

// ShieldBuiltin is the builtin shield().
var ShieldBuiltin = NewFunc("shield", func(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
	if err := UnpackArgs("shield", args, kwargs); err != nil {
		return nil, err
	}
	return NewShieldObject(), nil
})
