package interp

import (
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/runtime"
)

// The importer (LANGUAGE.md §1 Modules). A module is found as a module of
// the interpreter (runtime.Env.ExtraModules), a built-in module
// (runtime.EnvModules, runtime.BuiltinModules) the interpreter allows
// (Env.AllowModule), or as name.sp / name.py / name/ (__init__.sp or
// __init__.py) in the main script's folder and then each folder of
// SPINDLEPATH (or in the folders SetImportPath gave the interpreter); a
// submodule of a package is looked up in the package's folder. Each
// module runs once: the registry entry is created under a mutex before
// the module runs, and other threads importing it wait for it to finish;
// the importing thread itself (a circular import) gets the partially
// initialised module, as in Python.
//
// Each interpreter (runtime.Env) has its own registry (a loader, kept in
// the Env) and its own sys.modules (Env.Modules).

type modEntry struct {
	name string // the module's full name
	mod  *runtime.Module
	done chan struct{}
	err  error
	th   *runtime.Thread // thread running the module body
	path []string        // package search folder (packages only)
}

type loader struct {
	mu      sync.Mutex
	entries map[string]*modEntry
	mainDir string
	path    []string // search folders when fixed (SetImportPath)
	fixed   bool
}

type loaderKey struct{}

// loaderOf returns the module registry of interpreter e.
func loaderOf(e *runtime.Env) *loader {
	return e.Local(loaderKey{}, func() any { return &loader{entries: map[string]*modEntry{}} }).(*loader)
}

// theLoader is the registry of the default Env (RunFile, Session).
var theLoader = loaderOf(runtime.DefaultEnv())

// resetLoader starts a fresh module registry for a program run.
func resetLoader(mainDir string) {
	theLoader.mu.Lock()
	theLoader.entries = map[string]*modEntry{}
	theLoader.mainDir = mainDir
	theLoader.mu.Unlock()
	runtime.LoadedModules.Clear()
}

// SetImportPath makes dirs the only folders where interpreter e looks
// for module files (none: e imports only built-in and registered
// modules).
func SetImportPath(e *runtime.Env, dirs []string) {
	l := loaderOf(e)
	l.mu.Lock()
	l.path, l.fixed = append([]string(nil), dirs...), true
	l.mu.Unlock()
}

// DefaultImportPath is where the spindle command finds module files
// for a script in folder dir ("" for the current folder): dir, then
// each folder of SPINDLEPATH.
func DefaultImportPath(dir string) []string {
	if dir == "" {
		dir = "."
	}
	dirs := []string{dir}
	if p := os.Getenv("SPINDLEPATH"); p != "" {
		for _, d := range filepath.SplitList(p) {
			if d != "" {
				dirs = append(dirs, d)
			}
		}
	}
	return dirs
}

func registerModule(name string, m *runtime.Module) {
	registerModuleIn(runtime.DefaultEnv(), name, m)
}

// registerModuleIn adds the loaded module m to e's registry.
func registerModuleIn(e *runtime.Env, name string, m *runtime.Module) {
	l := loaderOf(e)
	l.mu.Lock()
	done := make(chan struct{})
	close(done)
	l.entries[name] = &modEntry{name: name, mod: m, done: done}
	l.mu.Unlock()
	e.Modules.SetStr(name, m)
}

func searchPath() []string { return theLoader.searchPath() }

// searchPath returns the folders where l finds module files.
func (l *loader) searchPath() []string {
	if l.fixed {
		return l.path
	}
	dirs := []string{l.mainDir}
	if l.mainDir == "" {
		dirs[0] = "."
	}
	if p := os.Getenv("SPINDLEPATH"); p != "" {
		for _, d := range filepath.SplitList(p) {
			if d != "" {
				dirs = append(dirs, d)
			}
		}
	}
	return dirs
}

