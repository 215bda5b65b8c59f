# parallel_cpu.sp — a CPU-bound computation, sequential and then in parallel.
#
# Shows: virtual threads run in parallel on all cores (no GIL), so splitting
# CPU-bound work over a ThreadGroup makes it faster; each thread returns its
# part through a Future and the parent combines them. The same function
# computes both ways, and both results must agree.
#
# Run:   go run ./cmd/spindle examples/parallel_cpu.sp [SIZE]
#
# The work: the Mandelbrot set on a SIZE x SIZE grid (default 160), at most
# 200 iterations a point; the checksum is the total number of iterations.
# The printed speedup depends on the machine and its load: it approaches
# the number of free cores.
import os, sys, time

MAX_ITER = 200


def rows_checksum(size, first, last):
    """Total escape iterations of rows first..last-1 of the grid."""
    total = 0
    for y in range(first, last):
        ci = -1.5 + 3.0 * y / size
        for x in range(size):
            cr = -2.0 + 3.0 * x / size
            zr = 0.0
            zi = 0.0
            n = 0
            while n < MAX_ITER and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            total += n
    return total


def sequential(size):
    return rows_checksum(size, 0, size)


def parallel(size, parts):
    bounds = [(size * i // parts, size * (i + 1) // parts) for i in range(parts)]
    with ThreadGroup() as g:
        futures = [g.spawn(rows_checksum, size, first, last) for first, last in bounds]
    return sum(f.result() for f in futures)


def timed(fn, *args):
    t0 = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - t0


def main(argv):
    size = int(argv[0]) if argv else 160
    parts = 4 * (os.cpu_count() or 1)  # more parts than cores evens out the load
    seq, t_seq = timed(sequential, size)
    par, t_par = timed(parallel, size, parts)
    print(f"mandelbrot {size}x{size}, up to {MAX_ITER} iterations a point")
    print(f"checksum: {seq}")
    print(f"parallel checksum matches: {par == seq}")
    print(f"sequential: {t_seq:.2f}s, parallel: {t_par:.2f}s")
    print(f"speedup: {t_seq / t_par:.2f}x")


main(sys.argv[1:])
