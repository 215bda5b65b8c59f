package runtime

import (
	"math"
	"strings"
)

// OneArg returns the single positional argument of a call to built-in
// function fname, or CPython's TypeError for keywords or another count.
func OneArg(fname string, args []Value, kwargs []KwArg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, NewError(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	if len(args) != 1 {
		return nil, NewError(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, len(args))
	}
	return args[0], nil
}

// UnpackArgs binds the positional and keyword arguments of a call to a
// built-in function onto Go variables, producing CPython-style TypeErrors.
//
// pairs alternates parameter names and pointers: "x", &x, "sep?", &sep.
// A name ending in "?" is optional (the pointer keeps its prior value when
// the argument is absent). A lone "*" marks the following parameters
// keyword-only; a lone "/" marks the preceding ones positional-only.
// Supported pointer types: *Value, *int, *int64, *string, *bool, *float64,
// **List, **Dict, **Tuple.
// A None argument for a non-*Value pointer is a TypeError unless the
// parameter is optional, in which case it leaves the pointer unchanged.
func UnpackArgs(fname string, args []Value, kwargs []KwArg, pairs ...any) error {
	type param struct {
		name     string
		ptr      any
		optional bool
		kwOnly   bool
		posOnly  bool
		set      bool
	}
	// The parameters live on the stack (they were one allocation each,
	// per call of every built-in that binds its arguments here).
	var buf [8]param
	params := buf[:0]
	kwOnly := false
	for i := 0; i < len(pairs); i++ {
		name := pairs[i].(string)
		switch name {
		case "*":
			kwOnly = true
			continue
		case "/":
			for j := range params {
				params[j].posOnly = true
			}
			continue
		}
		i++
		params = append(params, param{name: strings.TrimSuffix(name, "?"), ptr: pairs[i], optional: strings.HasSuffix(name, "?"), kwOnly: kwOnly})
	}
	nPos := 0
	for _, p := range params {
		if !p.kwOnly {
			nPos++
		}
	}
	if len(args) > nPos {
		required := 0
		for _, p := range params {
			if !p.kwOnly && !p.optional {
				required++
			}
		}
		if required == nPos {
			if nPos == 1 {
				return NewError(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, len(args))
			}
			return NewError(TypeErrorType, "%s() takes exactly %d arguments (%d given)", fname, nPos, len(args))
		}
		return NewError(TypeErrorType, "%s() takes at most %d argument%s (%d given)", fname, nPos, plural(nPos), len(args))
	}
	for i, a := range args {
		if err := assignArg(fname, params[i].name, params[i].ptr, a, params[i].optional); err != nil {
			return err
		}
		params[i].set = true
	}
	for _, kw := range kwargs {
		var target *param
		for j := range params {
			if params[j].name == kw.Name && !params[j].posOnly {
				target = &params[j]
				break
			}
		}
		if target == nil {
			return NewError(TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, kw.Name)
		}
		if target.set {
			return NewError(TypeErrorType, "argument for %s() given by name ('%s') and position", fname, kw.Name)
		}
		if err := assignArg(fname, target.name, target.ptr, kw.Value, target.optional); err != nil {
			return err
		}
		target.set = true
	}
	for i, p := range params {
		if !p.set && !p.optional {
			if p.kwOnly {
				return NewError(TypeErrorType, "%s() missing required keyword-only argument: '%s'", fname, p.name)
			}
			return NewError(TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, p.name, i+1)
		}
	}
	return nil
}

// assignArg stores v into ptr, converting to the pointer's Go type.
func assignArg(fname, pname string, ptr any, v Value, optional bool) error {
	if p, ok := ptr.(*Value); ok {
		*p = v
		return nil
	}
	if v == None && optional {
		return nil
	}
	switch p := ptr.(type) {
	case *int:
		n, err := unpackInt(fname, pname, v)
		if err != nil {
			return err
		}
		*p = n
	case *int64:
		n, err := unpackInt(fname, pname, v)
		if err != nil {
			return err
		}
		*p = int64(n)
	case *string:
		s, ok := v.(Str)
		if !ok {
			return argTypeError(fname, pname, "str", v)
		}
		*p = string(s)
	case *bool:
		*p = Truthy(v)
	case *float64:
		f, ok := AsFloat(v)
		if !ok {
			return argTypeError(fname, pname, "float", v)
		}
		*p = f
	case **List:
		l, ok := v.(*List)
		if !ok {
			return argTypeError(fname, pname, "list", v)
		}
		*p = l
	case **Dict:
		d, ok := v.(*Dict)
		if !ok {
			return argTypeError(fname, pname, "dict", v)
		}
		*p = d
	case **Tuple:
		t, ok := v.(*Tuple)
		if !ok {
			return argTypeError(fname, pname, "tuple", v)
		}
		*p = t
	default:
		panic("UnpackArgs: unsupported pointer type for " + fname + "." + pname)
	}
	return nil
}

// unpackInt converts an int argument: an int too big for a Go int is
// CPython's OverflowError (as for a C Py_ssize_t parameter), anything
// else that is not an int a TypeError.
func unpackInt(fname, pname string, v Value) (int, error) {
	n, err := IndexInt(v)
	if err == nil {
		return n, nil
	}
	if _, big := v.(*BigInt); big {
		return 0, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return 0, argTypeError(fname, pname, "int", v)
}

// CountArg converts argument pname of fname, an int that counts
// something (semaphore units, a concurrency limit), to a Go int. Ints
// past the Go int range saturate instead of raising OverflowError: no
// program can use up a count of 2**63, so Semaphore(10**30) and
// ThreadGroup(max_concurrency=10**30) are accepted as CPython accepts
// Semaphore(10**30).
func CountArg(fname, pname string, v Value) (int, error) {
	if b, ok := v.(*BigInt); ok {
		if b.v.Sign() < 0 {
			return math.MinInt, nil
		}
		return math.MaxInt, nil
	}
	return unpackInt(fname, pname, v)
}

func argTypeError(fname, pname, want string, v Value) error {
	return NewError(TypeErrorType, "%s() argument '%s' must be %s, not %s", fname, pname, want, TypeName(v))
}

// MissingArgsError is the TypeError of a call that leaves required
// parameters unbound, worded like CPython's: "f() missing 2 required
// positional arguments: 'x' and 'y'" (kind is "positional" or
// "keyword-only").
func MissingArgsError(qual, kind string, names []string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list, s string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	if len(names) != 1 {
		s = "s"
	}
	return NewError(TypeErrorType, "%s() missing %d required %s argument%s: %s", qual, len(names), kind, s, list)
}
