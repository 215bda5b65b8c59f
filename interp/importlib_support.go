package interp

import (
	"os"
	"strings"

	"github.com/spindle-lang/spindle/runtime"
)

// What importlib needs from the importer (stdlib/pysrc/importlib.py over
// the Go module _imp): finding a module without running it
// (importlib.util.find_spec), running a file into a module object
// (spec.loader.exec_module) and running a module's code again
// (importlib.reload).

func init() {
	runtime.FindModule = findModuleOrigin
	runtime.ExecModuleFile = ExecModuleFile
	runtime.ReloadModule = ReloadModule
}

// ModuleOrigin is where a module would be loaded from: Origin is
// "built-in" (a Go module), "frozen" (a module written in Spindle and
// embedded) or a file path; PkgDir is a package's folder ("" for a
// plain module).
type ModuleOrigin struct {
	Origin, PkgDir string
}

func findModuleOrigin(th *runtime.Thread, full string) (origin, pkgDir string, ok bool, err error) {
	o, ok, err := FindModule(th, full)
	return o.Origin, o.PkgDir, ok, err
}

// FindModule finds module full as an import would, without running it;
// ok is false when there is no such module. As in CPython, the parent
// package of a dotted name is imported first.
func FindModule(th *runtime.Thread, full string) (o ModuleOrigin, ok bool, err error) {
	env := th.Env()
	l := loaderOf(env)
	if v, loaded := env.Modules.GetStr(full); loaded {
		return loadedOrigin(l, full, v), true, nil
	}
	if _, src := sourceModule(env, full); src {
		return ModuleOrigin{Origin: "frozen"}, true, nil
	}
	dirs := l.importPath(env)
	short := full
	if i := strings.LastIndex(full, "."); i >= 0 {
		parent := full[:i]
		if _, err := importModule(th, parent); err != nil {
			return o, false, err
		}
		if v, loaded := env.Modules.GetStr(full); loaded { // os.path
			return loadedOrigin(l, full, v), true, nil
		}
		l.mu.Lock()
		e := l.entries[parent]
		l.mu.Unlock()
		if e == nil || e.path == nil {
			ex := runtime.NewError(runtime.ModuleNotFoundErrorType, "__path__ attribute not found on '%s' while trying to find '%s'", parent, full)
			ex.Attrs = runtime.NewDict()
			ex.Attrs.SetStr("name", runtime.Str(full))
			return o, false, ex
		}
		dirs, short = e.path, full[i+1:]
	} else if builtinModule(env, full) != nil {
		return ModuleOrigin{Origin: "built-in"}, true, nil
	}
	file, pkgDir := findModuleFile(dirs, short)
	if file == "" {
		return o, false, nil
	}
	return ModuleOrigin{Origin: file, PkgDir: pkgDir}, true, nil
}

// loadedOrigin is the origin of module v, already loaded as full.
func loadedOrigin(l *loader, full string, v runtime.Value) ModuleOrigin {
	m, ok := v.(*runtime.Module)
	if !ok || m.File == "" {
		return ModuleOrigin{Origin: "built-in"}
	}
	if strings.HasPrefix(m.File, "<frozen ") {
		return ModuleOrigin{Origin: "frozen"}
	}
	o := ModuleOrigin{Origin: m.File}
	l.mu.Lock()
	if e := l.entries[full]; e != nil && len(e.path) > 0 {
		o.PkgDir = e.path[0]
	}
	l.mu.Unlock()
	return o
}

// ExecModuleFile runs the code of file in module m (whose __package__,
// if set, anchors its relative imports).
func ExecModuleFile(th *runtime.Thread, m *runtime.Module, file string) error {
	src, err := os.ReadFile(file)
	if err != nil {
		return runtime.OSErrorFromGo(err, file)
	}
	if m.File == "" {
		m.File = file
	}
	m.Dict.SetStr("__file__", runtime.Str(file))
	return execModuleSource(th, m, file, src, modulePackage(m))
}

// ReloadModule runs the code of module m again in its own namespace
// (importlib.reload); a Go module has no code to run again and is left
// as it is.
func ReloadModule(th *runtime.Thread, m *runtime.Module) error {
	switch {
	case m.File == "":
		return nil
	case strings.HasPrefix(m.File, "<frozen "):
		text, ok := sourceModule(th.Env(), m.Name)
		if !ok {
			return nil
		}
		return execModuleSource(th, m, m.File, []byte(text), modulePackage(m))
	}
	return ExecModuleFile(th, m, m.File)
}

// modulePackage is m's __package__ ("" when unset or not a str).
func modulePackage(m *runtime.Module) string {
	if v, ok := m.Dict.GetStr("__package__"); ok {
		if s, ok := v.(runtime.Str); ok {
			return string(s)
		}
	}
	return ""
}
