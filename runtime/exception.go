package runtime

import (
	"fmt"
	"strings"
	"sync"
	"unsafe"
)

// Exception is a Python exception instance. It is also a Go error: compiled
// code returns it up the Go call stack until an `except` clause matches
// its Class (by MRO). The object is its own error value, so `raise e`
// and `except E as e` see the same object.
type Exception struct {
	Class *Type
	Args  []Value

	Cause           *Exception // __cause__ (raise ... from ...)
	Context         *Exception // __context__ (raised while handling another)
	SuppressContext bool       // set by `raise ... from`
	Notes           []string   // add_note()
	Suppressed      []*Exception

	// Traceback lists the frames the exception passed through, innermost
	// first; the interpreter appends one entry per frame as it unwinds.
	Traceback []TracebackEntry

	// Attrs holds extra attributes (StopIteration.value, SystemExit.code,
	// OSError.errno, and anything user code sets). Lazily allocated.
	Attrs *Dict

	// group is set on BaseExceptionGroup instances (exception_group.go).
	group *excGroup

	// suggest computes the "Did you mean" name when a traceback prints
	// (SetSuggestionFunc), so it sees the scopes as they are then.
	suggest func() string

	// Payload is free for the object model: a user subclass of an
	// exception keeps its instance data here.
	Payload any
}

// TracebackEntry is one line of a traceback.
type TracebackEntry struct {
	File string
	Line int
	Name string // function name, "<module>"
	// Pos is the span of the expression that raised in that frame (0:
	// unknown), for the marker line under the source line.
	Pos Span
	// Frame is what the interpreter recorded of the frame, to make
	// tb_frame from when asked (nil: tb_frame is None). See
	// interp/frameobj.go.
	Frame any
}

// Type returns the exception's class.
func (e *Exception) Type() *Type { return e.Class }

// Error formats the exception as the last line of a traceback:
// "ValueError: bad value".
func (e *Exception) Error() string {
	msg := e.Message()
	if msg == "" {
		return e.Class.Name()
	}
	return e.Class.Name() + ": " + msg
}

// Message is str(exc) for the common cases that need no user code: the
// single argument's str, or the args tuple's repr. KeyError uses repr of
// its single argument, as CPython does.
func (e *Exception) Message() string {
	if e.Class.IsSubtype(UnicodeErrorType) {
		if s, ok, _ := e.unicodeErrorStr(nil); ok {
			return s
		}
	}
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if e.Class.IsSubtype(KeyErrorType) {
			s, _ := Repr(nil, e.Args[0])
			return s
		}
		s, _ := ToStr(nil, e.Args[0])
		return s
	}
	s, _ := Repr(nil, NewTuple(e.Args))
	return s
}

// AddTraceback records that the exception passed through a frame.
//
// One exception object may unwind through several threads at once (a
// module whose body failed, re-raised to every thread waiting for the
// import; a shared exception raised or re-raised by many threads), so
// Traceback is only touched under a lock (striped by address: no field,
// so Exception values stay copyable); readers use TracebackEntries.
func (e *Exception) AddTraceback(file string, line int, name string, pos Span) {
	e.AddTracebackEntry(TracebackEntry{File: file, Line: line, Name: name, Pos: pos})
}

// AddTracebackEntry is AddTraceback with the entry made by the caller
// (with its frame object).
func (e *Exception) AddTracebackEntry(entry TracebackEntry) {
	mu := e.tbLock()
	mu.Lock()
	e.Traceback = append(e.Traceback, entry)
	mu.Unlock()
}

// TracebackEntries returns the traceback so far. Later AddTraceback
// calls do not change the returned slice.
func (e *Exception) TracebackEntries() []TracebackEntry {
	mu := e.tbLock()
	mu.Lock()
	tb := e.Traceback[:len(e.Traceback):len(e.Traceback)]
	mu.Unlock()
	return tb
}

// setTraceback replaces the traceback (__traceback__ assignment).
func (e *Exception) setTraceback(tb []TracebackEntry) {
	mu := e.tbLock()
	mu.Lock()
	e.Traceback = tb
	mu.Unlock()
}

var tbLocks [64]sync.Mutex

func (e *Exception) tbLock() *sync.Mutex {
	return &tbLocks[(uintptr(unsafe.Pointer(e))>>6)%uintptr(len(tbLocks))]
}

// NewError makes an exception of class cls. With no format arguments
// beyond msg, msg is used verbatim; with none at all, args is empty.
func NewError(cls *Type, msgAndArgs ...any) *Exception {
	if len(msgAndArgs) == 0 {
		return &Exception{Class: cls}
	}
	msg, _ := msgAndArgs[0].(string)
	if len(msgAndArgs) > 1 {
		msg = fmt.Sprintf(msg, msgAndArgs[1:]...)
	}
	return &Exception{Class: cls, Args: []Value{Str(msg)}}
}

// NewException makes an exception of class cls with the given args.
func NewException(cls *Type, args ...Value) *Exception {
	return &Exception{Class: cls, Args: args}
}

// AsException converts any error into a Python exception. Go errors that
// are not *Exception become SystemError (an interpreter bug surfaced
// safely).
func AsException(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	return NewError(SystemErrorType, "internal error: %v", err)
}

// IsExc reports whether err is a Python exception of class cls (or a
// subclass).
func IsExc(err error, cls *Type) bool {
	e, ok := err.(*Exception)
	return ok && e.Class.IsSubtype(cls)
}

