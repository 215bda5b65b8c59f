package runtime

// Interrupts from outside the program (Ctrl-C in the REPL).
//
// A KeyboardInterrupt is posted to the main thread with Thread.Interrupt:
// its next checkpoint or blocking call raises it once (thread.go). The
// REPL also needs to drop an interrupt that arrived too late to be
// delivered (the statement ended first), so that it does not hit the
// next statement typed.

// NewKeyboardInterrupt makes the exception Ctrl-C raises.
func NewKeyboardInterrupt() *Exception { return &Exception{Class: KeyboardInterruptType} }

// ClearInterrupt removes a pending interrupt of th and reports whether
// there was one.
func (th *Thread) ClearInterrupt() bool { return th.takeInterrupt() != nil }
