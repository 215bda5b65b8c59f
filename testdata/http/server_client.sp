# Spindle's http module: a Server whose handlers run on virtual threads of its group,
# client get/post/put with params/json/data/timeout, Session keep-alive, HTTPError,
# a handler exception becomes a 500 (traceback on stderr), g.cancel() stops the server,
# then ConnectionError; urllib.request.urlopen against the same server.
import http, time
def handler(req):
    if req.path == "/hello":
        return "hello " + req.query.get("name", "world")
    if req.path == "/json":
        return {"method": req.method, "got": req.json() if req.body else None}
    if req.path == "/bytes":
        return b"\x00\x01"
    if req.path == "/status":
        return (201, {"X-Custom": "yes"}, "created")
    if req.path == "/boom":
        raise ValueError("handler bug")
    if req.path == "/slow":
        time.sleep(0.2)
        return "slow"
    return (404, "not found")
srv = http.Server(handler, port=0)
print(type(srv.port).__name__, srv.url.startswith("http://127.0.0.1:"))
with ThreadGroup() as g:
    g.spawn(srv.serve)
    r = http.get(srv.url + "/hello", params={"name": "spindle"})
    print(r, r.status_code, r.ok, r.text, r.headers["content-type"], "Content-Type" in r.headers)
    r = http.post(srv.url + "/json", json={"a": [1, 2]})
    print(r.json())
    print(http.get(srv.url + "/bytes").content)
    r = http.put(srv.url + "/status", data="x")
    print(r.status_code, r.headers.get("x-custom"), r.text)
    r = http.get(srv.url + "/nope")
    print(r.status_code, r.ok, r.text)
    try:
        r.raise_for_status()
    except http.HTTPError as e:
        print(type(e).__name__, str(e).replace(srv.url, "URL"), isinstance(e, OSError))
    r = http.get(srv.url + "/boom")
    print(r.status_code)
    try:
        http.get(srv.url + "/slow", timeout=0.05)
    except TimeoutError as e:
        print("client timeout")
    with http.Session() as s:
        rs = [s.get(srv.url + "/hello").text for i in range(5)]
        print(rs[0], len(rs))
    results = {}
    await:
        for i in range(20):
            async:
                results[i] = http.get(srv.url + "/hello", params={"name": str(i)}).text
    print(sorted(results.values())[:3], len(results))
    import urllib.request, urllib.error
    with urllib.request.urlopen(srv.url + "/hello?name=urllib") as f:
        print(f.status, f.read())
    try:
        urllib.request.urlopen(srv.url + "/missing")
    except urllib.error.HTTPError as e:
        print(type(e).__name__, e, e.code)
    g.cancel()
print("server stopped")
try:
    http.get(srv.url + "/hello")
except ConnectionError as e:
    print(type(e).__name__, isinstance(e, OSError))