// importPath returns the folders a top-level import searches: sys.path
// as the program left it (its str entries, "" meaning the current
// folder; sys.path starts as searchPath), or searchPath when sys has not
// been set up. An embedder that gave no folders (SetImportPath with
// none) allows no module files whatever sys.path says.
func (l *loader) importPath(e *runtime.Env) []string {
	if !l.fixed || len(l.path) > 0 {
		if sys, ok := e.Modules.GetStr("sys"); ok {
			if m, ok := sys.(*runtime.Module); ok {
				if p, ok := m.Dict.GetStr("path"); ok {
					if lst, ok := p.(*runtime.List); ok {
						var dirs []string
						for _, v := range lst.Snapshot() {
							if s, ok := v.(runtime.Str); ok {
								d := string(s)
								if d == "" {
									d = "."
								}
								dirs = append(dirs, d)
							}
						}
						return dirs
					}
				}
			}
		}
	}
	return l.searchPath()
}

// importModule imports a dotted module name (and its parents) and returns
// the module named by the full name.
func importModule(th *runtime.Thread, name string) (runtime.Value, error) {
	parts := strings.Split(name, ".")
	var parent *modEntry
	var mod runtime.Value
	for i := range parts {
		full := strings.Join(parts[:i+1], ".")
		e, v, err := importOne(th, full, parts[i], parent)
		if err != nil {
			return nil, err
		}
		if parent != nil && parent.mod != nil {
			// bind the submodule as an attribute of its package
			if _, ok := parent.mod.Dict.GetStr(parts[i]); !ok {
				parent.mod.Dict.SetStr(parts[i], v)
			}
		}
		parent = e
		mod = v
	}
	return mod, nil
}

func notFound(name string) error {
	e := runtime.NewError(runtime.ModuleNotFoundErrorType, "No module named '%s'", name)
	e.Attrs = runtime.NewDict()
	e.Attrs.SetStr("name", runtime.Str(name))
	return e
}

// Import imports a module by absolute dotted name, as the import
// statement does, and returns the module the full name designates (the
// stdlib's __import__ calls it).
func Import(th *runtime.Thread, name string) (runtime.Value, error) {
	return importModule(th, name)
}

// importOne imports module full (last component short) whose package
// entry is parent (nil for a top-level module).
func importOne(th *runtime.Thread, full, short string, parent *modEntry) (*modEntry, runtime.Value, error) {
	env := th.Env()
	theLoader := loaderOf(env)
	if v, ok := env.Modules.GetStr(full); ok {
		theLoader.mu.Lock()
		e := theLoader.entries[full]
		theLoader.mu.Unlock()
		if e == nil || e.mod == v {
			if e != nil {
				if err := waitEntry(th, e); err != nil {
					return nil, nil, err
				}
			}
			return e, v, nil
		}
	}
	theLoader.mu.Lock()
	if e, ok := theLoader.entries[full]; ok {
		theLoader.mu.Unlock()
		if err := waitEntry(th, e); err != nil {
			return nil, nil, err
		}
		return e, e.mod, nil
	}
	// Find it.
	var mk func() *runtime.Module
	var file string
	var pkgDir string
	if parent == nil {
		mk = builtinModule(env, full)
	}
	var src []byte
	if mk == nil { // a source module may be a submodule (multiprocessing.pool)
		if text, ok := sourceModule(env, full); ok {
			file, src = "<frozen "+full+">", []byte(text)
		}
	}
	if mk == nil && src == nil {
		dirs := theLoader.importPath(env)
		if parent != nil {
			dirs = parent.path
			if dirs == nil {
				theLoader.mu.Unlock()
				pname := full[:strings.LastIndex(full, ".")]
				return nil, nil, runtime.NewError(runtime.ModuleNotFoundErrorType, "No module named '%s'; '%s' is not a package", full, pname)
			}
		}
		file, pkgDir = findModuleFile(dirs, short)
		if file == "" {
			theLoader.mu.Unlock()
			return nil, nil, notFound(full)
		}
	}
	e := &modEntry{name: full, done: make(chan struct{}), th: th}
	theLoader.entries[full] = e
	theLoader.mu.Unlock()

	if mk != nil {
		e.mod = mk()
		if e.mod.Name == "" {
			e.mod.Name = full
		}
		env.Modules.SetStr(full, e.mod)
		registerSubmodules(env, full, e.mod)
		close(e.done)
		return e, e.mod, nil
	}
	m := runtime.NewModule(full)
	m.File = file
	m.Dict.SetStr("__file__", runtime.Str(file))
	m.Dict.SetStr("__doc__", runtime.None)
	pkg := ""
	if pkgDir != "" {
		e.path = []string{pkgDir}
		m.Dict.SetStr("__path__", runtime.NewList([]runtime.Value{runtime.Str(pkgDir)}))
		pkg = full
	} else if i := strings.LastIndex(full, "."); i >= 0 {
		pkg = full[:i]
	}
	m.Dict.SetStr("__package__", runtime.Str(pkg))
	e.mod = m
	env.Modules.SetStr(full, m)
	var err error
	if src != nil {
		err = execModuleSource(th, m, file, src, pkg)
	} else {
		err = execModuleFile(th, m, file, pkg)
	}
	if err != nil {
		e.err = err
		theLoader.mu.Lock()
		delete(theLoader.entries, full)
		theLoader.mu.Unlock()
		env.Modules.DeleteStr(full)
	}
	close(e.done)
	if err != nil {
		return nil, nil, err
	}
	// A module may replace itself in sys.modules.
	if v, ok := env.Modules.GetStr(full); ok {
		return e, v, nil
	}
	return e, m, nil
}

