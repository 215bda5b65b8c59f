package runtime

import (
	"fmt"
	"sort"
	"sync/atomic"
)

// Context variables (LANGUAGE.md §2.8).
//
// A thread's context is an immutable map from ContextVar to value
// (ctxMap); ContextVar.set replaces the thread's map with a modified copy.
// A spawned thread starts with its parent's map pointer — copying the
// context at spawn costs one pointer, and the child's own sets (copies)
// are never seen by the parent. Programs use a handful of variables, so
// copy-on-write stays cheap.
//
// A token remembers the context it was made in, as CPython's does: the
// thread (each thread has a context of its own, a copy of its parent's)
// or the Context whose run() the thread was in. Resetting it in another
// context is a ValueError. Context.run marks the map it installs with
// the Context (ctxMap.in); the mark is copied on write, and counts only
// while that Context's run() is on the thread itself (a child spawned
// inside run() shares the map but has a context of its own).

type ctxMap struct {
	m  map[*ContextVar]Value
	in *ContextObject // the Context whose run() installed the map, or nil
}

func (c *ctxMap) get(v *ContextVar) (Value, bool) {
	if c == nil {
		return nil, false
	}
	x, ok := c.m[v]
	return x, ok
}

// with returns a copy of c with v set to x (x nil: v removed).
func (c *ctxMap) with(v *ContextVar, x Value) *ctxMap {
	n := &ctxMap{m: make(map[*ContextVar]Value, c.size()+1)}
	if c != nil {
		n.in = c.in
		for k, val := range c.m {
			n.m[k] = val
		}
	}
	if x == nil {
		delete(n.m, v)
	} else {
		n.m[v] = x
	}
	return n
}

func (c *ctxMap) size() int {
	if c == nil {
		return 0
	}
	return len(c.m)
}

// ContextVar is contextvars.ContextVar.
type ContextVar struct {
	Name    string
	Default Value // nil: no default
}

// ContextToken is what ContextVar.set returns, for reset.
type ContextToken struct {
	v    *ContextVar
	old  Value // nil: the variable had no value
	ctx  any   // the context it was made in (see contextOf)
	used atomic.Bool
}

// contextOf identifies th's current context: the Context whose run() th
// is in, else th itself.
func contextOf(th *Thread) any {
	if c := th.ctx; c != nil && c.in != nil && c.in.runner.Load() == th {
		return c.in
	}
	return th
}

// ContextObject is a snapshot of a thread's context (copy_context()).
type ContextObject struct {
	m       *ctxMap
	entered atomic.Bool            // inside run() on some thread
	runner  atomic.Pointer[Thread] // the thread in run(), or nil
}

// Types of the contextvars module.
var (
	ContextVarType   = NewBuiltinType("ContextVar", nil)
	ContextTokenType = NewBuiltinType("Token", nil)
	ContextType      = NewBuiltinType("Context", nil)
)

func init() {
	for _, t := range []*Type{ContextVarType, ContextTokenType, ContextType} {
		t.SetModule("_contextvars")
		t.Final = true
	}
}

// Type returns ContextVarType.
func (*ContextVar) Type() *Type { return ContextVarType }

// Type returns ContextTokenType.
func (*ContextToken) Type() *Type { return ContextTokenType }

// Type returns ContextType.
func (*ContextObject) Type() *Type { return ContextType }

// Get returns v's value in th's context, else def, else v's default; ok
// is false when there is none (LookupError).
func (v *ContextVar) Get(th *Thread, def Value) (Value, bool) {
	if x, ok := th.ctx.get(v); ok {
		return x, true
	}
	if def != nil {
		return def, true
	}
	if v.Default != nil {
		return v.Default, true
	}
	return nil, false
}

// Set sets v in th's context and returns a token for Reset.
func (v *ContextVar) Set(th *Thread, x Value) *ContextToken {
	old, _ := th.ctx.get(v)
	th.ctx = th.ctx.with(v, x)
	return &ContextToken{v: v, old: old, ctx: contextOf(th)}
}

