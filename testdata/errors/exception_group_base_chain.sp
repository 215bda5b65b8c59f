# a BaseExceptionGroup raised from an except block, its context shown above it
try:
    raise TypeError("inner")
except TypeError:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ExceptionGroup("sub", [ValueError("v")])])
