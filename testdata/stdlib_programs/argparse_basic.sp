# argparse: positionals, options, types, defaults, choices, actions, nargs, help output, errors
import argparse, sys

p = argparse.ArgumentParser(prog="tool", description="Process some files and report statistics about them.", epilog="See the manual for more.")
p.add_argument("src", help="source file")
p.add_argument("dest", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-n", "--count", type=int, default=3, help="how many")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("-q", "--quiet", action="store_true", help="be quiet")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("-I", "--include", action="append", metavar="DIR", help="add a directory to the search path used to locate included files")
p.add_argument("--pair", nargs=2, type=float)
p.add_argument("--tags", nargs="*")
p.add_argument("--req", required=False, nargs="+")
p.print_help()
print(p.format_usage(), end="")
print(p.parse_args(["a.txt"]))
print(p.parse_args(["a.txt", "b.txt", "-n", "7", "-vv", "--mode=slow", "-q", "--no-color", "-I", "x", "--include", "y", "--pair", "1", "2.5", "--tags", "t1", "t2"]))
ns = p.parse_args(["--count=9", "f", "--req", "r1", "r2", "-Iz"])
print(ns.count, ns.src, ns.req, ns.include, ns.verbose, vars(ns)["mode"])
for argv in [[], ["a", "-n", "x"], ["a", "--mode", "medium"], ["a", "b", "c"], ["a", "--pair", "1"], ["a", "-q=1"], ["a", "--bogus"], ["a", "-n"]]:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
ns, extra = p.parse_known_args(["a", "--zzz", "q"])
print(ns.src, extra)

g = argparse.ArgumentParser(prog="git")
g.add_argument("--debug", action="store_true")
sub = g.add_subparsers(dest="cmd", help="sub-command help")
c = sub.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
pu = sub.add_parser("push", help="update remote")
pu.add_argument("remote", nargs="?", default="origin")
print(g.parse_args(["--debug", "commit", "-m", "hi"]))
print(g.parse_args(["push"]), g.parse_args([]))
g.print_help()
for argv in [["commit"], ["pull"], ["push", "a", "b"]]:
    try:
        g.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
m = argparse.ArgumentParser(prog="m")
grp = m.add_mutually_exclusive_group()
grp.add_argument("--a", action="store_true")
grp.add_argument("--b", action="store_true")
print(m.parse_args(["--a"]), m.format_usage(), end="")
try:
    m.parse_args(["--a", "--b"])
except SystemExit as e:
    print("exit", e.code)
try:
    p.parse_args(["-h"])
except SystemExit as e:
    print("help exit", e.code)
print(argparse.Namespace(x=1, a="b"), argparse.Namespace(x=1) == argparse.Namespace(x=1))
