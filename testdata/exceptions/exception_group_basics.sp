# BaseExceptionGroup / ExceptionGroup: construction, validation, attributes, str/repr
def attempt(make):
    try:
        r = make()
    except Exception as e:
        print("  ", type(e).__name__ + ":", e)
    else:
        print("  ok", type(r).__name__, repr(r))

eg = ExceptionGroup("two errors", [ValueError("bad"), TypeError("worse")])
print(str(eg))
print(repr(eg))
print(eg.message, eg.exceptions, eg.args)
print(str(ExceptionGroup("one", (KeyError("k"),))))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
print([c.__name__ for c in ExceptionGroup.__mro__])
print([c.__name__ for c in BaseExceptionGroup.__mro__])
print(issubclass(BaseExceptionGroup, Exception))

print("BaseExceptionGroup picks its class:")
attempt(lambda: BaseExceptionGroup("all plain", [ValueError(1), OSError(2)]))
attempt(lambda: BaseExceptionGroup("has base", [ValueError(1), KeyboardInterrupt()]))
attempt(lambda: BaseExceptionGroup("", [SystemExit(3)]))

print("validation:")
attempt(lambda: ExceptionGroup("m", ValueError(1)))
attempt(lambda: ExceptionGroup("m", {ValueError(1)}))
attempt(lambda: ExceptionGroup("m", {"k": ValueError(1)}))
attempt(lambda: ExceptionGroup("m", []))
attempt(lambda: ExceptionGroup("m", ()))
attempt(lambda: ExceptionGroup("m", [ValueError(1), "oops"]))
attempt(lambda: ExceptionGroup("m", "ab"))
attempt(lambda: ExceptionGroup("m", [ValueError]))
attempt(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup(42, [ValueError()]))
attempt(lambda: ExceptionGroup(None, [ValueError()]))
attempt(lambda: ExceptionGroup("m"))
attempt(lambda: ExceptionGroup())
attempt(lambda: ExceptionGroup("m", [ValueError()], "extra"))
attempt(lambda: ExceptionGroup("m", [ValueError()], code=1))
attempt(lambda: ExceptionGroup("m", range(0)))

print("read-only attributes:")
for name in ("message", "exceptions"):
    try:
        setattr(eg, name, "x")
    except AttributeError as e:
        print("  ", name, type(e).__name__, e)
eg.extra = 5
print(eg.extra, eg.message)

print("exceptions is a fresh tuple of the same objects:")
items = [ValueError(1), ValueError(2)]
g = ExceptionGroup("list", items)
items.append(ValueError(3))
print(len(g.exceptions), g.exceptions[0] is items[0], type(g.exceptions).__name__, g.args[1] is items)

print("derive keeps the message, not the class or metadata:")
d = eg.derive([KeyError("x")])
print(type(d).__name__, repr(d), d.__cause__, d.__notes__ if hasattr(d, "__notes__") else "no notes")
print(type(eg.derive([KeyboardInterrupt()])).__name__)
attempt(lambda: eg.derive([]))

print("nested groups and add_note:")
inner = ExceptionGroup("inner", [ValueError("v")])
outer = BaseExceptionGroup("outer", [inner, GeneratorExit()])
outer.add_note("first note")
outer.add_note("second note")
print(repr(outer), outer.__notes__)
print(str(outer), outer.exceptions[0].exceptions[0])
