# print(file=StringIO) writes each piece directly; the output must be what
# write() calls would give, including on errors and for subclasses.
import io
s = io.StringIO()
print("a", 1, "é\u4e2d", sep="|", end="!\n", file=s)
print(file=s)
s.seek(1)
print("XY", file=s, end="")
print(repr(s.getvalue()))
t = io.StringIO(newline="\r\n")
print("x\ny", file=t)
print(repr(t.getvalue()))
class Bad:
    def __str__(self):
        raise ValueError("no")
u = io.StringIO()
try:
    print("first", Bad(), file=u)
except ValueError as e:
    print("err", e, repr(u.getvalue()))
u.close()
try:
    print("x", file=u)
except ValueError as e:
    print("closed:", e)
class W(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
w = W()
print("abc", "d", file=w)
print(repr(w.getvalue()))
b = io.BytesIO()
try:
    print("x", file=b)
except TypeError as e:
    print("TypeError", e)
