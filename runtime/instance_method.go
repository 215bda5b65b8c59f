package runtime

// Python-visible behaviour of bound methods (obj.method): __self__,
// __func__, the function's attributes (__name__, __doc__, ...), equality
// (same receiver object and equal functions), hash and repr.

// GetAttr serves __self__ and __func__ and delegates the rest to the
// function.
func (m *BoundMethod) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "__self__":
		return m.Self, nil
	case "__func__":
		return m.Fn, nil
	case "__class__":
		return nil, nil
	}
	v, err := GetAttr(th, m.Fn, name)
	if err != nil {
		if IsExc(err, AttributeErrorType) {
			return nil, nil
		}
		return nil, err
	}
	return v, nil
}

// Equal: m1 == m2 when both bind the same object to equal functions.
func (m *BoundMethod) Equal(th *Thread, other Value) (bool, bool, error) {
	o, ok := other.(*BoundMethod)
	if !ok {
		return false, false, nil
	}
	if !sameObj(m.Self, o.Self) {
		return false, true, nil
	}
	eq, err := Equal(th, m.Fn, o.Fn)
	return eq, true, err
}

// Hash combines the receiver's identity and the function's hash.
func (m *BoundMethod) Hash(th *Thread) (int64, error) {
	h, err := Hash(th, m.Fn)
	if err != nil {
		return 0, err
	}
	return h ^ int64(Id(m.Self)>>4), nil
}

// Repr is <bound method C.f of <__main__.C object at 0x...>>.
func (m *BoundMethod) Repr(th *Thread) (string, error) {
	name := "?"
	for _, attr := range []string{"__qualname__", "__name__"} {
		if v, err := GetAttr(th, m.Fn, attr); err == nil {
			if s, ok := v.(Str); ok {
				name = string(s)
				break
			}
		}
	}
	self, err := Repr(th, m.Self)
	if err != nil {
		return "", err
	}
	return "<bound method " + name + " of " + self + ">", nil
}

var (
	_ HasAttrs = (*BoundMethod)(nil)
	_ HasEqual = (*BoundMethod)(nil)
	_ HasHash  = (*BoundMethod)(nil)
	_ HasRepr  = (*BoundMethod)(nil)
)
