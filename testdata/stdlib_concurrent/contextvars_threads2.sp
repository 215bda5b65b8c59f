# contextvars: a new thread starts with an empty context; copy_context().run carries values over
import contextvars
import threading
from concurrent.futures import ThreadPoolExecutor

request_id = contextvars.ContextVar("request_id", default="none")
request_id.set("main-1")
seen = {}
def show(tag):
    seen[tag] = request_id.get()
t = threading.Thread(target=show, args=("thread",))
t.start(); t.join()
ctx = contextvars.copy_context()
t = threading.Thread(target=ctx.run, args=(show, "copied"))
t.start(); t.join()
with ThreadPoolExecutor(1) as ex:
    ex.submit(show, "executor").result()
    ex.submit(contextvars.copy_context().run, show, "executor-copied").result()
print(sorted(seen.items()))
