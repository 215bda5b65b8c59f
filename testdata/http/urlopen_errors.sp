# urllib.request.urlopen errors against local sockets: a server that never answers
# gives TimeoutError('timed out') (raised as it is), a refused connection gives
# URLError whose reason is the ConnectionRefusedError itself.
import socket, threading, urllib.request, urllib.error

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
accepted = []
def accept_and_stay_silent():
    conn, _ = srv.accept()
    accepted.append(conn)
t = threading.Thread(target=accept_and_stay_silent)
t.start()
try:
    urllib.request.urlopen("http://127.0.0.1:%d/slow" % port, timeout=0.3)
except Exception as e:
    print(type(e).__name__, e, isinstance(e, OSError))
t.join()
for c in accepted:
    c.close()
srv.close()

s = socket.socket()
s.bind(("127.0.0.1", 0))
closed_port = s.getsockname()[1]
s.close()
try:
    urllib.request.urlopen("http://127.0.0.1:%d/" % closed_port)
except urllib.error.URLError as e:
    print(type(e).__name__, e, isinstance(e, OSError))
    print(type(e.reason).__name__, e.reason.errno, e.reason)
