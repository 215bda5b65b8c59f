package stdlib

import (
	"math"

	rt "github.com/spindle-lang/spindle/runtime"
	"github.com/spindle-lang/spindle/runtime/libm"
)

//go:generate sh -c "python3 gen_cmath_special.py > cmath_special.go"

// The cmath module, after CPython 3.11's cmathmodule.c: the same
// algorithms (argument scaling to avoid spurious overflow, log1p near
// |z| = 1, the rotations asin(z) = -i asinh(iz) ...) over libm, the
// C99 Annex G results for infinite and NaN parts (cmath_special.go,
// generated from CPython), and its errors: "math domain error"
// (ValueError) where C would signal invalid or divide-by-zero, "math
// range error" (OverflowError) on overflow. The functions themselves are
// in cmath_funcs.go.

// cmathErr is the errno of a cmath computation.
type cmathErr int

const (
	cmOK     cmathErr = iota
	cmDomain          // EDOM: ValueError
	cmRange           // ERANGE: OverflowError
)

func (e cmathErr) err() error {
	switch e {
	case cmDomain:
		return errDomain()
	case cmRange:
		return errRange()
	}
	return nil
}

func newCmathModule() *rt.Module {
	m := rt.NewModule("cmath")
	setMathConstants(m)
	m.Dict.SetStr("infj", rt.NewComplex(0, math.Inf(1)))
	m.Dict.SetStr("nanj", rt.NewComplex(0, math.NaN()))
	for name, fn := range map[string]func(complex128) (complex128, cmathErr){
		"acos": cmAcos, "acosh": cmAcosh, "asin": cmAsin, "asinh": cmAsinh, "atan": cmAtan, "atanh": cmAtanh,
		"cos": cmCos, "cosh": cmCosh, "exp": cmExp, "log10": cmLog10, "sin": cmSin, "sinh": cmSinh,
		"sqrt": cmSqrt, "tan": cmTan, "tanh": cmTanh,
	} {
		m.Dict.SetStr(name, cmath1(name, fn))
	}
	for name, fn := range map[string]func(complex128) bool{
		"isfinite": func(z complex128) bool { return isFinite(real(z)) && isFinite(imag(z)) },
		"isnan":    func(z complex128) bool { return math.IsNaN(real(z)) || math.IsNaN(imag(z)) },
		"isinf":    func(z complex128) bool { return math.IsInf(real(z), 0) || math.IsInf(imag(z), 0) },
	} {
		m.Dict.SetStr(name, cmathFunc(name, func(th *rt.Thread, z complex128) (rt.Value, error) {
			return rt.Bool(fn(z)), nil
		}))
	}
	m.Dict.SetStr("phase", cmathFunc("phase", func(th *rt.Thread, z complex128) (rt.Value, error) {
		phi := libm.Atan2(imag(z), real(z))
		if phi == 0 && imag(z) != 0 && isFinite(real(z)) {
			// glibc's atan2 sets ERANGE when the angle underflows to
			// zero, and CPython's phase reports it.
			return nil, errRange()
		}
		return rt.Float(phi), nil
	}))
	m.Dict.SetStr("polar", cmathFunc("polar", func(th *rt.Thread, z complex128) (rt.Value, error) {
		phi := libm.Atan2(imag(z), real(z))
		r, err := rt.ComplexAbs(rt.Complex(z))
		if err != nil {
			return nil, errRange()
		}
		return rt.NewTuple([]rt.Value{r, rt.Float(phi)}), nil
	}))
	m.Dict.SetStr("rect", rt.NewFunc("rect", cmathRect))
	m.Dict.SetStr("log", rt.NewFunc("log", cmathLog))
	m.Dict.SetStr("isclose", rt.NewFunc("isclose", cmathIsclose))
	return m
}

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// cmathArg converts an argument as CPython's "D" format does: a complex,
// __complex__, or else a real number.
func cmathArg(th *rt.Thread, v rt.Value) (complex128, error) {
	c, ok, err := rt.AsComplex(th, v)
	if ok || err != nil {
		return c, err
	}
	f, err := toFloat(th, v)
	return complex(f, 0), err
}

// cmathFunc is a one-argument cmath function.
func cmathFunc(name string, fn func(th *rt.Thread, z complex128) (rt.Value, error)) *rt.Builtin {
	b := rt.NewFunc1("cmath."+name, func(th *rt.Thread, a rt.Value) (rt.Value, error) {
		z, err := cmathArg(th, a)
		if err != nil {
			return nil, err
		}
		return fn(th, z)
	})
	b.Name = name
	return b
}

