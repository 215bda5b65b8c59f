package runtime

import (
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	"github.com/spindle-lang/spindle/ast"
)

// Python-visible attributes and methods of exceptions.
//
// Most attributes are computed from the Exception's fields and Args on
// demand (StopIteration.value is args[0], OSError.errno is args[0], ...)
// rather than stored at construction, so exceptions created from Go with
// NewError/NewException need no extra set-up. Assigning any attribute
// stores it in e.Attrs, which then takes precedence — the same dict serves
// as the instance dict of user-defined exception subclasses.

// TracebackType is the type of the objects __traceback__ returns.
var TracebackType = NewBuiltinType("traceback", nil)

var (
	excStrMethod  *Builtin
	excReprMethod *Builtin
)

func init() {
	for _, t := range excTypes {
		if t.IsSubtype(OSErrorType) {
			t.New = newOSErrorInstance
		}
	}
	excStrMethod = NewMethod("__str__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
		e, err := excSelf("__str__", self, args, kwargs)
		if err != nil {
			return nil, err
		}
		s, err := e.defaultStr(th)
		return Str(s), err
	})
	excReprMethod = NewMethod("__repr__", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
		e, err := excSelf("__repr__", self, args, kwargs)
		if err != nil {
			return nil, err
		}
		s, err := e.defaultRepr(th)
		return Str(s), err
	})
	BaseExceptionType.AddMethods(excStrMethod, excReprMethod,
		NewMethod("add_note", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			e, ok := self.(*Exception)
			if !ok {
				return nil, NewError(TypeErrorType, "descriptor 'add_note' requires a 'BaseException' object")
			}
			var note Value
			if err := UnpackArgs("add_note", args, kwargs, "note", &note); err != nil {
				return nil, err
			}
			s, ok := note.(Str)
			if !ok {
				return nil, NewError(TypeErrorType, "note must be a str, not '%s'", TypeName(note))
			}
			return None, e.AddNote(th, string(s))
		}),
		NewMethod("with_traceback", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			e, ok := self.(*Exception)
			if !ok {
				return nil, NewError(TypeErrorType, "descriptor 'with_traceback' requires a 'BaseException' object")
			}
			var tb Value
			if err := UnpackArgs("with_traceback", args, kwargs, "tb", &tb); err != nil {
				return nil, err
			}
			if err := e.SetAttr(th, "__traceback__", tb); err != nil {
				return nil, err
			}
			return e, nil
		}),
	)
}

// newOSErrorInstance is OSError's constructor: OSError(errno, strerror
// [, filename[, winerror[, filename2]]]) keeps (errno, strerror) as args,
// stores the file names as attributes and, called on OSError itself,
// picks the subclass matching errno (OSError(2, 'x') is a
// FileNotFoundError), as CPython does.
func newOSErrorInstance(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, NewError(TypeErrorType, "%s() takes no keyword arguments", cls.Name())
	}
	e := &Exception{Class: cls, Args: append([]Value(nil), args...)}
	if len(args) < 2 || len(args) > 5 {
		return e, nil
	}
	if cls == OSErrorType {
		if n, ok := args[0].(Int); ok {
			e.Class = osErrorClass(syscall.Errno(n))
		}
	}
	if len(args) >= 3 {
		e.attrs().SetStr("filename", args[2])
		if len(args) == 5 {
			e.attrs().SetStr("filename2", args[4])
		}
		e.Args = e.Args[:2]
	}
	return e, nil
}

func excSelf(name string, self Value, args []Value, kwargs []KwArg) (*Exception, error) {
	e, ok := self.(*Exception)
	if !ok {
		return nil, NewError(TypeErrorType, "descriptor '%s' requires a 'BaseException' object but received a '%s'", name, TypeName(self))
	}
	if len(args) > 0 || len(kwargs) > 0 {
		return nil, NewError(TypeErrorType, "%s() takes no arguments (%d given)", name, len(args)+len(kwargs))
	}
	return e, nil
}

// AddNote appends a note (add_note), keeping a __notes__ list that user
// code obtained in step.
func (e *Exception) AddNote(th *Thread, note string) error {
	e.Notes = append(e.Notes, note)
	if e.Attrs != nil {
		if v, ok := e.Attrs.GetStr("__notes__"); ok {
			l, ok := v.(*List)
			if !ok {
				return NewError(TypeErrorType, "Cannot add note: __notes__ is not a list")
			}
			l.Append(Str(note))
		}
	}
	return nil
}

