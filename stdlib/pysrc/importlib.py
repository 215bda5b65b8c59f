"""importlib for Spindle: import_module, reload and invalidate_caches over
the interpreter's importer (the Go module _importlib)."""

import sys
import _importlib

__all__ = ["import_module", "reload", "invalidate_caches"]


def _resolve_name(name, package, level):
    """The absolute name of a relative import (CPython's _resolve_name)."""
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f"module name must be str, not {type(name)}")
    if level < 0:
        raise ValueError("level must be >= 0")
    if level > 0:
        if not isinstance(package, str):
            raise TypeError("__package__ not set to a string")
        elif not package:
            raise ImportError("attempted relative import with no known parent package")
    if not name and level == 0:
        raise ValueError("Empty module name")


def import_module(name, package=None):
    """Import a module; a name starting with dots is relative to package."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != ".":
                break
            level += 1
    _sanity_check(name[level:], package, level)
    if level > 0:
        name = _resolve_name(name[level:], package, level)
    return _importlib.import_module(name)


def reload(module):
    """Run a module's code again in its namespace and return it."""
    try:
        name = module.__name__
    except AttributeError:
        raise TypeError("reload() argument must be a module")
    if not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    _importlib.reload(module)
    return sys.modules[name]


def invalidate_caches():
    """The importer keeps no finder caches: nothing to do."""


import importlib.util as util  # importlib.util is an attribute, as in CPython
