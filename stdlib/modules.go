package stdlib

import rt "github.com/spindle-lang/spindle/runtime"

// What the package registers at process start, from tables in this one
// file rather than by an init function in each module's file: an init in
// a file makes the process run code in that file's part of the binary,
// and the kernel maps it 64 KB at a time, so inits spread over many files
// touch (and count as resident) most of the package's code at start-up
// even though no module is built until it is imported (bench/README.md,
// lazy init of stdlib; bench/SPAWN.md, start-up RSS). A module that two
// files build is composed here (loadXExtras(prev)). Modules whose files
// still do other work at init register there. The init below runs no
// function of another file of this package (only runtime's), so those
// files stay unmapped until a program uses them.
var builtinModuleTable = [...]struct {
	name string
	load func() *rt.Module
}{
	{"__future__", loadFutureModule},
	{"_statistics", loadStatisticsModule},
	{"_string", func() *rt.Module { return loadStringExtras(loadStringModule) }},
	{"_importlib", loadImportlibModule},
	{"_thread", loadThreadModule},
	{"_weakref", loadWeakrefModule},
	{"argparse", loadArgparseModule},
	{"array", loadArrayModule},
	{"atexit", loadAtexitModule},
	{"base64", newBase64Module},
	{"binascii", loadBinasciiModule},
	{"bisect", newBisectModule},
	{"calendar", loadCalendarModule},
	{"collections", func() *rt.Module { return loadCollectionsExtras(loadCollectionsModule) }},
	{"collections.abc", collectionsAbcModule},
	{"concurrent", loadConcurrentModule},
	{"contextvars", loadContextvarsModule},
	{"copy", loadCopyModule},
	{"csv", loadCsvModule},
	{"dataclasses", loadDataclassesModule},
	{"datetime", loadDatetimeModule},
	{"decimal", loadDecimalModule},
	{"difflib", func() *rt.Module { return loadDifflibExtras(loadDifflibModule) }},
	{"enum", loadEnumModule},
	{"fnmatch", newFnmatchModule},
	{"fractions", loadFractionsModule},
	{"functools", func() *rt.Module { return loadFunctoolsExtras(loadFunctoolsModule) }},
	{"gc", newGCModule},
	{"getpass", loadGetpassModule},
	{"glob", loadGlobModule},
	{"gzip", loadGzipModule},
	{"hashlib", loadHashlibModule},
	{"heapq", newHeapqModule},
	{"html", newHTMLModule},
	{"http", loadHttpModule},
	{"io", newIOModule},
	{"itertools", func() *rt.Module { return loadItertoolsExtras(loadItertoolsModule) }},
	{"json", loadJSONModule},
	{"keyword", newKeywordModule},
	{"logging", loadLoggingModule},
	{"cmath", newCmathModule},
	{"math", newMathModule},
	{"numbers", loadNumbersModule},
	{"operator", func() *rt.Module { return loadOperatorExtras(loadOperatorModule) }},
	{"os", func() *rt.Module { return loadOSWaitExtras(newOSModule) }},
	{"pathlib", loadPathlibModule},
	{"platform", loadPlatformModule},
	{"pprint", loadPprintModule},
	{"queue", loadQueueModule},
	{"random", loadRandomModule},
	{"re", loadReModule},
	{"secrets", loadSecretsModule},
	{"select", loadSelectModule},
	{"shlex", loadShlexModule},
	{"shutil", loadShutilModule},
	{"signal", loadSignalModule},
	{"socket", loadSocketModule},
	{"struct", loadStructModule},
	{"subprocess", loadSubprocessModule},
	{"tempfile", loadTempfileModule},
	{"textwrap", loadTextwrapModule},
	{"threading", loadThreadingModule},
	{"threads", newThreadsModule},
	{"time", loadTimeModule},
	{"timeit", loadTimeitModule},
	{"traceback", loadTracebackModule},
	{"typing", loadTypingModule},
	{"unicodedata", loadUnicodedataModule},
	{"urllib", loadUrllibModule},
	{"uuid", loadUUIDModule},
	{"warnings", loadWarningsModule},
	{"zlib", loadZlibModule},
}

// The modules written in Spindle (pysrc/*.py, embedded by contextlib.go
// and pysrc_modules.go).
var sourceModuleTable = [...]struct{ name, src string }{
	{"configparser", configparserSource},
	{"contextlib", contextlibSource},
	{"errno", errnoSource},
	{"getopt", getoptSource},
	{"graphlib", graphlibSource},
	{"hmac", hmacSource},
	{"importlib", importlibSource},
	{"importlib.util", importlibUtilSource},
	{"inspect", inspectSource},
	{"multiprocessing", multiprocessingSource},
	{"multiprocessing.dummy", multiprocessingDummySource},
	{"multiprocessing.pool", multiprocessingPoolSource},
	{"reprlib", reprlibSource},
	{"stat", statSource},
	{"statistics", statisticsSource},
	{"string", stringSource},
	{"weakref", weakrefSource},
}

// namedValue is a name and its value, for tables of names to set.
type namedValue struct {
	name string
	v    rt.Value
}

func init() {
	for _, e := range builtinModuleTable {
		rt.RegisterModule(e.name, e.load)
	}
	for _, e := range sourceModuleTable {
		rt.RegisterSourceModule(e.name, e.src)
	}
	rt.RegisterEnvModule("builtins", loadBuiltinsModule)
	// Built-in names defined in other files (fileio.go, threads.go).
	register(rt.NewFunc("open", builtinOpen))
	for _, e := range threadBuiltins {
		rt.Builtins.SetStr(e.name, e.v)
	}
	// Iterating, indexing, `in` and attribute stores on an enum class
	// (enum.go).
	rt.ClassContainer.Members = EnumClassIter
	rt.ClassContainer.GetItem = EnumClassGetItem
	rt.ClassContainer.Contains = EnumClassContains
	rt.ClassContainer.SetAttr = enumClassSetAttr
	rt.ClassContainer.Repr = enumClassRepr
	// Ctrl-\ prints the thread tree (threads.dump()).
	rt.InstallDumpSignal()
}
