import operator
class I:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
lst = [10, 20, 30, 40]
print(lst[I(1)], (1, 2, 3)[I(2)], "abcd"[I(3)], lst[I(-1)])
print(lst[I(1):I(3)], "hello"[I(1)::I(2)])
print(list(range(I(3))), list(range(I(1), I(7), I(2))), range(10)[I(4)])
print(hex(I(255)), bin(I(5)), oct(I(8)), operator.index(I(7)))
lst[I(0)] = 99
print(lst)
del lst[I(3)]
print(lst, lst.pop(I(0)), lst, [5, 6, 7].index(6, I(1)))
class N: pass
try: lst[N()]
except TypeError as e: print(e)
class Bad:
    def __index__(self): return "x"
try: lst[Bad()]
except TypeError as e: print(e)
class Big(int):
    pass
print(lst[Big(1)], hex(Big(16)))
