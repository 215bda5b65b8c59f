class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return obj == 42
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int
class A(metaclass=Meta): pass
print(isinstance(42, A), isinstance(41, A), isinstance(A(), A))
print(issubclass(int, A), issubclass(str, A), issubclass(A, A))
print(isinstance(42, (str, A)))
print(issubclass(int, (str, A)))
import abc
class B(abc.ABC): pass
B.register(int)
class Bad(type):
    def __instancecheck__(cls, obj):
        raise ValueError("no")
class D(metaclass=Bad): pass
try:
    isinstance(1, D)
except ValueError as e:
    print("ValueError", e)
print(isinstance(D(), D))
try:
    isinstance(1, (A, 3))
except TypeError as e:
    print("TypeError", e)
print(isinstance(42, (A, 3)))
class Sub(A): pass
print(isinstance(42, Sub), issubclass(int, Sub))
