import sys


def hook(tp, value, tb):
    print("exiting from hook:", value)
    sys.exit(3)


sys.excepthook = hook
raise LookupError("gone")
