# namedtuple fields read through instances of the class and a subclass.
from collections import namedtuple

Edge = namedtuple("Edge", "src dst weight")
e = Edge(1, 2, 3.5)
print(e.src, e.dst, e.weight, sum(Edge(i, i + 1, i * 2).weight for i in range(100)))
print(Edge.src.__get__(e, Edge), Edge.dst.__doc__)


class Labeled(Edge):
    @property
    def label(self):
        return "%s->%s" % (self.src, self.dst)


print(Labeled(7, 8, 9).label, Labeled(7, 8, 9).weight, Labeled(7, 8, 9)._replace(dst=1).label)
