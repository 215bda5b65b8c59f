# the traceback module formats exception groups like traceback.py: every line of the box carries the margin
import traceback
e = ValueError("a\nb")
e.add_note("note one\nnote two")
eg = ExceptionGroup("multi\nline", [e, SyntaxError("msg", ("f.py", 1, 2, "x = (", 1, 3)), ExceptionGroup("inner", [KeyError(1)])])
print("".join(traceback.format_exception(eg)), end="")
print(traceback.format_exception_only(eg))
try:
    try:
        raise eg
    except* KeyError:
        raise RuntimeError("in handler")
except ExceptionGroup:
    print(traceback.format_exc().replace(__file__, "FILE"), end="")
