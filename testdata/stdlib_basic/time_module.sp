# time module: types and monotonicity only (no timing values printed).
import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.01)
t1 = time.time()
m1 = time.monotonic()
p1 = time.perf_counter()
print(type(t0).__name__, type(m0).__name__, type(p0).__name__)
print(t1 >= t0, m1 >= m0 + 0.005, p1 > p0)
print(t0 > 1.6e9)
print(time.sleep(0) is None)
ns = time.time_ns()
print(type(ns).__name__, ns > 10**18)
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError:', e)
