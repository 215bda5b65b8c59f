"""Benchmark json.dumps() (pyperformance style)."""
import json
import sys
import time

EMPTY = ({}, 2000)
SIMPLE_DATA = {'key1': 0, 'key2': True, 'key3': 'value', 'key4': 'foo',
               'key5': 'string'}
SIMPLE = (SIMPLE_DATA, 1000)
NESTED_DATA = {'key1': 0, 'key2': SIMPLE[0], 'key3': 'value', 'key4': SIMPLE[0],
               'key5': SIMPLE[0], 'key': '\u0105\u0107\u017c'}
NESTED = (NESTED_DATA, 1000)
HUGE = ([NESTED[0]] * 1000, 1)

cases = ['EMPTY', 'SIMPLE', 'NESTED', 'HUGE']


def bench_json_dumps(data):
    total = 0
    for obj, count_it in data:
        for _ in count_it:
            total += len(json.dumps(obj))
    return total


def main():
    data = []
    for case in cases:
        obj, count = globals()[case]
        data.append((obj, range(count)))
    t0 = time.perf_counter()
    total = 0
    for _ in range(24):
        total += bench_json_dumps(data)
    time.perf_counter() - t0
    print(total)
    print(json.dumps(NESTED_DATA, sort_keys=True))
    print(json.dumps(NESTED_DATA, ensure_ascii=False, indent=2)[:80])


if __name__ == "__main__":
    main()
