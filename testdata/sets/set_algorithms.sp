# Typical uses of sets: dedupe, membership tests, graph reachability.
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': [], 'e': ['a'], 'f': []}
def reachable(start):
    seen = {start}
    stack = [start]
    while stack:
        node = stack.pop()
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen
print(sorted(reachable('a')), sorted(reachable('f')), sorted(set(graph) - reachable('b')))
words = 'the cat and the hat and the bat'.split()
print(len(words), len(set(words)), sorted(set(words)))
a = set('abracadabra')
b = set('alacazam')
print(sorted(a - b), sorted(a | b), sorted(a & b), sorted(a ^ b))
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(sorted(primes))
