package interp

import (
	"fmt"

	"github.com/spindle-lang/spindle/runtime"
)

// Frame objects for sys._getframe. An interpreter Frame is reused by the
// next call at the same depth once its function returns, so a frame
// object cannot simply point at it. sys._getframe takes a snapshot of
// the requested frame and of every frame outside it (f_back): code,
// line, globals and a copy of the locals (the module dict itself at
// module level). While the frame is still running that code on the
// thread that reads the object, f_lineno and f_locals are read live, as
// in CPython (`f = sys._getframe(); ...; f.f_lineno` is the line of the
// read); afterwards, or from another thread, the snapshot answers.

type frameValue struct {
	th      *runtime.Thread
	fr      *Frame
	code    *Code
	lineno  int
	globals runtime.Value
	locals  runtime.Value
	back    runtime.Value // *frameValue, or None for the outermost
}

var frameType = runtime.NewBuiltinType("frame", nil)

func init() { runtime.GetFrame = getFrame }

// getFrame is sys._getframe(depth) on th.
func getFrame(th *runtime.Thread, depth int) (runtime.Value, error) {
	var frames []*Frame
	for fr := currentFrame(th); fr != nil; fr = interpFrame(fr.Parent) {
		frames = append(frames, fr)
	}
	if depth < 0 {
		depth = 0
	}
	if depth >= len(frames) {
		return nil, runtime.NewError(runtime.ValueErrorType, "call stack is not deep enough")
	}
	var back runtime.Value = runtime.None
	for i := len(frames) - 1; i >= depth; i-- {
		fr := frames[i]
		back = &frameValue{th: th, fr: fr, code: fr.code, lineno: fr.Line, globals: fr.globals.dict, locals: frameLocals(fr), back: back}
	}
	return back, nil
}

func (*frameValue) Type() *runtime.Type { return frameType }

// live returns the interpreter frame when it still runs f's code on th,
// the thread reading f; nil otherwise.
func (f *frameValue) live(th *runtime.Thread) *Frame {
	if th != f.th || f.fr.code != f.code || !f.fr.busy {
		return nil
	}
	for fr := currentFrame(th); fr != nil; fr = interpFrame(fr.Parent) {
		if fr == f.fr {
			return fr
		}
	}
	return nil
}

func (f *frameValue) GetAttr(th *runtime.Thread, name string) (runtime.Value, error) {
	switch name {
	case "f_code":
		return &codeValue{f.code}, nil
	case "f_lineno":
		if fr := f.live(th); fr != nil {
			return runtime.MakeInt(int64(fr.Line)), nil
		}
		return runtime.MakeInt(int64(f.lineno)), nil
	case "f_back":
		return f.back, nil
	case "f_globals":
		return f.globals, nil
	case "f_locals":
		if fr := f.live(th); fr != nil {
			return frameLocals(fr), nil
		}
		return f.locals, nil
	case "f_builtins":
		return runtime.Builtins, nil
	case "f_lasti":
		return runtime.MakeInt(0), nil
	case "f_trace":
		return runtime.None, nil
	}
	return nil, nil
}

// Repr is CPython's <frame at 0x..., file 'x.py', line 3, code f>.
func (f *frameValue) Repr(th *runtime.Thread) (string, error) {
	return fmt.Sprintf("<frame at %#x, file '%s', line %d, code %s>", runtime.Id(f), f.code.info.File, f.lineno, f.code.info.Name), nil
}

var (
	_ runtime.HasAttrs = (*frameValue)(nil)
	_ runtime.HasRepr  = (*frameValue)(nil)
)
