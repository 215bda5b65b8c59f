package runtime

// complex(real=0, imag=0), after CPython 3.11's complex_new_impl: a string
// is parsed (complex_parse.go); otherwise __complex__ is tried, then the
// arguments are taken as numbers (complex, or anything with __float__ or
// __index__), and the result is real + imag*1j computed part by part, so
// complex(1j, 1j) is (-1+1j).

func newComplex(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
	for _, kw := range kwargs {
		if kw.Name != "real" && kw.Name != "imag" {
			return nil, NewError(TypeErrorType, "'%s' is an invalid keyword argument for complex()", kw.Name)
		}
	}
	var r, i Value
	if err := UnpackArgs("complex", args, kwargs, "real?", &r, "imag?", &i); err != nil {
		return nil, err
	}
	if r == nil {
		r = MakeInt(0)
	}
	if s, ok := r.(Str); ok {
		if i != nil {
			return nil, NewError(TypeErrorType, "complex() can't take second arg if first is a string")
		}
		return ComplexFromString(string(s))
	}
	if _, ok := i.(Str); ok {
		return nil, NewError(TypeErrorType, "complex() second arg can't be a string")
	}
	if c, ok := r.(Complex); ok && i == nil {
		return c, nil
	}
	cr, rIsComplex, err := complexArg(th, r, true)
	if err != nil {
		return nil, err
	}
	ci := complex(imag(cr), 0)
	iIsComplex := false
	if i != nil {
		if ci, iIsComplex, err = complexArg(th, i, false); err != nil {
			return nil, err
		}
	}
	re, im := real(cr), real(ci)
	if iIsComplex {
		re -= imag(ci)
	}
	if rIsComplex && i != nil {
		im += imag(cr)
	}
	return NewComplex(re, im), nil
}

// complexArg converts one argument of complex(): through __complex__ (the
// first argument only), as a complex, or as a float. isComplex reports
// whether the value was a complex (its imaginary part counts).
func complexArg(th *Thread, v Value, first bool) (c complex128, isComplex bool, err error) {
	if first {
		if r, ok, err := complexDunder(th, v); ok || err != nil {
			return complex128(r), true, err
		}
	}
	if x, ok := complexOf(v); ok {
		return complex128(x), true, nil
	}
	if !isNumber(v) && !hasFloatOrIndex(v) {
		if first {
			return 0, false, NewError(TypeErrorType, "complex() first argument must be a string or a number, not '%s'", TypeName(v))
		}
		return 0, false, NewError(TypeErrorType, "complex() second argument must be a number, not '%s'", TypeName(v))
	}
	if inst, ok := v.(*Instance); ok && v.Type().Lookup("__float__") == nil {
		// PyFloat_AsDouble's fallback to __index__.
		if iv, ok, err := instanceIndex(th, inst); ok {
			if err != nil {
				return 0, false, err
			}
			f, err := toFloat(iv)
			return complex(f, 0), false, err
		}
	}
	f, err := toFloatValue(th, v)
	if err != nil {
		return 0, false, err
	}
	return complex(float64(f.(Float)), 0), false, nil
}

// complexDunder calls v.__complex__() when v's class (not complex itself)
// defines it.
func complexDunder(th *Thread, v Value) (Complex, bool, error) {
	if _, ok := v.(*Instance); !ok {
		return 0, false, nil
	}
	if v.Type().Lookup("__complex__") == nil {
		return 0, false, nil
	}
	r, err := CallMethod(th, v, "__complex__", nil, nil)
	if err != nil {
		return 0, true, err
	}
	c, ok := complexOf(r)
	if !ok {
		return 0, true, NewError(TypeErrorType, "__complex__ returned non-complex (type %s)", TypeName(r))
	}
	return c, true, nil
}

// hasFloatOrIndex reports whether v's class defines __float__ or __index__
// (CPython's nb_float / nb_index test in complex()).
func hasFloatOrIndex(v Value) bool {
	if _, ok := v.(HasIndex); ok {
		return true
	}
	t := v.Type()
	return t.Lookup("__float__") != nil || t.Lookup("__index__") != nil
}

// AsComplex is CPython's PyComplex_AsCComplex for a number argument (the
// cmath functions): a complex or complex subclass as it is, else the
// result of __complex__. ok is false for anything else, which the caller
// converts as a float (with that conversion's TypeError).
func AsComplex(th *Thread, v Value) (c complex128, ok bool, err error) {
	if x, ok := complexOf(v); ok {
		return complex128(x), true, nil
	}
	r, ok, err := complexDunder(th, v)
	return complex128(r), ok, err
}
