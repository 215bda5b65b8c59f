# print(): sep, end, file, flush, multiple args, no args.
import sys
print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ')
print('no newline', end='')
print(' <- continued')
print('x', 'y', sep='-', end='!\n')
print(1, 2.0, None, True, [1], sep=' | ')
print('to stdout', file=sys.stdout)
print('flushed', flush=True)
print(sep='ignored', end='only end\n')
print('multi\nline')
print('a', 'b', sep=None, end=None)
print(*range(5))
print(*[], sep='x')
print(*'abc', sep='.')
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError:', e)
try:
    print('x', end=[])
except TypeError as e:
    print('TypeError:', e)
