// Package interp runs Spindle programs: it resolves a parsed module's
// names (resolve.go), compiles the syntax tree once into Go closures
// (compile*.go) and runs them on a runtime.Thread.
//
// Design:
//
//   - No syntax tree is walked at run time. An expression compiles to a
//     func(*Frame) (runtime.Value, error), a statement to a
//     func(*Frame) (ctrl, error) whose control code carries break,
//     continue and return: control flow never panics.
//   - Locals live in a fixed slot array of the Frame, captured variables
//     in Cells, module globals in the module's dict. Frames of ordinary
//     calls are reused: calls on a thread are LIFO, so each frame keeps
//     one child frame for the calls it makes (Frame.newChild).
//   - Hot operations (int arithmetic and comparisons, list indexing, for
//     over range or list, calls of user functions with positional
//     arguments) have inline fast paths; everything else goes through
//     runtime's generic operations.
//   - Python exceptions are *runtime.Exception values returned as Go
//     errors; each frame adds its traceback entry as the exception passes
//     (exc.go).
//   - Generators run on coroutines (iter.Pull), see generator.go, or
//     inline on their consumer's goroutine when one consumer owns them
//     (for loops, yield from, comprehensions, sum/list/...: see
//     generator_push.go).
package interp
