# A socket's settimeout() applies to the reads of its makefile() file objects.
import socket, time
a, b = socket.socketpair()
b.settimeout(0.3)
f = b.makefile("rb")
t0 = time.monotonic()
try:
    f.readline()
except TimeoutError as e:
    print("binary readline:", type(e).__name__, e, 0.2 < time.monotonic() - t0 < 3)
b2 = socket.socketpair()
c, d = b2
d.settimeout(0.3)
ft = d.makefile("r", encoding="utf-8")
try:
    ft.read(5)
except TimeoutError as e:
    print("text read:", type(e).__name__, e)
c2, d2 = socket.socketpair()
d2.settimeout(2.0)
g = d2.makefile("rb")
c2.sendall(b"line one\nline two\n")
print(g.readline(), g.readline())
c2.close()
print(g.read())
