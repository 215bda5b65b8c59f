# ExceptionGroup.split / subgroup: by type, tuple of types, predicate; metadata copied to the parts
def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return "%s(%r: %s)" % (type(e).__name__, e.message, ", ".join(leaves(x) for x in e.exceptions))
    return repr(e)

def show(label, v):
    if isinstance(v, tuple):
        print(label, " | ".join("None" if x is None else leaves(x) for x in v))
    else:
        print(label, "None" if v is None else leaves(v))

eg = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("mid", [ValueError(3), KeyError(4), ExceptionGroup("deep", [TypeError(5)])]),
    OSError(6),
])
show("split ValueError:", eg.split(ValueError))
show("split (TypeError, OSError):", eg.split((TypeError, OSError)))
show("split LookupError:", eg.split(LookupError))
show("split Exception:", eg.split(Exception))
show("split RuntimeError:", eg.split(RuntimeError))
show("split predicate:", eg.split(lambda e: isinstance(e, ValueError) or getattr(e, "message", "") == "deep"))
show("subgroup ValueError:", eg.subgroup(ValueError))
show("subgroup nothing:", eg.subgroup(lambda e: False))
print("whole group matches itself:", eg.subgroup(ExceptionGroup) is eg, eg.split(BaseExceptionGroup)[0] is eg)
print("leaves are shared:", eg.split(ValueError)[0].exceptions[0] is eg.exceptions[0])

print("predicate sees groups and leaves, outermost first:")
seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__) or False)
print(seen)

print("bad conditions:")
for cond in (1, "ValueError", (ValueError, 1), [ValueError], int, (int,)):
    try:
        eg.split(cond)
    except TypeError as e:
        print("  ", repr(cond), "->", e)
try:
    eg.split()
except TypeError as e:
    print("  ", e)
try:
    eg.subgroup(lambda e: 1 / 0)
except ZeroDivisionError as e:
    print("   predicate error propagates:", e)

print("metadata is copied onto derived parts:")
try:
    try:
        raise RuntimeError("cause")
    except RuntimeError as c:
        try:
            raise KeyError("context")
        except KeyError:
            g = ExceptionGroup("meta", [ValueError("a"), TypeError("b")])
            g.add_note("a note")
            raise g from c
except ExceptionGroup as caught:
    g = caught
match, rest = g.split(ValueError)
for part in (match, rest):
    print(" ", leaves(part), repr(part.__cause__), repr(part.__context__), part.__suppress_context__, part.__notes__, part.__traceback__.tb_lineno)
match.add_note("only on the match")
print(" ", g.__notes__, match.__notes__, rest.__notes__)
bare = ExceptionGroup("bare", [ValueError(), TypeError()])
m = bare.subgroup(ValueError)
print(" ", m.__traceback__, m.__cause__, m.__context__, m.__suppress_context__, hasattr(m, "__notes__"))
