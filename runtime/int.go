package runtime

import (
	"math"
	"math/big"
)

// Int is a Python int that fits in int64 — the fast path. Results that
// overflow are promoted to *BigInt; a *BigInt is never in int64 range
// (NewBigInt normalises), so each integer has exactly one representation.
type Int int64

// BigInt is a Python int outside int64 range. Immutable once any code
// but the local variable that owns it can see it (int_owned.go).
type BigInt struct {
	v     *big.Int
	owned bool // held by one local variable only (int_owned.go)
}

// IntType is `int`.
var IntType = NewBuiltinType("int", nil)

// Type returns IntType.
func (Int) Type() *Type { return IntType }

// Type returns IntType.
func (*BigInt) Type() *Type { return IntType }

// Big returns the value as a big.Int (do not modify).
func (b *BigInt) Big() *big.Int { return b.v }

const (
	smallIntMin = -256
	smallIntMax = 4096
)

// smallInts holds boxed Values for small ints so that MakeInt does not
// allocate for them.
var smallInts = func() []Value {
	vs := make([]Value, smallIntMax-smallIntMin+1)
	for i := range vs {
		vs[i] = Int(int64(i + smallIntMin))
	}
	return vs
}()

// MakeInt boxes an int64, without allocating for small values.
func MakeInt(i int64) Value {
	if i >= smallIntMin && i <= smallIntMax {
		return smallInts[i-smallIntMin]
	}
	return Int(i)
}

// NewBigInt returns an int Value for b, an Int if it fits in int64. b is
// owned by the result afterwards.
func NewBigInt(b *big.Int) Value {
	if b.IsInt64() {
		return MakeInt(b.Int64())
	}
	return &BigInt{v: b}
}

// ToBig returns v (an Int, *BigInt or Bool) as a new big.Int.
func ToBig(v Value) *big.Int {
	switch x := v.(type) {
	case Int:
		return big.NewInt(int64(x))
	case *BigInt:
		return new(big.Int).Set(x.v)
	case Bool:
		if x {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	}
	return nil
}

// AsInt64 returns v as an int64 when v is an int (or bool) that fits.
func AsInt64(v Value) (int64, bool) {
	switch x := v.(type) {
	case Int:
		return int64(x), true
	case Bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// IsIntValue reports whether v is an int (including bool).
func IsIntValue(v Value) bool {
	switch v.(type) {
	case Int, *BigInt, Bool:
		return true
	}
	return false
}

// AsFloat converts an int, bool or float to float64.
func AsFloat(v Value) (float64, bool) {
	switch x := v.(type) {
	case Float:
		return float64(x), true
	case Int:
		return float64(x), true
	case Bool:
		if x {
			return 1, true
		}
		return 0, true
	case *BigInt:
		f, _ := new(big.Float).SetInt(x.v).Float64()
		return f, !math.IsInf(f, 0)
	}
	return 0, false
}

// IndexInt converts an int-like value (int, bool, or an object with
// __index__ via HasIndex) to a Go int, for indices and counts.
func IndexInt(v Value) (int, error) {
	switch x := v.(type) {
	case Int:
		return int(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return 0, NewError(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	case HasIndex:
		iv, err := x.Index()
		if err != nil {
			return 0, err
		}
		return IndexInt(iv)
	case *Instance:
		if iv, ok, err := instanceIndex(nil, x); ok {
			if err != nil {
				return 0, err
			}
			return IndexInt(iv)
		}
	}
	return 0, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(v))
}

// HasIndex values can be used as integers (__index__).
type HasIndex interface {
	Index() (Value, error)
}