// registerSubmodules registers the submodules a built-in module
// carries as attributes (os.path, collections.abc, urllib.parse): each
// module-valued attribute x of m becomes module full.x.
func registerSubmodules(env *runtime.Env, full string, m *runtime.Module) {
	for _, kv := range m.Dict.Items() {
		name, ok := kv[0].(runtime.Str)
		sub, isMod := kv[1].(*runtime.Module)
		if !ok || !isMod {
			continue
		}
		if _, done := env.Modules.GetStr(full + "." + string(name)); !done {
			registerModuleIn(env, full+"."+string(name), sub)
			if sub.Name == full+"."+string(name) {
				registerSubmodules(env, sub.Name, sub) // concurrent.futures.thread
			}
		}
	}
}

// builtinModule returns the constructor of the built-in module full as
// interpreter env sees it, or nil.
func builtinModule(env *runtime.Env, full string) func() *runtime.Module {
	if mk := env.ExtraModules[full]; mk != nil {
		return mk
	}
	if env.AllowModule != nil && !env.AllowModule(full) {
		return nil
	}
	if mk := runtime.EnvModules[full]; mk != nil {
		return func() *runtime.Module { return mk(env) }
	}
	return runtime.BuiltinModules[full]
}

// waitEntry waits until the module of e has run (another thread is
// running its body): a cancellable wait that the deadlock detector sees
// (two threads importing each other's modules wait for each other).
func waitEntry(th *runtime.Thread, e *modEntry) error {
	if e.th == th {
		return nil // circular import on this thread: partial module
	}
	if err := th.Wait(e.done, "import of '"+e.name+"'", nil); err != nil {
		return err
	}
	return e.err
}

func findModuleFile(dirs []string, short string) (file, pkgDir string) {
	for _, d := range dirs {
		for _, ext := range []string{".sp", ".py"} {
			p := filepath.Join(d, short+ext)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return p, ""
			}
		}
		pd := filepath.Join(d, short)
		if st, err := os.Stat(pd); err == nil && st.IsDir() {
			for _, init := range []string{"__init__.sp", "__init__.py"} {
				p := filepath.Join(pd, init)
				if _, err := os.Stat(p); err == nil {
					return p, pd
				}
			}
		}
	}
	return "", ""
}

// sourceModule returns the source of the built-in module full written in
// Spindle (runtime.SourceModules), if env allows it.
func sourceModule(env *runtime.Env, full string) (string, bool) {
	text, ok := runtime.SourceModules[full]
	if !ok || (env.AllowModule != nil && !env.AllowModule(full)) {
		return "", false
	}
	return text, true
}

func execModuleFile(th *runtime.Thread, m *runtime.Module, file, pkg string) error {
	src, err := os.ReadFile(file)
	if err != nil {
		return runtime.OSErrorFromGo(err, file)
	}
	return execModuleSource(th, m, file, src, pkg)
}

// execModuleSource runs src, the code of module m read from file.
func execModuleSource(th *runtime.Thread, m *runtime.Module, file string, src []byte, pkg string) error {
	g := newGlobals(m, pkg)
	g.builtins = th.Env().Builtins
	code, err := compileModule(file, src, g)
	if err != nil {
		return syntaxException(err)
	}
	return runModuleCode(th, code, g)
}

