# IOError/EnvironmentError are OSError; the remaining warning classes, UnicodeTranslateError and StopAsyncIteration are builtins.
import warnings
try:
    open("/no/such/file")
except IOError as e:
    print("IOError caught", type(e).__name__, IOError is OSError, EnvironmentError is OSError)
try:
    raise EnvironmentError(2, "nope")
except OSError as e:
    print(type(e).__name__, e.errno, e)
for W in (SyntaxWarning, FutureWarning, PendingDeprecationWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning):
    print(W.__name__, W.__mro__[1].__name__, issubclass(W, Warning))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("old api", PendingDeprecationWarning)
    warnings.warn("future", FutureWarning)
    print([(x.category.__name__, str(x.message)) for x in w])
print(issubclass(UnicodeTranslateError, UnicodeError), issubclass(StopAsyncIteration, Exception), repr(StopAsyncIteration("x")))
