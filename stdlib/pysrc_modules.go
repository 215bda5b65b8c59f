package stdlib

import _ "embed"

// Small pure-Python modules of CPython's library, written in Spindle and
// embedded (pysrc/*.py) like contextlib: graphlib (TopologicalSorter),
// getopt, stat (constants, S_IS*, filemode), errno (Linux values), hmac
// (over hashlib), inspect (predicates, getmembers, getdoc, getsource,
// signature), reprlib (Repr, repr, recursive_repr) and configparser
// (ConfigParser, RawConfigParser, interpolation, section proxies) and
// weakref (the containers and finalize over the Go module _weakref) and
// string (Formatter; the rest comes from the Go module _string).
// They are registered from modules.go's sourceModuleTable.

//go:embed pysrc/graphlib.py
var graphlibSource string

//go:embed pysrc/getopt.py
var getoptSource string

//go:embed pysrc/stat.py
var statSource string

//go:embed pysrc/errno.py
var errnoSource string

//go:embed pysrc/hmac.py
var hmacSource string

//go:embed pysrc/inspect.py
var inspectSource string

//go:embed pysrc/reprlib.py
var reprlibSource string

//go:embed pysrc/configparser.py
var configparserSource string

//go:embed pysrc/weakref.py
var weakrefSource string

// multiprocessing: its thread pools (pool.Pool/ThreadPool, dummy) over
// concurrent.futures; no processes.
//
//go:embed pysrc/multiprocessing.py
var multiprocessingSource string

//go:embed pysrc/multiprocessing_pool.py
var multiprocessingPoolSource string

//go:embed pysrc/multiprocessing_dummy.py
var multiprocessingDummySource string

//go:embed pysrc/string.py
var stringSource string

// importlib and importlib.util over the Go module _importlib
// (importlib.go).
//
//go:embed pysrc/importlib.py
var importlibSource string

//go:embed pysrc/importlib_util.py
var importlibUtilSource string
