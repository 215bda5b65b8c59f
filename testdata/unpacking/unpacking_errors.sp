# Unpacking error messages.
def attempt(src, code):
    try:
        code(src)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
def three(v):
    a, b, c = v
def two(v):
    a, b = v
def star(v):
    a, b, *c = v
attempt([1, 2], three)
attempt([1, 2, 3, 4], three)
attempt('abcd', two)
attempt([], two)
attempt([1], star)
attempt(5, two)
attempt(None, three)
attempt(iter(range(5)), two)
attempt({'a': 1}, two)
try:
    a, b = 1
except TypeError as e:
    print('TypeError:', e)
try:
    [a, b] = 'xyz'
except ValueError as e:
    print('ValueError:', e)
try:
    (a, (b, c)) = (1, (2,))
except ValueError as e:
    print('ValueError:', e)
