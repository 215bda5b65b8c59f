// Package stdlib holds Spindle's built-in functions and built-in modules.
//
// Design:
//
//   - Importing the package (for its side effects) fills runtime.Builtins
//     with the builtins of LANGUAGE.md §1 and registers the built-in
//     modules (sys, math, time, functools, itertools, operator, string,
//     __future__) with runtime.RegisterModule. Files are split by theme:
//     builtins_core.go (printing, attributes, identity), builtins_iter.go
//     (the iteration builtins and their iterator types), builtins_num.go
//     (numeric builtins), builtins_types.go (isinstance, type, object and
//     the type registrations), fileio.go (open), and one file per module.
//   - Everything is written against the generic operations of package
//     runtime (Repr, Call, Iter, ...), so built-in and user-defined values
//     meet in the same code.
//   - Every iterator a builtin returns (enumerate, zip, map, ...) is an
//     iterObject: a Python-visible value that is also a runtime.Iterator,
//     so compiled `for` loops drive it without going through __next__.
//   - Messages match CPython 3.11 word for word.
//
// Functions and types are registered in init() functions (see the comment
// on runtime.NewBuiltinType about initialization cycles).
package stdlib
