# := inside a comprehension binds in the enclosing scope (function or module).
def f():
    values = [3, 8, 1, 9]
    big = [last := v for v in values if v > 2]
    return big, last
print(f())
total = 0
running = [total := total + x for x in range(5)]
print(running, total)
def any_match(items):
    if any((hit := x) % 7 == 0 for x in items):
        return hit
    return None
print(any_match([1, 14, 21]), any_match([1, 2]))
print([(y := i * 2, y + 1) for i in range(3)], y)
