package runtime

// Big ints owned by a local variable.
//
// In a pidigits-style loop, `q, r, t = q*k, (2*q + r)*l, t*l` makes three
// big ints of tens of kilobytes per iteration and drops the previous
// three. CPython frees each one as its reference count drops and reuses
// the block at once; here they would stay garbage until the next
// collection, and the heap (peak RSS) grows with the allocation rate.
//
// So a local variable can own a big int: the interpreter stores a fresh
// result of an arithmetic expression (BigIntOpInto, BigAddSubInto — no
// one else has seen it) into a local whose every read that hands the
// value on detaches it (the frame's mutable-int-box locals, interp's
// scope.inPlace), and marks it owned (Own). Handing the value on (a
// detaching read, or an operator that may call user code with it) ends
// the ownership (Disown). When the interpreter overwrites the variable
// while it still owns its big int, nothing else can refer to that int,
// and its storage goes back to the temporaries of int_fresh.go for the
// next result (ReleaseOwned). Reads that only consume the number (the
// operands of int arithmetic and comparisons) keep the ownership.
//
// The flag is written only while the int is owned, that is by the one
// thread whose frame holds it; everyone else only reads false.

// Own marks b, a fresh temporary that is being stored into a local
// variable whose reads detach, as owned by that variable.
func (b *BigInt) Own() { b.owned = true }

// Disown ends the ownership of v (when v is an owned big int): it is
// being handed on, so it must not be reused when its variable is
// overwritten.
func Disown(v Value) {
	if b, ok := v.(*BigInt); ok && b.owned {
		b.owned = false
	}
}

// ReleaseOwned is called with the previous value of a local variable
// that has just been overwritten: if the variable owned that big int,
// no one else can see it and its storage is reused (ReleaseBigTemp).
func ReleaseOwned(v Value) {
	if b, ok := v.(*BigInt); ok && b.owned {
		b.owned = false
		ReleaseBigTemp(b)
	}
}