// Reset restores the value v had before the Set that made tok.
func (v *ContextVar) Reset(th *Thread, tok *ContextToken) error {
	// CPython's order of checks: used, variable, context.
	if tok.used.Load() {
		return NewError(RuntimeErrorType, "%s has already been used once", tokenRepr(th, tok))
	}
	if tok.v != v {
		return NewError(ValueErrorType, "%s was created by a different ContextVar", tokenRepr(th, tok))
	}
	if tok.ctx != contextOf(th) {
		return NewError(ValueErrorType, "%s was created in a different Context", tokenRepr(th, tok))
	}
	tok.used.Store(true) // only a thread in tok's context gets here
	th.ctx = th.ctx.with(v, tok.old)
	return nil
}

// tokenRepr is CPython's <Token used var=<ContextVar ...> at 0x...>.
func tokenRepr(th *Thread, tok *ContextToken) string {
	used := ""
	if tok.used.Load() {
		used = " used"
	}
	v, _ := tok.v.Repr(th)
	return fmt.Sprintf("<Token%s var=%s at %#x>", used, v, Id(tok))
}

// Repr is CPython's <ContextVar name='x' ...>.
func (v *ContextVar) Repr(th *Thread) (string, error) {
	if v.Default != nil {
		d, err := Repr(th, v.Default)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("<ContextVar name='%s' default=%s at %#x>", v.Name, d, Id(v)), nil
	}
	return fmt.Sprintf("<ContextVar name='%s' at %#x>", v.Name, Id(v)), nil
}

// Repr is <Token ...>.
func (tok *ContextToken) Repr(th *Thread) (string, error) { return tokenRepr(th, tok), nil }

// GetAttr exposes ContextVar.name.
func (v *ContextVar) GetAttr(th *Thread, name string) (Value, error) {
	if name == "name" {
		return Str(v.Name), nil
	}
	return nil, nil
}

// TokenMissing is Token.MISSING.
var TokenMissing = &tokenMissing{}

type tokenMissing struct{ _ byte }

var tokenMissingType = NewBuiltinType("Token.MISSING", nil)

func (*tokenMissing) Type() *Type                     { return tokenMissingType }
func (*tokenMissing) Repr(th *Thread) (string, error) { return "<Token.MISSING>", nil }

// GetAttr exposes Token.var and Token.old_value.
func (tok *ContextToken) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "var":
		return tok.v, nil
	case "old_value":
		if tok.old == nil {
			return TokenMissing, nil
		}
		return tok.old, nil
	}
	return nil, nil
}

// CopyContext is contextvars.copy_context().
func CopyContext(th *Thread) *ContextObject { return &ContextObject{m: th.ctx} }

// Run calls fn in the context c on th: sets made by fn stay in c. A
// context is entered by one run() at a time, as in CPython.
func (c *ContextObject) Run(th *Thread, fn Value, args []Value, kwargs []KwArg) (Value, error) {
	if c.entered.Swap(true) {
		return nil, NewError(RuntimeErrorType, "cannot enter context: %s is already entered", defaultRepr(c))
	}
	defer c.entered.Store(false)
	saved := th.ctx
	th.ctx = &ctxMap{in: c}
	if c.m != nil {
		th.ctx.m = c.m.m // immutable: shared
	}
	c.runner.Store(th)
	v, err := Call(th, fn, args, kwargs)
	c.runner.Store(nil)
	c.m = th.ctx
	th.ctx = saved
	return v, err
}

// vars returns the variables set in c, in a stable order (by name, then
// creation).
func (c *ContextObject) vars() []*ContextVar {
	var out []*ContextVar
	if c.m != nil {
		for v := range c.m.m {
			out = append(out, v)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return Id(out[i]) < Id(out[j])
	})
	return out
}

// Iter iterates over the variables set in the context.
func (c *ContextObject) Iter(th *Thread) (Iterator, error) {
	vs := c.vars()
	items := make([]Value, len(vs))
	for i, v := range vs {
		items[i] = v
	}
	return NewList(items).Iter(th)
}

// Len is the number of variables set in the context.
func (c *ContextObject) Len(th *Thread) (int, error) { return c.m.size(), nil }

// GetItem is ctx[var].
func (c *ContextObject) GetItem(th *Thread, key Value) (Value, error) {
	v, ok := key.(*ContextVar)
	if !ok {
		return nil, NewError(TypeErrorType, "a ContextVar key was expected, got %s", reprOrType(th, key))
	}
	if x, ok := c.m.get(v); ok {
		return x, nil
	}
	return nil, NewException(KeyErrorType, key)
}

