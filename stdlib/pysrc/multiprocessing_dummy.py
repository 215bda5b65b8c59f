"""multiprocessing.dummy for Spindle: the multiprocessing API over
threads, as in CPython."""

from threading import Thread as Process, Lock, RLock, Event, Condition, Semaphore, BoundedSemaphore, Barrier
from threading import current_thread as current_process, active_count
from queue import Queue
from multiprocessing.pool import ThreadPool

JoinableQueue = Queue


def Pool(processes=None, initializer=None, initargs=()):
    return ThreadPool(processes, initializer, initargs)


def cpu_count():
    from multiprocessing import cpu_count
    return cpu_count()
