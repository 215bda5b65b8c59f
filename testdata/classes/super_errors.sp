# Zero-argument super() outside a method: CPython checks the arguments before the __class__ cell.
def no_args():
    return super()

def with_arg(x):
    return super()

class A:
    def m(self):
        def inner():
            return super()
        return inner()
    def ok(self):
        return super().__repr__()[:10]

for f in [no_args, lambda: with_arg(1), lambda: A().m(), lambda: (lambda: super())()]:
    try:
        f()
    except RuntimeError as e:
        print('RuntimeError:', e)
print(A().ok())
try:
    super(A, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    super(1, A())
except TypeError as e:
    print('TypeError:', e)
