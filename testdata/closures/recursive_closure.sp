# Closures that refer to themselves and to later-defined siblings.
def make():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    def even(n):
        return n == 0 or odd(n - 1)
    def odd(n):
        return n != 0 and even(n - 1)
    return fact, even, odd
fact, even, odd = make()
print(fact(10), even(10), odd(10), even(7))
def counter_factory():
    count = 0
    def step():
        nonlocal count
        count += 1
        if count < 5:
            return step()
        return count
    return step
print(counter_factory()())
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15))
