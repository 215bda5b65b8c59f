# A metaclass's __getattr__ answers class attribute lookups that fail (not those that succeed).
class AutoAttrs(type):
    def __getattr__(cls, name):
        if name.startswith('missing'):
            raise AttributeError(f'{cls.__name__} really has no {name}')
        return f'auto_{name}'

class U(metaclass=AutoAttrs):
    real = 'real value'
    def method(self):
        return 'm'

print(U.foo, U.real, U().method())
print(getattr(U, 'bar'), hasattr(U, 'anything'), hasattr(U, 'missing_x'))
print(getattr(U, 'missing_y', 'default'))
try:
    U.missing_z
except AttributeError as e:
    print('AttributeError:', e)
# Instances do not use the metaclass hook.
try:
    U().foo
except AttributeError as e:
    print('AttributeError:', e)

class Sub(U):
    pass
print(Sub.baz, type(Sub).__name__)

class Lazy(type):
    def __getattr__(cls, name):
        value = name.upper()
        setattr(cls, name, value)
        print('computed', name)
        return value

class L(metaclass=Lazy):
    pass
print(L.abc, L.abc, L.__dict__['abc'])
