# Subscripting classes: generic aliases for list/dict/tuple/type/collections, TypeError for int, str, exceptions and their subclasses.
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
t("int slice", lambda: int[1:2])
t("str int", lambda: str[int])
t("float", lambda: float[int])
t("bytes", lambda: bytes[0])
t("ValueError", lambda: ValueError[int])
class MyInt(int): pass
t("MyInt", lambda: MyInt[0])
class E(Exception): pass
t("E", lambda: E[int])
t("list", lambda: list[int])
t("dict", lambda: dict[str, int])
t("tuple", lambda: tuple[int, ...])
t("type", lambda: type[int])
t("union", lambda: int | None)
t("union str", lambda: str | int | None)
t("nested", lambda: list[int | None])
t("set", lambda: (set[str], frozenset[int]))
class L(list): pass
t("L", lambda: L[int])
t("object", lambda: object[int])
def f(x: int | None = None, y: list[int] = []) -> dict[str, int]:
    return {}
t("annot", lambda: f())
import collections
t("deque", lambda: collections.deque[int])
t("enumerate", lambda: enumerate[int])
t("isinstance union", lambda: isinstance(3, int | str))
