package stdlib

import _ "embed"

// contextlib is written in Spindle (pysrc/contextlib.py): its context
// managers are ordinary classes and generators, so the with statement,
// generator throw and cancellation treat them as user code. Registered in
// modules.go.
//
//go:embed pysrc/contextlib.py
var contextlibSource string
