class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        d = {"injected": 42}
        return d

    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class A(metaclass=Meta, flag=1):
    x = injected + 1


print(A.x, A.injected)


class B(A):
    pass


print(B.x)