// excTypes maps names to exception classes, for the builtins module.
var excTypes = map[string]*Type{}

// ExceptionTypes returns all built-in exception classes by name.
func ExceptionTypes() map[string]*Type { return excTypes }

func newExcType(name string, base *Type) *Type {
	t := NewBuiltinType(name, base)
	t.Exception = true
	excTypes[name] = t
	return t
}

func init() {
	for _, t := range excTypes {
		t.New = newExceptionInstance
	}
}

func newExceptionInstance(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, NewError(TypeErrorType, "%s() takes no keyword arguments", cls.Name())
	}
	return &Exception{Class: cls, Args: append([]Value(nil), args...)}, nil
}

// The built-in exception hierarchy (the part programs name).
var (
	BaseExceptionType       = newExcType("BaseException", nil)
	SystemExitType          = newExcType("SystemExit", BaseExceptionType)
	KeyboardInterruptType   = newExcType("KeyboardInterrupt", BaseExceptionType)
	GeneratorExitType       = newExcType("GeneratorExit", BaseExceptionType)
	ExceptionType           = newExcType("Exception", BaseExceptionType)
	StopIterationType       = newExcType("StopIteration", ExceptionType)
	ArithmeticErrorType     = newExcType("ArithmeticError", ExceptionType)
	FloatingPointErrorType  = newExcType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType       = newExcType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType   = newExcType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType      = newExcType("AssertionError", ExceptionType)
	AttributeErrorType      = newExcType("AttributeError", ExceptionType)
	BufferErrorType         = newExcType("BufferError", ExceptionType)
	EOFErrorType            = newExcType("EOFError", ExceptionType)
	ImportErrorType         = newExcType("ImportError", ExceptionType)
	ModuleNotFoundErrorType = newExcType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType         = newExcType("LookupError", ExceptionType)
	IndexErrorType          = newExcType("IndexError", LookupErrorType)
	KeyErrorType            = newExcType("KeyError", LookupErrorType)
	MemoryErrorType         = newExcType("MemoryError", ExceptionType)
	NameErrorType           = newExcType("NameError", ExceptionType)
	UnboundLocalErrorType   = newExcType("UnboundLocalError", NameErrorType)
	OSErrorType             = newExcType("OSError", ExceptionType)
	FileExistsErrorType     = newExcType("FileExistsError", OSErrorType)
	FileNotFoundErrorType   = newExcType("FileNotFoundError", OSErrorType)
	IsADirectoryErrorType   = newExcType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType  = newExcType("NotADirectoryError", OSErrorType)
	PermissionErrorType     = newExcType("PermissionError", OSErrorType)
	TimeoutErrorType        = newExcType("TimeoutError", OSErrorType)
	ConnectionErrorType     = newExcType("ConnectionError", OSErrorType)
	BrokenPipeErrorType     = newExcType("BrokenPipeError", ConnectionErrorType)
	InterruptedErrorType    = newExcType("InterruptedError", OSErrorType)
	ReferenceErrorType      = newExcType("ReferenceError", ExceptionType)
	RuntimeErrorType        = newExcType("RuntimeError", ExceptionType)
	NotImplementedErrorType = newExcType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType      = newExcType("RecursionError", RuntimeErrorType)
	SyntaxErrorType         = newExcType("SyntaxError", ExceptionType)
	IndentationErrorType    = newExcType("IndentationError", SyntaxErrorType)
	TabErrorType            = newExcType("TabError", IndentationErrorType)
	SystemErrorType         = newExcType("SystemError", ExceptionType)
	TypeErrorType           = newExcType("TypeError", ExceptionType)
	ValueErrorType          = newExcType("ValueError", ExceptionType)
	UnicodeErrorType        = newExcType("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType  = newExcType("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType  = newExcType("UnicodeEncodeError", UnicodeErrorType)
	WarningType             = newExcType("Warning", ExceptionType)
	UserWarningType         = newExcType("UserWarning", WarningType)
	DeprecationWarningType  = newExcType("DeprecationWarning", WarningType)
	RuntimeWarningType      = newExcType("RuntimeWarning", WarningType)

	StopAsyncIterationType        = newExcType("StopAsyncIteration", ExceptionType)
	UnicodeTranslateErrorType     = newExcType("UnicodeTranslateError", UnicodeErrorType)
	SyntaxWarningType             = newExcType("SyntaxWarning", WarningType)
	FutureWarningType             = newExcType("FutureWarning", WarningType)
	PendingDeprecationWarningType = newExcType("PendingDeprecationWarning", WarningType)
	ImportWarningType             = newExcType("ImportWarning", WarningType)
	UnicodeWarningType            = newExcType("UnicodeWarning", WarningType)
	BytesWarningType              = newExcType("BytesWarning", WarningType)
	ResourceWarningType           = newExcType("ResourceWarning", WarningType)
	EncodingWarningType           = newExcType("EncodingWarning", WarningType)
)

// FormatExceptionOnly returns the last line of a traceback for e, using
// str(e) (which may run user code through th).
func FormatExceptionOnly(th *Thread, e *Exception) string {
	name := e.Class.Name()
	if e.Class.Module() != "builtins" && e.Class.Module() != "" && e.Class.Module() != "__main__" {
		name = e.Class.Module() + "." + name
	}
	msg, err := ToStr(th, e)
	if err != nil {
		msg = "<exception str() failed>"
	}
	if msg == "" {
		return name
	}
	return name + ": " + strings.TrimRight(msg, "")
}
