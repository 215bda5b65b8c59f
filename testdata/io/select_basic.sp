# select.select and select.poll on pipes, sockets, files and objects with
# fileno(); errors as CPython.
import os
import select
import socket
import threading
import time

r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"hi")
print(select.select([r], [], [], 1.0) == ([r], [], []))
print(os.read(r, 10))


class Wrapped:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


wr = Wrapped(r)
os.write(w, b"x")
rl, wl, xl = select.select([wr, w], (w,), [], 0)
print(rl == [wr], wl == [w], xl)
os.read(r, 1)

a, b = socket.socketpair()
print(select.select([a], [b], [], 0) == ([], [b], []))
b.sendall(b"ping")
print(select.select([a, b], [], [], 0)[0] == [a])
print(a.recv(10))

with open(__file__) as f:
    print(select.select([f], [f], [], 0) == ([f], [f], []))

# A writer thread wakes a select with no timeout.
def later():
    time.sleep(0.05)
    os.write(w, b"late")

t = threading.Thread(target=later)
t.start()
print(select.select([r], [], []) == ([r], [], []))
t.join()
print(os.read(r, 10))

# The timeout passes.
t0 = time.monotonic()
print(select.select([r], [], [], 0.05), time.monotonic() - t0 >= 0.04)

# End of file and a closed writer make the read end readable.
os.close(w)
print(select.select([r], [], [], 5) == ([r], [], []), os.read(r, 1))

bad = [
    ([-1], [], [], 0),
    (["x"], [], [], 0),
    ([r], [], [], -1),
    ([r], [], [], "1"),
    (5, [], [], 0),
    ([5000], [], [], 0),
    ([Wrapped("3")], [], [], 0),
]
for args in bad:
    try:
        select.select(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

os.close(r)
try:
    select.select([r], [], [], 0)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
print(select.error is OSError)

p = select.poll()
r, w = os.pipe()
p.register(r, select.POLLIN)
p.register(Wrapped(w), select.POLLOUT)
print(p.poll(0) == [(w, select.POLLOUT)])
os.write(w, b"z")
print(p.poll(10) == [(r, select.POLLIN), (w, select.POLLOUT)])
p.modify(w, select.POLLIN)
print(p.poll() == [(r, select.POLLIN)])
p.unregister(w)
try:
    p.unregister(w)
except KeyError as e:
    print("KeyError", e.args[0] == w)
try:
    p.modify(w, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e)
try:
    p.poll("x")
except TypeError as e:
    print("TypeError", e)
os.read(r, 1)
print(p.poll(20))
os.close(w)
print(p.poll(-1) == [(r, select.POLLHUP)])
os.close(r)
print(p.poll(0) == [(r, select.POLLNVAL)])
print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL, select.POLLRDHUP)
