from abc import ABCMeta, abstractmethod, ABC


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


print(type(Shape) is ABCMeta, type(Square) is ABCMeta, isinstance(Shape, type))
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__))
print(Square(3).describe())
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Half(Shape):
    pass


try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Sized2(metaclass=ABCMeta):
    pass


Sized2.register(list)
print(isinstance([], Sized2), isinstance((), Sized2), issubclass(list, Sized2))


class Both(ABC):
    @abstractmethod
    def run(self):
        pass


try:
    Both()
except TypeError as e:
    print("TypeError:", e)
