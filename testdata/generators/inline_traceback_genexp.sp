# An exception raised inside a generator expression consumed by sum(),
# whose source is a fresh generator.


def source(n):
    for i in range(n):
        yield i


def inverse(x):
    return 10 // x


total = sum(inverse(x - 2) for x in source(5))
print(total)
