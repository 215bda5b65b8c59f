package stdlib

import rt "github.com/spindle-lang/spindle/runtime"

// The built-in modules registered from one table rather than by an init
// function in each module's file: an init in every file makes the process
// touch (and the kernel map, 64 KB at a time) most of the package's code
// at start-up even though no module is built until it is imported
// (bench/README.md, lazy init of stdlib). A module that two files
// build is composed here (loadXExtras(prev)). Modules whose files still
// do other work at init register there.
var builtinModuleTable = [...]struct {
	name string
	load func() *rt.Module
}{
	{"__future__", loadFutureModule},
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
	{"itertools", func() *rt.Module { return loadItertoolsExtras(loadItertoolsModule) }},
	{"json", loadJSONModule},
	{"keyword", newKeywordModule},
	{"logging", loadLoggingModule},
	{"math", newMathModule},
	{"numbers", loadNumbersModule},
	{"operator", func() *rt.Module { return loadOperatorExtras(loadOperatorModule) }},
	{"pathlib", loadPathlibModule},
	{"platform", loadPlatformModule},
	{"pprint", loadPprintModule},
	{"queue", loadQueueModule},
	{"random", loadRandomModule},
	{"re", loadReModule},
	{"secrets", loadSecretsModule},
	{"shlex", loadShlexModule},
	{"shutil", loadShutilModule},
	{"signal", loadSignalModule},
	{"socket", loadSocketModule},
	{"statistics", loadStatisticsModule},
	{"string", func() *rt.Module { return loadStringExtras(loadStringModule) }},
	{"struct", loadStructModule},
	{"subprocess", loadSubprocessModule},
	{"tempfile", loadTempfileModule},
	{"textwrap", loadTextwrapModule},
	{"threading", loadThreadingModule},
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

func init() {
	for _, e := range builtinModuleTable {
		rt.RegisterModule(e.name, e.load)
	}
}