// Contains is var in ctx.
func (c *ContextObject) Contains(th *Thread, key Value) (bool, error) {
	v, ok := key.(*ContextVar)
	if !ok {
		return false, NewError(TypeErrorType, "a ContextVar key was expected, got %s", reprOrType(th, key))
	}
	_, ok = c.m.get(v)
	return ok, nil
}

func reprOrType(th *Thread, v Value) string {
	s, err := Repr(th, v)
	if err != nil {
		return TypeName(v)
	}
	return s
}

func init() {
	ContextVarType.New = func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		if len(args) != 1 {
			how := "exactly"
			if len(args) > 1 {
				how = "at most"
			}
			return nil, NewError(TypeErrorType, "ContextVar() takes %s 1 positional argument (%d given)", how, len(args))
		}
		var def Value
		if err := UnpackArgs("ContextVar", nil, kwargs, "*", "default?", &def); err != nil {
			return nil, err
		}
		name := args[0]
		s, ok := name.(Str)
		if !ok {
			return nil, NewError(TypeErrorType, "context variable name must be a str")
		}
		return &ContextVar{Name: string(s), Default: def}, nil
	}
	ContextVarType.AddMethods(
		NewMethod("get", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if len(kwargs) > 0 {
				return nil, NewError(TypeErrorType, "ContextVar.get() takes no keyword arguments")
			}
			var def Value
			if err := UnpackArgs("get", args, nil, "default?", &def); err != nil {
				return nil, err
			}
			v := self.(*ContextVar)
			x, ok := v.Get(th, def)
			if !ok {
				return nil, NewException(LookupErrorType, v)
			}
			return x, nil
		}),
		NewMethod("set", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var x Value
			if err := UnpackArgs("set", args, kwargs, "value", &x); err != nil {
				return nil, err
			}
			return self.(*ContextVar).Set(th, x), nil
		}),
		NewMethod("reset", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var t Value
			if err := UnpackArgs("reset", args, kwargs, "token", &t); err != nil {
				return nil, err
			}
			tok, ok := t.(*ContextToken)
			if !ok {
				return nil, NewError(TypeErrorType, "expected an instance of Token, got %s", reprOrType(th, t))
			}
			return None, self.(*ContextVar).Reset(th, tok)
		}),
	)
	ContextTokenType.Dict.SetStr("MISSING", TokenMissing)
	ContextType.New = func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		if err := UnpackArgs("Context", args, kwargs); err != nil {
			return nil, err
		}
		return &ContextObject{}, nil
	}
	ContextType.AddMethods(
		NewMethod("run", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			if len(args) == 0 {
				return nil, NewError(TypeErrorType, "run() missing 1 required positional argument")
			}
			return self.(*ContextObject).Run(th, args[0], args[1:], kwargs)
		}),
		NewMethod("copy", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			return &ContextObject{m: self.(*ContextObject).m}, nil
		}),
		NewMethod("keys", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			return ctxItems(self, func(v *ContextVar, x Value) Value { return v }), nil
		}),
		NewMethod("values", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			return ctxItems(self, func(v *ContextVar, x Value) Value { return x }), nil
		}),
		NewMethod("items", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			return ctxItems(self, func(v *ContextVar, x Value) Value { return NewTuple([]Value{v, x}) }), nil
		}),
		NewMethod("get", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			var key, def Value = nil, None
			if err := UnpackArgs("get", args, kwargs, "key", &key, "default?", &def); err != nil {
				return nil, err
			}
			v, ok := key.(*ContextVar)
			if !ok {
				return nil, NewError(TypeErrorType, "a ContextVar key was expected, got %s", reprOrType(th, key))
			}
			if x, ok := self.(*ContextObject).m.get(v); ok {
				return x, nil
			}
			return def, nil
		}),
	)
}

// ctxItems is Context.keys/values/items: a list of f(var, value) for the
// variables set in the context.
func ctxItems(self Value, f func(v *ContextVar, x Value) Value) Value {
	c := self.(*ContextObject)
	vs := c.vars()
	out := make([]Value, len(vs))
	for i, v := range vs {
		x, _ := c.m.get(v)
		out[i] = f(v, x)
	}
	return NewList(out)
}

// ClearContextVars gives th, on th itself, an empty context (every
// variable at its default): a threading.Thread and a ThreadPoolExecutor
// worker start so, as in CPython (threads spawned with async: or spawn
// inherit a copy, §2.8).
func ClearContextVars(th *Thread) { th.ctx = nil }
