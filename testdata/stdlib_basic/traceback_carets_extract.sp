# FrameSummary positions (end_lineno, colno, end_colno: UTF-8 byte
# offsets, as in CPython 3.11) and the marks format_list draws with them.
import sys
import traceback


def f():
    d = {"é": [1]}
    return d["é"][3]


try:
    f()
except IndexError as e:
    s = traceback.extract_tb(e.__traceback__)
    print([(x.name, x.lineno, x.end_lineno, x.colno, x.end_colno, x.line) for x in s])
    print("".join(traceback.format_list(s)), end="", file=sys.stderr)
    fs = traceback.FrameSummary("t.sp", 4, "f", line="x")
    print(fs.colno, fs.end_colno, fs.end_lineno, fs.line)
    fs = traceback.FrameSummary("t.sp", 4, "f", line="x = 1 + 2", end_lineno=4, colno=4, end_colno=9)
    print(fs.colno, fs.end_colno, fs.end_lineno, fs.line)
    print("".join(traceback.format_list([("t.sp", 4, "f", "return d")])), end="")
