# Parse a generated web-server log with the re module: compiled patterns,
# match/search/findall/finditer/sub, named groups.
import re

METHODS = ["GET", "POST", "PUT", "DELETE"]
PATHS = ["/", "/index.html", "/api/v1/users", "/api/v1/items/42", "/static/app.js", "/login"]


def make_log(n):
    x = 7
    lines = []
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        ip = "10.%d.%d.%d" % ((x >> 8) % 256, (x >> 16) % 256, (x >> 3) % 256)
        status = [200, 200, 200, 301, 404, 500][(x >> 5) % 6]
        lines.append('%s - - [25/Nov/2026:%02d:%02d:%02d +0000] "%s %s?q=%d HTTP/1.1" %d %d "ua-%d"' % (
            ip, (i // 3600) % 24, (i // 60) % 60, i % 60, METHODS[(x >> 9) % 4],
            PATHS[(x >> 11) % 6], x % 1000, status, (x >> 7) % 50000, x % 13))
    return "\n".join(lines)


LINE = re.compile(r'^(?P<ip>\d+\.\d+\.\d+\.\d+) \S+ \S+ \[(?P<ts>[^\]]+)\] '
                  r'"(?P<method>[A-Z]+) (?P<path>[^ ?]+)(?:\?(?P<query>\S*))? HTTP/[\d.]+" '
                  r'(?P<status>\d{3}) (?P<size>\d+) "(?P<ua>[^"]*)"$')


def main():
    log = make_log(70000)
    by_status = {}
    bytes_by_method = {}
    api = 0
    for line in log.split("\n"):
        m = LINE.match(line)
        if m is None:
            continue
        by_status[m.group("status")] = by_status.get(m.group("status"), 0) + 1
        meth = m.group("method")
        bytes_by_method[meth] = bytes_by_method.get(meth, 0) + int(m.group("size"))
        if re.search(r"/api/v\d+/", m.group("path")):
            api += 1
    ips = re.findall(r"^10\.(\d+)\.", log, re.M)
    hours = sum(int(m.group(1)) for m in re.finditer(r":(\d\d):\d\d:\d\d ", log))
    masked = re.sub(r"\d+\.\d+\.\d+\.\d+", "x.x.x.x", log[:5000])
    parts = re.split(r"[\s\[\]\"]+", log[:2000])
    print(sorted(by_status.items()), sorted(bytes_by_method.items()), api,
          len(ips), sum(map(int, ips)), hours, masked.count("x.x.x.x"), len(parts), masked[:80])


main()
