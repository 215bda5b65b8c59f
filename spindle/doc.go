// Package spindle embeds the Spindle interpreter in a Go program.
//
// Spindle is a Python-like language whose concurrency is structured
// virtual threads (`await:` groups of `async:` blocks, each on its own
// goroutine). This package runs Spindle code inside a Go process: create
// an Interpreter with New, run source with Exec or ExecFile, evaluate an
// expression with Eval, read and write the main module's globals with
// Global and SetGlobal, expose Go functions (Func, FuncOf) and whole modules
// (RegisterModule), call Spindle functions from Go (Call), and convert
// between Go and Spindle values (ToValue, FromValue).
//
//	it := spindle.New(spindle.Options{Stdout: os.Stdout, Sandbox: true})
//	defer it.Close()
//	name, _ := spindle.ToValue("world")
//	it.SetGlobal("name", name)
//	if err := it.Exec(ctx, "hello.sp", `print("hello,", name)`); err != nil {
//		log.Fatal(err) // a *spindle.Error: type, message, traceback
//	}
//	v, _ := it.Eval(ctx, "len(name) * 2")
//	n, _ := spindle.FromValue(v) // int64(10)
//
// # Interpreters
//
// Each Interpreter has its own main module (__main__), module registry
// (sys.modules), sys module, builtins, standard streams, recursion
// limit, background and daemon thread groups (Close cancels its daemon
// threads) and atexit callbacks: several
// interpreters may run at the same time in one process without seeing
// each other's state. One Interpreter runs one call (Exec, ExecFile,
// Eval, Call) at a time; concurrent calls wait for each other. The
// values of one interpreter should not be passed to another.
//
// Process-wide still: the deadlock detector watches the main thread of
// one running interpreter at a time (the first to start a call; the
// others run without deadlock detection), the source lines
// shown in tracebacks are cached by file name, object.__subclasses__()
// lists the classes of every interpreter, and a few modules keep
// module-level state for the whole process: logging's loggers, the
// warnings filters, decimal's context and csv's dialects (random has one
// generator per interpreter).
//
// # Threads and cancellation
//
// Every call runs the code on the interpreter's main thread inside a
// cancellation scope tied to the call's context.Context: when the
// context is cancelled (or its deadline passes), every thread of the
// script is cancelled — the main thread, the threads of its `await:`
// groups and the background threads it spawned — as `g.cancel()` would:
// a Cancelled exception unwinds each of them at its next checkpoint (a
// loop iteration, a call, any blocking operation), so `finally` blocks
// and `with` exits run. The call then returns an error wrapping the
// context's error (errors.Is(err, context.Canceled)).
//
// When a call returns, every thread the code started has ended: the
// background group (threads spawned with no group around them) is
// joined before the call returns, as a program's end joins it.
//
// # Go functions
//
// A GoFunc receives a context.Context that is cancelled when the
// Spindle thread calling it is cancelled (its group failed, the call's
// context was cancelled, a timeout scope expired): a Go function that
// blocks should watch ctx.Done() and return ctx.Err(), and the Spindle
// thread then sees Cancelled. While a Go function runs, its thread shows
// as blocked in thread dumps. A Go function may call back into the same
// interpreter (Call, Eval, Exec with the ctx it received): the call runs
// on the calling Spindle thread.
//
// # Errors
//
// An exception that escapes a call is returned as an *Error with the
// exception's type name, its message and its traceback formatted as
// Spindle prints it. A Go function returns a Python exception of a given
// type with Raise; any other error it returns becomes a RuntimeError.
//
// # Sandboxing
//
// Options.Sandbox runs untrusted code: only the modules of Options.Modules
// (by default SafeModules: no os, sys, subprocess, socket, http, io,
// pathlib, shutil, tempfile, glob, signal, ...) and the modules given to
// RegisterModule can be imported, the open() builtin is removed, and no
// module files are imported unless Options.ImportPath names folders.
// Combine it with a context deadline to bound the running time. The
// sandbox limits what a script can reach; it does not limit the memory
// it allocates.
package spindle
