# except* around an await: block: the group re-raises its first failure
# itself (LANGUAGE.md §2.2), a naked exception that except* wraps in an
# ExceptionGroup('', ...); later failures stay in __suppressed__.
def fail(exc):
    raise exc

try:
    await:
        async: fail(ValueError("first"))
except* ValueError as eg:
    print("caught", repr(eg), type(eg.exceptions[0]).__name__)
    print("suppressed", eg.exceptions[0].__suppressed__)

# an unmatched failure escapes the try unchanged
try:
    try:
        await:
            async: fail(KeyError("k"))
    except* ValueError:
        print("not reached")
except KeyError as e:
    print("escaped unchanged", repr(e), type(e).__name__)

# several failing threads: one is raised (which one depends on timing),
# any other failure is in its __suppressed__
try:
    await:
        for i in range(3):
            async:
                fail(OSError(i))
except* OSError as eg:
    first = eg.exceptions[0]
    print(len(eg.exceptions), type(first).__name__, all(type(s) is OSError for s in first.__suppressed__))

# an exception group raised by a thread is split like any other
try:
    await:
        async: fail(ExceptionGroup("from thread", [ValueError(1), TypeError(2)]))
except* ValueError as v:
    print("values", repr(v))
except* TypeError as t:
    print("types", repr(t))
