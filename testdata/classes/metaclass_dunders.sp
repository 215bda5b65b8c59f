class Meta(type):
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"
    def __len__(cls):
        return 3
    def __iter__(cls):
        return iter([1, 2, 3])
    def __contains__(cls, x):
        return x == 2
class A(metaclass=Meta):
    pass
print(repr(A), len(A), list(A), 2 in A, 5 in A)
print(A, str(A), f"{A!r}", [A])


class Plain(metaclass=Meta):
    x = 1


print(len(Plain), Plain.x)
try:
    class Bad(metaclass=Meta, extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Strict(type):
    def __new__(mcs, name, bases, ns):
        if "required" not in ns and bases:
            raise TypeError(f"{name} must define required")
        return super().__new__(mcs, name, bases, ns)


class Root(metaclass=Strict):
    pass


class Good(Root):
    required = True


try:
    class Missing(Root):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(Good).__name__, Good.required)
