# Fetch N URLs with concurrency C from a local server (bench/http_bench.sh).
# usage: spindle http_fetch.spin URL N C new|keepalive   -> prints requests/s
import sys, time, http
url, n, c, mode = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
session = http.Session() if mode == "keepalive" else None
get = session.get if session else http.get
failures = Mutex(0)

def worker(count):
    for i in range(count):
        r = get(url)
        if r.status_code != 200:
            failures.update(lambda k: k + 1)

t0 = time.perf_counter()
await:
    for w in range(c):
        async: worker(n // c + (1 if w < n % c else 0))
dt = time.perf_counter() - t0
if failures.get():
    print("failures:", failures.get(), file=sys.stderr)
print(round(n / dt))