// Str is str(e): a user-defined __str__ if the class has one, else the
// built-in rule (defaultStr).
func (e *Exception) Str(th *Thread) (string, error) {
	if m := e.Class.Lookup("__str__"); m != nil && m != Value(excStrMethod) {
		return callStrMethod(th, m, e, "__str__")
	}
	return e.defaultStr(th)
}

// Repr is repr(e): ValueError('x'), KeyError('a'), ValueError(1, 2).
func (e *Exception) Repr(th *Thread) (string, error) {
	if m := e.Class.Lookup("__repr__"); m != nil && m != Value(excReprMethod) {
		return callStrMethod(th, m, e, "__repr__")
	}
	return e.defaultRepr(th)
}

func callStrMethod(th *Thread, m Value, e *Exception, name string) (string, error) {
	v, err := Call(th, m, []Value{e}, nil)
	if err != nil {
		return "", err
	}
	s, ok := v.(Str)
	if !ok {
		return "", NewError(TypeErrorType, "%s returned non-string (type %s)", name, TypeName(v))
	}
	return string(s), nil
}

func (e *Exception) defaultRepr(th *Thread) (string, error) {
	if len(e.Args) == 1 {
		s, err := Repr(th, e.Args[0])
		if err != nil {
			return "", err
		}
		return e.Class.Name() + "(" + s + ")", nil
	}
	s, err := Repr(th, NewTuple(e.Args))
	if err != nil {
		return "", err
	}
	return e.Class.Name() + s, nil
}

// defaultStr is BaseException.__str__ with the overrides of OSError,
// SyntaxError and KeyError.
func (e *Exception) defaultStr(th *Thread) (string, error) {
	switch {
	case e.group != nil:
		return e.group.str(), nil
	case e.Class.IsSubtype(OSErrorType):
		if s, ok, err := e.osErrorStr(th); ok || err != nil {
			return s, err
		}
	case e.Class.IsSubtype(SyntaxErrorType):
		if s, ok, err := e.syntaxErrorStr(th); ok || err != nil {
			return s, err
		}
	case e.Class.IsSubtype(UnicodeErrorType):
		if s, ok, err := e.unicodeErrorStr(th); ok || err != nil {
			return s, err
		}
	}
	switch len(e.Args) {
	case 0:
		return "", nil
	case 1:
		if e.Class.IsSubtype(KeyErrorType) {
			return Repr(th, e.Args[0])
		}
		return ToStr(th, e.Args[0])
	}
	return Repr(th, NewTuple(e.Args))
}

// osErrorStr formats "[Errno 2] No such file or directory: 'x'".
func (e *Exception) osErrorStr(th *Thread) (string, bool, error) {
	errno, strerror := e.attrOrNone("errno"), e.attrOrNone("strerror")
	filename, filename2 := e.attrOrNone("filename"), e.attrOrNone("filename2")
	if errno == None && strerror == None {
		return "", false, nil
	}
	es, err := ToStr(th, errno)
	if err != nil {
		return "", true, err
	}
	ss, err := ToStr(th, strerror)
	if err != nil {
		return "", true, err
	}
	s := "[Errno " + es + "] " + ss
	if filename != None {
		fs, err := Repr(th, filename)
		if err != nil {
			return "", true, err
		}
		s += ": " + fs
		if filename2 != None {
			fs2, err := Repr(th, filename2)
			if err != nil {
				return "", true, err
			}
			s += " -> " + fs2
		}
	}
	return s, true, nil
}

// syntaxErrorStr formats "msg (file.sp, line 3)".
func (e *Exception) syntaxErrorStr(th *Thread) (string, bool, error) {
	info := syntaxInfo(e)
	if info == nil {
		return "", false, nil
	}
	msg := info["msg"]
	if msg == nil {
		msg = None
	}
	s, err := ToStr(th, msg)
	if err != nil {
		return "", true, err
	}
	file, hasFile := info["filename"].(Str)
	line, hasLine := info["lineno"].(Int)
	switch {
	case hasFile && hasLine:
		return s + " (" + filepath.Base(string(file)) + ", line " + strconv.Itoa(int(line)) + ")", true, nil
	case hasFile:
		return s + " (" + filepath.Base(string(file)) + ")", true, nil
	case hasLine:
		return s + " (line " + strconv.Itoa(int(line)) + ")", true, nil
	}
	return s, true, nil
}

var syntaxFields = []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"}

