import sys


def who_called_me():
    caller = sys._getframe(1)
    return caller.f_code.co_name, caller.f_lineno


def outer(a, b=2):
    c = a + b
    f = sys._getframe()
    print(f.f_code.co_name, f.f_lineno, sorted(f.f_locals), f.f_locals["c"])
    print(f.f_back.f_code.co_name, f.f_back.f_lineno, f.f_globals is globals())
    print(who_called_me())
    return inner()


def inner():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return names


print(outer(1))
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_locals is globals(), top.f_code.co_filename.endswith("sys_getframe.sp"))
print(type(top).__name__, type(top.f_code).__name__)
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
print((lambda: sys._getframe().f_code.co_name)())
print([sys._getframe().f_code.co_name for _ in range(1)])
