#!/bin/sh
# Regenerate the golden expectations (.out / .err / .exit) of the Python-core
# tests from CPython 3.11, the oracle for LANGUAGE.md §1.
#
# usage: testdata/regen_from_python.sh [FILE.sp | DIR]...
#   (no argument: every test under testdata/)
#
# Not regenerated (their expectations are hand-written, see README.md):
#   testdata/spindle_*/   Spindle-specific behaviour
#   testdata/threads/, sharing/, stress/   structured threads (Spindle syntax)
#   testdata/fuzz/        fuzz corpora
# Not tests at all: *_helper.sp, __init__.sp and any .sp inside a package
# folder (a folder holding __init__.sp); they are modules other tests import.
#
# Each program runs as `cd <its folder> && python3 -B <name>.sp </dev/null`
# with a sitecustomize that lets `import m` find m.sp (and m/__init__.sp),
# as Spindle does. Then:
#   stdout -> <name>.out (written when non-empty, or when stderr is empty)
#   stderr -> <name>.err (written when non-empty, else removed), after one
#     filter: `File "/abs/folder/x.sp"` becomes `File "x.sp"` (CPython
#     3.9+ makes the script path absolute; Spindle prints it as given). The
#     fine-grained error location lines of 3.11 ('^' and '~' under the
#     failing expression) are kept: Spindle prints them too.
#   exit code -> <name>.exit, only when it is not the default (1 with an
#     .err file, 0 without).
# Every program runs twice, with PYTHONHASHSEED=0 and 1; a difference is
# reported as NONDETERMINISTIC (fix the program: sort sets, etc.); a
# Python warning on stderr (SyntaxWarning, DeprecationWarning) is reported
# too: Spindle does not print CPython's warnings, so avoid triggering them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exec python3 - "$here" "$@" <<'PY'
import os, re, subprocess, sys, tempfile

root = sys.argv[1]
args = sys.argv[2:] or [root]

SITE = r'''
import sys, importlib.machinery as _m
sys.path_hooks.insert(0, _m.FileFinder.path_hook(
    (_m.SourceFileLoader, ['.sp', '.py']),
    (_m.ExtensionFileLoader, _m.EXTENSION_SUFFIXES),
    (_m.SourcelessFileLoader, _m.BYTECODE_SUFFIXES)))
sys.path_importer_cache.clear()
'''
site_dir = tempfile.mkdtemp(prefix="spindle-regen-")
with open(os.path.join(site_dir, "sitecustomize.py"), "w") as f:
    f.write(SITE)

def is_test(path):
    d, base = os.path.split(path)
    rel = os.path.relpath(path, root).split(os.sep)
    if rel[0].startswith("spindle_") or rel[0] in ("fuzz", "threads", "sharing", "stress"):
        return False
    if base.endswith("_helper.sp") or base == "__init__.sp":
        return False
    if os.path.exists(os.path.join(d, "__init__.sp")):
        return False
    return True

def collect(arg):
    arg = os.path.abspath(arg)
    if os.path.isfile(arg):
        return [arg]
    out = []
    for d, dirs, files in os.walk(arg):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".sp"):
                p = os.path.join(d, name)
                if is_test(p):
                    out.append(p)
    return out

def run(path, seed):
    d, base = os.path.split(path)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PYTHON") and k != "SPINDLEPATH"}
    env.update(PYTHONPATH=site_dir, PYTHONHASHSEED=str(seed),
               PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    p = subprocess.run([sys.executable, "-B", base], cwd=d, env=env,
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    out = p.stdout.decode()
    err = p.stderr.decode().replace('File "' + d + os.sep, 'File "')
    return out, err, p.returncode

def write(path, text, keep):
    if keep:
        with open(path, "w") as f:
            f.write(text)
    elif os.path.exists(path):
        os.remove(path)

n = 0
for a in args:
    for path in collect(a):
        out, err, code = run(path, 0)
        if run(path, 1) != (out, err, code):
            print("NONDETERMINISTIC:", os.path.relpath(path, root), file=sys.stderr)
        if "Warning: " in err:
            print("WARNING in stderr (fix the program):", os.path.relpath(path, root), file=sys.stderr)
        stem = path[:-3]
        write(stem + ".out", out, out != "" or err == "")
        write(stem + ".err", err, err != "")
        default = 1 if err else 0
        write(stem + ".exit", "%d\n" % code, code != default)
        n += 1
print("regenerated %d programs" % n, file=sys.stderr)
PY
