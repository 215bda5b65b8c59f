import sys


def hook(tp, value, tb):
    raise RuntimeError("hook failed")


sys.excepthook = hook
{}["missing"]
