"""Graph algorithms on a generated grid maze: BFS with collections.deque,
Dijkstra with heapq, connected components, topological sort; exercises
__slots__, properties, @staticmethod, namedtuple, itertools, functools,
the string module, sys.argv and %-formatting."""
import collections
import functools
import heapq
import itertools
import random
import string
import sys
import time

Edge = collections.namedtuple("Edge", "src dst weight")


class Node(object):
    __slots__ = ("ident", "x", "y", "edges", "_label")

    def __init__(self, ident, x, y):
        self.ident = ident
        self.x = x
        self.y = y
        self.edges = []
        self._label = None

    @property
    def label(self):
        if self._label is None:
            letters = string.ascii_uppercase
            self._label = "%s%d" % (letters[self.x % 26], self.y)
        return self._label

    @staticmethod
    def manhattan(a, b):
        return abs(a.x - b.x) + abs(a.y - b.y)

    def __lt__(self, other):
        return self.ident < other.ident

    def __repr__(self):
        return "Node(%s)" % self.label


class Graph(object):

    def __init__(self, width, height, seed):
        rnd = random.Random(seed)
        self.width = width
        self.height = height
        self.nodes = [Node(y * width + x, x, y) for y in range(height) for x in range(width)]
        for node in self.nodes:
            for dx, dy in ((1, 0), (0, 1)):
                nx, ny = node.x + dx, node.y + dy
                if nx < width and ny < height and rnd.random() < 0.8:
                    other = self.nodes[ny * width + nx]
                    w = rnd.randint(1, 9)
                    node.edges.append(Edge(node.ident, other.ident, w))
                    other.edges.append(Edge(other.ident, node.ident, w))

    def bfs(self, start):
        dist = {start: 0}
        queue = collections.deque([start])
        while queue:
            cur = queue.popleft()
            for e in self.nodes[cur].edges:
                if e.dst not in dist:
                    dist[e.dst] = dist[cur] + 1
                    queue.append(e.dst)
        return dist

    def dijkstra(self, start):
        dist = [float("inf")] * len(self.nodes)
        dist[start] = 0
        heap = [(0, start)]
        while heap:
            d, cur = heapq.heappop(heap)
            if d > dist[cur]:
                continue
            for e in self.nodes[cur].edges:
                nd = d + e.weight
                if nd < dist[e.dst]:
                    dist[e.dst] = nd
                    heapq.heappush(heap, (nd, e.dst))
        return dist

    def components(self):
        seen = set()
        sizes = []
        for node in self.nodes:
            if node.ident in seen:
                continue
            stack = [node.ident]
            seen.add(node.ident)
            size = 0
            while stack:
                cur = stack.pop()
                size += 1
                for e in self.nodes[cur].edges:
                    if e.dst not in seen:
                        seen.add(e.dst)
                        stack.append(e.dst)
            sizes.append(size)
        return sorted(sizes, reverse=True)

    def toposort(self):
        # Orient every edge from the smaller to the larger id: a DAG.
        indeg = collections.Counter()
        out = collections.defaultdict(list)
        for node in self.nodes:
            for e in node.edges:
                if e.src < e.dst:
                    out[e.src].append(e.dst)
                    indeg[e.dst] += 1
        ready = [n.ident for n in self.nodes if indeg[n.ident] == 0]
        heapq.heapify(ready)
        order = []
        while ready:
            cur = heapq.heappop(ready)
            order.append(cur)
            for d in out[cur]:
                indeg[d] -= 1
                if indeg[d] == 0:
                    heapq.heappush(ready, d)
        return order


def bench(size, seed):
    g = Graph(size, size, seed)
    bfs = g.bfs(0)
    dij = g.dijkstra(0)
    comps = g.components()
    order = g.toposort()
    reach = [d for d in dij if d != float("inf")]
    far = max(g.nodes, key=lambda n: (bfs.get(n.ident, -1), -n.ident))
    total_w = functools.reduce(lambda acc, n: acc + sum(e.weight for e in n.edges), g.nodes, 0)
    pairs = sum(1 for a, b in itertools.combinations(g.nodes[:60], 2) if Node.manhattan(a, b) < 5)
    groups = {k: len(list(v)) for k, v in itertools.groupby(sorted(n.label[0] for n in g.nodes))}
    return (len(bfs), max(bfs.values()), sum(reach), len(reach), comps[:5], len(comps),
            order[:8], far.label, total_w, pairs, sorted(groups.items())[:4])


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 90
    t0 = time.perf_counter()
    for seed in range(4):
        res = bench(size, seed)
        print(res)
    time.perf_counter() - t0
    print("%-8s|%8.3f|%+d|%x|%o|%e" % ("done", 3.14159, 42, 255, 8, 12345.678))


if __name__ == "__main__":
    main()
