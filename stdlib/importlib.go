package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// The Go module _importlib: what importlib (pysrc/importlib.py) and
// importlib.util (pysrc/importlib_util.py) need from the interpreter's
// importer, which the stdlib reaches through runtime's hooks
// (runtime.FindModule, ExecModuleFile, ReloadModule).

func loadImportlibModule() *rt.Module {
	m := rt.NewModule("_importlib")
	for _, f := range []*rt.Builtin{
		rt.NewFunc("find", importlibFind),
		rt.NewFunc("exec_file", importlibExecFile),
		rt.NewFunc("reload", importlibReload),
		rt.NewFunc("import_module", importlibImport),
	} {
		m.Dict.SetStr(f.Name, f)
	}
	return m
}

// importlibFind is find(fullname): None when there is no such module,
// else (origin, package folder or None).
func importlibFind(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var name string
	if err := rt.UnpackArgs("find", args, kwargs, "name", &name); err != nil {
		return nil, err
	}
	origin, pkgDir, ok, err := rt.FindModule(th, name)
	if err != nil || !ok {
		return rt.None, err
	}
	var dir rt.Value = rt.None
	if pkgDir != "" {
		dir = rt.Str(pkgDir)
	}
	return rt.NewTuple([]rt.Value{rt.Str(origin), dir}), nil
}

// importlibExecFile is exec_file(module, path): runs the file's code in
// the module's namespace.
func importlibExecFile(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var mod rt.Value
	var path string
	if err := rt.UnpackArgs("exec_file", args, kwargs, "module", &mod, "path", &path); err != nil {
		return nil, err
	}
	m, ok := mod.(*rt.Module)
	if !ok {
		return nil, rt.NewError(rt.TypeErrorType, "exec_module() argument must be a module, not %s", mod.Type().Name())
	}
	return rt.None, rt.ExecModuleFile(th, m, path)
}

// importlibReload is reload(module): runs its code again (a Go module is
// left as it is) and returns it.
func importlibReload(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var mod rt.Value
	if err := rt.UnpackArgs("reload", args, kwargs, "module", &mod); err != nil {
		return nil, err
	}
	m, ok := mod.(*rt.Module)
	if !ok {
		return nil, rt.NewError(rt.TypeErrorType, "reload() argument must be a module")
	}
	return m, rt.ReloadModule(th, m)
}

// importlibImport is import_module(name) for an absolute name: the
// module the full name designates (not its top-level package).
func importlibImport(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var name string
	if err := rt.UnpackArgs("import_module", args, kwargs, "name", &name); err != nil {
		return nil, err
	}
	if Import == nil {
		return nil, rt.NewError(rt.ImportErrorType, "import not available")
	}
	return Import(th, name)
}
