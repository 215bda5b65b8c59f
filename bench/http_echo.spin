# A thread-per-connection echo server in Spindle (bench/http_bench.sh).
# usage: spindle http_echo.spin N   -> prints its port, serves N connections, exits
import sys, socket
n = int(sys.argv[1])
srv = socket.create_server(("127.0.0.1", 0), backlog=4096)
print(srv.getsockname()[1], flush=True)

def handle(conn):
    with conn:
        f = conn.makefile("rwb")
        for line in f:
            f.write(line)
            f.flush()

await:
    for i in range(n):
        conn, addr = srv.accept()
        async: handle(conn)
srv.close()
