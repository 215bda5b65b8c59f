# f-strings join their parts in one buffer: ints without a spec, with a
# spec or a conversion, int subclasses and bools, strs, other objects,
# nested specs, results of any length.
class MyInt(int):
    def __format__(self, spec):
        return "MyInt<%s>" % spec
    def __str__(self):
        return "mystr"
    def __repr__(self):
        return "myrepr"

class Plain(int):
    pass

class Obj:
    def __format__(self, spec):
        return "Obj[%s]" % spec
    def __str__(self):
        return "ObjStr"

n = -42
big = 2**100
print(f"a{n}b{big}c{0}{True}{False}{None}{1.5}")
print(f"{n:5}|{n:<6}|{n:x}|{n!r}|{n!s}|{n!a}|{big:,}|{7:03d}")
w = 8
print(f"[{n:{w}}] [{'s':>{w}}] [{3.14159:.{w - 5}f}] [{w}{w}]")
m = MyInt(5)
p = Plain(6)
print(f"{m} {m:x} {m!s} {m!r} {p} {p:>3} {p!r}")
o = Obj()
print(f"{o} {o:spec} {o!s} {o!r}"[:22])
print(f"", f"{''}", f"{'é'}{n}ü", len(f"{'x' * 300}{n}{'y' * 300}"))
s = f"{'z' * 200}-{123456789012345}"
print(len(s), s[-20:])
print([f"item-{i}" for i in range(-2, 3)])
try:
    f"{undefined_name}"
except NameError as e:
    print("NameError:", e)
class Bad:
    def __str__(self):
        raise ValueError("no str")
    def __format__(self, spec):
        raise ValueError("no format")
try:
    f"x{Bad()}"
except ValueError as e:
    print("ValueError:", e)
