# Real parallelism (issue 5, item 6): the same CPU-bound function run twice
# one after the other, then in two threads of one group.
# Usage: spindle bench/parallel_speedup.sp KERNEL N
#   KERNEL: a name in parallel_kernels.KERNELS
# Prints "seq SECONDS par SECONDS speedup X". bench/parallel_speedup.sh runs
# it several times next to python3 threads and multiprocessing.
import sys
import time
from parallel_kernels import KERNELS

kernel = KERNELS[sys.argv[1]]
n = int(sys.argv[2])

# Start one thread first so that both measured runs see the same runtime
# (containers take their locks once a second thread has existed; see
# runtime/sharing.go): the speedup then measures parallelism alone.
await:
    async: kernel(10)

t0 = time.perf_counter()
a = kernel(n)
b = kernel(n)
seq = time.perf_counter() - t0

res = [None, None]
t0 = time.perf_counter()
await:
    async: res[0] = kernel(n)
    async: res[1] = kernel(n)
par = time.perf_counter() - t0

if res != [a, b]:
    print("results differ:", res, [a, b])
    sys.exit(1)
print("seq %.3f par %.3f speedup %.2f" % (seq, par, seq / par))
