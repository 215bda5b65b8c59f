# Built-in exception hierarchy relations named in LANGUAGE.md.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, Exception),
    (IndexError, LookupError), (KeyError, LookupError), (LookupError, Exception),
    (ValueError, Exception), (UnicodeError, ValueError), (TypeError, Exception), (AttributeError, Exception),
    (NameError, Exception), (UnboundLocalError, NameError), (RuntimeError, Exception),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (StopIteration, Exception),
    (AssertionError, Exception), (ImportError, Exception), (ModuleNotFoundError, ImportError),
    (OSError, Exception), (FileNotFoundError, OSError), (TimeoutError, OSError),
    (KeyboardInterrupt, BaseException), (KeyboardInterrupt, Exception), (SystemExit, BaseException),
    (SystemExit, Exception), (GeneratorExit, Exception), (Exception, BaseException), (KeyError, IndexError),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(isinstance(KeyError('x'), LookupError), isinstance(ValueError(), (TypeError, ValueError)))
