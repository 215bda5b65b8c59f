package runtime

// Module is a loaded module: a name and a namespace dict.
type Module struct {
	Name string
	File string // "" for built-in modules
	Dict *Dict
}

// ModuleType is the type of modules.
var ModuleType = NewBuiltinType("module", nil)

// NewModule makes an empty module with __name__ set.
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.SetStr("__name__", Str(name))
	return m
}

// Type returns ModuleType.
func (*Module) Type() *Type { return ModuleType }

// GetAttr reads a module global.
func (m *Module) GetAttr(th *Thread, name string) (Value, error) {
	v, _ := m.Dict.GetStr(name)
	return v, nil
}

// SetAttr sets (or with v nil deletes) a module global.
func (m *Module) SetAttr(th *Thread, name string, v Value) error {
	if v == nil {
		_, ok, _ := m.Dict.Delete(th, Str(name))
		if !ok {
			return NewError(AttributeErrorType, "module '%s' has no attribute '%s'", m.Name, name)
		}
		return nil
	}
	m.Dict.SetStr(name, v)
	return nil
}

// AttrNames lists the module's globals for dir().
func (m *Module) AttrNames() []string {
	var out []string
	for _, k := range m.Dict.Keys() {
		if s, ok := k.(Str); ok {
			out = append(out, string(s))
		}
	}
	return out
}

// BuiltinModules maps a module name to the function that creates it. The
// stdlib package registers its modules here at init; the importer calls
// the constructor once per process and caches the module.
var BuiltinModules = map[string]func() *Module{}

// RegisterModule makes a built-in module importable.
func RegisterModule(name string, make func() *Module) { BuiltinModules[name] = make }

// Builtins is the dict of built-in names (print, len, ValueError, ...),
// filled by the stdlib package at init; the interpreter resolves names not
// found in a module's globals here.
var Builtins = NewDict()

// SourceModules are built-in modules written in Spindle itself: the
// importer compiles and runs the source like a module file named
// "<frozen NAME>". They are registered like BuiltinModules, at init, and
// allowed or refused like them (Env.AllowModule).
var SourceModules = map[string]string{}

// RegisterSourceModule makes the module name, whose code is src,
// importable.
func RegisterSourceModule(name, src string) { SourceModules[name] = src }
