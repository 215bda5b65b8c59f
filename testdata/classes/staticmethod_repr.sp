import re
def f(): pass
class C:
    @staticmethod
    def s(): pass
    @classmethod
    def k(cls): pass
def norm(x):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(x))
print(norm(staticmethod(f)))
print(norm(classmethod(f)))
print(norm(C.__dict__['s']), norm(C.__dict__['k']))
print(staticmethod(len), classmethod(print))
print(str(staticmethod(abs)), [staticmethod(abs)])
print(norm(C.k), norm(C.s))
