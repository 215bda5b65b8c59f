package stdlib

import (
	"unicode/utf8"

	rt "github.com/spindle-lang/spindle/runtime"
)

// sys.getsizeof: the size CPython 3.11 reports on a 64-bit build for the
// same value, computed from the value's length and contents with
// CPython's layouts and growth rules (a list as if built by appends, a
// dict or set as if built by insertion), since Spindle's own Go layouts
// are not what a Python programmer compares against. Objects defining
// __sizeof__ are asked, plus CPython's 32-byte GC and dict header.

// addSysSizeof adds getsizeof to a sys module's dict.
func addSysSizeof(d *rt.Dict) {
	d.SetStr("getsizeof", rt.NewFunc("getsizeof", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var obj, dflt rt.Value
		if err := rt.UnpackArgs("getsizeof", args, kwargs, "object", &obj, "default?", &dflt); err != nil {
			return nil, err
		}
		n, err := sizeOf(th, obj)
		if err != nil {
			if dflt != nil && rt.IsInstance(rt.AsException(err), rt.TypeErrorType) {
				return dflt, nil
			}
			return nil, err
		}
		return rt.MakeInt(n), nil
	}))
}

// sizeOf is CPython's sys.getsizeof(v) for v.
func sizeOf(th *rt.Thread, v rt.Value) (int64, error) {
	if inst, ok := v.(*rt.Instance); ok {
		if m := inst.Type().Lookup("__sizeof__"); m != nil {
			if _, builtin := m.(*rt.Builtin); !builtin {
				return userSizeof(th, v)
			}
		}
		if b := instBase(v); b != v {
			n, err := sizeOf(th, b)
			return n + 24, err
		}
		return 56, nil
	}
	switch x := v.(type) {
	case rt.Bool:
		return 28, nil
	case rt.Int, *rt.BigInt:
		return intSizeof(v), nil
	case rt.Float:
		return 24, nil
	case rt.Complex:
		return 32, nil
	case rt.Str:
		return strSizeof(string(x)), nil
	case rt.Bytes:
		return 33 + int64(len(x)), nil
	case *rt.Tuple:
		return 40 + 8*int64(len(x.Items)), nil
	case *rt.List:
		return 56 + 8*listAllocated(x.Len()), nil
	case *rt.Dict:
		return dictSizeof(x), nil
	case *rt.Set:
		return setSizeof(x.Len()), nil
	case *rt.Range:
		return 48, nil
	case *rt.Slice:
		return 56, nil
	case *rt.Module:
		return 72, nil
	case *rt.Type:
		if x.Module() == "builtins" {
			return 424, nil
		}
		return 1688, nil
	}
	switch v.Type() {
	case rt.NoneType:
		return 16, nil
	case rt.ByteArrayType:
		n, err := rt.Len(th, v)
		if n == 0 {
			return 56, err
		}
		return 56 + int64(n) + 1, err
	case rt.FunctionType:
		return 152, nil
	case rt.BuiltinFunctionType, rt.ModuleType:
		return 72, nil
	case rt.GeneratorType:
		return 200, nil
	}
	return 48, nil
}

// userSizeof calls a class's own __sizeof__ and adds the GC header.
func userSizeof(th *rt.Thread, v rt.Value) (int64, error) {
	r, err := rt.CallMethod(th, v, "__sizeof__", nil, nil)
	if err != nil {
		return 0, err
	}
	n, err := rt.IndexInt(r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, rt.NewError(rt.ValueErrorType, "__sizeof__() should return >= 0")
	}
	return int64(n) + 32, nil
}

// intSizeof: 24 bytes and 4 per 30-bit digit (at least one).
func intSizeof(v rt.Value) int64 {
	bits := 0
	switch x := v.(type) {
	case rt.Int:
		n := int64(x)
		if n < 0 {
			n = -n
		}
		for ; n > 0; n >>= 1 {
			bits++
		}
	case *rt.BigInt:
		bits = x.Big().BitLen()
	}
	return 24 + 4*int64(max(1, (bits+29)/30))
}

// strSizeof: a compact string's header and one, two or four bytes per
// character (ASCII strings have the smaller header and a NUL byte).
func strSizeof(s string) int64 {
	maxRune := rune(0)
	for _, r := range s {
		maxRune = max(maxRune, r)
	}
	n := int64(utf8.RuneCountInString(s))
	switch {
	case maxRune < 0x80:
		return 49 + n
	case maxRune < 0x100:
		return 73 + n
	case maxRune < 0x10000:
		return 74 + 2*n
	}
	return 76 + 4*n
}

// listAllocated is the capacity CPython's list_resize reaches after n
// appends.
func listAllocated(n int) int64 {
	alloc := 0
	for i := 1; i <= n; i++ {
		if i > alloc {
			alloc = (i + i>>3 + 6) &^ 3
		}
	}
	return int64(alloc)
}

// dictSizeof: the dict object and, when not empty, its keys table sized
// as insertion grows it (8 slots, then the power of two >= 3*used when
// the usable two thirds are full), with 16-byte entries when every key
// is a str and 24-byte ones otherwise.
func dictSizeof(d *rt.Dict) int64 {
	n := d.Len()
	if n == 0 {
		return 64
	}
	size, used := 8, 0
	for i := 0; i < n; i++ {
		if used == size*2/3 {
			size = 8
			for size < used*3 {
				size <<= 1
			}
		}
		used++
	}
	entry := int64(16)
	for _, k := range d.Keys() {
		if _, ok := k.(rt.Str); !ok {
			entry = 24
			break
		}
	}
	index := int64(1)
	switch {
	case size > 1<<16:
		index = 4
	case size > 128:
		index = 2
	}
	return 64 + 32 + index*int64(size) + entry*int64(size*2/3)
}

// setSizeof: the set object with its 8-slot small table, plus a table of
// 16-byte slots once insertion has grown it (at 3/5 full, to the power of
// two above four times the items).
func setSizeof(n int) int64 {
	mask := 7
	for fill := 1; fill <= n; fill++ {
		if fill*5 >= mask*3 {
			want := fill * 4
			if fill > 50000 {
				want = fill * 2
			}
			size := 8
			for size <= want {
				size <<= 1
			}
			mask = size - 1
		}
	}
	if mask == 7 {
		return 216
	}
	return 216 + 16*int64(mask+1)
}
