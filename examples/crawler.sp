# crawler.sp — a web crawler that stays on one host.
#
# Shows: threads that spawn more threads into their own group (one thread
# per page, started as links are discovered), a shared visited set behind a
# Mutex (check-and-add must be one atomic step), a Semaphore bounding the
# number of requests in flight, and a shared dict written by many threads.
#
# Run:   go run ./cmd/spindle examples/crawler.sp [START_URL]
#
# With no argument it starts its own local http server serving a small
# linked site (with cycles, relative links, fragments, a broken link and
# links to other hosts), crawls it and prints the pages found in sorted
# order, then stops the server.
import http, re, sys, threads, urllib.parse

MAX_REQUESTS = 4
LINK = re.compile(r'href="([^"]*)"')

# The demo site: path -> list of links on that page.
SITE = {
    "/": ["/about.html", "/blog/", "https://example.com/elsewhere", "/#top"],
    "/about.html": ["/", "team.html", "mailto:someone@example.com"],
    "/team.html": ["/about.html", "/people/ada.html", "/people/alan.html"],
    "/people/ada.html": ["../team.html", "alan.html"],
    "/people/alan.html": ["ada.html#bio", "/old-page.html"],
    "/blog/": ["2024/first.html", "2024/second.html", "http://other.test/blog"],
    "/blog/2024/first.html": ["second.html", "../", "/"],
    "/blog/2024/second.html": ["first.html", "third.html", "/files/report.txt"],
    "/blog/2024/third.html": ["/blog/", "https://example.com/"],
    "/files/report.txt": [],
}


def site_handler(req):
    if req.path not in SITE:
        return (404, "not found")
    if req.path.endswith(".txt"):
        return "a plain text file: href=\"/not-a-link.html\""
    links = "".join(f'<li><a href="{href}">{href}</a></li>' for href in SITE[req.path])
    return (200, {"Content-Type": "text/html"}, f"<html><body><ul>{links}</ul></body></html>")


def crawl(start):
    """Crawls every page of start's host reachable from start.

    Returns ({url: status or error name}, set of off-site links seen).
    """
    host = urllib.parse.urlsplit(start).netloc
    visited = Mutex(set())
    offsite = Mutex(set())
    pages = {}  # written by many threads: each d[k] = v is atomic
    requests = threads.Semaphore(MAX_REQUESTS)

    def claim(url):
        """True for the one thread that sees url first."""
        with visited.lock() as seen:
            if url in seen:
                return False
            seen.add(url)
            return True

    def visit(g, url):
        try:
            with requests:
                r = http.get(url, timeout=10)
        except Exception as e:
            pages[url] = type(e).__name__
            return
        pages[url] = r.status_code
        if r.status_code != 200 or not r.headers.get("content-type", "").startswith("text/html"):
            return
        for href in LINK.findall(r.text):
            link = urllib.parse.urljoin(url, href).split("#")[0]
            parts = urllib.parse.urlsplit(link)
            if parts.scheme not in ("http", "https") or parts.netloc != host:
                with offsite.lock() as off:
                    off.add(link)
            elif claim(link):
                # A spawn into our own group: the group ends only when no
                # page is left to visit. (max_concurrency on this group
                # would end in a DeadlockError — every running thread
                # waiting for a free slot to spawn its children — so a
                # Semaphore bounds the requests instead.)
                g.spawn(visit, g, link)

    claim(start)
    with ThreadGroup(name="crawl") as g:
        g.spawn(visit, g, start)
    return pages, offsite.get()


def show(pages, offsite, prefix):
    for url in sorted(pages):
        status = pages[url]
        mark = "" if status == 200 else f"  <- {status}"
        print(f"  {url.replace(prefix, '') or '/'}{mark}")
    print(f"{len(pages)} pages on this host, {sum(1 for s in pages.values() if s != 200)} broken")
    print(f"{len(offsite)} links off this host, not followed:")
    for link in sorted(offsite):
        print(f"  {link}")


def main(argv):
    if argv:
        pages, offsite = crawl(argv[0])
        show(pages, offsite, "")
        return
    srv = http.Server(site_handler, host="127.0.0.1", port=0)
    with ThreadGroup(name="server") as g:
        g.spawn(srv.serve)
        try:
            pages, offsite = crawl(srv.url + "/")
        finally:
            g.cancel()
    print("crawled the local site:")
    show(pages, offsite, srv.url)


main(sys.argv[1:])
