# Spindle: cancelling one of several threads blocked on the same pipe, socket or
# listener wakes only that thread; the others keep waiting (no spurious TimeoutError)
# and get the data that arrives later. A socket timeout stays each waiter's own.
import os, socket, time

def cancelled_wait(fn):
    try:
        with timeout(0.1):
            fn()
        return "returned?"
    except TimeoutError:
        return "cancelled"

def share(name, block, feed):
    # one thread waits with no limit, a second one is cancelled meanwhile
    with ThreadGroup() as g:
        keeps = g.spawn(block)
        time.sleep(0.05)
        other = g.spawn(cancelled_wait, block)
        time.sleep(0.3)
        feed()
    print(name, other.result(), keeps.result())

r, w = os.pipe()
share("os.read", lambda: os.read(r, 10), lambda: os.write(w, b"pipe data"))

rf = open(r, "rb", buffering=0)
share("pipe file", lambda: rf.read(4), lambda: os.write(w, b"file"))

a, b = socket.socketpair()
share("recv", lambda: b.recv(10), lambda: a.sendall(b"sock data"))

b.settimeout(5)
share("recv with timeout", lambda: b.recv(10), lambda: a.sendall(b"in time"))
b.settimeout(0.6)
t0 = time.monotonic()
try:
    b.recv(10)
except TimeoutError as e:
    print("own timeout:", e, 0.5 < time.monotonic() - t0 < 3)

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
def accept_one():
    conn, _ = srv.accept()
    with conn:
        return conn.recv(10)
def connect():
    with socket.create_connection(("127.0.0.1", port)) as c:
        c.sendall(b"accepted")
share("accept", accept_one, connect)

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
share("recvfrom", lambda: u.recvfrom(100)[0],
      lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"datagram", u.getsockname()))
