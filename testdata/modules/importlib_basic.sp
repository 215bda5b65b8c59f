# importlib.import_module (absolute, dotted, relative with package=),
# importlib.reload, importlib.util.find_spec and __import__.
import importlib
import importlib.util
import os
import sys
import tempfile

m = importlib.import_module("json")
print(m.dumps({"a": 1}), m is sys.modules["json"])
print(importlib.import_module("os.path") is os.path)
sub = importlib.import_module(".sub_helper", package="mypkg")
print(sub.__name__, sub.sub_func())
print(importlib.import_module("..sub_helper", package="mypkg.x").__name__)
print(importlib.import_module("mypkg") is sys.modules["mypkg"])

for args in [("nosuchmod_xyz",), (".sub_helper",), ("...x", "mypkg"), ("",), ("mypkg.nosuch",)]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(importlib.util.find_spec("nosuchmod_xyz"))
print(importlib.util.find_spec("mypkg.nosuch"))
spec = importlib.util.find_spec("mymod_helper")
print(spec.name, os.path.basename(spec.origin), spec.parent == "", spec.submodule_search_locations)
spec = importlib.util.find_spec("mypkg")
print(spec.name, spec.parent, os.path.basename(spec.origin), len(spec.submodule_search_locations))
print(importlib.util.find_spec(".sub_helper", "mypkg").name)
print(importlib.util.find_spec("sys").origin)
print(importlib.util.resolve_name("..a", "p.q.r"), importlib.util.resolve_name("abs", None))
try:
    importlib.util.find_spec("os.nosuch")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)

print(__import__("os.path").__name__, __import__("os.path", fromlist=["join"]).__name__)
print(__import__("sub_helper", {"__package__": "mypkg"}, None, ["sub_func"], 1).__name__)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "plugin.py")
    with open(path, "w") as f:
        f.write("VALUE = 1\nprint('plugin runs as', __name__)\n")
    sys.path.insert(0, d)
    plugin = importlib.import_module("plugin")
    print(plugin.VALUE)
    with open(path, "w") as f:
        f.write("VALUE = 2\nprint('plugin runs again as', __name__)\n")
    again = importlib.reload(plugin)
    print(again is plugin, plugin.VALUE)
    sys.path.remove(d)

    spec = importlib.util.spec_from_file_location("byfile", path)
    mod = importlib.util.module_from_spec(spec)
    print(mod.__name__, "VALUE" in dir(mod))
    spec.loader.exec_module(mod)
    print(mod.VALUE, mod.__file__ == path, "byfile" in sys.modules)

try:
    importlib.reload(42)
except TypeError as e:
    print("TypeError", e)
