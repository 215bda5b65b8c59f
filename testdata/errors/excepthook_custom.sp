import sys


def hook(tp, value, tb):
    print("hook:", tp.__name__, repr(value), tb.tb_lineno, tb.tb_next.tb_lineno)
    print("default hook is kept:", sys.__excepthook__ is not hook)


def fail():
    raise ValueError("not handled")


sys.excepthook = hook
print("start")
fail()
