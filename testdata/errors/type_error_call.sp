# TypeError from a bad call inside a lambda and a comprehension.
double = lambda x: x * 2
values = [1, 2, None]
print([double(v) + 1 for v in values])
