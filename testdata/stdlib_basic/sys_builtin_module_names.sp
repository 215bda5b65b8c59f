import subprocess, sys
names = sys.builtin_module_names
print(type(names).__name__, list(names) == sorted(names), len(set(names)) == len(names))
for m in ("sys", "builtins", "itertools", "time"):
    print(m, m in names)
print(all("." not in n for n in names))
r = subprocess.run([sys.executable, "-c", "print(__name__)\nprint(__file__)"], capture_output=True, text=True)
print(r.returncode, r.stdout, r.stderr.splitlines()[-1])
r = subprocess.run([sys.executable, "-c", "print('__file__' in globals())"], capture_output=True, text=True)
print(r.stdout, end="")
