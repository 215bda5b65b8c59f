"""multiprocessing.pool for Spindle: Pool and ThreadPool run their tasks on
a concurrent.futures.ThreadPoolExecutor (virtual threads, in parallel)."""

import concurrent.futures as _cf
import os as _os
from multiprocessing import TimeoutError

__all__ = ["Pool", "ThreadPool", "AsyncResult", "ApplyResult", "MapResult"]


class AsyncResult:
    """The result of apply_async/map_async: one future (apply) or a list
    of futures whose results form a list (map)."""

    def __init__(self, futures, single, callback=None, error_callback=None):
        self._futures = futures
        self._single = single
        if callback is not None or error_callback is not None:
            left = [len(futures)]

            def done(_):
                left[0] -= 1
                if left[0]:
                    return
                exc = self._error()
                if exc is None:
                    if callback is not None:
                        callback(self._value())
                elif error_callback is not None:
                    error_callback(exc)

            for f in futures:
                f.add_done_callback(done)

    def _error(self):
        for f in self._futures:
            if f.cancelled():
                return _cf.CancelledError()
            exc = f.exception()
            if exc is not None:
                return exc
        return None

    def _value(self):
        if self._single:
            return self._futures[0].result()
        return [f.result() for f in self._futures]

    def ready(self):
        return all(f.done() for f in self._futures)

    def successful(self):
        if not self.ready():
            raise ValueError(f"{self!r} not ready")
        return self._error() is None

    def wait(self, timeout=None):
        _cf.wait(self._futures, timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        exc = self._error()
        if exc is not None:
            raise exc
        return self._value()


ApplyResult = AsyncResult
MapResult = AsyncResult


class Pool:
    """A pool of worker threads (CPython's are processes)."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        if processes is None:
            processes = _os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._state = "RUN"
        self._executor = _cf.ThreadPoolExecutor(processes, initializer=initializer, initargs=initargs)

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__} state={self._state} pool_size={self._processes}>"

    def _check_running(self):
        if self._state != "RUN":
            raise ValueError("Pool not running")

    def _submit_all(self, func, iterable, star=False):
        self._check_running()
        if star:
            return [self._executor.submit(func, *args) for args in iterable]
        return [self._executor.submit(func, x) for x in iterable]

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        f = self._executor.submit(func, *args, **kwds)
        return AsyncResult([f], True, callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return AsyncResult(self._submit_all(func, iterable), False, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self.starmap_async(func, iterable, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return AsyncResult(self._submit_all(func, iterable, True), False, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        futures = self._submit_all(func, iterable)
        return (f.result() for f in futures)

    def imap_unordered(self, func, iterable, chunksize=1):
        futures = self._submit_all(func, iterable)
        return (f.result() for f in _cf.as_completed(futures))

    def close(self):
        if self._state == "RUN":
            self._state = "CLOSE"

    def terminate(self):
        self._state = "TERMINATE"
        self._executor.shutdown(wait=False, cancel_futures=True)

    def join(self):
        if self._state == "RUN":
            raise ValueError("Pool is still running")
        self._executor.shutdown(wait=True)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()


class ThreadPool(Pool):
    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)
