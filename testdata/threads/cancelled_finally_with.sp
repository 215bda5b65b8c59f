# A thread cancelled by a sibling's failure: its with-blocks see Cancelled in __exit__, its finally runs,
# except Exception does not catch Cancelled, and cancellation is level-triggered (caught once, raised again at the next checkpoint)
import threads, time

log = []
started = threads.Event()

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        log.append((self.name, t.__name__ if t else None))
        return False

def victim():
    with CM("outer"):
        try:
            with CM("inner"):
                try:
                    started.set()
                    time.sleep(100)
                except Exception:
                    log.append("except Exception caught it")
        except Cancelled:
            log.append("caught Cancelled once")
        try:
            time.sleep(100)
        except Cancelled:
            log.append("caught Cancelled again")
        try:
            for i in range(10**9):
                pass
        finally:
            log.append("finally after loop")

def failer():
    started.wait()
    raise ValueError("boom")

try:
    await:
        async: victim()
        async: failer()
except ValueError as e:
    print("caught", e, e.__suppressed__ if hasattr(e, "__suppressed__") else [])
for item in log:
    print(item)
print(issubclass(Cancelled, BaseException), issubclass(Cancelled, Exception))
