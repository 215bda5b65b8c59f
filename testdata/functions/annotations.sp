# Annotations are accepted (and evaluated) but do not affect behaviour.
def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> tuple:
    return a, b, args, c, kw
print(f('not an int', 5, 1, c=[1], z=0))
x: int = 'annotation ignored'
print(x)
y: list
count: int = 0
count += 1
print(count)
def g() -> None:
    return 42
print(g())
try:
    print(y)
except NameError as e:
    print('NameError:', e)
