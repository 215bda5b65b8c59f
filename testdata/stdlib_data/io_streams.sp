# io.StringIO / io.BytesIO: read/write/seek/tell/iteration/print(file=)
import io

s = io.StringIO()
print(s.write("héllo\n"), s.write("world\n"))
print("x", 1, sep="-", file=s)
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line.rstrip() for line in s])
s = io.StringIO("abc\ndef")
print(repr(s.read()), repr(s.read()), s.tell())
s.seek(1)
s.write("XY")
print(repr(s.getvalue()), s.tell(), s.truncate(2), repr(s.getvalue()))
s.seek(5)
s.write("!")
print(repr(s.getvalue()))
with io.StringIO("line1\nline2\n") as f:
    print(list(f), f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError:", e)
print(repr(io.StringIO("a\r\nb", newline=None).getvalue()))
s = io.StringIO()
s.writelines(["a\n", "b\n"])
print(repr(s.getvalue()), s.readable(), s.writable(), s.seekable())

b = io.BytesIO(b"hello\nworld")
print(b.read(2), b.readline(), b.read(), b.read(), b.tell())
b.seek(-3, 2)
print(b.read(), b.seek(0, 1))
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"de")), b.getvalue())
b.seek(1)
b.write(b"Z")
print(b.getvalue(), list(io.BytesIO(b"a\nb\n")))
try:
    b.write("str")
except TypeError as e:
    print("TypeError:", e)
print(io.SEEK_END, type(io.StringIO()).__name__, type(io.BytesIO()).__name__)
