"""Test the performance of pprint.PrettyPrinter (pyperformance's bm_pprint style)."""
import time
from pprint import PrettyPrinter, pformat, saferepr

printable = [('string', (1, 2), [3, 4], {5: 6, 7: 8})] * 10000
p = PrettyPrinter()


def main():
    t0 = time.perf_counter()
    s1 = pformat(printable)
    s2 = p.pformat(printable)
    s3 = saferepr(printable)
    time.perf_counter() - t0
    print(len(s1), len(s2), len(s3), s1 == s2)
    print(s1[:120])
    print(p.isreadable(printable), p.isrecursive(printable))
    data = {'b': list(range(30)), 'a': {'nested': ['x' * 30, 'y' * 30, ('t', 1.5)]}, 'c': None}
    print(pformat(data, width=40))
    print(pformat(data, width=40, sort_dicts=False, compact=True))


if __name__ == "__main__":
    main()
