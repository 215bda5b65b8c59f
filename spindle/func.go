package spindle

import (
	"context"

	"github.com/spindle-lang/spindle/runtime"
)

// GoFunc is a Go function callable from Spindle code: args are the
// positional arguments, kwargs the keyword arguments (nil when there are
// none). It returns the result (nil means None) or an error: an error
// from Raise, or an *Error from a nested call, raises that exception;
// any other error raises RuntimeError with the error's text.
//
// ctx is cancelled when the calling Spindle thread is cancelled (see the
// package comment); it also carries the calling thread, so passing it to
// the interpreter's Call, Eval or Exec runs that code on this thread.
type GoFunc func(ctx context.Context, args []Value, kwargs map[string]Value) (Value, error)

// Func wraps fn as a Spindle function named name (its repr is
// <built-in function name>), to bind with SetGlobal or put in a module
// with RegisterModule.
func Func(name string, fn GoFunc) Value {
	return runtime.NewFunc(name, func(th *runtime.Thread, args []runtime.Value, kw []runtime.KwArg) (runtime.Value, error) {
		var kwargs map[string]Value
		if len(kw) > 0 {
			kwargs = make(map[string]Value, len(kw))
			for _, a := range kw {
				kwargs[a.Name] = a.Value
			}
		}
		parent := context.Background()
		if it := interpreterOf(th); it != nil {
			parent = it.context()
		}
		var result Value
		err := th.Block("Go function "+name+"()", nil, func(cancel <-chan struct{}) error {
			ctx, stop := context.WithCancel(context.WithValue(parent, threadKey{}, th))
			defer stop()
			done := make(chan struct{})
			defer close(done)
			go func() {
				select {
				case <-cancel:
					stop()
				case <-done:
				}
			}()
			var err error
			result, err = fn(ctx, args, kwargs)
			return err
		})
		if err != nil {
			return nil, goError(err)
		}
		if result == nil {
			return runtime.None, nil
		}
		return result, nil
	})
}

// goError turns the error a Go function returned into the exception it
// raises.
func goError(err error) error {
	switch e := err.(type) {
	case *runtime.Exception:
		return e
	case *Error:
		return e.exc
	}
	return runtime.NewError(runtime.RuntimeErrorType, "%s", err.Error())
}
