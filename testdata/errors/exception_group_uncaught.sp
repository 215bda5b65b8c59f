# an uncaught exception group: nested boxes, sub-tracebacks, notes, chained sub-exceptions
def inner(n):
    raise ValueError(n)

def collect():
    errs = []
    for i in range(2):
        try:
            inner(i)
        except ValueError as e:
            errs.append(e)
    k = KeyError("k")
    k.add_note("a note\nover two lines")
    try:
        raise OSError(2, "nope")
    except OSError as o:
        try:
            raise RuntimeError("while handling")
        except RuntimeError as r:
            errs.append(r)
    errs.append(ExceptionGroup("nested", [k, TypeError("t")]))
    raise ExceptionGroup("many", errs)

try:
    collect()
except ExceptionGroup as eg:
    eg.add_note("top-level note")
    raise
