"""importlib.util for Spindle: find_spec, resolve_name,
spec_from_file_location and module_from_spec, with a loader whose
exec_module runs a file through the interpreter's importer."""

import sys
import _importlib
from importlib import _resolve_name

__all__ = ["find_spec", "resolve_name", "spec_from_file_location",
           "module_from_spec", "ModuleSpec"]


class SourceFileLoader:
    """Loads a module from a source file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        _importlib.exec_file(module, self.path)

    def get_filename(self, fullname=None):
        return self.path

    def __repr__(self):
        return f"<SourceFileLoader object for {self.path!r}>"


class ModuleSpec:
    """What find_spec reports about a module."""

    def __init__(self, name, loader, *, origin=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.submodule_search_locations = [] if is_package else None
        self.loader_state = None
        self.cached = None
        self.has_location = origin is not None and origin not in ("built-in", "frozen")

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    def __repr__(self):
        args = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            args.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            args.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"ModuleSpec({', '.join(args)})"

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.has_location == other.has_location)


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith("."):
        return name
    elif not package:
        raise ImportError(f"no package specified for {repr(name)} "
                          "(required for relative module names)")
    level = 0
    for character in name:
        if character != ".":
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def _spec_of(fullname, found):
    origin, pkgdir = found
    loader = None
    if origin not in ("built-in", "frozen"):
        loader = SourceFileLoader(fullname, origin)
    spec = ModuleSpec(fullname, loader, origin=origin, is_package=pkgdir is not None)
    if pkgdir is not None:
        spec.submodule_search_locations.append(pkgdir)
    return spec


def find_spec(name, package=None):
    """The spec of a module (None if it cannot be found), importing its
    parent package first as CPython does."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules and sys.modules[fullname] is None:
        return None
    found = _importlib.find(fullname)
    if found is None:
        return None
    return _spec_of(fullname, found)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for loading module name from the source file location."""
    if location is None:
        return None
    location = str(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    """A new, empty module for spec (its loader's exec_module fills it)."""
    module = None
    if spec.loader is not None and hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
        module.__package__ = spec.name
    else:
        module.__package__ = spec.name.rpartition(".")[0]
    if spec.has_location:
        module.__file__ = spec.origin
    return module
