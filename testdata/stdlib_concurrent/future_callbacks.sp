# Future.add_done_callback: callbacks run in the order added, once, with the future; a callback added to a done future runs at once in the caller; callback exceptions are logged and do not stop the others
from concurrent.futures import Future, ThreadPoolExecutor
import threading, logging, re

records = []
class Capture(logging.Handler):
    def emit(self, record):
        msg = re.sub(r"0x[0-9a-f]+", "ADDR", record.getMessage())
        records.append((record.levelname, msg, record.exc_info[0].__name__ if record.exc_info else None))
logging.getLogger("concurrent.futures").addHandler(Capture())

order = []
f = Future()
f.add_done_callback(lambda fut: order.append(("a", fut.result())))
def bad(fut):
    order.append("bad")
    raise RuntimeError("callback failed")
f.add_done_callback(bad)
f.add_done_callback(lambda fut: order.append(("c", fut is f)))
print(order)
f.set_result(42)
print(order)
me = threading.current_thread().name
f.add_done_callback(lambda fut: order.append(("late", threading.current_thread().name == me)))
print(order[-1])
print(records)

# cancelled futures run their callbacks too, with cancelled() true
g = Future()
g.add_done_callback(lambda fut: order.append(("cancelled", fut.cancelled())))
print(g.cancel(), order[-1])
print(g.cancel(), g.cancelled(), g.done())

# callbacks of an executor's future run in the worker thread that finished it
names = []
ev = threading.Event()
with ThreadPoolExecutor(1, thread_name_prefix="pool") as ex:
    fut = ex.submit(ev.wait, 5)
    fut.add_done_callback(lambda fu: names.append(threading.current_thread().name))
    ev.set()
print(names, fut.result())

# an exception set on the future: callbacks see it
h = Future()
h.add_done_callback(lambda fut: order.append(("exc", type(fut.exception()).__name__)))
h.set_exception(ValueError("v"))
print(order[-1])
