# threading.Thread subclasses: __init__ calling super().__init__(), run() overrides, name/daemon properties
import threading
class W(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
    def run(self):
        print("run", self.n)
w = W(3)
w.start(); w.join()
class W2(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self, name="x%d" % n)
        self.n = n
w = W2(3); print(w.name)
class W3(threading.Thread):
    def __init__(self, n):
        super().__init__(daemon=True)
w = W3(3); print(w.daemon)
import threading

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))

ws = [Worker(i * 10) for i in range(5)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.result for w in ws])
print([w.name for w in ws])