// syntaxInfo returns the fields of a SyntaxError: msg and those of the
// (filename, lineno, offset, text, end_lineno, end_offset) args tuple,
// overridden by assigned attributes. It is nil when the exception has
// neither the tuple nor a lineno attribute.
func syntaxInfo(e *Exception) map[string]Value {
	info := map[string]Value{}
	if len(e.Args) >= 1 {
		info["msg"] = e.Args[0]
	}
	found := false
	if len(e.Args) == 2 {
		if t, ok := e.Args[1].(*Tuple); ok && len(t.Items) >= 4 {
			found = true
			for i, it := range t.Items {
				if i < len(syntaxFields) {
					info[syntaxFields[i]] = it
				}
			}
		}
	}
	if e.Attrs != nil {
		for _, k := range append([]string{"msg"}, syntaxFields...) {
			if v, ok := e.Attrs.GetStr(k); ok {
				info[k] = v
				if k == "lineno" {
					found = true
				}
			}
		}
	}
	if !found {
		return nil
	}
	return info
}

// attrOrNone returns a computed or assigned attribute, None when absent.
func (e *Exception) attrOrNone(name string) Value {
	if e.Attrs != nil {
		if v, ok := e.Attrs.GetStr(name); ok {
			return v
		}
	}
	if v := e.computedAttr(name); v != nil {
		return v
	}
	return None
}

// computedAttr returns the class-specific attributes derived from Args,
// or nil when the class has no such attribute.
func (e *Exception) computedAttr(name string) Value {
	arg := func(i int) Value {
		if i < len(e.Args) {
			return e.Args[i]
		}
		return None
	}
	c := e.Class
	switch {
	case e.group != nil:
		return e.group.attr(name)
	case c.IsSubtype(StopIterationType):
		if name == "value" {
			return arg(0)
		}
	case c.IsSubtype(SystemExitType):
		if name == "code" {
			switch len(e.Args) {
			case 0:
				return None
			case 1:
				return e.Args[0]
			}
			return NewTuple(e.Args)
		}
	case c.IsSubtype(OSErrorType):
		osArgs := len(e.Args) >= 2 && len(e.Args) <= 5
		switch name {
		case "errno", "strerror":
			if !osArgs {
				return None
			}
			if name == "errno" {
				return e.Args[0]
			}
			return e.Args[1]
		case "filename":
			if osArgs {
				return arg(2)
			}
			return None
		case "filename2":
			if osArgs {
				return arg(4)
			}
			return None
		}
	case c.IsSubtype(SyntaxErrorType):
		if name == "msg" {
			return arg(0)
		}
		for i, f := range syntaxFields {
			if f == name {
				if len(e.Args) == 2 {
					if t, ok := e.Args[1].(*Tuple); ok && i < len(t.Items) {
						return t.Items[i]
					}
				}
				return None
			}
		}
		if name == "print_file_and_line" {
			return None
		}
	case c.IsSubtype(UnicodeErrorType):
		switch name {
		case "encoding", "object", "start", "end", "reason":
			return e.unicodeAttr(name)
		}
	case c.IsSubtype(ImportErrorType):
		switch name {
		case "msg":
			return arg(0)
		case "name", "path":
			return None
		}
	case c.IsSubtype(NameErrorType), c.IsSubtype(AttributeErrorType):
		if name == "name" {
			return None
		}
		if name == "obj" && c.IsSubtype(AttributeErrorType) {
			return None
		}
	}
	return nil
}

// GetAttr implements the exception's data attributes; methods (add_note,
// with_traceback, ...) are found on the class.
func (e *Exception) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "args":
		return NewTuple(append([]Value(nil), e.Args...)), nil
	case "__cause__":
		return excOrNone(e.Cause), nil
	case "__context__":
		return excOrNone(e.Context), nil
	case "__suppress_context__":
		return Bool(e.SuppressContext), nil
	case "__traceback__":
		return TracebackOf(e), nil
	case "__suppressed__":
		items := make([]Value, len(e.Suppressed))
		for i, s := range e.Suppressed {
			items[i] = s
		}
		return NewList(items), nil
	case "__notes__":
		if e.Attrs != nil {
			if v, ok := e.Attrs.GetStr("__notes__"); ok {
				return v, nil
			}
		}
		if len(e.Notes) == 0 {
			return nil, nil
		}
		items := make([]Value, len(e.Notes))
		for i, n := range e.Notes {
			items[i] = Str(n)
		}
		l := NewList(items)
		e.attrs().SetStr("__notes__", l)
		return l, nil
	}
	if e.Attrs != nil {
		if v, ok := e.Attrs.GetStr(name); ok {
			return v, nil
		}
	}
	return e.computedAttr(name), nil
}

