package runtime

import (
	"math"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Allocation limits.
//
// A Go allocation that the operating system refuses is fatal: the runtime
// prints "out of memory" and kills the process, and no recover() can stop
// it. CPython answers the same requests ("x" * 10**12, bytearray(10**13),
// list(range(10**15))) with MemoryError. So every operation whose result
// size is known before it is built (repetition, padding, bytes(n),
// list(range(n)), shifts and powers of ints) asks CheckAlloc first and
// raises MemoryError instead of allocating.
//
// The limit (MaxAlloc) is the memory the process could ever get: the
// machine's physical memory plus swap, lowered by the cgroup memory limit
// and the address-space rlimit when they are smaller (see
// alloc_limit_linux.go; 1 TiB where the system cannot tell). A single
// object larger than that can never be built, so refusing it changes no
// program that could have run; objects below it are left to the Go
// runtime, as CPython leaves them to malloc. Growth one item at a time
// (appending in a loop, set(range(10**13))) is not checked: like CPython
// under Linux overcommit, such a program runs until the system stops it.
//
// Ints have a second bound, maxIntBits: math/big multiplies by Karatsuba
// only, so one multiplication of two ints of that size already takes
// hours; 10 ** (10 ** 10) would "hang" long before it ran out of memory.
// Raising MemoryError for results past it turns such hangs into
// exceptions.

// maxIntBits bounds the size of a computed int (2**32 bits, 512 MiB,
// about 1.3 billion decimal digits).
const maxIntBits = 1 << 32

// fallbackMaxAlloc is the limit where the system's memory is unknown.
const fallbackMaxAlloc = 1 << 40

var maxAlloc = sync.OnceValue(func() int64 {
	n := systemMemory()
	if n <= 0 {
		return fallbackMaxAlloc
	}
	return n
})

// maxAllocOverride, when positive, replaces the system's limit (see
// SetMaxAlloc).
var maxAllocOverride atomic.Int64

// MaxAlloc returns the largest single allocation, in bytes, that
// CheckAlloc allows.
func MaxAlloc() int64 {
	if n := maxAllocOverride.Load(); n > 0 {
		return n
	}
	return maxAlloc()
}

// SetMaxAlloc sets the limit MaxAlloc returns for the whole process (n
// <= 0 restores the system's). A process that runs untrusted code under
// tight bounds, such as the execution fuzzer, lowers it so that a single
// object can never be larger than n bytes.
func SetMaxAlloc(n int64) { maxAllocOverride.Store(n) }

// CheckAlloc returns a MemoryError when n items of size bytes each (n*size
// bytes, checked for overflow) exceed MaxAlloc, and nil otherwise. Call it
// before allocating a result whose size is known in advance.
func CheckAlloc(n, size int) error {
	if n < 0 || size < 0 {
		return NewError(MemoryErrorType)
	}
	if size != 0 && int64(n) > MaxAlloc()/int64(size) {
		return NewError(MemoryErrorType)
	}
	return nil
}

// CheckAllocPlus is CheckAlloc for a result of base bytes plus n items of
// size bytes (padding, concatenation), checked for overflow.
func CheckAllocPlus(base, n, size int) error {
	if err := CheckAlloc(n, size); err != nil {
		return err
	}
	if base < 0 || base > math.MaxInt-n*size {
		return NewError(MemoryErrorType)
	}
	return CheckAlloc(base+n*size, 1)
}

// valueSize is the size of a Value (an interface: two words), the item
// size of lists and tuples.
const valueSize = int(unsafe.Sizeof(Value(nil)))

// checkRepeat checks a repetition of items items (of size bytes each) n
// times: a MemoryError when the count overflows or the result is too
// large.
func checkRepeat(items, n, size int) error {
	if items == 0 || n <= 1 {
		return nil
	}
	if items > math.MaxInt/n {
		return NewError(MemoryErrorType)
	}
	return CheckAlloc(items*n, size)
}

// sizeArg converts a width or count argument like CPython's Py_ssize_t
// converter: an int too large for it is an OverflowError.
func sizeArg(v Value) (int, error) {
	n, err := IndexInt(v)
	if err != nil && IsIntValue(v) {
		return 0, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return n, err
}

// checkReplace checks s.replace(old, new, count) before building it;
// empties is the number of places an empty old matches (code points + 1
// for str, bytes + 1 for bytes).
func checkReplace(s, old, new string, count, empties int) error {
	if len(new) <= len(old) {
		return nil
	}
	m := empties
	if old != "" {
		m = strings.Count(s, old)
	}
	if count >= 0 && count < m {
		m = count
	}
	return CheckAllocPlus(len(s)-m*len(old), m, len(new))
}

// checkRangeAlloc checks that the items of r fit in memory before they are
// collected (list(range(10**15)) is a MemoryError at once in CPython,
// which sizes the list from the range's length first; a length past
// ssize_t is an OverflowError).
func checkRangeAlloc(r *Range) error {
	n := r.Length()
	if n > math.MaxInt64 {
		return NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return CheckAlloc(int(n), valueSize)
}

// checkPowBits checks a ** b (|a| >= 2, b >= 0) before computing it: the
// result has about b * log2|a| bits.
func checkPowBits(a, b *big.Int) error {
	if !b.IsInt64() {
		return NewError(MemoryErrorType)
	}
	f, _ := new(big.Float).SetInt(a).Float64()
	lg := math.Log2(math.Abs(f))
	if math.IsInf(lg, 0) {
		lg = float64(a.BitLen())
	}
	bits := float64(b.Int64()) * lg
	if bits > maxIntBits {
		return NewError(MemoryErrorType)
	}
	return checkIntBits(int64(bits))
}

// checkShiftBits checks a << b (a != 0, b >= 0). Like CPython, a shift
// whose count in 30-bit digits does not fit a Py_ssize_t is an
// OverflowError, any other one too large a MemoryError.
func checkShiftBits(a, b *big.Int) error {
	if !b.IsInt64() {
		if new(big.Int).Quo(b, big.NewInt(30)).IsInt64() {
			return NewError(MemoryErrorType)
		}
		return NewError(OverflowErrorType, "too many digits in integer")
	}
	if b.Int64() > maxIntBits {
		return NewError(MemoryErrorType)
	}
	return checkIntBits(int64(a.BitLen()) + b.Int64())
}

// checkIntBits returns a MemoryError when an int result of bits bits is
// past maxIntBits or cannot be allocated.
func checkIntBits(bits int64) error {
	if bits < 0 || bits > maxIntBits {
		return NewError(MemoryErrorType)
	}
	return CheckAlloc(int(bits/8)+1, 1)
}
