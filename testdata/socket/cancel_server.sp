# Spindle: accept() and recv() are cancellable checkpoints; a thread-per-connection
# echo server in a ThreadGroup is stopped with g.cancel().
import socket, time
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
def handle(conn):
    with conn:
        while data := conn.recv(4096):
            conn.sendall(data)
def serve(g):
    while True:
        conn, _ = srv.accept()
        g.spawn(handle, conn)
def client(i):
    with socket.create_connection(("127.0.0.1", port)) as c:
        msg = ("msg %d" % i).encode()
        c.sendall(msg)
        got = b""
        while len(got) < len(msg):
            got += c.recv(100)
        return got
with ThreadGroup() as g:
    g.spawn(serve, g)
    with ThreadGroup() as clients:
        futs = [clients.spawn(client, i) for i in range(200)]
    print(sorted(f.result() for f in futs)[:3], len(futs))
    # an idle connection: its handler blocks in recv until cancelled
    idle = socket.create_connection(("127.0.0.1", port))
    time.sleep(0.1)
    g.cancel()
print("server group ended")
idle.close()
srv.close()
t0 = time.monotonic()
s = socket.create_server(("127.0.0.1", 0))
try:
    with timeout(0.2):
        s.accept()
except TimeoutError:
    print("accept timed out", time.monotonic() - t0 < 2)
s.close()
