# a failing initializer breaks the pool; concurrent.futures.thread is importable
# a failing initializer breaks the pool: pending and new work raise BrokenThreadPool
import logging
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool
logging.disable(logging.CRITICAL)

def init():
    raise RuntimeError("init failed")

ex = ThreadPoolExecutor(max_workers=1, initializer=init)
f = ex.submit(pow, 2, 3)
try:
    f.result()
except BrokenThreadPool as e:
    print("BrokenThreadPool:", e)
try:
    ex.submit(pow, 2, 3)
except BrokenThreadPool as e:
    print("submit:", type(e).__name__, isinstance(e, RuntimeError))
ex.shutdown()
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
