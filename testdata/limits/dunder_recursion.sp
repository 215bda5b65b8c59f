# Unbounded recursion through dunders, properties, __getattr__ and
# generators raises RecursionError. Only the type is printed: which
# check trips first (a call, or the repr/comparison guard, each with its
# own message suffix) depends on the exact depth parity, which differs
# between interpreters (and between CPython versions).


class R:
    def __repr__(self):
        return repr(self)


class E:
    def __eq__(self, other):
        return self == other


class Lt:
    def __lt__(self, other):
        return self < other


class G:
    def __getattr__(self, name):
        return self.missing


class H:
    def __hash__(self):
        return hash(self)


class S:
    def __str__(self):
        return str(self)


class P:
    @property
    def p(self):
        return self.p


def yf(n):
    if n == 0:
        yield 1
    else:
        yield from yf(n - 1)


def gen_repr():
    yield repr(R())


def check(label, f):
    try:
        f()
        print(label, "ok")
    except RecursionError as e:
        print(label, type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))


check("__repr__", lambda: repr(R()))
check("__eq__", lambda: E() == E())
check("__lt__", lambda: Lt() < Lt())
check("sorted __lt__", lambda: sorted([Lt(), Lt()]))
check("__getattr__", lambda: G().x)
check("__hash__", lambda: hash(H()))
check("__str__", lambda: str(S()))
check("print __str__", lambda: print(S()))
check("property", lambda: P().p)
check("yield from", lambda: list(yf(5000)))
check("generator", lambda: next(gen_repr()))
check("in list", lambda: E() in [E()])
print(list(yf(100)))
