# sys.exit unwinds through every finally and with block, then exits with its code.
import sys

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__)
        return False

def inner():
    with Resource("inner"):
        try:
            sys.exit(9)
        finally:
            print("finally inner")

try:
    with Resource("outer"):
        inner()
except Exception:
    print("not reached: SystemExit is not an Exception")
finally:
    print("finally outer")
