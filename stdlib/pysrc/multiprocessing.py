"""multiprocessing for Spindle: the thread pools of multiprocessing.pool
(ThreadPool, and Pool, whose workers are virtual threads: they already run
in parallel, as ProcessPoolExecutor's do) and multiprocessing.dummy, over
concurrent.futures.ThreadPoolExecutor. There are no processes: Process,
Value, Array and Manager are not provided."""

import os as _os

__path__ = []


class ProcessError(Exception):
    pass


class TimeoutError(ProcessError):
    pass


class BufferTooShort(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    n = _os.cpu_count()
    if n is None:
        raise NotImplementedError("cannot determine number of cpus")
    return n


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)
