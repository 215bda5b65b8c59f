package repl

import "github.com/spindle-lang/spindle/runtime"

const helpText = `Spindle is Python 3.11 with structured virtual threads instead of async/await.

  await:                 open a thread group: the block waits for every thread
                         started in it; a failure cancels the others
  async:                 run the indented block on a new virtual thread
  spawn(f, *args)        start f(*args) in the current group (at the prompt:
                         the background group); returns a Future
  with timeout(s):       cancel the block after s seconds (TimeoutError)
  Mutex(v), threads.*    sharing data: Lock, Queue, Event, Semaphore, ...
  threads.dump()         the live threads and what each one is doing

At the prompt: Tab completes names, attributes (obj.<Tab>) and modules
(import <Tab>); Up/Down and Ctrl-R search the history; Ctrl-C interrupts
the running statement and every thread it started; background threads
keep running between prompts; Ctrl-D or exit() leaves once they are done.
help(obj) shows obj's docstring.
`

// installHelp defines help for the session, unless the builtins have
// one already.
func installHelp() {
	if _, ok := runtime.Builtins.GetStr("help"); ok {
		return
	}
	runtime.Builtins.SetStr("help", helper{})
}

// helperType is CPython's _sitebuiltins._Helper, the class of help.
var helperType = runtime.NewBuiltinType("_Helper", nil)

func init() { helperType.SetModule("_sitebuiltins") }

// helper is help: help() prints helpText, help(obj) obj's docstring; its
// repr (typing `help` at the prompt) is CPython's hint.
type helper struct{}

// Type returns _sitebuiltins._Helper.
func (helper) Type() *runtime.Type { return helperType }

// Repr is CPython's hint.
func (helper) Repr(th *runtime.Thread) (string, error) {
	return "Type help() for interactive help, or help(object) for help about object.", nil
}

// Call prints the help text or obj's docstring.
func (helper) Call(th *runtime.Thread, args []runtime.Value, kw []runtime.KwArg) (runtime.Value, error) {
	var obj runtime.Value
	if err := runtime.UnpackArgs("help", args, kw, "request?", &obj); err != nil {
		return nil, err
	}
	if obj == nil {
		return runtime.None, runtime.Stdout.WriteString(helpText)
	}
	doc, err := runtime.GetAttr(th, obj, "__doc__")
	if s, ok := doc.(runtime.Str); err == nil && ok && s != "" {
		return runtime.None, runtime.Stdout.WriteString(string(s) + "\n")
	}
	r, err := runtime.Repr(th, obj)
	if err != nil {
		return nil, err
	}
	return runtime.None, runtime.Stdout.WriteString("No documentation for " + r + "\n")
}
