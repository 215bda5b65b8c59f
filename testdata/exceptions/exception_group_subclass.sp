# subclasses of ExceptionGroup / BaseExceptionGroup: __new__ validation, derive overrides, split
class Errors(ExceptionGroup):
    pass

e = Errors("batch", [ValueError(1), TypeError(2)])
print(type(e).__name__, repr(e), str(e), isinstance(e, ExceptionGroup))
m, r = e.split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__)
try:
    Errors("bad", [KeyboardInterrupt()])
except TypeError as err:
    print("TypeError:", err)

class CodedGroup(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return CodedGroup(self.message, excs, self.code)

c = CodedGroup("coded", [ValueError("v"), OSError("o")], 42)
print(repr(c), c.code, c.args)
m, r = c.split(OSError)
print(type(m).__name__, m.code, repr(m), type(r).__name__, r.code)
try:
    CodedGroup("coded", [ValueError("v")])
except TypeError as err:
    print("TypeError:", err)

class Plain(BaseExceptionGroup):
    def __str__(self):
        return "<%s with %d>" % (self.message, len(self.exceptions))

p = Plain("base ok", [KeyboardInterrupt(), ValueError()])
print(type(p).__name__, str(p), repr(p), isinstance(p, Exception))
p2 = Plain("all plain", [ValueError()])
print(type(p2).__name__, isinstance(p2, Exception))

class Mixed(BaseExceptionGroup, Exception):
    pass
try:
    Mixed("m", [SystemExit()])
except TypeError as err:
    print("TypeError:", err)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")
try:
    BadDerive("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as err:
    print("TypeError:", err)

# the default derive makes a plain (Base)ExceptionGroup
d = Errors("batch", [ValueError(1), TypeError(2)]).subgroup(TypeError)
print(type(d).__name__, repr(d))
