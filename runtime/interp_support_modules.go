package runtime

import "strings"

// LoadedModules is sys.modules: every module imported so far, by name
// (owned by the interpreter's importer, which adds each module before
// running its body; the sys module exposes this dict itself). A module the
// program puts here is what a later `import` of that name returns.
var LoadedModules = NewDict()

// The importer's services for importlib (set by the interpreter, which
// owns the importer; see interp/importlib_support.go).
var (
	// FindModule finds module full without running it: origin is
	// "built-in", "frozen" or a file path, pkgDir a package's folder;
	// ok is false when there is no such module.
	FindModule func(th *Thread, full string) (origin, pkgDir string, ok bool, err error)
	// ExecModuleFile runs the code of file in module m.
	ExecModuleFile func(th *Thread, m *Module, file string) error
	// ReloadModule runs the code of module m again in its namespace.
	ReloadModule func(th *Thread, m *Module) error
)

// ResolveRelativeImport turns a relative module reference (level dots
// before module, in package pkg) into an absolute name.
func ResolveRelativeImport(pkg string, level int, module string) (string, error) {
	if level == 0 {
		return module, nil
	}
	if pkg == "" {
		return "", NewError(ImportErrorType, "attempted relative import with no known parent package")
	}
	parts := strings.Split(pkg, ".")
	if level-1 >= len(parts) {
		return "", NewError(ImportErrorType, "attempted relative import beyond top-level package")
	}
	base := strings.Join(parts[:len(parts)-(level-1)], ".")
	if module == "" {
		return base, nil
	}
	return base + "." + module, nil
}
