# a bare raise in except* re-raises the naked exception wrapped in an ExceptionGroup
def f():
    raise ValueError("naked")

try:
    f()
except* ValueError:
    print("handling")
    raise
