package spindle

import (
	"context"
	"fmt"
	"math"
	"reflect"

	"github.com/spindle-lang/spindle/runtime"
)

var (
	contextType = reflect.TypeOf((*context.Context)(nil)).Elem()
	errorType   = reflect.TypeOf((*error)(nil)).Elem()
	valueType   = reflect.TypeOf((*Value)(nil)).Elem()
)

// FuncOf wraps a plain Go function as a Spindle function named name,
// converting its arguments and results (a reflection-based adapter over
// Func):
//
//   - It may take a context.Context first (the GoFunc's ctx); its other
//     parameters are filled from the positional arguments: a Value
//     parameter gets the argument as is, an `any` parameter gets
//     FromValue's result, and bool, integer, float, string and []byte
//     parameters, and slices and string-keyed maps of those, get the
//     converted argument (an int is accepted for a float). A variadic
//     function takes any number of trailing arguments.
//   - It returns nothing, a result, an error, or a result and an error;
//     the result is converted with ToValue.
//
// A call with the wrong number of arguments, keyword arguments or an
// argument that does not convert raises TypeError, as for a built-in
// function. FuncOf returns an error when fn is not a function of this
// shape.
func FuncOf(name string, fn any) (Value, error) {
	fv := reflect.ValueOf(fn)
	ft := fv.Type()
	if ft.Kind() != reflect.Func {
		return nil, fmt.Errorf("spindle: FuncOf(%q): %T is not a function", name, fn)
	}
	first := 0
	if ft.NumIn() > 0 && ft.In(0) == contextType {
		first = 1
	}
	switch {
	case ft.NumOut() > 2,
		ft.NumOut() == 2 && ft.Out(1) != errorType:
		return nil, fmt.Errorf("spindle: FuncOf(%q): results must be (), (T), (error) or (T, error)", name)
	}
	nparams := ft.NumIn() - first
	return Func(name, func(ctx context.Context, args []Value, kwargs map[string]Value) (Value, error) {
		if len(kwargs) > 0 {
			return nil, Raise("TypeError", name+"() takes no keyword arguments")
		}
		if ft.IsVariadic() && len(args) < nparams-1 || !ft.IsVariadic() && len(args) != nparams {
			return nil, Raise("TypeError", fmt.Sprintf("%s() takes %s (%d given)", name, countText(nparams, ft.IsVariadic()), len(args)))
		}
		in := make([]reflect.Value, 0, first+len(args))
		if first == 1 {
			in = append(in, reflect.ValueOf(ctx))
		}
		for i, a := range args {
			var t reflect.Type
			if ft.IsVariadic() && i >= nparams-1 {
				t = ft.In(ft.NumIn() - 1).Elem()
			} else {
				t = ft.In(first + i)
			}
			v, err := goArg(a, t)
			if err != nil {
				return nil, Raise("TypeError", fmt.Sprintf("%s() argument %d: %v", name, i+1, err))
			}
			in = append(in, v)
		}
		out := fv.Call(in)
		if n := len(out); n > 0 && ft.Out(n-1) == errorType {
			if err, _ := out[n-1].Interface().(error); err != nil {
				return nil, err
			}
			out = out[:n-1]
		}
		if len(out) == 0 {
			return runtime.None, nil
		}
		return ToValue(out[0].Interface())
	}), nil
}

func countText(n int, variadic bool) string {
	switch {
	case variadic:
		return fmt.Sprintf("at least %d arguments", n-1)
	case n == 1:
		return "exactly one argument"
	}
	return fmt.Sprintf("%d arguments", n)
}

// goArg converts a Spindle argument to a Go parameter of type t.
func goArg(a Value, t reflect.Type) (reflect.Value, error) {
	if t == valueType {
		return reflect.ValueOf(&a).Elem(), nil
	}
	g, err := FromValue(a)
	if err != nil {
		return reflect.Value{}, fmt.Errorf("cannot use '%s' as Go %s", runtime.TypeName(a), t)
	}
	v, ok := assignable(g, t)
	if !ok {
		return reflect.Value{}, fmt.Errorf("cannot use '%s' as Go %s", runtime.TypeName(a), t)
	}
	return v, nil
}

// assignable converts g, a FromValue result, to type t.
func assignable(g any, t reflect.Type) (reflect.Value, bool) {
	if t.Kind() == reflect.Interface && t.NumMethod() == 0 {
		if g == nil {
			return reflect.Zero(t), true
		}
		return reflect.ValueOf(g), true
	}
	switch t.Kind() {
	case reflect.Bool:
		b, ok := g.(bool)
		return reflect.ValueOf(b).Convert(t), ok
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, ok := g.(int64)
		v := reflect.New(t).Elem()
		if !ok || v.OverflowInt(i) {
			return reflect.Value{}, false
		}
		v.SetInt(i)
		return v, true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		i, ok := g.(int64)
		v := reflect.New(t).Elem()
		if !ok || i < 0 || v.OverflowUint(uint64(i)) {
			return reflect.Value{}, false
		}
		v.SetUint(uint64(i))
		return v, true
	case reflect.Float32, reflect.Float64:
		var f float64
		switch x := g.(type) {
		case float64:
			f = x
		case int64:
			f = float64(x)
		default:
			return reflect.Value{}, false
		}
		v := reflect.New(t).Elem()
		if t.Kind() == reflect.Float32 && math.Abs(f) > math.MaxFloat32 && !math.IsInf(f, 0) {
			return reflect.Value{}, false
		}
		v.SetFloat(f)
		return v, true
	case reflect.String:
		s, ok := g.(string)
		return reflect.ValueOf(s).Convert(t), ok
	case reflect.Slice:
		if b, ok := g.([]byte); ok && t.Elem().Kind() == reflect.Uint8 {
			return reflect.ValueOf(b).Convert(t), true
		}
		items, ok := g.([]any)
		if !ok {
			return reflect.Value{}, false
		}
		s := reflect.MakeSlice(t, len(items), len(items))
		for i, it := range items {
			v, ok := assignable(it, t.Elem())
			if !ok {
				return reflect.Value{}, false
			}
			s.Index(i).Set(v)
		}
		return s, true
	case reflect.Map:
		m, ok := g.(map[string]any)
		if !ok || t.Key().Kind() != reflect.String {
			return reflect.Value{}, false
		}
		out := reflect.MakeMapWithSize(t, len(m))
		for k, it := range m {
			v, ok := assignable(it, t.Elem())
			if !ok {
				return reflect.Value{}, false
			}
			out.SetMapIndex(reflect.ValueOf(k).Convert(t.Key()), v)
		}
		return out, true
	}
	return reflect.Value{}, false
}
