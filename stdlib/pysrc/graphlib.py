"""Topological sorting of graphs.

Spindle's implementation of CPython's graphlib: TopologicalSorter (add,
prepare, get_ready, is_active, done, static_order) and CycleError. Nodes
are handed out in the same order as CPython's (insertion order, a node
becoming ready when its last predecessor is done).
"""

__all__ = ["TopologicalSorter", "CycleError"]

_NODE_OUT = -1
_NODE_DONE = -2
_END = object()


class _NodeInfo:
    __slots__ = ("node", "npredecessors", "successors")

    def __init__(self, node):
        self.node = node
        # >= 0: predecessors not yet done; _NODE_OUT: handed out by
        # get_ready; _NODE_DONE: marked done.
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle.

    args[1] is the cycle: a list of nodes whose first and last are the
    same node, each a predecessor of the next.
    """


class TopologicalSorter:
    """Sorts the nodes of a graph given as node -> predecessors."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _get_nodeinfo(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = _NodeInfo(node)
            self._node2info[node] = info
        return info

    def add(self, node, *predecessors):
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._get_nodeinfo(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._get_nodeinfo(pred).successors.append(node)

    def prepare(self):
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [i.node for i in self._node2info.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready_nodes)
        for node in result:
            self._node2info[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        n2i = self._node2info
        for node in nodes:
            info = n2i.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            stat = info.npredecessors
            if stat != _NODE_OUT:
                if stat >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _NODE_DONE
            for successor in info.successors:
                sinfo = n2i[successor]
                sinfo.npredecessors -= 1
                if sinfo.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first search over successors, keeping the current path
        # (stack) and, per node on it, its position; reaching a node on
        # the path closes a cycle.
        n2i = self._node2info
        stack = []
        itstack = []
        seen = set()
        node2stacki = {}
        for start in n2i:
            if start in seen:
                continue
            node = start
            while True:
                if node in seen:
                    if node in node2stacki:
                        return stack[node2stacki[node]:] + [node]
                else:
                    seen.add(node)
                    itstack.append(iter(n2i[node].successors))
                    node2stacki[node] = len(stack)
                    stack.append(node)
                advanced = False
                while stack:
                    nxt = next(itstack[-1], _END)
                    if nxt is not _END:
                        node = nxt
                        advanced = True
                        break
                    del node2stacki[stack.pop()]
                    itstack.pop()
                if not advanced:
                    break
        return None

    def static_order(self):
        """Yields the nodes in a topological order (prepare() included)."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)
