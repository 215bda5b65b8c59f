# Spindle: a buffered write to a full pipe or socket that is cancelled (timeout())
# leaves the file usable: what write() accepted before stays buffered and is sent by
# the next flush, nothing is sent twice, and later writes do not raise a stale Cancelled.
import os, socket

def fill_then_recover(name, wf, read_all, finish):
    written = 0
    try:
        with timeout(0.2):
            while True:            # nobody reads: the pipe fills, a flush blocks
                wf.write(b"line %d\n" % written)
                written += 1
    except TimeoutError:
        print(name, "write cancelled", written > 1000)
    with ThreadGroup() as g:
        got = g.spawn(read_all)
        wf.write(b"end\n")
        finish()
    lines = got.result().split(b"\n")
    expected = [b"line %d" % i for i in range(written)] + [b"end", b""]
    print(name, "all accepted lines arrived once, in order:", lines == expected)

r, w = os.pipe()
wf = open(w, "wb")
def read_pipe():
    with open(r, "rb") as rf:
        return rf.read()
fill_then_recover("pipe", wf, read_pipe, wf.close)

a, b = socket.socketpair()
fa = a.makefile("wb")
def read_sock():
    data = b""
    while chunk := b.recv(65536):
        data += chunk
    return data
def close_sock():
    fa.close()
    a.close()
fill_then_recover("socket", fa, read_sock, close_sock)

# a direct (large) write that is cancelled: the part not written is dropped, and the
# file works afterwards
r, w = os.pipe()
wf = open(w, "wb")
try:
    with timeout(0.2):
        wf.write(b"x" * 1_000_000)
except TimeoutError:
    print("large write cancelled")
with ThreadGroup() as g:
    got = g.spawn(read_pipe)
    wf.write(b"tail")
    wf.close()
data = got.result()
print(0 < data.count(b"x") < 1_000_000, data.endswith(b"xtail"))
