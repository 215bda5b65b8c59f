# A with open(...) block whose thread is cancelled flushes and closes its file
# on the way out (timeout and a sibling's failure both cancel).
import os, tempfile, time

d = tempfile.mkdtemp()
path = os.path.join(d, "c.txt")
files = []

def writer(name):
    with open(path + name, "w") as f:
        files.append(f)
        f.write(name + " wrote this before being cancelled\n")
        time.sleep(100)

try:
    with timeout(0.1):
        writer(".timeout")
except TimeoutError:
    print("TimeoutError")

def failer():
    time.sleep(0.05)
    raise ValueError("sibling failed")

try:
    await:
        async: writer(".sibling")
        async: failer()
except ValueError as e:
    print("ValueError", e)

for name in (".timeout", ".sibling"):
    with open(path + name) as g:
        print(g.read(), end="")
    os.remove(path + name)
print([f.closed for f in files])
os.rmdir(d)
