# Functions as values: map/filter/reduce-style helpers, returning functions, dispatch tables.
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
def make_multiplier(k):
    def mul(x):
        return x * k
    return mul
triple = make_multiplier(3)
print(triple(7), make_multiplier('ab')(2))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print([ops[o](6, 3) for o in '+-*'])
def pipeline(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
print(pipeline(str.strip, str.upper, lambda s: s + '!')('  hi  '))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, 'ab', 'cd')))
print(sorted(['a', 'B', 'c'], key=str.casefold), max(['aa', 'b'], key=len))
