"""Benchmark to measure performance of the python builtin method copy.deepcopy."""
import copy
import time
from dataclasses import dataclass


@dataclass
class A:
    string: str
    lst: list
    boolean: bool


def benchmark_reduce(n):
    """ Benchmark where the __reduce__ functionality is used """
    class C(object):
        def __init__(self):
            self.a = 1
            self.b = 2

        def __reduce__(self):
            return (C, (), self.__dict__)

        def __setstate__(self, state):
            self.__dict__.update(state)
    c = C()

    t0 = time.perf_counter()
    for ii in range(n):
        _ = copy.deepcopy(c)
    dt = time.perf_counter() - t0
    return dt, _


def benchmark_memo(n):
    """ Benchmark where the memo functionality is used """
    A = [1] * 100
    data = {'a': (A, A, A), 'b': [A] * 100}

    t0 = time.perf_counter()
    for ii in range(n):
        _ = copy.deepcopy(data)
    dt = time.perf_counter() - t0
    return dt, _


def benchmark(n):
    """ Benchmark on some standard data types """
    a = {
        'list': [1, 2, 3, 43],
        't': (1, 2, 3),
        'str': 'hello',
        'subdict': {'a': True}}
    dc = A('hello', [1, 2, 3], True)

    dt = 0
    for ii in range(n):
        for jj in range(30):
            t0 = time.perf_counter()
            _ = copy.deepcopy(a)
            dt += time.perf_counter() - t0
        for s in ['red', 'blue', 'green']:
            dc.string = s
            for kk in range(5):
                dc.lst[0] = kk
                for b in [True, False]:
                    dc.boolean = b
                    t0 = time.perf_counter()
                    _ = copy.deepcopy(dc)
                    dt += time.perf_counter() - t0
    return dt, _


def main():
    _, r1 = benchmark_reduce(20000)
    _, r2 = benchmark_memo(2000)
    _, r3 = benchmark(1000)
    print(r1.a, r1.b, type(r1).__name__)
    print(len(r2['b']), r2['a'][0] is r2['a'][1], r2['b'][0] is r2['a'][0], sum(r2['b'][5]))
    print(r3)


if __name__ == "__main__":
    main()
