package stdlib

import (
	"strings"

	rt "github.com/spindle-lang/spindle/runtime"
)

// pyArgs binds a call to a function that CPython writes in Python (the
// fnmatch, calendar, difflib, ... functions), with the messages of a
// Python def: "f() missing 1 required positional argument: 'x'",
// "f() takes from 1 to 2 positional arguments but 3 were given", "got an
// unexpected keyword argument", "got multiple values for argument".
//
// fname is the function's name, or Class.method for a method (whose
// counts then include self). params are the parameter names; a name ending in "=" has a default, a
// lone "*" starts the keyword-only ones. The result holds one value per
// parameter, nil when a parameter with a default was not passed.
func pyArgs(fname string, args []rt.Value, kwargs []rt.KwArg, params ...string) ([]rt.Value, error) {
	type param struct {
		name     string
		optional bool
		kwOnly   bool
	}
	ps := make([]param, 0, len(params))
	kwOnly := false
	nPos, nReq := 0, 0
	for _, p := range params {
		if p == "*" {
			kwOnly = true
			continue
		}
		opt := strings.HasSuffix(p, "=")
		ps = append(ps, param{strings.TrimSuffix(p, "="), opt, kwOnly})
		if !kwOnly {
			nPos++
			if !opt {
				nReq++
			}
		}
	}
	if len(args) > nPos {
		if strings.Contains(fname, ".") {
			// A method (Class.name): CPython counts self.
			return nil, tooManyPositional(fname, nReq+1, nPos+1, len(args)+1)
		}
		return nil, tooManyPositional(fname, nReq, nPos, len(args))
	}
	out := make([]rt.Value, len(ps))
	copy(out, args)
	for _, kw := range kwargs {
		found := false
		for i, p := range ps {
			if p.name == kw.Name {
				if out[i] != nil {
					return nil, rt.NewError(rt.TypeErrorType, "%s() got multiple values for argument '%s'", fname, kw.Name)
				}
				out[i] = kw.Value
				found = true
				break
			}
		}
		if !found {
			return nil, rt.NewError(rt.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, kw.Name)
		}
	}
	var missing, missingKw []string
	for i, p := range ps {
		if out[i] == nil && !p.optional {
			if p.kwOnly {
				missingKw = append(missingKw, p.name)
			} else {
				missing = append(missing, p.name)
			}
		}
	}
	if len(missing) > 0 {
		return nil, rt.MissingArgsError(fname, "positional", missing)
	}
	if len(missingKw) > 0 {
		return nil, rt.MissingArgsError(fname, "keyword-only", missingKw)
	}
	return out, nil
}

// orDefault is v, or def when v is nil (a parameter not passed).
func orDefault(v, def rt.Value) rt.Value {
	if v == nil {
		return def
	}
	return v
}

// bufferArg returns the contents of a bytes-like argument (bytes,
// bytearray, other buffers) or CPython's TypeError.
func bufferArg(v rt.Value) ([]byte, error) {
	switch b := v.(type) {
	case rt.Bytes:
		return []byte(b), nil
	case *rt.ByteArray:
		return b.Bytes(), nil
	case rt.BytesLike:
		return []byte(b.BytesData()), nil
	}
	return nil, rt.NewError(rt.TypeErrorType, "a bytes-like object is required, not '%s'", rt.TypeName(v))
}
