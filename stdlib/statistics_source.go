package stdlib

import _ "embed"

// The statistics module is written in Spindle (pysrc/statistics.py): it
// re-exports the Go module _statistics (statistics.go and its siblings)
// and adds CPython's NormalDist class. Registered in modules.go's
// sourceModuleTable, so nothing of it runs before a program imports it.
//
//go:embed pysrc/statistics.py
var statisticsSource string
