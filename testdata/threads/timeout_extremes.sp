# timeouts past the clock's range (inf, 1e300, 10**100) never expire, as in asyncio (they expired at once); NaN and
# negative ones expire at once; a Future's result(timeout=nan) of a running thread raises TimeoutError
import threads, time

def use(scope):
    try:
        with scope:
            time.sleep(0.01)
        return "ran to the end"
    except TimeoutError:
        return "TimeoutError"

for label, t in [("inf", float("inf")), ("1e300", 1e300), ("10**100", 10**100), ("nan", float("nan")),
                 ("-inf", float("-inf")), ("-1", -1), ("None", None)]:
    print("timeout(%s):" % label, use(timeout(t)))
for label, t in [("inf", float("inf")), ("1e300", 1e300)]:
    print("ThreadGroup(timeout=%s):" % label, use(ThreadGroup(timeout=t)))

ev = threads.Event()
f = spawn(ev.wait)
for t in [float("nan"), -1, 0]:
    try:
        f.result(timeout=t)
    except TimeoutError:
        print("result(timeout=%r): TimeoutError" % t)
ev.set()
print(f.result(timeout=float("inf")))