// ---- import statements ----

func (c *compiler) importStmt(s *ast.Import) stmtFn {
	type item struct {
		name  string
		store storeFn
		top   bool
	}
	var items []item
	for _, a := range s.Names {
		if a.AsName != "" {
			items = append(items, item{a.Name, c.storeName(a.AsName, false), false})
		} else {
			top := strings.SplitN(a.Name, ".", 2)[0]
			items = append(items, item{a.Name, c.storeName(top, false), true})
		}
	}
	return func(fr *Frame) (ctrl, error) {
		for _, it := range items {
			m, err := importModule(fr.th, it.name)
			if err != nil {
				return 0, err
			}
			if it.top && strings.Contains(it.name, ".") {
				top := strings.SplitN(it.name, ".", 2)[0]
				m, err = importModule(fr.th, top)
				if err != nil {
					return 0, err
				}
			}
			if err := it.store(fr, m); err != nil {
				return 0, err
			}
		}
		return 0, nil
	}
}

func moduleLocation(m runtime.Value) string {
	if mod, ok := m.(*runtime.Module); ok && mod.File != "" {
		return mod.File
	}
	return "unknown location"
}

func (c *compiler) importFrom(s *ast.ImportFrom) stmtFn {
	if s.Module == "__future__" && s.Level == 0 {
		return nop
	}
	type item struct {
		name  string
		store storeFn
	}
	star := false
	var items []item
	for _, a := range s.Names {
		if a.Name == "*" {
			star = true
			continue
		}
		as := a.AsName
		if as == "" {
			as = a.Name
		}
		items = append(items, item{a.Name, c.storeName(as, false)})
	}
	pkg := c.g.pkg
	level, module := s.Level, s.Module
	g := c.g
	return func(fr *Frame) (ctrl, error) {
		th := fr.th
		full, err := runtime.ResolveRelativeImport(pkg, level, module)
		if err != nil {
			return 0, err
		}
		m, err := importModule(th, full)
		if err != nil {
			return 0, err
		}
		if star {
			return 0, importStar(th, m, g)
		}
		for _, it := range items {
			v, err := runtime.GetAttr(th, m, it.name)
			if err != nil {
				if !runtime.IsExc(err, runtime.AttributeErrorType) {
					return 0, err
				}
				// Maybe a submodule of a package.
				sub, serr := importModule(th, full+"."+it.name)
				if serr != nil {
					if !runtime.IsExc(serr, runtime.ModuleNotFoundErrorType) {
						return 0, serr
					}
					ie := runtime.NewError(runtime.ImportErrorType, "cannot import name '%s' from '%s' (%s)", it.name, full, moduleLocation(m))
					ie.Attrs = runtime.NewDict()
					ie.Attrs.SetStr("name", runtime.Str(full))
					if loc := moduleLocation(m); loc != "unknown location" {
						ie.Attrs.SetStr("path", runtime.Str(loc))
					}
					return 0, ie
				}
				v = sub
			}
			if err := it.store(fr, v); err != nil {
				return 0, err
			}
		}
		return 0, nil
	}
}

func importStar(th *runtime.Thread, m runtime.Value, g *Globals) error {
	mod, ok := m.(*runtime.Module)
	if !ok {
		return nil
	}
	if all, ok := mod.Dict.GetStr("__all__"); ok {
		names, err := runtime.IterateAll(th, all)
		if err != nil {
			return err
		}
		for _, n := range names {
			s, ok := n.(runtime.Str)
			if !ok {
				return runtime.NewError(runtime.TypeErrorType, "Item in %s.__all__ must be str, not %s", mod.Name, runtime.TypeName(n))
			}
			v, err := runtime.GetAttr(th, m, string(s))
			if err != nil {
				return err
			}
			g.dict.SetStr(string(s), v)
		}
		return nil
	}
	for _, kv := range mod.Dict.Items() {
		s, ok := kv[0].(runtime.Str)
		if !ok || strings.HasPrefix(string(s), "_") {
			continue
		}
		g.dict.SetStr(string(s), kv[1])
	}
	return nil
}
