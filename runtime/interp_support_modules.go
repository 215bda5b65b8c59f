package runtime

// LoadedModules is sys.modules: every module imported so far, by name
// (owned by the interpreter's importer, which adds each module before
// running its body; the sys module exposes this dict itself). A module the
// program puts here is what a later `import` of that name returns.
var LoadedModules = NewDict()