func excOrNone(e *Exception) Value {
	if e == nil {
		return None
	}
	return e
}

func (e *Exception) attrs() *Dict {
	if e.Attrs == nil {
		e.Attrs = NewDict()
	}
	return e.Attrs
}

// SetAttr assigns (v != nil) or deletes (v == nil) an attribute.
func (e *Exception) SetAttr(th *Thread, name string, v Value) error {
	switch name {
	case "args":
		if v == nil {
			return NewError(TypeErrorType, "args may not be deleted")
		}
		items, err := IterateAll(th, v)
		if err != nil {
			return err
		}
		e.Args = items
		return nil
	case "__cause__", "__context__":
		if v == nil {
			return NewError(TypeErrorType, "%s may not be deleted", name)
		}
		var x *Exception
		if v != None {
			var ok bool
			if x, ok = v.(*Exception); !ok {
				what := "cause"
				if name == "__context__" {
					what = "context"
				}
				return NewError(TypeErrorType, "exception %s must be None or derive from BaseException", what)
			}
		}
		if name == "__cause__" {
			e.Cause = x
			e.SuppressContext = true
		} else {
			e.Context = x
		}
		return nil
	case "__suppress_context__":
		if v == nil {
			return NewError(TypeErrorType, "__suppress_context__ may not be deleted")
		}
		t, err := Truth(th, v)
		if err != nil {
			return err
		}
		e.SuppressContext = t
		return nil
	case "__traceback__":
		switch tb := v.(type) {
		case nil:
			return NewError(TypeErrorType, "__traceback__ may not be deleted")
		case *Traceback:
			e.setTraceback(append([]TracebackEntry(nil), tb.Entries[:tb.Index+1]...))
		default:
			if v != None {
				return NewError(TypeErrorType, "__traceback__ must be a traceback or None")
			}
			e.setTraceback(nil)
		}
		return nil
	case "__suppressed__":
		if v == nil {
			e.Suppressed = nil
			return nil
		}
		items, err := IterateAll(th, v)
		if err != nil {
			return err
		}
		var sup []*Exception
		for _, it := range items {
			x, ok := it.(*Exception)
			if !ok {
				return NewError(TypeErrorType, "__suppressed__ items must derive from BaseException")
			}
			sup = append(sup, x)
		}
		e.Suppressed = sup
		return nil
	case "message", "exceptions":
		if e.group != nil {
			return NewError(AttributeErrorType, "readonly attribute")
		}
	case "__notes__":
		if v == nil {
			e.Notes = nil
			if e.Attrs != nil {
				e.Attrs.Delete(th, Str(name))
			}
			return nil
		}
	}
	if v == nil {
		if e.Attrs != nil {
			if _, ok, _ := e.Attrs.Delete(th, Str(name)); ok {
				return nil
			}
		}
		return NewError(AttributeErrorType, "'%s' object has no attribute '%s'", e.Class.Name(), name)
	}
	e.attrs().SetStr(name, v)
	return nil
}

// AttrNames lists the data attributes for dir().
func (e *Exception) AttrNames() []string {
	names := []string{"args", "__cause__", "__context__", "__suppress_context__", "__traceback__"}
	for _, n := range []string{"value", "code", "errno", "strerror", "filename", "filename2", "msg", "lineno", "offset", "text", "end_lineno", "end_offset", "name", "path", "obj", "message", "exceptions"} {
		if e.computedAttr(n) != nil {
			names = append(names, n)
		}
	}
	if e.Attrs != nil {
		for _, k := range e.Attrs.Keys() {
			if s, ok := k.(Str); ok && s != suggestionKey {
				names = append(names, string(s))
			}
		}
	} else if len(e.Notes) > 0 {
		names = append(names, "__notes__")
	}
	return names
}

// Hash is identity-based, as for any object without __eq__, unless a
// user exception class defines __hash__ (or sets it to None by defining
// __eq__ alone).
func (e *Exception) Hash(th *Thread) (int64, error) {
	if t := e.Type(); infoOf(t) != nil {
		if en := lookupEntry(t, "__hash__"); en.value == None {
			return 0, NewError(TypeErrorType, "unhashable type: '%s'", t.Name())
		} else if en.user() {
			r, err := callEntry(th, en, e, nil, nil)
			if err != nil {
				return 0, err
			}
			if !IsIntValue(r) {
				return 0, NewError(TypeErrorType, "__hash__ method should return an integer")
			}
			return Hash(th, r)
		}
	}
	return int64(uintptr(unsafe.Pointer(e)) >> 4), nil
}

