# threading.Timer: cancel before start, attributes interval/function/args
import threading
hits = []
t = threading.Timer(0.01, hits.append, ["x"])
t.cancel()
t.start()
t.join()
print(hits, t.is_alive())
t = threading.Timer(0.0, hits.append, ["y"])
t.start()
t.join()
t.cancel()
print(hits)
print(t.interval if hasattr(t, "interval") else "no interval", t.function is hits.append if hasattr(t, "function") else "no function", t.args)

out = []
t = threading.Timer(0.01, out.append, args=["fired"])
t.start()
t.join()
print(out)
t2 = threading.Timer(10, out.append, args=["never"])
t2.start()
t2.cancel()
t2.join()
print(out, t2.is_alive())
t3 = threading.Timer(0.01, lambda **kw: out.append(kw), kwargs={"a": 1})
t3.start(); t3.join()
print(out)
print(t3.name.startswith("Thread-"), type(t3).__name__, isinstance(t3, threading.Thread))
