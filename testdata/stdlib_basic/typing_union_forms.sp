# typing.Union/Optional normalize (None -> NoneType, flattening, duplicates), compare as sets, repr as typing.Optional[X]; get_origin/get_args.
from typing import Optional, Union, List
import typing
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
t("eq", lambda: (Optional[int] == Union[int, None], Union[int, str] == Union[str, int], Union[int, int], Union[int, Union[str, None]]))
t("optional tuple", lambda: Optional[int, str])
t("origin", lambda: (typing.get_origin(Optional[int]) is Union, typing.get_origin(list[int]), typing.get_origin(int), typing.get_origin(int | str)))
t("args", lambda: (typing.get_args(Optional[int]), typing.get_args(dict[str, list[int]]), typing.get_args(int)))
t("hash", lambda: hash(Optional[int]) == hash(Union[int, None]))
def f(x: Optional[int] = None) -> Union[int, str]:
    return x or "none"
t("call", lambda: (f(), f(3), f.__annotations__["x"]))
t("repr", lambda: (repr(Optional[list[int]]), repr(Union[int, str, None]), repr(Optional[Union[int, str]])))
t("str", lambda: str(Optional[int]))
for x in [Optional[int], Union[int, str], list[int], int | None, dict[str, int], Union[int, None], Optional[Union[int, str]]]:
    o = typing.get_origin(x)
    print(getattr(x, "__args__", None), "Union" if o is Union else o, typing.get_args(x))
