# argparse: BooleanOptionalAction and '*' positionals (required unless they have a default)
import argparse
p = argparse.ArgumentParser(prog="sync", description="Sync files.")
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="colour the output")
p.add_argument("--cache", action=argparse.BooleanOptionalAction, help="use the cache")
p.add_argument("-q", "--quiet", "--silent", action=argparse.BooleanOptionalAction, default=False)
p.add_argument("files", nargs="*")
print(p.parse_args([]))
print(p.parse_args(["--no-color", "--cache", "a", "b"]))
print(p.parse_args(["--color", "--no-cache", "-q"]))
print(p.parse_args(["--no-quiet", "--quiet"]))
p.print_help()
print(issubclass(argparse.BooleanOptionalAction, argparse.Action), argparse.BooleanOptionalAction.__name__, argparse.BooleanOptionalAction.__module__)
try:
    p.parse_args(["--no-color=x"])
except SystemExit as e:
    print("exit", e.code)
r = argparse.ArgumentParser(prog="r")
r.add_argument("src")
r.add_argument("dst", nargs="*")
print(r.parse_args(["a"]), r.parse_args(["a", "b", "c"]))
try:
    r.parse_args([])
except SystemExit as e:
    print("exit", e.code)
d = argparse.ArgumentParser(prog="d")
d.add_argument("src")
d.add_argument("dst", nargs="*", default=["."])
try:
    d.parse_args([])
except SystemExit as e:
    print("exit", e.code)
print(d.parse_args(["x"]))
o = argparse.ArgumentParser(prog="o")
o.add_argument("items", nargs="*")
print(o.parse_args([]))
