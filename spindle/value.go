package spindle

import (
	"fmt"
	"math"
	"math/big"
	"reflect"

	"github.com/spindle-lang/spindle/runtime"
)

// Value is a Spindle value: an int, a str, a list, a function, a class
// instance, ... (see package runtime). A Go nil is never a Value:
// Spindle's None is None.
type Value = runtime.Value

// None is Spindle's None.
var None Value = runtime.None

// ToValue converts a Go value to a Spindle value:
//
//	nil                             None
//	bool                            bool
//	int, int8 ... int64, uint ...   int
//	*big.Int                        int (a copy)
//	float32, float64                float
//	string                          str
//	[]byte                          bytes (a copy)
//	a slice or array of other types list (elements converted)
//	a map                           dict (keys and values converted;
//	                                keys must be hashable, so no slices)
//	a Value                         itself
//
// Other types (structs, pointers, channels, funcs) are an error; wrap a
// Go function with Func.
func ToValue(x any) (Value, error) {
	switch x := x.(type) {
	case nil:
		return runtime.None, nil
	case Value:
		return x, nil
	case bool:
		return runtime.Bool(x), nil
	case int:
		return runtime.MakeInt(int64(x)), nil
	case int8:
		return runtime.MakeInt(int64(x)), nil
	case int16:
		return runtime.MakeInt(int64(x)), nil
	case int32:
		return runtime.MakeInt(int64(x)), nil
	case int64:
		return runtime.MakeInt(x), nil
	case uint:
		return uintValue(uint64(x)), nil
	case uint8:
		return runtime.MakeInt(int64(x)), nil
	case uint16:
		return runtime.MakeInt(int64(x)), nil
	case uint32:
		return runtime.MakeInt(int64(x)), nil
	case uint64:
		return uintValue(x), nil
	case *big.Int:
		if x == nil {
			return runtime.None, nil
		}
		return runtime.NewBigInt(new(big.Int).Set(x)), nil
	case float32:
		return runtime.Float(x), nil
	case float64:
		return runtime.Float(x), nil
	case string:
		return runtime.Str(x), nil
	case []byte:
		return runtime.Bytes(string(x)), nil
	}
	return reflectValue(reflect.ValueOf(x))
}

func uintValue(u uint64) Value {
	if u <= math.MaxInt64 {
		return runtime.MakeInt(int64(u))
	}
	return runtime.NewBigInt(new(big.Int).SetUint64(u))
}

// reflectValue converts slices, arrays and maps of any element type.
func reflectValue(rv reflect.Value) (Value, error) {
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return runtime.NewList(nil), nil
		}
		items := make([]Value, rv.Len())
		for i := range items {
			v, err := ToValue(rv.Index(i).Interface())
			if err != nil {
				return nil, err
			}
			items[i] = v
		}
		return runtime.NewList(items), nil
	case reflect.Map:
		d := runtime.NewDict()
		iter := rv.MapRange()
		for iter.Next() {
			k, err := ToValue(iter.Key().Interface())
			if err != nil {
				return nil, err
			}
			v, err := ToValue(iter.Value().Interface())
			if err != nil {
				return nil, err
			}
			if err := d.SetItem(nil, k, v); err != nil {
				return nil, fmt.Errorf("spindle: cannot use %s as a dict key: %v", runtime.TypeName(k), err)
			}
		}
		return d, nil
	}
	return nil, fmt.Errorf("spindle: cannot convert Go %T to a Spindle value", rv.Interface())
}

// FromValue converts a Spindle value to a Go value:
//
//	None             nil
//	bool             bool
//	int              int64, or *big.Int when it does not fit
//	float            float64
//	str              string
//	bytes, bytearray []byte (a copy)
//	list, tuple      []any (elements converted)
//	set, frozenset   []any (elements converted, in iteration order)
//	dict             map[string]any when every key is a str, else
//	                 map[any]any (keys converted; a key that converts
//	                 to a []byte, []any or map is an error)
//
// Other values (functions, class instances, modules, ...) are an error;
// keep them as Values.
func FromValue(v Value) (any, error) {
	switch v := v.(type) {
	case nil:
		return nil, fmt.Errorf("spindle: FromValue of a nil Value")
	case *runtime.NoneValue:
		return nil, nil
	case runtime.Bool:
		return bool(v), nil
	case runtime.Int:
		return int64(v), nil
	case *runtime.BigInt:
		return new(big.Int).Set(v.Big()), nil
	case runtime.Float:
		return float64(v), nil
	case runtime.Str:
		return string(v), nil
	case runtime.Bytes:
		return []byte(v), nil
	case *runtime.ByteArray:
		return v.Bytes(), nil
	case *runtime.List:
		return fromValues(v.Snapshot())
	case *runtime.Tuple:
		return fromValues(v.Items)
	case *runtime.Set:
		return fromValues(v.Elems())
	case *runtime.Dict:
		return fromDict(v)
	}
	return nil, fmt.Errorf("spindle: cannot convert Spindle '%s' to a Go value", runtime.TypeName(v))
}

func fromValues(vs []Value) ([]any, error) {
	out := make([]any, len(vs))
	for i, v := range vs {
		g, err := FromValue(v)
		if err != nil {
			return nil, err
		}
		out[i] = g
	}
	return out, nil
}

func fromDict(d *runtime.Dict) (any, error) {
	items := d.Items()
	allStr := true
	for _, kv := range items {
		if _, ok := kv[0].(runtime.Str); !ok {
			allStr = false
			break
		}
	}
	if allStr {
		m := make(map[string]any, len(items))
		for _, kv := range items {
			v, err := FromValue(kv[1])
			if err != nil {
				return nil, err
			}
			m[string(kv[0].(runtime.Str))] = v
		}
		return m, nil
	}
	m := make(map[any]any, len(items))
	for _, kv := range items {
		k, err := FromValue(kv[0])
		if err != nil {
			return nil, err
		}
		if k != nil && !reflect.TypeOf(k).Comparable() {
			return nil, fmt.Errorf("spindle: dict key %s has no comparable Go form", runtime.TypeName(kv[0]))
		}
		v, err := FromValue(kv[1])
		if err != nil {
			return nil, err
		}
		m[k] = v
	}
	return m, nil
}
