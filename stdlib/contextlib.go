package stdlib

import (
	_ "embed"

	rt "github.com/spindle-lang/spindle/runtime"
)

// contextlib is written in Spindle (pysrc/contextlib.py): its context
// managers are ordinary classes and generators, so the with statement,
// generator throw and cancellation treat them as user code.
//
//go:embed pysrc/contextlib.py
var contextlibSource string

func init() { rt.RegisterSourceModule("contextlib", contextlibSource) }
