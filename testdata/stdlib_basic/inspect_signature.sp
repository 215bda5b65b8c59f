# inspect: signature/Parameter/BoundArguments (bind, apply_defaults, errors), predicates, getdoc/cleandoc, getmembers, getsource.
import inspect, functools
def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Do a thing.

        Indented detail.
    """
    x = 1
    return "r"
def g(x, y=None, *, z: "str" = "q"): pass
def h(p, /, q, *, r): pass
class Point:
    """A point."""
    def __init__(self, x: float, y: float = 0.0):
        self.x, self.y = x, y
    def dist(self, other, *, squared=False):
        return 0
    @staticmethod
    def origin(): pass
    @classmethod
    def make(cls, v): pass
def gen(): yield 1
for obj in (f, g, h, Point, Point(1).dist, Point.dist, Point.make, lambda a, *b: 0, functools.partial(g, 1), functools.partial(g, y=2)):
    s = inspect.signature(obj)
    print(s, repr(s))
sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is p.empty, p.annotation, repr(p), int(p.kind))
print(sig.return_annotation, list(sig.parameters), sig.parameters["b"].default)
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba2 = sig.bind(1, c=3); ba2.apply_defaults(); print(ba2)
for bad in ((), (1,), (1, 2), ):
    try:
        sig.bind(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    inspect.signature(h).bind(p=1, q=2, r=3)
except TypeError as e:
    print("TypeError", e)
try:
    inspect.signature(g).bind(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
print(inspect.signature(g).bind_partial(z="w"))
print(inspect.isfunction(f), inspect.isclass(Point), inspect.ismethod(Point(1).dist), inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))
print(inspect.getdoc(f), repr(inspect.getdoc(Point)), inspect.cleandoc("  a\n    b\n  c\n"))
print([n for n, v in inspect.getmembers(Point, inspect.isfunction)], inspect.getmro(bool))
print(inspect.getsource(Point.dist), end="")
print(inspect.getsourcelines(g)[1])
@functools.wraps(f)
def wrapper(*a, **k): return f(*a, **k)
print(inspect.signature(wrapper), inspect.unwrap(wrapper) is f)
P = inspect.Parameter
s2 = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=1)], return_annotation=int)
print(s2, s2.replace(return_annotation=inspect.Signature.empty), s2 == inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=1)], return_annotation=int))
class CallMe:
    def __call__(self, v, w=1): pass
print(inspect.signature(CallMe()), inspect.signature(CallMe))
