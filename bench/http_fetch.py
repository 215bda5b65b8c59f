# Python baseline for bench/http_bench.sh: ThreadPoolExecutor + urllib.request
# (a new connection per request), or http.client with one kept-alive
# connection per worker thread.
# usage: python3 http_fetch.py URL N C new|keepalive   -> prints requests/s
import sys, time, threading, urllib.request, http.client, urllib.parse
from concurrent.futures import ThreadPoolExecutor

url, n, c, mode = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
local = threading.local()
u = urllib.parse.urlparse(url)

def fetch_new(_):
    with urllib.request.urlopen(url) as r:
        r.read()
        return r.status

def fetch_keep(_):
    conn = getattr(local, "conn", None)
    if conn is None:
        conn = local.conn = http.client.HTTPConnection(u.hostname, u.port)
    conn.request("GET", u.path or "/")
    r = conn.getresponse()
    r.read()
    return r.status

t0 = time.perf_counter()
with ThreadPoolExecutor(max_workers=c) as ex:
    statuses = list(ex.map(fetch_new if mode == "new" else fetch_keep, range(n)))
dt = time.perf_counter() - t0
bad = sum(1 for s in statuses if s != 200)
if bad:
    print("failures:", bad, file=sys.stderr)
print(round(n / dt))
