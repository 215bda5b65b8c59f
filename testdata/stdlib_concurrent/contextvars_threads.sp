# a threading.Thread and a ThreadPoolExecutor call start with an empty context, as in CPython (async:/spawn children inherit a copy instead)
import contextvars, threading
from concurrent.futures import ThreadPoolExecutor
request_id = contextvars.ContextVar("request_id", default="none")
request_id.set("main-request")
seen = []
def handler():
    seen.append(("before", request_id.get()))
    request_id.set("thread-request")
    seen.append(("after", request_id.get()))
t = threading.Thread(target=handler)
t.start(); t.join()
print(seen, request_id.get())
with ThreadPoolExecutor(1) as ex:
    print(ex.submit(request_id.get).result())
    ctx = contextvars.copy_context()
    print(ex.submit(ctx.run, request_id.get).result())
