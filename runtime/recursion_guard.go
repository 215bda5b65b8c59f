package runtime

// Recursion guards.
//
// Every thread of Spindle runs on a goroutine, and a goroutine whose
// stack passes the limit set with debug.SetMaxStack is killed with a
// fatal "goroutine stack exceeds" error that nothing can recover. Python
// code must never get there, so the depth of everything that recurses on
// the Go stack is counted in Thread.Depth and bounded:
//
//   - Python calls (Thread.Enter) count one level each;
//   - native recursion into nested data counts one level per container:
//     repr/str (EnterRepr), ==/</... between containers (EnterCompare),
//     hashing, deep copies and the like (EnterNative). Each raises
//     RecursionError with CPython's message ("... in comparison", "...
//     while getting the repr of an object") once the depth reaches the
//     recursion limit.
//
// sys.setrecursionlimit accepts any positive value, as in CPython, but
// the depth actually allowed is also bounded by MaxDepth, which keeps the
// Go stack of the deepest thread well below the interpreter's
// debug.SetMaxStack (4 GiB, set by interp), which leaves 20 KiB of Go
// stack per level. Measured with sys.setrecursionlimit(10**6) and
// recursion until RecursionError (peak RSS of the whole process, which
// includes the old stack while a grown one is copied): a plain recursive
// function 240 MB, recursion through __eq__ 260 MB, through repr() of a
// user __repr__ 420 MB, through map() or a sorted() key 850 MB, i.e. at
// most about 4 KiB per level, a margin of five. A program that raises the
// limit past MaxDepth gets RecursionError at MaxDepth instead of a crash.
// Hashing, which CPython does not bound at all, is bounded by MaxDepth
// only.

// MaxDepth bounds Thread.Depth whatever the recursion limit.
const MaxDepth = 200_000

// depthLimit is the depth th may reach: its recursion limit, at most
// MaxDepth.
func (th *Thread) depthLimit() int {
	return min(int(th.Env().recursionLimit.Load()), MaxDepth)
}

// enterDepth counts one level of recursion against limit. th may be nil
// (Go callers without a thread): a fresh thread then carries the count
// for the nested calls, and is returned for them to use.
func enterDepth(th *Thread, limit func(*Thread) int, what string) (*Thread, error) {
	if th == nil {
		th = NewThread("")
	}
	if int(th.Depth) >= limit(th) {
		return th, NewError(RecursionErrorType, "maximum recursion depth exceeded%s", what)
	}
	th.Depth++
	return th, nil
}

// EnterNative counts one level of native recursion (a builtin recursing
// into nested data) against the recursion limit; what is appended to the
// RecursionError message (e.g. " while calling a Python object"). Every
// successful EnterNative must be matched by LeaveNative on the returned
// thread.
func EnterNative(th *Thread, what string) (*Thread, error) {
	return enterDepth(th, (*Thread).depthLimit, what)
}

// LeaveNative undoes a successful EnterNative, EnterRepr or
// EnterCompare.
func LeaveNative(th *Thread) { th.Depth-- }

// EnterRepr is EnterNative for repr() and str() of containers.
func EnterRepr(th *Thread) (*Thread, error) {
	return EnterNative(th, " while getting the repr of an object")
}

// EnterCompare is EnterNative for rich comparisons.
func EnterCompare(th *Thread) (*Thread, error) {
	return EnterNative(th, " in comparison")
}

// enterHash counts a level of hashing against MaxDepth only (CPython
// hashes nested tuples without a recursion check).
func enterHash(th *Thread) (*Thread, error) {
	return enterDepth(th, func(*Thread) int { return MaxDepth }, "")
}
