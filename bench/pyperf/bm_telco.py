"""Telco Benchmark for measuring the performance of decimal calculations
(in the style of pyperformance's bm_telco; call data generated with a
fixed seed instead of read from telco-bench.b).
"""
from decimal import ROUND_HALF_EVEN, ROUND_DOWN, Decimal, getcontext, Context
import io
import random
import time


def make_calls(n):
    rnd = random.Random(7)
    return [rnd.randrange(1, 10 ** 6) for _ in range(n)]


def bench_telco(loops, calls):
    getcontext().rounding = ROUND_DOWN
    rates = list(map(Decimal, ('0.0013', '0.00894')))
    twodig = Decimal('0.01')
    Banker = Context(rounding=ROUND_HALF_EVEN)
    basictax = Decimal("0.0675")
    disttax = Decimal("0.0341")

    range_it = range(loops)
    t0 = time.perf_counter()
    for _ in range_it:
        outfil = io.StringIO()
        sumT = sumB = sumD = Decimal(0)
        for n in calls:
            calltype = n & 1
            r = rates[calltype]

            p = (r * n).quantize(twodig, rounding=ROUND_HALF_EVEN)

            b = (p * basictax).quantize(twodig, rounding=ROUND_DOWN)
            sumB += b
            t = p + b

            if calltype:
                d = (p * disttax).quantize(twodig, rounding=ROUND_DOWN)
                sumD += d
                t += d

            sumT += t
            print(t, file=outfil)

        outfil.seek(0)
        outfil.truncate()
    dt = time.perf_counter() - t0
    return dt, sumT, sumB, sumD, Banker


def main():
    calls = make_calls(20000)
    dt, sumT, sumB, sumD, banker = bench_telco(6, calls)
    print(sumT, sumB, sumD)
    print(banker.rounding, getcontext().rounding, getcontext().prec)
    print(Decimal('1.005').quantize(Decimal('0.01')), Decimal(2).sqrt())


if __name__ == "__main__":
    main()
