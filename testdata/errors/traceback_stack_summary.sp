# traceback.StackSummary: extract_tb/extract_stack return one (a list
# subclass) with format(); from_list builds one (CPython 3.11).
import os
import traceback


def show(lines):
    # CPython makes the script path absolute; Spindle keeps it as given.
    print("".join(lines).replace(__file__, os.path.basename(__file__)), end="")


def inner():
    return 1 / 0


def outer():
    return inner()


try:
    outer()
except ZeroDivisionError as e:
    ss = traceback.extract_tb(e.__traceback__)
print(type(ss).__name__, isinstance(ss, list), isinstance(ss, traceback.StackSummary), len(ss))
print([f.name for f in ss], [f.lineno for f in ss])
show(ss.format())
print(ss.format() == traceback.format_list(ss))
st = traceback.extract_stack()
print(type(st).__name__, st[-1].name, st[-1].lineno)
fl = traceback.StackSummary.from_list([("a.py", 3, "f", "x = 1"), ss[0]])
print(type(fl).__name__, [type(f).__name__ for f in fl], fl[0].filename, fl[0].line)
show(fl.format())
