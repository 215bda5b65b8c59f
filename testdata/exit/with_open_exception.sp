# A with-block that exits by an exception flushes and closes its file.
import os, tempfile

path = os.path.join(tempfile.mkdtemp(), "w.txt")
try:
    with open(path, "w") as f:
        f.write("written before the error\n")
        f.write("x" * 10000)
        raise RuntimeError("inside with")
except RuntimeError as e:
    print("caught", e)
print("closed:", f.closed)
with open(path) as g:
    s = g.read()
print(len(s), s[:24])

def writer():
    with open(path, "a") as f:
        f.write("from a generator\n")
        yield 1
        f.write("never\n")

gen = writer()
next(gen)
gen.close()  # GeneratorExit at the yield: the with closes the file
with open(path) as g:
    print(g.read().splitlines()[-1][-16:])

try:
    f.write("more")
except ValueError as e:
    print(type(e).__name__, e)
os.remove(path)
os.rmdir(os.path.dirname(path))
