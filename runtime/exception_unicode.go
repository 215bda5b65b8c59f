package runtime

import (
	"fmt"
	"strconv"
)

// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError carry
// CPython's structured arguments: (encoding, object, start, end, reason)
// — translate has no encoding — as args and as the attributes of those
// names, and str() is computed from them ("'utf-8' codec can't decode
// byte 0xff in position 0: invalid start byte"). The codecs raise them
// through newUnicodeError, user code through the constructors below.

func init() {
	UnicodeEncodeErrorType.New = unicodeErrorNew(StrType)
	UnicodeDecodeErrorType.New = unicodeErrorNew(BytesType)
	UnicodeTranslateErrorType.New = unicodeErrorNew(nil)
}

// newUnicodeError is the exception a codec raises: obj is the str
// (encode) or bytes (decode) being converted, start and end the failing
// range in code points or bytes.
func newUnicodeError(cls *Type, enc string, obj Value, start, end int, reason string) *Exception {
	return &Exception{Class: cls, Args: []Value{Str(enc), obj, MakeInt(int64(start)), MakeInt(int64(end)), Str(reason)}}
}

// unicodeErrorNew is the constructor of a Unicode error class whose
// object is of type objType (bytes-like for decode; nil: translate,
// without the encoding argument).
func unicodeErrorNew(objType *Type) func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
	return func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		if len(kwargs) > 0 {
			return nil, NewError(TypeErrorType, "%s() takes no keyword arguments", cls.Name())
		}
		want := 5
		if objType == nil {
			want = 4
		}
		if len(args) != want {
			return nil, NewError(TypeErrorType, "function takes exactly %d arguments (%d given)", want, len(args))
		}
		args = append([]Value(nil), args...)
		i := 0
		if objType != nil {
			if _, ok := args[0].(Str); !ok {
				return nil, NewError(TypeErrorType, "argument 1 must be str, not %s", TypeName(args[0]))
			}
			i = 1
		}
		switch {
		case objType == BytesType:
			b, ok := baBytesLike(args[i])
			if !ok {
				return nil, NewError(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(args[i]))
			}
			args[i] = Bytes(string(b))
		default:
			if _, ok := args[i].(Str); !ok {
				return nil, NewError(TypeErrorType, "argument %d must be str, not %s", i+1, TypeName(args[i]))
			}
		}
		for j := i + 1; j < i+3; j++ {
			n, err := IndexInt(args[j])
			if err != nil {
				return nil, err
			}
			args[j] = MakeInt(int64(n))
		}
		if _, ok := args[i+3].(Str); !ok {
			return nil, NewError(TypeErrorType, "argument %d must be str, not %s", i+4, TypeName(args[i+3]))
		}
		return &Exception{Class: cls, Args: args}, nil
	}
}

// unicodeFields returns the structured arguments of a Unicode error
// (encoding is None for translate errors); ok is false when e was not
// made with them.
func (e *Exception) unicodeFields() (enc, obj Value, start, end int, reason Value, ok bool) {
	args := e.Args
	enc = None
	switch {
	case e.Class.IsSubtype(UnicodeTranslateErrorType) && len(args) == 4:
	case (e.Class.IsSubtype(UnicodeEncodeErrorType) || e.Class.IsSubtype(UnicodeDecodeErrorType)) && len(args) == 5:
		enc, args = args[0], args[1:]
	default:
		return nil, nil, 0, 0, nil, false
	}
	s, err1 := IndexInt(args[1])
	t, err2 := IndexInt(args[2])
	if err1 != nil || err2 != nil {
		return nil, nil, 0, 0, nil, false
	}
	return enc, args[0], s, t, args[3], true
}

// unicodeAttr is e.encoding, .object, .start, .end or .reason.
func (e *Exception) unicodeAttr(name string) Value {
	enc, obj, start, end, reason, ok := e.unicodeFields()
	if !ok {
		return nil
	}
	switch name {
	case "encoding":
		return enc
	case "object":
		return obj
	case "start":
		return MakeInt(int64(start))
	case "end":
		return MakeInt(int64(end))
	case "reason":
		return reason
	}
	return nil
}

// unicodeErrorStr is str(e) from the structured arguments, as CPython's
// UnicodeEncodeError_str and friends.
func (e *Exception) unicodeErrorStr(th *Thread) (string, bool, error) {
	enc, obj, start, end, reasonV, ok := e.unicodeFields()
	if !ok {
		return "", false, nil
	}
	reason, err := ToStr(th, reasonV)
	if err != nil {
		return "", true, err
	}
	encName := ""
	if enc != None {
		if encName, err = ToStr(th, enc); err != nil {
			return "", true, err
		}
	}
	switch {
	case e.Class.IsSubtype(UnicodeDecodeErrorType):
		b, _ := baBytesLike(obj)
		if start >= 0 && start < len(b) && end == start+1 {
			return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", encName, b[start], start, reason), true, nil
		}
		return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", encName, start, end-1, reason), true, nil
	}
	s, _ := obj.(Str)
	runes := []rune(string(s))
	what := "'" + encName + "' codec can't encode"
	if e.Class.IsSubtype(UnicodeTranslateErrorType) {
		what = "can't translate"
	}
	if start >= 0 && start < len(runes) && end == start+1 {
		return what + " character '" + charEscape(runes[start]) + "' in position " + strconv.Itoa(start) + ": " + reason, true, nil
	}
	return fmt.Sprintf("%s characters in position %d-%d: %s", what, start, end-1, reason), true, nil
}

// charEscape is CPython's \xNN, \uNNNN or \UNNNNNNNN form of r.
func charEscape(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf("\\x%02x", r)
	case r < 0x10000:
		return fmt.Sprintf("\\u%04x", r)
	}
	return fmt.Sprintf("\\U%08x", r)
}
