# Multiple inheritance and C3 MRO with cooperative super().
class Base:
    def hello(self):
        return ['Base']
class A(Base):
    def hello(self):
        return ['A'] + super().hello()
class B(Base):
    def hello(self):
        return ['B'] + super().hello()
class C(A, B):
    def hello(self):
        return ['C'] + super().hello()
print(C().hello())
print([k.__name__ for k in C.__mro__])
class D(B, A):
    pass
print(D().hello(), [k.__name__ for k in D.mro()])
try:
    class Bad(A, C):
        pass
except TypeError as e:
    print('TypeError:', e)
