package stdlib

import (
	"fmt"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// weakref.proxy: an object that forwards attribute access, items,
// iteration, comparisons, arithmetic, str() and truth to its referent
// and raises ReferenceError once the referent is gone. A proxy to a
// callable is a weakCallableProxy (CallableProxyType), which forwards
// calls too. Proxies are unhashable, as in CPython.

type weakProxy struct{ ref *weakRef }

type weakCallableProxy struct{ weakProxy }

func (p *weakProxy) Type() *rt.Type { return p.ref.kind }

// referent returns the live referent or ReferenceError.
func (p *weakProxy) referent() (rt.Value, error) {
	if v := p.ref.target.get(); v != nil {
		return v, nil
	}
	return nil, rt.NewError(rt.ReferenceErrorType, "weakly-referenced object no longer exists")
}

// unwrapProxy is the referent of a proxy operand (other operands as
// they are), as CPython's proxy operations see their arguments.
func unwrapProxy(v rt.Value) (rt.Value, error) {
	switch p := v.(type) {
	case *weakProxy:
		return p.referent()
	case *weakCallableProxy:
		return p.referent()
	}
	return v, nil
}

// Repr is CPython 3.11's <weakproxy at 0x... to C at 0x...>; a dead
// proxy shows NoneType and None's address, as there.
func (p *weakProxy) Repr(th *rt.Thread) (string, error) {
	var v rt.Value = rt.None
	if o := p.ref.target.get(); o != nil {
		v = o
	}
	return fmt.Sprintf("<weakproxy at %#x to %s at %#x>", rt.Id(p.ref.self()), rt.TypeName(v), rt.Id(v)), nil
}

func (p *weakProxy) Str(th *rt.Thread) (string, error) {
	v, err := p.referent()
	if err != nil {
		return "", err
	}
	return rt.ToStr(th, v)
}

func (p *weakProxy) Hash(th *rt.Thread) (int64, error) {
	return 0, rt.NewError(rt.TypeErrorType, "unhashable type: 'weakref.%s'", p.ref.kind.Name())
}

func (p *weakProxy) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	v, err := p.referent()
	if err != nil {
		return nil, err
	}
	return rt.GetAttr(th, v, name)
}

func (p *weakProxy) SetAttr(th *rt.Thread, name string, val rt.Value) error {
	v, err := p.referent()
	if err != nil {
		return err
	}
	if val == nil {
		return rt.DelAttr(th, v, name)
	}
	return rt.SetAttr(th, v, name, val)
}

func (p *weakProxy) Truth(th *rt.Thread) (bool, error) {
	v, err := p.referent()
	if err != nil {
		return false, err
	}
	return rt.Truth(th, v)
}

func (p *weakProxy) Len(th *rt.Thread) (int, error) {
	v, err := p.referent()
	if err != nil {
		return 0, err
	}
	return rt.Len(th, v)
}

func (p *weakProxy) GetItem(th *rt.Thread, key rt.Value) (rt.Value, error) {
	v, err := p.referent()
	if err != nil {
		return nil, err
	}
	return rt.GetItem(th, v, key)
}

func (p *weakProxy) SetItem(th *rt.Thread, key, val rt.Value) error {
	v, err := p.referent()
	if err != nil {
		return err
	}
	if val == nil {
		return rt.DelItem(th, v, key)
	}
	return rt.SetItem(th, v, key, val)
}

func (p *weakProxy) Iter(th *rt.Thread) (rt.Iterator, error) {
	v, err := p.referent()
	if err != nil {
		return nil, err
	}
	return rt.Iter(th, v)
}

func (p *weakProxy) Contains(th *rt.Thread, item rt.Value) (bool, error) {
	v, err := p.referent()
	if err != nil {
		return false, err
	}
	return rt.Contains(th, v, item)
}

func (p *weakProxy) Compare(th *rt.Thread, op ast.Op, other rt.Value) (rt.Value, error) {
	v, err := p.referent()
	if err != nil {
		return nil, err
	}
	o, err := unwrapProxy(other)
	if err != nil {
		return nil, err
	}
	return rt.Compare(th, op, v, o)
}

func (p *weakProxy) Binary(th *rt.Thread, op ast.Op, other rt.Value, right bool) (rt.Value, error) {
	v, err := p.referent()
	if err != nil {
		return nil, err
	}
	o, err := unwrapProxy(other)
	if err != nil {
		return nil, err
	}
	if right {
		return rt.BinaryOp(th, op, o, v)
	}
	return rt.BinaryOp(th, op, v, o)
}

func (p *weakProxy) Unary(th *rt.Thread, op ast.Op) (rt.Value, error) {
	v, err := p.referent()
	if err != nil {
		return nil, err
	}
	return rt.UnaryOp(th, op, v)
}

// Call forwards a call to a callable referent.
func (p *weakCallableProxy) Call(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	v, err := p.referent()
	if err != nil {
		return nil, err
	}
	return rt.Call(th, v, args, kwargs)
}

var (
	_ rt.HasRepr     = (*weakProxy)(nil)
	_ rt.HasStr      = (*weakProxy)(nil)
	_ rt.HasHash     = (*weakProxy)(nil)
	_ rt.HasAttrs    = (*weakProxy)(nil)
	_ rt.HasSetAttr  = (*weakProxy)(nil)
	_ rt.HasTruth    = (*weakProxy)(nil)
	_ rt.Sized       = (*weakProxy)(nil)
	_ rt.Indexable   = (*weakProxy)(nil)
	_ rt.HasSetItem  = (*weakProxy)(nil)
	_ rt.Iterable    = (*weakProxy)(nil)
	_ rt.HasContains = (*weakProxy)(nil)
	_ rt.HasCompare  = (*weakProxy)(nil)
	_ rt.HasBinary   = (*weakProxy)(nil)
	_ rt.HasUnary    = (*weakProxy)(nil)
	_ rt.Callable    = (*weakCallableProxy)(nil)
)
