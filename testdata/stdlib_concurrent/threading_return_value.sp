# the ThreadWithReturnValue pattern: a Thread subclass reads and deletes _target/_args/_kwargs and overrides join
from threading import Thread

class ThreadWithReturnValue(Thread):
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, Verbose=None):
        Thread.__init__(self, group, target, name, args, kwargs)
        self._return = None

    def run(self):
        if self._target is not None:
            self._return = self._target(*self._args, **self._kwargs)

    def join(self, *args):
        Thread.join(self, *args)
        return self._return

def foo(bar, baz=1):
    return "foo " + bar + str(baz)

twrv = ThreadWithReturnValue(target=foo, args=("world!",), kwargs={"baz": 7})
twrv.start()
print(twrv.join())
print(twrv.name)

class Worker(Thread):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.result = None
    def run(self):
        try:
            if self._target:
                self.result = self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

w = Worker(target=sum, args=([1, 2, 3],))
w.start(); w.join()
print(w.result)
