# chat.sp — a thread-per-connection chat server, with clients.
#
# Shows: socket servers in plain blocking style (one virtual thread per
# connection, blocking accept/recv/readline that park only their thread),
# a Mutex-protected member table, per-connection Locks so that broadcasts
# from many threads never interleave inside a line, a threads.Event used
# as a start signal, and stopping a server with g.cancel() (accept and recv
# are cancellation checkpoints).
#
# Run:   go run ./cmd/spindle examples/chat.sp            (demo: server + 3 clients)
#        go run ./cmd/spindle examples/chat.sp serve PORT  (server only, Ctrl-C stops it;
#                                                            try `nc 127.0.0.1 PORT`)
#
# Protocol (one line each): `NICK name` first, then any text, which is sent
# to every other member as `<name> text`; `/quit` leaves.
import socket, sys, threads


class ChatRoom:
    def __init__(self):
        self.members = Mutex({})  # name -> (conn, its write Lock)
        self.relayed = Mutex(0)

    def join(self, name, conn):
        with self.members.lock() as m:
            if name in m:
                return False
            m[name] = (conn, threads.Lock())
            return True

    def leave(self, name):
        with self.members.lock() as m:
            m.pop(name, None)

    def send(self, name, line):
        with self.members.lock() as m:
            member = m.get(name)
        if member is None:
            return
        conn, lock = member
        # Counted before sending: a line a client has read is counted even
        # when the server is cancelled right after (as the demo does once
        # every client has heard everything).
        self.relayed.update(lambda n: n + 1)
        try:
            with lock:  # one writer per connection at a time
                conn.sendall((line + "\n").encode())
        except OSError:
            self.relayed.update(lambda n: n - 1)
            self.leave(name)  # a member that went away is dropped

    def broadcast(self, sender, text):
        with self.members.lock() as m:
            others = [name for name in m if name != sender]
        for name in others:
            self.send(name, f"<{sender}> {text}")


def handle(room, conn):
    """Serves one connection (runs on its own virtual thread)."""
    with conn:
        try:
            converse(room, conn)
        except OSError:
            pass  # the client went away abruptly: only this connection ends


def converse(room, conn):
    f = conn.makefile("rb")
    first = f.readline().decode().strip()
    name = first[5:].strip() if first.startswith("NICK ") else ""
    if not name or not room.join(name, conn):
        conn.sendall(b"ERROR expected NICK with a free name\n")
        return
    try:
        room.send(name, "OK welcome " + name)
        for raw in f:
            text = raw.decode(errors="replace").rstrip("\r\n")
            if text == "/quit":
                break
            room.broadcast(name, text)
    finally:
        room.leave(name)


def serve(server_sock, room):
    """Accepts connections forever, one handler thread each."""
    with ThreadGroup(name="connections") as conns:
        while True:
            conn, addr = server_sock.accept()
            conns.spawn(handle, room, conn)


def chat_client(port, name, lines, expect, joined, everyone_in, size):
    """Joins, waits until everyone has joined, says its lines, then reads
    the `expect` lines the others say and leaves. Returns what it heard."""
    with socket.create_connection(("127.0.0.1", port)) as c:
        f = c.makefile("rb")
        c.sendall(f"NICK {name}\n".encode())
        welcome = f.readline().decode().strip()
        if joined.update(lambda n: n + 1) == size:
            everyone_in.set()
        everyone_in.wait()
        for line in lines:
            c.sendall((line + "\n").encode())
        heard = [f.readline().decode().rstrip("\n") for _ in range(expect)]
        c.sendall(b"/quit\n")
    return welcome, heard


def demo():
    script = {
        "ada": ["hello everyone", "who wants to pair on the parser?"],
        "grace": ["hi ada", "I can, after lunch"],
        "alan": ["morning!", "count me in"],
    }
    room = ChatRoom()
    server_sock = socket.create_server(("127.0.0.1", 0))
    port = server_sock.getsockname()[1]
    joined = Mutex(0)
    everyone_in = threads.Event()
    with ThreadGroup(name="server") as server:
        server.spawn(serve, server_sock, room)
        with ThreadGroup(name="clients") as clients:
            futures = {}
            for name, lines in script.items():
                expect = sum(len(l) for n, l in script.items() if n != name)
                futures[name] = clients.spawn(chat_client, port, name, lines, expect,
                                              joined, everyone_in, len(script))
        server.cancel()  # the clients are done: stop accepting and serving
    server_sock.close()
    for name, fut in futures.items():
        welcome, heard = fut.result()
        print(f"{name}: {welcome}")
        # Lines from one sender arrive in order; lines from different
        # senders interleave as they happen, so group them by sender.
        for line in sorted(heard, key=lambda l: l.split(">")[0]):
            print(f"  {line}")
    print(f"lines sent by the server: {room.relayed.get()}")


def serve_forever(port):
    server_sock = socket.create_server(("127.0.0.1", port))
    print(f"chat server on 127.0.0.1:{server_sock.getsockname()[1]} (Ctrl-C stops it)", flush=True)
    try:
        serve(server_sock, ChatRoom())
    except KeyboardInterrupt:
        print("server stopped")
    finally:
        server_sock.close()


if len(sys.argv) >= 2 and sys.argv[1] == "serve":
    serve_forever(int(sys.argv[2]) if len(sys.argv) > 2 else 0)
else:
    demo()
