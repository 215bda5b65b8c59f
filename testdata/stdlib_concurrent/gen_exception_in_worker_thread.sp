# results and exceptions gathered from Thread subclasses that keep them for join()
import threading

class ResultThread(threading.Thread):
    def __init__(self, fn, *args):
        super().__init__()
        self.fn, self.args_ = fn, args
        self.result = self.error = None

    def run(self):
        try:
            self.result = self.fn(*self.args_)
        except Exception as e:
            self.error = e

    def join(self, timeout=None):
        super().join(timeout)
        if self.error is not None:
            raise self.error
        return self.result

ts = [ResultThread(lambda a, b: a // b, 10, d) for d in (2, 5, 0, 3)]
for t in ts:
    t.start()
for t in ts:
    try:
        print("result", t.join())
    except ZeroDivisionError as e:
        print("error", type(e).__name__, e)
