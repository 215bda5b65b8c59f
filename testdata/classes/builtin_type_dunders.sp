# Special methods of built-in types seen on the type objects (int.__add__, hasattr, dir).
import operator
from functools import reduce


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)


t("hasattr int __abs__", lambda: hasattr(int, '__abs__'))
t("hasattr str __len__", lambda: hasattr(str, '__len__'))
t("hasattr list __hash__", lambda: (hasattr(list, '__hash__'), list.__hash__))
t("int.__add__", lambda: int.__add__(1, 2))
t("int.__add__ float", lambda: int.__add__(3, 4.0))
t("float.__add__ int", lambda: float.__add__(1.5, 2))
t("int.__mul__ str", lambda: int.__mul__(3, 'ab'))
t("int.__radd__", lambda: int.__radd__(3, 4))
t("int.__neg__", lambda: int.__neg__(7))
t("int.__bool__", lambda: (int.__bool__(0), int.__bool__(5)))
t("int.__divmod__", lambda: int.__divmod__(17, 5))
t("float.__truediv__", lambda: float.__truediv__(1.0, 4))
t("float.__round__", lambda: float.__round__(2.567, 2))
t("str.__len__", lambda: str.__len__('ab'))
t("str.__mul__", lambda: str.__mul__('ab', 3))
t("str.__add__", lambda: str.__add__('a', 'b'))
t("str.__contains__", lambda: str.__contains__('abc', 'b'))
t("bytes.__len__", lambda: bytes.__len__(b'abc'))
t("list.__getitem__", lambda: list.__getitem__([1, 2, 3], 1))
t("list.__add__", lambda: list.__add__([1], [2]))
t("list.__mul__", lambda: list.__mul__([1], 2))
t("tuple.__getitem__", lambda: tuple.__getitem__((1, 2), -1))
t("set.__or__", lambda: sorted(set.__or__({1}, {2})))
t("bool.__and__", lambda: bool.__and__(True, False))


def setitem():
    d = {}
    dict.__setitem__(d, 'a', 1)
    return d


t("dict.__setitem__", setitem)
t("dict.__contains__", lambda: dict.__contains__({1: 2}, 1))
t("object.__init__", lambda: object.__init__(object()))
t("type.__call__", lambda: type.__call__(int, '5'))
t("getattr __len__", lambda: getattr([1, 2], '__len__')())
t("wrong self", lambda: int.__add__('a', 1))
t("type name", lambda: type(int.__add__).__name__)
t("repr", lambda: repr(int.__add__))
t("name", lambda: (int.__add__.__name__, int.__add__.__qualname__))
t("identity", lambda: int.__add__ is int.__add__)
t("map", lambda: list(map(int.__add__, [1, 2], [3, 4])))
t("reduce", lambda: reduce(int.__mul__, [1, 2, 3, 4]))
t("sorted key", lambda: sorted(['b', 'A', 'c'], key=str.lower))
t("class attr", lambda: (5).__class__.__add__(5, 6))
t("operator", lambda: (operator.add(1, 2), operator.getitem([1, 2], 0), operator.contains([1], 1)))
t("methodcaller", lambda: operator.methodcaller('__len__')([1, 2, 3]))
t("dir int", lambda: [n for n in ('__add__', '__abs__', '__radd__', '__index__', 'bit_length') if n in dir(int)])
t("dir list", lambda: [n for n in ('__add__', '__iadd__', '__len__', '__getitem__', 'append') if n in dir(list)])
t("dir str", lambda: [n for n in ('__add__', '__mod__', '__len__', '__iter__', 'upper') if n in dir(str)])
t("dir type-only", lambda: [n for n in ('__name__', '__mro__', '__bases__', '__qualname__') if n in dir(int)])
t("dir 5", lambda: '__add__' in dir(5))
