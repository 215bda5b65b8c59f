# downloader.sp — a parallel web downloader.
#
# Shows: a ThreadGroup with max_concurrency (at most N downloads run at
# once; further `async:` blocks wait for a free slot), a Mutex guarding
# shared progress state, an http server and client on virtual threads,
# and stopping a server with g.cancel().
#
# Run:   go run ./cmd/spindle examples/downloader.sp [URL ...]
#
# With URLs it downloads them. With no arguments it starts its own local
# http server (127.0.0.1, a free port) serving a dozen pages with small
# delays (and one broken link), downloads them, prints a progress bar and a
# summary, then cancels the server.
import http, sys, time

MAX_CONCURRENCY = 4
BAR_WIDTH = 24


def demo_pages():
    """path -> (delay in seconds, body) for the local server."""
    pages = {}
    for i in range(1, 13):
        words = " ".join(f"word{j}" for j in range(i * 40))
        pages[f"/page-{i:02d}.html"] = (0.02 * (i % 5), f"<html><body>{words}</body></html>")
    return pages


def serve_pages(pages, in_flight):
    """The local server's request handler: waits the page's delay, returns it."""
    def handler(req):
        if req.path not in pages:
            return (404, "no such page")
        with in_flight.lock() as st:
            st["now"] += 1
            st["peak"] = max(st["peak"], st["now"])
        try:
            delay, body = pages[req.path]
            time.sleep(delay)
            return (200, {"Content-Type": "text/html"}, body)
        finally:
            with in_flight.lock() as st:
                st["now"] -= 1
    return handler


def download_all(urls, max_concurrency):
    """Downloads every url, at most max_concurrency at once.

    Returns {url: (status, size)} for answers and {url: exception} for
    failures. Prints a progress bar line after each download.
    """
    results = {}
    progress = Mutex({"done": 0, "bytes": 0})
    total = len(urls)
    with ThreadGroup(max_concurrency=max_concurrency) as g:
        for url in urls:
            async:
                try:
                    r = http.get(url, timeout=30)
                    results[url] = (r.status_code, len(r.content))
                    size = len(r.content)
                except Exception as e:  # a bad URL, a refused connection, a timeout
                    results[url] = e
                    size = 0
                # Printing under the lock keeps the progress lines in order.
                with progress.lock() as p:
                    p["done"] += 1
                    p["bytes"] += size
                    filled = BAR_WIDTH * p["done"] // total
                    bar = "#" * filled + "." * (BAR_WIDTH - filled)
                    print(f"[{bar}] {p['done']:3d}/{total}", flush=True)
    return results


def report(urls, results, elapsed):
    ok = 0
    size = 0
    for url in urls:
        res = results[url]
        if isinstance(res, Exception):
            print(f"  FAILED  {url}: {type(res).__name__}: {res}")
        elif res[0] != 200:
            print(f"  HTTP {res[0]} {url}")
        else:
            ok += 1
            size += res[1]
            print(f"  {res[1]:7d} bytes  {url}")
    print(f"downloaded {ok} of {len(urls)} pages, {size} bytes in {elapsed:.2f}s")


def main(argv):
    if argv:
        t0 = time.monotonic()
        results = download_all(argv, MAX_CONCURRENCY)
        report(argv, results, time.monotonic() - t0)
        return
    pages = demo_pages()
    in_flight = Mutex({"now": 0, "peak": 0})
    srv = http.Server(serve_pages(pages, in_flight), host="127.0.0.1", port=0)
    with ThreadGroup(name="server") as g:
        g.spawn(srv.serve)
        try:
            urls = [srv.url + path for path in sorted(pages)] + [srv.url + "/missing.html"]
            print(f"downloading {len(urls)} pages, at most {MAX_CONCURRENCY} at once")
            t0 = time.monotonic()
            results = download_all(urls, MAX_CONCURRENCY)
            elapsed = time.monotonic() - t0
        finally:
            g.cancel()  # stops the server: its listener closes, its group ends
    print("server stopped")
    # Show paths, not the server's random port.
    report([u.replace(srv.url, "") for u in urls],
           {u.replace(srv.url, ""): r for u, r in results.items()}, elapsed)
    print(f"at most {MAX_CONCURRENCY} requests were in flight at once: {in_flight.get()['peak'] <= MAX_CONCURRENCY}")


main(sys.argv[1:])
