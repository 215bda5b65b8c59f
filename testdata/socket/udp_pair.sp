# socket: UDP sendto/recvfrom, socketpair, defaults, gaierror for an unknown host
import socket
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.sendto(b"ping", a.getsockname())
data, addr = a.recvfrom(100)
print(data, addr[0])
a.sendto(b"pong", addr)
print(b.recvfrom(100)[0])
a.close(); b.close()
x, y = socket.socketpair()
x.sendall(b"pair")
print(y.recv(10))
x.close(); y.close()
s = socket.socket()
print(s.family == socket.AF_INET, s.type == socket.SOCK_STREAM, s.gettimeout())
s.close()
try:
    socket.create_connection(("no-such-host.invalid", 80), timeout=2)
except socket.gaierror as e:
    print("gaierror", isinstance(e, OSError))
