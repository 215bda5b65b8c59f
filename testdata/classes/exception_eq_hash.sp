class E(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __eq__(self, other):
        return isinstance(other, E) and self.code == other.code
    def __hash__(self):
        return hash(self.code)
a, b = E(1), E(1)
print(a == b, a != b, a == E(2), len({a, b, E(2)}), {a: "x"}[b], b in [a], hash(a) == hash(1))
class F(ValueError):
    def __eq__(self, other):
        return True
try:
    hash(F())
except TypeError as e:
    print(e)
print(F() == 3, Exception("a") == Exception("a"))
class G(KeyError):
    def __lt__(self, other):
        return self.args < other.args
print(sorted([G(3), G(1), G(2)]))
