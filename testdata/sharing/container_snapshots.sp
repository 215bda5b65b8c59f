# list(d), sorted(s), tuple(d.items()), l.extend(d), sum(s), min/max/any/all
# of a dict or set that other threads change are one atomic copy, as in
# CPython (where each is a single C call): the common `for k in
# list(shared):` idiom never raises "changed size during iteration".
import threading
import functools
import operator

d = {}
s = set()
stop = threading.Event()
started = threading.Event()

def writer(w):
    i = 0
    while not stop.is_set():
        k = w * 1000000 + i
        d[k] = k
        s.add(k)
        d.pop(k - 300, None)
        s.discard(k - 300)
        i += 1
        if i == 500:
            started.set()

copies = {
    "list": lambda: list(d),
    "sorted": lambda: sorted(d),
    "tuple": lambda: tuple(d),
    "set": lambda: set(d),
    "keys": lambda: list(d.keys()),
    "values": lambda: list(d.values()),
    "items": lambda: list(d.items()),
    "extend": lambda: [].extend(d),
    "extend items": lambda: [].extend(d.items()),
    "set list": lambda: list(s),
    "set sorted": lambda: sorted(s),
    "frozenset": lambda: frozenset(s),
    "sum": lambda: sum(s),
    "sum values": lambda: sum(d.values()),
    "min": lambda: min(s, default=0),
    "max": lambda: max(d, default=0),
    "any": lambda: any(s),
    "all": lambda: all(d.values()),
    "reduce": lambda: functools.reduce(operator.add, d.values(), 0),
    "join": lambda: ",".join(map(str, sorted(s))),
}
errors = {}

def reader(r):
    started.wait()
    for _ in range(30):
        for name, f in copies.items():
            try:
                f()
            except RuntimeError as e:
                errors[name] = str(e)

writers = [threading.Thread(target=writer, args=(w,)) for w in range(3)]
readers = [threading.Thread(target=reader, args=(r,)) for r in range(3)]
for t in writers + readers:
    t.start()
for t in readers:
    t.join()
stop.set()
for t in writers:
    t.join()
print("errors:", sorted(errors.items()))
print(len(d) == len(s), sorted(d) == sorted(s))
