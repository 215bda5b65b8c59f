# open(): modes r/w/a/x/+, text vs binary, encodings, errors=, newline=, error messages, os.pipe + open(fd)
import os, tempfile
os.chdir(tempfile.mkdtemp())
with open("a.txt", "w") as f:
    f.write("hello\nworld\r\nthree\rfour")
with open("a.txt") as f:
    print(f.readlines())
with open("a.txt", newline="") as f:
    print(repr(f.read()))
with open("a.txt", "rb") as f:
    print(f.read())
print(repr(open("a.txt").read(7)))
try:
    open("nope.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    open(".")
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open("a.txt", "x")
except FileExistsError as e:
    print(type(e).__name__, e)
with open("l.txt", "w", encoding="latin-1") as f:
    f.write("caf\xe9")
print(open("l.txt", "rb").read())
try:
    open("l.txt").read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(open("l.txt", errors="replace").read())
print(open("l.txt", encoding="latin-1").read())
try:
    open("x.txt", "w", encoding="ascii").write("\u20ac")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
f = open("a.txt", "a+")
f.write("!")
f.seek(0)
print(repr(f.read()))
print(f.tell())
f.close()
print(f.closed, f)
with open("w.txt", "w", newline="\r\n") as f:
    f.writelines(["a\n", "b\n"])
print(open("w.txt", "rb").read())
for line in open("w.txt"):
    print(repr(line))
r, w = os.pipe()
os.write(w, b"pipe data")
os.close(w)
print(os.read(r, 100), os.read(r, 100))
os.close(r)