var (
	_ HasAttrs   = (*Exception)(nil)
	_ HasSetAttr = (*Exception)(nil)
	_ HasRepr    = (*Exception)(nil)
	_ HasStr     = (*Exception)(nil)
	_ HasDir     = (*Exception)(nil)
	_ HasHash    = (*Exception)(nil)
)

// Traceback is the object __traceback__ returns: one traceback entry
// seen as CPython's linked list (tb_next leads towards the innermost
// frame). Entries is innermost first, as in Exception.Traceback; Index is
// the position of this entry.
type Traceback struct {
	Entries []TracebackEntry
	Index   int
	Exc     *Exception // the exception it is the traceback of (nil: unknown)
}

// Type returns TracebackType.
func (*Traceback) Type() *Type { return TracebackType }

// GetAttr implements tb_lineno, tb_next, tb_frame and tb_lasti.
func (tb *Traceback) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "tb_lineno":
		return MakeInt(int64(tb.Entries[tb.Index].Line)), nil
	case "tb_next":
		if tb.Index == 0 {
			return None, nil
		}
		return &Traceback{Entries: tb.Entries, Index: tb.Index - 1, Exc: tb.Exc}, nil
	case "tb_frame":
		return TracebackFrame(th, tb), nil
	case "tb_lasti":
		return MakeInt(0), nil
	}
	return nil, nil
}

// NewOSError makes an OSError (or subclass) as CPython's constructor does
// for OSError(errno, strerror, filename): args is (errno, strerror) and
// filename is an attribute. An empty filename means none.
func NewOSError(cls *Type, errno int, strerror, filename string) *Exception {
	e := &Exception{Class: cls, Args: []Value{MakeInt(int64(errno)), Str(strerror)}}
	if filename != "" {
		e.attrs().SetStr("filename", Str(filename))
	}
	return e
}

// OSErrorFromGo converts an error from Go's os/syscall packages into the
// matching OSError subclass ("[Errno 2] No such file or directory: 'x'").
// filename is shown when not empty. Errors without an errno become a
// plain OSError carrying the Go message.
func OSErrorFromGo(err error, filename string) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return NewError(OSErrorType, "%s", err.Error())
	}
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	return NewOSError(osErrorClass(errno), int(errno), msg, filename)
}

func osErrorClass(errno syscall.Errno) *Type {
	switch errno {
	case syscall.ENOENT:
		return FileNotFoundErrorType
	case syscall.EEXIST:
		return FileExistsErrorType
	case syscall.EISDIR:
		return IsADirectoryErrorType
	case syscall.ENOTDIR:
		return NotADirectoryErrorType
	case syscall.EACCES, syscall.EPERM:
		return PermissionErrorType
	case syscall.ETIMEDOUT:
		return TimeoutErrorType
	case syscall.EPIPE:
		return BrokenPipeErrorType
	case syscall.EINTR:
		return InterruptedErrorType
	case syscall.ECONNREFUSED, syscall.ECONNRESET, syscall.ECONNABORTED:
		return ConnectionErrorType
	}
	return OSErrorType
}

// FromSyntaxError converts a compile-time error into the Python exception
// (SyntaxError, IndentationError or TabError) with CPython's args:
// (msg, (filename, lineno, offset, text, end_lineno, end_offset)).
func FromSyntaxError(se *ast.SyntaxError) *Exception {
	cls := SyntaxErrorType
	if t, ok := excTypes[se.Kind]; ok && t.IsSubtype(SyntaxErrorType) {
		cls = t
	}
	var offset, text Value = None, None
	if se.Col > 0 {
		offset = MakeInt(int64(se.Col))
	}
	if se.Text != "" {
		text = Str(se.Text)
	}
	endLine, endOffset := Value(MakeInt(int64(se.Line))), offset
	if se.EndCol > 0 {
		endOffset = MakeInt(int64(se.EndCol))
		if se.EndLine > 0 {
			endLine = MakeInt(int64(se.EndLine))
		}
	}
	info := NewTuple([]Value{Str(se.File), MakeInt(int64(se.Line)), offset, text, endLine, endOffset})
	return &Exception{Class: cls, Args: []Value{Str(se.Msg), info}}
}
