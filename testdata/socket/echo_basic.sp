# socket: create_server/create_connection, accept/recv/sendall, makefile, recv_into, shutdown, timeouts, refused, closed socket
import socket, threading
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
print(type(port).__name__, srv.getsockname()[0])
def serve():
    for i in range(3):
        conn, addr = srv.accept()
        with conn:
            while True:
                data = conn.recv(1024)
                if not data:
                    break
                conn.sendall(data.upper())
t = threading.Thread(target=serve)
t.start()
with socket.create_connection(("127.0.0.1", port)) as c:
    c.sendall(b"hello")
    print(c.recv(1024))
    print(c.getpeername() == ("127.0.0.1", port))
    c.shutdown(socket.SHUT_WR)
    print(c.recv(1024))
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.connect(("127.0.0.1", port))
f = s.makefile("rwb")
f.write(b"line one\nline two\n")
f.flush()
print(f.readline())
print(f.readline())
f.close()
s.close()
s = socket.create_connection(("127.0.0.1", port))
s.sendall(b"into")
buf = bytearray(20)
print(s.recv_into(buf), bytes(buf[:8]))
s.close()
t.join()
srv.close()
try:
    socket.create_connection(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
a = socket.socket()
a.bind(("127.0.0.1", 0))
a.listen()
b = socket.create_connection(a.getsockname())
b.settimeout(0.2)
try:
    b.recv(10)
except socket.timeout as e:
    print("timeout", type(e).__name__, e, isinstance(e, OSError))
print(b.gettimeout())
b.close()
a.close()
try:
    b.recv(10)
except OSError as e:
    print(type(e).__name__, e)
print(socket.timeout is TimeoutError, socket.error is OSError)
