# super() to a built-in base's special methods in subclasses of list, dict, int, str, float.


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)


class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1

    def __getitem__(self, i):
        return super().__getitem__(i) * 10

    def __len__(self):
        return super().__len__() + 100

    def __eq__(self, o):
        return super().__eq__(o)

    def __iadd__(self, o):
        r = super().__iadd__(o)
        return r

    def __repr__(self):
        return "L" + super().__repr__()


def liadd():
    x = L([1])
    y = x
    x += [2]
    return (x is y, type(x).__name__, list(y))


t("L", lambda: (L([1, 2])[1], len(L([1, 2])), L([1]) == [1], L([1]) != [1], repr(L([3]))))
t("L iadd", liadd)
t("L hash", lambda: L.__hash__)


class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)

    def __getitem__(self, k):
        return super().__getitem__(k) + 1

    def __missing__(self, k):
        return 0

    def __contains__(self, k):
        return super().__contains__(k)


def dd():
    d = D()
    d['a'] = 1
    return (d['a'], d['zz'], 'a' in d, dict(d), dict.__getitem__(d, 'nope'))


t("D", dd)


class I(int):
    def __add__(self, o):
        return I(super().__add__(o))

    def __repr__(self):
        return f"I({super().__repr__()})"

    def __eq__(self, o):
        return super().__eq__(o)

    def __hash__(self):
        return super().__hash__()


t("I", lambda: (repr(I(3) + 4), I(3) == 3, hash(I(3))))
t("I float", lambda: I(3) + 4.5)


class S(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())

    def __len__(self):
        return super().__len__() * 2

    def __str__(self):
        return "S:" + super().__str__()

    def __getitem__(self, i):
        return S(super().__getitem__(i))


t("S", lambda: (S("ab"), len(S("ab")), str(S("ab")), S("abc")[1:], type(S("abc")[1]).__name__))


class F(float):
    def __round__(self, n=None):
        return float.__round__(self, n)


t("F", lambda: (round(F(2.567), 2), round(F(2.5)), float.__round__(F(1.25), 1)))


class M(list):
    pass


def unbound():
    m = M()
    list.append(m, 3)
    list.extend(m, [4, 5])
    return (m, list.__len__(m), list.index(m, 4))


t("unbound on subclass", unbound)
