# os.PathLike: annotations (Union, |, [str]), isinstance/issubclass by __fspath__, subclasses.
import os, pathlib
from typing import Union
def opener(path: Union[str, os.PathLike]) -> str:
    return os.fspath(path)
def opener2(path: str | os.PathLike[str]) -> str:
    return os.fspath(path)
print(opener("a/b"), opener(pathlib.Path("x") / "y"), opener2(pathlib.PurePosixPath("/q")))
print(isinstance(pathlib.Path("."), os.PathLike), isinstance("s", os.PathLike), issubclass(pathlib.PosixPath, os.PathLike))
class MyPath:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
class Sub(os.PathLike):
    def __fspath__(self): return "sub"
print(isinstance(MyPath("m"), os.PathLike), os.fspath(MyPath("m")), os.path.join(MyPath("a"), "b"), isinstance(Sub(), os.PathLike), os.fspath(Sub()))
print(os.PathLike.__name__, os.PathLike.__module__, os.PathLike[str])
for e in os.scandir("."):
    print(isinstance(e, os.PathLike)); break