// cmath1 is a complex function of one complex argument.
func cmath1(name string, fn func(complex128) (complex128, cmathErr)) *rt.Builtin {
	return cmathFunc(name, func(th *rt.Thread, z complex128) (rt.Value, error) {
		r, e := fn(z)
		if e != cmOK {
			return nil, e.err()
		}
		return rt.Complex(r), nil
	})
}

// cmathLog is log(z[, base]). As in CPython, only the errno of the last
// step counts: log(0, 2) is (-inf+nanj), log(2, 1) a domain error.
func cmathLog(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(kwargs) > 0 {
		return nil, rt.NewError(rt.TypeErrorType, "cmath.log() takes no keyword arguments")
	}
	switch {
	case len(args) < 1:
		return nil, rt.NewError(rt.TypeErrorType, "log expected at least 1 argument, got %d", len(args))
	case len(args) > 2:
		return nil, rt.NewError(rt.TypeErrorType, "log expected at most 2 arguments, got %d", len(args))
	}
	x, err := cmathArg(th, args[0])
	if err != nil {
		return nil, err
	}
	r, e := cmLog(x)
	if len(args) == 2 {
		y, err := cmathArg(th, args[1])
		if err != nil {
			return nil, err
		}
		var ly complex128
		ly, e = cmLog(y)
		if q, ok := rt.ComplexQuot(r, ly); ok {
			r = q
		} else {
			r, e = 0, cmDomain
		}
	}
	if e != cmOK {
		return nil, e.err()
	}
	return rt.Complex(r), nil
}

// cmathRect is rect(r, phi).
func cmathRect(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(kwargs) > 0 {
		return nil, rt.NewError(rt.TypeErrorType, "cmath.rect() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, rt.NewError(rt.TypeErrorType, "rect expected 2 arguments, got %d", len(args))
	}
	r, err := toFloat(th, args[0])
	if err != nil {
		return nil, err
	}
	phi, err := toFloat(th, args[1])
	if err != nil {
		return nil, err
	}
	z, e := cmRect(r, phi)
	if e != cmOK {
		return nil, e.err()
	}
	return rt.Complex(z), nil
}

// cmathIsclose is isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
func cmathIsclose(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(args) > 2 {
		return nil, rt.NewError(rt.TypeErrorType, "isclose() takes exactly 2 positional arguments (%d given)", len(args))
	}
	names := [...]string{"a", "b", "rel_tol", "abs_tol"}
	var vals [4]rt.Value
	copy(vals[:], args)
	var dup error
	for _, kw := range kwargs {
		i := 0
		for i < len(names) && names[i] != kw.Name {
			i++
		}
		switch {
		case i == len(names):
			return nil, rt.NewError(rt.TypeErrorType, "'%s' is an invalid keyword argument for isclose()", kw.Name)
		case vals[i] != nil && dup == nil:
			dup = rt.NewError(rt.TypeErrorType, "argument for isclose() given by name ('%s') and position (%d)", kw.Name, i+1)
		}
		vals[i] = kw.Value
	}
	for i := 0; i < 2; i++ {
		if vals[i] == nil {
			return nil, rt.NewError(rt.TypeErrorType, "isclose() missing required argument '%s' (pos %d)", names[i], i+1)
		}
	}
	if dup != nil {
		return nil, dup
	}
	a, err := cmathArg(th, vals[0])
	if err != nil {
		return nil, err
	}
	b, err := cmathArg(th, vals[1])
	if err != nil {
		return nil, err
	}
	relTol, absTol := 1e-09, 0.0
	if vals[2] != nil {
		if relTol, err = toFloat(th, vals[2]); err != nil {
			return nil, err
		}
	}
	if vals[3] != nil {
		if absTol, err = toFloat(th, vals[3]); err != nil {
			return nil, err
		}
	}
	if relTol < 0 || absTol < 0 {
		return nil, rt.NewError(rt.ValueErrorType, "tolerances must be non-negative")
	}
	if a == b {
		return rt.True, nil
	}
	if math.IsInf(real(a), 0) || math.IsInf(imag(a), 0) || math.IsInf(real(b), 0) || math.IsInf(imag(b), 0) {
		return rt.False, nil
	}
	diff := cmAbs(a - b)
	return rt.Bool(diff <= relTol*cmAbs(b) || diff <= relTol*cmAbs(a) || diff <= absTol), nil
}

// cmAbs is _Py_c_abs without its overflow error (isclose ignores it).
func cmAbs(z complex128) float64 {
	r, err := rt.ComplexAbs(rt.Complex(z))
	if err != nil {
		return math.Inf(1)
	}
	return float64(r.(rt.Float))
}
