# python3 baseline of bench/parallel_speedup.sp: the same kernel run twice
# one after the other, then in two threads (mode "threads") or two
# processes (mode "procs", multiprocessing).
# Usage: python3 bench/parallel_speedup.py threads|procs KERNEL N
import sys
import threading
import time
import multiprocessing
from parallel_kernels import KERNELS


def run(kernel_name, n, q):
    q.put(KERNELS[kernel_name](n))


def main():
    mode, name, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    kernel = KERNELS[name]
    t0 = time.perf_counter()
    a = kernel(n)
    b = kernel(n)
    seq = time.perf_counter() - t0

    if mode == "threads":
        res = [None, None]

        def target(i):
            res[i] = kernel(n)

        t0 = time.perf_counter()
        ts = [threading.Thread(target=target, args=(i,)) for i in range(2)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        par = time.perf_counter() - t0
    else:
        ctx = multiprocessing.get_context("fork")
        q = ctx.Queue()
        t0 = time.perf_counter()
        ps = [ctx.Process(target=run, args=(name, n, q)) for _ in range(2)]
        for p in ps:
            p.start()
        res = [q.get(), q.get()]
        for p in ps:
            p.join()
        par = time.perf_counter() - t0
    if res != [a, b]:
        print("results differ:", res, [a, b])
        sys.exit(1)
    print("seq %.3f par %.3f speedup %.2f" % (seq, par, seq / par))


if __name__ == "__main__":
    main()
