# Conditional expressions, nesting and lazy evaluation.
def side(tag, value):
    print('eval', tag)
    return value
x = side('a', 1) if side('cond', True) else side('b', 2)
print(x)
y = side('a', 1) if side('cond', False) else side('b', 2)
print(y)
n = 15
print('FizzBuzz' if n % 15 == 0 else 'Fizz' if n % 3 == 0 else 'Buzz' if n % 5 == 0 else n)
print([('even' if i % 2 == 0 else 'odd') for i in range(4)])
print((lambda v: 'pos' if v > 0 else 'neg' if v < 0 else 'zero')(0))
