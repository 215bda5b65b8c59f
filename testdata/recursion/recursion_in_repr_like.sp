# Recursive data structures and recursive functions over them.
def tree_sum(node):
    if node is None:
        return 0
    value, left, right = node
    return value + tree_sum(left) + tree_sum(right)
tree = (1, (2, (4, None, None), None), (3, None, (5, None, None)))
print(tree_sum(tree))
def depth(node):
    return 0 if node is None else 1 + max(depth(node[1]), depth(node[2]))
print(depth(tree))
def build(n):
    return None if n == 0 else (n, build(n - 1), None)
print(depth(build(200)))
nested = []
cur = nested
for i in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
def count_depth(l):
    return 1 + max((count_depth(x) for x in l), default=0)
print(count_depth(nested))
