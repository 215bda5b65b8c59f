package spindle

import (
	"github.com/spindle-lang/spindle/runtime"
)

// Error is a Spindle exception that escaped a call (Exec, Eval, Call),
// or one a Go function raises (Raise).
type Error struct {
	// Type is the exception's class name ("ValueError", "SyntaxError").
	Type string
	// Message is str() of the exception ("" when it has no arguments).
	Message string
	// Traceback is the exception as Spindle prints an uncaught one:
	// "Traceback (most recent call last):", the frames, then the last
	// line "Type: Message" (for a SyntaxError, the file, line, text and
	// caret).
	Traceback string

	exc   *runtime.Exception
	cause error // the context's error when the call was cancelled
}

// Error returns the last line of the traceback: "Type: Message", or the
// type alone when the message is empty.
func (e *Error) Error() string {
	if e.Message == "" {
		return e.Type
	}
	return e.Type + ": " + e.Message
}

// Unwrap returns the context's error when the exception ended a call
// whose context was cancelled (an exception raised while the threads
// were unwinding), else nil.
func (e *Error) Unwrap() error { return e.cause }

// Value returns the exception object.
func (e *Error) Value() Value { return e.exc }

// Matches reports whether the exception is an instance of the built-in
// exception class named typeName or of a subclass of it, as an except
// clause would (e.Matches("LookupError") for a KeyError).
func (e *Error) Matches(typeName string) bool {
	t, ok := exceptionClass(typeName)
	return ok && e.exc.Class.IsSubtype(t)
}

// Raise returns an error that a Go function returns to raise a Spindle
// exception of the built-in class named typeName (ValueError,
// KeyError, ...) with message msg. An unknown name raises RuntimeError.
func Raise(typeName, msg string) error {
	t, ok := exceptionClass(typeName)
	if !ok {
		t = runtime.RuntimeErrorType
	}
	exc := runtime.NewException(t, runtime.Str(msg))
	return &Error{Type: t.Name(), Message: msg, exc: exc}
}

// exceptionClass finds a built-in exception class by name.
func exceptionClass(name string) (*runtime.Type, bool) {
	v, ok := runtime.Builtins.GetStr(name)
	if !ok {
		return nil, false
	}
	t, ok := v.(*runtime.Type)
	if !ok || !t.IsSubtype(runtime.BaseExceptionType) {
		return nil, false
	}
	return t, true
}

// wrapError turns what running code returned into the error a call
// returns.
func wrapError(th *runtime.Thread, err error, cause error) error {
	if err == nil {
		return nil
	}
	if e, ok := err.(*Error); ok {
		return e
	}
	exc, ok := err.(*runtime.Exception)
	if !ok {
		return err
	}
	msg, serr := exc.Str(th)
	if serr != nil {
		msg = exc.Message()
	}
	return &Error{Type: exc.Class.Name(), Message: msg, Traceback: runtime.FormatTraceback(th, exc), exc: exc, cause: cause}
}
