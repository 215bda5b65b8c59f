# argparse formatter classes: RawDescriptionHelpFormatter, RawTextHelpFormatter, ArgumentDefaultsHelpFormatter
import argparse
p = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="Line one\n  indented two\n\nThird paragraph", epilog="example:\n  raw -x 1")
p.add_argument("-x", type=int, help="an x value")
p.print_help()
q = argparse.ArgumentParser(prog="defs", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
q.add_argument("--size", type=int, default=10, help="the size")
q.add_argument("--name", default="bob", help="who")
q.add_argument("--flag", action="store_true", help="a flag")
q.add_argument("files", nargs="*", help="inputs")
q.print_help()
r = argparse.ArgumentParser(prog="rt", formatter_class=argparse.RawTextHelpFormatter)
r.add_argument("--mode", help="one of:\n  a - first\n  b - second")
r.print_help()
