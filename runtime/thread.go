package runtime

import "sync/atomic"

// Thread is one virtual thread: one goroutine running Spindle code. Every
// compiled function receives the current Thread; it is never looked up
// from goroutine-local state.
//
// This is the core-language slice of the Thread: the frame stack and call
// depth. Cancellation scopes, the current thread group, context variables
// and the blocked-on description are added by the virtual-threads work.
type Thread struct {
	Name  string
	Top   *StackFrame // innermost executing frame
	Depth int         // number of active Spindle calls

	// cancelFlag is checked at every loop back-edge and call
	// (Checkpoint); set by cancellation.
	cancelFlag atomic.Bool
}

// StackFrame is the part of an executing frame the runtime needs for
// tracebacks and thread dumps: the code's name and file, and the line
// being executed. The interpreter's frames embed it and keep Line current.
type StackFrame struct {
	Parent *StackFrame
	Code   *CodeInfo
	Line   int
}

// CodeInfo describes a piece of compiled code (a module body, a function,
// a lambda, a comprehension).
type CodeInfo struct {
	Name     string // "<module>", "f", "<lambda>", "<listcomp>"
	Qualname string
	File     string
	Line     int // first line
}

// recursionLimit is sys.getrecursionlimit(); shared by every thread.
var recursionLimit atomic.Int64

func init() { recursionLimit.Store(1000) }

// RecursionLimit returns the current recursion limit.
func RecursionLimit() int { return int(recursionLimit.Load()) }

// SetRecursionLimit sets the recursion limit (sys.setrecursionlimit).
func SetRecursionLimit(n int) { recursionLimit.Store(int64(n)) }

// NewThread makes a thread with an empty frame stack.
func NewThread(name string) *Thread { return &Thread{Name: name} }

// Enter pushes a frame for a call and checks the recursion limit. Every
// successful Enter must be matched by Leave.
func (th *Thread) Enter(f *StackFrame) error {
	if th.Depth >= RecursionLimit() {
		return NewError(RecursionErrorType, "maximum recursion depth exceeded")
	}
	th.Depth++
	f.Parent = th.Top
	th.Top = f
	return nil
}

// Leave pops the frame pushed by Enter.
func (th *Thread) Leave(f *StackFrame) {
	th.Depth--
	th.Top = f.Parent
}

// Checkpoint is called at every loop back-edge and call; it returns
// Cancelled when the thread has been cancelled. It costs one atomic load.
func (th *Thread) Checkpoint() error {
	if th.cancelFlag.Load() {
		return th.cancelError()
	}
	return nil
}

// cancelError is replaced by the virtual-threads work with the real
// cancellation-scope logic.
func (th *Thread) cancelError() error {
	return NewError(KeyboardInterruptType)
}
